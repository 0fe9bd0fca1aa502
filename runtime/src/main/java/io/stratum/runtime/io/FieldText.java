package io.stratum.runtime.io;

import java.nio.charset.StandardCharsets;

/**
 * pandas' readings of one field's UTF-8 bytes as an integer, a float or a boolean, without making a String:
 * the hot loops of the CSV reader call these for every cell.
 */
final class FieldText {
    /** Returned by {@link #parseDouble} for text that is not a number (a real NaN is a missing-value string). */
    static final double NOT_A_NUMBER = Double.NaN;

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private FieldText() {
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t';
    }

    /** True when the field is an optionally signed run of digits (spaces around allowed) within the int64 range. */
    static boolean isLong(byte[] a, int from, int to) {
        while (from < to && isSpace(a[from])) {
            from++;
        }
        while (to > from && isSpace(a[to - 1])) {
            to--;
        }
        int i = from;
        boolean negative = false;
        if (i < to && (a[i] == '+' || a[i] == '-')) {
            negative = a[i] == '-';
            i++;
        }
        if (i == to) {
            return false;
        }
        if (to - i <= 18) {
            // Up to 18 digits cannot overflow: no range check per digit (a division, on every cell of every column
            // a CSV reader surveys).
            for (; i < to; i++) {
                int d = a[i] - '0';
                if (d < 0 || d > 9) {
                    return false;
                }
            }
            return true;
        }
        long v = 0;
        for (; i < to; i++) {
            int d = a[i] - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            // Accumulate negatively so that Long.MIN_VALUE fits.
            if (v < (Long.MIN_VALUE + d) / 10) {
                return false;
            }
            v = v * 10 - d;
        }
        return negative || v != Long.MIN_VALUE;
    }

    /** The integer of a field for which {@link #isLong} holds. */
    static long parseLong(byte[] a, int from, int to) {
        while (from < to && isSpace(a[from])) {
            from++;
        }
        int i = from;
        boolean negative = false;
        if (a[i] == '+' || a[i] == '-') {
            negative = a[i] == '-';
            i++;
        }
        long v = 0;
        for (; i < to; i++) {
            int d = a[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            v = v * 10 - d;
        }
        return negative ? v : -v;
    }

    /**
     * The number pandas' C parser reads: optional spaces and sign, {@code inf}/{@code infinity} in any case, or
     * digits with an optional fraction and exponent; {@link #NOT_A_NUMBER} (NaN) for anything else. Correctly
     * rounded: short decimals take the exact fast path (Clinger's), others Java's parser after the syntax check.
     */
    static double parseDouble(byte[] a, int from, int to) {
        while (from < to && isSpace(a[from])) {
            from++;
        }
        while (to > from && isSpace(a[to - 1])) {
            to--;
        }
        int i = from;
        boolean negative = false;
        if (i < to && (a[i] == '+' || a[i] == '-')) {
            negative = a[i] == '-';
            i++;
        }
        if (isInfinity(a, i, to)) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        long mantissa = 0;
        int significant = 0;
        int digits = 0;
        int scale = 0;
        for (; i < to && a[i] >= '0' && a[i] <= '9'; i++, digits++) {
            if (significant < 19) {
                mantissa = mantissa * 10 + (a[i] - '0');
                if (mantissa != 0) {
                    significant++;
                }
            } else {
                scale++;
            }
        }
        if (i < to && a[i] == '.') {
            i++;
            for (; i < to && a[i] >= '0' && a[i] <= '9'; i++, digits++) {
                if (significant < 19) {
                    mantissa = mantissa * 10 + (a[i] - '0');
                    if (mantissa != 0) {
                        significant++;
                    }
                    scale--;
                }
            }
        }
        if (digits == 0) {
            return NOT_A_NUMBER;
        }
        int exponent = 0;
        if (i < to && (a[i] == 'e' || a[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (a[i] == '+' || a[i] == '-')) {
                negativeExponent = a[i] == '-';
                i++;
            }
            int expDigits = 0;
            for (; i < to && a[i] >= '0' && a[i] <= '9'; i++, expDigits++) {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + (a[i] - '0');
                }
            }
            if (expDigits == 0) {
                return NOT_A_NUMBER;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return NOT_A_NUMBER;
        }
        int e10 = scale + exponent;
        if (significant <= 15 && mantissa < (1L << 53)) {
            // Both the mantissa and 10^|e10| are exact doubles, so one multiplication or division rounds correctly.
            double m = mantissa;
            if (e10 == 0 || mantissa == 0) {
                return negative ? -m : m;
            }
            if (e10 > 0 && e10 <= 22) {
                double v = m * POWERS_OF_TEN[e10];
                return negative ? -v : v;
            }
            if (e10 < 0 && e10 >= -22) {
                double v = m / POWERS_OF_TEN[-e10];
                return negative ? -v : v;
            }
        }
        return Double.parseDouble(new String(a, from, to - from, StandardCharsets.ISO_8859_1));
    }

    private static boolean isInfinity(byte[] a, int from, int to) {
        int n = to - from;
        return (n == 3 && equalsIgnoreCase(a, from, "inf")) || (n == 8 && equalsIgnoreCase(a, from, "infinity"));
    }

    private static boolean equalsIgnoreCase(byte[] a, int from, String word) {
        for (int k = 0; k < word.length(); k++) {
            int c = a[from + k] | 0x20;
            if (c != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** 1 for True/TRUE/true, 0 for False/FALSE/false, -1 for anything else (pandas' boolean words, exactly). */
    static int parseBool(byte[] a, int from, int to) {
        int n = to - from;
        if (n == 4 && matchesWord(a, from, "true")) {
            return 1;
        }
        if (n == 5 && matchesWord(a, from, "false")) {
            return 0;
        }
        return -1;
    }

    /** {@code word} in lower case, Capitalized or UPPER case, as pandas accepts booleans. */
    private static boolean matchesWord(byte[] a, int from, String word) {
        boolean lower = true;
        boolean upper = true;
        boolean capital = true;
        for (int k = 0; k < word.length(); k++) {
            byte b = a[from + k];
            char l = word.charAt(k);
            char u = Character.toUpperCase(l);
            lower &= b == l;
            upper &= b == u;
            capital &= b == (k == 0 ? u : l);
        }
        return lower || upper || capital;
    }
}
