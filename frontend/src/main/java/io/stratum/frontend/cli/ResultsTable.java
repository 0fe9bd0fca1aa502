package io.stratum.frontend.cli;

import io.stratum.frontend.session.SearchResults;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints {@code results_} as pandas prints a DataFrame: an index column, one column per choice (outcome labels),
 * then {@code mean_test_score}; columns right-aligned, floats with six decimals (scientific when large).
 */
final class ResultsTable {
    private ResultsTable() {
    }

    static String results(SearchResults results, boolean detailed) {
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(results.choiceNames());
        header.add("mean_test_score");
        if (detailed) {
            header.add("std_test_score");
            for (int f = 0; f < results.folds(); f++) {
                header.add("split" + f + "_test_score");
            }
        }
        List<SearchResults.Row> rows = results.rows();
        List<List<String>> cells = new ArrayList<>();
        int scoreColumns = header.size() - 1 - results.choiceNames().size();
        double[][] numbers = new double[scoreColumns][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            SearchResults.Row row = rows.get(r);
            numbers[0][r] = row.meanTestScore();
            if (detailed) {
                numbers[1][r] = row.stdTestScore();
                for (int f = 0; f < row.foldScores().length; f++) {
                    numbers[2 + f][r] = row.foldScores()[f];
                }
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> line = new ArrayList<>();
            line.add(Integer.toString(r));
            for (String choice : results.choiceNames()) {
                Const v = rows.get(r).params().get(choice);
                line.add(v == null ? "NaN" : label(v));
            }
            for (double[] column : numbers) {
                line.add(formatFloat(column[r], column));
            }
            cells.add(line);
        }
        return align(header, cells);
    }

    /** A choice outcome as a pandas cell shows it: strings bare, numbers as Python prints them. */
    static String label(Const v) {
        return v instanceof Const.StrConst s ? s.value() : v.repr();
    }

    /** pandas' default float display: 6 decimals, or scientific notation when the column holds large values. */
    static String formatFloat(double v, double[] column) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        double max = 0;
        for (double d : column) {
            if (!Double.isNaN(d)) {
                max = Math.max(max, Math.abs(d));
            }
        }
        if (max >= 1e6) {
            return String.format(Locale.ROOT, "%.6e", v).replace("e+0", "e+0").replaceAll("e([+-])(\\d)$", "e$10$2");
        }
        return String.format(Locale.ROOT, "%.6f", v);
    }

    static String align(List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, header, width, true);
        for (List<String> row : rows) {
            appendLine(out, row, width, false);
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, List<String> cells, int[] width, boolean header) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            String cell = cells.get(c);
            // pandas left-aligns the index column and right-aligns the rest.
            if (c == 0) {
                line.append(cell).append(" ".repeat(width[c] - cell.length()));
            } else {
                line.append(" ".repeat(width[c] - cell.length())).append(cell);
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** {@code best_params_} as Python prints the dict. */
    static String bestParams(SearchResults results) {
        List<String> parts = new ArrayList<>();
        results.bestParams().forEach((k, v) -> parts.add(PyFormat.strRepr(k) + ": " + v.repr()));
        return "{" + String.join(", ", parts) + "}";
    }
}
