package io.stratum.frontend.bind;

import java.util.List;

/**
 * What a script prints of a search's {@code results_} or {@code detailed_results_} table, a pandas DataFrame in skrub:
 * the whole table (pandas' cut one), sorted ({@code .sort_values("col", ascending=...)}), its {@code .head(n)},
 * {@code .tail(n)}, some columns ({@code [["a", "b"]]}), {@code .to_string()} (nothing cut), one column
 * ({@code ["mean_test_score"]}, a Series) or its column names ({@code .columns}, a pandas Index, and
 * {@code .columns.tolist()}, a list), rounded or not ({@code .round(3)}: pandas rounds the float columns, numpy's way).
 * The operations apply in that order, whatever order the script wrote them in where pandas gives the same.
 *
 * @param head      the first {@code head} rows, or null
 * @param tail      the last {@code tail} rows (after {@code head}), or null
 * @param whole     {@code .to_string()}: every row and column, no footer
 * @param column    the one column printed as a Series, or null
 * @param names     the column names instead of the values, or null
 * @param decimals  the float columns rounded to this many decimals ({@code .round(decimals)}), or null
 * @param selected  the columns kept, in this order ({@code [["a", "b"]]}), or null for all
 * @param sortBy    the column the rows are sorted by ({@code sort_values}; missing values last), or null
 * @param ascending the sort's direction
 */
public record ResultsView(Integer head, Integer tail, boolean whole, String column, Names names, Integer decimals,
                          List<String> selected, String sortBy, boolean ascending) {
    public static final ResultsView TABLE = new ResultsView(null, null, false, null, null, null, null, null, true);

    /** How the column names are printed: pandas' Index ({@code .columns}) or a Python list ({@code .tolist()}). */
    public enum Names { INDEX, LIST }

    public ResultsView {
        selected = selected == null ? null : List.copyOf(selected);
    }

    public ResultsView(Integer head, Integer tail, boolean whole, String column) {
        this(head, tail, whole, column, null, null, null, null, true);
    }

    public ResultsView(Integer head, Integer tail, boolean whole, String column, Names names, Integer decimals) {
        this(head, tail, whole, column, names, decimals, null, null, true);
    }

    public ResultsView withHead(int n) {
        return new ResultsView(head == null ? n : Math.min(head, n), tail, whole, column, names, decimals, selected,
                sortBy, ascending);
    }

    public ResultsView withTail(int n) {
        return new ResultsView(head, tail == null ? n : Math.min(tail, n), whole, column, names, decimals, selected,
                sortBy, ascending);
    }

    public ResultsView asText() {
        return new ResultsView(head, tail, true, column, names, decimals, selected, sortBy, ascending);
    }

    public ResultsView withColumn(String name) {
        return new ResultsView(head, tail, whole, name, names, decimals, selected, sortBy, ascending);
    }

    public ResultsView withNames(Names printed) {
        return new ResultsView(head, tail, whole, column, printed, decimals, selected, sortBy, ascending);
    }

    /** This view with its float values rounded as pandas' {@code round(decimals)} rounds them. */
    public ResultsView withDecimals(int n) {
        return new ResultsView(head, tail, whole, column, names, n, selected, sortBy, ascending);
    }

    /** This view's columns {@code names}, in that order. */
    public ResultsView withSelected(List<String> names) {
        return new ResultsView(head, tail, whole, column, this.names, decimals, names, sortBy, ascending);
    }

    /** This view's rows sorted by {@code by} (stable; missing values last, as pandas puts them). */
    public ResultsView withSort(String by, boolean up) {
        return new ResultsView(head, tail, whole, column, names, decimals, selected, by, up);
    }

    /** Whether this view is a table (rows and columns), which has {@code .columns}. */
    public boolean table() {
        return column == null && names == null && !whole;
    }
}
