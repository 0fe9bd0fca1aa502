package io.stratum.ir.value;

import java.math.BigDecimal;

/** Formats numbers and strings the way Python's {@code repr} does, so labels read the same as in skrub. */
public final class PyFormat {
    private PyFormat() {
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, exponent form outside [1e-4, 1e16). */
    public static String floatRepr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0.0) {
            return (1.0 / v < 0) ? "-0.0" : "0.0";
        }
        // Python's repr uses the fewest significant digits that read back as the same double; rounding the exact
        // binary value half-even at increasing precision finds them (Double.toString keeps at least two digits).
        BigDecimal exact = shortestRoundTrip(v);
        String digits = exact.unscaledValue().abs().toString();
        int scale = exact.scale();
        // Strip trailing zeros of the digit string to get the significant digits.
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
            scale--;
        }
        digits = digits.substring(0, end);
        int exponent = digits.length() - 1 - scale; // decimal exponent of the first digit
        String sign = v < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
            return sign + mantissa + "e" + exp;
        }
        if (exponent >= digits.length() - 1) {
            return sign + digits + "0".repeat(exponent - digits.length() + 1) + ".0";
        }
        if (exponent >= 0) {
            return sign + digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
        }
        return sign + "0." + "0".repeat(-exponent - 1) + digits;
    }

    private static BigDecimal shortestRoundTrip(double v) {
        BigDecimal full = new BigDecimal(v);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = full.round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == v) {
                return candidate;
            }
        }
        return full.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN));
    }

    /** Python's {@code repr(str)} for the common cases: single quotes unless the text holds one. */
    public static String strRepr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c == quote) {
                        b.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(quote).toString();
    }
}
