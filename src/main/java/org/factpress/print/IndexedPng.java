package org.factpress.print;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An image as a palette PNG of at most 256 colours: a share card is flat colours and anti-aliased text, which a
 * palette holds with no visible change at a fraction of a true-colour PNG's bytes (a JPEG of it is larger even at
 * quality 0.6, and blurs the text). The palette is chosen by median
 * cut over the image's colours, weighted by how many pixels have each, so the flat colours come out exact; the
 * result depends on the pixels alone (the same image, the same bytes).
 */
final class IndexedPng {
    private static final int MAX_COLOURS = 256;
    private static final int FEW_COLOURS = 16;
    /**
     * The most a 16-colour palette may move pixels on average (weighted squared RGB distance; about 1.7 levels of
     * 255 a channel): a card of flat colours and text stays well under it, a page screenshot goes far over.
     */
    private static final double FEW_COLOURS_ERROR = 30;

    private IndexedPng() {}

    /**
     * 16 colours (4 bits a pixel) when they hold the image closely, as they do a card of flat colours and text;
     * 256 otherwise, as for a logo with shading.
     */
    static byte[] encode(BufferedImage rgb) throws IOException {
        Colours colours = Colours.of(rgb);
        Quantized few = quantize(colours, FEW_COLOURS);
        return write(few.error() <= FEW_COLOURS_ERROR ? few.image() : quantize(colours, MAX_COLOURS).image());
    }

    /** With at most {@code maxColours} colours (up to 256). */
    static byte[] encode(BufferedImage rgb, int maxColours) throws IOException {
        return write(quantize(Colours.of(rgb), maxColours).image());
    }

    /** An image in a palette, and how far its pixels moved from the original on average (weighted squared RGB). */
    record Quantized(BufferedImage image, double error) {}

    /**
     * An image's pixels and its distinct colours (in colour order) with how many pixels have each; {@code slot}
     * finds a colour's place through an open-addressing table, {@code keys} and {@code place}.
     */
    private record Colours(int width, int height, int[] pixels, int[] colours, int[] counts, int[] keys, int[] place) {
        static Colours of(BufferedImage rgb) {
            int w = rgb.getWidth();
            int h = rgb.getHeight();
            int[] pixels = rgb.getType() == BufferedImage.TYPE_INT_RGB
                    ? ((java.awt.image.DataBufferInt) rgb.getRaster().getDataBuffer()).getData()
                    : rgb.getRGB(0, 0, w, h, null, 0, w);
            int[] keys = new int[1 << 16];
            int[] counts = new int[keys.length];
            Arrays.fill(keys, -1);
            int distinct = 0;
            for (int p : pixels) {
                int c = p & 0xFFFFFF;
                int s = find(keys, c);
                if (keys[s] < 0) {
                    if (2 * ++distinct > keys.length) {
                        return ofSorted(w, h, pixels);
                    }
                    keys[s] = c;
                }
                counts[s]++;
            }
            int[] colours = new int[distinct];
            int n = 0;
            for (int k : keys) {
                if (k >= 0) {
                    colours[n++] = k;
                }
            }
            Arrays.sort(colours);
            int[] byColour = new int[distinct];
            int[] place = new int[keys.length];
            for (int i = 0; i < distinct; i++) {
                int s = find(keys, colours[i]);
                byColour[i] = counts[s];
                place[s] = i;
            }
            return new Colours(w, h, pixels, colours, byColour, keys, place);
        }

        /** For an image of more colours than the table holds: by sorting every pixel (slower, same result). */
        private static Colours ofSorted(int w, int h, int[] pixels) {
            int[] sorted = new int[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                sorted[i] = pixels[i] & 0xFFFFFF;
            }
            Arrays.sort(sorted);
            int distinct = 0;
            int[] colours = new int[sorted.length];
            int[] counts = new int[sorted.length];
            for (int c : sorted) {
                if (distinct == 0 || colours[distinct - 1] != c) {
                    colours[distinct++] = c;
                }
                counts[distinct - 1]++;
            }
            return new Colours(w, h, pixels, Arrays.copyOf(colours, distinct), Arrays.copyOf(counts, distinct),
                    null, null);
        }

        private static int find(int[] keys, int colour) {
            int s = (colour * 0x9E3779B1) >>> 16;
            while (keys[s] >= 0 && keys[s] != colour) {
                s = (s + 1) & (keys.length - 1);
            }
            return s;
        }

        /** The place of a pixel's colour among {@link #colours}. */
        int placeOf(int pixel) {
            int c = pixel & 0xFFFFFF;
            return keys != null ? place[find(keys, c)] : Arrays.binarySearch(colours, c);
        }
    }

    private static Quantized quantize(Colours image, int maxColours) {
        int[] colours = image.colours();
        int[] counts = image.counts();
        int distinct = colours.length;
        int[] palette = distinct <= maxColours ? colours : medianCut(colours, counts, maxColours);
        int[] nearest = new int[distinct];
        double error = 0;
        for (int i = 0; i < distinct; i++) {
            nearest[i] = nearest(palette, colours[i]);
            error += (double) counts[i] * distance(palette[nearest[i]], colours[i]);
        }
        int bits = palette.length <= 2 ? 1 : palette.length <= 4 ? 2 : palette.length <= 16 ? 4 : 8;
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        int w = image.width();
        int h = image.height();
        BufferedImage out = new BufferedImage(w, h,
                bits == 8 ? BufferedImage.TYPE_BYTE_INDEXED : BufferedImage.TYPE_BYTE_BINARY,
                new IndexColorModel(bits, palette.length, r, g, b));
        // Packed as the raster holds them: rows of (w * bits + 7) / 8 bytes, the first pixel in the high bits.
        byte[] data = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int stride = (w * bits + 7) / 8;
        int perByte = 8 / bits;
        int[] pixels = image.pixels();
        int last = -1;
        int lastIndex = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = pixels[y * w + x];
                if (p != last) {
                    last = p;
                    lastIndex = nearest[image.placeOf(p)];
                }
                data[y * stride + x / perByte] |= (byte) (lastIndex << ((perByte - 1 - x % perByte) * bits));
            }
        }
        return new Quantized(out, error / pixels.length);
    }

    /** The image as a PNG, by the JDK's writer. */
    private static byte[] write(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            // Near the writer's best compression: its best (0) takes much longer for few fewer bytes.
            param.setCompressionQuality(0.25f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private record Box(int from, int to, long weight) {}

    /** Up to 256 colours: boxes of the colour cube split at their weighted median along their widest channel. */
    private static int[] medianCut(int[] colours, int[] counts, int maxColours) {
        int[] c = colours.clone();
        int[] n = counts.clone();
        List<Box> boxes = new ArrayList<>(List.of(new Box(0, c.length, sum(n, 0, c.length))));
        while (boxes.size() < maxColours) {
            Box split = null;
            long best = 0;
            for (Box box : boxes) {
                long score = (box.to() - box.from() > 1) ? box.weight() * widest(c, box)[1] : 0;
                if (score > best) {
                    best = score;
                    split = box;
                }
            }
            if (split == null) {
                break;
            }
            int shift = widest(c, split)[0];
            sortBy(c, n, split, shift);
            long half = split.weight() / 2;
            long run = 0;
            int at = split.from() + 1;
            for (int i = split.from(); i < split.to() - 1; i++) {
                run += n[i];
                at = i + 1;
                if (run >= half) {
                    break;
                }
            }
            boxes.remove(split);
            boxes.add(new Box(split.from(), at, sum(n, split.from(), at)));
            boxes.add(new Box(at, split.to(), sum(n, at, split.to())));
        }
        int[] palette = new int[boxes.size()];
        for (int k = 0; k < boxes.size(); k++) {
            Box box = boxes.get(k);
            long r = 0;
            long g = 0;
            long b = 0;
            for (int i = box.from(); i < box.to(); i++) {
                r += (long) ((c[i] >> 16) & 0xFF) * n[i];
                g += (long) ((c[i] >> 8) & 0xFF) * n[i];
                b += (long) (c[i] & 0xFF) * n[i];
            }
            long w = box.weight();
            palette[k] = (int) ((r + w / 2) / w) << 16 | (int) ((g + w / 2) / w) << 8 | (int) ((b + w / 2) / w);
        }
        return palette;
    }

    private static long sum(int[] n, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s += n[i];
        }
        return s;
    }

    /** The channel (as a bit shift: 16 red, 8 green, 0 blue) with the widest range in a box, and that range. */
    private static int[] widest(int[] c, Box box) {
        int[] best = {16, -1};
        for (int shift : new int[] {16, 8, 0}) {
            int lo = 255;
            int hi = 0;
            for (int i = box.from(); i < box.to(); i++) {
                int v = (c[i] >> shift) & 0xFF;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (hi - lo > best[1]) {
                best = new int[] {shift, hi - lo};
            }
        }
        return best;
    }

    /** Sorts a box's colours (and their counts) by one channel, then by the whole colour, so ties are ordered. */
    private static void sortBy(int[] c, int[] n, Box box, int shift) {
        int len = box.to() - box.from();
        long[] keyed = new long[len];
        for (int i = 0; i < len; i++) {
            int colour = c[box.from() + i];
            keyed[i] = ((long) ((colour >> shift) & 0xFF) << 48) | ((long) colour << 24) | n[box.from() + i];
        }
        Arrays.sort(keyed);
        for (int i = 0; i < len; i++) {
            c[box.from() + i] = (int) ((keyed[i] >>> 24) & 0xFFFFFF);
            n[box.from() + i] = (int) (keyed[i] & 0xFFFFFF);
        }
    }

    private static int nearest(int[] palette, int colour) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long d = distance(palette[i], colour);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private static long distance(int a, int b) {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        // Weighted by how strongly the eye sees each channel.
        return 3L * dr * dr + 6L * dg * dg + (long) db * db;
    }
}
