package io.stratum.frontend.cli;

import io.stratum.frontend.session.CrossValidationResults;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints what {@code .skb.cross_validate(...)} returns as pandas prints it: the whole DataFrame ({@code fit_time},
 * {@code score_time}, {@code test_score}, {@code train_score}), or one column as a Series.
 */
final class CrossValidationTable {
    private CrossValidationTable() {
    }

    static String table(CrossValidationResults r) {
        List<String> header = new ArrayList<>();
        header.add("");
        List<List<String>> columns = new ArrayList<>();
        for (String name : columnNames(r)) {
            header.add(name);
            columns.add(ResultsTable.floatColumn(values(r, name)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int f = 0; f < r.folds(); f++) {
            List<String> line = new ArrayList<>();
            line.add(Integer.toString(f));
            for (List<String> column : columns) {
                line.add(column.get(f));
            }
            rows.add(line);
        }
        return ResultsTable.align(header, rows);
    }

    /**
     * One column as pandas prints a float Series: the index left-aligned, then three spaces and the values
     * right-aligned, a value that is not negative keeping a blank where the sign would be; then its name and dtype.
     */
    static String column(CrossValidationResults r, String name) {
        List<String> cells = ResultsTable.floatColumn(values(r, name));
        cells.replaceAll(c -> c.startsWith("-") ? c : " " + c);
        int indexWidth = Integer.toString(cells.size() - 1).length();
        int valueWidth = 0;
        for (String c : cells) {
            valueWidth = Math.max(valueWidth, c.length());
        }
        StringBuilder out = new StringBuilder();
        for (int f = 0; f < cells.size(); f++) {
            String index = Integer.toString(f);
            String cell = cells.get(f);
            out.append(index).append(" ".repeat(indexWidth - index.length())).append("   ")
                    .append(" ".repeat(valueWidth - cell.length())).append(cell).append('\n');
        }
        return out.append("Name: ").append(name).append(", dtype: float64\n").toString();
    }

    private static List<String> columnNames(CrossValidationResults r) {
        return r.trainScore() == null ? List.of("fit_time", "score_time", "test_score")
                : List.of("fit_time", "score_time", "test_score", "train_score");
    }

    private static double[] values(CrossValidationResults r, String name) {
        return switch (name) {
            case "fit_time" -> r.fitTime();
            case "score_time" -> r.scoreTime();
            case "test_score" -> r.testScore();
            case "train_score" -> r.trainScore();
            default -> throw new IllegalArgumentException("no cross_validate column " + name);
        };
    }
}
