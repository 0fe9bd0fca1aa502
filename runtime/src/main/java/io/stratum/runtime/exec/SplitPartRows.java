package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.TakeSplitRows;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.ShuffleSplitKernel;
import io.stratum.runtime.kernels.split.StratifiedShuffleSplitKernel;
import io.stratum.runtime.kernels.split.TrainTestSplitKernel;

/**
 * scikit-learn's {@code train_test_split} of a frame or column: the rows of one part in the order scikit-learn
 * returns them ({@code ShuffleSplit(n_splits=1)}'s, or {@code StratifiedShuffleSplit(n_splits=1)}'s with
 * {@code stratify}; unshuffled, the first rows train). Both parts of one call compute the same split.
 */
final class SplitPartRows {
    private SplitPartRows() {
    }

    static RuntimeValue take(TakeSplitRows op, RuntimeValue input, RuntimeValue stratify) {
        Table table = switch (input) {
            case RuntimeValue.Frame f -> f.table();
            case RuntimeValue.Series s -> s.table();
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
        int rows = table.rowCount();
        Fold fold;
        try {
            ShuffleSplitKernel.Size test = ShuffleSplitKernel.Size.of(op.testSize());
            ShuffleSplitKernel.Size train = ShuffleSplitKernel.Size.of(op.trainSize());
            if (stratify == null) {
                fold = TrainTestSplitKernel.split(rows, test, train, op.shuffle(), op.seed()).getFirst();
            } else {
                Column classes = switch (stratify) {
                    case RuntimeValue.Series s -> s.column();
                    case RuntimeValue.Frame f when f.table().columnCount() == 1 -> f.table().column(0);
                    case RuntimeValue.Frame f -> throw new DataException("stratify must be one column, got a frame of "
                            + f.table().columnCount() + " columns");
                    default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
                };
                if (classes.length() != rows) {
                    throw new DataException("stratify has " + classes.length() + " rows but the data split has " + rows);
                }
                int[] codes = ClassLabels.of(classes).encode(classes);
                fold = StratifiedShuffleSplitKernel.split(codes, 1, test, train, op.seed()).getFirst();
            }
        } catch (DataException e) {
            StratumError error = new StratumError(op.origin(), "train_test_split cannot split the " + rows + " rows: "
                    + e.getMessage(), "change test_size/train_size or the stratify column");
            error.initCause(e);
            throw error;
        }
        // scikit-learn's train_test_split of pandas data keeps each row's label.
        Table part = table.takeLabelled(op.test() ? fold.test() : fold.train());
        return input instanceof RuntimeValue.Series ? RuntimeValue.Series.of(part) : new RuntimeValue.Frame(part);
    }
}
