package io.stratum.runtime.search;

import io.stratum.runtime.exec.FoldSplit;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.KFoldKernel;
import java.util.ArrayList;
import java.util.List;

/** The cross-validation folds of a search, from the splitter kernels. */
final class Folds {
    private Folds() {
    }

    /** scikit-learn's {@code KFold(n_splits=k)} without shuffling, the default of {@code cv=k} for regressors. */
    static List<FoldSplit> kFold(int rows, int k) {
        List<FoldSplit> out = new ArrayList<>(k);
        for (Fold f : KFoldKernel.split(rows, k)) {
            out.add(new FoldSplit(f.train(), f.test()));
        }
        return out;
    }
}
