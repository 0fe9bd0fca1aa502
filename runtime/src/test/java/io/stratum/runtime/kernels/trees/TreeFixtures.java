package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.reference.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The inputs of {@code make_trees_reference.py}'s cases, built in Java the way the script builds them in pandas. */
public final class TreeFixtures {
    private TreeFixtures() {
    }

    /** One case of the fixture: its parameters and what scikit-learn answered. */
    record Case(String name, String task, HistGradientBoostingParams params, int iterations, String[] predicted,
                double[] decision, double[] proba) {
        static Case of(Map<String, String> r) {
            return new Case(r.get("case"), r.get("task"), TreeFixtures.params(r), Integer.parseInt(r.get("n_iter")),
                    split(r.get("predicted")), numbers(r.get("decision")), numbers(r.get("proba")));
        }
    }

    static HistGradientBoostingParams params(Map<String, String> r) {
        return new HistGradientBoostingParams(Double.parseDouble(r.get("learning_rate")), Integer.parseInt(r.get("max_iter")),
                optionalInt(r.get("max_leaf_nodes")), optionalInt(r.get("max_depth")),
                Integer.parseInt(r.get("min_samples_leaf")), Double.parseDouble(r.get("l2_regularization")),
                Integer.parseInt(r.get("max_bins")), Boolean.valueOf(r.get("early_stopping").equals("True")),
                Reference.number(r.get("validation_fraction")), Integer.parseInt(r.get("n_iter_no_change")),
                Double.parseDouble(r.get("tol")), r.get("random_state").equals("nan") ? null : Long.valueOf(r.get("random_state")));
    }

    private static int optionalInt(String s) {
        return s.equals("nan") ? 0 : Integer.parseInt(s);
    }

    static String[] split(String s) {
        return s.isEmpty() ? new String[0] : s.split(" ");
    }

    static double[] numbers(String s) {
        String[] parts = split(s);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Reference.number(parts[i]);
        }
        return out;
    }

    public static Table read(MemoryContext memory, Path file) {
        return CsvReader.read(memory, file);
    }

    /** The matrix of the given columns: strings as OrdinalEncoder codes (sorted, missing stays NaN), numbers as is. */
    public static FeatureMatrix encode(Table t, List<String> columns) {
        int n = t.rowCount();
        double[] data = new double[n * columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            Column c = t.column(columns.get(j));
            double[] v;
            if (c.type() == DataType.STRING) {
                String[] s = ((StringColumn) c).toStringArray();
                TreeSet<String> distinct = new TreeSet<>();
                for (String x : s) {
                    if (x != null) {
                        distinct.add(x);
                    }
                }
                List<String> sorted = new ArrayList<>(distinct);
                v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = s[i] == null ? Double.NaN : sorted.indexOf(s[i]);
                }
            } else {
                v = c.toDoubleArray();
                for (int i = 0; i < n; i++) {
                    if (c.isNull(i)) {
                        v[i] = Double.NaN;
                    }
                }
            }
            System.arraycopy(v, 0, data, j * n, n);
        }
        return FeatureMatrix.ofColumnMajor(n, columns, data);
    }

    public static int[] range(int from, int to, int step) {
        int[] out = new int[(to - from + step - 1) / step];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i * step;
        }
        return out;
    }
}
