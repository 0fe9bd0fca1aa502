package io.stratum.runtime.kernels.element;

import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.StringFunction;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * pandas' {@code .str} methods on a str column, as pandas 3's Arrow-backed str dtype computes them: missing values
 * stay missing in str results, are NaN in {@code len} (then float64, else int64) and False in the boolean tests.
 * Case mapping is per code point (Arrow's, so {@code "ß".upper()} keeps one character).
 */
final class StringMethods {
    private StringMethods() {
    }

    /** The methods whose result on a category column pandas types as on str (the others give object). */
    static final java.util.Set<StringFunction> CATEGORY_METHODS = java.util.EnumSet.of(StringFunction.LEN,
            StringFunction.CONTAINS, StringFunction.STARTSWITH, StringFunction.ENDSWITH, StringFunction.REPLACE);

    static Column apply(MemoryContext ctx, Column column, ElementOp.StringMethod m) {
        if (!(column instanceof StringColumn s)) {
            throw new DataException(".str." + m.function().pandasName().replace("split_get", "split") + " needs a str"
                    + " column, but '" + column.name() + "' is " + column.type().pandasName()
                    + "; convert it first with .astype(str)");
        }
        if (s.isCategorical() && !CATEGORY_METHODS.contains(m.function())) {
            throw new DataException(".str." + m.function().pandasName().replace("split_get", "split") + " on the category"
                    + " column '" + column.name() + "' gives pandas' object dtype, which Stratum does not have; convert"
                    + " it first with .astype(str)");
        }
        if (DictionaryStringMethods.applies(s)) {
            return DictionaryStringMethods.apply(ctx, s, m);
        }
        String[] v = s.toStringArray();
        int n = v.length;
        String name = column.name();
        return switch (m.function()) {
            case LOWER, UPPER -> {
                boolean upper = m.function() == io.stratum.ir.logical.StringFunction.UPPER;
                String[] out = new String[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] == null ? null : mapCase(v[i], upper);
                }
                yield StringColumn.of(ctx, name, out);
            }
            case LEN -> {
                long[] out = new long[n];
                boolean missing = false;
                for (int i = 0; i < n; i++) {
                    if (v[i] == null) {
                        missing = true;
                    } else {
                        out[i] = v[i].codePointCount(0, v[i].length());
                    }
                }
                if (!missing) {
                    yield Int64Column.of(ctx, name, out);
                }
                double[] withNaN = new double[n];
                for (int i = 0; i < n; i++) {
                    withNaN[i] = v[i] == null ? Double.NaN : out[i];
                }
                yield Float64Column.of(ctx, name, withNaN);
            }
            case CONTAINS -> {
                String pat = str(m.arg(0));
                boolean caseSensitive = bool(m.arg(1));
                boolean regex = bool(m.arg(2));
                boolean[] out = new boolean[n];
                if (regex) {
                    Matcher matcher = compile(pat, caseSensitive, name).matcher("");
                    for (int i = 0; i < n; i++) {
                        out[i] = v[i] != null && matcher.reset(v[i]).find();
                    }
                } else {
                    String needle = caseSensitive ? pat : mapCase(pat, false);
                    for (int i = 0; i < n; i++) {
                        out[i] = v[i] != null && (caseSensitive ? v[i] : mapCase(v[i], false)).contains(needle);
                    }
                }
                yield BoolColumn.of(ctx, name, out);
            }
            case STARTSWITH, ENDSWITH -> {
                String pat = str(m.arg(0));
                boolean start = m.function() == io.stratum.ir.logical.StringFunction.STARTSWITH;
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] != null && (start ? v[i].startsWith(pat) : v[i].endsWith(pat));
                }
                yield BoolColumn.of(ctx, name, out);
            }
            case REPLACE -> {
                String pat = str(m.arg(0));
                String repl = str(m.arg(1));
                boolean regex = bool(m.arg(2));
                String[] out = new String[n];
                Matcher matcher = regex ? compile(pat, true, name).matcher("") : null;
                String javaRepl = regex ? javaReplacement(repl, name) : null;
                for (int i = 0; i < n; i++) {
                    if (v[i] != null) {
                        out[i] = regex ? matcher.reset(v[i]).replaceAll(javaRepl) : v[i].replace(pat, repl);
                    }
                }
                yield StringColumn.of(ctx, name, out);
            }
            case STRIP -> {
                String chars = m.arg(0) instanceof Const.StrConst c ? c.value() : null;
                String[] out = new String[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] == null ? null : strip(v[i], chars);
                }
                yield StringColumn.of(ctx, name, out);
            }
            case SPLIT_GET -> {
                String sep = m.arg(0) instanceof Const.StrConst c ? c.value() : null;
                if (sep != null && sep.isEmpty()) {
                    throw new DataException(".str.split: empty separator (column '" + name + "')");
                }
                long index = ((Const.IntConst) m.arg(1)).value();
                String[] out = new String[n];
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (v[i] == null) {
                        continue;
                    }
                    parts.clear();
                    split(v[i], sep, parts);
                    long at = index < 0 ? parts.size() + index : index;
                    out[i] = at >= 0 && at < parts.size() ? parts.get((int) at) : null;
                }
                yield StringColumn.of(ctx, name, out);
            }
            case SLICE -> {
                String[] out = new String[n];
                for (int i = 0; i < n; i++) {
                    out[i] = v[i] == null ? null : slice(v[i], m.arg(0), m.arg(1), m.arg(2));
                }
                yield StringColumn.of(ctx, name, out);
            }
        };
    }

    private static String mapCase(String s, boolean upper) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            // Arrow (utf8proc) maps ß to capital ẞ, where Java's one-code-point mapping leaves it.
            b.appendCodePoint(upper ? (cp == 0xDF ? 0x1E9E : Character.toUpperCase(cp)) : Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static Pattern compile(String pat, boolean caseSensitive, String column) {
        try {
            return Pattern.compile(pat, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new DataException("the regular expression '" + pat + "' (column '" + column + "') is not valid: "
                    + e.getDescription() + "; pass regex=False to match it literally");
        }
    }

    /** Python's replacement syntax ({@code \1}, {@code \g<1>}) in Java's ({@code $1}); a literal $ is escaped. */
    private static String javaReplacement(String repl, String column) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < repl.length(); i++) {
            char c = repl.charAt(i);
            if (c == '$') {
                b.append("\\$");
            } else if (c == '\\' && i + 1 < repl.length() && Character.isDigit(repl.charAt(i + 1))) {
                b.append('$').append(repl.charAt(++i));
            } else if (c == '\\' && repl.startsWith("g<", i + 1) && repl.indexOf('>', i) > 0) {
                int end = repl.indexOf('>', i);
                b.append("${").append(repl, i + 3, end).append('}');
                i = end;
            } else if (c == '\\' && i + 1 < repl.length() && repl.charAt(i + 1) == '\\') {
                b.append("\\\\");
                i++;
            } else if (c == '\\') {
                throw new DataException("the replacement '" + repl + "' (column '" + column + "') uses an escape"
                        + " Stratum does not translate; use \\1 or \\g<name> group references only");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Python's {@code str.strip(chars)}; None strips Unicode whitespace as {@code str.isspace} defines it. */
    private static String strip(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && strips(s.charAt(start), chars)) {
            start++;
        }
        while (end > start && strips(s.charAt(end - 1), chars)) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean strips(char c, String chars) {
        return chars == null ? isPythonSpace(c) : chars.indexOf(c) >= 0;
    }

    static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Python's {@code str.split(sep)}; None splits on runs of whitespace and drops empty ends. */
    private static void split(String s, String sep, List<String> out) {
        if (sep != null) {
            int from = 0;
            int at;
            while ((at = s.indexOf(sep, from)) >= 0) {
                out.add(s.substring(from, at));
                from = at + sep.length();
            }
            out.add(s.substring(from));
            return;
        }
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isPythonSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isPythonSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
    }

    /** Python's {@code s[start:stop:step]} over code points. */
    private static String slice(String s, Const start, Const stop, Const step) {
        int[] cps = s.codePoints().toArray();
        int len = cps.length;
        long st = step instanceof Const.IntConst i ? i.value() : 1;
        if (st == 0) {
            throw new DataException(".str.slice: slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = clampIndex(start, 0, len, 0, len);
            hi = clampIndex(stop, len, len, 0, len);
        } else {
            lo = clampIndex(start, len - 1, len, -1, len - 1);
            hi = clampIndex(stop, -1, len, -1, len - 1);
        }
        StringBuilder b = new StringBuilder();
        for (long i = lo; st > 0 ? i < hi : i > hi; i += st) {
            b.appendCodePoint(cps[(int) i]);
        }
        return b.toString();
    }

    private static long clampIndex(Const c, long dflt, int len, long min, long max) {
        if (!(c instanceof Const.IntConst i)) {
            return dflt;
        }
        long v = i.value() < 0 ? i.value() + len : i.value();
        return Math.max(min, Math.min(max, v));
    }

    private static String str(Const c) {
        return ((Const.StrConst) c).value();
    }

    private static boolean bool(Const c) {
        return ((Const.BoolConst) c).value();
    }
}
