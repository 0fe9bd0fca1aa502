package io.stratum.runtime.kernels.window;

/**
 * pandas' rolling and expanding statistics along sequences laid end to end: sequence {@code s} is
 * {@code x[starts[s], starts[s + 1])}, and its row {@code k} reads the window of the {@code window} rows up to and
 * including {@code k} that are in the sequence ({@code window} 0: every row of the sequence up to {@code k}, pandas'
 * {@code expanding()}), missing values (NaN) skipped. The arithmetic is pandas' own
 * ({@code pandas/_libs/window/aggregations.pyx}), step for step, so that the digits are pandas': a running sum
 * with Kahan compensation (one compensation for the values added, one for those removed), a Welford mean and sum of
 * squared deviations for the variance, also compensated and recomputed after a cancellation, and pandas' special
 * cases — a window whose values are all equal sums to their multiple exactly, and a mean of values of one sign
 * keeps that sign. Each step removes the row that left the window and adds the one that came, as pandas does; a
 * window of one row, which shares no row with the one before, starts afresh, as in pandas. Results are float64 with
 * NaN where fewer than {@code minPeriods} values were seen.
 *
 * <p>The row loops run a chunk of at most {@link #CHUNK} rows per call, their running state kept in a small object
 * between calls: small methods that the JIT compiles whole after a few calls, where a loop over millions of rows in
 * a larger method is first compiled on the stack and then again (in a one-shot run, that compilation cost more CPU
 * than the arithmetic).
 */
public final class SlidingStatistics {
    static final int CHUNK = 1 << 16;

    private SlidingStatistics() {
    }

    /** The window's width in rows: {@code window}, or every row for an expanding window (0). */
    static int width(long window) {
        return window <= 0 || window > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) window;
    }

    /** The most rows any window holds: the window, or the longest sequence if shorter. */
    private static int widest(int[] starts, int w) {
        int longest = 0;
        for (int s = 0; s + 1 < starts.length; s++) {
            longest = Math.max(longest, starts[s + 1] - starts[s]);
        }
        return Math.min(longest, w);
    }

    /** 1 for a value with its sign bit set (negative, or -0.0), as pandas' {@code signbit}. */
    private static long negative(double v) {
        return Double.doubleToRawLongBits(v) >>> 63;
    }

    /** The running state of pandas' rolling sum and mean. */
    static final class Sum {
        long nobs;
        long negatives;
        long same;
        double sum;
        double addComp;
        double removeComp;
        double prev;

        void reset(double first) {
            prev = first;
            same = 0;
            nobs = 0;
            negatives = 0;
            sum = 0;
            addComp = 0;
            removeComp = 0;
        }
    }

    /** {@code rolling.sum()}; with {@code mean}, {@code rolling.mean()}. */
    public static double[] sum(double[] x, int[] starts, long window, long minPeriods, boolean mean) {
        double[] out = new double[x.length];
        int w = width(window);
        Sum state = new Sum();
        for (int s = 0; s + 1 < starts.length; s++) {
            int a = starts[s];
            int b = starts[s + 1];
            if (w == 1) {
                for (int k = a; k < b; k++) {
                    state.reset(x[k]);
                    sums(x, k, w, k, k + 1, minPeriods, mean, out, state);
                }
                continue;
            }
            state.reset(a < b ? x[a] : Double.NaN);
            for (int from = a; from < b; from += CHUNK) {
                sums(x, a, w, from, Math.min(b, from + CHUNK), minPeriods, mean, out, state);
            }
        }
        return out;
    }

    /** Rows {@code [from, to)} of the sequence starting at row {@code a}. */
    static void sums(double[] x, int a, int w, int from, int to, long minPeriods, boolean mean, double[] out,
                     Sum state) {
        int full = firstFull(a, w, from, to);
        if (from < full) {
            growingSums(x, from, full, minPeriods, mean, out, state);
        }
        if (full < to) {
            slidingSums(x, w, full, to, minPeriods, mean, out, state);
        }
    }

    /**
     * The first row of {@code [from, to)} whose window has a row leaving it (row {@code k - w} of the sequence starting
     * at {@code a}), or {@code to}. The rows before and after it run in separate methods, one whose every step removes
     * a row and one where none does: with one loop and a branch, the JIT guarded the leaving row's index on the branch's
     * profile, and each call's first rows then left the compiled code.
     */
    private static int firstFull(int a, int w, int from, int to) {
        return (int) Math.max(from, Math.min(to, (long) a + w));
    }

    /** Rows {@code [from, to)} whose windows only grow (the sequence's first rows, or an expanding window). */
    private static void growingSums(double[] x, int from, int to, long minPeriods, boolean mean, double[] out, Sum state) {
        long nobs = state.nobs;
        long negatives = state.negatives;
        long same = state.same;
        double sum = state.sum;
        double addComp = state.addComp;
        double prev = state.prev;
        for (int k = from; k < to; k++) {
            double v = x[k];
            if (v == v) {
                nobs++;
                double y = v - addComp;
                double t = sum + y;
                addComp = t - sum - y;
                sum = t;
                negatives += negative(v);
                same = v == prev ? same + 1 : 1;
                prev = v;
            }
            out[k] = sumResult(mean, nobs, minPeriods, sum, same, prev, negatives);
        }
        state.nobs = nobs;
        state.negatives = negatives;
        state.same = same;
        state.sum = sum;
        state.addComp = addComp;
        state.prev = prev;
    }

    /** Rows {@code [from, to)} whose windows each lose row {@code k - w} and gain row {@code k}. */
    private static void slidingSums(double[] x, int w, int from, int to, long minPeriods, boolean mean, double[] out,
                                    Sum state) {
        long nobs = state.nobs;
        long negatives = state.negatives;
        long same = state.same;
        double sum = state.sum;
        double addComp = state.addComp;
        double removeComp = state.removeComp;
        double prev = state.prev;
        for (int k = from; k < to; k++) {
            double u = x[k - w];
            if (u == u) {
                nobs--;
                double y = -u - removeComp;
                double t = sum + y;
                removeComp = t - sum - y;
                sum = t;
                negatives -= negative(u);
            }
            double v = x[k];
            if (v == v) {
                nobs++;
                double y = v - addComp;
                double t = sum + y;
                addComp = t - sum - y;
                sum = t;
                negatives += negative(v);
                same = v == prev ? same + 1 : 1;
                prev = v;
            }
            out[k] = sumResult(mean, nobs, minPeriods, sum, same, prev, negatives);
        }
        state.nobs = nobs;
        state.negatives = negatives;
        state.same = same;
        state.sum = sum;
        state.addComp = addComp;
        state.removeComp = removeComp;
        state.prev = prev;
    }

    /** pandas' rolling sum or mean of a window from its running state. */
    private static double sumResult(boolean mean, long nobs, long minPeriods, double sum, long same, double prev,
                                    long negatives) {
        if (mean) {
            if (nobs >= minPeriods && nobs > 0) {
                double r = sum / nobs;
                if (same >= nobs) {
                    return prev;
                } else if (negatives == 0 && r < 0) {
                    return 0;
                } else if (negatives == nobs && r > 0) {
                    return 0;
                }
                return r;
            }
            return Double.NaN;
        } else if (nobs == 0 && minPeriods == 0) {
            return 0;
        } else if (nobs >= minPeriods) {
            return same >= nobs ? prev * nobs : sum;
        }
        return Double.NaN;
    }

    /**
     * {@code rolling.var(ddof)}; with {@code std}, its square root (a negative rounding error read as zero). pandas'
     * Welford update, compensated; when a step loses most of the sum of squared deviations (it falls below 1e3 ulps of
     * what it was: a cancellation leaving few significant digits), the window is recomputed from its rows, as pandas
     * does, so a window of equal values after large ones has pandas' (near-)zero variance.
     */
    public static double[] variance(double[] x, int[] starts, long window, long minPeriods, long ddof, boolean std) {
        double[] out = new double[x.length];
        int w = width(window);
        long minp = Math.max(minPeriods, 1);
        Welford state = new Welford();
        for (int s = 0; s + 1 < starts.length; s++) {
            int a = starts[s];
            int b = starts[s + 1];
            state.reset();
            for (int from = a; from < b; from += CHUNK) {
                variances(x, a, w, from, Math.min(b, from + CHUNK), minp, ddof, std, out, state);
            }
        }
        return out;
    }

    private static void variances(double[] x, int a, int w, int from, int to, long minp, long ddof, boolean std,
                                  double[] out, Welford state) {
        for (int k = from; k < to; k++) {
            int first = k - a >= w ? k + 1 - w : a;
            if (w == 1 || k == a) {
                // A window sharing no row with the one before (pandas recomputes it).
                state.reset();
                state.add(x[k]);
            } else {
                if (k - a >= w) {
                    state.remove(x[k - w]);
                }
                state.add(x[k]);
                if (state.unstable) {
                    state.reset();
                    for (int j = first; j <= k; j++) {
                        state.add(x[j]);
                    }
                }
            }
            state.unstable = false;
            double r = state.nobs >= minp && state.nobs > ddof ? state.ssqdm / (state.nobs - (double) ddof) : Double.NaN;
            out[k] = std ? (r < 0 ? 0.0 : Math.sqrt(r)) : r;
        }
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
    public static double[] count(double[] x, int[] starts, long window, long minPeriods) {
        double[] out = new double[x.length];
        int w = width(window);
        for (int s = 0; s + 1 < starts.length; s++) {
            int a = starts[s];
            long seen = 0;
            for (int k = a; k < starts[s + 1]; k++) {
                if (k - a >= w && x[k - w] == x[k - w]) {
                    seen--;
                }
                if (x[k] == x[k]) {
                    seen++;
                }
                out[k] = Math.min(k + 1 - a, w) >= minPeriods ? seen : Double.NaN;
            }
        }
        return out;
    }

    /**
     * {@code rolling(window, center=True).count()}: row {@code k}'s window is the {@code window} rows ending
     * {@code offset} rows after it, cut at its sequence's ends; NaN where it holds fewer than {@code minPeriods} rows.
     */
    public static double[] centeredCount(double[] x, int[] starts, long window, int offset, long minPeriods) {
        double[] out = new double[x.length];
        int[] seen = new int[x.length + 1];
        for (int j = 0; j < x.length; j++) {
            seen[j + 1] = seen[j] + (x[j] == x[j] ? 1 : 0);
        }
        for (int s = 0; s + 1 < starts.length; s++) {
            int a = starts[s];
            int b = starts[s + 1];
            for (int k = a; k < b; k++) {
                long end = (long) k + offset + 1;
                long last = Math.min(b, end);
                int first = (int) Math.max(a, end - window);
                out[k] = last - first >= minPeriods ? seen[(int) last] - seen[first] : Double.NaN;
            }
        }
        return out;
    }

    /** Where the extreme's forward pass stands between chunks. */
    static final class Extreme {
        /** The row's place in its block of {@code window} rows. */
        int pos;
        /** The extreme of the block's rows so far. */
        double run;
        long nobs;
    }

    /**
     * {@code rolling.max()} (or {@code min()}) in two passes without branches on the values (van Herk, Gil and
     * Werman): the sequence is cut in blocks of {@code window} rows; a window then covers the end of one block and the
     * start of the next, so its extreme is that of the first block's suffix (a backward pass) and the second block's
     * prefix (the forward pass). Missing values are skipped (they count as an infinity of the other side, and the
     * window's count of values decides whether it has a result). Of equal values the later one is kept, as pandas'
     * deque keeps it (which shows only in the sign of a zero).
     */
    public static double[] extreme(double[] x, int[] starts, long window, long minPeriods, boolean max) {
        double[] out = new double[x.length];
        int w = width(window);
        double[] suffix = widest(starts, Integer.MAX_VALUE) > w ? new double[x.length] : null;
        Extreme state = new Extreme();
        for (int s = 0; s + 1 < starts.length; s++) {
            int a = starts[s];
            int b = starts[s + 1];
            state.pos = 0;
            state.nobs = 0;
            for (int from = a; from < b; from += CHUNK) {
                extremes(x, a, w, from, Math.min(b, from + CHUNK), minPeriods, suffix, out, state, max);
            }
        }
        return out;
    }

    /**
     * Rows {@code [from, to)} of the sequence starting at row {@code a}: the suffixes of the blocks the windows of
     * these rows reach back into (ending before {@code to}), then the forward pass. {@code x} holds the rows from
     * {@code 2 * w} before {@code from} on (or from {@code a}).
     */
    static void extremes(double[] x, int a, int w, int from, int to, long minPeriods, double[] suffix, double[] out,
                         Extreme state, boolean max) {
        if (to - 1 - a >= w) {
            int first = Math.max(a, from - w + 1);
            for (int lo = a + (first - a) / w * w; lo < to; lo += w) {
                int hi = (int) Math.min(to, (long) lo + w);
                if (max) {
                    maxSuffixes(x, lo, hi, suffix);
                } else {
                    minSuffixes(x, lo, hi, suffix);
                }
            }
        }
        int full = firstFull(a, w, from, to);
        if (from < full) {
            growingExtremes(x, w, from, full, minPeriods, out, state, max);
        }
        if (full < to) {
            if (max) {
                maxima(x, w, full, to, minPeriods, suffix, out, state);
            } else {
                minima(x, w, full, to, minPeriods, suffix, out, state);
            }
        }
    }

    /** Rows {@code [from, to)} whose windows only grow: the extreme of the rows so far (of the block, for blocks). */
    private static void growingExtremes(double[] x, int w, int from, int to, long minPeriods, double[] out,
                                        Extreme state, boolean max) {
        int pos = state.pos;
        double run = state.run;
        long nobs = state.nobs;
        double none = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int k = from; k < to; k++) {
            double v = x[k];
            nobs += v == v ? 1 : 0;
            v = v == v ? v : none;
            run = pos == 0 || (max ? v >= run : v <= run) ? v : run;
            out[k] = nobs >= minPeriods && nobs > 0 ? run : Double.NaN;
            pos = pos + 1 == w ? 0 : pos + 1;
        }
        state.pos = pos;
        state.run = run;
        state.nobs = nobs;
    }

    /** The maximum of each row to the end of its block {@code [lo, hi)}. */
    private static void maxSuffixes(double[] x, int lo, int hi, double[] suffix) {
        double run = Double.NEGATIVE_INFINITY;
        for (int i = hi - 1; i >= lo; i--) {
            double v = x[i];
            v = v == v ? v : Double.NEGATIVE_INFINITY;
            run = v > run ? v : run;
            suffix[i] = run;
        }
    }

    private static void minSuffixes(double[] x, int lo, int hi, double[] suffix) {
        double run = Double.POSITIVE_INFINITY;
        for (int i = hi - 1; i >= lo; i--) {
            double v = x[i];
            v = v == v ? v : Double.POSITIVE_INFINITY;
            run = v < run ? v : run;
            suffix[i] = run;
        }
    }

    private static void maxima(double[] x, int w, int from, int to, long minPeriods, double[] suffix,
                               double[] out, Extreme state) {
        int pos = state.pos;
        double run = state.run;
        long nobs = state.nobs;
        for (int k = from; k < to; k++) {
            double v = x[k];
            nobs += v == v ? 1 : 0;
            v = v == v ? v : Double.NEGATIVE_INFINITY;
            run = pos == 0 || v >= run ? v : run;
            double best = run;
            double left = x[k - w];
            nobs -= left == left ? 1 : 0;
            if (pos != w - 1) {
                double s = suffix[k - w + 1];
                best = run >= s ? run : s;
            }
            out[k] = nobs >= minPeriods && nobs > 0 ? best : Double.NaN;
            pos = pos + 1 == w ? 0 : pos + 1;
        }
        state.pos = pos;
        state.run = run;
        state.nobs = nobs;
    }

    private static void minima(double[] x, int w, int from, int to, long minPeriods, double[] suffix,
                               double[] out, Extreme state) {
        int pos = state.pos;
        double run = state.run;
        long nobs = state.nobs;
        for (int k = from; k < to; k++) {
            double v = x[k];
            nobs += v == v ? 1 : 0;
            v = v == v ? v : Double.POSITIVE_INFINITY;
            run = pos == 0 || v <= run ? v : run;
            double best = run;
            double left = x[k - w];
            nobs -= left == left ? 1 : 0;
            if (pos != w - 1) {
                double s = suffix[k - w + 1];
                best = run <= s ? run : s;
            }
            out[k] = nobs >= minPeriods && nobs > 0 ? best : Double.NaN;
            pos = pos + 1 == w ? 0 : pos + 1;
        }
        state.pos = pos;
        state.run = run;
        state.nobs = nobs;
    }

    /**
     * {@code expanding().median()}: windows that only grow (a new sequence starts afresh), so the values seen are kept
     * in two heaps, the lower half (a max-heap) and the upper half (a min-heap): O(log n) per row, the middle value or
     * the mean of the two middle ones, the same values {@link #median} gives.
     */
    public static double[] expandingMedian(double[] x, int[] starts, long minPeriods) {
        double[] out = new double[x.length];
        int widest = widest(starts, Integer.MAX_VALUE);
        double[] lower = new double[Math.max(1, widest)];
        double[] upper = new double[Math.max(1, widest)];
        for (int s = 0; s + 1 < starts.length; s++) {
            int lo = 0;
            int hi = 0;
            for (int k = starts[s]; k < starts[s + 1]; k++) {
                double v = x[k];
                if (v == v) {
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
                out[k] = size > 0 && size >= minPeriods ? ((size & 1) == 1 ? lower[0] : (lower[0] + upper[0]) / 2)
                        : Double.NaN;
            }
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
    public static double[] median(double[] x, int[] starts, long window, long minPeriods) {
        double[] out = new double[x.length];
        int w = width(window);
        double[] sorted = new double[Math.max(1, widest(starts, w))];
        for (int s = 0; s + 1 < starts.length; s++) {
            int a = starts[s];
            int size = 0;
            for (int k = a; k < starts[s + 1]; k++) {
                if (k - a >= w) {
                    double v = x[k - w];
                    if (v == v) {
                        int at = java.util.Arrays.binarySearch(sorted, 0, size, v);
                        System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
                        size--;
                    }
                }
                double v = x[k];
                if (v == v) {
                    int at = java.util.Arrays.binarySearch(sorted, 0, size, v);
                    if (at < 0) {
                        at = -at - 1;
                    }
                    System.arraycopy(sorted, at, sorted, at + 1, size - at);
                    sorted[at] = v;
                    size++;
                }
                if (size > 0 && size >= minPeriods) {
                    int mid = size / 2;
                    out[k] = (size & 1) == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
                } else {
                    out[k] = Double.NaN;
                }
            }
        }
        return out;
    }
}
