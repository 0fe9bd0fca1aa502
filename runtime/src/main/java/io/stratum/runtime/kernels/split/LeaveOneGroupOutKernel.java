package io.stratum.runtime.kernels.split;

import io.stratum.runtime.data.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * scikit-learn's {@code LeaveOneGroupOut}: one fold per distinct group, in the groups' sorted order (numpy's
 * {@code unique}), testing the rows of that group; train and test rows in row order.
 */
public final class LeaveOneGroupOutKernel {
    private LeaveOneGroupOutKernel() {
    }

    public static List<Fold> split(GroupIds groups) {
        if (groups.count() < 2) {
            throw new DataException("the groups contain fewer than 2 unique groups (" + groups.count() + "); "
                    + "LeaveOneGroupOut expects at least 2");
        }
        int n = groups.ids().length;
        int[] sizes = new int[groups.count()];
        for (int id : groups.ids()) {
            sizes[id]++;
        }
        List<Fold> folds = new ArrayList<>(groups.count());
        for (int g = 0; g < groups.count(); g++) {
            int[] test = new int[sizes[g]];
            int[] train = new int[n - sizes[g]];
            int t = 0;
            int r = 0;
            for (int i = 0; i < n; i++) {
                if (groups.ids()[i] == g) {
                    test[t++] = i;
                } else {
                    train[r++] = i;
                }
            }
            folds.add(new Fold(g, train, test));
        }
        return folds;
    }
}
