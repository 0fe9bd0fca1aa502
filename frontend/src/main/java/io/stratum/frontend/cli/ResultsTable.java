package io.stratum.frontend.cli;

import io.stratum.frontend.session.SearchResults;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints {@code results_} as pandas prints a DataFrame: an index column, one column per choice (outcome labels),
 * then {@code mean_test_score} (with several scorers, {@code mean_test_<name>} of each, in skrub's order); columns
 * right-aligned, floats with six decimals (scientific when large).
 * {@code detailed_results_} has skrub's columns in skrub's order (the fit and score times are Stratum's, see
 * {@link io.stratum.runtime.search.CandidateScores}). Both are laid out by {@link PandasText#frame}, so a table wider
 * than 80 characters loses its middle columns and one of more than 60 rows its middle rows, as pandas prints them.
 */
final class ResultsTable {

    private ResultsTable() {
    }

    /** The table's columns (the choices', then the scores'), in skrub's order, whether or not the print cuts some. */
    static List<String> columns(SearchResults results, boolean detailed) {
        List<String> header = new ArrayList<>(results.choiceNames());
        List<String> scoreNames = new ArrayList<>(results.scoreNames());
        java.util.Collections.reverse(scoreNames);
        if (detailed) {
            header.addAll(List.of("std_score_time", "mean_score_time", "std_fit_time", "mean_fit_time"));
            for (String name : scoreNames) {
                header.add("std_test_" + name);
            }
        }
        for (String name : scoreNames) {
            header.add("mean_test_" + name);
        }
        return header;
    }

    static String results(SearchResults results, boolean detailed) {
        return PandasText.frame(tableColumns(results, detailed)) + "\n";
    }

    /** The table's columns with pandas' dtypes: the choices' outcomes, then the scores (and times). */
    private static List<io.stratum.runtime.exec.CopiedValue.CopiedColumn> tableColumns(SearchResults results,
                                                                                    boolean detailed) {
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(columns(results, detailed));
        int metrics = results.scoreNames().size();
        List<SearchResults.Row> rows = results.rows();
        int scoreColumns = header.size() - 1 - results.choiceNames().size();
        double[][] numbers = new double[scoreColumns][rows.size()];
        List<io.stratum.runtime.search.CandidateScores> ranked = results.outcome().ranked();
        for (int r = 0; r < rows.size(); r++) {
            SearchResults.Row row = rows.get(r);
            double[] means = row.metricMeans();
            double[] stds = row.metricStds();
            int col = 0;
            if (detailed) {
                io.stratum.runtime.search.CandidateScores c = ranked.get(r);
                numbers[col++][r] = io.stratum.runtime.search.CandidateScores.stdOf(c.scoreSeconds());
                numbers[col++][r] = io.stratum.runtime.search.CandidateScores.meanOf(c.scoreSeconds());
                numbers[col++][r] = io.stratum.runtime.search.CandidateScores.stdOf(c.fitSeconds());
                numbers[col++][r] = io.stratum.runtime.search.CandidateScores.meanOf(c.fitSeconds());
                // skrub appends its result keys in reverse: the score names (refit one first) end up last to first.
                for (int m = metrics - 1; m >= 0; m--) {
                    numbers[col++][r] = stds[m];
                }
            }
            for (int m = metrics - 1; m >= 0; m--) {
                numbers[col++][r] = means[m];
            }
        }
        List<List<Const>> choiceValues = new ArrayList<>();
        for (String choice : results.choiceNames()) {
            List<Const> values = new ArrayList<>();
            for (SearchResults.Row row : rows) {
                values.add(row.params().get(choice));
            }
            choiceValues.add(values);
        }
        return copied(header, choiceValues, java.util.Arrays.asList(numbers), rows.size());
    }

    /**
     * What {@code view} of the table prints ({@code results_.head(3)}, {@code .to_string()}, {@code ["col"]},
     * {@code .round(3)}), as
     * pandas prints that part of the DataFrame: the rows keep their labels (a tail's are its positions in the table).
     */
    static String results(SearchResults results, boolean detailed, io.stratum.frontend.bind.ResultsView view,
                          io.stratum.ir.node.Origin origin) {
        if (view.equals(io.stratum.frontend.bind.ResultsView.TABLE)) {
            return results(results, detailed);
        }
        if (view.names() != null) {
            List<String> names = view.selected() != null ? selected(results, detailed, view, origin) : columns(results, detailed);
            if (view.names() == io.stratum.frontend.bind.ResultsView.Names.INDEX) {
                return PandasIndexText.of(names) + "\n";
            }
            List<io.stratum.ir.value.Const> items = new ArrayList<>();
            for (String n : names) {
                items.add(io.stratum.ir.value.Const.of(n));
            }
            return new io.stratum.ir.value.Const.ListConst(items).repr() + "\n";
        }
        io.stratum.runtime.exec.CopiedValue value = viewed(results, detailed, view, origin);
        if (!value.frame()) {
            return PandasText.series(value.columns().getFirst(), value.labels(), false, false) + "\n";
        }
        return PandasText.frame(value.columns(), value.labels(), !view.whole()) + "\n";
    }

    /**
     * The table (or its one column) {@code view} shows, as the frame pandas would hold: its rows in the view's order,
     * labelled by their places in the whole table, its float columns rounded as {@code view} asks.
     */
    static io.stratum.runtime.exec.CopiedValue viewed(SearchResults results, boolean detailed,
                                                      io.stratum.frontend.bind.ResultsView view,
                                                      io.stratum.ir.node.Origin origin) {
        List<io.stratum.runtime.exec.CopiedValue.CopiedColumn> columns = tableColumns(results, detailed);
        int[] order = new int[results.rows().size()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        if (view.sortBy() != null) {
            order = sortOrder(columnNamed(columns, view.sortBy(), results, detailed, origin), view.ascending());
        }
        int from = 0;
        int to = order.length;
        if (view.head() != null) {
            to = Math.min(to, from + view.head());
        }
        if (view.tail() != null) {
            from = Math.max(from, to - view.tail());
        }
        int[] shown = java.util.Arrays.copyOfRange(order, from, to);
        List<String> labels = new ArrayList<>();
        for (int r : shown) {
            labels.add(Integer.toString(r));
        }
        if (view.selected() != null) {
            List<io.stratum.runtime.exec.CopiedValue.CopiedColumn> picked = new ArrayList<>();
            for (String name : view.selected()) {
                picked.add(columnNamed(columns, name, results, detailed, origin));
            }
            columns = picked;
        }
        List<io.stratum.runtime.exec.CopiedValue.CopiedColumn> rows = new ArrayList<>();
        for (io.stratum.runtime.exec.CopiedValue.CopiedColumn c : columns) {
            io.stratum.runtime.exec.CopiedValue.CopiedColumn part = NumpyIndexing.take(c, shown);
            if (view.decimals() != null && part.values() instanceof double[] d) {
                // DataFrame.round: numpy's rounding of each float column; ints, text and bools are left as they are
                io.stratum.runtime.kernels.element.NumericRounding.numpyRound(d, view.decimals());
            }
            rows.add(part);
        }
        if (view.column() != null) {
            for (io.stratum.runtime.exec.CopiedValue.CopiedColumn c : rows) {
                if (c.name().equals(view.column())) {
                    return new io.stratum.runtime.exec.CopiedValue(false, List.of(c), labels, null);
                }
            }
            throw new io.stratum.ir.diagnostics.StratumError(origin, (detailed ? "detailed_results_" : "results_")
                    + " has no column '" + view.column() + "'", "its columns: " + String.join(", ", columns(results, detailed)));
        }
        return new io.stratum.runtime.exec.CopiedValue(true, rows, labels, null);
    }

    /**
     * The label of {@code column}'s greatest ({@code max}) or least value, as pandas' {@code idxmax()}/{@code idxmin()}:
     * missing values skipped, the first of equal values; the table's labels are its positions.
     */
    static long labelOf(SearchResults results, String attribute, String column, boolean max, io.stratum.ir.node.Origin origin) {
        double[] v = column(results, attribute, column, origin);
        int best = -1;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i]) && (best < 0 || (max ? v[i] > v[best] : v[i] < v[best]))) {
                best = i;
            }
        }
        if (best < 0) {
            throw new io.stratum.ir.diagnostics.StratumError(origin, "ValueError: Encountered all NA values",
                    "every candidate of the search failed: print(search.results_) shows them");
        }
        return best;
    }

    /**
     * {@code results_.iloc[i]} and the like ({@link io.stratum.frontend.bind.ResultsRow}) as pandas prints a frame's row:
     * a Series named by the row's label, indexed by the column names, float64 when every column holds numbers (ints
     * among floats), else object (each value as pandas formats an object: floats with six decimals, trailing zeros
     * trimmed to one; NaN for a missing outcome).
     */
    static String row(SearchResults results, boolean detailed, io.stratum.frontend.bind.ResultsRow row,
                      io.stratum.ir.node.Origin origin) {
        io.stratum.runtime.exec.CopiedValue table = viewed(results, detailed, row.view(), origin);
        int position = position(results, detailed, row, table, origin);
        List<String> names = new ArrayList<>();
        boolean numbers = true;
        for (io.stratum.runtime.exec.CopiedValue.CopiedColumn c : table.columns()) {
            names.add(c.name());
            numbers &= numeric(c);
        }
        String label = table.labels().get(position);
        int k = names.size();
        boolean[] missing = new boolean[k];
        if (numbers) {
            double[] values = new double[k];
            for (int i = 0; i < k; i++) {
                io.stratum.runtime.exec.CopiedValue.CopiedColumn c = table.columns().get(i);
                missing[i] = c.missing()[position];
                values[i] = missing[i] ? Double.NaN : c.values() instanceof double[] d ? d[position] : ((long[]) c.values())[position];
            }
            return PandasText.series(new io.stratum.runtime.exec.CopiedValue.CopiedColumn(label,
                    io.stratum.runtime.data.DataType.FLOAT64, values, missing), names, false, false) + "\n";
        }
        String[] texts = new String[k];
        for (int i = 0; i < k; i++) {
            texts[i] = objectText(table.columns().get(i), position);
        }
        return PandasText.objectSeries(texts, names, label) + "\n";
    }

    private static boolean numeric(io.stratum.runtime.exec.CopiedValue.CopiedColumn c) {
        return c.values() instanceof double[] || c.values() instanceof long[] && c.type() == io.stratum.runtime.data.DataType.INT64;
    }

    /** A value of a results_ row as pandas gives it: numpy's scalar ({@code numpy}) or Python's (text, a missing NaN). */
    record RowValue(io.stratum.ir.value.Const value, boolean numpy) {
    }

    /**
     * {@code results_.iloc[0]["column"]} and the like: numpy's float64 (every value of a row of numbers, ints included)
     * or int64 or bool, the text, or Python's float NaN for a missing outcome, as pandas gives them.
     */
    static RowValue rowValue(SearchResults results, boolean detailed, io.stratum.frontend.bind.ResultsRow row, String column,
                             io.stratum.ir.node.Origin origin) {
        io.stratum.runtime.exec.CopiedValue table = viewed(results, detailed, row.view(), origin);
        int position = position(results, detailed, row, table, origin);
        io.stratum.runtime.exec.CopiedValue.CopiedColumn picked = null;
        boolean numbers = true;
        for (io.stratum.runtime.exec.CopiedValue.CopiedColumn c : table.columns()) {
            numbers &= numeric(c);
            if (c.name().equals(column)) {
                picked = c;
            }
        }
        if (picked == null) {
            throw new io.stratum.ir.diagnostics.StratumError(origin, "KeyError: '" + column + "'", "the row's columns: "
                    + String.join(", ", table.columns().stream().map(io.stratum.runtime.exec.CopiedValue.CopiedColumn::name).toList()));
        }
        boolean missing = picked.missing()[position];
        boolean allNumbers = numbers;
        return switch (picked.values()) {
            case double[] d -> new RowValue(io.stratum.ir.value.Const.of(missing ? Double.NaN : d[position]), true);
            case long[] l when allNumbers -> new RowValue(io.stratum.ir.value.Const.of((double) l[position]), true);
            case long[] l -> new RowValue(io.stratum.ir.value.Const.of(l[position]), true);
            case boolean[] b -> new RowValue(io.stratum.ir.value.Const.of(b[position]), true);
            case String[] t -> missing ? new RowValue(io.stratum.ir.value.Const.of(Double.NaN), false)
                    : new RowValue(io.stratum.ir.value.Const.of(t[position]), false);
            default -> throw new IllegalStateException(picked.values().getClass().getName());
        };
    }

    /** The position in {@code table} ({@code row}'s view of the results) of the row {@code row} picks. */
    private static int position(SearchResults results, boolean detailed, io.stratum.frontend.bind.ResultsRow row,
                                io.stratum.runtime.exec.CopiedValue table, io.stratum.ir.node.Origin origin) {
        String attribute = detailed ? "detailed_results_" : "results_";
        int n = table.rows();
        int position;
        if (row.argOf() != null) {
            position = table.labels().indexOf(Long.toString(labelOf(results, attribute, row.argOf(), row.max(), origin)));
        } else if (row.byLabel()) {
            position = table.labels().indexOf(Long.toString(row.at()));
            if (position < 0) {
                throw new io.stratum.ir.diagnostics.StratumError(origin, "KeyError: " + row.at(), "the " + attribute
                        + " table's labels are 0 to " + (n - 1));
            }
        } else {
            long at = row.at() < 0 ? row.at() + n : row.at();
            if (at < 0 || at >= n) {
                throw new io.stratum.ir.diagnostics.StratumError(origin, "IndexError: single positional indexer is"
                        + " out-of-bounds", "the " + attribute + " table has " + n + " rows");
            }
            position = (int) at;
        }
        return position;
    }

    /** One value of {@code c} as pandas formats it in an object Series. */
    private static String objectText(io.stratum.runtime.exec.CopiedValue.CopiedColumn c, int row) {
        if (c.missing()[row]) {
            return "NaN";
        }
        return switch (c.values()) {
            case double[] d -> Double.isNaN(d[row]) ? "NaN" : PandasText.objectFloat(d[row]);
            case long[] l -> Long.toString(l[row]);
            case boolean[] b -> b[row] ? "True" : "False";
            case String[] t -> t[row];
            default -> throw new IllegalStateException(c.values().getClass().getName());
        };
    }

    /** {@code results_[column]}'s values, for its reductions. */
    static double[] column(SearchResults results, String attribute, String column, io.stratum.ir.node.Origin origin) {
        boolean detailed = attribute.equals("detailed_results_");
        for (io.stratum.runtime.exec.CopiedValue.CopiedColumn c : tableColumns(results, detailed)) {
            if (c.name().equals(column)) {
                if (c.values() instanceof double[] d) {
                    return d;
                }
                if (c.values() instanceof long[] l) {
                    return java.util.Arrays.stream(l).asDoubleStream().toArray();
                }
                throw new io.stratum.ir.diagnostics.StratumError(origin, attribute + "['" + column
                        + "'] is not a column of numbers", "reduce a score column, e.g. mean_test_score");
            }
        }
        throw new io.stratum.ir.diagnostics.StratumError(origin, attribute + " has no column '" + column + "'",
                "its columns: " + String.join(", ", columns(results, detailed)));
    }

    /** The names {@code view} selects, each checked against the table's columns. */
    private static List<String> selected(SearchResults results, boolean detailed, io.stratum.frontend.bind.ResultsView view,
                                         io.stratum.ir.node.Origin origin) {
        List<String> all = columns(results, detailed);
        for (String name : view.selected()) {
            if (!all.contains(name)) {
                throw missing(name, results, detailed, origin);
            }
        }
        return view.selected();
    }

    private static io.stratum.runtime.exec.CopiedValue.CopiedColumn columnNamed(
            List<io.stratum.runtime.exec.CopiedValue.CopiedColumn> columns, String name, SearchResults results,
            boolean detailed, io.stratum.ir.node.Origin origin) {
        for (io.stratum.runtime.exec.CopiedValue.CopiedColumn c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw missing(name, results, detailed, origin);
    }

    private static io.stratum.ir.diagnostics.StratumError missing(String name, SearchResults results, boolean detailed,
                                                                  io.stratum.ir.node.Origin origin) {
        return new io.stratum.ir.diagnostics.StratumError(origin, (detailed ? "detailed_results_" : "results_")
                + " has no column '" + name + "'", "its columns: " + String.join(", ", columns(results, detailed)));
    }

    /**
     * The rows in {@code sort_values(by, ascending)} order: stable (numpy's sort of a results table, at most a few
     * dozen rows, keeps equal keys in order), missing values last either way.
     */
    private static int[] sortOrder(io.stratum.runtime.exec.CopiedValue.CopiedColumn key, boolean ascending) {
        Integer[] rows = new Integer[key.length()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = r;
        }
        java.util.Comparator<Integer> byValue = switch (key.values()) {
            case double[] d -> (x, y) -> Double.compare(d[x], d[y]);
            case long[] l -> (x, y) -> Long.compare(l[x], l[y]);
            case String[] t -> (x, y) -> t[x].compareTo(t[y]);
            case boolean[] t -> (x, y) -> Boolean.compare(t[x], t[y]);
            default -> throw new IllegalStateException(key.values().getClass().getName());
        };
        java.util.Comparator<Integer> directed = ascending ? byValue : byValue.reversed();
        boolean[] missing = key.missing();
        java.util.Arrays.sort(rows, (x, y) -> {
            boolean mx = missing[x] || key.values() instanceof double[] d && Double.isNaN(d[x]);
            boolean my = missing[y] || key.values() instanceof double[] d && Double.isNaN(d[y]);
            return mx || my ? Boolean.compare(mx, my) : directed.compare(x, y);
        });
        int[] out = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = rows[r];
        }
        return out;
    }

    /**
     * The table as pandas prints a DataFrame of these columns ({@code header}: the index's empty name, the choices'
     * names, then the scores'), through {@link PandasText#frame}: at most 60 rows, middle columns dropped beyond 80
     * characters, a {@code [n rows x m columns]} footer when anything was cut. A choice's column takes the dtype
     * {@code pd.DataFrame(rows)} infers: numbers with a missing cell (a choice
     * that does not apply, or a {@code None} outcome) a float column, ints an int column, strings a str column
     * (missing as NaN), bools a bool column, anything else object cells ({@link #label}; a {@code None} outcome printed as None).
     */
    static String table(List<String> header, List<List<Const>> choiceValues, List<double[]> scores, int rowCount) {
        return PandasText.frame(copied(header, choiceValues, scores, rowCount)) + "\n";
    }

    private static List<io.stratum.runtime.exec.CopiedValue.CopiedColumn> copied(List<String> header,
            List<List<Const>> choiceValues, List<double[]> scores, int rowCount) {
        List<io.stratum.runtime.exec.CopiedValue.CopiedColumn> columns = new ArrayList<>();
        for (int c = 0; c < choiceValues.size(); c++) {
            columns.add(choiceCopied(header.get(1 + c), choiceValues.get(c)));
        }
        for (int c = 0; c < scores.size(); c++) {
            columns.add(new io.stratum.runtime.exec.CopiedValue.CopiedColumn(header.get(1 + choiceValues.size() + c),
                    io.stratum.runtime.data.DataType.FLOAT64, scores.get(c), new boolean[rowCount]));
        }
        return columns;
    }

    /** A choice's column with the dtype pandas infers for its outcomes . */
    private static io.stratum.runtime.exec.CopiedValue.CopiedColumn choiceCopied(String name, List<Const> values) {
        int n = values.size();
        boolean floats = true;
        boolean ints = true;
        boolean strings = true;
        boolean any = false;
        boolean missing = false;
        for (Const v : values) {
            if (v == null || v instanceof Const.NoneConst) {
                missing = true;
                continue;
            }
            any = true;
            floats &= v instanceof Const.FloatConst;
            ints &= v instanceof Const.IntConst;
            strings &= v instanceof Const.StrConst;
        }
        // a choice that applies to no row shown is skrub's NaN in every cell: a float column
        boolean noneApplies = values.stream().allMatch(java.util.Objects::isNull);
        if (noneApplies || any && (floats || numbersOnly(values) && missing)) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = switch (values.get(i)) {
                    case Const.FloatConst f -> f.value();
                    case Const.IntConst k -> k.value();
                    case null, default -> Double.NaN;
                };
            }
            return new io.stratum.runtime.exec.CopiedValue.CopiedColumn(name, io.stratum.runtime.data.DataType.FLOAT64,
                    column, new boolean[n]);
        }
        if (any && !missing && values.stream().allMatch(Const.BoolConst.class::isInstance)) {
            boolean[] column = new boolean[n];
            for (int i = 0; i < n; i++) {
                column[i] = ((Const.BoolConst) values.get(i)).value();
            }
            return new io.stratum.runtime.exec.CopiedValue.CopiedColumn(name, io.stratum.runtime.data.DataType.BOOL,
                    column, new boolean[n]);
        }
        if (any && ints && !missing) {
            long[] column = new long[n];
            for (int i = 0; i < n; i++) {
                column[i] = ((Const.IntConst) values.get(i)).value();
            }
            return new io.stratum.runtime.exec.CopiedValue.CopiedColumn(name, io.stratum.runtime.data.DataType.INT64,
                    column, new boolean[n]);
        }
        String[] text = new String[n];
        boolean[] absent = new boolean[n];
        for (int i = 0; i < n; i++) {
            Const v = values.get(i);
            // a str column's missing cell prints NaN; an object column prints a None outcome as None
            absent[i] = v == null || strings && any && v instanceof Const.NoneConst;
            text[i] = absent[i] ? null : label(v);
        }
        return new io.stratum.runtime.exec.CopiedValue.CopiedColumn(name, io.stratum.runtime.data.DataType.STRING,
                text, absent);
    }

    private static boolean numbersOnly(List<Const> values) {
        for (Const v : values) {
            if (v != null && !(v instanceof Const.NoneConst) && !(v instanceof Const.FloatConst)
                    && !(v instanceof Const.IntConst)) {
                return false;
            }
        }
        return true;
    }

    /** A choice outcome as a pandas cell shows it: strings bare, numbers as Python prints them. */
    static String label(Const v) {
        return v instanceof Const.StrConst s ? s.value() : v.repr();
    }

    /** {@code best_params_} as Python prints the dict. */
    static String bestParams(SearchResults results) {
        List<String> parts = new ArrayList<>();
        results.bestParams().forEach((k, v) -> parts.add(PyFormat.strRepr(k) + ": " + v.repr()));
        return "{" + String.join(", ", parts) + "}";
    }
}
