package io.stratum.ir.logical;

import java.util.List;
import java.util.Objects;

/**
 * One output column of an aggregation: {@code function} (pandas' name: mean, sum, count, size, min, max, median,
 * std, var, nunique, first, last) of input {@code column}, or of the group ({@code column} null) for size.
 */
public record AggregateSpec(String output, String column, String function) {
    /** The functions pandas' groupby offers that Stratum computes. */
    public static final List<String> FUNCTIONS = List.of("mean", "sum", "count", "size", "min", "max", "median",
            "std", "var", "nunique", "first", "last");

    /** As {@code column} and {@code output}: every column but the keys, each under its own name. */
    public static final String ALL_COLUMNS = "*";

    public AggregateSpec {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(function, "function");
        if (!FUNCTIONS.contains(function)) {
            throw new IllegalArgumentException("unknown aggregation '" + function + "'");
        }
    }

    /** As EXPLAIN shows it, e.g. {@code mean(delay)}. */
    public String render() {
        return function + "(" + (column == null ? "" : column) + ")";
    }
}
