package io.stratum.frontend.bind;

/**
 * What a script prints of a search's {@code results_} or {@code detailed_results_} table, a pandas DataFrame in skrub:
 * the whole table (pandas' cut one), {@code .head(n)}, {@code .tail(n)}, {@code .to_string()} (nothing cut), one
 * column ({@code ["mean_test_score"]}, a Series) or its column names ({@code .columns}, a pandas Index, and
 * {@code .columns.tolist()}, a list), rounded or not ({@code .round(3)}: pandas rounds the float columns, numpy's way).
 *
 * @param head     the first {@code head} rows, or null
 * @param tail     the last {@code tail} rows (after {@code head}), or null
 * @param whole    {@code .to_string()}: every row and column, no footer
 * @param column   the one column printed as a Series, or null
 * @param names    the column names instead of the values, or null
 * @param decimals the float columns rounded to this many decimals ({@code .round(decimals)}), or null
 */
public record ResultsView(Integer head, Integer tail, boolean whole, String column, Names names, Integer decimals) {
    public static final ResultsView TABLE = new ResultsView(null, null, false, null, null, null);

    /** How the column names are printed: pandas' Index ({@code .columns}) or a Python list ({@code .tolist()}). */
    public enum Names { INDEX, LIST }

    public ResultsView(Integer head, Integer tail, boolean whole, String column) {
        this(head, tail, whole, column, null, null);
    }

    public ResultsView withHead(int n) {
        return new ResultsView(head == null ? n : Math.min(head, n), tail, whole, column, names, decimals);
    }

    public ResultsView withTail(int n) {
        return new ResultsView(head, tail == null ? n : Math.min(tail, n), whole, column, names, decimals);
    }

    public ResultsView asText() {
        return new ResultsView(head, tail, true, column, names, decimals);
    }

    public ResultsView withColumn(String name) {
        return new ResultsView(head, tail, whole, name, names, decimals);
    }

    public ResultsView withNames(Names printed) {
        return new ResultsView(head, tail, whole, column, printed, decimals);
    }

    /** This view with its float values rounded as pandas' {@code round(decimals)} rounds them. */
    public ResultsView withDecimals(int n) {
        return new ResultsView(head, tail, whole, column, names, n);
    }

    /** Whether this view is a table (rows and columns), which has {@code .columns}. */
    public boolean table() {
        return column == null && names == null && !whole;
    }
}
