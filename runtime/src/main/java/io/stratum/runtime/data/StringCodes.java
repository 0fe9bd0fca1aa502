package io.stratum.runtime.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary encoding of a string column: row {@code i} holds {@code values[codes[i]]}, or is null when
 * {@code codes[i]} is {@code -1}. The values are distinct and non-null; a value need not occur in any row (after a
 * filter, say). Kernels that group, match or count strings read the codes instead of hashing every row's bytes.
 * The arrays are never modified once built.
 */
public record StringCodes(int[] codes, String[] values) {

    /** The code of a null row. */
    public static final int NULL = -1;

    /** The codes of the given rows, in order; row {@code -1} (no row) becomes a null. */
    public StringCodes take(int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            out[i] = r < 0 ? NULL : codes[r];
        }
        return new StringCodes(out, values);
    }

    /**
     * One encoding of the given parts laid end to end, over the union of their values (first appearance order);
     * parts that share one values array keep their codes.
     */
    public static StringCodes concat(List<StringCodes> parts) {
        int n = 0;
        boolean shared = true;
        for (StringCodes p : parts) {
            n += p.codes.length;
            shared &= p.values == parts.get(0).values;
        }
        int[] out = new int[n];
        int at = 0;
        if (shared) {
            for (StringCodes p : parts) {
                System.arraycopy(p.codes, 0, out, at, p.codes.length);
                at += p.codes.length;
            }
            return new StringCodes(out, parts.get(0).values);
        }
        Union union = union(parts);
        for (int k = 0; k < parts.size(); k++) {
            int[] remap = union.remaps()[k];
            for (int c : parts.get(k).codes) {
                out[at++] = c < 0 ? NULL : remap[c];
            }
        }
        return new StringCodes(out, union.values());
    }

    /** The union of several encodings' values: {@code remaps()[k][v]} is the union code of part k's value v. */
    public record Union(String[] values, int[][] remaps) {
    }

    /** The values of every part in first appearance order; a {@code null} part contributes nothing. */
    public static Union union(List<StringCodes> parts) {
        Map<String, Integer> index = new HashMap<>();
        String[] union = new String[16];
        int[][] remaps = new int[parts.size()][];
        for (int k = 0; k < parts.size(); k++) {
            StringCodes p = parts.get(k);
            if (p == null) {
                remaps[k] = new int[0];
                continue;
            }
            int[] remap = new int[p.values.length];
            for (int v = 0; v < p.values.length; v++) {
                Integer code = index.get(p.values[v]);
                if (code == null) {
                    code = index.size();
                    index.put(p.values[v], code);
                    if (code == union.length) {
                        union = Arrays.copyOf(union, union.length * 2);
                    }
                    union[code] = p.values[v];
                }
                remap[v] = code;
            }
            remaps[k] = remap;
        }
        return new Union(Arrays.copyOf(union, index.size()), remaps);
    }

    /** Which values occur in at least one row. */
    public boolean[] used() {
        boolean[] used = new boolean[values.length];
        for (int c : codes) {
            if (c >= 0) {
                used[c] = true;
            }
        }
        return used;
    }
}
