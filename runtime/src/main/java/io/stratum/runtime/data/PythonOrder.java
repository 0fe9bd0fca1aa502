package io.stratum.runtime.data;

/** Python's ordering of strings (by code point), which differs from {@link String#compareTo} above U+FFFF. */
public final class PythonOrder {
    private PythonOrder() {
    }

    /** Compares as Python's {@code <} on {@code str} does: code point by code point. */
    public static int compareStrings(String a, String b) {
        // Char by char while neither char is part of a surrogate pair: there UTF-16 order is code point order (a
        // surrogate pair is a code point above U+FFFF, which UTF-16 would put below U+E000-U+FFFF).
        int n = Math.min(a.length(), b.length());
        for (int k = 0; k < n; k++) {
            char x = a.charAt(k);
            char y = b.charAt(k);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return byCodePoint(a, b);
                }
                return x < y ? -1 : 1;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** True when every value is below the next one in Python's order (sorted, no repeats, no nulls). */
    public static boolean isStrictlySorted(String[] values) {
        for (int i = 1; i < values.length; i++) {
            if (compareStrings(values[i - 1], values[i]) >= 0) {
                return false;
            }
        }
        return true;
    }
}
