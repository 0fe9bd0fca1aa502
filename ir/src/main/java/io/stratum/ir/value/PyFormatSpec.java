package io.stratum.ir.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code format(value, spec)} (the format-spec mini-language of f-strings, {@code f"{x:.3f}"}) for floats, ints
 * and strings, and Python's {@code round(x, n)}: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}
 * with the types {@code e E f F g G % n} and none for floats, {@code d n} (and the float types) for ints, {@code s} and
 * none for strings. Numbers are rounded as Python rounds them: half to even on the exact binary value
 * ({@code format(2.675, '.2f')} is {@code '2.67'}).
 */
public final class PyFormatSpec {
    private static final Pattern SPEC = Pattern.compile(
            "(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?([bcdeEfFgGnosxX%])?");

    private PyFormatSpec() {
    }

    /** {@code format(value, spec)}; an {@link IllegalArgumentException} with Python's message for a spec it refuses. */
    public static String format(Const value, String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid format specifier '" + spec + "' for object of type '"
                    + value.typeName() + "'");
        }
        String fill = m.group(1) != null ? m.group(1) : m.group(6) != null && m.group(2) == null ? "0" : " ";
        char align = m.group(2) != null ? m.group(2).charAt(0) : m.group(6) != null ? '=' : 0;
        String sign = m.group(3) == null ? "-" : m.group(3);
        boolean alternate = m.group(5) != null;
        int width = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        String grouping = m.group(8);
        Integer precision = m.group(9) == null ? null : Integer.parseInt(m.group(9));
        char type = m.group(10) == null ? 0 : m.group(10).charAt(0);
        return switch (value) {
            case Const.StrConst s -> {
                if (type != 0 && type != 's' || sign.equals("+") || sign.equals(" ") || grouping != null) {
                    throw new IllegalArgumentException("Unknown format code '" + type + "' for object of type 'str'");
                }
                String text = precision == null ? s.value() : s.value().substring(0, Math.min(precision, s.value().length()));
                yield pad(text, "", fill, align == 0 ? '<' : align, width);
            }
            // bool is an int: only the empty spec writes True
            case Const.BoolConst b when spec.isEmpty() -> b.value() ? "True" : "False";
            case Const.BoolConst b -> {
                try {
                    yield format(Const.of(b.value() ? 1L : 0L), spec);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(e.getMessage().replace("type 'int'", "type 'bool'"), e);
                }
            }
            case Const.IntConst i when type == 0 || type == 'd' || type == 'n' -> {
                if (precision != null) {
                    throw new IllegalArgumentException("Precision not allowed in integer format specifier");
                }
                long v = i.value();
                String digits = group(BigInteger.valueOf(v).abs().toString(), grouping);
                yield pad(digits, signOf(v < 0, sign), fill, align == 0 ? '>' : align, width);
            }
            case Const.IntConst i -> floating(i.value(), fill, align, sign, alternate, width, grouping, precision, type);
            case Const.FloatConst f -> floating(f.value(), fill, align, sign, alternate, width, grouping, precision, type);
            default -> throw new IllegalArgumentException("Stratum cannot format a " + value.typeName() + " with a spec");
        };
    }

    /** Python's {@code round(x, digits)} of a float: the float nearest the exact value rounded half to even. */
    public static double round(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double r = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0 ? Math.copySign(0.0, x) : r;
    }

    private static String floating(double x, String fill, char align, String sign, boolean alternate, int width,
                                   String grouping, Integer precision, char type) {
        if (type != 0 && "eEfFgGn%".indexOf(type) < 0) {
            throw new IllegalArgumentException("Unknown format code '" + type + "' for object of type 'float'");
        }
        boolean negative = x < 0 || x == 0 && 1 / x < 0;
        double a = Math.abs(x);
        String body;
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            body = Double.isNaN(x) ? "nan" : "inf";
            negative = !Double.isNaN(x) && x < 0;
            if (Character.isUpperCase(type)) {
                body = body.toUpperCase(java.util.Locale.ROOT);
            }
            if (type == '%') {
                body += "%";
            }
        } else {
            body = switch (type) {
                case 'f', 'F' -> fixed(a, precision == null ? 6 : precision, alternate);
                case 'e', 'E' -> scientific(a, precision == null ? 6 : precision, alternate, type == 'E');
                case '%' -> fixed(a * 100, precision == null ? 6 : precision, alternate) + "%";
                case 'g', 'G', 'n' -> general(a, precision == null ? 6 : Math.max(precision, 1), alternate, type == 'G', false);
                default -> precision == null ? PyFormat.floatRepr(a) : general(a, Math.max(precision, 1), alternate, false, true);
            };
        }
        if (grouping != null) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : body.indexOf('e') >= 0 ? body.indexOf('e') : body.endsWith("%") ? body.length() - 1 : body.length();
            if (body.chars().limit(end).allMatch(Character::isDigit)) {
                body = group(body.substring(0, end), grouping) + body.substring(end);
            }
        }
        return pad(body, signOf(negative, sign), fill, align == 0 ? '>' : align, width);
    }

    private static String fixed(double a, int precision, boolean alternate) {
        String s = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return precision == 0 && alternate ? s + "." : s;
    }

    private static String scientific(double a, int precision, boolean alternate, boolean upper) {
        String mantissa;
        int exp;
        if (a == 0) {
            mantissa = new BigDecimal(0).setScale(precision).toPlainString();
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
            mantissa = r.movePointLeft(exp).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        }
        if (precision == 0 && alternate) {
            mantissa += ".";
        }
        String e = (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        return mantissa + (upper ? "E" : "e") + e;
    }

    /**
     * Python's 'g'; with {@code noType} (a precision and no type) at least one digit after the point, and scientific
     * notation from {@code exp >= p - 1}.
     */
    private static String general(double a, int p, boolean alternate, boolean upper, boolean noType) {
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
        }
        String out;
        // With no type, Python switches to scientific notation one digit earlier (exp >= p - 1).
        if (-4 <= exp && exp < (noType ? p - 1 : p)) {
            out = fixed(a, p - 1 - exp, alternate);
            if (!alternate && out.contains(".")) {
                out = out.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            if (noType && !out.contains(".")) {
                out += ".0";
            }
        } else {
            out = scientific(a, p - 1, alternate, upper);
            if (!alternate) {
                int e = out.indexOf(upper ? 'E' : 'e');
                String m = out.substring(0, e);
                if (m.contains(".")) {
                    m = m.replaceAll("0+$", "").replaceAll("\\.$", "");
                }
                out = m + out.substring(e);
            }
        }
        return out;
    }

    private static String signOf(boolean negative, String sign) {
        return negative ? "-" : sign.equals("+") ? "+" : sign.equals(" ") ? " " : "";
    }

    private static String group(String digits, String separator) {
        if (separator == null || digits.length() <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }

    private static String pad(String body, String sign, String fill, char align, int width) {
        int len = sign.codePointCount(0, sign.length()) + body.codePointCount(0, body.length());
        if (len >= width) {
            return sign + body;
        }
        String padding = fill.repeat(width - len);
        return switch (align) {
            case '<' -> sign + body + padding;
            case '^' -> {
                int left = (width - len) / 2;
                yield fill.repeat(left) + sign + body + fill.repeat(width - len - left);
            }
            case '=' -> sign + padding + body;
            default -> padding + sign + body;
        };
    }
}
