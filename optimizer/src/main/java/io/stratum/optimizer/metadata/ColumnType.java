package io.stratum.optimizer.metadata;

import io.stratum.ir.value.Const;

/** The value type of a column as the plan knows it, named after the pandas dtype; {@code UNKNOWN} when it cannot tell. */
public enum ColumnType {
    INT64("int64"), FLOAT64("float64"), STR("str"), BOOL("bool"),
    /** Naive datetimes of pandas 3's four resolutions ({@code DATETIME} is microseconds, what text parses into). */
    DATETIME_S("datetime64[s]"), DATETIME_MS("datetime64[ms]"), DATETIME("datetime64[us]"), DATETIME_NS("datetime64[ns]"),
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

    /** True for the naive datetimes of every resolution. */
    public boolean isDatetime() {
        return this == DATETIME_S || this == DATETIME_MS || this == DATETIME || this == DATETIME_NS;
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
        return this == INT64 || this == FLOAT64;
    }

    /** The type a constant has when it is broadcast into a column, as pandas infers it. */
    public static ColumnType ofConstant(Const c) {
        return switch (c) {
            case Const.IntConst i -> INT64;
            case Const.FloatConst f -> FLOAT64;
            case Const.BoolConst b -> BOOL;
            case Const.StrConst s -> STR;
            default -> UNKNOWN;
        };
    }
}
