package io.stratum.ir.value;

/** The columnar and JSON file formats the readers besides {@code read_csv} take, with the pandas function of each. */
public enum FileFormat {
    PARQUET("read_parquet", "Parquet"),
    FEATHER("read_feather", "Feather"),
    JSON("read_json", "Json");

    private final String pandasFunction;
    private final String label;

    FileFormat(String pandasFunction, String label) {
        this.pandasFunction = pandasFunction;
        this.label = label;
    }

    /** The pandas reader, e.g. {@code read_parquet}. */
    public String pandasFunction() {
        return pandasFunction;
    }

    /** The name used in plan node kinds, e.g. {@code ReadParquet}. */
    public String label() {
        return label;
    }
}
