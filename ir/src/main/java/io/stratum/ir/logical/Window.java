package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * pandas' window methods of a column or a frame (each column): the cumulative ones ({@code cumsum}, {@code cumprod},
 * {@code cummax}, {@code cummin}), {@code expanding().f()} and {@code rolling(window).f()}, each row's value computed
 * from the rows up to it, in frame order; with {@code keys}, the same per group ({@code groupby(k)[c].cumsum()},
 * {@code cumcount()}: the {@link Grouping}), aligned to the input's rows. One node for all of them: they differ only in the rows a value
 * reads (the {@link Frame}) and the statistic of those rows (the {@link Function}), and every rule that must not move
 * a filter or a split across a row-dependent value treats them alike. Like {@link Shift}, no filter, sort or row
 * selection may move across it; the result keeps the input's rows, order and labels.
 * Without keys the node applies to every column of its input (a column or a frame); with keys, the input is the
 * grouped frame.
 */
public record Window(LogicalNode input, Grouping grouping, Function function, Frame frame, Origin origin)
        implements LogicalNode {

    /** The statistic of a window's rows. */
    public enum Function {
        SUM, PROD, MIN, MAX, MEAN, STD, VAR, MEDIAN, COUNT;

        /** pandas' name of the statistic ({@code sum}, ...). */
        public String pandasName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which rows a row's value reads. */
    public enum Kind {
        /** pandas' {@code cumsum()}-style methods: every row so far, missing values skipped and kept missing. */
        CUMULATIVE,
        /** {@code expanding(min_periods)}: every row so far. */
        EXPANDING,
        /** {@code rolling(window, min_periods)}: the last {@code size} rows, this one included. */
        ROLLING,
        /**
         * {@code ewm(com, min_periods, adjust, ignore_na)}: every row so far, weighted by {@code (1 - alpha)} per row
         * back, {@code alpha = 1 / (1 + com)} (pandas' exponentially weighted window).
         */
        EWM
    }

    /**
     * The rows a value reads: {@code size} for a rolling window (0 otherwise), and the fewest non-missing values
     * ({@code minPeriods}) that give a value rather than a missing one (unused by the cumulative methods); a rolling
     * window with {@code center} is centred on its row (pandas' {@code center=True}: the {@code size} rows ending
     * {@code (size - 1) / 2} rows after it, cut at the ends of the rows).
     */
    public record Frame(Kind kind, long size, long minPeriods, long ddof, boolean center, double com, boolean adjust,
                        boolean ignoreNa) {
        public Frame {
            Objects.requireNonNull(kind, "kind");
            if (kind == Kind.ROLLING ? size <= 0 : size != 0) {
                throw new IllegalArgumentException("window size " + size + " for " + kind);
            }
            if (minPeriods < 0 || ddof < 0) {
                throw new IllegalArgumentException("min_periods " + minPeriods + ", ddof " + ddof);
            }
            if (center && kind != Kind.ROLLING) {
                throw new IllegalArgumentException("a centred window is a rolling one, not " + kind);
            }
            if (kind == Kind.EWM ? !(com >= 0) || Double.isInfinite(com) : com != 0 || !adjust || ignoreNa) {
                throw new IllegalArgumentException("com " + com + ", adjust " + adjust + ", ignore_na " + ignoreNa
                        + " for " + kind);
            }
        }

        /** A trailing window (not centred). */
        public Frame(Kind kind, long size, long minPeriods, long ddof) {
            this(kind, size, minPeriods, ddof, false);
        }

        public Frame(Kind kind, long size, long minPeriods, long ddof, boolean center) {
            this(kind, size, minPeriods, ddof, center, 0, true, false);
        }

        /** pandas' {@code ewm(com=com, min_periods=..., adjust=..., ignore_na=...)}. */
        public static Frame ewm(double com, long minPeriods, boolean adjust, boolean ignoreNa) {
            return new Frame(Kind.EWM, 0, minPeriods, 1, false, com, adjust, ignoreNa);
        }

        public static Frame cumulative() {
            return new Frame(Kind.CUMULATIVE, 0, 0, 1);
        }
    }

    public Window {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(origin, "origin");
        if (function == Function.COUNT && frame.kind() == Kind.CUMULATIVE && !grouping.grouped()) {
            throw new IllegalArgumentException("cumcount() is a group-by method");
        }
    }

    /** An ungrouped window of every column of {@code input}. */
    public Window(LogicalNode input, Function function, Frame frame, Origin origin) {
        this(input, Grouping.NONE, function, frame, origin);
    }

    /** The method as pandas spells it: {@code cumsum}, {@code cumcount}, {@code expanding.mean}, {@code rolling.std}. */
    public String method() {
        return method(function, frame);
    }

    public static String method(Function function, Frame frame) {
        return switch (frame.kind()) {
            case CUMULATIVE -> function == Function.COUNT ? "cumcount" : "cum" + function.pandasName();
            case EXPANDING -> "expanding." + function.pandasName();
            case ROLLING -> "rolling." + function.pandasName();
            case EWM -> "ewm." + function.pandasName();
        };
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new Window(in.get(0), grouping, function, frame, origin);
    }

    @Override
    public String kind() {
        return "Window";
    }

    @Override
    public void terms(Terms t) {
        terms(t, grouping, function, frame);
    }

    /** The terms of a window, logical or physical ({@code WindowRows}): EXPLAIN shows both alike. */
    public static void terms(Terms t, Grouping grouping, Function function, Frame frame) {
        t.item("method", method(function, frame));
        if (frame.kind() == Kind.ROLLING) {
            t.item("window", frame.size());
        }
        if (frame.center()) {
            t.item("center", true);
        }
        if (frame.kind() == Kind.EWM) {
            t.item("com", frame.com());
            if (!frame.adjust()) {
                t.item("adjust", false);
            }
            if (frame.ignoreNa()) {
                t.item("ignore_na", true);
            }
        }
        if (frame.kind() != Kind.CUMULATIVE) {
            t.item("min_periods", frame.minPeriods());
        }
        if ((function == Function.STD || function == Function.VAR) && frame.ddof() != 1) {
            t.item("ddof", frame.ddof());
        }
        grouping.terms(t);
    }

    @Override
    public boolean equals(Object o) {
        return PlanNode.sameStructure(this, o);
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }
}
