package io.stratum.runtime.kernels.forest;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * scikit-learn's depth-first tree growing with its best splitter on dense data ({@code DepthFirstTreeBuilder},
 * {@code node_split_best}, {@code DensePartitioner} in {@code sklearn/tree}), ported step for step: the same
 * Fisher-Yates draw of candidate features with the same constant-feature bookkeeping and generator, the same
 * introsort of float32 values, the same criterion sums and the same midpoint thresholds, so a tree grown from the
 * same weights and seed is the same tree. Samples of weight zero (not drawn by the bootstrap) are left out, as
 * scikit-learn's splitter leaves them out. With {@code max_leaf_nodes}, trees grow best-first as
 * {@code BestFirstTreeBuilder} grows them (see {@link #buildBestFirst}).
 *
 * <p>Missing values (NaN) are handled as scikit-learn 1.9's {@code DensePartitioner} handles them in the features the
 * forest saw missing values in: they are kept after the sorted values, every split is searched twice (missing rows
 * going right, where "all missing rows on the right" is a split of its own with an infinite threshold, then going
 * left after the missing block is moved in front), and each split records where missing rows go; a split on a
 * feature with no missing rows in the node sends them, at prediction, to the child that had more training rows.
 */
final class TreeBuilder {
    /** scikit-learn's {@code FEATURE_THRESHOLD}: values closer than this count as equal. */
    private static final double FEATURE_THRESHOLD = 1e-7;
    /** {@code np.finfo('double').eps}. */
    private static final double EPSILON = Math.ulp(1.0);

    private final float[][] x;
    private final Criterion criterion;
    private final int[] samples;
    private final int nSamples;
    private final int[] features;
    private final int[] constantFeatures;
    private final float[] values;
    private final TreeRandom random;
    private final int maxFeatures;
    private final int minSamplesLeaf;
    private final int minSamplesSplit;
    private final double minWeightLeaf;
    private final int maxDepth;
    private final double minImpurityDecrease;
    /** The features with missing values in the forest's training rows (scikit-learn's missing-values mask), or null. */
    private final boolean[] missing;

    /** Grows with {@code criterion}, whose sample array is {@code samples} (filled here). */
    private TreeBuilder(float[][] x, Criterion criterion, double[] weights, TreeRandom random, int maxFeatures,
                        int minSamplesLeaf, int minSamplesSplit, double minWeightLeaf, int maxDepth,
                        double minImpurityDecrease, boolean[] missing) {
        this.x = x;
        this.missing = missing;
        this.criterion = criterion;
        this.samples = criterion.samples;
        int n = x.length == 0 ? 0 : x[0].length;
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (weights == null || weights[i] != 0.0) {
                samples[j++] = i;
            }
        }
        this.nSamples = j;
        this.features = new int[x.length];
        for (int f = 0; f < features.length; f++) {
            features[f] = f;
        }
        this.constantFeatures = new int[x.length];
        this.values = new float[n];
        this.random = random;
        this.maxFeatures = maxFeatures;
        this.minSamplesLeaf = minSamplesLeaf;
        this.minSamplesSplit = minSamplesSplit;
        this.minWeightLeaf = minWeightLeaf;
        this.maxDepth = maxDepth;
        this.minImpurityDecrease = minImpurityDecrease;
    }

    /** The resolved settings of one tree (scikit-learn's {@code _fit} after its parameter checks). */
    record Settings(int maxFeatures, int minSamplesLeaf, int minSamplesSplit, double minWeightLeaf, int maxDepth,
                    double minImpurityDecrease, int maxLeafNodes) {
    }

    /**
     * Grows one tree on feature-major float32 {@code x}. {@code criterion} must have been made over a sample array
     * of {@code x[0].length} slots and the same {@code weights}; {@code seed} is the splitter's {@code rand_r_state};
     * {@code missing} marks the features with NaN values (null when there are none).
     */
    static FittedTree grow(float[][] x, Criterion criterion, double[] weights, long seed, Settings s,
                           boolean[] missing) {
        TreeBuilder builder = new TreeBuilder(x, criterion, weights, new TreeRandom(seed), s.maxFeatures(),
                s.minSamplesLeaf(), s.minSamplesSplit(), s.minWeightLeaf(), s.maxDepth(), s.minImpurityDecrease(),
                missing);
        return s.maxLeafNodes() > 0 ? builder.buildBestFirst(s.maxLeafNodes()) : builder.build();
    }

    private record Pending(int start, int end, int depth, int parent, boolean isLeft, double impurity,
                           int constants) {
    }

    private static final class Split {
        int pos;
        int feature;
        double threshold;
        boolean missingLeft;
        double improvement = Double.NEGATIVE_INFINITY;
        double impurityLeft = Double.POSITIVE_INFINITY;
        double impurityRight = Double.POSITIVE_INFINITY;
        int constants;

        Split(int end) {
            pos = end;
        }
    }

    private final Nodes nodes = new Nodes();

    private FittedTree build() {
        ArrayDeque<Pending> stack = new ArrayDeque<>();
        stack.push(new Pending(0, nSamples, 0, -1, false, Double.POSITIVE_INFINITY, 0));
        boolean first = true;
        while (!stack.isEmpty()) {
            Pending r = stack.pop();
            int n = r.end() - r.start();
            criterion.init(r.start(), r.end());
            double weighted = criterion.weightedNode;
            boolean leaf = r.depth() >= maxDepth || n < minSamplesSplit || n < 2 * minSamplesLeaf
                    || weighted < 2 * minWeightLeaf;
            double impurity = r.impurity();
            if (first) {
                impurity = criterion.nodeImpurity();
                first = false;
            }
            leaf = leaf || impurity <= EPSILON;
            Split split = null;
            if (!leaf) {
                split = bestSplit(r.start(), r.end(), impurity, r.constants());
                leaf = split.pos >= r.end() || split.improvement + EPSILON < minImpurityDecrease;
            }
            int id = nodes.add(r.parent(), r.isLeft(), leaf ? -2 : split.feature, leaf ? -2 : split.threshold,
                    !leaf && split.missingLeft, criterion.nodeValue());
            if (!leaf) {
                stack.push(new Pending(split.pos, r.end(), r.depth() + 1, id, false, split.impurityRight,
                        split.constants));
                stack.push(new Pending(r.start(), split.pos, r.depth() + 1, id, true, split.impurityLeft,
                        split.constants));
            }
        }
        return nodes.toTree();
    }

    /** A node waiting on the frontier, scikit-learn's {@code FrontierRecord}. */
    private record Frontier(int node, int start, int end, int pos, int depth, boolean leaf, double impurityLeft,
                            double impurityRight, double improvement) {
    }

    /**
     * {@code BestFirstTreeBuilder.build}: every node's best split is searched when the node is added (the left
     * child, then the right one, so the splitter's random draws come in that order, and without carrying constant
     * features down), and the frontier node with the largest impurity improvement is expanded next, in the order of
     * libstdc++'s {@code push_heap}/{@code pop_heap} (equal improvements pop as in scikit-learn), until
     * {@code maxLeafNodes - 1} nodes have been split; every node left on the frontier becomes a leaf.
     */
    private FittedTree buildBestFirst(int maxLeafNodes) {
        java.util.List<Frontier> heap = new java.util.ArrayList<>();
        StdHeap.push(heap, addSplitNode(0, nSamples, true, true, -1, 0, Double.POSITIVE_INFINITY),
                TreeBuilder::lessImprovement);
        int maxSplitNodes = maxLeafNodes - 1;
        while (!heap.isEmpty()) {
            Frontier r = StdHeap.pop(heap, TreeBuilder::lessImprovement);
            if (r.leaf() || maxSplitNodes <= 0) {
                nodes.makeLeaf(r.node());
                continue;
            }
            maxSplitNodes--;
            Frontier left = addSplitNode(r.start(), r.pos(), false, true, r.node(), r.depth() + 1, r.impurityLeft());
            Frontier right = addSplitNode(r.pos(), r.end(), false, false, r.node(), r.depth() + 1, r.impurityRight());
            StdHeap.push(heap, left, TreeBuilder::lessImprovement);
            StdHeap.push(heap, right, TreeBuilder::lessImprovement);
        }
        return nodes.toTree();
    }

    private static boolean lessImprovement(Frontier a, Frontier b) {
        return a.improvement() < b.improvement();
    }

    /** {@code _add_split_node}: the node over {@code samples[start, end)}, its split searched now. */
    private Frontier addSplitNode(int start, int end, boolean first, boolean isLeft, int parent, int depth,
                                  double impurity) {
        criterion.init(start, end);
        double weighted = criterion.weightedNode;
        if (first) {
            impurity = criterion.nodeImpurity();
        }
        int n = end - start;
        boolean leaf = depth >= maxDepth || n < minSamplesSplit || n < 2 * minSamplesLeaf
                || weighted < 2 * minWeightLeaf || impurity <= EPSILON;
        Split split = null;
        if (!leaf) {
            split = bestSplit(start, end, impurity, 0);
            leaf = split.pos >= end || split.improvement + EPSILON < minImpurityDecrease;
        }
        int id = nodes.add(parent, isLeft, leaf ? -2 : split.feature, leaf ? -2 : split.threshold,
                !leaf && split.missingLeft, criterion.nodeValue());
        return leaf ? new Frontier(id, start, end, end, depth, true, impurity, impurity, 0.0)
                : new Frontier(id, start, end, split.pos, depth, false, split.impurityLeft, split.impurityRight,
                        split.improvement);
    }

    /** {@code node_split_best} over {@code samples[start, end)} with {@code knownConstants} constant features. */
    private Split bestSplit(int start, int end, double impurity, int knownConstants) {
        Split best = new Split(end);
        double bestProxy = Double.NEGATIVE_INFINITY;
        int nFeatures = features.length;
        int fi = nFeatures;
        int visited = 0;
        int foundConstants = 0;
        int drawnConstants = 0;
        int totalConstants = knownConstants;
        while (fi > totalConstants && (visited < maxFeatures || visited <= foundConstants + drawnConstants)) {
            visited++;
            int fj = random.between(drawnConstants, fi - foundConstants);
            if (fj < knownConstants) {
                swap(features, drawnConstants, fj);
                drawnConstants++;
                continue;
            }
            fj += foundConstants;
            int feature = features[fj];
            float[] column = x[feature];
            int nMissing = sortFeature(column, missing != null && missing[feature], start, end);
            int endNonMissing = end - nMissing;
            if (endNonMissing == start
                    || (values[endNonMissing - 1] <= values[start] + FEATURE_THRESHOLD && nMissing == 0)) {
                swap(features, fj, totalConstants);
                foundConstants++;
                totalConstants++;
                continue;
            }
            fi--;
            swap(features, fi, fj);
            // With missing values, a second search sends them left (scikit-learn's two passes).
            int searches = nMissing != 0 ? 2 : 1;
            for (int search = 0; search < searches; search++) {
                boolean missingLeft = search == 1;
                if (missingLeft) {
                    shiftMissingLeft(start, end, nMissing);
                }
                criterion.reset();
                int p = start;
                while (p < end) {
                    // scikit-learn's DensePartitioner.next_p.
                    int prev;
                    int endValues = missingLeft ? end : endNonMissing;
                    if (p == endValues && !missingLeft) {
                        p = end;
                        prev = end;
                    } else {
                        if (missingLeft && p == start) {
                            p = start + nMissing;
                        }
                        p++;
                        while (p < endValues && values[p] <= values[p - 1] + FEATURE_THRESHOLD) {
                            p++;
                        }
                        prev = p - 1;
                    }
                    if (p == end) {
                        continue;
                    }
                    int nLeft = p - start;
                    int nRight = end - p;
                    if (nLeft < minSamplesLeaf || nRight < minSamplesLeaf) {
                        continue;
                    }
                    criterion.update(p);
                    if (criterion.weightedLeft < minWeightLeaf || criterion.weightedRight < minWeightLeaf) {
                        continue;
                    }
                    double proxy = criterion.proxyImprovement();
                    if (proxy > bestProxy) {
                        bestProxy = proxy;
                        best.pos = p;
                        best.feature = feature;
                        // All non-missing rows left, the missing ones right: NaN <= inf is false.
                        best.threshold = p == endNonMissing && !missingLeft ? Double.POSITIVE_INFINITY
                                : values[prev] / 2.0 + values[p] / 2.0;
                        best.missingLeft = nMissing == 0 ? nLeft > nRight : missingLeft;
                    }
                }
            }
        }
        if (best.pos < end) {
            int from = start;
            int to = end;
            float[] column = x[best.feature];
            while (from < to) {
                float v = column[samples[from]];
                if (Float.isNaN(v) ? best.missingLeft : v <= best.threshold) {
                    from++;
                } else {
                    to--;
                    swap(samples, from, to);
                }
            }
            criterion.reset();
            criterion.update(best.pos);
            double[] children = criterion.childrenImpurity();
            best.impurityLeft = children[0];
            best.impurityRight = children[1];
            best.improvement = criterion.impurityImprovement(impurity, children[0], children[1]);
        }
        // Keep the known constants in their order for siblings and children; append the newly found ones.
        System.arraycopy(constantFeatures, 0, features, 0, knownConstants);
        System.arraycopy(features, knownConstants, constantFeatures, knownConstants, foundConstants);
        best.constants = totalConstants;
        return best;
    }

    /**
     * scikit-learn's {@code sort_samples_and_feature_values}: copies the feature's values of {@code samples[start,
     * end)} into {@code values} and sorts them with the samples; when the feature may hold missing values, the
     * missing rows are first swapped to the end (and left unsorted). Returns the number of missing rows.
     */
    private int sortFeature(float[] column, boolean mayMiss, int start, int end) {
        int nMissing = 0;
        if (mayMiss) {
            int i = start;
            int currentEnd = end - 1;
            while (i <= currentEnd) {
                if (Float.isNaN(column[samples[currentEnd]])) {
                    nMissing++;
                    currentEnd--;
                    continue;
                }
                if (Float.isNaN(column[samples[i]])) {
                    swap(samples, i, currentEnd);
                    nMissing++;
                    currentEnd--;
                }
                values[i] = column[samples[i]];
                i++;
            }
        } else {
            for (int p = start; p < end; p++) {
                values[p] = column[samples[p]];
            }
        }
        FeatureSort.sort(values, samples, start, end - start - nMissing);
        return nMissing;
    }

    /**
     * scikit-learn's {@code shift_missing_to_the_left}: the block of missing rows at the end of {@code [start, end)}
     * moves in front of the sorted values, each block keeping its order (samples and values alike).
     */
    private void shiftMissingLeft(int start, int end, int nMissing) {
        int nonMissing = end - start - nMissing;
        int[] missingSamples = Arrays.copyOfRange(samples, start + nonMissing, end);
        System.arraycopy(samples, start, samples, start + nMissing, nonMissing);
        System.arraycopy(missingSamples, 0, samples, start, nMissing);
        float[] missingValues = Arrays.copyOfRange(values, start + nonMissing, end);
        System.arraycopy(values, start, values, start + nMissing, nonMissing);
        System.arraycopy(missingValues, 0, values, start, nMissing);
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The growing node arrays. */
    private static final class Nodes {
        private int count;
        private int[] left = new int[64];
        private int[] right = new int[64];
        private int[] feature = new int[64];
        private double[] threshold = new double[64];
        private boolean[] missingLeft = new boolean[64];
        private double[][] value = new double[64][];

        int add(int parent, boolean isLeft, int f, double t, boolean m, double[] v) {
            if (count == left.length) {
                int size = count * 2;
                left = Arrays.copyOf(left, size);
                right = Arrays.copyOf(right, size);
                feature = Arrays.copyOf(feature, size);
                threshold = Arrays.copyOf(threshold, size);
                missingLeft = Arrays.copyOf(missingLeft, size);
                value = Arrays.copyOf(value, size);
            }
            int id = count++;
            if (parent >= 0) {
                if (isLeft) {
                    left[parent] = id;
                } else {
                    right[parent] = id;
                }
            }
            left[id] = -1;
            right[id] = -1;
            feature[id] = f;
            threshold[id] = t;
            missingLeft[id] = m;
            value[id] = v;
            return id;
        }

        /** Turns an added split node back into a leaf (its split was never taken). */
        void makeLeaf(int id) {
            feature[id] = -2;
            threshold[id] = -2;
            missingLeft[id] = false;
        }

        FittedTree toTree() {
            return new FittedTree(Arrays.copyOf(left, count), Arrays.copyOf(right, count),
                    Arrays.copyOf(feature, count), Arrays.copyOf(threshold, count), Arrays.copyOf(missingLeft, count),
                    Arrays.copyOf(value, count));
        }
    }
}
