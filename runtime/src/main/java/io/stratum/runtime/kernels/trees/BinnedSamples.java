package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.data.FeatureMatrix;

/**
 * The training rows' bins in the two layouts the grower reads them in, and what never changes between the trees of
 * one fit: row-major ({@code byRow[row * features + feature]}) for histograms, which read every feature of a
 * sample, column-major ({@code byColumn[feature * rows + row]}) for partitions, which read one feature of many
 * samples; which features have missing values; and the root's count per (feature, bin).
 */
record BinnedSamples(byte[] byRow, byte[] byColumn, int rows, int features, int bins, boolean[] hasMissing,
                     int[] rootCounts) {

    /** Bins {@code x} with {@code mapper}; {@code bins} is the number of bins per feature, the missing one included. */
    static BinnedSamples of(BinMapper mapper, FeatureMatrix x, int bins, Parallel parallel) {
        int rows = x.rows();
        int features = x.cols();
        byte[] byRow = mapper.transform(x, parallel);
        byte[] byColumn = new byte[byRow.length];
        parallel.forEach(features, j -> {
            int base = j * rows;
            for (int i = 0; i < rows; i++) {
                byColumn[base + i] = byRow[i * features + j];
            }
        });
        boolean[] hasMissing = new boolean[features];
        for (int j = 0; j < features; j++) {
            for (int i = j * rows; i < (j + 1) * rows; i++) {
                if ((byColumn[i] & 0xFF) == mapper.missingBin()) {
                    hasMissing[j] = true;
                    break;
                }
            }
        }
        return new BinnedSamples(byRow, byColumn, rows, features, bins, hasMissing,
                Histograms.rootCounts(byRow, features, rows, bins));
    }
}
