package io.stratum.runtime.kernels.classify;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DistinctFeatureRows;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.optimize.Lbfgs;
import io.stratum.runtime.kernels.parallel.RowChunks;

/**
 * scikit-learn's {@code LogisticRegression(solver='lbfgs', penalty='l2')}: minimizes the weighted mean log loss
 * plus {@code ||w||² / (2 C Σ weights)} (intercepts unpenalized), binomial for two classes and multinomial
 * (one coefficient row per class) for more, from zero coefficients.
 *
 * <p>The solver is scipy's L-BFGS-B as scikit-learn runs it ({@link Lbfgs}: 10 correction pairs, {@code gtol = tol}
 * on the largest gradient entry, {@code ftol = 64 eps} on the relative reduction, at most 50 line-search evaluations
 * per iteration, {@code max_iter} iterations), so it takes the same steps and stops at the same iteration; what
 * differs is rounding (the order of the sums in the loss and its gradient, L-BFGS-B's compact form of the step
 * against the two-loop recursion here), so coefficients agree to scikit-learn's own optimization error, about
 * {@code tol / curvature}, not to the last bits.
 *
 * <p>The loss is a weighted sum over rows; when many rows are equal (a one-hot design of a few categorical columns)
 * it is summed over the distinct rows, each weighted by the summed sample weights of every label among its repeats.
 */
public final class LogisticRegressionKernel {
    /** scipy's {@code factr} for scikit-learn's {@code ftol = 64 * np.finfo(float).eps}. */
    static final double FACTR = 64;
    /** scikit-learn's {@code maxls}. */
    static final int MAX_LINE_SEARCH = 50;
    /**
     * The share of repeated rows from which the loss runs over the distinct rows: finding them is one pass over the
     * design, about one evaluation of the loss, which a fit repeats at every iteration.
     */
    static final double MIN_REPEATED_SHARE = 0.25;
    /** Rows per parallel block of the loss and its gradient (fixed, so the sums are the same bits on any machine). */
    static final int BLOCK = 4096;

    private LogisticRegressionKernel() {
    }

    public static FittedLogisticRegression fit(FeatureMatrix x, ClassLabels classes, int[] codes,
                                               LogisticRegressionParams params) {
        return fit(x, classes, codes, params, MIN_REPEATED_SHARE, null);
    }

    /**
     * The fit with {@code fit(X, y, sample_weight=w)}'s weights: as scikit-learn 1.9, each row weighs its sample weight
     * times its class weight ("balanced" then from the weighted class counts, {@code compute_class_weight(...,
     * sample_weight=w)}), and the penalty is scaled by the sum of those products.
     */
    public static FittedLogisticRegression fit(FeatureMatrix x, ClassLabels classes, int[] codes,
                                               LogisticRegressionParams params, double[] w) {
        return fit(x, classes, codes, params, MIN_REPEATED_SHARE, w);
    }

    static FittedLogisticRegression fit(FeatureMatrix x, ClassLabels classes, int[] codes,
                                        LogisticRegressionParams params, double minRepeatedShare) {
        return fit(x, classes, codes, params, minRepeatedShare, null);
    }

    /**
     * The fit, evaluating the loss over the distinct rows of {@code x} when at least {@code minRepeatedShare} of its
     * rows repeat an earlier one (0: always, above 1: never; tests compare the two paths).
     */
    static FittedLogisticRegression fit(FeatureMatrix x, ClassLabels classes, int[] codes,
                                        LogisticRegressionParams params, double minRepeatedShare, double[] w) {
        int n = x.rows();
        int p = x.cols();
        int k = classes.count();
        if (k < 2) {
            throw new DataException("LogisticRegression needs samples of at least 2 classes in the data, but the"
                    + " training rows contain only one class: " + classes.displayName(0));
        }
        if (params.float32()) {
            return fitFloat32(x, classes, codes, params, minRepeatedShare, w);
        }
        double[] classWeight = w != null && params.classWeight() instanceof ClassWeights.Balanced
                ? ClassWeights.balancedWeighted(k, codes, w) : params.classWeight().perClass(classes, codes);
        double weightSum = 0;
        for (int i = 0; i < n; i++) {
            weightSum += w == null ? classWeight[codes[i]] : w[i] * classWeight[codes[i]];
        }
        // The loss is a weighted sum over rows, so rows with equal features are one term weighted by the labels they
        // carry: only the order of the sums changes (scikit-learn stops at the same iteration on the benchmark design).
        DistinctFeatureRows groups = DistinctFeatureRows.of(x, minRepeatedShare);
        FeatureMatrix design = groups == null ? x : groups.distinct();
        double[] labelWeight = new double[design.rows() * k];
        for (int i = 0; i < n; i++) {
            labelWeight[(groups == null ? i : groups.rowOf()[i]) * k + codes[i]] += w == null ? classWeight[codes[i]]
                    : w[i] * classWeight[codes[i]];
        }
        double l2 = 1.0 / (params.c() * weightSum);
        int outputs = k == 2 ? 1 : k;
        int width = p + (params.fitIntercept() ? 1 : 0);
        Lbfgs.Objective objective = k == 2
                ? new Binomial(design, design.rows(), p, params.fitIntercept(), labelWeight, weightSum, l2)
                : new Multinomial(design, design.rows(), p, k, params.fitIntercept(), labelWeight, weightSum, l2);
        // scipy's default memory of 10 correction pairs, as scikit-learn runs it.
        Lbfgs.Result r = Lbfgs.minimize(objective, new double[outputs * width], 10, params.tol(), FACTR,
                params.maxIter(), MAX_LINE_SEARCH);
        double[][] coef = new double[outputs][p];
        double[] intercept = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            System.arraycopy(r.x(), o * width, coef[o], 0, p);
            intercept[o] = params.fitIntercept() ? r.x()[o * width + p] : 0.0;
        }
        return new FittedLogisticRegression(classes, coef, intercept, r.iterations(), false);
    }

    /**
     * The fit on a float32 X ({@link Float32LogisticLoss}): scikit-learn's sample weights are float32 too
     * ({@code _check_sample_weight(dtype=X.dtype)}), multiplied by the class weights in float32, and the penalty is
     * scaled by their float32 sum; the coefficients it returns are float32.
     */
    private static FittedLogisticRegression fitFloat32(FeatureMatrix x, ClassLabels classes, int[] codes,
                                                       LogisticRegressionParams params, double minRepeatedShare,
                                                       double[] w) {
        int n = x.rows();
        int p = x.cols();
        int k = classes.count();
        double[] w32 = null;
        if (w != null) {
            w32 = new double[n];
            for (int i = 0; i < n; i++) {
                w32[i] = (float) w[i];
            }
        }
        float[] sw = null;
        float swSum = n;
        if (w != null || !(params.classWeight() instanceof ClassWeights.Uniform)) {
            double[] classWeight = w32 != null && params.classWeight() instanceof ClassWeights.Balanced
                    ? ClassWeights.balancedWeighted(k, codes, w32) : params.classWeight().perClass(classes, codes);
            sw = new float[n];
            for (int i = 0; i < n; i++) {
                sw[i] = (w32 == null ? 1f : (float) w32[i]) * (float) classWeight[codes[i]];
            }
            swSum = io.stratum.runtime.kernels.NumpySums.sum(sw);
        }
        DistinctFeatureRows groups = DistinctFeatureRows.of(x, minRepeatedShare);
        Float32LogisticLoss.Rows rows = new Float32LogisticLoss.Rows(groups == null ? x : groups.distinct(),
                groups == null ? null : groups.rowOf(), n, codes, sw, swSum);
        double l2 = 1.0 / (params.c() * (double) swSum);
        int outputs = k == 2 ? 1 : k;
        int width = p + (params.fitIntercept() ? 1 : 0);
        Lbfgs.Objective objective = k == 2 ? new Float32LogisticLoss.Binomial(rows, p, params.fitIntercept(), l2)
                : new Float32LogisticLoss.Multinomial(rows, p, k, params.fitIntercept(), l2);
        Lbfgs.Result r = Lbfgs.minimize(objective, new double[outputs * width], 10, params.tol(), FACTR,
                params.maxIter(), MAX_LINE_SEARCH);
        double[][] coef = new double[outputs][p];
        double[] intercept = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            for (int j = 0; j < p; j++) {
                coef[o][j] = (float) r.x()[o * width + j];
            }
            intercept[o] = params.fitIntercept() ? (float) r.x()[o * width + p] : 0.0;
        }
        return new FittedLogisticRegression(classes, coef, intercept, r.iterations(), true);
    }

    /**
     * {@code grad[j] = x[:, j] . r + l2 * theta[j]} for the features of one coefficient row at {@code offset},
     * computed in parallel column blocks (each entry is one column's dot product, the same bits in any order).
     */
    private static void featureGradient(FeatureMatrix x, int p, double[] r, double[] theta, double[] grad, int offset,
                                        double l2) {
        RowChunks.forEach(p, 64, (block, from, to) -> {
            for (int j = from; j < to; j++) {
                grad[offset + j] = x.dotColumn(j, r) + l2 * theta[offset + j];
            }
        });
    }

    /** The sum of {@code partials} in block order. */
    private static double sum(double[] partials) {
        double s = 0;
        for (double v : partials) {
            s += v;
        }
        return s;
    }

    /**
     * Half binomial loss with the linear predictor of one coefficient row, over rows that each carry the summed weight
     * of their label-0 and label-1 samples ({@code labelWeight[2i]}, {@code labelWeight[2i + 1]}). The rows run in
     * parallel blocks ({@link RowChunks} of {@value #BLOCK}); the loss and the intercept's gradient are summed per
     * block, then over the blocks in order, so the result does not depend on the number of threads.
     */
    private record Binomial(FeatureMatrix x, int n, int p, boolean intercept, double[] labelWeight, double wSum,
                            double l2) implements Lbfgs.Objective {
        @Override
        public double valueAndGradient(double[] theta, double[] grad) {
            double[] r = new double[n];
            double b = intercept ? theta[p] : 0.0;
            int blocks = RowChunks.count(n, BLOCK);
            double[] losses = new double[blocks];
            double[] residuals = new double[blocks];
            RowChunks.forEach(n, BLOCK, (block, from, to) -> {
                java.util.Arrays.fill(r, from, to, b);
                x.multiplyRows(theta, r, from, to);
                double loss = 0;
                double rs = 0;
                for (int i = from; i < to; i++) {
                    double zi = r[i];
                    double negative = labelWeight[2 * i];
                    double positive = labelWeight[2 * i + 1];
                    // log(1 + e^z) for label 0 and log(1 + e^-z) for label 1, and both class probabilities, from one
                    // exp(-|z|): no overflow for large |z|, and no cancellation between the two labels' terms.
                    double e = Math.exp(zi > 0 ? -zi : zi);
                    double log1p = Math.log1p(e);
                    loss += negative * (Math.max(zi, 0.0) + log1p) + positive * (Math.max(-zi, 0.0) + log1p);
                    double prob = zi > 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
                    double probNegative = zi > 0 ? e / (1.0 + e) : 1.0 / (1.0 + e);
                    r[i] = (negative * prob - positive * probNegative) / wSum;
                    rs += r[i];
                }
                losses[block] = loss;
                residuals[block] = rs;
            });
            featureGradient(x, p, r, theta, grad, 0, l2);
            double penalty = 0;
            for (int j = 0; j < p; j++) {
                penalty += theta[j] * theta[j];
            }
            if (intercept) {
                grad[p] = sum(residuals);
            }
            return sum(losses) / wSum + 0.5 * l2 * penalty;
        }
    }

    /**
     * Multinomial loss: softmax over one linear predictor per class, over rows that each carry the summed weight of
     * their samples of every class ({@code labelWeight[i k + c]}), in parallel blocks as {@link Binomial}.
     */
    private record Multinomial(FeatureMatrix x, int n, int p, int k, boolean intercept, double[] labelWeight,
                               double wSum, double l2) implements Lbfgs.Objective {
        @Override
        public double valueAndGradient(double[] theta, double[] grad) {
            int width = p + (intercept ? 1 : 0);
            double[][] z = new double[k][n];
            int blocks = RowChunks.count(n, BLOCK);
            double[] losses = new double[blocks];
            double[][] residuals = new double[k][blocks];
            RowChunks.forEach(n, BLOCK, (block, from, to) -> {
                for (int c = 0; c < k; c++) {
                    double[] coef = java.util.Arrays.copyOfRange(theta, c * width, c * width + p);
                    java.util.Arrays.fill(z[c], from, to, intercept ? theta[c * width + p] : 0.0);
                    x.multiplyRows(coef, z[c], from, to);
                }
                double loss = 0;
                for (int i = from; i < to; i++) {
                    double max = z[0][i];
                    for (int c = 1; c < k; c++) {
                        max = Math.max(max, z[c][i]);
                    }
                    double sum = 0;
                    for (int c = 0; c < k; c++) {
                        sum += Math.exp(z[c][i] - max);
                    }
                    double logSum = max + Math.log(sum);
                    double total = 0;
                    for (int c = 0; c < k; c++) {
                        double wc = labelWeight[i * k + c];
                        if (wc != 0) {
                            loss += wc * (logSum - z[c][i]);
                            total += wc;
                        }
                    }
                    // z becomes the weighted residual (W_i p_ic - W_ic) / Σw, reusing its storage.
                    for (int c = 0; c < k; c++) {
                        double prob = Math.exp(z[c][i] - logSum);
                        z[c][i] = (total * prob - labelWeight[i * k + c]) / wSum;
                        residuals[c][block] += z[c][i];
                    }
                }
                losses[block] = loss;
            });
            double penalty = 0;
            for (int c = 0; c < k; c++) {
                featureGradient(x, p, z[c], theta, grad, c * width, l2);
                for (int j = 0; j < p; j++) {
                    double coef = theta[c * width + j];
                    penalty += coef * coef;
                }
                if (intercept) {
                    grad[c * width + p] = sum(residuals[c]);
                }
            }
            return sum(losses) / wSum + 0.5 * l2 * penalty;
        }
    }
}
