package io.stratum.ir.logical;

/**
 * The fields of pandas' {@code .dt} accessor that Stratum computes: the calendar fields and flags of datetimes, and the
 * components of durations ({@code timedelta64}: {@code days}, {@code seconds}, {@code microseconds} and the method
 * {@code total_seconds()}).
 */
public enum DatetimePart {
    YEAR("year"), MONTH("month"), DAY("day"), HOUR("hour"), MINUTE("minute"), SECOND("second"),
    WEEKDAY("weekday"), DAYOFWEEK("dayofweek"), DAYOFYEAR("dayofyear"), QUARTER("quarter"),
    DAYS_IN_MONTH("days_in_month"), IS_MONTH_START("is_month_start"), IS_MONTH_END("is_month_end"),
    IS_QUARTER_START("is_quarter_start"), IS_QUARTER_END("is_quarter_end"), IS_YEAR_START("is_year_start"),
    IS_YEAR_END("is_year_end"), IS_LEAP_YEAR("is_leap_year"),
    DAYS("days"), SECONDS("seconds"), MICROSECONDS("microseconds"), TOTAL_SECONDS("total_seconds");

    private final String pandasName;

    DatetimePart(String pandasName) {
        this.pandasName = pandasName;
    }

    public String pandasName() {
        return pandasName;
    }

    /** True for the components of durations, which only a {@code timedelta64} column has. */
    public boolean ofDuration() {
        return this == DAYS || this == SECONDS || this == MICROSECONDS || this == TOTAL_SECONDS;
    }

    /** True for the calendar flags ({@code is_month_start}, ...), which pandas gives as bool (False at NaT). */
    public boolean isFlag() {
        return name().startsWith("IS_");
    }

    /** True for the one that pandas spells as a method, {@code .dt.total_seconds()}. */
    public boolean isMethod() {
        return this == TOTAL_SECONDS;
    }

    /** The field pandas calls {@code name} ({@code day_of_week} is {@code dayofweek}), or null. */
    public static DatetimePart byName(String name) {
        // pandas' aliases compute the same field; binding keeps one spelling so equal steps are shared.
        name = switch (name) {
            case "day_of_week" -> "dayofweek";
            case "day_of_year" -> "dayofyear";
            case "daysinmonth" -> "days_in_month";
            default -> name;
        };
        for (DatetimePart p : values()) {
            if (p.pandasName.equals(name)) {
                return p;
            }
        }
        return null;
    }
}
