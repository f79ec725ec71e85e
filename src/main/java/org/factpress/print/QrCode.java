package org.factpress.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A QR code for a URL, as a PNG data URI the print templates put in an {@code <img>} with alt text. The PNG is
 * written here as a two-colour palette image, the one kind PDFBox copies into the PDF as it is: an image ImageIO
 * writes is grey, which PDFBox would decode and compress again for every brief.
 */
public final class QrCode {
    /** Pixels per module: enough that the printed code stays sharp when the PDF scales the image. */
    private static final int SCALE = 4;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Palette index 0 is black (a dark module), 1 white. */
    private static final byte[] PALETTE = {0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff};

    /** Each URL's image, made once: a check's code appears in two documents. */
    private final Map<String, String> made = new java.util.concurrent.ConcurrentHashMap<>();

    public String dataUri(String url) {
        return made.computeIfAbsent(url, QrCode::encode);
    }

    private static String encode(String url) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + url, e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(m));
    }

    /** The matrix as a 1-bit palette PNG, {@link #SCALE} pixels a module. */
    static byte[] png(BitMatrix m) {
        int width = m.getWidth() * SCALE;
        int height = m.getHeight() * SCALE;
        int rowBytes = (width + 7) / 8;
        byte[] raw = new byte[(rowBytes + 1) * height];
        for (int y = 0; y < height; y++) {
            int row = y * (rowBytes + 1); // each row starts with its filter type, 0: none
            for (int x = 0; x < width; x++) {
                if (!m.get(x / SCALE, y / SCALE)) {
                    raw[row + 1 + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        Deflater deflater = new Deflater();
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buf = new byte[4096];
            while (!deflater.finished()) {
                idat.write(buf, 0, deflater.deflate(buf));
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + 64);
        png.writeBytes(SIGNATURE);
        // IHDR: size, bit depth 1, colour type 3 (palette), deflate, no filtering variants, not interlaced
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 1).put((byte) 3)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "PLTE", PALETTE);
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
