package io.stratum.frontend.bind;

import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.List;

/**
 * Python's printf-style string formatting, {@code "%.3f" % score} and {@code "%s: %d rows" % (name, n)}, as
 * {@code str.__mod__} writes it. Each conversion becomes the {@code format()} specification that writes the same text
 * ({@code %-8.2f} is {@code <8.2f}), so a value known only once the plan has run (a search's {@code best_score_}, a
 * column's mean) is written the way an f-string writes it: a token until then.
 */
final class PercentFormat {
    private PercentFormat() {
    }

    /**
     * {@code format % values}: a tuple gives one value per conversion, a dict the values of {@code %(key)s}
     * conversions (or the one value of a plain {@code %s}), anything else is the one value.
     */
    static String apply(ScriptBinder b, String format, PyValue values, SourcePos pos) {
        PyValue.Mapping named = values instanceof PyValue.Mapping m ? m : null;
        List<PyValue> args = values instanceof PyValue.Sequence s && s.tuple() ? s.items() : List.of(values);
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            String key = null;
            if (i < format.length() && format.charAt(i) == '(') {
                int close = format.indexOf(')', i);
                if (close < 0) {
                    throw b.error(pos, "ValueError: incomplete format key", null);
                }
                key = format.substring(i + 1, close);
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < format.length() && "-+ #0".indexOf(format.charAt(i)) >= 0) {
                flags.append(format.charAt(i++));
            }
            int widthStart = i;
            while (i < format.length() && Character.isDigit(format.charAt(i))) {
                i++;
            }
            String width = format.substring(widthStart, i);
            String precision = null;
            if (i < format.length() && format.charAt(i) == '.') {
                int precisionStart = ++i;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                precision = precisionStart == i ? "0" : format.substring(precisionStart, i);
            }
            if (i < format.length() && format.charAt(i) == '*') {
                throw b.error(pos, "Stratum does not support '*' widths in % formatting", "write the width in the format");
            }
            // length modifiers are accepted and ignored by Python
            while (i < format.length() && "hlL".indexOf(format.charAt(i)) >= 0) {
                i++;
            }
            if (i >= format.length()) {
                throw b.error(pos, "ValueError: incomplete format", null);
            }
            char type = format.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            PyValue value;
            if (key != null) {
                if (named == null) {
                    throw b.error(pos, "TypeError: format requires a mapping", null);
                }
                value = lookup(b, named, key, pos);
            } else {
                if (next >= args.size()) {
                    throw b.error(pos, "TypeError: not enough arguments for format string", null);
                }
                value = args.get(next++);
            }
            out.append(convert(b, type, flags.toString(), width, precision, value, pos));
        }
        // a dict may hold more than the format reads
        if (named == null && next < args.size()) {
            throw b.error(pos, "TypeError: not all arguments converted during string formatting", null);
        }
        return out.toString();
    }

    private static PyValue lookup(ScriptBinder b, PyValue.Mapping m, String key, SourcePos pos) {
        for (int k = 0; k < m.keys().size(); k++) {
            if (m.keys().get(k) instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s && s.value().equals(key)) {
                return m.values().get(k);
            }
        }
        throw b.error(pos, "KeyError: '" + key + "'", null);
    }

    private static String convert(ScriptBinder b, char type, String flags, String width, String precision,
                                  PyValue value, SourcePos pos) {
        boolean left = flags.indexOf('-') >= 0;
        switch (type) {
            case 's', 'r', 'a' -> {
                String text = type == 's' ? b.str(value, pos) : b.repr(value, pos);
                if (width.isEmpty() && precision == null) {
                    return text;
                }
                if (DeferredValue.hasToken(text) && type == 's' && precision == null) {
                    // a number's format() without a type writes its str(): padded as %10s pads it
                    return b.formatted(value, (left ? "<" : ">") + width, null, pos);
                }
                if (DeferredValue.hasToken(text)) {
                    throw b.error(pos, "Stratum pads or cuts a value known only once the plan has run with format"
                            + " specifications, not with %" + type, "write it in an f-string: f\"{value:>10}\"");
                }
                if (precision != null) {
                    int keep = Integer.parseInt(precision);
                    text = text.codePointCount(0, text.length()) <= keep ? text : text.substring(0, text.offsetByCodePoints(0, keep));
                }
                int pad = width.isEmpty() ? 0 : Integer.parseInt(width) - text.codePointCount(0, text.length());
                return pad <= 0 ? text : left ? text + " ".repeat(pad) : " ".repeat(pad) + text;
            }
            case 'd', 'i', 'u', 'e', 'E', 'f', 'F', 'g', 'G' -> {
                String spec = spec(flags, width, precision, type);
                if (value instanceof PyValue.Constant c && "diu".indexOf(type) >= 0) {
                    Const integer = integer(b, c.value(), type, pos);
                    return b.formatted(new PyValue.Constant(integer), spec, null, pos);
                }
                if (value instanceof PyValue.Constant c && !(c.value() instanceof Const.IntConst
                        || c.value() instanceof Const.FloatConst || c.value() instanceof Const.BoolConst)) {
                    throw b.error(pos, "TypeError: %" + type + " format: a real number is required, not "
                            + PyValue.typeName(value), null);
                }
                if (value instanceof PyValue.Op op && "diu".indexOf(type) >= 0 && rowCount(op)) {
                    // len(df), df.shape[0]: Python's int
                    return b.formatted(value, spec, null, pos);
                }
                if (!(value instanceof PyValue.Constant) && "diu".indexOf(type) >= 0) {
                    throw b.error(pos, "Stratum writes a value known only once the plan has run with %f, %e or %g, not %"
                            + type, "write round(value) or an f-string such as f\"{value:.0f}\"");
                }
                return b.formatted(value, spec, null, pos);
            }
            case 'x', 'X', 'o', 'c' -> throw b.error(pos, "Stratum does not write %" + type + " yet",
                    "write %d, %s, %f, %e or %g, or an f-string");
            default -> throw b.error(pos, "ValueError: unsupported format character '" + type + "'", null);
        }
    }

    /** Whether {@code op} is a row count ({@code len(df)}, {@code df.shape[0]}), which Python holds as an int. */
    private static boolean rowCount(PyValue.Op op) {
        return op.op().node() instanceof io.stratum.ir.logical.Reduce r && r.function().equals("len");
    }

    /** Python's int of a %d value: an int or a bool as is, a float truncated toward zero. */
    private static Const integer(ScriptBinder b, Const c, char type, SourcePos pos) {
        return switch (c) {
            case Const.IntConst i -> i;
            case Const.BoolConst bool -> Const.of(bool.value() ? 1L : 0L);
            case Const.FloatConst f -> {
                if (Double.isNaN(f.value()) || Double.isInfinite(f.value())) {
                    throw b.error(pos, "ValueError: cannot convert float " + io.stratum.ir.value.PyFormat.floatRepr(f.value())
                            + " to integer", null);
                }
                yield Const.of((long) f.value());
            }
            default -> throw b.error(pos, "TypeError: %" + type + " format: a real number is required, not "
                    + c.typeName(), null);
        };
    }

    /** The {@code format()} specification writing what {@code %[flags][width][.precision]type} writes. */
    private static String spec(String flags, String width, String precision, char type) {
        StringBuilder s = new StringBuilder();
        boolean left = flags.indexOf('-') >= 0;
        if (left) {
            s.append('<');
        }
        if (flags.indexOf('+') >= 0) {
            s.append('+');
        } else if (flags.indexOf(' ') >= 0) {
            s.append(' ');
        }
        if (flags.indexOf('#') >= 0) {
            s.append('#');
        }
        if (flags.indexOf('0') >= 0 && !left) {
            s.append('0');
        }
        s.append(width);
        if (precision != null && "diu".indexOf(type) < 0) {
            s.append('.').append(precision);
        }
        s.append(switch (type) {
            case 'i', 'u' -> 'd';
            default -> type;
        });
        return s.toString();
    }
}
