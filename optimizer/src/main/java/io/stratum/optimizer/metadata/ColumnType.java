package io.stratum.optimizer.metadata;

import io.stratum.ir.value.Const;

/** The value type of a column as the plan knows it, named after the pandas dtype; {@code UNKNOWN} when it cannot tell. */
public enum ColumnType {
    INT64("int64"), FLOAT64("float64"), STR("str"), BOOL("bool"),
    /**
     * pandas' float32, which only {@code astype("float32")} makes: the runtime holds its values rounded to float32 in
     * float64 columns, so only the steps {@link Float32Steps} lists may read it.
     */
    FLOAT32("float32"),
    /** Naive datetimes of pandas 3's four resolutions ({@code DATETIME} is microseconds, what text parses into). */
    DATETIME_S("datetime64[s]"), DATETIME_MS("datetime64[ms]"), DATETIME("datetime64[us]"), DATETIME_NS("datetime64[ns]"),
    /**
     * Time-zone-aware datetimes of each resolution; the plan does not carry the zone's name, so their label shows
     * {@code tz} where pandas names the zone.
     */
    DATETIME_TZ_S("datetime64[s, tz]"), DATETIME_TZ_MS("datetime64[ms, tz]"), DATETIME_TZ("datetime64[us, tz]"),
    DATETIME_TZ_NS("datetime64[ns, tz]"),
    /** Durations of each resolution, pandas' {@code timedelta64} (what subtracting two datetimes gives). */
    TIMEDELTA_S("timedelta64[s]"), TIMEDELTA_MS("timedelta64[ms]"), TIMEDELTA("timedelta64[us]"),
    TIMEDELTA_NS("timedelta64[ns]"),
    /** pandas' category dtype over str categories. */
    CATEGORY("category"),
    UNKNOWN("?");

    private final String label;

    ColumnType(String label) {
        this.label = label;
    }

    /** The dtype name as pandas prints it, {@code ?} for unknown. */
    public String label() {
        return label;
    }

    /** True for the datetimes of every resolution, naive or time-zone-aware. */
    public boolean isDatetime() {
        return this == DATETIME_S || this == DATETIME_MS || this == DATETIME || this == DATETIME_NS || isZoned();
    }

    /** True for the durations of every resolution. */
    public boolean isTimedelta() {
        return this == TIMEDELTA_S || this == TIMEDELTA_MS || this == TIMEDELTA || this == TIMEDELTA_NS;
    }

    /** The resolution of a datetime or duration, 0 to 3 for s, ms, us, ns. */
    public int resolution() {
        return switch (this) {
            case DATETIME_S, DATETIME_TZ_S, TIMEDELTA_S -> 0;
            case DATETIME_MS, DATETIME_TZ_MS, TIMEDELTA_MS -> 1;
            case DATETIME, DATETIME_TZ, TIMEDELTA -> 2;
            case DATETIME_NS, DATETIME_TZ_NS, TIMEDELTA_NS -> 3;
            default -> throw new IllegalStateException(this + " has no resolution");
        };
    }

    /** The resolution (0 to 3) of pandas' unit {@code s}, {@code ms}, {@code us} or {@code ns}. */
    static int resolutionOf(String unit) {
        return switch (unit) {
            case "s" -> 0;
            case "ms" -> 1;
            case "us" -> 2;
            case "ns" -> 3;
            default -> throw new IllegalArgumentException("not a datetime unit: " + unit);
        };
    }

    /** The duration of {@link #resolution()} {@code resolution}. */
    public static ColumnType timedelta(int resolution) {
        return new ColumnType[] {TIMEDELTA_S, TIMEDELTA_MS, TIMEDELTA, TIMEDELTA_NS}[resolution];
    }

    /** The datetime of {@code resolution}, time-zone-aware or naive. */
    public static ColumnType datetime(int resolution, boolean zoned) {
        return new ColumnType[] {DATETIME_S, DATETIME_MS, DATETIME, DATETIME_NS}[resolution].withZoneIf(zoned);
    }

    /** True for the time-zone-aware datetimes. */
    public boolean isZoned() {
        return this == DATETIME_TZ_S || this == DATETIME_TZ_MS || this == DATETIME_TZ || this == DATETIME_TZ_NS;
    }

    /** The time-zone-aware datetime of this one's resolution ({@code zoned} true) or the naive one. */
    public ColumnType withZone(boolean zoned) {
        return switch (this) {
            case DATETIME_S, DATETIME_TZ_S -> zoned ? DATETIME_TZ_S : DATETIME_S;
            case DATETIME_MS, DATETIME_TZ_MS -> zoned ? DATETIME_TZ_MS : DATETIME_MS;
            case DATETIME, DATETIME_TZ -> zoned ? DATETIME_TZ : DATETIME;
            case DATETIME_NS, DATETIME_TZ_NS -> zoned ? DATETIME_TZ_NS : DATETIME_NS;
            default -> throw new IllegalStateException(this + " is not a datetime");
        };
    }

    /** {@link #withZone withZone(true)} when {@code zoned} and this is a datetime, else this type. */
    public ColumnType withZoneIf(boolean zoned) {
        return zoned && isDatetime() ? withZone(true) : this;
    }

    /** The datetime type pandas prints as {@code label} ({@code datetime64[ms]}), or null for another text. */
    public static ColumnType datetimeOf(String label) {
        for (ColumnType t : values()) {
            if (t.isDatetime() && t.label.equals(label)) {
                return t;
            }
        }
        return null;
    }

    public boolean isNumeric() {
        return this == INT64 || this == FLOAT64 || this == FLOAT32;
    }

    /** The type a constant has when it is broadcast into a column, as pandas infers it. */
    public static ColumnType ofConstant(Const c) {
        return switch (c) {
            case Const.IntConst i -> INT64;
            case Const.FloatConst f -> FLOAT64;
            case Const.BoolConst b -> BOOL;
            case Const.StrConst s -> STR;
            case Const.TimestampConst t -> datetime(resolutionOf(t.unit()), t.zone() != null);
            case Const.TimedeltaConst d -> timedelta(resolutionOf(d.unit()));
            default -> UNKNOWN;
        };
    }
}
