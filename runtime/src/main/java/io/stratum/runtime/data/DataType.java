package io.stratum.runtime.data;

/** The physical value types a runtime {@link Column} can hold, named after their pandas dtypes. */
public enum DataType {
    FLOAT64("float64"),
    INT64("int64"),
    STRING("str"),
    BOOL("bool"),
    DATETIME("datetime64[us]"),
    /** pandas' {@code timedelta64}: a {@link TimedeltaColumn} of durations (its dtype name carries the unit). */
    TIMEDELTA("timedelta64[us]"),
    /**
     * pandas' {@code category} dtype with str categories: a {@link StringColumn} whose {@link StringColumn#codes()}
     * are the category codes over its sorted categories (see {@link StringColumn#isCategorical()}).
     */
    CATEGORY("category");

    private final String pandasName;

    DataType(String pandasName) {
        this.pandasName = pandasName;
    }

    /** The dtype name pandas prints for this type ({@code str} is pandas 3's string dtype). */
    public String pandasName() {
        return pandasName;
    }

    /** True for str and category: the column is a {@link StringColumn} and its values read as strings. */
    public boolean isText() {
        return this == STRING || this == CATEGORY;
    }

    /** True for datetimes and durations: columns of ticks of a {@link DatetimeUnit}. */
    public boolean isTemporal() {
        return this == DATETIME || this == TIMEDELTA;
    }

    public boolean isNumeric() {
        return this == FLOAT64 || this == INT64;
    }
}
