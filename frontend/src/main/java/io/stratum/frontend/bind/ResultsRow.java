package io.stratum.frontend.bind;

import java.util.Objects;

/**
 * One row of a search's {@code results_} or {@code detailed_results_} table, a pandas Series in skrub: {@code .iloc[i]}
 * (by position, negative from the end), {@code .loc[k]} (by label: the table's labels are 0..n-1 in skrub's order, kept
 * by a sort) or {@code .loc[results_["col"].idxmax()]} ({@code idxmin()}: the label of the column's greatest or least
 * value, missing values skipped, the first of equal ones), of the table as {@code view} shows it (its selected columns,
 * its sort). Printed once the search has run, as pandas prints a frame's row: a Series named by the row's label, of
 * the common dtype of the columns (float64 for numbers, else object).
 *
 * @param view    the table the row is taken from: only its selected columns and its sort apply
 * @param at      the position ({@code iloc}) or the label ({@code loc}), or null with {@code argOf}
 * @param byLabel whether {@code at} is a label
 * @param argOf   the column whose {@code idxmax()}/{@code idxmin()} labels the row, or null
 * @param max     {@code idxmax()} rather than {@code idxmin()}
 */
public record ResultsRow(ResultsView view, Long at, boolean byLabel, String argOf, boolean max) {
    public ResultsRow {
        Objects.requireNonNull(view, "view");
        if ((at == null) == (argOf == null)) {
            throw new IllegalArgumentException("a row is picked by a position or label, or by idxmax()/idxmin()");
        }
    }
}
