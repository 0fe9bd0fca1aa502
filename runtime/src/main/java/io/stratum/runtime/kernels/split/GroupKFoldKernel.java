package io.stratum.runtime.kernels.split;

import io.stratum.runtime.data.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * scikit-learn's {@code GroupKFold(n_splits, shuffle, random_state)}: every group's rows fall in one test fold.
 * Unshuffled, the groups are dealt largest first (ties: the later group in {@code np.unique} order first, as the
 * reversed stable argsort orders them) to the fold holding the fewest rows so far (the first such fold). Shuffled,
 * numpy's {@code RandomState(random_state).permutation} of the sorted groups is cut by {@code np.array_split} into
 * consecutive blocks. Test and train rows come out ascending, as scikit-learn's masks give them.
 */
public final class GroupKFoldKernel {
    private GroupKFoldKernel() {
    }

    /** Folds of rows whose groups are {@code groups} (positions in the sorted distinct groups, {@link GroupIds}). */
    public static List<Fold> split(GroupIds groups, int nSplits) {
        check(groups, nSplits);
        int n = groups.count();
        long[] weight = new long[n];
        for (int g : groups.ids()) {
            weight[g]++;
        }
        // np.argsort(weight, kind="stable")[::-1]: descending weight, equal weights in descending group position.
        Integer[] order = new Integer[n];
        for (int g = 0; g < n; g++) {
            order[g] = g;
        }
        java.util.Arrays.sort(order, (a, b) -> weight[a] != weight[b] ? Long.compare(weight[b], weight[a])
                : Integer.compare(b, a));
        long[] foldWeight = new long[nSplits];
        int[] foldOf = new int[n];
        for (int g : order) {
            int lightest = 0;
            for (int f = 1; f < nSplits; f++) {
                if (foldWeight[f] < foldWeight[lightest]) {
                    lightest = f;
                }
            }
            foldWeight[lightest] += weight[g];
            foldOf[g] = lightest;
        }
        return folds(groups.ids(), foldOf, nSplits);
    }

    /** Shuffled folds from {@code RandomState(seed)}. */
    public static List<Fold> splitShuffled(GroupIds groups, int nSplits, long seed) {
        check(groups, nSplits);
        int n = groups.count();
        int[] permuted = new LegacyRandomState(seed).permutation(n);
        int[] foldOf = new int[n];
        // np.array_split: the first n % k blocks one group longer.
        int base = n / nSplits;
        int extra = n % nSplits;
        int at = 0;
        for (int f = 0; f < nSplits; f++) {
            int size = base + (f < extra ? 1 : 0);
            for (int i = 0; i < size; i++) {
                foldOf[permuted[at++]] = f;
            }
        }
        return folds(groups.ids(), foldOf, nSplits);
    }

    private static void check(GroupIds groups, int nSplits) {
        if (nSplits < 2) {
            throw new DataException("GroupKFold needs n_splits of at least 2, got " + nSplits);
        }
        int rows = groups.ids().length;
        if (nSplits > rows) {
            throw new DataException("GroupKFold cannot have n_splits=" + nSplits + " greater than the number of"
                    + " samples: n_samples=" + rows + "; use fewer splits or more data");
        }
        if (nSplits > groups.count()) {
            throw new DataException("GroupKFold cannot have n_splits=" + nSplits + " greater than the number of groups: "
                    + groups.count() + "; use fewer splits or finer groups");
        }
    }

    /**
     * The folds of rows whose groups are {@code ids}, group {@code g} tested in fold {@code foldOf[g]}; test and
     * train rows ascending, as scikit-learn's masks give them (shared by the grouped splitters).
     */
    static List<Fold> folds(int[] ids, int[] foldOf, int nSplits) {
        int rows = ids.length;
        int[] sizes = new int[nSplits];
        for (int id : ids) {
            sizes[foldOf[id]]++;
        }
        List<Fold> out = new ArrayList<>(nSplits);
        for (int f = 0; f < nSplits; f++) {
            int[] test = new int[sizes[f]];
            int[] train = new int[rows - sizes[f]];
            int te = 0;
            int tr = 0;
            for (int i = 0; i < rows; i++) {
                if (foldOf[ids[i]] == f) {
                    test[te++] = i;
                } else {
                    train[tr++] = i;
                }
            }
            out.add(new Fold(f, train, test));
        }
        return out;
    }
}
