package io.stratum.runtime.kernels.window;

/**
 * pandas' rolling and expanding statistics over windows given as bounds: row {@code i} reads
 * {@code x[start[i], end[i])}, missing values (NaN) skipped. The arithmetic is pandas' own
 * ({@code pandas/_libs/window/aggregations.pyx}), step for step, so that the digits are pandas': a running sum
 * with Kahan compensation (one compensation for the values added, one for those removed), a Welford mean and sum of
 * squared deviations for the variance, also compensated and recomputed after a cancellation, and pandas' special
 * cases — a window whose values are all equal sums to their multiple exactly, and a mean of values of one sign
 * keeps that sign. When the
 * bounds never move backwards (always so for {@code rolling(n)} and {@code expanding()}, also within groups laid end
 * to end) each step removes the rows that left and adds those that came, as pandas does; otherwise every window is
 * summed afresh. Results are float64 with NaN where fewer than {@code minPeriods} values were seen.
 */
public final class SlidingStatistics {
    private SlidingStatistics() {
    }

    static boolean monotonic(int[] start, int[] end) {
        for (int i = 1; i < start.length; i++) {
            if (start[i] < start[i - 1] || end[i] < end[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** {@code rolling.sum()}; with {@code mean}, {@code rolling.mean()}. */
    public static double[] sum(double[] x, int[] start, int[] end, long minPeriods, boolean mean) {
        int n = start.length;
        double[] out = new double[n];
        boolean monotonic = monotonic(start, end);
        long nobs = 0;
        long negatives = 0;
        double sum = 0;
        double addComp = 0;
        double removeComp = 0;
        long same = 0;
        double prev = Double.NaN;
        for (int i = 0; i < n; i++) {
            int s = start[i];
            int e = end[i];
            int addFrom;
            if (i == 0 || !monotonic || s >= end[i - 1]) {
                // A window sharing no row with the last one starts afresh, as pandas does.
                prev = s < x.length ? x[s] : Double.NaN;
                same = 0;
                nobs = 0;
                negatives = 0;
                sum = 0;
                addComp = 0;
                removeComp = 0;
                addFrom = s;
            } else {
                for (int j = start[i - 1]; j < s; j++) {
                    double v = x[j];
                    if (v == v) {
                        nobs--;
                        double y = -v - removeComp;
                        double t = sum + y;
                        removeComp = t - sum - y;
                        sum = t;
                        if (v < 0 || v == 0 && 1 / v < 0) {
                            negatives--;
                        }
                    }
                }
                addFrom = end[i - 1];
            }
            for (int j = addFrom; j < e; j++) {
                double v = x[j];
                if (v == v) {
                    nobs++;
                    double y = v - addComp;
                    double t = sum + y;
                    addComp = t - sum - y;
                    sum = t;
                    if (v < 0 || v == 0 && 1 / v < 0) {
                        negatives++;
                    }
                    same = v == prev ? same + 1 : 1;
                    prev = v;
                }
            }
            double r;
            if (mean) {
                if (nobs >= minPeriods && nobs > 0) {
                    r = sum / nobs;
                    if (same >= nobs) {
                        r = prev;
                    } else if (negatives == 0 && r < 0) {
                        r = 0;
                    } else if (negatives == nobs && r > 0) {
                        r = 0;
                    }
                } else {
                    r = Double.NaN;
                }
            } else if (nobs == 0 && minPeriods == 0) {
                r = 0;
            } else if (nobs >= minPeriods) {
                r = same >= nobs ? prev * nobs : sum;
            } else {
                r = Double.NaN;
            }
            out[i] = r;
            if (!monotonic) {
                nobs = 0;
                negatives = 0;
                sum = 0;
                removeComp = 0;
            }
        }
        return out;
    }

    /**
     * {@code rolling.var(ddof)}; with {@code std}, its square root (a negative rounding error read as zero). pandas'
     * Welford update, compensated; when a step loses most of the sum of squared deviations (it falls below 1e3 ulps of
     * what it was: a cancellation leaving few significant digits), the window is recomputed from its rows, as pandas
     * does, so a window of equal values after large ones has pandas' (near-)zero variance.
     */
    public static double[] variance(double[] x, int[] start, int[] end, long minPeriods, long ddof, boolean std) {
        int n = start.length;
        double[] out = new double[n];
        boolean monotonic = monotonic(start, end);
        long minp = Math.max(minPeriods, 1);
        Welford w = new Welford();
        for (int i = 0; i < n; i++) {
            int s = start[i];
            int e = end[i];
            boolean recompute = i == 0 || !monotonic || s >= end[i - 1];
            if (!recompute) {
                for (int j = start[i - 1]; j < s; j++) {
                    w.remove(x[j]);
                }
                for (int j = end[i - 1]; j < e; j++) {
                    w.add(x[j]);
                }
            }
            if (recompute || w.unstable) {
                w.reset();
                for (int j = s; j < e; j++) {
                    w.add(x[j]);
                }
                w.unstable = false;
            }
            double r = w.nobs >= minp && w.nobs > ddof ? w.ssqdm / (w.nobs - (double) ddof) : Double.NaN;
            out[i] = std ? (r < 0 ? 0.0 : Math.sqrt(r)) : r;
            if (!monotonic) {
                w.reset();
            }
        }
        return out;
    }

    /** The running state of pandas' rolling variance. */
    private static final class Welford {
        /** A step that keeps fewer than about 3 significant digits of the sum of squared deviations. */
        private static final double INV_COND_TOL = Math.ulp(1.0) * 1e3;
        long nobs;
        double mean;
        double ssqdm;
        double addComp;
        double removeComp;
        boolean unstable;

        void reset() {
            nobs = 0;
            mean = 0;
            ssqdm = 0;
            addComp = 0;
            removeComp = 0;
        }

        void add(double v) {
            if (v != v) {
                return;
            }
            double before = ssqdm;
            nobs++;
            double prevMean = mean - addComp;
            double y = v - addComp;
            double t = y - mean;
            addComp = t + mean - y;
            mean += t / nobs;
            ssqdm += (v - prevMean) * (v - mean);
            if (before * INV_COND_TOL > ssqdm) {
                unstable = true;
            }
        }

        void remove(double v) {
            if (v != v) {
                return;
            }
            double before = ssqdm;
            nobs--;
            if (nobs != 0) {
                double prevMean = mean - removeComp;
                double y = v - removeComp;
                double t = y - mean;
                removeComp = t + mean - y;
                mean -= t / nobs;
                ssqdm -= (v - prevMean) * (v - mean);
                if (before * INV_COND_TOL > ssqdm) {
                    unstable = true;
                }
            } else {
                mean = 0;
                ssqdm = 0;
                unstable = false;
            }
        }
    }

    /**
     * {@code rolling.count()}: the non-missing values of each window, or NaN where the window holds fewer than
     * {@code minPeriods} rows (pandas counts through its rolling sum of the not-missing mask, so the rows, missing or
     * not, are what {@code min_periods} is compared with).
     */
    public static double[] count(double[] x, int[] start, int[] end, long minPeriods) {
        int n = start.length;
        int[] before = new int[x.length + 1];
        for (int j = 0; j < x.length; j++) {
            before[j + 1] = before[j] + (x[j] == x[j] ? 1 : 0);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int rows = end[i] - start[i];
            out[i] = rows >= minPeriods ? before[end[i]] - before[start[i]] : Double.NaN;
        }
        return out;
    }

    /**
     * {@code rolling.max()} (or {@code min()}) in one pass: a deque of the rows whose value may still be the
     * window's extreme, in row order with values decreasing (increasing for min), so each row enters and leaves once.
     * Needs bounds that never move backwards; otherwise each window is scanned.
     */
    public static double[] extreme(double[] x, int[] start, int[] end, long minPeriods, boolean max) {
        int n = start.length;
        double[] out = new double[n];
        if (!monotonic(start, end)) {
            for (int i = 0; i < n; i++) {
                long nobs = 0;
                double best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                for (int j = start[i]; j < end[i]; j++) {
                    double v = x[j];
                    if (v == v) {
                        nobs++;
                        best = max ? Math.max(best, v) : Math.min(best, v);
                    }
                }
                out[i] = nobs > 0 && nobs >= minPeriods ? best : Double.NaN;
            }
            return out;
        }
        int[] deque = new int[Math.max(1, x.length)];
        int head = 0;
        int tail = 0;
        long nobs = 0;
        int added = 0;
        int removedTo = 0;
        for (int i = 0; i < n; i++) {
            int s = start[i];
            int e = end[i];
            for (; removedTo < s; removedTo++) {
                if (x[removedTo] == x[removedTo]) {
                    nobs--;
                }
            }
            for (; added < e; added++) {
                double v = x[added];
                if (v == v) {
                    nobs++;
                    while (tail > head && (max ? x[deque[tail - 1]] <= v : x[deque[tail - 1]] >= v)) {
                        tail--;
                    }
                    deque[tail++] = added;
                }
            }
            while (tail > head && deque[head] < s) {
                head++;
            }
            out[i] = tail > head && nobs >= minPeriods ? x[deque[head]] : Double.NaN;
        }
        return out;
    }

    /**
     * {@code expanding().median()}: windows that only grow (a new sequence starts afresh), so the values seen are kept
     * in two heaps, the lower half (a max-heap) and the upper half (a min-heap): O(log n) per row, the middle value or
     * the mean of the two middle ones, the same values {@link #median} gives.
     */
    public static double[] expandingMedian(double[] x, int[] start, int[] end, long minPeriods) {
        int n = start.length;
        double[] out = new double[n];
        double[] lower = new double[Math.max(1, x.length)];
        double[] upper = new double[Math.max(1, x.length)];
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < n; i++) {
            int addFrom = end[i - (i == 0 ? 0 : 1)];
            if (i == 0 || start[i] != start[i - 1] || end[i] < end[i - 1]) {
                lo = 0;
                hi = 0;
                addFrom = start[i];
            }
            for (int j = addFrom; j < end[i]; j++) {
                double v = x[j];
                if (v != v) {
                    continue;
                }
                if (lo == 0 || v <= lower[0]) {
                    lo = push(lower, lo, v, true);
                } else {
                    hi = push(upper, hi, v, false);
                }
                if (lo > hi + 1) {
                    double top = lower[0];
                    lo = pop(lower, lo, true);
                    hi = push(upper, hi, top, false);
                } else if (hi > lo) {
                    double top = upper[0];
                    hi = pop(upper, hi, false);
                    lo = push(lower, lo, top, true);
                }
            }
            int size = lo + hi;
            out[i] = size > 0 && size >= minPeriods ? ((size & 1) == 1 ? lower[0] : (lower[0] + upper[0]) / 2) : Double.NaN;
        }
        return out;
    }

    /** Adds {@code v} to the heap of {@code size} values (a max-heap with {@code max}); returns the new size. */
    private static int push(double[] heap, int size, double v, boolean max) {
        int at = size;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (max ? heap[parent] >= v : heap[parent] <= v) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = v;
        return size + 1;
    }

    /** Removes the heap's top; returns the new size. */
    private static int pop(double[] heap, int size, boolean max) {
        double last = heap[--size];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && (max ? heap[child + 1] > heap[child] : heap[child + 1] < heap[child])) {
                child++;
            }
            if (max ? last >= heap[child] : last <= heap[child]) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        if (size > 0) {
            heap[at] = last;
        }
        return size;
    }

    /**
     * {@code rolling.median()}: the window's non-missing values kept sorted (binary search, then one array move per
     * value added or removed: O(window) per row, a memory move, fast for the windows agents use), the middle value or
     * the mean of the two middle ones, as pandas' skip list gives.
     */
    public static double[] median(double[] x, int[] start, int[] end, long minPeriods) {
        int n = start.length;
        double[] out = new double[n];
        boolean monotonic = monotonic(start, end);
        int widest = 0;
        for (int i = 0; i < n; i++) {
            widest = Math.max(widest, end[i] - start[i]);
        }
        double[] sorted = new double[Math.max(1, widest)];
        int size = 0;
        for (int i = 0; i < n; i++) {
            int s = start[i];
            int e = end[i];
            int addFrom;
            if (i == 0 || !monotonic) {
                size = 0;
                addFrom = s;
            } else {
                for (int j = start[i - 1]; j < s; j++) {
                    double v = x[j];
                    if (v == v) {
                        int at = java.util.Arrays.binarySearch(sorted, 0, size, v);
                        System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
                        size--;
                    }
                }
                addFrom = end[i - 1];
            }
            for (int j = addFrom; j < e; j++) {
                double v = x[j];
                if (v == v) {
                    int at = java.util.Arrays.binarySearch(sorted, 0, size, v);
                    if (at < 0) {
                        at = -at - 1;
                    }
                    System.arraycopy(sorted, at, sorted, at + 1, size - at);
                    sorted[at] = v;
                    size++;
                }
            }
            if (size > 0 && size >= minPeriods) {
                int mid = size / 2;
                out[i] = (size & 1) == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
            } else {
                out[i] = Double.NaN;
            }
        }
        return out;
    }
}
