package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.data.FeatureMatrix;

/**
 * The training rows' bins in the two layouts the grower reads them in, and what never changes between the trees of
 * one fit: row-major ({@code byRow[row * features + feature]}) for histograms, which read every feature of a
 * sample, column-major ({@code byColumn[feature * rows + row]}) for partitions, which read one feature of many
 * samples; which features have missing values; the root's count per (feature, bin); and, per feature, the rows
 * ordered by bin ({@code rowsByBin[feature * rows + k]}, rows of one bin in increasing order), from which the root's
 * histograms are summed bin by bin ({@link Histograms#buildRoot}).
 */
record BinnedSamples(byte[] byRow, byte[] byColumn, int rows, int features, int bins, boolean[] hasMissing,
                     int[] rootCounts, int[] rowsByBin) {

    /** Bytes of working memory per (row, feature) besides the input: the two binned layouts and {@code rowsByBin}. */
    static final long BYTES_PER_VALUE = 6;

    /** Bins {@code x} with {@code mapper}; {@code bins} is the number of bins per feature, the missing one included. */
    static BinnedSamples of(BinMapper mapper, FeatureMatrix x, int bins, Parallel parallel) {
        int rows = x.rows();
        int features = x.cols();
        byte[] byColumn = new byte[Math.multiplyExact(rows, features)];
        int[] rootCounts = new int[features * bins];
        boolean[] hasMissing = new boolean[features];
        int[] rowsByBin = new int[byColumn.length];
        int missingBin = mapper.missingBin();
        // everything of one feature in one piece, while its bins are in the cache: the bins, their counts (the
        // root's), and the rows ordered by bin
        parallel.forEach(features, j -> {
            double[] values = x.column(j);
            mapper.binColumn(j, values, rows, byColumn, j * rows, rootCounts, j * bins);
            hasMissing[j] = rootCounts[j * bins + missingBin] > 0;
            sortRowsByBin(byColumn, rootCounts, rows, bins, j, rowsByBin);
        });
        byte[] byRow = new byte[byColumn.length];
        parallel.forBlocks(rows, 16_384, (from, to) -> {
            for (int j = 0; j < features; j++) {
                int column = j * rows;
                for (int i = from; i < to; i++) {
                    byRow[i * features + j] = byColumn[column + i];
                }
            }
        });
        return new BinnedSamples(byRow, byColumn, rows, features, bins, hasMissing, rootCounts, rowsByBin);
    }

    /** A stable counting sort of feature {@code j}'s rows by bin into {@code order[j * rows, (j + 1) * rows)}. */
    private static void sortRowsByBin(byte[] byColumn, int[] rootCounts, int rows, int bins, int j, int[] order) {
        int[] next = new int[bins];
        for (int b = 0, at = j * rows; b < bins; b++) {
            next[b] = at;
            at += rootCounts[j * bins + b];
        }
        int column = j * rows;
        for (int i = 0; i < rows; i++) {
            order[next[byColumn[column + i] & 0xFF]++] = i;
        }
    }
}
