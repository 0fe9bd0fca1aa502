package io.stratum.runtime.search;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.exec.RuntimeValue;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.metrics.ClassificationScores;
import java.util.List;

/**
 * scikit-learn's classification scorers over what a classifier answered: labels for the label metrics, the
 * probability or decision frame (one column per class, named as Python prints the class) for the ranking ones.
 */
final class ClassificationScoring {
    /** The classification scoring names, in scikit-learn's spelling. */
    static final List<String> NAMES = List.of("accuracy", "balanced_accuracy", "f1", "f1_macro", "precision",
            "recall", "roc_auc", "roc_auc_ovr", "neg_log_loss");

    private ClassificationScoring() {
    }

    static double score(String scoring, Column truth, RuntimeValue predicted) {
        return switch (scoring) {
            case "roc_auc", "roc_auc_ovr", "neg_log_loss" -> ranking(scoring, truth, scoresFrame(scoring, predicted));
            default -> labels(scoring, truth, labelColumn(scoring, predicted));
        };
    }

    private static double labels(String scoring, Column truth, Column predicted) {
        ClassLabels joint = ClassLabels.of(truth, predicted);
        int[] t = joint.encode(truth);
        int[] p = joint.encode(predicted);
        return switch (scoring) {
            case "accuracy" -> ClassificationScores.accuracy(t, p);
            case "balanced_accuracy" -> ClassificationScores.balancedAccuracy(t, p, joint.count());
            case "f1_macro" -> ClassificationScores.macro(ClassificationScores.Measure.F1, t, p, joint.count());
            case "f1", "precision", "recall" -> {
                if (joint.count() > 2) {
                    throw new DataException("the target is multiclass but '" + scoring + "' averages over the binary"
                            + " positive class; use '" + (scoring.equals("f1") ? "f1_macro" : scoring + "_macro")
                            + "' or accuracy");
                }
                ClassificationScores.Measure m = switch (scoring) {
                    case "f1" -> ClassificationScores.Measure.F1;
                    case "precision" -> ClassificationScores.Measure.PRECISION;
                    default -> ClassificationScores.Measure.RECALL;
                };
                yield ClassificationScores.binary(m, t, p, positiveLabel(joint, scoring));
            }
            default -> throw new DataException("unknown classification scoring '" + scoring + "'");
        };
    }

    /** scikit-learn's {@code pos_label=1}: the class equal to 1 (or True); -1 when absent from one label. */
    private static int positiveLabel(ClassLabels joint, String scoring) {
        if (joint.type() != DataType.STRING) {
            for (int k = 0; k < joint.count(); k++) {
                if (joint.numericValue(k) == 1.0) {
                    return k;
                }
            }
        }
        if (joint.count() < 2) {
            return -1;
        }
        throw new DataException("'" + scoring + "' scores the positive label 1, which is not one of the labels "
                + java.util.Arrays.toString(joint.displayNames()) + "; encode the target as 0/1 or False/True, or use"
                + " a macro-averaged or accuracy scoring");
    }

    private static double ranking(String scoring, Column truth, Table scores) {
        String[] names = scores.columnNames().toArray(new String[0]);
        ClassLabels truthClasses = ClassLabels.of(truth);
        int[] t = truthClasses.encode(truth);
        String[] truthNames = truthClasses.displayNames();
        // Binary: one column (a decision function) or two (probabilities); the score is the second class's.
        if (names.length <= 2) {
            double[] positive = scores.column(names.length - 1).toDoubleArray();
            if (truthClasses.count() != 2) {
                // scikit-learn's roc_auc is NaN here (UndefinedMetricWarning) and log_loss raises: NaN in a search
                throw new io.stratum.runtime.data.RejectedInput(truthClasses.count() < 2
                        ? "only one class (" + truthNames[0] + ") is present in the true labels of these rows, so '"
                                + scoring + "' is not defined"
                        : "the true labels have " + truthClasses.count() + " classes but the classifier was trained on 2");
            }
            if (!truthNames[1].equals(names[names.length - 1])) {
                throw new DataException("the true labels " + java.util.Arrays.toString(truthNames) + " are not the"
                        + " classes the classifier was trained on");
            }
            if (scoring.equals("neg_log_loss")) {
                double[] p0 = new double[positive.length];
                for (int i = 0; i < p0.length; i++) {
                    p0[i] = 1.0 - positive[i];
                }
                return -ClassificationScores.logLoss(t, new double[][] {p0, positive});
            }
            boolean[] isPositive = new boolean[t.length];
            for (int i = 0; i < t.length; i++) {
                isPositive[i] = t[i] == 1;
            }
            return ClassificationScores.rocAuc(isPositive, positive);
        }
        if (scoring.equals("roc_auc")) {
            throw new DataException("'roc_auc' is for two classes but the classifier has " + names.length
                    + "; use 'roc_auc_ovr'");
        }
        if (truthNames.length != names.length) {
            // scikit-learn's log_loss and roc_auc_ovr raise when y_true has another number of classes than y_score
            // columns, which a search scores NaN
            throw new io.stratum.runtime.data.RejectedInput("the true labels of these rows have the classes "
                    + java.util.Arrays.toString(truthNames) + " but the probabilities have the columns "
                    + java.util.Arrays.toString(names) + ", so '" + scoring + "' is not defined");
        }
        if (!java.util.Arrays.equals(truthNames, names)) {
            throw new DataException("the true labels of these rows have the classes " + java.util.Arrays.toString(truthNames)
                    + " but the probabilities have the columns " + java.util.Arrays.toString(names)
                    + "; every class must occur in every fold's test rows for '" + scoring + "'");
        }
        double[][] proba = new double[names.length][];
        for (int c = 0; c < names.length; c++) {
            proba[c] = scores.column(c).toDoubleArray();
        }
        return scoring.equals("neg_log_loss") ? -ClassificationScores.logLoss(t, proba)
                : ClassificationScores.rocAucOneVsRest(t, proba);
    }

    private static Column labelColumn(String scoring, RuntimeValue predicted) {
        return switch (predicted) {
            case RuntimeValue.Series s -> s.column();
            case RuntimeValue.Frame f -> throw new DataException("'" + scoring + "' needs predicted labels, got a frame"
                    + " of " + f.table().columnCount() + " columns");
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
    }

    private static Table scoresFrame(String scoring, RuntimeValue predicted) {
        return switch (predicted) {
            case RuntimeValue.Frame f -> f.table();
            case RuntimeValue.Series s -> throw new DataException("'" + scoring + "' needs probabilities or decision"
                    + " values, got predicted labels");
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
    }
}
