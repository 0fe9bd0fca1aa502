package io.stratum.runtime.kernels.trees;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link TreeGrower}'s partition of a numeric split on the Vector API, sixteen samples at a time: their bins gathered
 * from the split feature's column, compared with the split's bin, and the samples of each side packed together
 * (AVX-512's compress) and stored at that side's cursor. The same samples in the same order as the one-by-one loop,
 * in about half its time. Only loaded when the {@code jdk.incubator.vector} module is present, and only used where
 * sixteen int lanes are native ({@link #AVAILABLE}): elsewhere the compress is emulated and slower than the loop.
 */
final class VectorPartition {
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_512;
    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_128;
    private static final int LANES = 16;

    /** Whether the machine has sixteen native int lanes (AVX-512). */
    static final boolean AVAILABLE = IntVector.SPECIES_PREFERRED.length() >= LANES;

    private VectorPartition() {
    }

    /**
     * {@code TreeGrower.partitionRange} for a numeric split: a sample goes left when its bin is at most {@code bin},
     * or is {@code missingLeftBin} (-1: missing values go right). Moves the samples of {@code partition[from, to)}
     * (the rows {@code from..to-1} themselves when {@code fromRows}) going left to {@code lefts[from, ...)} and the
     * others to {@code rights[from, ...)}, both in order; returns how many went left. Past those, up to {@code to},
     * both arrays may hold junk. {@code lefts} may be the partition itself: sixteen samples are read before any of
     * them is written, and a side's cursor is never past the first of them, so its sixteen-lane store overwrites
     * only samples already read and nothing at or past {@code to}.
     */
    static int numeric(int[] partition, int from, int to, byte[] byColumn, int column, int bin, int missingLeftBin,
                       int[] lefts, int[] rights, boolean fromRows) {
        int l = from;
        int r = from;
        IntVector threshold = IntVector.broadcast(INTS, bin);
        IntVector missing = IntVector.broadcast(INTS, missingLeftBin);
        IntVector iota = IntVector.zero(INTS).addIndex(1);
        int k = from;
        for (; k + LANES <= to; k += LANES) {
            IntVector samples;
            ByteVector bytes;
            if (fromRows) {
                samples = iota.add(k);
                bytes = ByteVector.fromArray(BYTES, byColumn, column + k);
            } else {
                samples = IntVector.fromArray(INTS, partition, k);
                bytes = ByteVector.fromArray(BYTES, byColumn, column, partition, k);
            }
            IntVector bins = ((IntVector) bytes.convertShape(VectorOperators.B2I, INTS, 0)).and(0xFF);
            VectorMask<Integer> left = bins.compare(VectorOperators.LE, threshold)
                    .or(bins.compare(VectorOperators.EQ, missing));
            int n = left.trueCount();
            // all sixteen lanes stored at each cursor: the lanes past a side's samples are junk that the next
            // stores, or the caller's copy, overwrite (as the one-by-one loop writes every sample on both sides)
            samples.compress(left).intoArray(lefts, l);
            samples.compress(left.not()).intoArray(rights, r);
            l += n;
            r += LANES - n;
        }
        for (; k < to; k++) {
            int i = fromRows ? k : partition[k];
            int b = byColumn[column + i] & 0xFF;
            int goesLeft = b <= bin || b == missingLeftBin ? 1 : 0;
            lefts[l] = i;
            rights[r] = i;
            l += goesLeft;
            r += 1 - goesLeft;
        }
        return l - from;
    }
}
