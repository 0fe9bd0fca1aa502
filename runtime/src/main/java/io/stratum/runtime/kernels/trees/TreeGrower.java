package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.kernels.vector.DotProduct;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Grows one tree leaf-wise on binned data as scikit-learn's {@code TreeGrower}: the splittable node with the
 * largest gain is split next (in the order of Python's {@code heapq}, so ties break the same way), the smaller
 * child's histograms are built from its samples and the larger child's by subtraction from the parent's, and
 * leaf values are shrunk by the learning rate at the end. A categorical split sends each bin (category) where its
 * bitset says. The binned values are row-major, so a histogram is built in one pass over the node's rows for all
 * features; a large node's histograms, split search and partition are split between the fit's team of threads (by
 * features, by rows; each thread searches the splits of the features whose histograms it has just filled), small
 * nodes run on one thread, whose hand-over would cost more than it saves.
 */
final class TreeGrower {
    /**
     * Below this many samples a node's partition stays on one thread. The team's hand-over costs about a microsecond
     * (a fork/join task woken per node cost tens), so much smaller nodes than before are worth splitting.
     */
    static final int PARALLEL_MIN_SAMPLES = 4_096;
    /**
     * Below this many samples the pieces of a parallel partition are copied to their places by the calling thread:
     * the copies of a smaller node take about as long as the hand-over that would share them (about a microsecond;
     * 1,859 copy jobs per 100k-row fit cost as much as they saved).
     */
    static final int PARALLEL_COPY_MIN_SAMPLES = 32_768;
    /**
     * Below this much work, in (sample, feature) pairs filled plus (feature, bin) pairs scanned, a node's histograms
     * and split search stay on one thread. The scans count for both children: with 8 features of 256 bins, searching
     * two children's splits is worth a hand-over however few samples they have (the searches of small nodes left
     * to one thread were about 5% of a two-thread fit's time).
     */
    static final long PARALLEL_MIN_WORK = 4_096;

    /**
     * Whether numeric splits partition sixteen samples at a time ({@link VectorPartition}): with the Vector API module
     * on a machine with AVX-512.
     */
    private static final boolean VECTOR_PARTITION = DotProduct.VECTOR_API && VectorPartition.AVAILABLE;

    private final byte[] binned;
    private final byte[] binnedByColumn;
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
    private final int[] leftsBuffer;
    private final ArrayDeque<Histograms> spare;
    /** {@code partition} does not hold this tree's order yet: the root's samples are the rows in order. */
    private boolean identity = true;
    private final int[] rootCounts;
    private final int[] rowsByBin;
    private final int threads;
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
     * The arrays every tree of one fit works in, allocated once per fit: a tree's samples in partition order, two
     * buffers its partitions move samples through, and histograms no longer used. One tree is grown at a time, and
     * its leaves read before the next one starts.
     */
    static final class Scratch {
        final int[] partition;
        final int[] buffer;
        final int[] leftsBuffer;
        final ArrayDeque<Histograms> spare = new ArrayDeque<>();

        Scratch(int rows) {
            this.partition = new int[rows];
            this.buffer = new int[rows];
            this.leftsBuffer = new int[rows];
        }
    }

    /**
     * @param hessians  null when the hessians are constant (squared error), then {@code constantHessian} is their value
     * @param scratch   the fit's arrays, shared by its trees one after the other
     */
    TreeGrower(BinnedSamples samples, BinMapper mapper, float[] gradients, float[] hessians, float constantHessian,
               GrowerSettings settings, Parallel parallel, Scratch scratch) {
        this.binned = samples.byRow();
        this.binnedByColumn = samples.byColumn();
        this.rows = samples.rows();
        this.features = mapper.features();
        this.bins = samples.bins();
        this.missingBin = mapper.missingBin();
        this.nonMissingBins = new int[features];
        this.categorical = new boolean[features];
        for (int j = 0; j < features; j++) {
            nonMissingBins[j] = mapper.nonMissingBins(j);
            categorical[j] = mapper.isCategorical(j);
        }
        this.hasMissing = samples.hasMissing();
        this.gradients = gradients;
        this.hessians = hessians;
        this.constantHessian = constantHessian;
        this.settings = settings;
        this.parallel = parallel;
        // The partition is written by the root's split (which reads the rows in order without it), or filled in
        // order when the root stays a leaf: no pass over it per tree before the root's histograms.
        this.partition = scratch.partition;
        this.buffer = scratch.buffer;
        this.leftsBuffer = scratch.leftsBuffer;
        this.spare = scratch.spare;
        this.rootCounts = samples.rootCounts();
        this.rowsByBin = samples.rowsByBin();
        this.threads = parallel.threads();
    }

    /** Grows the tree; returns its root (leaf values already shrunk). */
    Node grow() {
        initializeRoot();
        if (root.leaf) {
            parallel.forBlocks(rows, 1 << 16, (from, to) -> {
                for (int i = from; i < to; i++) {
                    partition[i] = i;
                }
            });
            identity = false;
        }
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
        Histograms histograms = newHistograms();
        int chunks = featureChunks(rows, 1);
        parallel.forEach(chunks, c -> histograms.buildRoot(firstFeature(c, chunks), firstFeature(c + 1, chunks),
                rowsByBin, rows, gradients, hessians, rootCounts));
        // feature 0's bins, in order: scikit-learn sums the root's first histogram with numpy
        int first = Histograms.offset(0);
        double sumGradients = NumpySums.sum(histograms.gradients(0), first, bins);
        double sumHessians = hessians == null
                ? (double) (constantHessian * (float) rows)
                : NumpySums.sum(histograms.hessians(0), first, bins);
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
        int chunks = featureChunks(node.samples(), 1);
        parallel.forEach(chunks, c -> {
            for (int j = firstFeature(c, chunks); j < firstFeature(c + 1, chunks); j++) {
                perFeature[j] = SplitFinder.best(j, node, this);
            }
        });
        pushOrFinalize(node, perFeature);
    }

    /** Takes the best of the features' splits (the first of equal gains, as scikit-learn) and pushes the node. */
    private void pushOrFinalize(Node node, SplitInfo[] perFeature) {
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
                Node pending = heap.removeLast();
                finalizeLeaf(pending);
            }
            release(node);
            return;
        }
        if (settings.maxDepth() > 0 && depth == settings.maxDepth()) {
            finalizeLeaf(left);
            finalizeLeaf(right);
            release(node);
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
            Histograms small = newHistograms();
            Histograms parent = node.histograms;
            smallest.histograms = small;
            largest.histograms = parent;
            node.histograms = null;
            SplitInfo[] leftSplits = left.leaf ? null : new SplitInfo[features];
            SplitInfo[] rightSplits = right.leaf ? null : new SplitInfo[features];
            // A feature's split search reads only that feature's histograms: each thread searches the features it
            // has just filled, with no hand-over in between.
            int chunks = featureChunks(smallest.samples(), (left.leaf ? 0 : 1) + (right.leaf ? 0 : 1));
            parallel.forEach(chunks, c -> {
                int from = firstFeature(c, chunks);
                int to = firstFeature(c + 1, chunks);
                small.build(from, to, binned, features, partition, smallest.start, smallest.stop, gradients, hessians);
                for (int j = from; j < to; j++) {
                    parent.subtract(j, small);
                    if (leftSplits != null) {
                        leftSplits[j] = SplitFinder.best(j, left, this);
                    }
                    if (rightSplits != null) {
                        rightSplits[j] = SplitFinder.best(j, right, this);
                    }
                }
            });
            if (!left.leaf) {
                pushOrFinalize(left, leftSplits);
            }
            if (!right.leaf) {
                pushOrFinalize(right, rightSplits);
            }
            for (Node child : new Node[] {left, right}) {
                if (child.leaf) {
                    release(child); // a leaf before its histograms were given to it
                }
            }
        } else {
            release(node);
        }
    }

    /**
     * Feature chunks of a node whose histograms are filled from {@code samples} rows and then searched for
     * {@code searches} nodes' splits: one per thread for large work, else one.
     */
    private int featureChunks(int samples, int searches) {
        long work = (long) samples * features + (long) searches * features * bins;
        return work < PARALLEL_MIN_WORK ? 1 : Math.min(threads, features);
    }

    private int firstFeature(int chunk, int chunks) {
        return (int) ((long) chunk * features / chunks);
    }

    private Histograms newHistograms() {
        Histograms h = spare.poll();
        return h != null ? h : new Histograms(features, bins, hessians == null); // filled (cleared first) by build
    }

    private void release(Node node) {
        if (node.histograms != null) {
            spare.push(node.histograms);
            node.histograms = null;
        }
    }

    /**
     * A stable partition of the node's samples: those going left first, both sides in their previous order. A large
     * node is cut in row ranges, one per thread, each partitioned on its own (the first range's left samples in place,
     * the others' to a buffer, every range's right samples to another), then every range's pieces are copied to their
     * places, again one range per thread for a large node: the same order as one pass.
     */
    private int splitIndices(Node node, SplitInfo split) {
        // a numeric split's side by comparison (-1: the table decides), so that it can be vectorized
        int bin = split.categorical() ? -1 : split.bin();
        int missingLeftBin = split.missingGoToLeft() ? missingBin : -1;
        byte[] goesLeft = VECTOR_PARTITION && bin >= 0 ? null : new byte[256];
        for (int b = 0; goesLeft != null && b < 256; b++) {
            boolean left = split.categorical() ? split.goesLeft(b)
                    : (split.missingGoToLeft() && b == missingBin) || b <= split.bin();
            goesLeft[b] = (byte) (left ? 1 : 0);
        }
        int column = split.feature() * rows;
        int n = node.samples();
        boolean fromRows = identity;
        identity = false;
        if (n < PARALLEL_MIN_SAMPLES) {
            int lefts = partitionRange(node.start, node.stop, column, goesLeft, bin, missingLeftBin, partition,
                    fromRows);
            System.arraycopy(buffer, node.start, partition, node.start + lefts, n - lefts);
            return node.start + lefts;
        }
        int pieces = threads;
        int[] lefts = new int[pieces];
        parallel.forEach(pieces, p -> lefts[p] = partitionRange(pieceStart(node, p, pieces),
                pieceStart(node, p + 1, pieces), column, goesLeft, bin, missingLeftBin,
                p == 0 ? partition : leftsBuffer, fromRows));
        int[] leftAt = new int[pieces];
        int[] rightAt = new int[pieces];
        int at = node.start;
        for (int p = 0; p < pieces; p++) {
            leftAt[p] = at;
            at += lefts[p];
        }
        int rightStart = at;
        for (int p = 0; p < pieces; p++) {
            rightAt[p] = at;
            at += pieceStart(node, p + 1, pieces) - pieceStart(node, p, pieces) - lefts[p];
        }
        java.util.function.IntConsumer copy = p -> {
            int from = pieceStart(node, p, pieces);
            int to = pieceStart(node, p + 1, pieces);
            if (p > 0) {
                System.arraycopy(leftsBuffer, from, partition, leftAt[p], lefts[p]);
            }
            System.arraycopy(buffer, from, partition, rightAt[p], to - from - lefts[p]);
        };
        if (n >= PARALLEL_COPY_MIN_SAMPLES) {
            parallel.forEach(pieces, copy);
        } else {
            for (int p = 0; p < pieces; p++) {
                copy.accept(p);
            }
        }
        return rightStart;
    }

    private static int pieceStart(Node node, int piece, int pieces) {
        return node.start + (int) ((long) piece * node.samples() / pieces);
    }

    /**
     * Moves the samples of {@code partition[from, to)} going left to {@code lefts[from, ...)}, in order, and those
     * going right to {@code buffer[from, ...)}; returns how many went left. {@code lefts} may be the partition itself
     * (a sample is written at or before where it was read). Both stores happen for every sample and only the cursors
     * move, so the loop does not branch on the (unpredictable) side. {@code fromRows}: the samples are the rows in
     * order (a tree's root), not read from the partition. A numeric split ({@code bin >= 0}: left up to {@code bin}
     * and, unless it is -1, {@code missingLeftBin}, as {@code goesLeft} says) runs on the Vector API where it can;
     * {@code goesLeft} is null there.
     */
    private int partitionRange(int from, int to, int column, byte[] goesLeft, int bin, int missingLeftBin,
                               int[] lefts, boolean fromRows) {
        if (VECTOR_PARTITION && bin >= 0) {
            return VectorPartition.numeric(partition, from, to, binnedByColumn, column, bin, missingLeftBin, lefts,
                    buffer, fromRows);
        }
        int l = from;
        int r = from;
        if (fromRows) {
            for (int i = from; i < to; i++) {
                int left = goesLeft[binnedByColumn[column + i] & 0xFF];
                lefts[l] = i;
                buffer[r] = i;
                l += left;
                r += 1 - left;
            }
            return l - from;
        }
        for (int k = from; k < to; k++) {
            int i = partition[k];
            int left = goesLeft[binnedByColumn[column + i] & 0xFF];
            lefts[l] = i;
            buffer[r] = i;
            l += left;
            r += 1 - left;
        }
        return l - from;
    }

    private void finalizeLeaf(Node node) {
        node.leaf = true;
        leaves.add(node);
        release(node);
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
