package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.runtime.kernels.split.ResampleKernel;
import io.stratum.runtime.reference.Reference;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * scikit-learn 1.9.1's {@code resample(arange(n), n_samples=10000, replace=False, random_state=seed, stratify=...)}
 * ({@code make_hgb_small_trainset_reference.py}): the same rows in the same order, plain and stratified, checked by
 * the first ten and a position-weighted checksum of all of them.
 */
class ResampleTest {

    @Test
    void samplesAreScikitLearns() {
        int cases = 0;
        for (Map<String, String> r : Reference.rows("resample_small_trainset.csv")) {
            int n = Integer.parseInt(r.get("rows"));
            long seed = Long.parseLong(r.get("seed"));
            boolean stratified = r.get("stratified").equals("True");
            String what = n + " rows, stratified " + stratified + ", seed " + seed;
            int[] labels = stratified ? labels(n) : null;
            int[] drawn = ResampleKernel.withoutReplacement(n, 10_000, labels, seed);
            assertEquals(Integer.parseInt(r.get("count")), drawn.length, what);
            assertArrayEquals(Reference.ints(r.get("first")), Arrays.copyOf(drawn, 10), what + ": first rows");
            assertEquals(Long.parseLong(r.get("checksum")), checksum(drawn), what + ": all rows in order");
            cases++;
        }
        assertEquals(4, cases);
    }

    /** The script's three-class label of its generated table (only the stratified cases read it). */
    private static int[] labels(int n) {
        long state = 20261127;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            double[] v = new double[5];
            for (int j = 0; j < 5; j++) {
                state = (state * 1103515245L + 12345L) % 2147483648L;
                v[j] = (double) ((state >> 8) % 1000) / 100.0 - 5.0;
            }
            double y = v[0] * v[1] + 2.0 * v[2] - 0.5 * v[3] * v[3] + v[4] * 0.3;
            out[i] = y < -6.0 ? 0 : y < 2.0 ? 1 : 2;
        }
        return out;
    }

    private static long checksum(int[] indices) {
        long modulus = (1L << 61) - 1;
        long total = 0;
        for (int p = 0; p < indices.length; p++) {
            total = Math.floorMod(total + (long) (p + 1) * indices[p], modulus);
        }
        return total;
    }
}
