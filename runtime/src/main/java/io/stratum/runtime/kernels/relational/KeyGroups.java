package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.PythonOrder;
import io.stratum.runtime.data.StringCodes;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one table grouped by key columns: {@code group[i]} is row i's group (-1 when dropped for a missing
 * key), groups numbered in output order (sorted by key, missing keys last, or in order of first appearance), and
 * each group's rows in row order at {@code rows()[start()[g], start()[g + 1])} (built on first use).
 */
final class KeyGroups {
    final int[] group;
    /** The number of rows in each group. */
    private final int[] sizes;
    /** The first row of each group, whose key values the group shows. */
    final int[] firstRow;
    /** Each group's rows, grouped: built on first use, as most reductions scan {@link #group} in row order instead. */
    private int[] start;
    private int[] rows;

    private KeyGroups(int[] group, int[] sizes, int[] firstRow) {
        this.group = group;
        this.sizes = sizes;
        this.firstRow = firstRow;
    }

    /**
     * Groups found by another kernel: {@code group[i]} is row i's group (-1 for none), numbered in output order,
     * {@code sizes} the rows of each and {@code firstRow} the first row of each.
     */
    static KeyGroups of(int[] group, int[] sizes, int[] firstRow) {
        return new KeyGroups(group, sizes, firstRow);
    }

    int count() {
        return firstRow.length;
    }

    int size(int g) {
        return sizes[g];
    }

    /** Where each group's rows start in {@link #rows()}; group {@code g}'s are {@code [start[g], start[g + 1])}. */
    int[] start() {
        members();
        return start;
    }

    /** The rows of every group, group after group, each group's in row order. */
    int[] rows() {
        members();
        return rows;
    }

    private synchronized void members() {
        if (rows != null) {
            return;
        }
        int groups = sizes.length;
        int[] s = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            s[g + 1] = s[g] + sizes[g];
        }
        int[] fill = Arrays.copyOf(s, groups);
        int[] r = new int[s[groups]];
        for (int i = 0; i < group.length; i++) {
            if (group[i] >= 0) {
                r[fill[group[i]]++] = i;
            }
        }
        start = s;
        rows = r;
    }

    /**
     * Groups rows by one dictionary-encoded key, whose codes are the groups (renumbered in order of first
     * appearance, or by value with {@code sort}): no row's bytes are read or hashed. Missing keys (code
     * {@link StringCodes#NULL}) are dropped with {@code dropMissing}, else one group, last when sorted.
     */
    static KeyGroups ofCodes(StringCodes codes, int n, boolean dropMissing, boolean sort) {
        int[] c = codes.codes();
        int slots = codes.values().length + 1; // the last slot is the missing key
        int[] groupOf = new int[slots];
        Arrays.fill(groupOf, -1);
        int[] slotOf = new int[Math.min(slots, 16)];
        int[] firstSeen = new int[slotOf.length];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            int slot = c[i] < 0 ? slots - 1 : c[i];
            if (groupOf[slot] < 0 && !(c[i] < 0 && dropMissing)) {
                if (groups == slotOf.length) {
                    slotOf = Arrays.copyOf(slotOf, groups * 2);
                    firstSeen = Arrays.copyOf(firstSeen, groups * 2);
                }
                slotOf[groups] = slot;
                firstSeen[groups] = i;
                groupOf[slot] = groups++;
                if (groups == slots) {
                    break; // every value seen: the rest of the scan cannot add a group
                }
            }
        }
        int[] rank = new int[groups];
        for (int g = 0; g < groups; g++) {
            rank[g] = g;
        }
        if (sort) {
            String[] values = codes.values();
            int[] slotsSeen = slotOf;
            RowSort.RowComparator byValue = (a, b) -> {
                boolean ma = slotsSeen[a] == slots - 1;
                boolean mb = slotsSeen[b] == slots - 1;
                if (ma || mb) {
                    return ma == mb ? 0 : ma ? 1 : -1;
                }
                return PythonOrder.compareStrings(values[slotsSeen[a]], values[slotsSeen[b]]);
            };
            // Groups found in sorted order (sorted rows, such as time stamps) are checked in one pass, not sorted.
            int[] order = identity(groups);
            if (!CodedKeyAggregates.ascending(order, byValue)) {
                RowSort.sort(order, byValue);
            }
            for (int g = 0; g < groups; g++) {
                rank[order[g]] = g;
            }
        }
        int[] first = new int[groups];
        int[] groupOfSlot = new int[slots];
        Arrays.fill(groupOfSlot, -1);
        for (int g = 0; g < groups; g++) {
            first[rank[g]] = firstSeen[g];
            groupOfSlot[slotOf[g]] = rank[g];
        }
        int[] group = new int[n];
        int[] sizes = new int[groups];
        int missingGroup = groupOfSlot[slots - 1];
        for (int i = 0; i < n; i++) {
            int code = c[i];
            int g = code < 0 ? missingGroup : groupOfSlot[code];
            group[i] = g;
            if (g >= 0) {
                sizes[g]++;
            }
        }
        return new KeyGroups(group, sizes, first);
    }

    /**
     * Groups rows by the tuple of {@code keys}; with {@code dropMissing}, rows with a missing key belong to no
     * group (pandas' {@code dropna=True}); with {@code sort}, groups are in ascending key order, missing last.
     */
    static KeyGroups of(List<ColumnReader> keys, int n, boolean dropMissing, boolean sort) {
        StringCodes codes = keys.size() == 1 ? keys.get(0).codes() : null;
        if (codes != null) {
            return ofCodes(codes, n, dropMissing, sort);
        }
        int[] code = new int[n];
        KeyWords kw = new KeyWords(keys, keys);
        long[] words = kw.words(keys, n, true);
        TupleTable table = new TupleTable(kw.width, Math.min(n, 1 << 16));
        int[] firstSeen = new int[16];
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
        int groups = table.size();
        int[] seen = Arrays.copyOf(firstSeen, groups);
        int[] first = seen;
        int[] sizes = new int[groups];
        if (sort) {
            int[] order = RowSort.sort(identity(groups), (a, b) -> compareRows(keys, seen[a], seen[b]));
            int[] rank = new int[groups];
            for (int g = 0; g < groups; g++) {
                rank[order[g]] = g;
            }
            int[] sortedFirst = new int[groups];
            for (int c = 0; c < groups; c++) {
                sortedFirst[rank[c]] = seen[c];
            }
            first = sortedFirst;
            for (int i = 0; i < n; i++) {
                if (code[i] >= 0) {
                    code[i] = rank[code[i]];
                    sizes[code[i]]++;
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (code[i] >= 0) {
                    sizes[code[i]]++;
                }
            }
        }
        return new KeyGroups(code, sizes, first);
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
