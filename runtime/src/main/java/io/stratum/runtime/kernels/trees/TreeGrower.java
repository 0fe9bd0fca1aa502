package io.stratum.runtime.kernels.trees;

import java.util.ArrayList;
import java.util.List;

/**
 * Grows one tree leaf-wise on binned data as scikit-learn's {@code TreeGrower}: the splittable node with the
 * largest gain is split next (in the order of Python's {@code heapq}, so ties break the same way), the smaller
 * child's histograms are built from its samples and the larger child's by subtraction from the parent's, and
 * leaf values are shrunk by the learning rate at the end. A categorical split sends each bin (category) where its
 * bitset says. Histograms and split search run in parallel over features.
 */
final class TreeGrower {
    private final byte[] binned;
    private final int rows;
    private final int features;
    private final int bins;
    private final int missingBin;
    private final int[] nonMissingBins;
    private final boolean[] categorical;
    private final boolean[] hasMissing;
    private final float[] gradients;
    private final float[] hessians;
    private final float constantHessian;
    private final GrowerSettings settings;
    private final Parallel parallel;
    private final int[] partition;
    private final int[] buffer;
    private final List<Node> heap = new ArrayList<>();
    private final List<Node> leaves = new ArrayList<>();
    private Node root;
    private int nodes;

    /** A node of the tree being grown; its samples are {@code partition[start, stop)}. */
    static final class Node {
        final int depth;
        final int start;
        final int stop;
        final double sumGradients;
        final double sumHessians;
        double value;
        SplitInfo split;
        Node left;
        Node right;
        Histograms histograms;
        boolean leaf;

        Node(int depth, int start, int stop, double sumGradients, double sumHessians, double value) {
            this.depth = depth;
            this.start = start;
            this.stop = stop;
            this.sumGradients = sumGradients;
            this.sumHessians = sumHessians;
            this.value = value;
        }

        int samples() {
            return stop - start;
        }

        /** Python's {@code TreeNode.__lt__}: the heap pops the largest gain first. */
        boolean before(Node other) {
            return split.gain() > other.split.gain();
        }
    }

    /**
     * @param hessians null when the hessians are constant (squared error), then {@code constantHessian} is their value
     */
    TreeGrower(byte[] binned, int rows, int bins, BinMapper mapper, boolean[] hasMissing, float[] gradients,
               float[] hessians, float constantHessian, GrowerSettings settings, Parallel parallel) {
        this.binned = binned;
        this.rows = rows;
        this.features = mapper.features();
        this.bins = bins;
        this.missingBin = mapper.missingBin();
        this.nonMissingBins = new int[features];
        this.categorical = new boolean[features];
        for (int j = 0; j < features; j++) {
            nonMissingBins[j] = mapper.nonMissingBins(j);
            categorical[j] = mapper.isCategorical(j);
        }
        this.hasMissing = hasMissing;
        this.gradients = gradients;
        this.hessians = hessians;
        this.constantHessian = constantHessian;
        this.settings = settings;
        this.parallel = parallel;
        this.partition = new int[rows];
        for (int i = 0; i < rows; i++) {
            partition[i] = i;
        }
        this.buffer = new int[rows];
    }

    /** Grows the tree; returns its root (leaf values already shrunk). */
    Node grow() {
        initializeRoot();
        while (!heap.isEmpty()) {
            splitNext();
        }
        for (Node leaf : leaves) {
            leaf.value *= settings.shrinkage();
        }
        return root;
    }

    /** The finalized leaves, whose samples are {@link #partition()} ranges. */
    List<Node> leaves() {
        return leaves;
    }

    int[] partition() {
        return partition;
    }

    int nodeCount() {
        return nodes;
    }

    private void initializeRoot() {
        Histograms histograms = new Histograms(features, bins, hessians == null);
        parallel.forEach(features, j -> histograms.build(j, binned, rows, null, 0, rows, gradients, hessians));
        double sumGradients = NumpySums.sum(java.util.Arrays.copyOfRange(histograms.gradients, 0, bins));
        double sumHessians = hessians == null
                ? (double) (constantHessian * (float) rows)
                : NumpySums.sum(java.util.Arrays.copyOfRange(histograms.hessians, 0, bins));
        root = new Node(0, 0, rows, sumGradients, sumHessians, 0);
        nodes = 1;
        if (rows < 2 * settings.minSamplesLeaf() || sumHessians < settings.minHessianToSplit()) {
            finalizeLeaf(root);
            return;
        }
        root.histograms = histograms;
        computeBestSplitAndPush(root);
    }

    private void computeBestSplitAndPush(Node node) {
        SplitInfo[] perFeature = new SplitInfo[features];
        parallel.forEach(features, j -> perFeature[j] = SplitFinder.best(j, node, this));
        int best = 0;
        for (int j = 1; j < features; j++) {
            if (perFeature[j].gain() > perFeature[best].gain()) {
                best = j;
            }
        }
        node.split = perFeature[best];
        if (node.split.gain() <= 0) {
            finalizeLeaf(node);
        } else {
            heapPush(node);
        }
    }

    private void splitNext() {
        Node node = heapPop();
        SplitInfo split = node.split;
        int rightStart = splitIndices(node, split);
        int depth = node.depth + 1;
        int leafCount = leaves.size() + heap.size() + 2;
        Node left = new Node(depth, node.start, rightStart, split.sumGradientLeft(), split.sumHessianLeft(),
                split.valueLeft());
        Node right = new Node(depth, rightStart, node.stop, split.sumGradientRight(), split.sumHessianRight(),
                split.valueRight());
        node.left = left;
        node.right = right;
        if (!hasMissing[split.feature()]) {
            node.split = split.withMissingGoToLeft(left.samples() > right.samples());
        }
        nodes += 2;
        if (settings.maxLeafNodes() > 0 && leafCount == settings.maxLeafNodes()) {
            finalizeLeaf(left);
            finalizeLeaf(right);
            while (!heap.isEmpty()) {
                finalizeLeaf(heap.removeLast());
            }
            node.histograms = null;
            return;
        }
        if (settings.maxDepth() > 0 && depth == settings.maxDepth()) {
            finalizeLeaf(left);
            finalizeLeaf(right);
            node.histograms = null;
            return;
        }
        if (left.samples() < settings.minSamplesLeaf() * 2) {
            finalizeLeaf(left);
        }
        if (right.samples() < settings.minSamplesLeaf() * 2) {
            finalizeLeaf(right);
        }
        if (!left.leaf || !right.leaf) {
            Node smallest = left.samples() < right.samples() ? left : right;
            Node largest = smallest == left ? right : left;
            Histograms small = new Histograms(features, bins, hessians == null);
            Histograms parent = node.histograms;
            parallel.forEach(features, j -> {
                small.build(j, binned, rows, partition, smallest.start, smallest.stop, gradients, hessians);
                parent.subtract(j, small);
            });
            smallest.histograms = small;
            largest.histograms = parent;
            node.histograms = null;
            if (!left.leaf) {
                computeBestSplitAndPush(left);
            }
            if (!right.leaf) {
                computeBestSplitAndPush(right);
            }
            for (Node child : new Node[] {left, right}) {
                if (child.leaf) {
                    child.histograms = null;
                }
            }
        }
        node.histograms = null;
    }

    /** A stable partition of the node's samples: those going left first, both sides in their previous order. */
    private int splitIndices(Node node, SplitInfo split) {
        int col = split.feature() * rows;
        int bin = split.bin();
        boolean missingLeft = split.missingGoToLeft();
        int l = node.start;
        int r = 0;
        boolean byCategory = split.categorical();
        for (int k = node.start; k < node.stop; k++) {
            int i = partition[k];
            int b = binned[col + i] & 0xFF;
            if (byCategory ? split.goesLeft(b) : (missingLeft && b == missingBin) || b <= bin) {
                partition[l++] = i;
            } else {
                buffer[r++] = i;
            }
        }
        System.arraycopy(buffer, 0, partition, l, r);
        return l;
    }

    private void finalizeLeaf(Node node) {
        node.leaf = true;
        leaves.add(node);
    }

    // Python's heapq (heappush/_siftdown, heappop/_siftup), so that equal gains pop in the same order.
    private void heapPush(Node node) {
        heap.add(node);
        siftDown(0, heap.size() - 1);
    }

    private Node heapPop() {
        Node last = heap.removeLast();
        if (heap.isEmpty()) {
            return last;
        }
        Node top = heap.get(0);
        heap.set(0, last);
        siftUp(0);
        return top;
    }

    private void siftDown(int startPos, int pos) {
        Node item = heap.get(pos);
        while (pos > startPos) {
            int parentPos = (pos - 1) >> 1;
            Node parent = heap.get(parentPos);
            if (item.before(parent)) {
                heap.set(pos, parent);
                pos = parentPos;
                continue;
            }
            break;
        }
        heap.set(pos, item);
    }

    private void siftUp(int pos) {
        int endPos = heap.size();
        int startPos = pos;
        Node item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < endPos) {
            int right = child + 1;
            if (right < endPos && !heap.get(child).before(heap.get(right))) {
                child = right;
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(startPos, pos);
    }

    // Read by SplitFinder.
    int bins() {
        return bins;
    }

    int nonMissingBins(int feature) {
        return nonMissingBins[feature];
    }

    boolean isCategorical(int feature) {
        return categorical[feature];
    }

    int missingBin() {
        return missingBin;
    }

    boolean hasMissing(int feature) {
        return hasMissing[feature];
    }

    boolean constantHessians() {
        return hessians == null;
    }

    GrowerSettings settings() {
        return settings;
    }
}
