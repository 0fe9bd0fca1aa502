package io.stratum.optimizer.metadata;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.DatetimePart;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.StringFunction;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What an {@link ElementOp} makes of a column whose type is known, as the runtime's element kernels type it: the
 * result type (UNKNOWN where only the data can tell, say whether a field has NaT), whether missing values remain,
 * and the compile-time error for an operation on the wrong type ({@code .dt} on a str column names
 * {@code pd.to_datetime}).
 */
final class ElementTypes {
    private ElementTypes() {
    }

    /** The .str methods whose result pandas types on a category column as on str (the others give object). */
    private static final java.util.Set<StringFunction> CATEGORY_STRING_METHODS = java.util.EnumSet.of(
            StringFunction.LEN, StringFunction.CONTAINS, StringFunction.STARTSWITH, StringFunction.ENDSWITH,
            StringFunction.REPLACE);

    /** The column {@code op} makes of {@code in}, keeping its name. */
    static ColumnStats apply(ElementOp op, ColumnStats in) {
        ColumnType t = in.type();
        OptionalDouble nulls = in.nullFraction();
        boolean noNulls = nulls.isPresent() && nulls.getAsDouble() == 0.0;
        boolean someNulls = nulls.isPresent() && nulls.getAsDouble() > 0.0;
        return switch (op) {
            case ElementOp.FillNa f -> {
                if (noNulls) {
                    yield in;
                }
                boolean number = f.value() instanceof Const.IntConst || f.value() instanceof Const.FloatConst;
                ColumnType out = t == ColumnType.FLOAT64 && number ? ColumnType.FLOAT64
                        : t == ColumnType.STR && f.value() instanceof Const.StrConst ? ColumnType.STR
                        : t == ColumnType.CATEGORY && f.value() instanceof Const.StrConst ? ColumnType.CATEGORY
                        : ColumnType.UNKNOWN;
                yield column(in.name(), out, OptionalDouble.of(0.0));
            }
            case ElementOp.IsNa n -> column(in.name(), ColumnType.BOOL, OptionalDouble.of(0.0));
            case ElementOp.IsIn i -> column(in.name(), ColumnType.BOOL, OptionalDouble.of(0.0));
            case ElementOp.Clip c -> column(in.name(), t == ColumnType.INT64 && !(c.lower() instanceof Const.FloatConst)
                    && !(c.upper() instanceof Const.FloatConst) ? ColumnType.INT64
                    : t.isNumeric() ? ColumnType.FLOAT64 : ColumnType.UNKNOWN, nulls);
            case ElementOp.Round r -> t.isNumeric() ? (r.decimals() >= 0 && t == ColumnType.INT64 ? in
                    : column(in.name(), t, nulls)) : column(in.name(), ColumnType.UNKNOWN, nulls);
            case ElementOp.Cast c -> {
                ColumnType out = switch (c.dtype()) {
                    case "int64" -> ColumnType.INT64;
                    case "float64" -> ColumnType.FLOAT64;
                    case "float32" -> ColumnType.FLOAT32;
                    case "str" -> ColumnType.STR;
                    case "bool" -> ColumnType.BOOL;
                    case "category" -> t == ColumnType.STR || t == ColumnType.CATEGORY ? ColumnType.CATEGORY
                            : ColumnType.UNKNOWN;
                    default -> t.isDatetime() && !t.isZoned() && ColumnType.datetimeOf(c.dtype()) != null
                            ? ColumnType.datetimeOf(c.dtype()) : ColumnType.UNKNOWN;
                };
                yield out == t ? in : column(in.name(), out,
                        out == ColumnType.BOOL || out == ColumnType.INT64 ? OptionalDouble.of(0.0) : nulls);
            }
            case ElementOp.ToDatetime d -> t.isDatetime() && !d.utc() ? in : column(in.name(), t.isDatetime()
                    ? t.withZone(true)
                    : (t == ColumnType.STR ? ColumnType.DATETIME : t.isNumeric() ? epochType(d.unit()) : ColumnType.UNKNOWN)
                    .withZoneIf(d.utc()),
                    d.errors().equals("coerce") ? OptionalDouble.empty() : nulls);
            case ElementOp.TzConvert z -> t.isZoned() ? column(in.name(), t.withZone(z.zone() != null), nulls)
                    : column(in.name(), ColumnType.UNKNOWN, nulls);
            case ElementOp.TzLocalize z -> t.isDatetime() ? column(in.name(), t.withZone(z.zone() != null), nulls)
                    : column(in.name(), ColumnType.UNKNOWN, nulls);
            case ElementOp.DatetimeField f when f.part() == DatetimePart.TOTAL_SECONDS ->
                    column(in.name(), t.isTimedelta() ? ColumnType.FLOAT64 : ColumnType.UNKNOWN, nulls);
            case ElementOp.MapValues m -> column(in.name(), t == ColumnType.STR
                    && m.values().stream().allMatch(v -> v instanceof Const.StrConst) ? ColumnType.STR : ColumnType.UNKNOWN,
                    OptionalDouble.empty());
            case ElementOp.DatetimeField f when f.part().isFlag() ->
                    column(in.name(), t.isDatetime() ? ColumnType.BOOL : ColumnType.UNKNOWN, OptionalDouble.of(0.0));
            case ElementOp.DatetimeMethod m when m.givesText() ->
                    column(in.name(), t.isDatetime() ? ColumnType.STR : ColumnType.UNKNOWN, nulls);
            case ElementOp.DatetimeMethod m -> t.isDatetime() && !t.isZoned() ? in
                    : column(in.name(), ColumnType.UNKNOWN, nulls);
            case ElementOp.DatetimeField f -> column(in.name(), (f.part().ofDuration() ? !t.isTimedelta() : !t.isDatetime())
                    ? ColumnType.UNKNOWN
                    : noNulls ? ColumnType.INT64 : someNulls ? ColumnType.FLOAT64 : ColumnType.UNKNOWN, nulls);
            case ElementOp.CategoryCodes c -> column(in.name(), t == ColumnType.CATEGORY ? ColumnType.INT64
                    : ColumnType.UNKNOWN, OptionalDouble.of(0.0));
            case ElementOp.RemoveUnusedCategories r -> t == ColumnType.CATEGORY ? in
                    : column(in.name(), ColumnType.UNKNOWN, nulls);
            case ElementOp.StringMethod s -> switch (s.function()) {
                case REPLACE -> column(in.name(), t == ColumnType.STR || t == ColumnType.CATEGORY ? ColumnType.STR
                        : ColumnType.UNKNOWN, nulls);
                case LOWER, UPPER, STRIP, SLICE -> column(in.name(), t == ColumnType.STR ? ColumnType.STR
                        : ColumnType.UNKNOWN, nulls);
                case SPLIT_GET -> column(in.name(), t == ColumnType.STR ? ColumnType.STR : ColumnType.UNKNOWN,
                        OptionalDouble.empty());
                case LEN -> column(in.name(), t != ColumnType.STR && t != ColumnType.CATEGORY ? ColumnType.UNKNOWN
                        : noNulls ? ColumnType.INT64 : someNulls ? ColumnType.FLOAT64 : ColumnType.UNKNOWN, nulls);
                case CONTAINS, STARTSWITH, ENDSWITH -> column(in.name(), ColumnType.BOOL, OptionalDouble.of(0.0));
            };
        };
    }

    /** Fails at {@code origin} when {@code op} cannot apply to a column of {@code in}'s known type. */
    static void check(ElementOp op, ColumnStats in, Origin origin) {
        ColumnType t = in.type();
        if (t == ColumnType.UNKNOWN) {
            return;
        }
        String col = "'" + in.name() + "'";
        switch (op) {
            case ElementOp.Cast c when c.dtype().startsWith("datetime64") && !(t.isDatetime() && !t.isZoned()) ->
                    throw new StratumError(origin, "astype('" + c.dtype() + "') of column " + col + ", which is "
                            + t.label() + ", is not supported: Stratum changes the unit of naive datetimes only",
                            t == ColumnType.STR ? "parse text with pd.to_datetime" : t.isZoned()
                                    ? "take the zone off first with .dt.tz_localize(None) (pandas refuses this astype too)"
                                    : "convert numbers with pd.to_datetime(..., unit=...)");
            case ElementOp.TzConvert z when !t.isZoned() -> throw new StratumError(origin,
                    ".dt.tz_convert of column " + col + ", which is " + (t.isDatetime() ? "a naive datetime (" + t.label()
                            + ")" : t.label()) + ": pandas cannot convert tz-naive timestamps",
                    t.isDatetime() ? "use .dt.tz_localize(...) to give it a time zone first" : "only time-zone-aware"
                            + " datetime columns convert between zones");
            case ElementOp.TzLocalize z when !t.isDatetime() -> throw new StratumError(origin,
                    ".dt.tz_localize of column " + col + ", which is " + t.label() + ", is not supported",
                    "only datetime columns have .dt methods; convert it first with pd.to_datetime");
            case ElementOp.TzLocalize z when t.isZoned() && z.zone() != null -> throw new StratumError(origin,
                    ".dt.tz_localize of column " + col + ", which is already time-zone-aware: pandas refuses it"
                            + " (\"Already tz-aware, use tz_convert to convert\")",
                    "use .dt.tz_convert(...) to show it in another zone");
            case ElementOp.DatetimeField f when f.part().ofDuration() && !t.isTimedelta() -> throw new StratumError(origin,
                    ".dt." + f.part().pandasName() + (f.part().isMethod() ? "()" : "") + " needs a duration"
                            + " (timedelta64) column, but column " + col + " is " + t.label(),
                    t.isDatetime() ? "subtract another datetime first: (df['end'] - df['start']).dt."
                            + f.part().pandasName() + (f.part().isMethod() ? "()" : "")
                            : "durations come from subtracting two datetime columns");
            case ElementOp.DatetimeField f when !f.part().ofDuration() && !t.isDatetime() -> throw new StratumError(origin,
                    ".dt." + f.part().pandasName() + " needs a datetime column, but column " + col + " is " + t.label(),
                    t == ColumnType.STR ? "convert it first: pd.to_datetime(df[" + col + "]) (add format=\"%Y-%m-%d\" or the"
                            + " layout of its values)" : "only datetime columns have .dt fields");
            case ElementOp.DatetimeMethod m when !t.isDatetime() -> throw new StratumError(origin,
                    ".dt." + m.method() + "() needs a datetime column, but column " + col + " is " + t.label(),
                    t == ColumnType.STR ? "convert it first: pd.to_datetime(df[" + col + "])" : "only datetime columns"
                            + " have .dt methods");
            case ElementOp.DatetimeMethod m when !m.givesText() && t.isZoned() -> throw new StratumError(origin,
                    ".dt." + m.method() + "() of the time-zone-aware column " + col + " is not supported by Stratum yet"
                            + " (pandas rounds its local time, then localizes it again)",
                    "take the zone off first with .dt.tz_localize(None), or round before localizing");
            case ElementOp.CategoryCodes c when t != ColumnType.CATEGORY -> throw notCategory("codes", col, t, origin);
            case ElementOp.RemoveUnusedCategories r when t != ColumnType.CATEGORY ->
                    throw notCategory("remove_unused_categories()", col, t, origin);
            case ElementOp.StringMethod s when t == ColumnType.CATEGORY && !CATEGORY_STRING_METHODS.contains(s.function())
                    -> throw new StratumError(origin, ".str." + s.function().pandasName().replace("split_get", "split")
                            + " on the category column " + col + " gives pandas' object dtype, which Stratum does not have",
                            "convert it first with .astype(str)");
            case ElementOp.StringMethod s when t != ColumnType.STR && t != ColumnType.CATEGORY -> throw new StratumError(origin,
                    ".str." + s.function().pandasName().replace("split_get", "split") + " needs a str column, but column "
                            + col + " is " + t.label(), "convert it first with .astype(str)");
            case ElementOp.ToDatetime d when t != ColumnType.STR && !t.isDatetime() && !t.isNumeric() -> throw new StratumError(origin,
                    "pd.to_datetime of column " + col + ", which is " + t.label() + ", is not supported",
                    "Stratum parses str columns and reads int or float columns as epoch numbers (unit='s', ...)");
            case ElementOp.ToDatetime d when t == ColumnType.STR && d.unit() != null -> throw new StratumError(origin,
                    "pd.to_datetime(unit='" + d.unit() + "') of the str column " + col + " is not supported (pandas"
                            + " parses the text as dates, not as epoch numbers)",
                    "convert the text to numbers first with .astype('int64'), or leave unit out to parse dates");
            case ElementOp.FillNa f when t == ColumnType.CATEGORY && !(f.value() instanceof Const.StrConst)
                    -> throw new StratumError(origin, "fillna(" + f.value().repr() + ") on the category column " + col
                            + " would give pandas' object dtype", "fill it with one of its categories (a str)");
            case ElementOp.Clip c when !t.isNumeric() -> throw new StratumError(origin,
                    "clip needs a numeric column, but column " + col + " is " + t.label(), "convert it first, e.g. with .astype(float)");
            case ElementOp.Round r when !t.isNumeric() -> throw new StratumError(origin,
                    "round needs a numeric column, but column " + col + " is " + t.label(), "convert it first, e.g. with .astype(float)");
            default -> {
            }
        }
    }

    private static StratumError notCategory(String member, String col, ColumnType t, Origin origin) {
        return new StratumError(origin, ".cat." + member + " needs a category column, but column " + col + " is "
                + t.label(), "convert it first with .astype(\"category\")");
    }

    private static ColumnStats column(String name, ColumnType type, OptionalDouble nulls) {
        return new ColumnStats(name, type, OptionalLong.empty(), nulls, Optional.empty());
    }

    /** The dtype pandas gives epoch numbers read with {@code unit} (nanoseconds without one; days as seconds). */
    static ColumnType epochType(String unit) {
        return unit == null ? ColumnType.DATETIME_NS : switch (unit) {
            case "s", "D" -> ColumnType.DATETIME_S;
            case "ms" -> ColumnType.DATETIME_MS;
            case "us" -> ColumnType.DATETIME;
            default -> ColumnType.DATETIME_NS;
        };
    }
}
