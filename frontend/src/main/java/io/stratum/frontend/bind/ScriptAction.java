package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOp;
import io.stratum.ir.node.Origin;

/** Something the script asked to see or write, in script order: a text line, an attribute of a search, a file. */
public sealed interface ScriptAction {
    /** The statement that asked for it, where an error of it is reported. */
    Origin origin();

    /**
     * {@code print("...")} of constants; the text may hold tokens for a search's results ({@link DeferredValue},
     * {@link BoundScript#deferred()}), written in when the search has run; a value that cannot be written then is an
     * error at {@code origin}, the print.
     */
    record PrintText(String text, Origin origin) implements ScriptAction {
    }

    /** {@code df.to_csv(path, ...)} of a value pandas computes: compute it and write the file as pandas writes it. */
    record WriteCsv(io.stratum.frontend.api.CsvWrite write, Origin origin) implements ScriptAction {
    }

    /** {@code search.results_.to_csv(path, ...)} (of a view of it): run the search (once) and write its table. */
    record WriteSearchCsv(DataOp search, String attribute, ResultsView view, io.stratum.frontend.api.CsvWrite write,
                          Origin origin) implements ScriptAction {
    }

    /**
     * {@code print(pred.skb.cross_validate(...))} (or of one column, {@code column} non-null): run it (once) and
     * show scikit-learn's {@code cross_validate} table, its first line after {@code prefix} (the text before it in the
     * same {@code print()}, with the separator; may hold tokens of values written once the plan has run).
     */
    record ShowCrossValidation(io.stratum.frontend.api.CrossValidation cv, String column, CvColumnView view, Origin origin,
                               String prefix) implements ScriptAction {
        public ShowCrossValidation(io.stratum.frontend.api.CrossValidation cv, String column, Origin origin) {
            this(cv, column, CvColumnView.AS_IS, origin, "");
        }
    }

    /**
     * {@code print("R2:", learner.score(split["test"]))}: run the one-split search (once) and print
     * {@code prefix + score + suffix}, the score as Python prints a float ({@code prefix} ends with the separator).
     */
    record ShowScore(DataOp search, String prefix, String suffix, Origin origin) implements ScriptAction {
    }

    /**
     * {@code print("labels:", learner.predict(split["test"]))}: fit the learner, compute its answer on the test rows and
     * print {@code prefix + array + suffix}, the array as numpy prints it ({@code prefix} ends with the separator).
     */
    record ShowPredictions(io.stratum.frontend.api.LearnerPredictions predictions, String prefix, String suffix,
                           Origin origin) implements ScriptAction {
    }

    /**
     * {@code print("target:", split["y_test"])}: compute the target of the split's test rows and print {@code prefix +
     * Series + suffix}, as pandas prints the Series.
     */
    record ShowTestTarget(io.stratum.frontend.api.TrainTestSplit split, String prefix, String suffix, Origin origin)
            implements ScriptAction {
    }

    /**
     * {@code print(classification_report(y_true, learner.predict(...)))} or {@code confusion_matrix(...)}: compute the
     * true and predicted labels and print {@code prefix + text + suffix}, the text as scikit-learn and numpy print it.
     */
    record ShowReport(io.stratum.frontend.api.PredictionReport report, String prefix, String suffix, Origin origin)
            implements ScriptAction {
    }

    /**
     * {@code print(df.skb.eval())} or {@code .skb.preview()}: compute the frame or column and print {@code prefix + text
     * + suffix}, the value as pandas prints a DataFrame or a Series ({@code prefix} ends with the separator); {@code print(op)}
     * of a DataOp prints its preview the same way, in the {@code view} {@link io.stratum.frontend.api.DataOpPrint} gives.
     * A null {@code suffix} (here and in {@link ShowScore}, {@link ShowPredictions}) leaves the line open: the next
     * action is another value of the same {@code print(a, b)}, its prefix starting with the separator.
     */
    record ShowEvaluation(io.stratum.frontend.api.Evaluation evaluation, String prefix, String suffix, Origin origin,
                          io.stratum.frontend.api.DataOpPrint.View view) implements ScriptAction {
        public ShowEvaluation(io.stratum.frontend.api.Evaluation evaluation, String prefix, String suffix, Origin origin) {
            this(evaluation, prefix, suffix, origin, io.stratum.frontend.api.DataOpPrint.View.VALUE);
        }
    }

    /**
     * {@code print(search.results_)} and the like: run the search (once) and show {@code attribute}, its first line
     * after {@code prefix} (the text before it in the same {@code print()}, with the separator).
     */
    record ShowSearch(DataOp search, String attribute, Origin origin, ResultsView view, String prefix) implements ScriptAction {
        public ShowSearch(DataOp search, String attribute, Origin origin) {
            this(search, attribute, origin, ResultsView.TABLE, "");
        }

        public ShowSearch(DataOp search, String attribute, Origin origin, ResultsView view) {
            this(search, attribute, origin, view, "");
        }
    }

    /**
     * {@code print(sub)} (or {@code sub.shape}, {@code view} SHAPE) of a frame holding a learner's predictions: compute
     * the predictions and the pandas values it is built from, assemble it as pandas would, and print it as pandas prints
     * it, between {@code prefix} and {@code suffix} as {@link ShowEvaluation}.
     */
    record ShowPredictionFrame(io.stratum.frontend.api.PredictionFrame frame, String prefix, String suffix, Origin origin,
                               io.stratum.frontend.api.DataOpPrint.View view) implements ScriptAction {
    }

    /** {@code sub.to_csv(path, ...)} of a frame holding a learner's predictions: assemble it, write it as pandas does. */
    record WritePredictionFrameCsv(io.stratum.frontend.api.PredictionFrame frame, io.stratum.frontend.api.CsvWrite write,
                                   Origin origin) implements ScriptAction {
    }

    /**
     * {@code print(search.results_.iloc[0])} and the like: run the search (once) and print the row as pandas does, after
     * {@code prefix} (the text before it in the same print(), as {@link ShowSearch}).
     */
    record ShowSearchRow(DataOp search, String attribute, ResultsRow row, Origin origin, String prefix)
            implements ScriptAction {
    }
}
