package io.stratum.runtime.data;

import java.util.Arrays;
import java.util.Comparator;

/**
 * pandas' {@code astype("category")} of a str column: the categories are the distinct non-missing values sorted as
 * Python sorts str, and each row's code is its category's position ({@code -1} when missing). The codes are built on
 * the column's dictionary encoding when it carries one (only its values are sorted), else from the bytes once.
 */
public final class CategoryEncoding {
    private CategoryEncoding() {
    }

    /** {@code column} as a category column; a category column is returned as it is. */
    public static StringColumn of(StringColumn column) {
        if (column.isCategorical()) {
            return column;
        }
        StringCodes codes = column.codes();
        if (codes == null) {
            codes = DictionaryEncoding.encode(column.vector(), column.length(), DictionaryEncoding.ALL);
            if (codes == null) {
                codes = new StringCodes(new int[0], new String[0]);
            }
        }
        return column.asCategorical(sorted(codes));
    }

    /**
     * pandas' {@code .cat.remove_unused_categories()} of a category column: the categories some row holds, in their
     * order, the codes renumbered; the values (and the vector holding them) are unchanged.
     */
    public static StringColumn removeUnused(StringColumn column) {
        return column.asCategorical(sorted(column.codes()));
    }

    /** The same rows over the used values only, sorted in Python's order. */
    static StringCodes sorted(StringCodes codes) {
        boolean[] used = codes.used();
        String[] values = codes.values();
        Integer[] order = new Integer[values.length];
        int kept = 0;
        for (int v = 0; v < values.length; v++) {
            if (used[v]) {
                order[kept++] = v;
            }
        }
        Integer[] keptOrder = Arrays.copyOf(order, kept);
        Arrays.sort(keptOrder, Comparator.comparing(v -> values[v], PythonOrder::compareStrings));
        int[] remap = new int[values.length];
        String[] categories = new String[kept];
        for (int k = 0; k < kept; k++) {
            remap[keptOrder[k]] = k;
            categories[k] = values[keptOrder[k]];
        }
        int[] in = codes.codes();
        int[] out = new int[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] < 0 ? StringCodes.NULL : remap[in[i]];
        }
        return new StringCodes(out, categories);
    }
}
