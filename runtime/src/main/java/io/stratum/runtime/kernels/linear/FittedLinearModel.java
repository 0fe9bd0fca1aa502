package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import java.util.List;

/** The immutable result of fitting a linear regressor: {@code coef_} per feature and {@code intercept_}. */
public final class FittedLinearModel implements io.stratum.runtime.cache.Persistable {
    private final List<String> featureNames;
    private final double[] coef;
    private final double intercept;
    private final int rank;

    FittedLinearModel(List<String> featureNames, double[] coef, double intercept, int rank) {
        this.featureNames = List.copyOf(featureNames);
        this.coef = coef.clone();
        this.intercept = intercept;
        this.rank = rank;
    }

    /** scikit-learn's {@code coef_}, in the order of {@link #featureNames()}. */
    public double[] coef() {
        return coef.clone();
    }

    public double coef(int feature) {
        return coef[feature];
    }

    /** scikit-learn's {@code intercept_} (0 without {@code fit_intercept}). */
    public double intercept() {
        return intercept;
    }

    /** The effective rank of the centered design (LinearRegression's {@code rank_}); -1 when not computed. */
    public int rank() {
        return rank;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** {@code X @ coef_ + intercept_}; the features must be those of the fit, in the same order. */
    public double[] predict(FeatureMatrix x) {
        if (!x.featureNames().equals(featureNames)) {
            throw new DataException("the model was fitted on features " + featureNames + " but predict got "
                    + x.featureNames() + "; build the test matrix with the same columns in the same order");
        }
        int n = x.rows();
        double[] out = new double[n];
        for (int j = 0; j < coef.length; j++) {
            x.addScaledColumn(j, coef[j], out);
        }
        for (int i = 0; i < n; i++) {
            out[i] += intercept;
        }
        return out;
    }

    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedLinearModel/1";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(featureNames.size());
        for (String f : featureNames) {
            byte[] utf8 = f.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        for (double c : coef) {
            out.writeLong(Double.doubleToRawLongBits(c));
        }
        out.writeLong(Double.doubleToRawLongBits(intercept));
        out.writeInt(rank);
    }

    /** Rebuilds a model written by {@link #writeTo}. */
    public static FittedLinearModel readFrom(java.io.DataInput in) throws java.io.IOException {
        int p = in.readInt();
        if (p < 0) {
            throw new java.io.IOException("negative feature count");
        }
        List<String> names = new java.util.ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            names.add(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
        }
        double[] coef = new double[p];
        for (int j = 0; j < p; j++) {
            coef[j] = Double.longBitsToDouble(in.readLong());
        }
        double intercept = Double.longBitsToDouble(in.readLong());
        return new FittedLinearModel(names, coef, intercept, in.readInt());
    }
}
