package io.stratum.runtime.kernels.relational;

/** The group-wise reductions of pandas' {@code groupby(...).agg}, by the names pandas gives them. */
public enum AggregateFunction {
    MEAN("mean"), SUM("sum"), COUNT("count"), SIZE("size"), MIN("min"), MAX("max"), MEDIAN("median"),
    STD("std"), VAR("var"), NUNIQUE("nunique"), FIRST("first"), LAST("last");

    private final String pandasName;

    AggregateFunction(String pandasName) {
        this.pandasName = pandasName;
    }

    public String pandasName() {
        return pandasName;
    }

    /** The function pandas calls {@code name}, or {@code null}. */
    public static AggregateFunction fromName(String name) {
        for (AggregateFunction f : values()) {
            if (f.pandasName.equals(name)) {
                return f;
            }
        }
        return null;
    }
}
