package io.stratum.runtime.kernels.metrics;

import io.stratum.runtime.data.DataException;
import java.util.Arrays;

/**
 * scikit-learn's classification metrics over class positions, without sample weights. Label metrics take the
 * true and predicted labels encoded on their joint sorted labels ({@code unique_labels}); ranking metrics take
 * scores per class. Undefined ratios count as 0, scikit-learn's {@code zero_division="warn"} value.
 */
public final class ClassificationScores {
    private ClassificationScores() {
    }

    /** The fraction of rows predicted right, {@code accuracy_score}. */
    public static double accuracy(int[] truth, int[] predicted) {
        check(truth.length, predicted.length);
        int right = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == predicted[i]) {
                right++;
            }
        }
        return (double) right / truth.length;
    }

    /**
     * {@code balanced_accuracy_score}: the mean recall over the labels present in the truth (labels only
     * predicted have no recall and are left out, as scikit-learn drops their NaN with a warning).
     */
    public static double balancedAccuracy(int[] truth, int[] predicted, int labels) {
        check(truth.length, predicted.length);
        double[] support = new double[labels];
        double[] hits = new double[labels];
        for (int i = 0; i < truth.length; i++) {
            support[truth[i]]++;
            if (truth[i] == predicted[i]) {
                hits[truth[i]]++;
            }
        }
        double sum = 0;
        int present = 0;
        for (int c = 0; c < labels; c++) {
            if (support[c] > 0) {
                sum += hits[c] / support[c];
                present++;
            }
        }
        return sum / present;
    }

    /** Which of precision, recall and F1 a binary or macro average reads. */
    public enum Measure { PRECISION, RECALL, F1 }

    /** The measure for label {@code positive} alone, scikit-learn's {@code average="binary"}. */
    public static double binary(Measure measure, int[] truth, int[] predicted, int positive) {
        check(truth.length, predicted.length);
        return perLabel(measure, truth, predicted, positive);
    }

    /** The unweighted mean of the measure over every label, scikit-learn's {@code average="macro"}. */
    public static double macro(Measure measure, int[] truth, int[] predicted, int labels) {
        check(truth.length, predicted.length);
        double sum = 0;
        for (int c = 0; c < labels; c++) {
            sum += perLabel(measure, truth, predicted, c);
        }
        return sum / labels;
    }

    private static double perLabel(Measure measure, int[] truth, int[] predicted, int label) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < truth.length; i++) {
            boolean t = truth[i] == label;
            boolean p = predicted[i] == label;
            if (t && p) {
                tp++;
            } else if (p) {
                fp++;
            } else if (t) {
                fn++;
            }
        }
        long denominator = switch (measure) {
            case PRECISION -> tp + fp;
            case RECALL -> tp + fn;
            case F1 -> 2 * tp + fp + fn;
        };
        if (denominator == 0) {
            return 0.0;
        }
        return (measure == Measure.F1 ? 2.0 * tp : (double) tp) / denominator;
    }

    /**
     * {@code roc_auc_score} of a binary truth against scores of the positive class, computed as scikit-learn computes
     * it, to the last bit: the ROC curve's points at each distinct score from the highest down (true and false
     * positives so far, exact counts), the points between collinear neighbours dropped ({@code drop_intermediate}),
     * (0, 0) prepended, both axes divided by their totals, then the trapezoids' areas {@code dx * (y1 + y0) / 2}
     * summed as numpy sums an array ({@code scipy.integrate.trapezoid}).
     */
    public static double rocAuc(boolean[] positive, double[] score) {
        check(positive.length, score.length);
        int n = score.length;
        long positives = 0;
        for (boolean b : positive) {
            if (b) {
                positives++;
            }
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            throw new DataException("only one class is present in the true labels, so ROC AUC is not defined");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // descending scores; the order among equal ones does not change the counts at a distinct score
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        double[] tps = new double[n];
        double[] fps = new double[n];
        int points = 0;
        long truePositives = 0;
        for (int i = 0; i < n; i++) {
            if (positive[order[i]]) {
                truePositives++;
            }
            if (i == n - 1 || score[order[i + 1]] != score[order[i]]) {
                tps[points] = truePositives;
                fps[points] = i + 1 - truePositives;
                points++;
            }
        }
        // drop_intermediate: keep the ends and the points where either count's second difference is not 0
        double[] x = new double[points + 1];
        double[] y = new double[points + 1];
        int kept = 1;
        for (int i = 0; i < points; i++) {
            boolean keep = points <= 2 || i == 0 || i == points - 1
                    || fps[i + 1] - 2 * fps[i] + fps[i - 1] != 0 || tps[i + 1] - 2 * tps[i] + tps[i - 1] != 0;
            if (keep) {
                x[kept] = fps[i];
                y[kept] = tps[i];
                kept++;
            }
        }
        double fpTotal = x[kept - 1];
        double tpTotal = y[kept - 1];
        double[] areas = new double[kept - 1];
        for (int i = 0; i < kept; i++) {
            x[i] = x[i] / fpTotal;
            y[i] = y[i] / tpTotal;
        }
        for (int i = 0; i + 1 < kept; i++) {
            areas[i] = (x[i + 1] - x[i]) * (y[i + 1] + y[i]) / 2.0;
        }
        return io.stratum.runtime.kernels.NumpySums.sum(areas);
    }

    /**
     * {@code roc_auc_score(multi_class="ovr", average="macro")}: the mean over classes of each class's ROC AUC
     * against the rest; {@code proba[c]} holds every row's probability of class {@code c}, and every class must
     * occur in the truth.
     */
    public static double rocAucOneVsRest(int[] truth, double[][] proba) {
        int k = proba.length;
        check(truth.length, proba[0].length);
        int[] support = new int[k];
        for (int t : truth) {
            support[t]++;
        }
        for (int c = 0; c < k; c++) {
            if (support[c] == 0) {
                throw new DataException("the true labels have fewer classes than the " + k + " columns of the"
                        + " probabilities, so one-vs-rest ROC AUC is not defined");
            }
        }
        boolean[] isClass = new boolean[truth.length];
        double[] perClass = new double[k];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < truth.length; i++) {
                isClass[i] = truth[i] == c;
            }
            perClass[c] = rocAuc(isClass, proba[c]);
        }
        // np.average of the classes' scores
        return io.stratum.runtime.kernels.NumpySums.sum(perClass) / k;
    }

    /**
     * {@code log_loss}: the mean negative log probability of the true class, probabilities clipped to
     * {@code [eps, 1 - eps]}; every class must occur in the truth, as scikit-learn infers the classes from it.
     */
    public static double logLoss(int[] truth, double[][] proba) {
        int k = proba.length;
        check(truth.length, proba[0].length);
        int[] support = new int[k];
        for (int t : truth) {
            support[t]++;
        }
        for (int c = 0; c < k; c++) {
            if (support[c] == 0) {
                throw new DataException("the true labels have fewer classes than the " + k + " columns of the"
                        + " probabilities, so scikit-learn's log_loss refuses them");
            }
        }
        double eps = Math.ulp(1.0);
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            double p = Math.min(Math.max(proba[truth[i]][i], eps), 1 - eps);
            sum -= Math.log(p);
        }
        return sum / truth.length;
    }

    private static void check(int a, int b) {
        if (a != b) {
            throw new DataException("y_true has " + a + " rows but the predictions have " + b);
        }
        if (a == 0) {
            throw new DataException("cannot score zero rows");
        }
    }
}
