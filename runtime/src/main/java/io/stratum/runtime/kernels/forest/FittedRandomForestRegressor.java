package io.stratum.runtime.kernels.forest;

import io.stratum.runtime.data.ScratchMemory;
import io.stratum.runtime.cache.Persistable;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.NumpySums;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** A fitted {@code RandomForestRegressor}: the mean of its trees' leaf means. */
public final class FittedRandomForestRegressor implements Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedRandomForestRegressor/4";

    private final FittedTree[] trees;
    /** False for the absolute-error criterion, which scikit-learn 1.9 grows and predicts without missing values. */
    private final boolean routesMissing;
    /** The out-of-bag estimate ({@code oob_score=True}), or null. */
    private final OutOfBag outOfBag;

    FittedRandomForestRegressor(FittedTree[] trees, boolean routesMissing, OutOfBag outOfBag) {
        this.trees = trees;
        this.routesMissing = routesMissing;
        this.outOfBag = outOfBag;
    }

    /**
     * Grows the forest with the squared error, Poisson or absolute error criterion, trees in parallel on the common
     * fork/join pool. The Poisson criterion needs non-negative targets with a positive sum, as scikit-learn checks;
     * the absolute error criterion refuses missing values in X, as scikit-learn does.
     */
    public static FittedRandomForestRegressor fit(FeatureMatrix x, double[] y, ForestParams params) {
        return fit(x, y, params, null);
    }

    /** Grows the forest with {@code fit(X, y, sample_weight=w)}'s weights ({@code w} null: none). */
    public static FittedRandomForestRegressor fit(FeatureMatrix x, double[] y, ForestParams params, double[] w) {
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(4L * x.rows() * x.cols(), "the forest's float32 copy of X")) {
            return fitUnreserved(x, y, params, w);
        }
    }

    private static FittedRandomForestRegressor fitUnreserved(FeatureMatrix x, double[] y, ForestParams params,
                                                             double[] w) {
        String criterion = params.criterionOr("squared_error");
        RandomForest.CriterionFactory criteria = switch (criterion) {
            case "squared_error", "friedman_mse" -> (samples, weights, total) -> new SquaredError(y, samples, weights,
                    total);
            case "poisson" -> {
                checkPoissonTarget(y);
                yield (samples, weights, total) -> new Poisson(y, samples, weights, total);
            }
            case "absolute_error" -> {
                refuseMissing(x);
                float[] ranks = AbsoluteError.denseRanks(y);
                if (ranks == null) {
                    throw new DataException("RandomForestRegressor(criterion='absolute_error'): the target has "
                            + AbsoluteError.MAX_DISTINCT + " distinct values or more, more than Stratum's port of "
                            + "scikit-learn's criterion ranks exactly; use criterion='squared_error'");
                }
                yield (samples, weights, total) -> new AbsoluteError(y, ranks, samples, weights, total);
            }
            default -> throw new DataException("RandomForestRegressor: criterion must be 'squared_error', "
                    + "'friedman_mse', 'poisson' or 'absolute_error', got '" + criterion + "'");
        };
        float[][] x32 = RandomForest.float32(x);
        java.util.BitSet[] outOfBag = params.oobScore() == null ? null : new java.util.BitSet[params.nEstimators()];
        FittedTree[] trees = RandomForest.fit(x32, x.rows(), params, criteria, null, null, outOfBag, w);
        OutOfBag oob = outOfBag == null ? null : OutOfBag.regression(trees, outOfBag, x32, y, params.oobScore());
        return new FittedRandomForestRegressor(trees, !criterion.equals("absolute_error"), oob);
    }

    /** The out-of-bag estimate of a forest fitted with {@code oob_score}; refused otherwise, as scikit-learn has none. */
    public OutOfBag outOfBag() {
        if (outOfBag == null) {
            throw new DataException("this RandomForestRegressor has no oob_score_ or oob_prediction_: fit it with"
                    + " oob_score=True (and bootstrap=True)");
        }
        return outOfBag;
    }

    /** scikit-learn's {@code oob_score_}. */
    public double oobScore() {
        return outOfBag().score();
    }

    /** scikit-learn's {@code oob_prediction_}: one value per training row. */
    public double[] oobPrediction() {
        return outOfBag().predictions()[0].clone();
    }

    /** scikit-learn's refusal of missing values where its trees do not route them (the absolute error criterion). */
    private static void refuseMissing(FeatureMatrix x) {
        for (int f = 0; f < x.cols(); f++) {
            double[] column = x.column(f);
            for (int i = 0; i < column.length; i++) {
                if (Double.isNaN(column[i])) {
                    throw new DataException("column '" + x.featureNames().get(f) + "' has a missing value (NaN) at row "
                            + i + " (0-based), and RandomForestRegressor(criterion='absolute_error') does not accept"
                            + " missing values (scikit-learn routes them with the other criteria only); impute or"
                            + " drop them first, or use another criterion");
                }
            }
        }
    }

    /** scikit-learn's checks of a Poisson forest's target, with its messages. */
    private static void checkPoissonTarget(double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0) {
                throw new DataException("RandomForestRegressor(criterion='poisson'): some value(s) of y are negative"
                        + " (the first at training row " + i + ": " + y[i] + "), which is not allowed for Poisson"
                        + " regression; use criterion='squared_error' or a non-negative target");
            }
        }
        if (NumpySums.sum(y) <= 0) {
            throw new DataException("RandomForestRegressor(criterion='poisson'): the sum of y is not strictly positive,"
                    + " which Poisson regression needs; use criterion='squared_error'");
        }
    }

    public double[] predict(FeatureMatrix x) {
        if (!routesMissing) {
            refuseMissing(x);
        }
        return RandomForest.average(trees, x, 1)[0];
    }

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        out.writeBoolean(routesMissing);
        FittedTree.writeForest(out, trees);
        OutOfBag.write(out, outOfBag);
    }

    public static FittedRandomForestRegressor readFrom(DataInput in) throws IOException {
        boolean routesMissing = in.readBoolean();
        FittedTree[] trees = FittedTree.readForest(in);
        return new FittedRandomForestRegressor(trees, routesMissing, OutOfBag.read(in));
    }

    FittedTree[] trees() {
        return trees;
    }
}
