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
        if (inexact != null && d.round() == null && d.spec() == null) {
            throw new StratumError(n.origin(), "the full-precision value of a number computed after " + inexact.written()
                    + " may differ from numpy's in its last digit (numpy's exp and log functions are not Java's)",
                    "round it (round(x, 6)) or format it (f\"{x:.6f}\")");
        }
        return of(session, n, searches);
    }

    private static double of(Session session, PredictedNumber n, Function<DataOp, SearchResults> searches) {
        double[] predicted = floats(NumpyIndexing.of(session.predictions(n.predictions(), searches), n.predictions(),
                n.origin()), n);
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
        return RunCommand.reduce(r.reduction(), values);
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
            String what = n instanceof PredictionsReduction r ? r.reduction().replace("np.", "") + "()" : "a metric";
            throw new StratumError(n.origin(), what + " of a learner's " + (value.frame() ? "2-d "
                    + n.predictions().method().methodName() + "() array" : value.columns().getFirst().type().name()
                    .toLowerCase(Locale.ROOT) + " predictions") + ": Stratum reduces a 1-d array of floats",
                    value.frame() ? "take one column first: proba[:, 1]"
                    : "reduce a regressor's predictions, or one class's probabilities: proba[:, 1].mean()");
        }
        return values;
    }
}
