package io.stratum.runtime.kernels.classify;

import io.stratum.runtime.data.FeatureMatrix;

/** A fitted logistic regression: one coefficient row for two classes (the second class's), else one per class. */
public final class FittedLogisticRegression implements FittedClassifier, io.stratum.runtime.cache.Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedLogisticRegression/2";

    private final ClassLabels classes;
    private final double[][] coef;
    private final double[] intercept;
    private final int iterations;
    /**
     * Whether it was fitted on a float32 X: scikit-learn's coefficients are then float32, and it answers in float32
     * (decisions by {@code sgemv}, probabilities by float32 {@code expit} or softmax).
     */
    private final boolean float32;

    FittedLogisticRegression(ClassLabels classes, double[][] coef, double[] intercept, int iterations,
                             boolean float32) {
        this.classes = classes;
        this.coef = coef;
        this.intercept = intercept;
        this.iterations = iterations;
        this.float32 = float32;
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
        out.writeBoolean(float32);
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
        return new FittedLogisticRegression(classes, coef, intercept, in.readInt(), in.readBoolean());
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
        if (float32) {
            return decisionsFloat32(x);
        }
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

    /** {@code X @ coef_.T + intercept_} in float32, as scikit-learn computes it for a float32 X. */
    private double[][] decisionsFloat32(FeatureMatrix x) {
        int n = x.rows();
        double[][] out = new double[coef.length][n];
        for (int o = 0; o < coef.length; o++) {
            float[] w = new float[coef[o].length];
            for (int j = 0; j < w.length; j++) {
                w[j] = (float) coef[o][j];
            }
            float[] z = new float[n];
            x.multiplyRowsFloat32(w, z, 0, n);
            float b = (float) intercept[o];
            for (int i = 0; i < n; i++) {
                out[o][i] = z[i] + b;
            }
        }
        return out;
    }

    /**
     * scikit-learn's probabilities for a float32 X: {@code expit} of the float32 decision and {@code 1 - p} in float32,
     * or its softmax ({@code utils.extmath.softmax}) in float32.
     */
    private double[][] probabilitiesFloat32(FeatureMatrix x) {
        double[][] z = decisions(x);
        int n = x.rows();
        if (z.length == 1) {
            double[] p1 = new double[n];
            double[] p0 = new double[n];
            for (int i = 0; i < n; i++) {
                float p = (float) (1.0 / (1.0 + Math.exp(-z[0][i])));
                p1[i] = p;
                p0[i] = 1f - p;
            }
            return new double[][] {p0, p1};
        }
        int k = z.length;
        float[] e = new float[k];
        for (int i = 0; i < n; i++) {
            float max = (float) z[0][i];
            for (int c = 1; c < k; c++) {
                max = Math.max(max, (float) z[c][i]);
            }
            float sum = 0f;
            for (int c = 0; c < k; c++) {
                e[c] = (float) Math.exp((float) z[c][i] - max);
                sum += e[c];
            }
            for (int c = 0; c < k; c++) {
                z[c][i] = e[c] / sum;
            }
        }
        return z;
    }

    @Override
    public double[][] probabilities(FeatureMatrix x) {
        if (float32) {
            return probabilitiesFloat32(x);
        }
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
