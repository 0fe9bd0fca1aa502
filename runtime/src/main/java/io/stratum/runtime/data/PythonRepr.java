package io.stratum.runtime.data;

/**
 * Formats numbers exactly as Python's {@code repr} does, because scikit-learn builds feature names such as
 * {@code size_2.5} or {@code rate_1e-05} with {@code str(category)} and our names must be identical.
 */
public final class PythonRepr {
    private PythonRepr() {
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that round-trip, fixed notation when the decimal
     * exponent is in [-4, 16), otherwise scientific with a signed, at least two-digit exponent.
     */
    public static String ofDouble(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0.0) {
            return (1.0 / v < 0) ? "-0.0" : "0.0";
        }
        // Since JDK 19 Double.toString yields the shortest round-tripping digits, as Python's repr does;
        // only the layout differs, so extract digits and exponent and lay them out the Python way.
        String java = Double.toString(Math.abs(v));
        String mantissa;
        int exp = 0;
        int e = java.indexOf('E');
        if (e >= 0) {
            mantissa = java.substring(0, e);
            exp = Integer.parseInt(java.substring(e + 1));
        } else {
            mantissa = java;
        }
        int dot = mantissa.indexOf('.');
        String intPart = mantissa.substring(0, dot);
        String fracPart = mantissa.substring(dot + 1);
        String digits = intPart + fracPart;
        int pointPos = intPart.length() + exp; // value = 0.digits... scaled: digits with the point after pointPos
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        pointPos -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Java prints two digits when one would do (its spec keeps at least two); Python keeps the shortest.
            String one = shortestSingleDigit(Math.abs(v), digits, pointPos);
            if (one != null) {
                if (one.length() == 2) { // "10": the carry moved the point
                    pointPos++;
                }
                digits = one.substring(0, 1);
            }
        }
        int decimalExponent = pointPos - 1; // exponent in d.ddd x 10^decimalExponent
        StringBuilder sb = new StringBuilder();
        if (v < 0) {
            sb.append('-');
        }
        if (decimalExponent >= -4 && decimalExponent < 16) {
            if (pointPos <= 0) {
                sb.append("0.");
                sb.repeat('0', -pointPos);
                sb.append(digits);
            } else if (pointPos >= digits.length()) {
                sb.append(digits);
                sb.repeat('0', pointPos - digits.length());
                sb.append(".0");
            } else {
                sb.append(digits, 0, pointPos).append('.').append(digits, pointPos, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(decimalExponent < 0 ? '-' : '+');
            int absExp = Math.abs(decimalExponent);
            if (absExp < 10) {
                sb.append('0');
            }
            sb.append(absExp);
        }
        return sb.toString();
    }

    /**
     * The one-digit decimal that reads back as {@code v}, as "d" or (after a carry) "10", or null if none does;
     * of two candidates the nearer one wins, as in Python.
     */
    private static String shortestSingleDigit(double v, String twoDigits, int pointPos) {
        int first = twoDigits.charAt(0) - '0';
        String best = null;
        java.math.BigDecimal bestDistance = null;
        for (int d = first; d <= first + 1; d++) {
            String candidate = Integer.toString(d);
            // value = 0.candidate x 10^pointPos, i.e. d x 10^(pointPos - digits)
            java.math.BigDecimal value = new java.math.BigDecimal(java.math.BigInteger.valueOf(d),
                    candidate.length() - pointPos);
            if (d == 0 || value.doubleValue() != v) {
                continue;
            }
            java.math.BigDecimal distance = value.subtract(new java.math.BigDecimal(v)).abs();
            if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
