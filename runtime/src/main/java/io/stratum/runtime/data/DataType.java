package io.stratum.runtime.data;

/** The physical value types a runtime {@link Column} can hold, named after their pandas dtypes. */
public enum DataType {
    FLOAT64("float64"),
    INT64("int64"),
    STRING("str"),
    BOOL("bool"),
    DATETIME("datetime64[us]");

    private final String pandasName;

    DataType(String pandasName) {
        this.pandasName = pandasName;
    }

    /** The dtype name pandas prints for this type ({@code str} is pandas 3's string dtype). */
    public String pandasName() {
        return pandasName;
    }

    public boolean isNumeric() {
        return this == FLOAT64 || this == INT64;
    }
}
