package io.stratum.ir.logical;

import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pandas operation that maps each value of a column to one value of the result, independently of the other rows
 * ({@code fillna}, {@code isna}, {@code astype}, {@code .dt.year}, {@code .str.lower()}, ...), with its arguments
 * resolved to constants. The runtime's element kernels give pandas' values, dtypes and nulls for each.
 */
public sealed interface ElementOp {

    /** The call as pandas spells it, e.g. {@code fillna(0)} or {@code str.slice(0, 3)}; part of the identity. */
    String render();

    /** {@code fillna(value)}: missing values replaced by a constant. */
    record FillNa(Const value) implements ElementOp {
        public FillNa {
            Objects.requireNonNull(value, "value");
        }

        public String render() {
            return "fillna(" + value.repr() + ")";
        }
    }

    /** {@code isna()} (or {@code notna()} when {@code negated}): whether each value is missing. */
    record IsNa(boolean negated) implements ElementOp {
        public String render() {
            return negated ? "notna()" : "isna()";
        }
    }

    /** {@code isin(values)}: whether each value equals one of the constants. */
    record IsIn(List<Const> values) implements ElementOp {
        public IsIn {
            values = List.copyOf(values);
        }

        public String render() {
            return "isin(" + new Const.ListConst(values).repr() + ")";
        }
    }

    /**
     * {@code map(dict)} ({@code keepUnmatched} false: a value the dict lacks becomes missing) or {@code replace(dict)},
     * {@code replace(a, b)}, {@code replace([a, b], c)} ({@code keepUnmatched} true: it stays): each value looked up
     * among {@code keys} (a missing value matches a None or NaN key), replaced by the value at the same position.
     */
    record MapValues(List<Const> keys, List<Const> values, boolean keepUnmatched) implements ElementOp {
        public MapValues {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
            if (keys.size() != values.size()) {
                throw new IllegalArgumentException("keys and values differ in length");
            }
        }

        public String render() {
            return (keepUnmatched ? "replace(" : "map(") + new Const.DictConst(keys, values).repr() + ")";
        }
    }

    /** {@code clip(lower, upper)}; a bound of None is no bound. */
    record Clip(Const lower, Const upper) implements ElementOp {
        public Clip {
            Objects.requireNonNull(lower, "lower");
            Objects.requireNonNull(upper, "upper");
        }

        public String render() {
            return "clip(" + lower.repr() + ", " + upper.repr() + ")";
        }
    }

    /** {@code round(decimals)}, numpy's round half to even. */
    record Round(long decimals) implements ElementOp {
        public String render() {
            return "round(" + decimals + ")";
        }
    }

    /** {@code astype(dtype)}, the dtype normalized to pandas' name: int64, float64, str or bool. */
    record Cast(String dtype) implements ElementOp {
        public Cast {
            Objects.requireNonNull(dtype, "dtype");
        }

        public String render() {
            return "astype(" + Const.of(dtype).repr() + ")";
        }
    }

    /**
     * {@code pd.to_datetime(x, format=..., errors=..., unit=...)}; {@code format} null means ISO 8601 for text;
     * {@code unit} ({@code s}, {@code ms}, {@code us}, {@code ns}, {@code D}) reads numbers as epoch ticks, null
     * when not given (numbers are then nanoseconds, as pandas reads them).
     */
    record ToDatetime(String format, String errors, String unit, boolean utc) implements ElementOp {
        public ToDatetime {
            Objects.requireNonNull(errors, "errors");
            if (unit != null && !java.util.Set.of("s", "ms", "us", "ns", "D").contains(unit)) {
                throw new IllegalArgumentException("to_datetime unit " + unit);
            }
            if (unit != null && format != null) {
                throw new IllegalArgumentException("to_datetime takes a format or a unit, not both");
            }
        }

        public ToDatetime(String format, String errors) {
            this(format, errors, null, false);
        }

        public ToDatetime(String format, String errors, String unit) {
            this(format, errors, unit, false);
        }

        public String render() {
            return "to_datetime(format=" + (format == null ? "None" : Const.of(format).repr()) + ", errors="
                    + Const.of(errors).repr() + (unit == null ? "" : ", unit=" + Const.of(unit).repr())
                    + (utc ? ", utc=True" : "") + ")";
        }
    }

    /**
     * {@code .dt.tz_convert(zone)}: the same instants shown in another time zone ({@code zone} null: pandas'
     * {@code tz_convert(None)}, naive UTC wall-clock times).
     */
    record TzConvert(String zone) implements ElementOp {
        public String render() {
            return "dt.tz_convert(" + (zone == null ? "None" : Const.of(zone).repr()) + ")";
        }
    }

    /**
     * {@code .dt.tz_localize(zone, ambiguous=, nonexistent=)}: naive wall-clock times read as local times of
     * {@code zone}; {@code zone} null drops the zone, keeping the wall-clock times. A time the clocks pass twice is,
     * by {@code ambiguous}, an error ({@code raise}), NaT, or the daylight-saving ({@code True}) or standard
     * ({@code False}) one; a time the clocks skip is, by {@code nonexistent}, an error, NaT, or moved to the first
     * instant after ({@code shift_forward}) or the last one before ({@code shift_backward}) the change.
     */
    record TzLocalize(String zone, String ambiguous, String nonexistent) implements ElementOp {
        public TzLocalize {
            if (!List.of("raise", "NaT", "True", "False").contains(ambiguous)) {
                throw new IllegalArgumentException("ambiguous must be 'raise', 'NaT', True or False: " + ambiguous);
            }
            if (!List.of("raise", "NaT", "shift_forward", "shift_backward").contains(nonexistent)) {
                throw new IllegalArgumentException("nonexistent must be 'raise', 'NaT', 'shift_forward' or"
                        + " 'shift_backward': " + nonexistent);
            }
        }

        /** pandas' defaults: both kinds of times raise. */
        public TzLocalize(String zone) {
            this(zone, "raise", "raise");
        }

        public String render() {
            return "dt.tz_localize(" + (zone == null ? "None" : Const.of(zone).repr())
                    + (ambiguous.equals("raise") ? "" : ", ambiguous=" + (ambiguous.equals("NaT") ? "'NaT'" : ambiguous))
                    + (nonexistent.equals("raise") ? "" : ", nonexistent='" + nonexistent + "'") + ")";
        }
    }

    /** {@code .dt.<field>}: one calendar field of a datetime column. */
    record DatetimeField(DatetimePart part) implements ElementOp {
        public DatetimeField {
            Objects.requireNonNull(part, "part");
        }

        public String render() {
            return "dt." + part.pandasName() + (part.isMethod() ? "()" : "");
        }
    }

    /**
     * A {@code .dt} method of a naive datetime column that is not a field: {@code floor}/{@code ceil}/{@code round}
     * to a fixed frequency ({@code args}: the frequency text, such as {@code "15min"}), {@code normalize()} (midnight),
     * {@code strftime(format)}, {@code day_name()} and {@code month_name()} (English names).
     */
    record DatetimeMethod(String method, List<Const> args) implements ElementOp {
        public static final List<String> METHODS = List.of("floor", "ceil", "round", "normalize", "strftime", "day_name",
                "month_name");

        public DatetimeMethod {
            if (!METHODS.contains(method)) {
                throw new IllegalArgumentException("not a .dt method: " + method);
            }
            args = List.copyOf(args);
        }

        /** True for the methods that give text (str), false for those that give datetimes. */
        public boolean givesText() {
            return method.equals("strftime") || method.endsWith("_name");
        }

        public String render() {
            List<String> parts = new java.util.ArrayList<>();
            for (Const c : args) {
                parts.add(c.repr());
            }
            return "dt." + method + "(" + String.join(", ", parts) + ")";
        }
    }

    /**
     * {@code .cat.codes}: each value's position among its category column's categories, {@code -1} where missing.
     * The categories come with the column (its dtype), so a row's code depends on that row and the dtype alone.
     */
    record CategoryCodes() implements ElementOp {
        public String render() {
            return "cat.codes";
        }
    }

    /**
     * {@code .cat.remove_unused_categories()}: the same values over the categories some row holds. Which those are
     * depends on every row of the column, so this is not a per-row operation.
     */
    record RemoveUnusedCategories() implements ElementOp {
        public String render() {
            return "cat.remove_unused_categories()";
        }
    }

    /** {@code .str.<method>(args)}: a string method applied to each value, nulls staying null. */
    record StringMethod(StringFunction function, List<Const> args) implements ElementOp {
        public StringMethod {
            Objects.requireNonNull(function, "function");
            args = List.copyOf(args);
            if (args.size() != function.arity()) {
                throw new IllegalArgumentException("str." + function.pandasName() + " takes " + function.arity()
                        + " resolved arguments, got " + args.size());
            }
        }

        public Const arg(int i) {
            return args.get(i);
        }

        public String render() {
            List<String> shown = new ArrayList<>(args.size());
            for (Const c : args) {
                shown.add(c.repr());
            }
            return "str." + function.pandasName() + "(" + String.join(", ", shown) + ")";
        }
    }
}
