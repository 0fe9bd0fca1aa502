package io.stratum.runtime.kernels.neighbors;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import java.util.List;

/**
 * The immutable state of a fitted k-nearest-neighbours model: the training rows (row-major) and targets (class
 * positions for a classifier), which brute-force search compares every query against.
 */
public final class FittedKNeighbors implements io.stratum.runtime.cache.Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedKNeighbors/1";

    private final List<String> featureNames;
    private final int rows;
    private final int cols;
    private final double[] train;
    private final double[] trainNorms;
    private final double[] y;
    private final int k;
    private final boolean distanceWeights;

    FittedKNeighbors(List<String> featureNames, int rows, int cols, double[] train, double[] trainNorms, double[] y,
                     int k, boolean distanceWeights) {
        this.featureNames = List.copyOf(featureNames);
        this.rows = rows;
        this.cols = cols;
        this.train = train;
        this.trainNorms = trainNorms;
        this.y = y;
        this.k = k;
        this.distanceWeights = distanceWeights;
    }

    public int neighbours() {
        return k;
    }

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(featureNames.size());
        for (String name : featureNames) {
            out.writeUTF(name);
        }
        out.writeInt(rows);
        out.writeInt(cols);
        io.stratum.runtime.cache.StoredArrays.writeDoubles(out, train);
        io.stratum.runtime.cache.StoredArrays.writeDoubles(out, trainNorms);
        io.stratum.runtime.cache.StoredArrays.writeDoubles(out, y);
        out.writeInt(k);
        out.writeBoolean(distanceWeights);
    }

    /** Rebuilds a model written by {@link #writeTo}. */
    public static FittedKNeighbors readFrom(java.io.DataInput in) throws java.io.IOException {
        int names = in.readInt();
        if (names < 0) {
            throw new java.io.IOException("bad feature count " + names);
        }
        List<String> featureNames = new java.util.ArrayList<>(names);
        for (int i = 0; i < names; i++) {
            featureNames.add(in.readUTF());
        }
        int rows = in.readInt();
        int cols = in.readInt();
        double[] train = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
        double[] trainNorms = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
        double[] y = io.stratum.runtime.cache.StoredArrays.readDoubles(in);
        int k = in.readInt();
        boolean distanceWeights = in.readBoolean();
        if (cols != names || rows < 0 || train == null || train.length != (long) rows * cols || trainNorms == null
                || trainNorms.length != rows || y == null || y.length != rows || k < 1) {
            throw new java.io.IOException("inconsistent nearest-neighbours state");
        }
        return new FittedKNeighbors(featureNames, rows, cols, train, trainNorms, y, k, distanceWeights);
    }

    /**
     * The mean target of the {@code k} nearest training rows, or with distance weights the {@code 1/d} weighted
     * mean; a query that coincides with training rows takes the mean of those rows only, as scikit-learn does.
     */
    public double[] predict(FeatureMatrix x) {
        double[] out = new double[x.rows()];
        search(x, "KNeighborsRegressor", (a, dist, order, found) ->
                out[a] = distanceWeights ? weighted(dist, order, found) : uniform(order, found));
        return out;
    }

    /**
     * scikit-learn's {@code predict_proba} when the targets are class positions: per class, the share of the
     * neighbours' weights (1 each, or {@code 1/d} with distance weights, exact matches alone when there are any).
     */
    public double[][] classShares(FeatureMatrix x, int classes) {
        double[][] out = new double[classes][x.rows()];
        search(x, "KNeighborsClassifier", (a, dist, order, found) -> {
            double[] w = weights(dist, order, found);
            double total = 0.0;
            for (int i = 0; i < found; i++) {
                out[(int) y[order[i]]][a] += w[i];
                total += w[i];
            }
            // Like scikit-learn, a row whose weights sum to 0 is left as it is rather than divided by 0.
            double normalizer = total == 0.0 ? 1.0 : total;
            for (int c = 0; c < classes; c++) {
                out[c][a] /= normalizer;
            }
        });
        return out;
    }

    /** What is done with the nearest rows of query {@code a}: the first {@code found} entries of {@code order}. */
    private interface NeighbourVisitor {
        void visit(int a, double[] squaredDistances, int[] order, int found);
    }

    private void search(FeatureMatrix x, String estimator, NeighbourVisitor visitor) {
        if (!x.featureNames().equals(featureNames)) {
            throw new DataException(estimator + " was fitted on features " + featureNames + " but predict got "
                    + x.featureNames() + "; build the test matrix with the same columns in the same order");
        }
        int q = x.rows();
        double[] data = x.toColumnMajorArray();
        double[] dist = new double[rows];
        int[] order = new int[rows];
        double[] query = new double[cols];
        for (int a = 0; a < q; a++) {
            double queryNorm = 0.0;
            for (int j = 0; j < cols; j++) {
                query[j] = data[j * q + a];
                queryNorm += query[j] * query[j];
            }
            for (int b = 0; b < rows; b++) {
                // scikit-learn's brute force expands ||x - y||^2 = ||x||^2 - 2 x.y + ||y||^2 and clips at 0; doing
                // the same keeps equal-distance ties and the distance weights on its side of rounding.
                double dot = 0.0;
                int base = b * cols;
                for (int j = 0; j < cols; j++) {
                    dot += query[j] * train[base + j];
                }
                double squared = queryNorm + -2.0 * dot + trainNorms[b];
                dist[b] = squared < 0 ? 0.0 : squared;
            }
            visitor.visit(a, dist, order, nearest(dist, order));
        }
    }

    /**
     * Puts the indices of the k smallest distances first in {@code order}, sorted by distance then index. Which rows
     * make the k when several are equally far at the boundary follows scikit-learn's selection: its bounded max-heap
     * ({@code sklearn.utils._heap.heap_push}) fed the training rows in order, which keeps an earlier row over a later
     * equal one but may evict any of the equal rows at its root.
     */
    private int nearest(double[] dist, int[] order) {
        double[] heapValues = new double[k];
        int[] heapIndices = new int[k];
        java.util.Arrays.fill(heapValues, Double.MAX_VALUE);
        java.util.Arrays.fill(heapIndices, -1);
        for (int b = 0; b < rows; b++) {
            heapPush(heapValues, heapIndices, dist[b], b);
        }
        int found = 0;
        for (int i = 0; i < k; i++) {
            if (heapIndices[i] < 0) {
                continue;
            }
            int b = heapIndices[i];
            int pos = found++;
            while (pos > 0 && (dist[b] < dist[order[pos - 1]] || (dist[b] == dist[order[pos - 1]] && b < order[pos - 1]))) {
                order[pos] = order[pos - 1];
                pos--;
            }
            order[pos] = b;
        }
        return found;
    }

    private void heapPush(double[] values, int[] indices, double value, int index) {
        if (value >= values[0]) {
            return;
        }
        int current = 0;
        while (true) {
            int left = 2 * current + 1;
            int right = left + 1;
            int swap;
            if (left >= k) {
                break;
            } else if (right >= k) {
                if (values[left] > value) {
                    swap = left;
                } else {
                    break;
                }
            } else if (values[left] >= values[right]) {
                if (value < values[left]) {
                    swap = left;
                } else {
                    break;
                }
            } else if (value < values[right]) {
                swap = right;
            } else {
                break;
            }
            values[current] = values[swap];
            indices[current] = indices[swap];
            current = swap;
        }
        values[current] = value;
        indices[current] = index;
    }

    private double uniform(int[] order, int found) {
        double s = 0.0;
        for (int i = 0; i < found; i++) {
            s += y[order[i]];
        }
        return s / found;
    }

    private double weighted(double[] squared, int[] order, int found) {
        double[] w = weights(squared, order, found);
        double num = 0.0;
        double den = 0.0;
        for (int i = 0; i < found; i++) {
            num += y[order[i]] * w[i];
            den += w[i];
        }
        return num / den;
    }

    /** Each neighbour's weight: 1 when uniform, else {@code 1/d}, or only exact matches (1) when there are any. */
    private double[] weights(double[] squared, int[] order, int found) {
        double[] w = new double[found];
        if (!distanceWeights) {
            java.util.Arrays.fill(w, 1.0);
            return w;
        }
        boolean exact = false;
        for (int i = 0; i < found; i++) {
            if (squared[order[i]] == 0.0) {
                exact = true;
                break;
            }
        }
        for (int i = 0; i < found; i++) {
            double d = Math.sqrt(squared[order[i]]);
            w[i] = exact ? (d == 0.0 ? 1.0 : 0.0) : 1.0 / d;
        }
        return w;
    }
}
