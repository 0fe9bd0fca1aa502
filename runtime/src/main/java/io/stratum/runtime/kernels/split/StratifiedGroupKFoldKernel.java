package io.stratum.runtime.kernels.split;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.kernels.NumpySums;
import java.util.List;

/**
 * scikit-learn's {@code StratifiedGroupKFold(n_splits, shuffle, random_state)}: every group's rows fall in one test
 * fold, and the folds keep the class proportions as well as whole groups allow. The groups are taken in order of
 * decreasing standard deviation of their class counts (a stable sort, so equal ones keep their order: sorted group
 * labels, or numpy's {@code RandomState(random_state).shuffle} of them), and each goes to the fold whose resulting
 * per-class spread of proportions (the mean over classes of the standard deviation over folds) is smallest; within
 * numpy's {@code isclose} of the best so far, the fold with fewer rows wins, and then the first.
 *
 * <p>The choices compare floating-point sums, so they are computed in numpy's order: a standard deviation along the
 * class axis (contiguous) sums pairwise ({@link NumpySums}), one along the fold axis sums fold after fold. That keeps
 * the same folds as scikit-learn when two candidates differ only in the last bits.
 */
public final class StratifiedGroupKFoldKernel {
    private static final double RTOL = 1e-5;
    private static final double ATOL = 1e-8;

    private StratifiedGroupKFoldKernel() {
    }

    /**
     * Folds of the rows whose classes are {@code classes} (positions among the sorted distinct labels, as
     * {@code np.unique(y, return_inverse=True)} numbers them) and whose groups are {@code groups}.
     */
    public static List<Fold> split(int[] classes, GroupIds groups, int nSplits) {
        return split(classes, groups, nSplits, null);
    }

    /** Shuffled folds: the groups' order before the stable sort is {@code RandomState(seed).shuffle}'s. */
    public static List<Fold> splitShuffled(int[] classes, GroupIds groups, int nSplits, long seed) {
        return split(classes, groups, nSplits, new LegacyRandomState(seed));
    }

    private static List<Fold> split(int[] classes, GroupIds groups, int nSplits, LegacyRandomState rng) {
        int rows = classes.length;
        if (groups.ids().length != rows) {
            throw new IllegalArgumentException("classes and groups differ in length");
        }
        if (nSplits < 2) {
            throw new DataException("StratifiedGroupKFold needs n_splits of at least 2, got " + nSplits);
        }
        if (nSplits > rows) {
            throw new DataException("Cannot have number of splits n_splits=" + nSplits + " greater than the number"
                    + " of samples: n_samples=" + rows + "; use fewer splits or more data");
        }
        int nClasses = 0;
        for (int c : classes) {
            nClasses = Math.max(nClasses, c + 1);
        }
        double[] classCount = new double[nClasses];
        for (int c : classes) {
            classCount[c]++;
        }
        boolean anyLargeEnough = false;
        for (double c : classCount) {
            anyLargeEnough |= c >= nSplits;
        }
        if (!anyLargeEnough) {
            throw new DataException("n_splits=" + nSplits + " cannot be greater than the number of members in each"
                    + " class; use fewer splits");
        }
        int nGroups = groups.count();
        if (nSplits > nGroups) {
            throw new DataException("Cannot have number of splits n_splits=" + nSplits + " greater than the number of"
                    + " groups: " + nGroups + "; use fewer splits or finer groups");
        }
        // position[k] = the group at position k of the order the sort starts from (identity, or numpy's shuffle).
        int[] position = new int[nGroups];
        for (int g = 0; g < nGroups; g++) {
            position[g] = g;
        }
        if (rng != null) {
            rng.shuffle(position);
        }
        int[] slot = new int[nGroups]; // the inverse: each group's position
        for (int k = 0; k < nGroups; k++) {
            slot[position[k]] = k;
        }
        double[][] countsAt = new double[nGroups][nClasses];
        for (int i = 0; i < rows; i++) {
            countsAt[slot[groups.ids()[i]]][classes[i]]++;
        }
        double[] spread = new double[nGroups];
        for (int k = 0; k < nGroups; k++) {
            spread[k] = -stdAlongClasses(countsAt[k]);
        }
        Integer[] order = new Integer[nGroups];
        for (int k = 0; k < nGroups; k++) {
            order[k] = k;
        }
        // np.argsort(-std, kind="stable"); the standard deviations are never NaN.
        java.util.Arrays.sort(order, (a, b) -> Double.compare(spread[a] + 0.0, spread[b] + 0.0));
        double[][] perFold = new double[nSplits][nClasses];
        int[] foldAt = new int[nGroups];
        for (int k : order) {
            int best = bestFold(perFold, classCount, countsAt[k]);
            for (int c = 0; c < nClasses; c++) {
                perFold[best][c] += countsAt[k][c];
            }
            foldAt[k] = best;
        }
        int[] foldOfGroup = new int[nGroups];
        for (int g = 0; g < nGroups; g++) {
            foldOfGroup[g] = foldAt[slot[g]];
        }
        return GroupKFoldKernel.folds(groups.ids(), foldOfGroup, nSplits);
    }

    /** scikit-learn's {@code _find_best_fold}. */
    private static int bestFold(double[][] perFold, double[] classCount, double[] groupCounts) {
        int nSplits = perFold.length;
        int nClasses = classCount.length;
        int best = -1;
        double minEval = Double.POSITIVE_INFINITY;
        double minSamples = Double.POSITIVE_INFINITY;
        double[] proportion = new double[nSplits];
        double[] stdPerClass = new double[nClasses];
        for (int i = 0; i < nSplits; i++) {
            for (int c = 0; c < nClasses; c++) {
                for (int f = 0; f < nSplits; f++) {
                    double count = f == i ? perFold[f][c] + groupCounts[c] : perFold[f][c];
                    proportion[f] = count / classCount[c];
                }
                stdPerClass[c] = stdAlongFolds(proportion);
            }
            double eval = NumpySums.sum(stdPerClass) / nClasses;
            double samples = NumpySums.sum(perFold[i]);
            boolean better = eval < minEval || (isClose(eval, minEval) && samples < minSamples);
            if (better) {
                minEval = eval;
                minSamples = samples;
                best = i;
            }
        }
        return best;
    }

    /** {@code np.isclose(a, b)}: false against an infinite {@code b} unless {@code a} is the same infinity. */
    private static boolean isClose(double a, double b) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= ATOL + RTOL * Math.abs(b);
    }

    /** {@code np.std} of one row (a contiguous axis: pairwise sums). */
    private static double stdAlongClasses(double[] v) {
        int n = v.length;
        double mean = NumpySums.sum(v) / n;
        double[] squares = new double[n];
        for (int i = 0; i < n; i++) {
            double d = v[i] - mean;
            squares[i] = d * d;
        }
        return Math.sqrt(NumpySums.sum(squares) / n);
    }

    /** {@code np.std(..., axis=0)} of one column (an outer axis: the rows summed one after another). */
    private static double stdAlongFolds(double[] v) {
        int n = v.length;
        double sum = 0.0;
        for (double x : v) {
            sum += x;
        }
        double mean = sum / n;
        double squares = 0.0;
        for (double x : v) {
            double d = x - mean;
            squares += d * d;
        }
        return Math.sqrt(squares / n);
    }
}
