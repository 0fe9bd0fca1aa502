package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.StringCodes;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one table grouped by key columns: {@code group[i]} is row i's group (-1 when dropped for a missing
 * key), groups numbered in output order (sorted by key, missing keys last, or in order of first appearance), and
 * each group's rows in row order at {@code rows[start[g], start[g + 1])}.
 */
final class KeyGroups {
    final int[] group;
    final int[] start;
    final int[] rows;
    /** The first row of each group, whose key values the group shows. */
    final int[] firstRow;

    private KeyGroups(int[] group, int[] start, int[] rows, int[] firstRow) {
        this.group = group;
        this.start = start;
        this.rows = rows;
        this.firstRow = firstRow;
    }

    int count() {
        return firstRow.length;
    }

    int size(int g) {
        return start[g + 1] - start[g];
    }

    /**
     * Groups rows by the tuple of {@code keys}; with {@code dropMissing}, rows with a missing key belong to no
     * group (pandas' {@code dropna=True}); with {@code sort}, groups are in ascending key order, missing last.
     */
    static KeyGroups of(List<ColumnReader> keys, int n, boolean dropMissing, boolean sort) {
        int[] code = new int[n];
        int[] firstSeen;
        int groups;
        StringCodes codes = keys.size() == 1 ? keys.get(0).codes() : null;
        if (codes != null) {
            // One dictionary-encoded key: its codes are the groups, renumbered in order of first appearance.
            int[] groupOf = new int[codes.values().length + 1];
            Arrays.fill(groupOf, -1);
            firstSeen = new int[Math.min(groupOf.length, 16)];
            groups = 0;
            int[] c = codes.codes();
            for (int i = 0; i < n; i++) {
                if (c[i] < 0 && dropMissing) {
                    code[i] = -1;
                    continue;
                }
                int slot = c[i] < 0 ? groupOf.length - 1 : c[i];
                int g = groupOf[slot];
                if (g < 0) {
                    g = groups++;
                    groupOf[slot] = g;
                    if (g >= firstSeen.length) {
                        firstSeen = Arrays.copyOf(firstSeen, firstSeen.length * 2);
                    }
                    firstSeen[g] = i;
                }
                code[i] = g;
            }
        } else {
            KeyWords kw = new KeyWords(keys, keys);
            long[] words = kw.words(keys, n, true);
            TupleTable table = new TupleTable(kw.width, Math.min(n, 1 << 16));
            firstSeen = new int[16];
            for (int i = 0; i < n; i++) {
                if (dropMissing && KeyWords.anyMissing(keys, i)) {
                    code[i] = -1;
                    continue;
                }
                int before = table.size();
                int c = table.insert(words, i);
                if (c == before) {
                    if (c >= firstSeen.length) {
                        firstSeen = Arrays.copyOf(firstSeen, firstSeen.length * 2);
                    }
                    firstSeen[c] = i;
                }
                code[i] = c;
            }
            groups = table.size();
        }
        int[] seen = Arrays.copyOf(firstSeen, groups);
        int[] first = seen;
        int[] rank = new int[groups];
        if (sort) {
            int[] order = RowSort.sort(identity(groups), (a, b) -> compareRows(keys, seen[a], seen[b]));
            for (int g = 0; g < groups; g++) {
                rank[order[g]] = g;
            }
            int[] sortedFirst = new int[groups];
            for (int c = 0; c < groups; c++) {
                sortedFirst[rank[c]] = seen[c];
            }
            first = sortedFirst;
        } else {
            for (int c = 0; c < groups; c++) {
                rank[c] = c;
            }
        }
        int[] group = new int[n];
        int[] start = new int[groups + 1];
        for (int i = 0; i < n; i++) {
            int g = code[i] < 0 ? -1 : rank[code[i]];
            group[i] = g;
            if (g >= 0) {
                start[g + 1]++;
            }
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] fill = Arrays.copyOf(start, groups);
        int[] rows = new int[start[groups]];
        for (int i = 0; i < n; i++) {
            if (group[i] >= 0) {
                rows[fill[group[i]]++] = i;
            }
        }
        return new KeyGroups(group, start, rows, first);
    }

    /** Compares two rows by the key columns in order, missing values last. */
    static int compareRows(List<ColumnReader> keys, int a, int b) {
        for (ColumnReader r : keys) {
            boolean ma = r.isMissing(a);
            boolean mb = r.isMissing(b);
            if (ma || mb) {
                if (ma != mb) {
                    return ma ? 1 : -1;
                }
                continue;
            }
            int c = r.compare(a, b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
