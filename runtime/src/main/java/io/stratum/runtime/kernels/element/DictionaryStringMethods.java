package io.stratum.runtime.kernels.element;

import io.stratum.ir.logical.ElementOp;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .str} method on a dictionary-encoded column, computed once per dictionary value (and once for the
 * missing value) instead of once per row, then spread over the rows by their codes. Every {@code .str} method is
 * element-wise, so the rows get exactly what the per-row path gives them; the result's dtype follows from uniting
 * the missing value's result with the others ({@code len} of a column with nulls is float64, as in pandas). A
 * str result carries codes over its own distinct values, so what follows (a group-by on {@code .str.lower()}, an
 * encoder) reads codes too.
 */
final class DictionaryStringMethods {
    private DictionaryStringMethods() {
    }

    /** Worth it when values repeat; a column whose rows are mostly distinct takes the per-row path. */
    static boolean applies(StringColumn s) {
        return s.codes() != null && s.codes().values().length * 2L < s.length();
    }

    static Column apply(MemoryContext ctx, StringColumn s, ElementOp.StringMethod m) {
        StringCodes codes = s.codes();
        String[] values = codes.values();
        int d = values.length;
        // With nulls, one more input: the missing value, whose result the null rows take. Its presence makes the
        // per-value result take the dtype the per-row result has (len with a missing value is float64, as in pandas).
        boolean nulls = s.nullCount() > 0;
        String[] inputs = nulls ? java.util.Arrays.copyOf(values, d + 1) : values;
        Column perValue = StringMethods.apply(ctx, StringColumn.of(ctx, s.name(), inputs), m);
        int[] c = codes.codes();
        int[] at = new int[c.length];
        for (int i = 0; i < c.length; i++) {
            at[i] = c[i] < 0 ? d : c[i];
        }
        Column out = perValue.take(at);
        if (out instanceof StringColumn text) {
            return text.withCodes(recode((StringColumn) perValue, at));
        }
        return out;
    }

    /** Codes over the distinct non-null strings of {@code perValue} for rows that take {@code perValue}'s row {@code at[i]}. */
    private static StringCodes recode(StringColumn perValue, int[] at) {
        Map<String, Integer> index = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] remap = new int[perValue.length()];
        for (int v = 0; v < remap.length; v++) {
            String x = perValue.getString(v);
            if (x == null) {
                remap[v] = StringCodes.NULL;
                continue;
            }
            remap[v] = index.computeIfAbsent(x, k -> {
                distinct.add(k);
                return distinct.size() - 1;
            });
        }
        int[] out = new int[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = remap[at[i]];
        }
        return new StringCodes(out, distinct.toArray(new String[0]));
    }
}
