package io.stratum.ir.logical;

/** The calendar fields of pandas' {@code .dt} accessor that Stratum computes. */
public enum DatetimePart {
    YEAR("year"), MONTH("month"), DAY("day"), HOUR("hour"), MINUTE("minute"), SECOND("second"),
    WEEKDAY("weekday"), DAYOFWEEK("dayofweek"), DAYOFYEAR("dayofyear"), QUARTER("quarter");

    private final String pandasName;

    DatetimePart(String pandasName) {
        this.pandasName = pandasName;
    }

    public String pandasName() {
        return pandasName;
    }

    /** The field pandas calls {@code name} ({@code day_of_week} is {@code dayofweek}), or null. */
    public static DatetimePart byName(String name) {
        // pandas' aliases compute the same field; binding keeps one spelling so equal steps are shared.
        name = switch (name) {
            case "day_of_week" -> "dayofweek";
            case "day_of_year" -> "dayofyear";
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
