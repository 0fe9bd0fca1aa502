package io.stratum.runtime.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/** Exact, case-sensitive matching of a field's bytes against a set of missing-value strings. */
final class NaStrings {
    private final byte[][] patterns;
    private final long lengths;
    private final boolean longPattern;
    /**
     * Bit {@code (n << 8) | b} set when some pattern of {@code n} bytes (1 to 63) starts with byte {@code b}: numbers
     * and names almost never pass this test (pandas' defaults include {@code 1.#IND}, so a test of the first byte
     * alone, or of the length alone, lets through every number starting with 1), which keeps the byte comparison
     * below off the per-cell path.
     */
    private final long[] lengthAndFirstByte = new long[64 * 4];

    NaStrings(Set<String> values) {
        patterns = new byte[values.size()][];
        long mask = 0;
        boolean anyLong = false;
        int k = 0;
        for (String v : values.stream().sorted().toList()) {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            patterns[k++] = b;
            if (b.length > 0 && b.length < 64) {
                int bit = (b.length << 8) | (b[0] & 0xff);
                lengthAndFirstByte[bit >>> 6] |= 1L << bit;
            }
            if (b.length < 64) {
                mask |= 1L << b.length;
            } else {
                anyLong = true;
            }
        }
        lengths = mask;
        longPattern = anyLong;
    }

    /** True when bytes {@code [from, to)} of {@code a} are one of the strings. */
    boolean matches(byte[] a, int from, int to) {
        int n = to - from;
        if (n < 64 ? (lengths & (1L << n)) == 0 : !longPattern) {
            return false;
        }
        if (n > 0 && n < 64) {
            int bit = (n << 8) | (a[from] & 0xff);
            if ((lengthAndFirstByte[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        for (byte[] p : patterns) {
            if (p.length == n && Arrays.equals(p, 0, n, a, from, to)) {
                return true;
            }
        }
        return false;
    }
}
