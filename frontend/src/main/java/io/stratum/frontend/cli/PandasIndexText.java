package io.stratum.frontend.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * pandas' text of a frame's column names ({@code print(df.columns)}): {@code Index([...], dtype='str')}, wrapped at 80
 * characters under the opening bracket, and beyond 100 names ({@code display.max_seq_items}) the first and last ten
 * around {@code ...} with a {@code length=} attribute (names are not justified: pandas justifies no str Index) — pandas' {@code format_object_summary} for a str Index, each
 * name quoted as {@code pprint_thing} quotes it (tabs and line breaks escaped, quotes inside left as they are).
 */
final class PandasIndexText {
    private static final int WIDTH = 80;
    private static final int MAX_SEQ_ITEMS = 100;
    private static final String NAME = "Index";

    private PandasIndexText() {
    }

    static String of(List<String> names) {
        return of(names, null, false);
    }

    /**
     * As {@link #of(List)}, with pandas' {@code name=} attribute when {@code name} is given; category keys (pandas'
     * {@code CategoricalIndex}, printed otherwise) are refused.
     */
    static String of(List<String> names, String name, boolean category) {
        if (category) {
            throw new io.stratum.ir.diagnostics.StratumError(io.stratum.ir.node.Origin.NONE, "printing the .index of"
                    + " category keys (pandas' CategoricalIndex) is not supported by Stratum", "print the result itself");
        }
        String attrs = "dtype='str'" + (names.size() > MAX_SEQ_ITEMS ? ", length=" + names.size() : "")
                + (name == null ? "" : ", name=" + io.stratum.ir.value.PyFormat.strRepr(name));
        return NAME + "(" + summary(names) + attrs + ")";
    }

    private static String summary(List<String> names) {
        int n = names.size();
        if (n == 0) {
            return "[], ";
        }
        if (n == 1) {
            return "[" + quoted(names.get(0)) + "], ";
        }
        if (n == 2) {
            return "[" + quoted(names.get(0)) + ", " + quoted(names.get(1)) + "], ";
        }
        String space1 = "\n" + " ".repeat(NAME.length() + 1);
        String space2 = "\n" + " ".repeat(NAME.length() + 2);
        boolean truncated = n > MAX_SEQ_ITEMS;
        List<String> head = new ArrayList<>();
        List<String> tail = new ArrayList<>();
        if (truncated) {
            int k = Math.min(MAX_SEQ_ITEMS / 2, 10);
            for (int i = 0; i < k; i++) {
                head.add(quoted(names.get(i)));
                tail.add(quoted(names.get(n - k + i)));
            }
        } else {
            for (String s : names) {
                tail.add(quoted(s));
            }
        }
        // pandas justifies the values of an Index except those of strings (Index._format_data: is_justify=False).
        StringBuilder summary = new StringBuilder();
        StringBuilder line = new StringBuilder(space2);
        for (String h : head) {
            line = extend(summary, line, h + ", ", WIDTH, space2);
        }
        if (truncated) {
            summary.append(line.toString().stripTrailing()).append(space2).append("...");
            line = new StringBuilder(space2);
        }
        for (int i = 0; i < tail.size() - 1; i++) {
            line = extend(summary, line, tail.get(i) + ", ", WIDTH, space2);
        }
        line = extend(summary, line, tail.get(tail.size() - 1), WIDTH - 2, space2);
        summary.append(line).append("],");
        if (len(summary.toString()) > WIDTH) {
            summary.append(space1);
        } else {
            summary.append(' ');
        }
        return "[" + summary.substring(space2.length());
    }

    /** pandas' {@code _extend_line}: a value that would reach the width starts a new line. */
    private static StringBuilder extend(StringBuilder summary, StringBuilder line, String value, int width, String prefix) {
        if (len(line.toString().stripTrailing()) + len(value.stripTrailing()) >= width) {
            summary.append(line.toString().stripTrailing());
            line = new StringBuilder(prefix);
        }
        return line.append(value);
    }

    /** Python's len: code points. */
    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String quoted(String s) {
        return "'" + s.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r") + "'";
    }
}
