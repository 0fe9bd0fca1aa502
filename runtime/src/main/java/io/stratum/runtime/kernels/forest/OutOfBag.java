package io.stratum.runtime.kernels.forest;

import io.stratum.runtime.kernels.classify.FittedClassifier;
import io.stratum.runtime.kernels.metrics.ClassificationScores;
import io.stratum.runtime.kernels.metrics.RegressionScores;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * A forest's out-of-bag estimate ({@code oob_score=True}) as scikit-learn 1.9's {@code BaseForest._compute_oob_predictions}
 * makes it: every training row is predicted by the trees whose bootstrap did not draw it, their predictions (leaf means,
 * or class fractions) summed in tree order and divided by how many there were. A row that every tree drew gets the
 * value 0 (scikit-learn counts it as one prediction of zero, after warning "Some inputs do not have OOB scores");
 * {@link #rowsNeverOutOfBag} says how many there were, where scikit-learn warns.
 *
 * @param score       {@code oob_score_}: r2 of the predictions (regressors), accuracy of their argmax (classifiers), or
 *                    what the given {@link Scorer} says
 * @param predictions {@code oob_prediction_} (one row, regressors) or {@code oob_decision_function_} transposed (one row
 *                    per class, in the order of the classes), one value per training row
 * @param rowsNeverOutOfBag the training rows no tree left out, predicted as 0
 */
public record OutOfBag(double score, double[][] predictions, int rowsNeverOutOfBag) {
    /** {@code oob_score}: scikit-learn's default scorer, or a callable. */
    public sealed interface Scoring {
    }

    /** {@code oob_score=True}: {@code r2_score} for regressors, {@code accuracy_score} for classifiers. */
    public record DefaultScoring() implements Scoring {
    }

    /** {@code oob_score=callable}: called as scikit-learn calls it, {@code scorer(y, oob_predictions)}. */
    public record CallableScoring(Scorer scorer) implements Scoring {
        public CallableScoring {
            java.util.Objects.requireNonNull(scorer, "scorer");
        }
    }

    /**
     * A scoring function of the training targets and the out-of-bag predictions. For a classifier both are class
     * positions (scikit-learn hands the callable its encoded {@code y} and {@code argmax(oob_decision_function_)}).
     */
    @FunctionalInterface
    public interface Scorer {
        double score(double[] truth, double[] predicted);
    }

    /**
     * The trees' summed predictions of the rows each left out, per row in tree order (rows in parallel), divided by
     * their count; {@code width} is 1 for regressors, the number of classes for classifiers.
     */
    static double[][] predict(FittedTree[] trees, BitSet[] outOfBag, float[][] x, int rows, int width, int[] never) {
        double[][] out = new double[width][rows];
        int[] counts = new int[rows];
        IntStream.range(0, rows).parallel().forEach(i -> {
            float[] row = new float[x.length];
            for (int f = 0; f < row.length; f++) {
                row[f] = x[f][i];
            }
            double[] sum = new double[width];
            int count = 0;
            for (int t = 0; t < trees.length; t++) {
                if (outOfBag[t].get(i)) {
                    double[] v = trees[t].leafValue(row);
                    for (int k = 0; k < width; k++) {
                        sum[k] += v[k];
                    }
                    count++;
                }
            }
            counts[i] = count;
            // scikit-learn sets the count of a row no tree left out to 1: its sum, 0, stays.
            double divisor = count == 0 ? 1 : count;
            for (int k = 0; k < width; k++) {
                out[k][i] = sum[k] / divisor;
            }
        });
        int none = 0;
        for (int c : counts) {
            none += c == 0 ? 1 : 0;
        }
        never[0] = none;
        return out;
    }

    /** A regressor's estimate: {@code oob_prediction_} scored against {@code y}. */
    static OutOfBag regression(FittedTree[] trees, BitSet[] outOfBag, float[][] x, double[] y, Scoring scoring) {
        int[] never = new int[1];
        double[][] predictions = predict(trees, outOfBag, x, y.length, 1, never);
        double score = switch (scoring) {
            case DefaultScoring d -> RegressionScores.r2(y, predictions[0]);
            case CallableScoring c -> c.scorer().score(y.clone(), predictions[0].clone());
        };
        return new OutOfBag(score, predictions, never[0]);
    }

    /** A classifier's estimate: the argmax of {@code oob_decision_function_} scored against the class positions. */
    static OutOfBag classification(FittedTree[] trees, BitSet[] outOfBag, float[][] x, int[] codes, int classes,
                                   Scoring scoring) {
        int[] never = new int[1];
        double[][] predictions = predict(trees, outOfBag, x, codes.length, classes, never);
        int[] predicted = FittedClassifier.argmax(predictions, codes.length);
        double score = switch (scoring) {
            case DefaultScoring d -> ClassificationScores.accuracy(codes, predicted);
            case CallableScoring c -> c.scorer().score(asDoubles(codes), asDoubles(predicted));
        };
        return new OutOfBag(score, predictions, never[0]);
    }

    private static double[] asDoubles(int[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    /** Writes the estimate with exact bits (null: no estimate). */
    static void write(DataOutput out, OutOfBag oob) throws IOException {
        out.writeBoolean(oob != null);
        if (oob == null) {
            return;
        }
        out.writeLong(Double.doubleToRawLongBits(oob.score));
        out.writeInt(oob.rowsNeverOutOfBag);
        out.writeInt(oob.predictions.length);
        out.writeInt(oob.predictions[0].length);
        for (double[] p : oob.predictions) {
            for (double v : p) {
                out.writeLong(Double.doubleToRawLongBits(v));
            }
        }
    }

    /** Reads what {@link #write} wrote. */
    static OutOfBag read(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        double score = Double.longBitsToDouble(in.readLong());
        int never = in.readInt();
        int width = in.readInt();
        int rows = in.readInt();
        if (width < 1 || rows < 0 || never < 0 || never > rows) {
            throw new IOException("bad out-of-bag estimate size " + width + " x " + rows);
        }
        double[][] predictions = new double[width][rows];
        for (double[] p : predictions) {
            for (int i = 0; i < rows; i++) {
                p[i] = Double.longBitsToDouble(in.readLong());
            }
        }
        return new OutOfBag(score, predictions, never);
    }
}
