package io.stratum.frontend.api;

import io.stratum.ir.physical.Response;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * What {@code learner.predict(split["test"])} or {@code learner.predict_proba(split["test"])} stands for: the
 * learner's one-split search (fit on the training rows) and the method of its final estimator whose answer on the test
 * rows is wanted, with the learner and the split part it predicts on (a metric of them is the learner's score with
 * that metric's scorer, {@link Learner#metricScore}), and the part of the array a script indexed
 * ({@code proba[:5]}, {@code proba[:, 1]}), then the element-wise numpy steps it wrote on them ({@code np.expm1(preds)},
 * {@link ArrayStep}), or the residual against the split's test target ({@code preds - split["y_test"]},
 * {@link Residual}) with the steps written after it. A session computes the array ({@code Session.predictions}); the
 * steps apply to what it gives.
 */
public record LearnerPredictions(DataOp search, Response method, Learner learner, TrainTestSplit.Part test, Slice slice,
                                 NewData newData, List<ArrayStep> steps, Residual residual) {
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
        this(search, method, learner, test, Slice.ALL, null, List.of(), null);
    }

    /**
     * {@code preds - split["y_test"]} ({@code split["y_test"] - preds} when {@code truthFirst}; also {@code +}, {@code *},
     * {@code /}): row by row, the predictions after {@code predictionSteps} with the test target after
     * {@code truthSteps} (numpy's ufuncs of it), as pandas computes a numpy array with a Series: a float64 Series with
     * the target's row labels and name, which the predictions' {@code steps} then transform. On new data the target is
     * {@code truth}, a column pandas computes ({@code preds - new["y"]}); null for the split's test target. {@code rows}
     * are the row selections written on the Series ({@code .head(5)}, {@code .tail(3)}), in order, each positions of
     * the rows the one before left, with their labels; the element-wise steps commute with them.
     */
    public record Residual(List<ArrayStep> predictionSteps, String operator, List<ArrayStep> truthSteps,
                           boolean truthFirst, DataOp truth, List<Slice> rows) {
        public Residual {
            predictionSteps = List.copyOf(predictionSteps);
            truthSteps = List.copyOf(truthSteps);
            rows = List.copyOf(rows);
            if (!List.of("+", "-", "*", "/").contains(operator)) {
                throw DataOp.error("Stratum computes +, -, * and / of a learner's predictions and split[\"y_test\"],"
                        + " not " + operator, "compute the residual first: (preds - split[\"y_test\"]) ** 2");
            }
        }

        /** {@link #truth}'s value, computed as pandas computes it ({@code .skb.eval()}'s evaluation of the column). */
        public Evaluation truthValue() {
            return Evaluation.of(truth, null, "residual");
        }

        /** The value at one row: {@code prediction operator truth}, or the other way round. */
        public double apply(double prediction, double truth) {
            return ArrayStep.binary(operator, truthFirst ? truth : prediction, truthFirst ? prediction : truth);
        }
    }

    /**
     * These predictions {@code operator} the test target {@code split} gives after {@code truthSteps}
     * ({@code truthFirst}: the target is the left operand), a pandas Series of the test rows.
     */
    public LearnerPredictions against(TrainTestSplit split, List<ArrayStep> truthSteps, String operator,
                                      boolean truthFirst) {
        String written = truthFirst ? "split[\"y_test\"] " + operator + " preds" : "preds " + operator + " split[\"y_test\"]";
        if (newData != null || test.split() != split) {
            throw DataOp.error(written + ": split[\"y_test\"] is of another train_test_split than the rows the learner"
                    + " predicted", "predict on split[\"test\"] of the same split");
        }
        if (method != Response.PREDICT) {
            throw DataOp.error(written + " of learner." + method.methodName() + "(...): Stratum computes the residuals"
                    + " of predict()", "write learner.predict(split[\"test\"]) - split[\"y_test\"]");
        }
        if (residual != null) {
            throw DataOp.error(written + ": Stratum takes split[\"y_test\"] once in a residual", null);
        }
        if (!slice.equals(Slice.ALL)) {
            throw DataOp.error("ValueError: a slice of a learner's predictions and split[\"y_test\"] have different"
                    + " lengths", "compute the residual of all the predictions, then take its rows: (preds -"
                    + " split[\"y_test\"]).head(5)");
        }
        return new LearnerPredictions(search, method, learner, test, slice, null, List.of(),
                new Residual(steps, operator, truthSteps, truthFirst, null, List.of()));
    }

    /**
     * These predictions on new data {@code operator} {@code truth}, a column pandas computes from the new rows
     * ({@code preds - new["temp_max"]}; {@code truthFirst}: the column is the left operand): pandas' Series of the
     * residuals, with the column's row labels and name.
     */
    public LearnerPredictions against(DataOp truth, String operator, boolean truthFirst) {
        String written = truthFirst ? "new[\"y\"] " + operator + " preds" : "preds " + operator + " new[\"y\"]";
        if (newData == null) {
            throw DataOp.error("unsupported operand types for " + operator + ": a learner's predictions on split[\"test\"]"
                    + " and a DataOp", "the residuals of predictions on split[\"test\"] are against split[\"y_test\"]:"
                    + " learner.predict(split[\"test\"]) - split[\"y_test\"]");
        }
        if (DataOpPrint.isSkrub(truth)) {
            throw DataOp.error(written + " with a skrub DataOp: it has no value until its pipeline runs",
                    "take the column from the pandas frame of the new rows: preds - new[\"y\"]");
        }
        if (method != Response.PREDICT) {
            throw DataOp.error(written + " of learner." + method.methodName() + "(...): Stratum computes the residuals"
                    + " of predict()", "write learner.predict({...}) - new[\"y\"]");
        }
        if (residual != null) {
            throw DataOp.error(written + ": Stratum takes one column in a residual", null);
        }
        if (!slice.equals(Slice.ALL)) {
            throw DataOp.error("ValueError: a slice of a learner's predictions and the column have different lengths",
                    "compute the residual of all the predictions: preds - new[\"y\"]");
        }
        return new LearnerPredictions(null, method, learner, null, slice, newData, List.of(),
                new Residual(steps, operator, List.of(), truthFirst, truth, List.of()));
    }

    /**
     * Every element-wise step of the values, in order: those before the residual on either operand (the predictions',
     * then the target's), then the steps after it.
     */
    public List<ArrayStep> allSteps() {
        if (residual == null) {
            return steps;
        }
        List<ArrayStep> all = new java.util.ArrayList<>(residual.predictionSteps());
        all.addAll(residual.truthSteps());
        all.addAll(steps);
        return all;
    }

    /** How the script first changed the predictions, for messages ({@code np.expm1()}, {@code - split["y_test"]}), or null. */
    public String firstWritten() {
        List<ArrayStep> before = residual == null ? steps : residual.predictionSteps();
        return !before.isEmpty() ? before.getFirst().written()
                : residual != null ? residual.operator() + " split[\"y_test\"]" : null;
    }

    /**
     * {@code (preds - split["y_test"]).describe()} or {@code .value_counts()} ({@code kind}; {@code positional} and
     * {@code keywords}: the arguments written, none taken): pandas' summary of the Series of residuals, named as the
     * target; numpy's array has neither method.
     */
    public PredictionFrame summary(String kind, int positional, List<String> keywords) {
        if (!series()) {
            throw DataOp.error("AttributeError: 'numpy.ndarray' object has no attribute '" + kind + "'",
                    "put the predictions into a Series first: pd.Series(preds)." + kind + "()");
        }
        if (positional > 0) {
            throw DataOp.error(kind + "() got too many positional arguments", null);
        }
        if (!keywords.isEmpty()) {
            throw DataOp.error(kind + "() got an unexpected keyword argument '" + keywords.getFirst() + "'", null);
        }
        return new PredictionFrame(null, List.of(new PredictionFrame.Part("", null, this, SourceScope.current())),
                PredictionFrame.Layout.SERIES, List.of()).summary(kind);
    }

    /**
     * {@code residuals.head(n)} or {@code .tail(n)} ({@code method}; {@code n} 5 unless given, positionally or as
     * {@code n=}): pandas' first or last {@code n} rows of the Series of residuals with their labels (a negative
     * {@code n}: all but the last or first {@code -n}), as {@code iloc[:n]} and {@code iloc[-n:]} select them; numpy's
     * array has neither method.
     */
    public LearnerPredictions rows(String method, List<Const> positional, java.util.Map<String, Const> keywords) {
        if (!series()) {
            throw DataOp.error("AttributeError: 'numpy.ndarray' object has no attribute '" + method + "'",
                    "slice the array (preds[:5]), or put the predictions into a Series first: pd.Series(preds)." + method
                    + "()");
        }
        java.util.Map<String, Const> rest = new java.util.LinkedHashMap<>(keywords);
        Const given = rest.remove("n");
        if (!rest.isEmpty()) {
            throw DataOp.error("TypeError: " + method + "() got an unexpected keyword argument '"
                    + rest.keySet().iterator().next() + "'", null);
        }
        if (positional.size() > 1 || positional.size() == 1 && given != null) {
            throw DataOp.error("TypeError: " + method + "() takes one argument, n", null);
        }
        Const n = given != null ? given : positional.isEmpty() ? Const.of(5L) : positional.getFirst();
        if (!(n instanceof Const.IntConst count)) {
            throw DataOp.error("TypeError: " + method + "(n) takes an int n, got " + n.typeName(), null);
        }
        long k = count.value();
        Slice picked = method.equals("head") ? new Slice(null, k, null, null)
                : k == 0 ? new Slice(0L, 0L, null, null) : new Slice(-k, null, null, null);
        List<Slice> rows = new java.util.ArrayList<>(residual.rows());
        rows.add(picked);
        return new LearnerPredictions(search, method(), learner, test, slice, newData, steps,
                new Residual(residual.predictionSteps(), residual.operator(), residual.truthSteps(),
                        residual.truthFirst(), residual.truth(), rows));
    }

    /** What these values are, in messages: a learner's numpy array, or pandas' Series of residuals. */
    public String typeName() {
        return series() ? "Series of residuals" : "learner " + method.methodName() + " array";
    }

    /** Whether pandas gives these values as a Series (a residual against the target), not a numpy array. */
    public boolean series() {
        return residual != null;
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
        return new PredictionFrame(null, List.of(new PredictionFrame.Part("", null, this, SourceScope.current())),
                PredictionFrame.Layout.SERIES, List.of());
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
        return new LearnerPredictions(search, method, learner, test, slice, newData, next, residual);
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
        return new LearnerPredictions(null, method, learner, null, Slice.ALL, new NewData(fitted, predicted, bestOf), List.of(),
                null);
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
        if (residual != null) {
            throw DataOp.error("Stratum does not index a Series of residuals", "take its first or last rows with"
                    + " head() or tail(): (preds - split[\"y_test\"]).head(5)");
        }
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
        return new LearnerPredictions(search, method, learner, test, next, newData, steps, residual);
    }
}
