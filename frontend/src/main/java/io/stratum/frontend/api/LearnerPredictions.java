package io.stratum.frontend.api;

import io.stratum.ir.physical.Response;
import java.util.List;
import java.util.Objects;

/**
 * What {@code learner.predict(split["test"])} or {@code learner.predict_proba(split["test"])} stands for: the
 * learner's one-split search (fit on the training rows) and the method of its final estimator whose answer on the test
 * rows is wanted, with the learner and the split part it predicts on (a metric of them is the learner's score with
 * that metric's scorer, {@link Learner#metricScore}), and the part of the array a script indexed
 * ({@code proba[:5]}, {@code proba[:, 1]}), then the element-wise numpy steps it wrote on them ({@code np.expm1(preds)},
 * {@link ArrayStep}). A session computes the array ({@code Session.predictions}); the steps apply to what it gives.
 */
public record LearnerPredictions(DataOp search, Response method, Learner learner, TrainTestSplit.Part test, Slice slice,
                                 NewData newData, List<ArrayStep> steps) {
    public LearnerPredictions {
        steps = List.copyOf(steps);
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(slice, "slice");
        if (newData == null) {
            Objects.requireNonNull(search, "search");
            Objects.requireNonNull(test, "test");
        } else if (search != null || test != null) {
            throw new IllegalArgumentException("predictions on new data have no split and no search");
        }
    }

    public LearnerPredictions(DataOp search, Response method, Learner learner, TrainTestSplit.Part test) {
        this(search, method, learner, test, Slice.ALL, null, List.of());
    }

    /**
     * pandas' Series of these predictions, whose shape is {@code preds.shape} (printed once the learner has
     * predicted); a predict_proba array is 2-d, which Stratum does not shape.
     */
    public PredictionFrame shapeSeries() {
        if (method == Response.PREDICT_PROBA && slice.column() == null) {
            throw DataOp.error("shape of a learner's predict_proba() array: Stratum tells the shape of a 1-d array",
                    "take one class's column: proba[:, 1].shape");
        }
        return PredictionFrame.series(this, null);
    }

    /** {@code len(preds)}: Python needs the int at once, and the rows are known once the learner has predicted. */
    public static io.stratum.ir.diagnostics.StratumError lenUnknown() {
        return DataOp.error("len() of a learner's predictions is known once the learner has predicted, and Python's"
                + " len() needs it now", "print(preds.shape) prints it once known");
    }

    /**
     * {@code f"{preds.shape}"}, {@code str(frame)}: a learner's predictions (their shape, a frame of them) are known
     * once predicted, and print() alone shows them then.
     */
    public static io.stratum.ir.diagnostics.StratumError notText() {
        return DataOp.error("Stratum writes a learner's predictions (their shape, a frame of them) with print() only,"
                + " not into text", "print it on its own: print(\"shape:\", preds.shape)");
    }

    /** These predictions with {@code step} computed on each value after the steps already written. */
    public LearnerPredictions then(ArrayStep step) {
        List<ArrayStep> next = new java.util.ArrayList<>(steps);
        next.add(step);
        return new LearnerPredictions(search, method, learner, test, slice, newData, next);
    }

    /**
     * A learner fitted on data predicting on other data ({@code learner.predict(environment)}): {@code fitted} is the
     * pipeline reading the data it was fitted on, {@code predicted} the same pipeline reading the new environment;
     * for {@code search.best_learner_}, {@code bestOf} is the fitted search whose best candidate's choices both take
     * (their choices are resolved once it has run), else null.
     */
    public record NewData(DataOp fitted, DataOp predicted, DataOp bestOf) {
        public NewData {
            Objects.requireNonNull(fitted, "fitted");
            Objects.requireNonNull(predicted, "predicted");
        }
    }

    static LearnerPredictions onNewData(Learner learner, DataOp fitted, DataOp predicted, Response method, DataOp bestOf) {
        return new LearnerPredictions(null, method, learner, null, Slice.ALL, new NewData(fitted, predicted, bestOf), List.of());
    }

    /**
     * numpy's {@code array[start:stop:step]} (rows, Python's slice rules) and, for {@code predict_proba}'s 2-d array,
     * {@code [..., column]} (one class's probabilities, a 1-d array); nulls where the script gave none.
     */
    public record Slice(Long start, Long stop, Long step, Integer column) {
        /** The whole array. */
        public static final Slice ALL = new Slice(null, null, null, null);

        /** Whether the rows are all kept, in order. */
        public boolean allRows() {
            return start == null && stop == null && (step == null || step == 1);
        }
    }

    /** These predictions indexed by {@code slice}: refused when already indexed, or a column of a 1-d array. */
    public LearnerPredictions sliced(Slice next) {
        if (!slice.equals(Slice.ALL)) {
            throw DataOp.error("Stratum indexes a learner's predictions once", "write one [rows] or [rows, column]");
        }
        if (next.column() != null && method == Response.PREDICT) {
            throw DataOp.error("IndexError: too many indices for array: learner.predict(...) is 1-dimensional",
                    "index its rows only, e.g. predictions[:5]");
        }
        if (next.step() != null && next.step() == 0) {
            throw DataOp.error("ValueError: slice step cannot be zero", null);
        }
        return new LearnerPredictions(search, method, learner, test, next, newData, steps);
    }
}
