package io.stratum.frontend.api;

import io.stratum.ir.logical.TrainTestRows;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;

/**
 * scikit-learn's function {@code sklearn.model_selection.train_test_split(*arrays, test_size=, train_size=,
 * random_state=, shuffle=, stratify=)} on frames and columns: for each array its training then its test part, rows
 * in the order scikit-learn returns them (every array split alike). Sizes None give a quarter of the rows to the test
 * part; {@code random_state} None draws a new split on every run, as scikit-learn does; {@code stratify} keeps the
 * proportions of that column's classes and needs {@code shuffle=True}, as scikit-learn requires.
 */
public final class SplitArrays {
    private SplitArrays() {
    }

    public static List<DataOp> trainTestSplit(List<DataOp> arrays, Const testSize, Const trainSize, Const randomState,
                                              boolean shuffle, DataOp stratify) {
        if (arrays.isEmpty()) {
            throw DataOp.error("train_test_split: at least one array required as input", "e.g. train_test_split(df)");
        }
        // The same checks as .skb.train_test_split's.
        TrainTestSplit settings = new TrainTestSplit(arrays.getFirst(), testSize, trainSize, randomState, shuffle);
        Const test = settings.testSize();
        Const train = settings.trainSize();
        if (test instanceof Const.NoneConst && train instanceof Const.NoneConst) {
            test = Const.of(0.25);
        }
        if (stratify != null && !shuffle) {
            throw DataOp.error("train_test_split: stratified train/test split is not implemented for shuffle=False",
                    "pass shuffle=True (the default) with stratify, or leave stratify out");
        }
        long seed = !shuffle ? 0 : settings.randomState() instanceof Const.IntConst i ? i.value()
                : java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 32);
        List<DataOp> out = new ArrayList<>(2 * arrays.size());
        for (DataOp array : arrays) {
            for (boolean part : new boolean[]{false, true}) {
                out.add(new DataOp(new TrainTestRows(array.node(), test, train, shuffle, seed,
                        stratify == null ? null : stratify.node(), part, SourceScope.current())));
            }
        }
        return out;
    }
}
