package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.cache.StoredArrays;
import io.stratum.runtime.data.FeatureMatrix;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * The trees of a fitted histogram gradient boosting model and its baseline: raw predictions are the baseline plus
 * each iteration's trees, added in order as scikit-learn adds them. With categorical features, the input is first
 * ordinal-encoded and reordered as in fit ({@link CategoricalEncoding}).
 */
public final class FittedBoosting {
    private final double[] baseline;
    private final TreePredictor[][] trees;
    private final int features;
    /** The ordinal encoding of the categorical features (null when none is categorical). */
    private final CategoricalEncoding encoding;

    FittedBoosting(double[] baseline, List<TreePredictor[]> trees, int features, CategoricalEncoding encoding) {
        this.baseline = baseline;
        this.trees = trees.toArray(new TreePredictor[0][]);
        this.features = features;
        this.encoding = encoding;
    }

    /** {@code n_iter_}: the boosting iterations kept. */
    public int iterations() {
        return trees.length;
    }

    /** Raw predictions {@code [tree][row]}, computed in parallel over blocks of rows. */
    double[][] raw(FeatureMatrix x, Parallel parallel) {
        if (x.cols() != features) {
            throw new io.stratum.runtime.data.DataException("X has " + x.cols() + " features, but the model was fitted"
                    + " with " + features + " features");
        }
        FeatureMatrix input = encoding == null ? x : encoding.apply(x);
        int n = x.rows();
        double[][] out = new double[baseline.length][n];
        for (int k = 0; k < baseline.length; k++) {
            java.util.Arrays.fill(out[k], baseline[k]);
        }
        parallel.forBlocks(n, 4096, (from, to) -> {
            for (TreePredictor[] iteration : trees) {
                for (int k = 0; k < iteration.length; k++) {
                    iteration[k].addTo(input, from, to, out[k]);
                }
            }
        });
        return out;
    }

    int features() {
        return features;
    }

    /** The total number of leaves, for tests and EXPLAIN-like summaries. */
    public int leafCount() {
        int leaves = 0;
        for (TreePredictor[] iteration : trees) {
            for (TreePredictor t : iteration) {
                leaves += t.leafCount();
            }
        }
        return leaves;
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeInt(features);
        StoredArrays.writeDoubles(out, baseline);
        out.writeInt(trees.length);
        for (TreePredictor[] iteration : trees) {
            for (TreePredictor t : iteration) {
                t.writeTo(out);
            }
        }
        out.writeBoolean(encoding != null);
        if (encoding != null) {
            encoding.writeTo(out);
        }
    }

    static FittedBoosting readFrom(DataInput in) throws IOException {
        int features = in.readInt();
        double[] baseline = StoredArrays.readDoubles(in);
        int iterations = in.readInt();
        if (features < 0 || baseline == null || baseline.length == 0 || iterations < 0) {
            throw new IOException("bad boosting header");
        }
        List<TreePredictor[]> trees = new java.util.ArrayList<>(iterations);
        for (int it = 0; it < iterations; it++) {
            TreePredictor[] iteration = new TreePredictor[baseline.length];
            for (int k = 0; k < iteration.length; k++) {
                iteration[k] = TreePredictor.readFrom(in);
            }
            trees.add(iteration);
        }
        CategoricalEncoding encoding = in.readBoolean() ? CategoricalEncoding.readFrom(in) : null;
        return new FittedBoosting(baseline, trees, features, encoding);
    }
}
