package io.stratum.runtime.kernels.classify;

import io.stratum.runtime.data.FeatureMatrix;

/** A fitted logistic regression: one coefficient row for two classes (the second class's), else one per class. */
public final class FittedLogisticRegression implements FittedClassifier, io.stratum.runtime.cache.Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedLogisticRegression/1";

    private final ClassLabels classes;
    private final double[][] coef;
    private final double[] intercept;
    private final int iterations;

    FittedLogisticRegression(ClassLabels classes, double[][] coef, double[] intercept, int iterations) {
        this.classes = classes;
        this.coef = coef;
        this.intercept = intercept;
        this.iterations = iterations;
    }

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        classes.writeTo(out);
        out.writeInt(coef.length);
        for (double[] row : coef) {
            io.stratum.runtime.cache.StoredArrays.writeDoubles(out, row);
        }
        io.stratum.runtime.cache.StoredArrays.writeDoubles(out, intercept);
        out.writeInt(iterations);
    }

    /** Rebuilds a model written by {@link #writeTo}. */
    public static FittedLogisticRegression readFrom(java.io.DataInput in) throws java.io.IOException {
        ClassLabels classes = ClassLabels.readFrom(in);
        int rows = in.readInt();
        if (rows < 1) {
            throw new java.io.IOException("bad coefficient rows " + rows);
        }
        double[][] coef = new double[rows][];
        for (int r = 0; r < rows; r++) {
            coef[r] = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
            if (coef[r] == null || coef[r].length != coef[0].length) {
                throw new java.io.IOException("bad coefficient row " + r);
            }
        }
        double[] intercept = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
        if (intercept == null || intercept.length != rows) {
            throw new java.io.IOException("bad intercepts");
        }
        return new FittedLogisticRegression(classes, coef, intercept, in.readInt());
    }

    @Override
    public ClassLabels classes() {
        return classes;
    }

    /** scikit-learn's {@code coef_[row][feature]}. */
    public double coef(int row, int feature) {
        return coef[row][feature];
    }

    /** scikit-learn's {@code intercept_[row]}. */
    public double intercept(int row) {
        return intercept[row];
    }

    /** The L-BFGS iterations the fit took. */
    public int iterations() {
        return iterations;
    }

    @Override
    public double[][] decisions(FeatureMatrix x) {
        int n = x.rows();
        double[][] out = new double[coef.length][n];
        for (int o = 0; o < coef.length; o++) {
            double[] z = out[o];
            java.util.Arrays.fill(z, intercept[o]);
            for (int j = 0; j < x.cols(); j++) {
                x.addScaledColumn(j, coef[o][j], z);
            }
        }
        return out;
    }

    @Override
    public double[][] probabilities(FeatureMatrix x) {
        double[][] z = decisions(x);
        int n = x.rows();
        if (z.length == 1) {
            double[] p1 = new double[n];
            double[] p0 = new double[n];
            for (int i = 0; i < n; i++) {
                p1[i] = 1.0 / (1.0 + Math.exp(-z[0][i]));
                p0[i] = 1.0 - p1[i];
            }
            return new double[][] {p0, p1};
        }
        int k = z.length;
        for (int i = 0; i < n; i++) {
            double max = z[0][i];
            for (int c = 1; c < k; c++) {
                max = Math.max(max, z[c][i]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                z[c][i] = Math.exp(z[c][i] - max);
                sum += z[c][i];
            }
            for (int c = 0; c < k; c++) {
                z[c][i] /= sum;
            }
        }
        return z;
    }

    @Override
    public int[] predict(FeatureMatrix x) {
        double[][] z = decisions(x);
        return z.length == 1 ? FittedClassifier.positive(z[0]) : FittedClassifier.argmax(z, x.rows());
    }
}
