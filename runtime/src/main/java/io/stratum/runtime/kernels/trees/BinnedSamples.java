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
        byte[] byRow = mapper.transform(x, parallel);
        byte[] byColumn = new byte[byRow.length];
        // the root's counts and which features have missing values, counted feature by feature with the transposition
        int[] rootCounts = new int[features * bins];
        boolean[] hasMissing = new boolean[features];
        int missingBin = mapper.missingBin();
        parallel.forEach(features, j -> {
            int base = j * rows;
            int counts = j * bins;
            for (int i = 0; i < rows; i++) {
                byte b = byRow[i * features + j];
                byColumn[base + i] = b;
                rootCounts[counts + (b & 0xFF)]++;
            }
            hasMissing[j] = rootCounts[counts + missingBin] > 0;
        });
        return new BinnedSamples(byRow, byColumn, rows, features, bins, hasMissing, rootCounts,
                rowsByBin(byColumn, rootCounts, rows, features, bins, parallel));
    }

    /** A stable counting sort of each feature's rows by bin. */
    private static int[] rowsByBin(byte[] byColumn, int[] rootCounts, int rows, int features, int bins,
                                   Parallel parallel) {
        int[] order = new int[rows * features];
        parallel.forEach(features, j -> {
            int[] next = new int[bins];
            for (int b = 0, at = j * rows; b < bins; b++) {
                next[b] = at;
                at += rootCounts[j * bins + b];
            }
            int column = j * rows;
            for (int i = 0; i < rows; i++) {
                order[next[byColumn[column + i] & 0xFF]++] = i;
            }
        });
        return order;
    }
}
