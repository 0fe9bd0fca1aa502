package io.stratum.frontend.cli;

import io.stratum.frontend.api.ArrayMetric;
import io.stratum.frontend.api.ArrayStep;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.PredictedNumber;
import io.stratum.frontend.api.PredictionsReduction;
import io.stratum.frontend.session.Session;
import io.stratum.frontend.session.SearchResults;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.runtime.exec.CopiedValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The value of a number computed from a learner's predictions ({@link PredictedNumber}) once the session has them:
 * numpy's reduction of the array the script wrote, or a regression metric of the transformed target and predictions.
 */
final class PredictedNumbers {
    private PredictedNumbers() {
    }

    /**
     * The number {@code d} stands for (a metric's scorer value for {@link ArrayMetric}, which {@code d} negates for a
     * loss). After np.exp/np.expm1/... its last bits may differ from numpy's, so it must be rounded or formatted to be
     * written.
     */
    static double of(Session session, io.stratum.frontend.bind.DeferredValue d, Function<DataOp, SearchResults> searches) {
        PredictedNumber n = d.predicted();
        ArrayStep inexact = n.inexactStep();
        boolean full = d.round() == null && d.spec() == null
                && d.arithmetic().stream().noneMatch(io.stratum.frontend.bind.DeferredArithmetic::rounds);
        if (inexact != null && full) {
            throw new StratumError(n.origin(), "the full-precision value of a number computed after " + inexact.written()
                    + " may differ from numpy's in its last digit (numpy's exp, log and pow functions are not Java's)",
                    "round it (round(x, 6)) or format it (f\"{x:.6f}\")");
        }
        io.stratum.frontend.api.LearnerPredictions.Residual residual = n.predictions().residual();
        if (full && residual != null && residual.truth() != null) {
            // preds - np.log1p(new["y"]): the column's own steps, which the plan holds
            io.stratum.optimizer.metadata.MachineDependentDigits.Found digits = session.machineDependentDigits(
                    residual.truthValue(), null);
            if (digits != null) {
                throw new StratumError(n.origin(), "the full-precision value of a number computed after "
                        + digits.step().written() + (digits.step().origin().isKnown() ? " (line "
                        + digits.step().origin().line() + ")" : "") + " may differ from numpy's in its last digit"
                        + " (numpy's exp, log and pow functions are not Java's)",
                        "round it (round(x, 6)) or format it (f\"{x:.6f}\")");
            }
        }
        return of(session, n, searches);
    }

    private static double of(Session session, PredictedNumber n, Function<DataOp, SearchResults> searches) {
        double[] predicted = floats(NumpyIndexing.of(session, n.predictions(), searches, n.origin()), n);
        return switch (n) {
            case PredictionsReduction r -> reduced(r, predicted);
            case ArrayMetric m -> io.stratum.runtime.kernels.metrics.RegressionScores.score(m.scorer(),
                    truth(session.testTarget(m.predictions()), m), predicted);
        };
    }

    /**
     * numpy's reduction {@code r} of the array: one float64, NaN where numpy gives nan (its median of an array holding
     * NaN; pandas' would skip it).
     */
    private static double reduced(PredictionsReduction r, double[] values) {
        if (r.reduction().equals("median") && Arrays.stream(values).anyMatch(Double::isNaN)) {
            return Double.NaN;
        }
        if (r.reduction().equals(PredictionsReduction.SERIES_MEDIAN)) {
            double[] present = Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
            return present.length == 0 ? Double.NaN : RunCommand.reduce("median", present);
        }
        if (r.predictions().series() && !r.reduction().equals("median")) {
            return skippingNaN(r.reduction(), values);
        }
        return RunCommand.reduce(r.reduction(), values);
    }

    /**
     * pandas' reduction of a float64 Series (skipna), which its method and numpy's function of it ({@code np.mean},
     * {@code np.std(ddof=0)}, but not {@code np.median}) compute: NaN counts as 0 in numpy's pairwise sums over the
     * whole array, the count is of the other values, and min and max skip it (NaN when none is left).
     */
    private static double skippingNaN(String reduction, double[] values) {
        double[] filled = values.clone();
        int count = 0;
        for (int i = 0; i < filled.length; i++) {
            if (Double.isNaN(filled[i])) {
                filled[i] = 0.0;
            } else {
                count++;
            }
        }
        double sum = io.stratum.runtime.kernels.NumpySums.sum(filled);
        return switch (reduction) {
            case "sum" -> sum;
            case "mean" -> count == 0 ? Double.NaN : sum / count;
            case "min", "max" -> count == 0 ? Double.NaN : RunCommand.reduce(reduction,
                    Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray());
            case "std", "var", "np.std", "np.var" -> {
                int ddof = reduction.startsWith("np.") ? 0 : 1;
                if (count - ddof <= 0) {
                    yield Double.NaN;
                }
                double mean = sum / count;
                double[] squares = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    squares[i] = Double.isNaN(values[i]) ? 0.0 : (mean - values[i]) * (mean - values[i]);
                }
                double variance = io.stratum.runtime.kernels.NumpySums.sum(squares) / (count - ddof);
                yield reduction.endsWith("std") ? Math.sqrt(variance) : variance;
            }
            default -> throw new IllegalStateException(reduction);
        };
    }

    /** The split's test target with the script's numpy steps, as float64 (numpy's ufuncs of int64 give float64). */
    private static double[] truth(CopiedValue target, ArrayMetric m) {
        Object values = target.columns().getFirst().values();
        double[] out = switch (values) {
            case double[] d -> d.clone();
            case long[] l -> Arrays.stream(l).asDoubleStream().toArray();
            default -> throw new StratumError(m.origin(), "a metric of transformed arrays of a "
                    + target.columns().getFirst().type().name().toLowerCase(Locale.ROOT) + " target: Stratum computes"
                    + " regression metrics of numbers", null);
        };
        for (int i = 0; i < out.length; i++) {
            for (ArrayStep step : m.truthSteps()) {
                out[i] = step.apply(out[i]);
            }
        }
        return out;
    }

    /** The 1-d float array {@code n} is computed from; a 2-d array or a classifier's labels are an error at its line. */
    private static double[] floats(CopiedValue value, PredictedNumber n) {
        if (value.frame() || !(value.columns().getFirst().values() instanceof double[] values)) {
            String what = n instanceof PredictionsReduction r ? r.reduction().replace("np.", "").replace("Series.", "")
                    + "()" : "a metric";
            throw new StratumError(n.origin(), what + " of a learner's " + (value.frame() ? "2-d "
                    + n.predictions().method().methodName() + "() array" : value.columns().getFirst().type().name()
                    .toLowerCase(Locale.ROOT) + " predictions") + ": Stratum reduces a 1-d array of floats",
                    value.frame() ? "take one column first: proba[:, 1]"
                    : "reduce a regressor's predictions, or one class's probabilities: proba[:, 1].mean()");
        }
        return values;
    }
}
