package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.FitPredict;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits classifiers on label targets and turns a fitted classifier's answer into what its {@link FitPredict}
 * asked for: for {@code predict} the labels the estimator's {@code predict} returns (the target's own, or
 * XGBClassifier's class positions); for {@code predict_proba} and {@code decision_function} a frame with one column
 * per class, named by the class as Python prints it (a binary decision function has the one column of the second
 * class).
 */
final class ClassifierResponses {
    private ClassifierResponses() {
    }

    static FittedClassifier fit(EstimatorKernels.Classifier classifier, FitPredict op, FeatureMatrix x,
                                RuntimeValue target) {
        return fit(classifier, op, x, target, null);
    }

    /** As {@link #fit(EstimatorKernels.Classifier, FitPredict, FeatureMatrix, RuntimeValue)}, with sample weights {@code w} (null: none). */
    static FittedClassifier fit(EstimatorKernels.Classifier classifier, FitPredict op, FeatureMatrix x,
                                RuntimeValue target, double[] w) {
        Column y = targetColumn(target, op);
        if (y.length() != x.rows()) {
            throw new StratumError(op.origin(), op.spec().simpleName() + ": X has " + x.rows() + " rows but y has "
                    + y.length(), "mark X and y on frames with the same rows");
        }
        ClassLabels classes;
        try {
            classes = ClassLabels.of(y);
        } catch (DataException e) {
            StratumError error = new StratumError(op.origin(), op.spec().simpleName() + ": " + e.getMessage()
                    + " in the training rows", "drop rows with a missing target before mark_as_y, and classify"
                    + " only discrete labels");
            error.initCause(e);
            throw error;
        }
        if (classes.count() < 2) {
            // scikit-learn's LogisticRegression refuses this too; its trees fit one class, and then no classifier
            // scorer is defined (roc_auc is nan with a warning, predict_proba has one column).
            String message = op.spec().simpleName() + ": the target has only one class ("
                    + (classes.count() == 0 ? "no rows" : classes.displayName(0)) + ") in the " + x.rows()
                    + " training rows; a classifier needs samples of at least 2 classes";
            StratumError error = new StratumError(op.origin(), message,
                    "check how y is computed (pandas reads the text 'None', 'NA', 'null' and '' as missing values), or"
                            + " use a splitter that keeps both classes in every fold (StratifiedKFold)");
            error.initCause(new io.stratum.runtime.data.RejectedInput(message));
            throw error;
        }
        return classifier.fit(x, classes, classes.encode(y), w, op.spec(), op.kernel());
    }

    static RuntimeValue respond(MemoryContext memory, FitPredict op, FittedClassifier fitted, FeatureMatrix x) {
        ClassLabels classes = fitted.classes();
        return switch (op.output()) {
            case PREDICT -> new RuntimeValue.Series(fitted.labels(memory, "prediction", fitted.predict(x)));
            case PREDICT_PROBA -> scoresFrame(memory, classes, fitted.probabilities(x));
            case DECISION_FUNCTION -> scoresFrame(memory, classes, fitted.decisions(x));
        };
    }

    private static RuntimeValue scoresFrame(MemoryContext memory, ClassLabels classes, double[][] columns) {
        List<Column> out = new ArrayList<>(columns.length);
        // One column for two classes is the second class's score, as scikit-learn's binary decision_function.
        int first = columns.length == 1 ? 1 : 0;
        for (int c = 0; c < columns.length; c++) {
            out.add(Float64Column.of(memory, classes.displayName(first + c), columns[c]));
        }
        return new RuntimeValue.Frame(Table.of(out));
    }

    /** The target column of a classifier: a series, or a frame of one column. */
    static Column targetColumn(RuntimeValue target, FitPredict op) {
        return switch (target) {
            case RuntimeValue.Series s -> s.column();
            case RuntimeValue.Frame f when f.table().columnCount() == 1 -> f.table().column(0);
            case RuntimeValue.Frame f -> throw new StratumError(op.origin(), op.spec().simpleName()
                    + ": y must be one column, got a frame of " + f.table().columnCount(), "select the target with data['name']");
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
    }
}
