package io.stratum.frontend.cli;

import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormatSpec;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.exec.CopiedValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * scikit-learn's {@code classification_report(y_true, y_pred, digits=d)} and {@code confusion_matrix(y_true, y_pred)} as
 * {@code print()} shows them: the labels of both arrays in sorted order (numbers by value, text as Python sorts str),
 * each class's precision, recall, F1 and support with scikit-learn's arithmetic (a class never predicted or never true
 * scores 0.0, its {@code zero_division} default), then accuracy and the macro and support-weighted averages; the
 * matrix as numpy prints an int64 array.
 */
final class ClassificationReportText {
    private static final String LONGEST_HEADING = "weighted avg";

    private ClassificationReportText() {
    }

    /**
     * The report of {@code truth} against {@code predicted} (columns of labels of the same rows), its classes named by
     * {@code targetNames} in sorted label order (null: by the labels themselves).
     */
    static String report(CopiedValue truth, CopiedValue predicted, int digits, List<String> targetNames) {
        Counts c = counts(truth, predicted);
        int k = c.labels.size();
        if (targetNames != null && targetNames.size() != k) {
            throw new DataException("Number of classes, " + k + ", does not match size of target_names, "
                    + targetNames.size() + ". Try specifying the labels parameter");
        }
        List<String> names = new ArrayList<>(k);
        for (Object label : c.labels) {
            names.add(targetNames != null ? targetNames.get(names.size()) : name(label));
        }
        int width = LONGEST_HEADING.length();
        for (String n : names) {
            width = Math.max(width, n.length());
        }
        width = Math.max(width, digits);
        StringBuilder out = new StringBuilder();
        out.append(" ".repeat(width)).append(' ');
        for (String header : List.of("precision", "recall", "f1-score", "support")) {
            out.append(' ').append(PyFormatSpec.format(Const.of(header), ">9"));
        }
        out.append("\n\n");
        double[] p = new double[k];
        double[] r = new double[k];
        double[] f = new double[k];
        long total = 0;
        long tpTotal = 0;
        for (int i = 0; i < k; i++) {
            p[i] = divide(c.tp[i], c.predicted[i]);
            r[i] = divide(c.tp[i], c.support[i]);
            f[i] = divide(2 * c.tp[i], c.support[i] + c.predicted[i]);
            total += c.support[i];
            tpTotal += c.tp[i];
            row(out, names.get(i), width, digits, p[i], r[i], f[i], c.support[i]);
        }
        out.append('\n');
        // micro average of single-label data: accuracy, shown as its F1 (tp / rows)
        double accuracy = divide(2 * tpTotal, 2 * total);
        out.append(PyFormatSpec.format(Const.of("accuracy"), ">" + width)).append(' ')
                .append(' ').append(" ".repeat(9)).append(' ').append(" ".repeat(9))
                .append(' ').append(PyFormatSpec.format(Const.of(accuracy), ">9." + digits + "f"))
                .append(' ').append(PyFormatSpec.format(Const.of(total), ">9")).append('\n');
        row(out, "macro avg", width, digits, mean(p), mean(r), mean(f), total);
        row(out, "weighted avg", width, digits, weighted(p, c.support), weighted(r, c.support), weighted(f, c.support), total);
        return out.toString();
    }

    /** The confusion matrix: rows the true labels, columns the predicted ones, both in sorted order. */
    static String confusionMatrix(CopiedValue truth, CopiedValue predicted) {
        Counts c = counts(truth, predicted);
        int k = c.labels.size();
        int width = 1;
        for (long[] row : c.matrix) {
            for (long v : row) {
                width = Math.max(width, Long.toString(v).length());
            }
        }
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < k; i++) {
            out.append(i == 0 ? "[" : " [");
            for (int j = 0; j < k; j++) {
                String v = Long.toString(c.matrix[i][j]);
                out.append(j == 0 ? "" : " ").append(" ".repeat(width - v.length())).append(v);
            }
            out.append(i == k - 1 ? "]]" : "]\n");
        }
        if (k * (width + 1) + 2 > 75) {
            throw new DataException("confusion_matrix() of " + k + " classes is wider than numpy prints on one line,"
                    + " which Stratum does not print yet");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String heading, int width, int digits, double p, double r, double f,
                            long support) {
        out.append(PyFormatSpec.format(Const.of(heading), ">" + width)).append(' ');
        for (double v : new double[] {p, r, f}) {
            out.append(' ').append(PyFormatSpec.format(Const.of(v), ">9." + digits + "f"));
        }
        out.append(' ').append(PyFormatSpec.format(Const.of(support), ">9")).append('\n');
    }

    /** scikit-learn's division of counts, 0.0 where the denominator is 0 (zero_division="warn"). */
    private static double divide(long numerator, long denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double weighted(double[] v, long[] weights) {
        double s = 0;
        long w = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * weights[i];
            w += weights[i];
        }
        return w == 0 ? 0.0 : s / w;
    }

    /** The labels in sorted order and, per label, the true positives, predictions, support and the matrix. */
    private record Counts(List<Object> labels, long[] tp, long[] predicted, long[] support, long[][] matrix) {
    }

    private static Counts counts(CopiedValue truth, CopiedValue predicted) {
        List<Object> y = labels(truth, "y_true");
        List<Object> p = labels(predicted, "y_pred");
        if (y.size() != p.size()) {
            throw new DataException("Found input variables with inconsistent numbers of samples: [" + y.size() + ", "
                    + p.size() + "] (the true labels and the predictions must be of the same rows)");
        }
        boolean numbers = y.stream().anyMatch(v -> !(v instanceof String)) || p.stream().anyMatch(v -> !(v instanceof String));
        boolean text = y.stream().anyMatch(v -> v instanceof String) || p.stream().anyMatch(v -> v instanceof String);
        if (numbers && text) {
            throw new DataException("Mix of label input types (string and number): the true labels and the predictions"
                    + " must be of the same kind");
        }
        if (numbers) {
            // scikit-learn's unique_labels: a Python set of the true labels, then the predicted ones, where False == 0
            // and 1 == 1.0, so each value keeps the type it came with first; numpy then types the sorted labels as one
            // array: bools alone stay bools (a boolean target and XGBClassifier's 0/1), a float makes floats, else ints.
            Map<Double, Object> first = new HashMap<>();
            for (List<Object> labels : List.of(y, p)) {
                for (Object v : labels) {
                    first.putIfAbsent(number(v), v);
                }
            }
            boolean bools = first.values().stream().allMatch(v -> v instanceof BoolLabel);
            boolean floats = first.values().stream().anyMatch(v -> v instanceof Double);
            y = typed(y, bools, floats);
            p = typed(p, bools, floats);
        }
        Comparator<Object> order = (a, b) -> switch (a) {
            case String s -> s.compareTo((String) b);
            case Double d -> Double.compare(d, (Double) b);
            case Long l -> Long.compare(l, (Long) b);
            case BoolLabel l -> l.compareTo((BoolLabel) b);
            default -> throw new IllegalStateException("label " + a);
        };
        TreeSet<Object> sorted = new TreeSet<>(order);
        sorted.addAll(y);
        sorted.addAll(p);
        List<Object> labels = new ArrayList<>(sorted);
        Map<Object, Integer> index = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        int k = labels.size();
        long[] tp = new long[k];
        long[] predictedCount = new long[k];
        long[] support = new long[k];
        long[][] matrix = new long[k][k];
        for (int i = 0; i < y.size(); i++) {
            int t = index.get(y.get(i));
            int q = index.get(p.get(i));
            support[t]++;
            predictedCount[q]++;
            matrix[t][q]++;
            if (t == q) {
                tp[t]++;
            }
        }
        return new Counts(labels, tp, predictedCount, support, matrix);
    }

    /** A number label's value (False and True as 0 and 1; -0.0 as 0.0, which Python's set also holds as one). */
    private static double number(Object label) {
        return switch (label) {
            case BoolLabel b -> b.ordinal();
            case Long l -> l;
            case Double d -> d + 0.0;
            default -> throw new IllegalStateException("label " + label);
        };
    }

    /** The number labels as one numpy array types them: all bools, all floats, or all ints. */
    private static List<Object> typed(List<Object> values, boolean bools, boolean floats) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            double x = number(v);
            out.add(bools ? (x != 0 ? BoolLabel.TRUE : BoolLabel.FALSE) : floats ? (Object) x : (Object) (long) x);
        }
        return out;
    }

    /** The labels of a one-column value: text, integers, floats or bools (typed together with the other array's). */
    private static List<Object> labels(CopiedValue value, String what) {
        if (value.columns().size() != 1) {
            throw new DataException(what + " must be one column of labels, got " + value.columns().size() + " columns");
        }
        CopiedValue.CopiedColumn column = value.columns().get(0);
        int n = column.length();
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (column.missing()[i]) {
                throw new DataException("Input " + what + " contains NaN (row " + i + "): drop the rows without a"
                        + " label first");
            }
            out.add(switch (column.values()) {
                case String[] s -> s[i];
                case long[] l -> l[i];
                case double[] d -> d[i];
                case boolean[] b -> b[i] ? 1L : 0L;
                default -> throw new DataException(what + " of " + column.dtypeName() + " labels is not supported");
            });
        }
        if (column.values() instanceof boolean[]) {
            // numpy's str of a bool label is True/False: kept as booleans unless numbers type the labels
            List<Object> bools = new ArrayList<>(n);
            for (Object v : out) {
                bools.add(((Long) v) == 1L ? BoolLabel.TRUE : BoolLabel.FALSE);
            }
            return bools;
        }
        return out;
    }

    /** A bool label: sorted False before True and named as Python names them. */
    private enum BoolLabel {
        FALSE, TRUE
    }

    private static String name(Object label) {
        return switch (label) {
            case String s -> s;
            case Double d -> io.stratum.ir.value.PyFormat.floatRepr(d);
            case BoolLabel b -> b == BoolLabel.TRUE ? "True" : "False";
            default -> label.toString();
        };
    }
}
