package io.stratum.runtime.exec;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a cross-validation grouped by the training sets they belong to, so every training set is a union of
 * groups (cells) and a decomposable fit combines per-cell statistics instead of scanning each training set.
 *
 * <p>Two rows are in the same cell when exactly the same folds train on them. With KFold and StratifiedKFold the
 * cells are the folds' test sets; with TimeSeriesSplit they are the blocks between successive training ends; with
 * ShuffleSplit, up to one per pattern of membership. Rows no fold trains on belong to no cell. A cell equal (as a set)
 * to a fold's test rows is that fold's test rows — partition number {@code fold}, its rows in the fold's order, so its
 * rows' outputs are the very outputs predictions read — and any other cell gets a number after the folds', its rows
 * in ascending order. Cells are combined in a fixed order: those that are test sets by fold, then the others by
 * their first row.
 */
final class TrainingCells {
    /** Beyond this many cells (many ShuffleSplit patterns) statistics per cell would cost more than they save. */
    static final int MAX_CELLS = 64;

    private final int folds;
    /** Rows of the cells numbered from {@code folds} on (the others are folds' test rows). */
    private final List<int[]> extraRows;
    /** Per fold, the partitions whose union is its training rows, in combination order. */
    private final List<List<Integer>> trainingPartitions;

    private TrainingCells(int folds, List<int[]> extraRows, List<List<Integer>> trainingPartitions) {
        this.folds = folds;
        this.extraRows = extraRows;
        this.trainingPartitions = trainingPartitions;
    }

    /**
     * The cells of {@code splits}, or null when they would not save work: fewer than two folds, the cells hold as
     * many rows as the training sets together (each row is then scanned as often either way), or there are more than
     * {@link #MAX_CELLS} of them.
     */
    static TrainingCells of(List<FoldSplit> splits) {
        int k = splits.size();
        if (k < 2) {
            return null;
        }
        int rows = 0;
        long trainingRows = 0;
        for (FoldSplit f : splits) {
            for (int r : f.rowsFor(Mode.FIT)) {
                rows = Math.max(rows, r + 1);
            }
            for (int r : f.rowsFor(Mode.PREDICT)) {
                rows = Math.max(rows, r + 1);
            }
            trainingRows += f.rowsFor(Mode.FIT).length;
        }
        // Each row's pattern (the folds training on it), grouped in ascending row order, so each cell's rows are
        // ascending and cells are met by their first row. Up to 64 folds a pattern is one long: no object per row.
        List<BitSet> cellPatterns = new ArrayList<>();
        List<int[]> cellRowsOf = new ArrayList<>();
        long cellRows;
        if (k <= Long.SIZE) {
            long[] patterns = new long[rows];
            for (int f = 0; f < k; f++) {
                for (int r : splits.get(f).rowsFor(Mode.FIT)) {
                    patterns[r] |= 1L << f;
                }
            }
            Map<Long, Integer> cellOf = new LinkedHashMap<>();
            int[] cellOfRow = new int[rows];
            List<Integer> sizes = new ArrayList<>();
            long last = 0;
            int lastCell = -1;
            cellRows = 0;
            for (int r = 0; r < rows; r++) {
                long pattern = patterns[r];
                if (pattern == 0) {
                    cellOfRow[r] = -1;
                    continue;
                }
                int c;
                if (pattern == last && lastCell >= 0) {
                    c = lastCell;
                } else {
                    c = cellOf.computeIfAbsent(pattern, x -> cellOf.size());
                    if (c == sizes.size()) {
                        sizes.add(0);
                    }
                    last = pattern;
                    lastCell = c;
                }
                cellOfRow[r] = c;
                sizes.set(c, sizes.get(c) + 1);
                cellRows++;
                if (cellOf.size() > MAX_CELLS) {
                    return null;
                }
            }
            if (cellRows >= trainingRows) {
                return null;
            }
            int[] fill = new int[sizes.size()];
            for (int c = 0; c < sizes.size(); c++) {
                cellRowsOf.add(new int[sizes.get(c)]);
            }
            for (int r = 0; r < rows; r++) {
                int c = cellOfRow[r];
                if (c >= 0) {
                    cellRowsOf.get(c)[fill[c]++] = r;
                }
            }
            for (long pattern : cellOf.keySet()) {
                cellPatterns.add(BitSet.valueOf(new long[] {pattern}));
            }
        } else {
            BitSet[] patterns = new BitSet[rows];
            for (int f = 0; f < k; f++) {
                for (int r : splits.get(f).rowsFor(Mode.FIT)) {
                    if (patterns[r] == null) {
                        patterns[r] = new BitSet(k);
                    }
                    patterns[r].set(f);
                }
            }
            Map<BitSet, List<Integer>> byPattern = new LinkedHashMap<>();
            cellRows = 0;
            for (int r = 0; r < rows; r++) {
                if (patterns[r] != null) {
                    byPattern.computeIfAbsent(patterns[r], p -> new ArrayList<>()).add(r);
                    cellRows++;
                }
            }
            if (cellRows >= trainingRows || byPattern.size() > MAX_CELLS) {
                return null;
            }
            for (Map.Entry<BitSet, List<Integer>> e : byPattern.entrySet()) {
                cellPatterns.add(e.getKey());
                cellRowsOf.add(e.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
        }
        int[] partitionOf = new int[cellPatterns.size()];
        List<int[]> extra = new ArrayList<>();
        for (int c = 0; c < cellPatterns.size(); c++) {
            int[] cell = cellRowsOf.get(c);
            int fold = testSetEqualTo(splits, cell, rows);
            if (fold >= 0) {
                partitionOf[c] = fold;
            } else {
                partitionOf[c] = k + extra.size();
                extra.add(cell);
            }
        }
        List<List<Integer>> training = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Integer> parts = new ArrayList<>();
            for (int c = 0; c < cellPatterns.size(); c++) {
                if (cellPatterns.get(c).get(f)) {
                    parts.add(partitionOf[c]);
                }
            }
            parts.sort(null);
            training.add(List.copyOf(parts));
        }
        return new TrainingCells(k, List.copyOf(extra), List.copyOf(training));
    }

    /** The fold whose test rows are exactly {@code cell} (as a set), or -1. */
    private static int testSetEqualTo(List<FoldSplit> splits, int[] cell, int rows) {
        for (int f = 0; f < splits.size(); f++) {
            int[] test = splits.get(f).rowsFor(Mode.PREDICT);
            if (test.length != cell.length) {
                continue;
            }
            boolean[] inCell = new boolean[rows];
            for (int r : cell) {
                inCell[r] = true;
            }
            boolean same = true;
            for (int r : test) {
                if (r < 0 || r >= rows || !inCell[r]) {
                    same = false;
                    break;
                }
                inCell[r] = false;
            }
            if (same) {
                return f;
            }
        }
        return -1;
    }

    /** The partitions whose union is {@code fold}'s training rows, in the order their statistics are combined. */
    List<Integer> trainingPartitions(int fold) {
        return trainingPartitions.get(fold);
    }

    /** The rows of partition {@code partition} when it is not a fold's test set ({@code partition >= folds}). */
    int[] extraRows(int partition) {
        return extraRows.get(partition - folds);
    }

    /** How many partitions are not folds' test sets. */
    int extraPartitions() {
        return extraRows.size();
    }
}
