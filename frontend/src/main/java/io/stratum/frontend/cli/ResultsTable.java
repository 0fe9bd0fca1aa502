package io.stratum.frontend.cli;

import io.stratum.frontend.session.SearchResults;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints {@code results_} as pandas prints a DataFrame: an index column, one column per choice (outcome labels),
 * then {@code mean_test_score} (with several scorers, {@code mean_test_<name>} of each, in skrub's order); columns
 * right-aligned, floats with six decimals (scientific when large).
 * {@code detailed_results_} has skrub's columns in skrub's order (the fit and score times are Stratum's, see
 * {@link io.stratum.runtime.search.CandidateScores}); it is printed whole, where pandas would elide middle columns
 * that do not fit the terminal's width.
 */
final class ResultsTable {
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?[0-9]+\\.[0-9]*");

    private ResultsTable() {
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
        List<List<String>> choiceCells = new ArrayList<>();
        for (String choice : results.choiceNames()) {
            List<Const> values = new ArrayList<>();
            for (SearchResults.Row row : rows) {
                values.add(row.params().get(choice));
            }
            choiceCells.add(choiceColumn(values));
        }
        List<List<String>> scoreCells = new ArrayList<>();
        for (double[] column : numbers) {
            scoreCells.add(floatColumn(column));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> line = new ArrayList<>();
            line.add(Integer.toString(r));
            for (List<String> column : choiceCells) {
                line.add(column.get(r));
            }
            for (List<String> column : scoreCells) {
                line.add(column.get(r));
            }
            cells.add(line);
        }
        return align(header, cells);
    }

    /**
     * A choice's column as pandas shows it, inferring the column's dtype as skrub's {@code pd.DataFrame(rows)} does:
     * numbers with a missing cell (a choice that does not apply, or a {@code None} outcome) are a float column (ints
     * printed as floats), strings with missing cells a str column (missing as NaN), anything else object cells
     * ({@link #label}; a {@code None} outcome printed as None, a choice that does not apply as NaN).
     */
    static List<String> choiceColumn(List<Const> values) {
        boolean floats = true;
        boolean numbers = true;
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
            numbers &= v instanceof Const.FloatConst || v instanceof Const.IntConst;
            strings &= v instanceof Const.StrConst;
        }
        List<String> out = new ArrayList<>();
        if (any && (floats || numbers && missing)) {
            double[] column = new double[values.size()];
            for (int i = 0; i < column.length; i++) {
                column[i] = switch (values.get(i)) {
                    case Const.FloatConst f -> f.value();
                    case Const.IntConst n -> n.value();
                    case null, default -> Double.NaN;
                };
            }
            return floatColumn(column);
        }
        for (Const v : values) {
            out.add(v == null || strings && any && v instanceof Const.NoneConst ? "NaN" : label(v));
        }
        return out;
    }

    /**
     * pandas' default display of a float column: six decimals, then trailing zeros every value shares trimmed (one
     * kept after the point); scientific notation when some value is above 1e6 or below 1e-6 in magnitude.
     */
    static List<String> floatColumn(double[] column) {
        boolean scientific = false;
        for (double d : column) {
            double a = Math.abs(d);
            scientific |= !Double.isNaN(d) && (a > 1e6 || (a < 1e-6 && a > 0));
        }
        List<String> out = new ArrayList<>();
        for (double d : column) {
            out.add(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf") : scientific
                    ? String.format(Locale.ROOT, "%.6e", d).replaceAll("e([+-])(\\d)$", "e$10$2")
                    : String.format(Locale.ROOT, "%.6f", d));
        }
        if (!scientific) {
            while (true) {
                boolean trim = false;
                boolean all = true;
                for (String c : out) {
                    if (DECIMAL.matcher(c).matches()) {
                        trim = true;
                        all &= c.endsWith("0");
                    }
                }
                if (!trim || !all) {
                    break;
                }
                out.replaceAll(c -> DECIMAL.matcher(c).matches() ? c.substring(0, c.length() - 1) : c);
            }
            out.replaceAll(c -> DECIMAL.matcher(c).matches() && c.endsWith(".") ? c + "0" : c);
        }
        return out;
    }

    /** A choice outcome as a pandas cell shows it: strings bare, numbers as Python prints them. */
    static String label(Const v) {
        return v instanceof Const.StrConst s ? s.value() : v.repr();
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
