package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.data.FeatureMatrix;
import java.util.Arrays;

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

    /**
     * Rows binned in one piece: a piece's bins of every feature stay in the L2 cache while they are transposed, and
     * on two threads each core writes the rows of the blocks it bins (the cores share no cache).
     */
    private static final int BLOCK = 16_384;

    /** Bins {@code x} with {@code mapper}; {@code bins} is the number of bins per feature, the missing one included. */
    static BinnedSamples of(BinMapper mapper, FeatureMatrix x, int bins, Parallel parallel) {
        int rows = x.rows();
        int features = x.cols();
        byte[] byColumn = new byte[Math.multiplyExact(rows, features)];
        byte[] byRow = new byte[byColumn.length];
        int blocks = Math.max(1, (rows + BLOCK - 1) / BLOCK);
        // per block, feature and bin: first the block's count, then where its rows start in rowsByBin
        int[] blockBins = new int[blocks * features * bins];
        BinMapper.ColumnBinner[] binners = binners(mapper, features);
        parallel.forBlocks(rows, BLOCK, (from, to) -> {
            int block = from / BLOCK;
            binBlock(binners, x, from, to, byColumn, blockBins, block * features * bins, bins);
            for (int i = from; i < to; i++) {
                for (int j = 0; j < features; j++) {
                    byRow[i * features + j] = byColumn[j * rows + i];
                }
            }
        });
        int[] rootCounts = new int[features * bins];
        for (int j = 0; j < features; j++) {
            for (int b = 0, at = j * rows; b < bins; b++) {
                for (int block = 0; block < blocks; block++) {
                    int cell = (block * features + j) * bins + b;
                    int count = blockBins[cell];
                    rootCounts[j * bins + b] += count;
                    blockBins[cell] = at;
                    at += count;
                }
            }
        }
        boolean[] hasMissing = new boolean[features];
        for (int j = 0; j < features; j++) {
            hasMissing[j] = rootCounts[j * bins + mapper.missingBin()] > 0;
        }
        // a stable counting sort of each feature's rows by bin: a bin's rows of one block follow those of the
        // blocks before it
        int[] rowsByBin = new int[byColumn.length];
        parallel.forBlocks(rows, BLOCK, (from, to) -> {
            int block = from / BLOCK;
            for (int j = 0; j < features; j++) {
                int[] next = Arrays.copyOfRange(blockBins, (block * features + j) * bins,
                        (block * features + j + 1) * bins);
                int column = j * rows;
                for (int i = from; i < to; i++) {
                    rowsByBin[next[byColumn[column + i] & 0xFF]++] = i;
                }
            }
        });
        return new BinnedSamples(byRow, byColumn, rows, features, bins, hasMissing, rootCounts, rowsByBin);
    }

    /**
     * Only the bins of {@code x} column by column ({@code [feature * rows + row]}), for rows that are predicted from
     * their bins and never split (early stopping's validation rows): none of the other layouts.
     */
    static byte[] byColumn(BinMapper mapper, FeatureMatrix x, int bins, Parallel parallel) {
        int features = x.cols();
        byte[] byColumn = new byte[Math.multiplyExact(x.rows(), features)];
        BinMapper.ColumnBinner[] binners = binners(mapper, features);
        parallel.forBlocks(x.rows(), BLOCK, (from, to) ->
                binBlock(binners, x, from, to, byColumn, new int[features * bins], 0, bins));
        return byColumn;
    }

    private static BinMapper.ColumnBinner[] binners(BinMapper mapper, int features) {
        BinMapper.ColumnBinner[] binners = new BinMapper.ColumnBinner[features];
        for (int j = 0; j < features; j++) {
            binners[j] = mapper.binner(j);
        }
        return binners;
    }

    /**
     * Bins rows [{@code from}, {@code to}) of every feature into {@code byColumn}, counting each feature's bins in
     * {@code counts} from {@code countsAt + feature * bins}.
     */
    private static void binBlock(BinMapper.ColumnBinner[] binners, FeatureMatrix x, int from, int to, byte[] byColumn,
                                 int[] counts, int countsAt, int bins) {
        int rows = x.rows();
        double[] values = new double[to - from];
        for (int j = 0; j < binners.length; j++) {
            for (int i = from; i < to; i++) {
                values[i - from] = x.get(i, j);
            }
            binners[j].bin(values, to - from, byColumn, j * rows + from, counts, countsAt + j * bins);
        }
    }
}
