package io.stratum.runtime.data;

import java.util.Arrays;

/**
 * Rows grouped by equality in one sequential pass over an open-addressing hash table: for every row, the group of the
 * rows equal to it, numbered in order of first appearance, and each group's first row. One pass in row order, so the
 * grouping does not depend on the number of threads.
 *
 * @param rowOf     for each row, its group
 * @param firstRows for each group, its first row
 */
record RowGroups(int[] rowOf, int[] firstRows) {

    /** How rows are hashed and compared. */
    interface Rows {
        int hash(int row);

        boolean same(int a, int b);
    }

    static RowGroups of(int n, Rows rows) {
        int cap = Integer.highestOneBit(Math.max(4, n) * 2 - 1) * 2;
        int[] slots = new int[cap];
        Arrays.fill(slots, -1);
        int mask = cap - 1;
        int[] rowOf = new int[n];
        int[] firstRow = new int[n];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            int slot = rows.hash(i) & mask;
            int found = -1;
            while (slots[slot] >= 0) {
                if (rows.same(firstRow[slots[slot]], i)) {
                    found = slots[slot];
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (found < 0) {
                found = groups++;
                firstRow[found] = i;
                slots[slot] = found;
            }
            rowOf[i] = found;
        }
        return new RowGroups(rowOf, Arrays.copyOf(firstRow, groups));
    }

    /** How many rows repeat an earlier one. */
    int repeated() {
        return rowOf.length - firstRows.length;
    }
}
