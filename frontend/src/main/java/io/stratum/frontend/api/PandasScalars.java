package io.stratum.frontend.api;

import io.stratum.ir.value.Const;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DatetimeUnit;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.TimedeltaColumn;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.kernels.frame.ArithmeticOp;
import io.stratum.runtime.kernels.frame.ColumnArithmetic;
import io.stratum.runtime.kernels.frame.ComparisonOp;
import io.stratum.runtime.kernels.frame.Scalar;
import io.stratum.runtime.data.IsoTimestamp;
import io.stratum.runtime.data.TemporalConstants;
import io.stratum.runtime.data.TimeZones;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pandas' scalar constructors of dates and durations as scripts write them: {@code pd.Timestamp(...)},
 * {@code pd.Timedelta(...)} and {@code pd.to_timedelta(...)} of one value, each a plan constant with pandas 3's value,
 * resolution ({@code .unit}) and text. Both frontends call these with the arguments as constants. What pandas would
 * read differently from what is written here (a guessed layout, the clock's {@code now}, a fixed UTC offset) is
 * refused with the spelling that works.
 */
public final class PandasScalars {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final List<String> TIMESTAMP_FIELDS = List.of("year", "month", "day", "hour", "minute", "second",
            "microsecond");
    /** {@code pd.Timedelta}'s keyword components and their lengths in nanoseconds. */
    private static final Map<String, Long> COMPONENTS = components();
    /** Unit names {@code pd.Timedelta(value, unit)} and the text form take, and their lengths in nanoseconds. */
    private static final Map<String, Long> UNITS = units();
    private static final Pattern TERM = Pattern.compile("\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*([a-zA-Z]+)");
    private static final Pattern CLOCK = Pattern.compile("\\s*([+-]?)(\\d+):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?\\s*");

    private PandasScalars() {
    }

    private static Map<String, Long> components() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("weeks", 7 * 86_400 * NANOS_PER_SECOND);
        m.put("days", 86_400 * NANOS_PER_SECOND);
        m.put("hours", 3_600 * NANOS_PER_SECOND);
        m.put("minutes", 60 * NANOS_PER_SECOND);
        m.put("seconds", NANOS_PER_SECOND);
        m.put("milliseconds", 1_000_000L);
        m.put("microseconds", 1_000L);
        m.put("nanoseconds", 1L);
        return m;
    }

    private static Map<String, Long> units() {
        Map<String, Long> m = new LinkedHashMap<>();
        long s = NANOS_PER_SECOND;
        for (String u : List.of("W", "w")) {
            m.put(u, 7 * 86_400 * s);
        }
        for (String u : List.of("D", "d", "day", "days")) {
            m.put(u, 86_400 * s);
        }
        for (String u : List.of("h", "hr", "hour", "hours")) {
            m.put(u, 3_600 * s);
        }
        for (String u : List.of("m", "min", "minute", "minutes")) {
            m.put(u, 60 * s);
        }
        for (String u : List.of("s", "sec", "second", "seconds")) {
            m.put(u, s);
        }
        for (String u : List.of("ms", "milli", "millis", "millisecond", "milliseconds")) {
            m.put(u, 1_000_000L);
        }
        for (String u : List.of("us", "micro", "micros", "microsecond", "microseconds")) {
            m.put(u, 1_000L);
        }
        for (String u : List.of("ns", "nano", "nanos", "nanosecond", "nanoseconds")) {
            m.put(u, 1L);
        }
        return m;
    }

    // ---- pd.Timestamp --------------------------------------------------------------------------------------------

    /**
     * {@code pd.Timestamp(text, tz=None)} of ISO 8601 text, or {@code pd.Timestamp(year, month, day, hour=0, minute=0,
     * second=0, microsecond=0, nanosecond=0, tz=None)}: microseconds ({@code us}) unless the value has nanoseconds.
     */
    public static Const.TimestampConst timestamp(List<Const> args, Map<String, Const> kwargs) {
        Map<String, Const> given = new LinkedHashMap<>(kwargs);
        String zone = zoneArgument(given.remove("tz"));
        if (given.containsKey("tzinfo")) {
            throw DataOp.error("pd.Timestamp(tzinfo=...) is not supported", "write tz='Europe/Paris' (a zone name)");
        }
        if (!args.isEmpty() && args.getFirst() instanceof Const.StrConst text) {
            if (args.size() > 1 || !given.isEmpty()) {
                throw DataOp.error("pd.Timestamp of text takes no other argument than tz, got " + describe(args, given),
                        "write pd.Timestamp('2020-01-31 13:45:00') or pd.Timestamp('2020-01-31', tz='UTC')");
            }
            return fromText(text.value(), zone);
        }
        if (!args.isEmpty() && args.getFirst() instanceof Const.TimestampConst t && args.size() == 1 && given.isEmpty()) {
            if (zone != null) {
                throw DataOp.error("pd.Timestamp(timestamp, tz=...) is not supported",
                        "give the zone where the timestamp is made");
            }
            return t;
        }
        if (args.size() > TIMESTAMP_FIELDS.size()) {
            throw DataOp.error("pd.Timestamp takes at most " + TIMESTAMP_FIELDS.size() + " numbers, got " + args.size(),
                    "pd.Timestamp(year, month, day, hour, minute, second, microsecond)");
        }
        long[] parts = {-1, -1, -1, 0, 0, 0, 0};
        for (int i = 0; i < args.size(); i++) {
            parts[i] = wholeNumber(args.get(i), "pd.Timestamp", TIMESTAMP_FIELDS.get(i));
        }
        for (int i = 0; i < TIMESTAMP_FIELDS.size(); i++) {
            Const v = given.remove(TIMESTAMP_FIELDS.get(i));
            if (v != null) {
                if (i < args.size()) {
                    throw DataOp.error("pd.Timestamp() got multiple values for argument '" + TIMESTAMP_FIELDS.get(i)
                            + "'", null);
                }
                parts[i] = wholeNumber(v, "pd.Timestamp", TIMESTAMP_FIELDS.get(i));
            }
        }
        Const nanosecond = given.remove("nanosecond");
        long nanos = nanosecond == null ? 0 : wholeNumber(nanosecond, "pd.Timestamp", "nanosecond");
        if (!given.isEmpty()) {
            throw DataOp.error("pd.Timestamp() got an unexpected keyword argument '" + given.keySet().iterator().next()
                    + "'", "pd.Timestamp takes text, or year, month, day, hour, minute, second, microsecond,"
                    + " nanosecond, and tz");
        }
        if (parts[0] < 0 || parts[1] < 0 || parts[2] < 0) {
            throw DataOp.error("pd.Timestamp needs text or at least a year, month and day, got " + describe(args, kwargs),
                    "write pd.Timestamp('2020-01-31') or pd.Timestamp(2020, 1, 31); Stratum does not read the clock"
                    + " (pd.Timestamp('now')), so that every run of a script gives the same plan");
        }
        if (parts[6] > 999_999 || nanos < 0 || nanos > 999) {
            throw DataOp.error("pd.Timestamp: microsecond must be in 0..999999 and nanosecond in 0..999", null);
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(Math.toIntExact(parts[0]), Math.toIntExact(parts[1]), Math.toIntExact(parts[2]),
                    Math.toIntExact(parts[3]), Math.toIntExact(parts[4]), Math.toIntExact(parts[5]),
                    Math.toIntExact(parts[6] * 1000 + nanos));
        } catch (DateTimeException | ArithmeticException e) {
            throw DataOp.error("pd.Timestamp(" + describe(args, kwargs) + ") is not a valid date: " + e.getMessage(),
                    null);
        }
        return atLocal(local, nanosecond != null, zone, null);
    }

    private static Const.TimestampConst fromText(String text, String zone) {
        String trimmed = text.strip();
        if (List.of("now", "today", "utcnow").contains(trimmed.toLowerCase(java.util.Locale.ROOT))) {
            throw DataOp.error("pd.Timestamp('" + text + "') reads the clock, which Stratum does not, so that every run"
                    + " of a script builds the same plan", "write the date, such as pd.Timestamp('2024-06-30')");
        }
        IsoTimestamp iso;
        try {
            iso = IsoTimestamp.parse(trimmed);
        } catch (DateTimeException e) {
            throw DataOp.error("pd.Timestamp('" + text + "') is not a valid date (" + e.getMessage() + ")", null);
        }
        if (iso == null) {
            throw DataOp.error("pd.Timestamp('" + text + "'): Stratum reads ISO 8601 text only, where pandas also guesses"
                    + " other layouts", "write it as '2020-01-31' or '2020-01-31 13:45:00'");
        }
        if (iso.offset() != null && zone == null) {
            throw DataOp.error("pd.Timestamp('" + text + "') has a UTC offset, which pandas reads as a fixed-offset zone"
                    + " (tz='UTC" + TimeZones.offsetText(iso.offset().getTotalSeconds()) + "'); Stratum has zones by name"
                    + " only", "add tz='UTC' (or the zone's name) to read the instant in that zone, or drop the offset");
        }
        return atLocal(iso.local(), iso.fractionDigits() > 6, zone, iso.offset());
    }

    /** The Timestamp of a wall-clock time: naive, at {@code offset} then shown in {@code zone}, or localized there. */
    private static Const.TimestampConst atLocal(LocalDateTime local, boolean nanos, String zone, ZoneOffset offset) {
        DatetimeUnit unit = nanos && local.getNano() % 1000 != 0 ? DatetimeUnit.NS : DatetimeUnit.US;
        long seconds;
        if (zone == null) {
            seconds = local.toEpochSecond(ZoneOffset.UTC);
        } else if (offset != null) {
            seconds = local.toEpochSecond(offset);
        } else {
            List<ZoneOffset> offsets = TimeZones.zone(zone).getRules().getValidOffsets(local);
            if (offsets.size() != 1) {
                throw DataOp.error("pd.Timestamp: " + local.toString().replace('T', ' ') + " " + (offsets.isEmpty()
                        ? "does not exist" : "happens twice") + " in " + zone + " (a daylight-saving change), which"
                        + " pandas refuses too", "give the offset in the text, such as '...+01:00'");
            }
            seconds = local.toEpochSecond(offsets.getFirst());
        }
        long ticks;
        try {
            ticks = Math.addExact(Math.multiplyExact(seconds, unit.perSecond()),
                    local.getNano() / (NANOS_PER_SECOND / unit.perSecond()));
        } catch (ArithmeticException e) {
            throw DataOp.error("pd.Timestamp: " + local + " is outside the range of " + unit.text() + " ticks"
                    + " (pandas' OutOfBoundsDatetime)", null);
        }
        return TemporalConstants.timestamp(ticks, unit, zone);
    }

    private static String zoneArgument(Const tz) {
        if (tz == null || tz instanceof Const.NoneConst) {
            return null;
        }
        if (!(tz instanceof Const.StrConst s)) {
            throw DataOp.error("pd.Timestamp(tz=...) must be a zone name, got " + tz.repr(), "e.g. tz='Europe/Paris'");
        }
        try {
            TimeZones.zone(s.value());
        } catch (RuntimeException e) {
            throw DataOp.error("pd.Timestamp: unknown time zone '" + s.value() + "'",
                    "use an IANA zone name such as 'UTC' or 'America/New_York'");
        }
        return s.value();
    }

    // ---- pd.Timedelta / pd.to_timedelta ----------------------------------------------------------------------------

    /**
     * {@code pd.Timedelta(value=None, unit=None, **components)} and {@code pd.to_timedelta(value, unit=None)} of one
     * value ({@code function} names which, for errors): text such as {@code '7 days'}, {@code '1h30min'},
     * {@code '1 days 02:00:00'}; a number of {@code unit}s (nanoseconds by default); or keyword components
     * ({@code days=7, hours=1.5}).
     */
    public static Const.TimedeltaConst timedelta(String function, List<Const> args, Map<String, Const> kwargs) {
        Map<String, Const> given = new LinkedHashMap<>(kwargs);
        Const value = args.isEmpty() ? given.remove(function.endsWith("to_timedelta") ? "arg" : "value") : args.getFirst();
        Const unitArg = args.size() > 1 ? args.get(1) : given.remove("unit");
        if (args.size() > 2) {
            throw DataOp.error(function + " takes at most 2 positional arguments, got " + args.size(), null);
        }
        if (function.endsWith("to_timedelta")) {
            Const errors = given.remove("errors");
            if (errors != null && !(errors instanceof Const.StrConst e && e.value().equals("raise"))) {
                throw DataOp.error(function + "(errors=" + errors.repr() + ") of a constant is not supported",
                        "the default, errors='raise', is");
            }
        }
        if (value instanceof Const.TimedeltaConst d && unitArg == null && given.isEmpty()) {
            return d;
        }
        if (value == null || value instanceof Const.NoneConst) {
            return fromComponents(function, given);
        }
        if (!given.isEmpty()) {
            throw DataOp.error(function + "() got an unexpected keyword argument '" + given.keySet().iterator().next()
                    + "'", "give either a value (and unit) or keyword components such as days=7");
        }
        String unit = null;
        if (unitArg != null && !(unitArg instanceof Const.NoneConst)) {
            if (!(unitArg instanceof Const.StrConst u) || !UNITS.containsKey(u.value())) {
                throw DataOp.error(function + ": unknown unit " + unitArg.repr(), "units: "
                        + String.join(", ", UNITS.keySet()));
            }
            unit = u.value();
        }
        return switch (value) {
            case Const.StrConst text -> {
                if (unit != null) {
                    throw DataOp.error(function + ": unit must not be given when the value is text, as in pandas",
                            "write the unit in the text: '7 days', '90min'");
                }
                yield durationText(function, text.value());
            }
            case Const.IntConst i -> fromNumber(function, BigDecimal.valueOf(i.value()), unit == null ? "ns" : unit);
            case Const.FloatConst f -> {
                if (Double.isNaN(f.value()) || Double.isInfinite(f.value())) {
                    throw DataOp.error(function + "(" + f.repr() + ") is NaT or out of range in pandas, which Stratum does"
                            + " not hold as a constant", "write a finite number");
                }
                yield fromNumber(function, new BigDecimal(f.value()), unit == null ? "ns" : unit);
            }
            default -> throw DataOp.error(function + " of " + value.repr() + " (" + value.typeName() + ") is not"
                    + " supported", "give text such as '7 days', a number with unit='D', or components such as days=7");
        };
    }

    /**
     * A number of {@code unit}s: a whole number keeps seconds' resolution for units of a second or longer and its own
     * for finer ones (pandas 3's rule); a fraction is held in nanoseconds, rounded as pandas rounds it.
     */
    private static Const.TimedeltaConst fromNumber(String function, BigDecimal value, String unit) {
        long unitNanos = UNITS.get(unit);
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        DatetimeUnit resolution;
        if (!whole) {
            resolution = DatetimeUnit.NS;
        } else if (unitNanos >= NANOS_PER_SECOND) {
            resolution = DatetimeUnit.S;
        } else if (unitNanos == 1_000_000L) {
            resolution = DatetimeUnit.MS;
        } else if (unitNanos == 1_000L) {
            resolution = DatetimeUnit.US;
        } else {
            resolution = DatetimeUnit.NS;
        }
        BigDecimal nanos = value.multiply(BigDecimal.valueOf(unitNanos));
        BigInteger ticks = nanos.divide(BigDecimal.valueOf(NANOS_PER_SECOND / resolution.perSecond()))
                .setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        return duration(function, ticks, resolution);
    }

    /** Keyword components, each a number; microseconds ({@code us}), or nanoseconds when {@code nanoseconds} is given. */
    private static Const.TimedeltaConst fromComponents(String function, Map<String, Const> given) {
        if (given.isEmpty()) {
            throw DataOp.error(function + "() needs a value or components", "e.g. pd.Timedelta(days=7) or"
                    + " pd.Timedelta('7 days')");
        }
        BigDecimal nanos = BigDecimal.ZERO;
        for (Map.Entry<String, Const> e : given.entrySet()) {
            Long length = COMPONENTS.get(e.getKey());
            if (length == null) {
                throw DataOp.error(function + "() got an unexpected keyword argument '" + e.getKey() + "'",
                        "components: " + String.join(", ", COMPONENTS.keySet()));
            }
            BigDecimal v = switch (e.getValue()) {
                case Const.IntConst i -> BigDecimal.valueOf(i.value());
                case Const.FloatConst f when !Double.isNaN(f.value()) && !Double.isInfinite(f.value()) ->
                        new BigDecimal(f.value());
                default -> throw DataOp.error(function + ": " + e.getKey() + " must be a number, got "
                        + e.getValue().repr(), null);
            };
            nanos = nanos.add(v.multiply(BigDecimal.valueOf(length)));
        }
        DatetimeUnit unit = given.containsKey("nanoseconds") ? DatetimeUnit.NS : DatetimeUnit.US;
        BigInteger ticks = nanos.divide(BigDecimal.valueOf(NANOS_PER_SECOND / unit.perSecond()))
                .setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        return duration(function, ticks, unit);
    }

    /**
     * pandas' text of a duration: terms such as {@code 7 days}, {@code 1h30min}, {@code 2 hours 30 minutes}, then
     * optionally a clock {@code hh:mm:ss[.fraction]}; a leading sign applies to the terms, or to a clock alone.
     * Microseconds ({@code us}) unless the value has nanoseconds.
     */
    private static Const.TimedeltaConst durationText(String function, String text) {
        String s = text.strip();
        int sign = 1;
        int at = 0;
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.charAt(0) == '-' ? -1 : 1;
            at = 1;
        }
        BigDecimal terms = BigDecimal.ZERO;
        boolean anyTerm = false;
        Matcher term = TERM.matcher(s);
        while (at < s.length() && term.find(at) && term.start() == at && !CLOCK.matcher(s).region(at, s.length())
                .lookingAt()) {
            Long length = UNITS.get(term.group(2));
            if (length == null) {
                throw DataOp.error(function + "('" + text + "'): unknown unit '" + term.group(2) + "'" + (term.group(2)
                        .matches("[MYy]") ? " (months and years have no fixed length, as pandas says)" : ""),
                        "units: W, D, h, min, s, ms, us, ns (and their long names)");
            }
            terms = terms.add(new BigDecimal(term.group(1)).multiply(BigDecimal.valueOf(length)));
            anyTerm = true;
            at = term.end();
        }
        BigDecimal clock = BigDecimal.ZERO;
        boolean anyClock = false;
        Matcher c = CLOCK.matcher(s);
        if (at < s.length() && c.region(at, s.length()).matches()) {
            anyClock = true;
            BigDecimal seconds = BigDecimal.valueOf(Long.parseLong(c.group(2)) * 3600 + Long.parseLong(c.group(3)) * 60
                    + Long.parseLong(c.group(4)));
            if (c.group(5) != null) {
                seconds = seconds.add(new BigDecimal("0." + c.group(5)));
            }
            clock = seconds.multiply(BigDecimal.valueOf(NANOS_PER_SECOND));
            if (c.group(1).equals("-")) {
                throw DataOp.error(function + "('" + text + "'): only leading negative signs are allowed, as in pandas",
                        null);
            }
            if (!anyTerm) {
                clock = clock.multiply(BigDecimal.valueOf(sign));
            }
            at = s.length();
        }
        if (at < s.length() || (!anyTerm && !anyClock)) {
            throw DataOp.error(function + "('" + text + "') is not a duration Stratum reads",
                    "write terms such as '7 days', '1h30min', '90 minutes', optionally then a clock: '1 days 02:00:00'");
        }
        BigDecimal nanos = terms.multiply(BigDecimal.valueOf(sign)).add(clock);
        boolean subMicro = nanos.remainder(BigDecimal.valueOf(1000)).signum() != 0;
        DatetimeUnit unit = subMicro ? DatetimeUnit.NS : DatetimeUnit.US;
        BigInteger ticks = nanos.divide(BigDecimal.valueOf(NANOS_PER_SECOND / unit.perSecond()))
                .setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        return duration(function, ticks, unit);
    }

    private static Const.TimedeltaConst duration(String function, BigInteger ticks, DatetimeUnit unit) {
        if (ticks.bitLength() > 63) {
            throw DataOp.error(function + ": the duration is outside the range of " + unit.text() + " ticks (pandas'"
                    + " OutOfBoundsTimedelta)", null);
        }
        return TemporalConstants.timedelta(ticks.longValue(), unit);
    }

    // ---- arithmetic and comparisons of constants ---------------------------------------------------------------

    /** Whether the constant is a Timestamp or a Timedelta. */
    public static boolean temporal(Const c) {
        return c instanceof Const.TimestampConst || c instanceof Const.TimedeltaConst;
    }

    /**
     * {@code left symbol right} where one side is a Timestamp or Timedelta ({@code ts - ts}, {@code ts + td},
     * {@code td * 2}, {@code td / td}, ...), computed by the same kernels as a column of one row, so that a constant
     * and a column give the same values, units and errors.
     */
    public static Const arithmetic(String symbol, Const left, Const right) {
        ArithmeticOp op = ArithmeticOp.fromSymbol(symbol);
        return onOneRow(symbol, left, right, (memory, column, constant, columnFirst) -> columnFirst
                ? ColumnArithmetic.binary(memory, op, column, constant)
                : ColumnArithmetic.binary(memory, op, constant, column));
    }

    /** {@code left symbol right} for a comparison, one side a Timestamp or Timedelta. */
    public static Const compare(String symbol, Const left, Const right) {
        ComparisonOp op = ComparisonOp.fromSymbol(symbol);
        return onOneRow(symbol, left, right, (memory, column, constant, columnFirst) -> columnFirst
                ? ColumnArithmetic.compare(memory, op, column, constant)
                : ColumnArithmetic.compare(memory, op, constant, column));
    }

    /** A column kernel applied to the temporal side as a one-row column and the other as a constant. */
    private interface OneRow {
        Column apply(MemoryContext memory, Column column, Scalar constant, boolean columnFirst);
    }

    private static Const onOneRow(String symbol, Const left, Const right, OneRow kernel) {
        try (MemoryContext memory = MemoryContext.open()) {
            boolean columnFirst = temporal(left);
            Column out = kernel.apply(memory, column(memory, columnFirst ? left : right),
                    scalar(columnFirst ? right : left), columnFirst);
            return constant(out);
        } catch (DataException e) {
            throw DataOp.error(left.repr() + " " + symbol + " " + right.repr() + ": " + e.getMessage(), null);
        }
    }

    /** {@code -td}. */
    public static Const negate(Const value) {
        if (value instanceof Const.TimedeltaConst d) {
            return TemporalConstants.timedelta(Math.negateExact(d.ticks()), TemporalConstants.unit(d.unit()));
        }
        throw DataOp.error("bad operand type for unary -: '" + value.typeName() + "'", null);
    }

    private static Column column(MemoryContext memory, Const c) {
        return switch (c) {
            case Const.TimestampConst t -> TimestampColumn.of(memory, "value", new long[] {t.ticks()}, null,
                    TemporalConstants.unit(t.unit()), t.zone());
            case Const.TimedeltaConst d -> TimedeltaColumn.of(memory, "value", new long[] {d.ticks()}, null,
                    TemporalConstants.unit(d.unit()));
            default -> throw new IllegalArgumentException("not a Timestamp or Timedelta: " + c.repr());
        };
    }

    private static Scalar scalar(Const c) {
        return switch (c) {
            case Const.TimestampConst t -> new Scalar.DatetimeScalar(t.ticks(), TemporalConstants.unit(t.unit()), t.zone());
            case Const.TimedeltaConst d -> new Scalar.DurationScalar(d.ticks(), TemporalConstants.unit(d.unit()));
            case Const.IntConst i -> Scalar.of(i.value());
            case Const.FloatConst f -> Scalar.of(f.value());
            case Const.BoolConst b -> Scalar.of(b.value());
            case Const.StrConst t -> Scalar.of(t.value());
            default -> throw DataOp.error("a Timestamp or Timedelta with " + c.repr() + " (" + c.typeName() + ") is not"
                    + " supported", null);
        };
    }

    private static Const constant(Column out) {
        if (out.isNull(0)) {
            throw DataOp.error("the result is NaT (pandas' missing date or duration), which Stratum does not hold as a"
                    + " constant", null);
        }
        return switch (out) {
            case TimestampColumn t -> TemporalConstants.timestamp(t.getTicks(0), t.unit(), t.zone());
            case TimedeltaColumn d -> TemporalConstants.timedelta(d.getTicks(0), d.unit());
            case Float64Column f -> Const.of(f.getDouble(0));
            case Int64Column i -> Const.of(i.getLong(0));
            case BoolColumn b -> Const.of(b.getBoolean(0));
            default -> throw new IllegalStateException("unexpected result " + out.type());
        };
    }

    private static long wholeNumber(Const c, String function, String name) {
        if (c instanceof Const.IntConst i) {
            return i.value();
        }
        throw DataOp.error(function + ": " + name + " must be an int, got " + c.repr(), null);
    }

    private static String describe(List<Const> args, Map<String, Const> kwargs) {
        List<String> parts = new ArrayList<>();
        for (Const a : args) {
            parts.add(a.repr());
        }
        for (Map.Entry<String, Const> e : kwargs.entrySet()) {
            parts.add(e.getKey() + "=" + e.getValue().repr());
        }
        return String.join(", ", parts);
    }
}
