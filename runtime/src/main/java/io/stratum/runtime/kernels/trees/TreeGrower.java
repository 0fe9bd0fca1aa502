package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.kernels.NumpySums;
import io.stratum.runtime.kernels.vector.DotProduct;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Grows one tree leaf-wise on binned data as scikit-learn's {@code TreeGrower}: the splittable node with the
 * largest gain is split next (in the order of Python's {@code heapq}, so ties break the same way), the smaller
 * child's histograms are built from its samples and the larger child's by subtraction from the parent's, and
 * leaf values are shrunk by the learning rate at the end. A categorical split sends each bin (category) where its
 * bitset says. The binned values are row-major, so a histogram is built in one pass over the node's rows for all
 * features. The fit's {@link Crew} of threads each keep their own partition of the rows (a {@link Replica}): every
 * thread partitions each node's rows in its copy, and a large node's histograms and split search are split between
 * the threads by features, each reading its own copy of the rows' order and gradients; small nodes run on the owner
 * alone, whose hand-over would cost more than it saves.
 */
final class TreeGrower {
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
    /** The crew's replicas of the per-row state; this tree's gradients are their {@code tree}th. */
    private final Replica[] replicas;
    private final int tree;
    private final boolean constantHessians;
    private final float constantHessian;
    private final GrowerSettings settings;
    private final Crew crew;
    private final ArrayDeque<Histograms> spare;
    private final int[] rootCounts;
    private final int[] rowsByBin;
    private final List<Node> heap = new ArrayList<>();
    private final List<Node> leaves = new ArrayList<>();
    private final boolean deferLeaves;
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
        /** Growing with nodes in flight: whether this node's split is being, or has been, prepared. */
        static final int WAITING = 0;
        static final int PREPARING = 1;
        static final int PREPARED = 2;
        volatile int state;
        /** Its split, prepared ahead of its turn ({@link TreeGrower#prepare}); null otherwise. */
        Prepared prepared;
        /**
         * The thread (replica) that prepared its parent's split, whose cache holds its rows' order and its
         * histograms; -1 for none.
         */
        int home = -1;

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
     * A node's split prepared ahead of its turn: its children (the rows partitioned), the children's best splits per
     * feature (null for a child that is a leaf anyway), and the histograms taken for it and not needed.
     */
    record Prepared(Node left, Node right, SplitInfo[] leftSplits, SplitInfo[] rightSplits, Histograms unused) {
    }

    /**
     * @param replicas        the crew's replicas (one per thread), whose gradients (and hessians) of {@code tree}
     *                        the tree is grown on; null hessians are constant, of value {@code constantHessian}
     * @param spare           histograms no longer used, shared by the fit's trees one after the other
     */
    TreeGrower(BinnedSamples samples, BinMapper mapper, Replica[] replicas, int tree, float constantHessian,
               GrowerSettings settings, Crew crew, ArrayDeque<Histograms> spare) {
        this(samples, mapper, replicas, tree, constantHessian, settings, crew, spare, true);
    }

    /**
     * @param deferLeaves whether each final leaf's value is deferred to the replicas' raw predictions as it is made
     *                    final ({@link Replica#deferLeaf}); otherwise the caller adds the {@link #leaves} itself
     */
    TreeGrower(BinnedSamples samples, BinMapper mapper, Replica[] replicas, int tree, float constantHessian,
               GrowerSettings settings, Crew crew, ArrayDeque<Histograms> spare, boolean deferLeaves) {
        this.deferLeaves = deferLeaves;
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
        this.replicas = replicas;
        this.tree = tree;
        this.constantHessians = replicas[0].hessians == null;
        this.constantHessian = constantHessian;
        this.settings = settings;
        this.crew = crew;
        this.spare = spare;
        this.rootCounts = samples.rootCounts();
        this.rowsByBin = samples.rowsByBin();
    }

    /** Grows the tree; returns its root (leaf values already shrunk). */
    Node grow() {
        start();
        while (growing()) {
            step();
        }
        return finish();
    }

    /** The first step of growing the tree a step at a time: the root's histograms and split. */
    void start() {
        initializeRoot();
    }

    /** Whether a node is still to be split ({@link #step}) after {@link #start}. */
    boolean growing() {
        return !heap.isEmpty();
    }

    /** Splits the node of the largest gain: its partition, its smaller child's histograms, its children's splits. */
    void step() {
        splitNext();
    }

    /** Shrinks the leaves' values once no node is left to split; returns the root. */
    Node finish() {
        for (Node leaf : leaves) {
            leaf.value *= settings.shrinkage();
        }
        return root;
    }

    Node root() {
        return root;
    }

    /** The final leaves, in the order they were made final (their values shrunk once {@link #finish} has run). */
    List<Node> leaves() {
        return leaves;
    }

    /**
     * Grows the next steps on {@code replica} (a grower of one replica, whose crew is {@link Crew#unowned}): its
     * gradients, which every replica holds the same bits of, and its partition. A tree that the threads take turns
     * growing ({@link SharedTree}) reads the gradients of the thread that takes each step, in that thread's cache.
     */
    void on(Replica replica) {
        if (replicas.length != 1) {
            throw new IllegalStateException("only a grower of one replica moves between replicas");
        }
        replicas[0] = replica;
    }

    int nodeCount() {
        return nodes;
    }

    private void initializeRoot() {
        Histograms histograms = newHistograms();
        int chunks = featureChunks(rows, 1);
        crew.forEachPiece(chunks, true, (c, r) -> histograms.buildRoot(firstFeature(c, chunks),
                firstFeature(c + 1, chunks), rowsByBin, rows, gradients(r), hessians(r), rootCounts));
        // feature 0's bins, in order: scikit-learn sums the root's first histogram with numpy
        int first = Histograms.offset(0);
        double sumGradients = NumpySums.sum(histograms.gradients(0), first, bins);
        double sumHessians = constantHessians
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
        crew.forEachPiece(chunks, true, (c, r) -> {
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
        int rightStart = splitIndices(node, node.split);
        Node[] children = children(node, rightStart);
        settle(node, children[0], children[1], (left, right) -> childSplitsOnCrew(node, left, right, replicas));
    }

    /**
     * Splits the root, at the top of the heap, on the crew when its rows are partitioned in one partition that the
     * threads share ({@code views}: each thread's replica of the gradients with that partition; {@link
     * NodesInFlight}): the owner partitions the rows, then the smaller child's histograms and the children's split
     * searches are split between the threads by features as {@link #splitNext} splits them.
     */
    void splitRootOn(Replica[] views) {
        Node node = heapPop();
        Node[] children = children(node, partitionIn(views[0], node));
        settle(node, children[0], children[1], (left, right) -> childSplitsOnCrew(node, left, right, views));
    }

    /**
     * The smaller child's histograms (the larger's by subtraction from the parent's) and the children's best splits
     * (null for a leaf), split between the crew's threads by features; each thread reads the rows' order from its
     * replica in {@code partitions} and its own gradients.
     */
    private SplitInfo[][] childSplitsOnCrew(Node node, Node left, Node right, Replica[] partitions) {
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
        crew.forEachPiece(chunks, true, (c, r) -> {
            int from = firstFeature(c, chunks);
            int to = firstFeature(c + 1, chunks);
            small.build(from, to, binned, features, partitions[r].partition, smallest.start, smallest.stop,
                    gradients(r), hessians(r));
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
        return new SplitInfo[][] {leftSplits, rightSplits};
    }

    /** A split node's two children (not yet linked to it), its rows partitioned at {@code rightStart}. */
    private Node[] children(Node node, int rightStart) {
        SplitInfo split = node.split;
        int depth = node.depth + 1;
        return new Node[] {
            new Node(depth, node.start, rightStart, split.sumGradientLeft(), split.sumHessianLeft(), split.valueLeft()),
            new Node(depth, rightStart, node.stop, split.sumGradientRight(), split.sumHessianRight(),
                    split.valueRight())};
    }

    /** The children's histograms and split searches of a node being split (null for a child that is a leaf). */
    private interface ChildSplits {
        SplitInfo[][] compute(Node left, Node right);
    }

    /**
     * Links a node just popped from the heap to its children and decides, as scikit-learn's {@code split_next}, which
     * become leaves (the leaf budget, the depth, too few samples) and which are pushed with their best splits,
     * computed by {@code splits} when a child is not a leaf.
     */
    private void settle(Node node, Node left, Node right, ChildSplits splits) {
        SplitInfo split = node.split;
        int depth = left.depth;
        int leafCount = leaves.size() + heap.size() + 2;
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
                discardPrepared(pending);
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
            SplitInfo[][] childSplits = splits.compute(left, right);
            if (!left.leaf) {
                pushOrFinalize(left, childSplits[0]);
            }
            if (!right.leaf) {
                pushOrFinalize(right, childSplits[1]);
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

    // ---- growing with nodes in flight on several threads (NodesInFlight)

    /**
     * What splitting {@code node} computes that the rest of the tree does not change, ahead of its turn in the heap:
     * its rows partitioned in {@code rows}'s partition, and unless both children are leaves by the depth or their
     * samples, the smaller child's histograms (into {@code small}), the larger's by subtraction and the children's
     * best splits. On the calling thread alone, reading {@code rows}'s gradients; the node's rows are a range no
     * other node in flight shares. The same bits as {@link #splitNext}'s.
     */
    Prepared prepare(Node node, Replica rows, Histograms small, int thread) {
        Node[] children = children(node, partitionIn(rows, node));
        Node left = children[0];
        Node right = children[1];
        left.home = thread;
        right.home = thread;
        boolean leftLeaf = leafAnyway(left);
        boolean rightLeaf = leafAnyway(right);
        if (leftLeaf && rightLeaf) {
            return new Prepared(left, right, null, null, small);
        }
        Node smallest = left.samples() < right.samples() ? left : right;
        Node largest = smallest == left ? right : left;
        Histograms parent = node.histograms;
        smallest.histograms = small;
        largest.histograms = parent;
        node.histograms = null;
        small.build(0, features, binned, features, rows.partition, smallest.start, smallest.stop,
                rows.gradients[tree], constantHessians ? null : rows.hessians[tree]);
        SplitInfo[] leftSplits = leftLeaf ? null : new SplitInfo[features];
        SplitInfo[] rightSplits = rightLeaf ? null : new SplitInfo[features];
        for (int j = 0; j < features; j++) {
            parent.subtract(j, small);
            if (leftSplits != null) {
                leftSplits[j] = SplitFinder.best(j, left, this);
            }
            if (rightSplits != null) {
                rightSplits[j] = SplitFinder.best(j, right, this);
            }
        }
        return new Prepared(left, right, leftSplits, rightSplits, null);
    }

    /** Whether a child becomes a leaf whatever the rest of the tree: the maximum depth, or too few samples. */
    private boolean leafAnyway(Node child) {
        return (settings.maxDepth() > 0 && child.depth == settings.maxDepth())
                || child.samples() < settings.minSamplesLeaf() * 2;
    }

    /**
     * Splits the prepared node at the top of the heap, its turn: the same decisions as {@link #splitNext}, from what
     * {@link #prepare} computed.
     */
    void splitPrepared() {
        Node node = heapPop();
        Prepared prepared = node.prepared;
        node.prepared = null;
        if (prepared.unused() != null) {
            spare.push(prepared.unused());
        }
        settle(node, prepared.left(), prepared.right(),
                (left, right) -> new SplitInfo[][] {prepared.leftSplits(), prepared.rightSplits()});
    }

    /**
     * A node left in the heap when the leaf budget is spent becomes a leaf: what was prepared for it is dropped, once
     * the thread preparing it is done (its rows stay partitioned, in a range that is now one leaf's).
     */
    private void discardPrepared(Node node) {
        while (node.state == Node.PREPARING) {
            Thread.onSpinWait();
        }
        Prepared prepared = node.prepared;
        if (prepared == null) {
            return;
        }
        node.prepared = null;
        for (Histograms h : new Histograms[] {prepared.unused(), prepared.left().histograms,
                prepared.right().histograms}) {
            if (h != null) {
                spare.push(h);
            }
        }
    }

    /** The node at the top of the heap (the next to split), or null. */
    Node top() {
        return heap.isEmpty() ? null : heap.get(0);
    }

    /**
     * The node of the largest gain in the heap whose split nobody has begun to prepare and that the leaf budget may
     * still reach ({@link #leastGainReached}), among those at home on {@code thread} if any (its parent prepared
     * there: the rows' order and the histograms in that core's cache), else among all; null if none.
     */
    Node bestUnprepared(int thread) {
        double reached = leastGainReached();
        Node best = null;
        Node bestHome = null;
        for (Node node : heap) {
            if (node.state != Node.WAITING || node.split.gain() < reached) {
                continue;
            }
            if (best == null || node.split.gain() > best.split.gain()) {
                best = node;
            }
            if ((node.home == thread || node.home < 0) && (bestHome == null
                    || node.split.gain() > bestHome.split.gain())) {
                bestHome = node;
            }
        }
        return bestHome != null ? bestHome : best;
    }

    /**
     * The least gain of a heap node that the leaf budget may still reach: each split spends one leaf of it, and the
     * heap's nodes are split largest gain first, so with k splits left a node is reached only if fewer than k nodes
     * have a larger gain, that is if its gain is at least the k-th largest.
     */
    private double leastGainReached() {
        int splitsLeft = settings.maxLeafNodes() - leaves.size() - heap.size();
        if (settings.maxLeafNodes() <= 0 || splitsLeft >= heap.size()) {
            return Double.NEGATIVE_INFINITY;
        }
        if (splitsLeft <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] gains = new double[heap.size()];
        for (int i = 0; i < gains.length; i++) {
            gains[i] = heap.get(i).split.gain();
        }
        Arrays.sort(gains);
        return gains[gains.length - splitsLeft];
    }

    /**
     * Feature chunks of a node whose histograms are filled from {@code samples} rows and then searched for
     * {@code searches} nodes' splits: one per thread for large work, else one; one while the owner runs alone (a pass
     * over the samples per chunk would cost it more than one pass over all the features).
     */
    private int featureChunks(int samples, int searches) {
        long work = (long) samples * features + (long) searches * features * bins;
        int threads = crew.threadsNow();
        return work < PARALLEL_MIN_WORK || threads == 1 ? 1 : Math.min(threads, features);
    }

    private float[] gradients(int replica) {
        return replicas[replica].gradients[tree];
    }

    private float[] hessians(int replica) {
        return constantHessians ? null : replicas[replica].hessians[tree];
    }

    private int firstFeature(int chunk, int chunks) {
        return (int) ((long) chunk * features / chunks);
    }

    /** Histograms from the spare ones, or new (for a split about to be prepared too: {@link NodesInFlight}). */
    Histograms newHistograms() {
        Histograms h = spare.poll();
        return h != null ? h : new Histograms(features, bins, constantHessians); // filled (cleared first) by build
    }

    private void release(Node node) {
        if (node.histograms != null) {
            spare.push(node.histograms);
            node.histograms = null;
        }
    }

    /**
     * A stable partition of the node's samples: those going left first, both sides in their previous order. Every
     * replica's partition is split the same way, each by its own thread (the helpers' after the owner's, as they
     * apply the crew's log); returns where the right child's samples start.
     */
    private int splitIndices(Node node, SplitInfo split) {
        // a numeric split's side by comparison (-1: the table decides), so that it can be vectorized
        int bin = split.categorical() ? -1 : split.bin();
        int missingLeftBin = split.missingGoToLeft() ? missingBin : -1;
        byte[] goesLeft = goesLeft(split);
        int column = split.feature() * rows;
        // the root's samples are the rows in order: its split reads them without the partition
        boolean fromRows = node == root;
        crew.replay(r -> partition(replicas[r], node, column, goesLeft, bin, missingLeftBin, fromRows));
        return partition(replicas[0], node, column, goesLeft, bin, missingLeftBin, fromRows);
    }

    /**
     * Partitions the node's samples by its split in {@code replica}'s partition alone (a partition that the threads
     * share, written by one of them); returns where the right child's samples start.
     */
    private int partitionIn(Replica replica, Node node) {
        SplitInfo split = node.split;
        int bin = split.categorical() ? -1 : split.bin();
        int missingLeftBin = split.missingGoToLeft() ? missingBin : -1;
        return partition(replica, node, split.feature() * rows, goesLeft(split), bin, missingLeftBin, node == root);
    }

    /** Per bin, 1 if the split sends it left; null for a numeric split the Vector API partitions by comparison. */
    private byte[] goesLeft(SplitInfo split) {
        if (VECTOR_PARTITION && !split.categorical()) {
            return null;
        }
        byte[] goesLeft = new byte[256];
        for (int b = 0; b < 256; b++) {
            boolean left = split.categorical() ? split.goesLeft(b)
                    : (split.missingGoToLeft() && b == missingBin) || b <= split.bin();
            goesLeft[b] = (byte) (left ? 1 : 0);
        }
        return goesLeft;
    }

    /**
     * Partitions the node's samples in {@code replica}'s partition: those going left in place, those going right
     * through the buffer. Both stores happen for every sample and only the cursors move, so the loop does not branch
     * on the (unpredictable) side. A numeric split ({@code bin >= 0}: left up to {@code bin} and, unless it is -1,
     * {@code missingLeftBin}, as {@code goesLeft} says) runs on the Vector API where it can; {@code goesLeft} is null
     * there.
     */
    private int partition(Replica replica, Node node, int column, byte[] goesLeft, int bin, int missingLeftBin,
                          boolean fromRows) {
        int[] partition = replica.partition;
        int[] buffer = replica.buffer;
        int from = node.start;
        int to = node.stop;
        int lefts;
        if (VECTOR_PARTITION && bin >= 0) {
            lefts = VectorPartition.numeric(partition, from, to, binnedByColumn, column, bin, missingLeftBin,
                    partition, buffer, fromRows);
        } else {
            int l = from;
            int r = from;
            if (fromRows) {
                for (int i = from; i < to; i++) {
                    int left = goesLeft[binnedByColumn[column + i] & 0xFF];
                    partition[l] = i;
                    buffer[r] = i;
                    l += left;
                    r += 1 - left;
                }
            } else {
                for (int k = from; k < to; k++) {
                    int i = partition[k];
                    int left = goesLeft[binnedByColumn[column + i] & 0xFF];
                    partition[l] = i;
                    buffer[r] = i;
                    l += left;
                    r += 1 - left;
                }
            }
            lefts = l - from;
        }
        System.arraycopy(buffer, from, partition, from + lefts, to - from - lefts);
        return from + lefts;
    }

    /**
     * Makes {@code node} a leaf: its rows' raw predictions get its value, shrunk, in every replica; deferred, so that
     * each thread adds it while it would otherwise wait ({@link Replica#deferLeaf}).
     */
    private void finalizeLeaf(Node node) {
        node.leaf = true;
        leaves.add(node);
        release(node);
        if (node == root) {
            // the partition is written by the root's split, which reads the rows in order without it
            crew.everyReplica(r -> replicas[r].identity());
        }
        if (!deferLeaves) {
            return;
        }
        double shrunk = node.value * settings.shrinkage();
        int start = node.start;
        int stop = node.stop;
        crew.everyReplica(r -> replicas[r].deferLeaf(tree, start, stop, shrunk));
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
        return constantHessians;
    }

    GrowerSettings settings() {
        return settings;
    }
}
