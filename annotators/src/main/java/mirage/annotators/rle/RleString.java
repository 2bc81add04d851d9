package mirage.annotators.rle;

/**
 * The COCO counts-string codec (cocoapi {@code rleToString} / {@code rleFrString}): each value is written as
 * little-endian groups of 5 bits, one char {@code 48 + group} per group, bit 0x20 set on every char but the
 * last, bit 0x10 of the last group being the sign; values at index {@code i > 2} are stored as the delta to
 * {@code counts[i - 2]}.
 */
final class RleString {
    static final long MAX_COUNT = (1L << 32) - 1;
    /** Longest group sequence accepted per value: enough for any 60-bit value, so shifts stay defined. */
    private static final int MAX_GROUPS = 12;

    private RleString() {
    }

    static String encode(long[] counts) {
        StringBuilder sb = new StringBuilder(counts.length * 2);
        for (int i = 0; i < counts.length; i++) {
            checkCount(counts[i], i);
            long x = i > 2 ? counts[i] - counts[i - 2] : counts[i];
            boolean more = true;
            while (more) {
                int c = (int) (x & 0x1f);
                x >>= 5;
                more = (c & 0x10) != 0 ? x != -1 : x != 0;
                if (more) c |= 0x20;
                sb.append((char) (c + 48));
            }
        }
        return sb.toString();
    }

    static long[] decode(String s) {
        RunList counts = new RunList();
        long[] previous = new long[2];
        int pos = 0;
        for (int m = 0; pos < s.length(); m++) {
            long x = 0;
            int k = 0;
            boolean more = true;
            while (more) {
                if (pos == s.length()) {
                    throw new IllegalArgumentException("RLE counts end inside a value: last char '"
                            + s.charAt(pos - 1) + "' has the continuation bit 0x20 set");
                }
                int c = charValue(s, pos++);
                if (k == MAX_GROUPS) {
                    throw new IllegalArgumentException("RLE value " + m + " is longer than " + MAX_GROUPS + " chars");
                }
                x |= (long) (c & 0x1f) << (5 * k);
                more = (c & 0x20) != 0;
                k++;
                if (!more && (c & 0x10) != 0) x |= -1L << (5 * k);
            }
            if (m > 2) x += previous[m & 1];
            checkCount(x, m);
            previous[m & 1] = x;
            counts.add(x);
        }
        return counts.toArray();
    }

    private static int charValue(String s, int pos) {
        char ch = s.charAt(pos);
        if (ch < 48 || ch > 111) {
            throw new IllegalArgumentException("RLE counts char " + describe(ch) + " at index " + pos
                    + " is outside ASCII 48..111");
        }
        return ch - 48;
    }

    private static String describe(char ch) {
        return ch >= 32 && ch < 127 ? "'" + ch + "'" : String.format("U+%04X", (int) ch);
    }

    private static void checkCount(long count, int index) {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("RLE count " + index + " is " + count + ", outside 0..2^32-1");
        }
    }
}
