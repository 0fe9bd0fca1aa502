package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.FeatureMatrix;

/**
 * A fitted Lasso or ElasticNet: the linear model plus scikit-learn's {@code n_iter_} and {@code dual_gap_}
 * (the final duality gap divided by the number of samples), which tell whether and how the solver converged.
 */
public record CoordinateDescentFit(FittedLinearModel model, int nIter, double dualGap)
        implements io.stratum.runtime.cache.Persistable {

    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "CoordinateDescentFit/1";

    public double[] predict(FeatureMatrix x) {
        return model.predict(x);
    }

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        model.writeTo(out);
        out.writeInt(nIter);
        out.writeDouble(dualGap);
    }

    /** Rebuilds a fit written by {@link #writeTo}. */
    public static CoordinateDescentFit readFrom(java.io.DataInput in) throws java.io.IOException {
        FittedLinearModel model = FittedLinearModel.readFrom(in);
        return new CoordinateDescentFit(model, in.readInt(), in.readDouble());
    }
}
