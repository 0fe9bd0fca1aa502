package io.stratum.frontend.bind;

/**
 * What a script prints of a search's {@code results_} or {@code detailed_results_} table, a pandas DataFrame in skrub:
 * the whole table (pandas' cut one), {@code .head(n)}, {@code .tail(n)}, {@code .to_string()} (nothing cut), one
 * column ({@code ["mean_test_score"]}, a Series) or its column names ({@code .columns}, a pandas Index, and
 * {@code .columns.tolist()}, a list).
 *
 * @param head     the first {@code head} rows, or null
 * @param tail     the last {@code tail} rows (after {@code head}), or null
 * @param whole    {@code .to_string()}: every row and column, no footer
 * @param column   the one column printed as a Series, or null
 * @param names    the column names instead of the values, or null
 */
public record ResultsView(Integer head, Integer tail, boolean whole, String column, Names names) {
    public static final ResultsView TABLE = new ResultsView(null, null, false, null, null);

    /** How the column names are printed: pandas' Index ({@code .columns}) or a Python list ({@code .tolist()}). */
    public enum Names { INDEX, LIST }

    public ResultsView(Integer head, Integer tail, boolean whole, String column) {
        this(head, tail, whole, column, null);
    }

    public ResultsView withHead(int n) {
        return new ResultsView(head == null ? n : Math.min(head, n), tail, whole, column, names);
    }

    public ResultsView withTail(int n) {
        return new ResultsView(head, tail == null ? n : Math.min(tail, n), whole, column, names);
    }

    public ResultsView asText() {
        return new ResultsView(head, tail, true, column, names);
    }

    public ResultsView withColumn(String name) {
        return new ResultsView(head, tail, whole, name, names);
    }

    public ResultsView withNames(Names printed) {
        return new ResultsView(head, tail, whole, column, printed);
    }

    /** Whether this view is a table (rows and columns), which has {@code .columns}. */
    public boolean table() {
        return column == null && names == null && !whole;
    }
}
