package io.stratum.runtime.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/** Exact, case-sensitive matching of a field's bytes against a set of missing-value strings. */
final class NaStrings {
    private final byte[][] patterns;
    private final long lengths;
    private final boolean longPattern;
    /** Bit {@code b} set when some non-empty pattern starts with byte {@code b}: most fields fail this test. */
    private final long[] firstBytes = new long[4];

    NaStrings(Set<String> values) {
        patterns = new byte[values.size()][];
        long mask = 0;
        boolean anyLong = false;
        int k = 0;
        for (String v : values.stream().sorted().toList()) {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            patterns[k++] = b;
            if (b.length > 0) {
                firstBytes[(b[0] & 0xff) >>> 6] |= 1L << (b[0] & 63);
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
        if (n > 0 && (firstBytes[(a[from] & 0xff) >>> 6] & (1L << (a[from] & 63))) == 0) {
            return false;
        }
        for (byte[] p : patterns) {
            if (p.length == n && Arrays.equals(p, 0, n, a, from, to)) {
                return true;
            }
        }
        return false;
    }
}
