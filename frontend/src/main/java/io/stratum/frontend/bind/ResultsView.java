package io.stratum.frontend.bind;

/**
 * What a script prints of a search's {@code results_} or {@code detailed_results_} table, a pandas DataFrame in skrub:
 * the whole table (pandas' cut one), {@code .head(n)}, {@code .tail(n)}, {@code .to_string()} (nothing cut) or one
 * column ({@code ["mean_test_score"]}, a Series).
 *
 * @param head     the first {@code head} rows, or null
 * @param tail     the last {@code tail} rows (after {@code head}), or null
 * @param whole    {@code .to_string()}: every row and column, no footer
 * @param column   the one column printed as a Series, or null
 */
public record ResultsView(Integer head, Integer tail, boolean whole, String column) {
    public static final ResultsView TABLE = new ResultsView(null, null, false, null);

    public ResultsView withHead(int n) {
        return new ResultsView(head == null ? n : Math.min(head, n), tail, whole, column);
    }

    public ResultsView withTail(int n) {
        return new ResultsView(head, tail == null ? n : Math.min(tail, n), whole, column);
    }

    public ResultsView asText() {
        return new ResultsView(head, tail, true, column);
    }

    public ResultsView withColumn(String name) {
        return new ResultsView(head, tail, whole, name);
    }
}
