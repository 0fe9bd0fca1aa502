package io.stratum.optimizer.rules;

import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.GroupBy;
import io.stratum.ir.logical.Grouping;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Shift;
import io.stratum.ir.logical.Window;
import io.stratum.ir.value.Const;
import java.util.List;

/**
 * Binds pandas' row methods whose value reads the rows before it in frame order: the cumulative methods, and the
 * statistics of {@code expanding()} and {@code rolling(window)} and {@code ewm(...).mean()}, to a {@link Window}; {@code pct_change(periods)} to a
 * {@link Shift}; and the same per group ({@code groupby(k)[c].cumsum()}, {@code .cumcount()}, {@code .shift(n)},
 * {@code .diff(n)}, {@code .pct_change(n)}), aligned to the rows. pandas' defaults are checked; arguments Stratum
 * does not implement (a time-based window, {@code skipna=False}, ...) are refused at the call's
 * line with what to write instead.
 */
final class WindowMethods {
    /** The cumulative methods of a column or frame (and of a group-by). */
    static final List<String> CUMULATIVE = List.of("cumsum", "cumprod", "cummax", "cummin");
    /** The methods that make a window ({@code x.rolling(3)}), bound with the statistic that consumes them. */
    static final List<String> WINDOWS = List.of("rolling", "expanding", "ewm");
    /** The statistics of a window Stratum computes. */
    static final List<String> STATISTICS = List.of("sum", "mean", "min", "max", "std", "var", "median", "count");
    /** The group-by methods bound here, aligned to the rows. */
    static final List<String> GROUPED = List.of("cumsum", "cumprod", "cummax", "cummin", "cumcount", "shift", "diff",
            "pct_change", "ffill", "bfill");
    /** The methods that fill a missing value from the rows before ({@code ffill}) or after ({@code bfill}) it. */
    static final List<String> FILLS = List.of("ffill", "bfill");

    private WindowMethods() {
    }

    /** {@code x.cumsum()} and friends of a column or frame. */
    static Window cumulative(CallMethod c) {
        CallArguments a = new CallArguments(c.method(), c.origin(), c.args(), List.of("axis", "skipna"), 2);
        requireRows(a, c.method());
        if (!a.bool("skipna", true)) {
            throw a.error(c.method() + "(skipna=False) is not supported by Stratum yet",
                    "leave skipna at its default, True (missing values stay missing and are skipped)");
        }
        return new Window(c.receiver(), function(c.method().substring(3)), Window.Frame.cumulative(), c.origin());
    }

    /**
     * {@code x.ffill(limit=None)} or {@code bfill}: each missing value the last (next) non-missing value of its column
     * (of its group's rows, for a group-by's), at most {@code limit} missing values in a row; the dtype kept.
     */
    static Shift fill(CallMethod c, Grouping grouping, LogicalNode input) {
        String m = c.method();
        CallArguments a = grouping.grouped() ? new CallArguments("groupby(...)." + m, c.origin(), c.args(), List.of("limit"), 1)
                : new CallArguments(m, c.origin(), c.args(), List.of("axis", "inplace", "limit", "limit_area"), 0);
        if (!grouping.grouped()) {
            requireRows(a, m);
            if (a.bool("inplace", false)) {
                throw a.error(m + "(inplace=True) is not supported: DataOps are not changed in place",
                        "assign the result: x = x." + m + "()");
            }
            a.requireDefault("limit_area", Const.none());
        }
        Const limit = a.constant("limit", Const.none());
        long n = 0;
        if (limit instanceof Const.IntConst i && i.value() > 0) {
            n = i.value();
        } else if (!(limit instanceof Const.NoneConst)) {
            throw a.error(m + "(): limit must be an int greater than 0, got " + limit.repr(),
                    "leave limit out to fill every missing value, or e.g. limit=2");
        }
        return new Shift(input, n, m.equals("ffill") ? Shift.Method.FFILL : Shift.Method.BFILL, grouping, c.origin());
    }

    /** {@code x.pct_change(periods)}, pandas 3's {@code fill_method=None}. */
    static Shift pctChange(CallMethod c, Grouping grouping, LogicalNode input) {
        CallArguments a = new CallArguments("pct_change", c.origin(), c.args(), List.of("periods", "fill_method", "freq",
                "axis", "limit"), grouping.grouped() ? 4 : 2);
        long periods = periods(a, "pct_change");
        if (!(a.constant("fill_method", Const.none()) instanceof Const.NoneConst)) {
            throw a.error("pct_change(fill_method=...) is not supported: pandas 3 no longer fills missing values first",
                    "fill them explicitly before: x.ffill().pct_change()");
        }
        a.requireDefault("freq", Const.none());
        a.requireDefault("limit", Const.none());
        requireRows(a, "pct_change");
        return new Shift(input, periods, Shift.Method.PCT_CHANGE, grouping, c.origin());
    }

    /** {@code x.rolling(...).f()} or {@code x.expanding(...).f()}: {@code c} is the statistic, {@code w} the window. */
    static Window statistic(CallMethod c, CallMethod w) {
        String display = w.method() + "(...)." + c.method();
        if (w.method().equals("ewm") && !c.method().equals("mean")) {
            throw new io.stratum.ir.diagnostics.StratumError(c.origin(), display + "() is not supported by Stratum yet",
                    "Stratum computes ewm(...).mean(); for a window of the last n rows write rolling(n)." + c.method() + "()");
        }
        if (!STATISTICS.contains(c.method())) {
            List<String> near = NearestNames.nearest(c.method(), STATISTICS, 2);
            throw new io.stratum.ir.diagnostics.StratumError(c.origin(), display + "() is not supported by Stratum",
                    (near.isEmpty() ? "" : "did you mean " + String.join(" or ", near) + "()? ") + "Stratum computes "
                            + String.join("(), ", STATISTICS) + "() of a window; a function or lambda (apply, agg) would"
                            + " run Python on every window, and no Python runs on the data");
        }
        Window.Function f = function(c.method());
        boolean spread = f == Window.Function.STD || f == Window.Function.VAR;
        CallArguments s = new CallArguments(display, c.origin(), c.args(), spread
                ? List.of("ddof", "numeric_only", "engine", "engine_kwargs") : List.of("numeric_only", "engine",
                "engine_kwargs"), spread ? 1 : 0);
        s.requireDefault("numeric_only", Const.of(false));
        s.requireDefault("engine", Const.none());
        s.requireDefault("engine_kwargs", Const.none());
        long ddof = 1;
        if (spread) {
            Const d = s.constant("ddof", Const.of(1L));
            if (!(d instanceof Const.IntConst i) || i.value() < 0) {
                throw s.error(display + "(ddof=" + d.repr() + "): ddof must be a non-negative int", "e.g. ddof=0 or ddof=1");
            }
            ddof = i.value();
        }
        Window.Frame frame = switch (w.method()) {
            case "rolling" -> rolling(w, ddof);
            case "ewm" -> ewm(w);
            default -> expanding(w, ddof);
        };
        return new Window(w.receiver(), f, frame, c.origin());
    }

    /** A group-by's row method: {@code groupby(k)[c].cumsum()}, {@code .cumcount()}, {@code .shift(n)}, ... */
    static LogicalNode grouped(CallMethod c, GroupBy g) {
        Grouping grouping = new Grouping(g.keys(), g.selection(), g.series(), g.dropna());
        String m = c.method();
        String display = "groupby(...)." + m;
        switch (m) {
            case "cumcount" -> {
                CallArguments a = new CallArguments(display, c.origin(), c.args(), List.of("ascending"), 1);
                if (!a.bool("ascending", true)) {
                    throw a.error(display + "(ascending=False) is not supported by Stratum yet",
                            "count from the start of each group (the default)");
                }
                return new Window(g.input(), grouping, Window.Function.COUNT, Window.Frame.cumulative(), c.origin());
            }
            case "shift" -> {
                CallArguments a = new CallArguments(display, c.origin(), c.args(), List.of("periods", "freq", "axis",
                        "fill_value"), 1);
                long periods = periods(a, m);
                a.requireDefault("freq", Const.none());
                requireRows(a, m);
                if (a.has("fill_value")) {
                    throw a.error(display + "(fill_value=...) is not supported by Stratum yet", "write shift(n).fillna(value)");
                }
                return new Shift(g.input(), periods, Shift.Method.SHIFT, grouping, c.origin());
            }
            case "diff" -> {
                CallArguments a = new CallArguments(display, c.origin(), c.args(), List.of("periods", "axis"), 1);
                long periods = periods(a, m);
                requireRows(a, m);
                return new Shift(g.input(), periods, Shift.Method.DIFF, grouping, c.origin());
            }
            case "pct_change" -> {
                return pctChange(c, grouping, g.input());
            }
            case "ffill", "bfill" -> {
                return fill(c, grouping, g.input());
            }
            default -> {
                CallArguments a = new CallArguments(display, c.origin(), c.args(), List.of("axis", "numeric_only", "skipna"), 1);
                requireRows(a, m);
                a.requireDefault("numeric_only", Const.of(false));
                if (!a.bool("skipna", true)) {
                    throw a.error(display + "(skipna=False) is not supported by Stratum yet", "leave skipna at its default, True");
                }
                return new Window(g.input(), grouping, function(m.substring(3)), Window.Frame.cumulative(), c.origin());
            }
        }
    }

    /**
     * {@code groupby(k)["c"].transform(f)} for a script function {@code f}, which the frontends traced over the column
     * {@code df["c"]} ({@code traced}, still unbound): pandas calls {@code f} on each group's rows, so one per-row method
     * of the column ({@code s.rolling(3).mean()}, {@code s.expanding().max()}, {@code s.cumsum()}, {@code s.shift(1)},
     * ...) is that method per group, aligned to the rows. Anything else is refused at the call's line.
     */
    static LogicalNode traced(CallMethod c, GroupBy g, LogicalNode traced) {
        Grouping grouping = new Grouping(g.keys(), g.selection(), g.series(), g.dropna());
        if (g.series() && traced instanceof CallMethod m) {
            if (m.receiver() instanceof CallMethod w && WINDOWS.contains(w.method()) && selectedColumn(w.receiver(), g)) {
                Window perColumn = statistic(m, w);
                return new Window(g.input(), grouping, perColumn.function(), perColumn.frame(), c.origin());
            }
            if (GROUPED.contains(m.method()) && !m.method().equals("cumcount") && selectedColumn(m.receiver(), g)) {
                return grouped(new CallMethod(g, m.method(), m.args(), m.origin()), g);
            }
        }
        throw new io.stratum.ir.diagnostics.StratumError(c.origin(), "groupby(...).transform(function) is supported by"
                + " Stratum for a function of the selected column that is one per-row method of it: s.rolling(n).mean(),"
                + " s.expanding().sum(), s.cumsum(), s.shift(n), s.diff(n), s.pct_change(n), ...; no Python runs on the data",
                "for a statistic of each group, name it: transform(\"mean\"); for one column, select it: groupby(k)[\"c\"]");
    }

    /** True when {@code node} is the grouped frame's one selected column, {@code df["c"]}. */
    private static boolean selectedColumn(LogicalNode node, GroupBy g) {
        return node instanceof io.stratum.ir.logical.GetItem item && item.input().equals(g.input())
                && g.selection() != null && g.selection().size() == 1
                && g.selection().getFirst().equals(KnownColumns.columnName(item.key()));
    }

    /**
     * {@code groupby(k)[c].rolling(w).f()} used as it is: pandas' result is indexed by the group keys and the rows'
     * labels, in group order, which Stratum holds only once {@code reset_index(level=keys, drop=True)} drops the keys.
     */
    static io.stratum.ir.diagnostics.StratumError groupedWindow(CallMethod c) {
        return new io.stratum.ir.diagnostics.StratumError(c.origin(), "groupby(...)." + c.method() + "(...) gives pandas'"
                + " result indexed by the group keys and the rows' labels, which Stratum does not hold",
                "drop the keys from it, as pandas scripts do: .rolling(n).mean().reset_index(level=0, drop=True), or compute"
                        + " it aligned to the rows: groupby(k)[\"c\"].transform(lambda s: s.rolling(n).mean())");
    }

    /**
     * {@code groupby(keys)["c"].rolling(w).f().reset_index(level=keys, drop=True)}: the statistic per group (a
     * {@link Window} with the grouping) in pandas' order of that result — groups by ascending key (missing keys dropped,
     * or last with {@code dropna=False}), each group's rows in frame order — labelled with the rows' labels, so that
     * assigning it to the frame aligns each value with its row, as in pandas. Built as the windowed column assigned to
     * the frame, its missing keys dropped, a stable sort by the keys and the column.
     */
    static LogicalNode groupedWindowWithoutKeys(CallMethod reset, CallMethod stat, CallMethod w, GroupBy g) {
        if (!g.series() || g.selection() == null || g.selection().size() != 1 || g.keys().contains(g.selection().getFirst())) {
            throw new io.stratum.ir.diagnostics.StratumError(w.origin(), "groupby(...)." + w.method() + "(...) is supported"
                    + " by Stratum for one column selected by name", "select it: groupby(k)[\"c\"]." + w.method() + "(...)");
        }
        if (!g.sort()) {
            throw new io.stratum.ir.diagnostics.StratumError(w.origin(), "groupby(sort=False)." + w.method() + "(...) orders"
                    + " its result by the groups' first rows, which Stratum does not compute", "leave sort at its default, True");
        }
        CallArguments a = new CallArguments("reset_index", reset.origin(), reset.args(), List.of("level", "drop", "name",
                "inplace", "allow_duplicates"), 2);
        if (!a.bool("drop", false)) {
            throw a.error("reset_index() of groupby(...)." + w.method() + "(...) without drop=True makes the keys columns of"
                    + " a frame in group order, which Stratum does not compute", "drop them: reset_index(level=0, drop=True)");
        }
        Const level = a.constant("level", Const.none());
        List<Const> levels = level instanceof Const.ListConst l ? l.items() : List.of(level);
        java.util.Set<String> dropped = new java.util.TreeSet<>();
        for (Const l : levels) {
            if (l instanceof Const.IntConst i && i.value() >= 0 && i.value() < g.keys().size()) {
                dropped.add(g.keys().get((int) i.value()));
            } else if (l instanceof Const.StrConst n && g.keys().contains(n.value())) {
                dropped.add(n.value());
            } else {
                dropped.clear();
                break;
            }
        }
        if (!dropped.equals(new java.util.TreeSet<>(g.keys()))) {
            throw a.error("reset_index(level=" + level.repr() + ", drop=True) of groupby(...)." + w.method() + "(...) must"
                    + " drop exactly the group keys' levels, leaving the rows' labels", "write reset_index(level="
                    + (g.keys().size() == 1 ? "0" : "[0, ..., " + (g.keys().size() - 1) + "]") + ", drop=True)");
        }
        String column = g.selection().getFirst();
        Window perColumn = statistic(stat, w);
        Window perGroup = new Window(g.input(), new Grouping(g.keys(), g.selection(), true, g.dropna()), perColumn.function(),
                perColumn.frame(), stat.origin());
        LogicalNode rows = new io.stratum.ir.logical.Assign(g.input(), List.of(column), List.of(perGroup), stat.origin());
        if (g.dropna()) {
            rows = new io.stratum.ir.logical.DropNa(rows, g.keys(), false, reset.origin());
        }
        List<Boolean> ascending = g.keys().stream().map(k -> true).toList();
        rows = new io.stratum.ir.logical.SortValues(rows, g.keys(), ascending, "stable", reset.origin());
        return new io.stratum.ir.logical.GetItem(rows, io.stratum.ir.logical.Value.of(Const.of(column)), reset.origin());
    }

    private static Window.Frame rolling(CallMethod w, long ddof) {
        CallArguments a = new CallArguments("rolling", w.origin(), w.args(), List.of("window", "min_periods", "center",
                "win_type", "on", "closed", "step", "method"), 8);
        Const size = a.constant("window", Const.none());
        if (size instanceof Const.StrConst text) {
            throw a.error("rolling(\"" + text.value() + "\"): a time-based window needs a datetime index, which Stratum"
                    + " frames do not have", "give the window as a number of rows, e.g. rolling(7) for seven rows in"
                    + " frame order (sort by the date first)");
        }
        if (!(size instanceof Const.IntConst n)) {
            throw a.error("rolling(): window must be an int number of rows, got " + size.repr(),
                    "e.g. rolling(7) for the last seven rows, this one included");
        }
        if (n.value() <= 0) {
            throw a.error("rolling(" + n.value() + "): window must be a positive number of rows",
                    "e.g. rolling(7) for the last seven rows, this one included");
        }
        boolean center = a.bool("center", false);
        a.requireDefault("win_type", Const.none());
        a.requireDefault("on", Const.none());
        a.requireDefault("closed", Const.none());
        a.requireDefault("step", Const.none());
        a.requireDefault("method", Const.of("single"));
        long minPeriods = minPeriods(a, "rolling", n.value());
        if (minPeriods > n.value()) {
            throw a.error("rolling(): min_periods " + minPeriods + " must be <= window " + n.value(),
                    "give min_periods at most the window");
        }
        return new Window.Frame(Window.Kind.ROLLING, n.value(), minPeriods, ddof, center);
    }

    /**
     * {@code ewm(com= | span= | halflife= | alpha=, min_periods, adjust, ignore_na)}: the decay as pandas' centre of mass,
     * computed from the one given as pandas computes it ({@code get_center_of_mass}).
     */
    private static Window.Frame ewm(CallMethod w) {
        List<String> decays = List.of("com", "span", "halflife", "alpha");
        CallArguments a = new CallArguments("ewm", w.origin(), w.args(), List.of("com", "span", "halflife", "alpha",
                "min_periods", "adjust", "ignore_na", "times", "method"), 4);
        a.requireDefault("times", Const.none());
        a.requireDefault("method", Const.of("single"));
        List<String> given = decays.stream().filter(n -> !(a.constant(n, Const.none()) instanceof Const.NoneConst)).toList();
        if (given.size() != 1) {
            throw a.error("ewm() needs exactly one of com, span, halflife or alpha"
                    + (given.isEmpty() ? "" : ", got " + String.join(", ", given)), "e.g. ewm(span=7).mean()");
        }
        String name = given.getFirst();
        Const value = a.constant(name, Const.none());
        if (value instanceof Const.StrConst text) {
            throw a.error("ewm(" + name + "=\"" + text.value() + "\"): a time-based decay needs times=, which Stratum"
                    + " does not take", "give " + name + " as a number of rows");
        }
        double x;
        if (value instanceof Const.IntConst i) {
            x = i.value();
        } else if (value instanceof Const.FloatConst f) {
            x = f.value();
        } else {
            throw a.error("ewm(): " + name + " must be a number, got " + value.repr(), "e.g. ewm(span=7).mean()");
        }
        double com = switch (name) {
            case "com" -> {
                if (!(x >= 0)) {
                    throw a.error("ewm(): com must satisfy com >= 0, got " + value.repr(), "e.g. ewm(com=2)");
                }
                yield x;
            }
            case "span" -> {
                if (!(x >= 1)) {
                    throw a.error("ewm(): span must satisfy span >= 1, got " + value.repr(), "e.g. ewm(span=7)");
                }
                yield (x - 1) / 2;
            }
            case "halflife" -> {
                if (!(x > 0)) {
                    throw a.error("ewm(): halflife must satisfy halflife > 0, got " + value.repr(), "e.g. ewm(halflife=3)");
                }
                yield 1 / (1 - Math.exp(Math.log(0.5) / x)) - 1;
            }
            default -> {
                if (!(x > 0 && x <= 1)) {
                    throw a.error("ewm(): alpha must satisfy 0 < alpha <= 1, got " + value.repr(), "e.g. ewm(alpha=0.3)");
                }
                yield (1 - x) / x;
            }
        };
        if (Double.isInfinite(com)) {
            throw a.error("ewm(): " + name + "=" + value.repr() + " gives an infinite centre of mass", "give a shorter decay");
        }
        return Window.Frame.ewm(com, minPeriods(a, "ewm", 0), a.bool("adjust", true), a.bool("ignore_na", false));
    }

    private static Window.Frame expanding(CallMethod w, long ddof) {
        CallArguments a = new CallArguments("expanding", w.origin(), w.args(), List.of("min_periods", "method"), 1);
        a.requireDefault("method", Const.of("single"));
        return new Window.Frame(Window.Kind.EXPANDING, 0, minPeriods(a, "expanding", 1), ddof);
    }

    private static long minPeriods(CallArguments a, String method, long dflt) {
        Const c = a.constant("min_periods", Const.none());
        if (c instanceof Const.NoneConst) {
            return dflt;
        }
        if (!(c instanceof Const.IntConst i) || i.value() < 0) {
            throw a.error(method + "(): min_periods must be a non-negative int, got " + c.repr(),
                    "e.g. min_periods=1 to get a value from the first row on");
        }
        return i.value();
    }

    private static long periods(CallArguments a, String method) {
        Const periods = a.constant("periods", Const.of(1L));
        if (!(periods instanceof Const.IntConst p)) {
            throw a.error(method + "(): periods must be an int, got " + periods.repr(),
                    "a list of periods (several shifted columns) is not supported yet");
        }
        return p.value();
    }

    private static void requireRows(CallArguments a, String method) {
        Const axis = a.constant("axis", Const.of(0L));
        if (!(axis instanceof Const.IntConst i && i.value() == 0 || axis instanceof Const.StrConst x && x.value().equals("index")
                || axis instanceof Const.NoneConst)) {
            throw a.error(method + "() along the columns (axis=" + axis.repr() + ") is not supported by Stratum",
                    "work along the rows: leave axis out");
        }
    }

    private static Window.Function function(String name) {
        return Window.Function.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
