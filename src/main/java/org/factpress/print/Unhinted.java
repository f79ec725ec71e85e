package org.factpress.print;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A TrueType font without its hinting: the instructions that fit outlines to a screen's pixel grid at small sizes
 * (the fpgm, prep, cvt and device tables, and each glyph's own instructions). Print, PDF viewers that scale and
 * the share cards' renderer draw from the outlines alone, which are kept byte for byte, as are the metrics; the
 * instructions are a large part of every embedded subset. Done in memory on the shipped font, for embedding only.
 */
final class Unhinted {
    /** Tables only a hinting rasteriser reads. */
    private static final Set<String> HINTING = Set.of("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "gasp");
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

    private record Table(String tag, byte[] data) {}

    private Unhinted() {}

    /** {@code font} (a TrueType file) with no hinting; glyph outlines and metrics unchanged. */
    static byte[] of(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = in.getShort(4) & 0xFFFF;
        List<Table> tables = new ArrayList<>();
        byte[] head = null;
        byte[] maxp = null;
        byte[] loca = null;
        byte[] glyf = null;
        for (int i = 0; i < count; i++) {
            int rec = 12 + 16 * i;
            String tag = new String(font, rec, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int offset = in.getInt(rec + 8);
            int length = in.getInt(rec + 12);
            byte[] data = Arrays.copyOfRange(font, offset, offset + length);
            switch (tag) {
                case "head" -> head = data;
                case "maxp" -> maxp = data;
                case "loca" -> loca = data;
                case "glyf" -> glyf = data;
                default -> {
                    if (!HINTING.contains(tag)) {
                        tables.add(new Table(tag, data));
                    }
                }
            }
        }
        if (head == null || maxp == null || loca == null || glyf == null) {
            throw new IllegalArgumentException("not a TrueType font with outlines (head, maxp, loca, glyf)");
        }
        int glyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xFFFF;
        boolean longLoca = ByteBuffer.wrap(head).getShort(50) != 0;
        ByteBuffer locaIn = ByteBuffer.wrap(loca);
        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream(glyf.length);
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (glyphs + 1));
        for (int g = 0; g < glyphs; g++) {
            int start = longLoca ? locaIn.getInt(4 * g) : 2 * (locaIn.getShort(2 * g) & 0xFFFF);
            int end = longLoca ? locaIn.getInt(4 * g + 4) : 2 * (locaIn.getShort(2 * g + 2) & 0xFFFF);
            newLoca.putInt(newGlyf.size());
            if (end > start) {
                byte[] plain = withoutInstructions(Arrays.copyOfRange(glyf, start, end));
                newGlyf.write(plain, 0, plain.length);
                while (newGlyf.size() % 4 != 0) {
                    newGlyf.write(0);
                }
            }
        }
        newLoca.putInt(newGlyf.size());
        ByteBuffer h = ByteBuffer.wrap(head.clone());
        h.putInt(8, 0); // checkSumAdjustment: whoever writes the file works it out again
        h.putShort(50, (short) 1); // long offsets in loca
        ByteBuffer m = ByteBuffer.wrap(maxp.clone());
        if (m.capacity() >= 32) {
            // maxTwilightPoints, maxStorage, maxFunctionDefs, maxInstructionDefs, maxStackElements, maxSizeOfInstructions
            for (int at = 16; at <= 26; at += 2) {
                m.putShort(at, (short) 0);
            }
        }
        tables.add(new Table("head", h.array()));
        tables.add(new Table("maxp", m.array()));
        tables.add(new Table("loca", newLoca.array()));
        tables.add(new Table("glyf", newGlyf.toByteArray()));
        return write(tables, in.getInt(0));
    }

    /** One glyph's data with its instructions taken out. */
    private static byte[] withoutInstructions(byte[] glyph) {
        ByteBuffer b = ByteBuffer.wrap(glyph);
        int contours = b.getShort(0);
        if (contours >= 0) {
            int at = 10 + 2 * contours;
            int length = b.getShort(at) & 0xFFFF;
            byte[] out = new byte[glyph.length - length];
            System.arraycopy(glyph, 0, out, 0, at);
            // instructionLength 0, then the flags and coordinates as they were
            System.arraycopy(glyph, at + 2 + length, out, at + 2, glyph.length - at - 2 - length);
            return out;
        }
        int at = 10;
        int flags;
        do {
            flags = b.getShort(at) & 0xFFFF;
            b.putShort(at, (short) (flags & ~WE_HAVE_INSTRUCTIONS));
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0);
        return Arrays.copyOf(b.array(), at);
    }

    /** A font file of {@code tables}, in tag order, each padded to 4 bytes with its checksum. */
    private static byte[] write(List<Table> tables, int version) {
        List<Table> sorted = new ArrayList<>(tables);
        sorted.sort((a, b) -> a.tag().compareTo(b.tag()));
        int n = sorted.size();
        int power = Integer.highestOneBit(n);
        int size = 12 + 16 * n;
        for (Table t : sorted) {
            size += (t.data().length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(version).putShort((short) n).putShort((short) (16 * power))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (16 * (n - power)));
        int offset = 12 + 16 * n;
        for (Table t : sorted) {
            out.put(t.tag().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).putInt(checksum(t.data()))
                    .putInt(offset).putInt(t.data().length);
            offset += (t.data().length + 3) & ~3;
        }
        for (Table t : sorted) {
            out.put(t.data());
            out.position((out.position() + 3) & ~3);
        }
        return out.array();
    }

    private static int checksum(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(Arrays.copyOf(data, (data.length + 3) & ~3));
        int sum = 0;
        while (b.hasRemaining()) {
            sum += b.getInt();
        }
        return sum;
    }
}
