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
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(results.choiceNames());
        // skrub appends its result keys in reverse: the score names (refit one first) end up last to first.
        List<String> scoreNames = new ArrayList<>(results.scoreNames());
        java.util.Collections.reverse(scoreNames);
        int metrics = scoreNames.size();
        if (detailed) {
            header.addAll(List.of("std_score_time", "mean_score_time", "std_fit_time", "mean_fit_time"));
            for (String name : scoreNames) {
                header.add("std_test_" + name);
            }
        }
        for (String name : scoreNames) {
            header.add("mean_test_" + name);
        }
        List<SearchResults.Row> rows = results.rows();
        List<List<String>> cells = new ArrayList<>();
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
        return table(header, choiceValues, java.util.Arrays.asList(numbers), rows.size());
    }

    /**
     * The table as pandas prints a DataFrame of these columns ({@code header}: the index's empty name, the choices'
     * names, then the scores'), through {@link PandasText#frame}: at most 60 rows, middle columns dropped beyond 80
     * characters, a {@code [n rows x m columns]} footer when anything was cut. A choice's column takes the dtype
     * {@code pd.DataFrame(rows)} infers: numbers with a missing cell (a choice
     * that does not apply, or a {@code None} outcome) a float column, ints an int column, strings a str column
     * (missing as NaN), anything else object cells ({@link #label}; a {@code None} outcome printed as None).
     */
    static String table(List<String> header, List<List<Const>> choiceValues, List<double[]> scores, int rowCount) {
        List<io.stratum.runtime.exec.CopiedValue.CopiedColumn> columns = new ArrayList<>();
        for (int c = 0; c < choiceValues.size(); c++) {
            columns.add(choiceCopied(header.get(1 + c), choiceValues.get(c)));
        }
        for (int c = 0; c < scores.size(); c++) {
            columns.add(new io.stratum.runtime.exec.CopiedValue.CopiedColumn(header.get(1 + choiceValues.size() + c),
                    io.stratum.runtime.data.DataType.FLOAT64, scores.get(c), new boolean[rowCount]));
        }
        return PandasText.frame(columns) + "\n";
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
        if (any && (floats || numbersOnly(values) && missing)) {
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
            text[i] = absent[i] ? "" : label(v);
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
