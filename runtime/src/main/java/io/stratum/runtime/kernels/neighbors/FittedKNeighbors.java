package io.stratum.runtime.kernels.neighbors;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import java.util.List;

/**
 * The immutable state of a fitted k-nearest-neighbours model: the training rows (row-major) and targets (class
 * positions for a classifier), searched as scikit-learn searches them for the {@code algorithm} it resolves: a k-d
 * tree ({@link KdTree}; {@code algorithm="auto"} with at most 15 features and fewer neighbours than half the rows, or
 * {@code "kd_tree"}), else by brute force over every training row with scikit-learn's expanded distances. The two
 * differ only in which of several equally distant rows become neighbours and in the last bits of distances.
 */
public final class FittedKNeighbors implements io.stratum.runtime.cache.Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedKNeighbors/2";

    private final List<String> featureNames;
    private final int rows;
    private final int cols;
    private final double[] train;
    private final double[] trainNorms;
    private final double[] y;
    private final int k;
    private final boolean distanceWeights;
    /** The leaf size of the k-d tree searched, or 0 for brute force. */
    private final int leafSize;
    private final KdTree tree;

    FittedKNeighbors(List<String> featureNames, int rows, int cols, double[] train, double[] trainNorms, double[] y,
                     int k, boolean distanceWeights, int leafSize) {
        this.featureNames = List.copyOf(featureNames);
        this.rows = rows;
        this.cols = cols;
        this.train = train;
        this.trainNorms = trainNorms;
        this.y = y;
        this.k = k;
        this.distanceWeights = distanceWeights;
        this.leafSize = leafSize;
        // built again when read back from the cache: the same rows give the same tree
        this.tree = leafSize > 0 ? new KdTree(train, rows, cols, leafSize) : null;
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
        out.writeInt(leafSize);
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
        int leafSize = in.readInt();
        if (cols != names || rows < 0 || train == null || train.length != (long) rows * cols || trainNorms == null
                || trainNorms.length != rows || y == null || y.length != rows || k < 1 || leafSize < 0) {
            throw new java.io.IOException("inconsistent nearest-neighbours state");
        }
        return new FittedKNeighbors(featureNames, rows, cols, train, trainNorms, y, k, distanceWeights, leafSize);
    }

    /** Whether queries search a k-d tree (scikit-learn's {@code kd_tree}) rather than every row. */
    public boolean searchesTree() {
        return tree != null;
    }

    /**
     * The mean target of the {@code k} nearest training rows, or with distance weights the {@code 1/d} weighted
     * mean; a query that coincides with training rows takes the mean of those rows only, as scikit-learn does. The
     * sums are numpy's ({@code np.mean}, {@code np.sum} along the neighbours) in the neighbours' order.
     */
    public double[] predict(FeatureMatrix x) {
        double[] out = new double[x.rows()];
        search(x, "KNeighborsRegressor", (a, squared, order, found) -> {
            double[] targets = new double[found];
            for (int i = 0; i < found; i++) {
                targets[i] = y[order[i]];
            }
            if (!distanceWeights) {
                out[a] = io.stratum.runtime.kernels.NumpySums.sum(targets) / found;
                return;
            }
            double[] w = weights(squared, found);
            double[] products = new double[found];
            for (int i = 0; i < found; i++) {
                products[i] = targets[i] * w[i];
            }
            out[a] = io.stratum.runtime.kernels.NumpySums.sum(products) / io.stratum.runtime.kernels.NumpySums.sum(w);
        });
        return out;
    }

    /**
     * scikit-learn's {@code predict_proba} when the targets are class positions: per class, the share of the
     * neighbours' weights (1 each, or {@code 1/d} with distance weights, exact matches alone when there are any),
     * added per class in the neighbours' order and divided by numpy's sum of the classes' totals.
     */
    public double[][] classShares(FeatureMatrix x, int classes) {
        double[][] out = new double[classes][x.rows()];
        double[] totals = new double[classes];
        search(x, "KNeighborsClassifier", (a, squared, order, found) -> {
            double[] w = weights(squared, found);
            java.util.Arrays.fill(totals, 0.0);
            for (int i = 0; i < found; i++) {
                totals[(int) y[order[i]]] += w[i];
            }
            double total = io.stratum.runtime.kernels.NumpySums.sum(totals);
            // Like scikit-learn, a row whose weights sum to 0 is left as it is rather than divided by 0.
            double normalizer = total == 0.0 ? 1.0 : total;
            for (int c = 0; c < classes; c++) {
                out[c][a] = totals[c] / normalizer;
            }
        });
        return out;
    }

    /** What is done with the nearest rows of query {@code a}: rows {@code order[0, found)} at {@code squared[i]}. */
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
        double[] query = new double[cols];
        double[] squared = new double[k];
        int[] order = new int[k];
        double[] dist = tree == null ? new double[rows] : null;
        for (int a = 0; a < q; a++) {
            for (int j = 0; j < cols; j++) {
                query[j] = data[j * q + a];
            }
            if (tree != null) {
                tree.query(query, k, squared, order);
                visitor.visit(a, squared, order, k);
                continue;
            }
            double queryNorm = 0.0;
            for (int j = 0; j < cols; j++) {
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
                double sq = queryNorm + -2.0 * dot + trainNorms[b];
                dist[b] = sq < 0 ? 0.0 : sq;
            }
            int found = nearest(dist, order);
            for (int i = 0; i < found; i++) {
                squared[i] = dist[order[i]];
            }
            visitor.visit(a, squared, order, found);
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
            NeighbourHeap.push(heapValues, heapIndices, k, dist[b], b);
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

    /**
     * Each neighbour's weight: 1 when uniform, else {@code 1/d}, or only exact matches (1) when there are any, as
     * scikit-learn's {@code _get_weights} gives them.
     */
    private double[] weights(double[] squared, int found) {
        double[] w = new double[found];
        if (!distanceWeights) {
            java.util.Arrays.fill(w, 1.0);
            return w;
        }
        boolean exact = false;
        for (int i = 0; i < found; i++) {
            if (squared[i] == 0.0) {
                exact = true;
                break;
            }
        }
        for (int i = 0; i < found; i++) {
            double d = Math.sqrt(squared[i]);
            w[i] = exact ? (d == 0.0 ? 1.0 : 0.0) : 1.0 / d;
        }
        return w;
    }
}
