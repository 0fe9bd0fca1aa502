package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.LegacyRandomState;
import java.util.Arrays;

/**
 * The held-out rows of a classifier's early stopping, stratified by class. scikit-learn draws them with
 * {@code StratifiedShuffleSplit}; this draw keeps its class proportions (each class contributes its rounded share,
 * at least one row) but not its random stream, so with early stopping a classifier's trees can differ from
 * scikit-learn's even for an integer {@code random_state}.
 */
final class ValidationSplit {
    private ValidationSplit() {
    }

    static Fold stratified(int[] codes, double fraction, long seed) {
        int n = codes.length;
        int classes = Arrays.stream(codes).max().orElse(0) + 1;
        int[] permutation = new LegacyRandomState(seed).permutation(n);
        int[] count = new int[classes];
        for (int c : codes) {
            count[c]++;
        }
        int[] quota = new int[classes];
        for (int k = 0; k < classes; k++) {
            quota[k] = count[k] == 0 ? 0 : Math.max(1, (int) Math.round(fraction * count[k]));
            if (quota[k] >= count[k]) {
                quota[k] = count[k] - 1;
            }
        }
        boolean[] test = new boolean[n];
        int tests = 0;
        for (int i : permutation) {
            if (quota[codes[i]] > 0) {
                quota[codes[i]]--;
                test[i] = true;
                tests++;
            }
        }
        int[] testRows = new int[tests];
        int[] trainRows = new int[n - tests];
        int t = 0;
        int r = 0;
        for (int i : permutation) {
            if (test[i]) {
                testRows[t++] = i;
            } else {
                trainRows[r++] = i;
            }
        }
        return new Fold(0, trainRows, testRows);
    }
}
