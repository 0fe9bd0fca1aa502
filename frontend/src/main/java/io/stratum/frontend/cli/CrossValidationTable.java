package io.stratum.frontend.cli;

import io.stratum.frontend.api.CrossValidation;
import io.stratum.frontend.session.CrossValidationResults;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.exec.CopiedValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints what {@code .skb.cross_validate(...)} returns as pandas prints it ({@link PandasText}): the DataFrame of
 * scikit-learn's columns ({@code fit_time}, {@code score_time}, then the test and training scores of each scorer),
 * some of them ({@code cv[[...]]}), their reductions ({@code cv.mean()}: a Series by column name), or one column as a
 * Series.
 */
final class CrossValidationTable {
    private CrossValidationTable() {
    }

    static String table(CrossValidation cv, CrossValidationResults r) {
        return table(cv, r, io.stratum.frontend.bind.CvColumnView.AS_IS);
    }

    /** The table, or the part of it {@code view} selects, reduces and rounds. */
    static String table(CrossValidation cv, CrossValidationResults r, io.stratum.frontend.bind.CvColumnView view) {
        List<String> names = view.columns() != null ? view.columns() : cv.columns();
        if (view.reduction() != null) {
            // DataFrame.mean() and the like: one number per column, a Series indexed by the column names
            double[] values = new double[names.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = RunCommand.reduce(view.reduction(), r.column(names.get(i)));
            }
            values = view.apply(values);
            boolean[] missing = new boolean[values.length];
            for (int i = 0; i < values.length; i++) {
                missing[i] = Double.isNaN(values[i]);
            }
            return PandasText.series(new CopiedValue.CopiedColumn("", DataType.FLOAT64, values, missing), names,
                    false, true) + "\n";
        }
        List<CopiedValue.CopiedColumn> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(copied(r, name, view));
        }
        return PandasText.of(new CopiedValue(true, columns)) + "\n";
    }

    /**
     * One column, after the Series methods the script called on it ({@code round}, {@code tolist}, {@code .values}
     * printed as numpy prints an array).
     */
    static String column(CrossValidationResults r, String name, io.stratum.frontend.bind.CvColumnView view) {
        CopiedValue.CopiedColumn column = copied(r, name, view);
        if (view.list()) {
            List<String> items = new ArrayList<>();
            for (double v : (double[]) column.values()) {
                items.add(io.stratum.ir.value.PyFormat.floatRepr(v));
            }
            return "[" + String.join(", ", items) + "]\n";
        }
        if (view.array()) {
            return NumpyArrayText.of(new CopiedValue(false, List.of(column))) + "\n";
        }
        return PandasText.of(new CopiedValue(false, List.of(column))) + "\n";
    }

    private static CopiedValue.CopiedColumn copied(CrossValidationResults r, String name) {
        return copied(r, name, io.stratum.frontend.bind.CvColumnView.AS_IS);
    }

    private static CopiedValue.CopiedColumn copied(CrossValidationResults r, String name,
                                                   io.stratum.frontend.bind.CvColumnView view) {
        double[] values = r.column(name);
        if (values == null) {
            throw new IllegalArgumentException("no cross_validate column " + name);
        }
        values = view.apply(values);
        boolean[] missing = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            missing[i] = Double.isNaN(values[i]);
        }
        return new CopiedValue.CopiedColumn(name, DataType.FLOAT64, values, missing);
    }
}
