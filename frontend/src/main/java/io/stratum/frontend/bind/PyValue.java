package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.syntax.Parameters;
import io.stratum.frontend.syntax.Stmt;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.value.Const;
import java.util.List;

/**
 * What a name in a script stands for while the binder traces it: a constant, a container, a module, a catalog
 * class, a function of the script, or a DataOp. No Python object ever exists; these are symbolic values.
 */
sealed interface PyValue {

    /** A Python constant (None, bool, int, float, str). */
    record Constant(Const value) implements PyValue {
    }

    /**
     * A list or tuple whose items may be DataOps. A list is mutable as in Python ({@code lst[i] = v},
     * {@code lst.append(v)}): every name bound to it sees the change.
     */
    record Sequence(List<PyValue> items, boolean tuple) implements PyValue {
        public Sequence {
            items = tuple ? List.copyOf(items) : new java.util.ArrayList<>(items);
        }
    }

    /** A dict whose values may be DataOps, in insertion order; mutable as in Python ({@code d[k] = v}). */
    record Mapping(List<PyValue> keys, List<PyValue> values) implements PyValue {
        public Mapping {
            keys = new java.util.ArrayList<>(keys);
            values = new java.util.ArrayList<>(values);
        }

        /** {@code d[key] = value}: replaces the value of an equal key, or adds the key at the end. */
        void put(PyValue key, PyValue value) {
            int i = keys.indexOf(key);
            if (i >= 0) {
                values.set(i, value);
            } else {
                keys.add(key);
                values.add(value);
            }
        }
    }

    /** An imported module or a part of one, e.g. {@code skrub}, {@code pandas}, {@code sklearn.linear_model}. */
    record Module(String qualifiedName) implements PyValue {
    }

    /** A function of a module that the binder implements, e.g. {@code skrub.var} or {@code pandas.read_csv}. */
    record ModuleFunction(String qualifiedName) implements PyValue {
    }

    /**
     * scikit-learn's {@code Pipeline}/{@code make_pipeline} or {@code ColumnTransformer}/{@code make_column_transformer}:
     * only {@code .skb.apply} takes one (or another composite, as a step or a transformer), as the plan of its parts.
     */
    record Composite(io.stratum.frontend.api.SklearnComposite composite) implements PyValue {
    }

    /** scikit-learn's {@code make_column_selector(...)}: a ColumnTransformer's columns, picked from the frame it is given. */
    record ColumnSelection(io.stratum.frontend.api.SklearnColumnSelector selector) implements PyValue {
    }

    /** A class of the API catalog, e.g. {@code Ridge}; calling it builds an estimator. */
    record ApiClass(ApiEntry entry) implements PyValue {
    }

    /** A Python builtin the subset supports ({@code print}, {@code len}, {@code range}, ...). */
    record Builtin(String name) implements PyValue {
    }

    /** A function defined in the script; calling it traces its body with the arguments. */
    record Function(String name, Parameters params, List<Stmt> body, Scope closure) implements PyValue {
    }

    /** A lazy DataOp: a frame, column, estimator, choice or search. */
    record Op(DataOp op) implements PyValue {
        public Op {
            io.stratum.frontend.api.StepLog.holds(op);
        }
    }

    /** The {@code .skb} namespace of a DataOp. */
    record SkbNamespace(DataOp op) implements PyValue {
    }

    /** A method looked up on a DataOp or its {@code .skb} namespace, not yet called. */
    record BoundMethod(PyValue receiver, String name) implements PyValue {
    }

    /** An attribute of a fitted search such as {@code search.results_}, shown when printed. */
    record SearchAttribute(DataOp search, String attribute) implements PyValue {
    }

    /** {@code search.results_.head(3)}, {@code search.results_["mean_test_score"]}: printed once the search has run. */
    record SearchView(io.stratum.frontend.api.DataOp search, String attribute, ResultsView view) implements PyValue {
    }

    /** {@code search.results_.iloc[0]} and the like ({@link ResultsRow}): printed once the search has run. */
    record SearchRow(io.stratum.frontend.api.DataOp search, String attribute, ResultsRow row) implements PyValue {
    }

    /** {@code round(search.best_score_, n)}: a number known once the search has run, written into text. */
    record DeferredNumber(DeferredValue value, boolean pythonFloat) implements PyValue {
        /** A number pandas or numpy computes (numpy's float64, which has {@code .round(n)}). */
        DeferredNumber(DeferredValue value) {
            this(value, false);
        }
    }

    /**
     * The table {@code .skb.cross_validate(...)} returns, or one of its columns ({@code column} non-null, e.g.
     * {@code "test_score"}): known once it has run, so it can only be printed.
     */
    record CrossValidated(io.stratum.frontend.api.CrossValidation cv, String column, CvColumnView view) implements PyValue {
        CrossValidated(io.stratum.frontend.api.CrossValidation cv, String column) {
            this(cv, column, CvColumnView.AS_IS);
        }
    }

    /** What {@code .skb.train_test_split(...)} returns; {@code split["train"]}/{@code split["test"]} are its parts. */
    record Split(io.stratum.frontend.api.TrainTestSplit split) implements PyValue {
    }

    /**
     * {@code split["y_test"]}: the target of the split's test rows, which a script passes to a metric of
     * {@code sklearn.metrics} with a learner's predictions on {@code split["test"]}.
     */
    record SplitTarget(io.stratum.frontend.api.TrainTestSplit split, List<io.stratum.frontend.api.ArrayStep> steps)
            implements PyValue {
        public SplitTarget {
            steps = List.copyOf(steps);
        }

        SplitTarget(io.stratum.frontend.api.TrainTestSplit split) {
            this(split, List.of());
        }

        /** {@code np.expm1(split["y_test"])}: the target with {@code step} after the steps already written. */
        SplitTarget then(io.stratum.frontend.api.ArrayStep step) {
            List<io.stratum.frontend.api.ArrayStep> next = new java.util.ArrayList<>(steps);
            next.add(step);
            return new SplitTarget(split, next);
        }
    }

    /** {@code split["train"]} or {@code split["test"]}: an environment a learner is fitted on or scored on. */
    record SplitPart(io.stratum.frontend.api.TrainTestSplit.Part part) implements PyValue {
    }

    /** What {@code .skb.make_learner()} returns; {@code fit} changes it, as in skrub. */
    record Learner(io.stratum.frontend.api.Learner learner) implements PyValue {
    }

    /**
     * A name a {@code from module import name} bound to something Stratum does not support: Python imports it, so only
     * a use of the name is an error ({@code problem} and {@code hint}, naming the import's line).
     */
    record Unavailable(String problem, String hint, io.stratum.frontend.syntax.SourcePos importPos) implements PyValue {
    }

    /** {@code learner.score(split["test"])}: a number known once its one-split search has run, so it can only be printed. */
    record LearnerScore(DataOp search) implements PyValue {
    }

    /** {@code learner.predict(split["test"])} (or {@code predict_proba}): an array known once the plan has run. */
    /** {@code classification_report(...)}/{@code confusion_matrix(...)} of a learner's predictions: printed once computed. */
    record Report(io.stratum.frontend.api.PredictionReport report) implements PyValue {
    }

    record Predictions(io.stratum.frontend.api.LearnerPredictions predictions) implements PyValue {
    }

    /**
     * A pandas frame or series holding a learner's predictions ({@code pd.DataFrame({"id": test["id"], "pred": preds})},
     * {@code test["pred"] = preds}): assembled once the learner has predicted, so printed and written only; {@code view}
     * is what printing it shows (its value, or its SHAPE where the plan cannot tell its rows).
     */
    record PredictionFrame(io.stratum.frontend.api.PredictionFrame frame, io.stratum.frontend.api.DataOpPrint.View view)
            implements PyValue {
        PredictionFrame(io.stratum.frontend.api.PredictionFrame frame) {
            this(frame, io.stratum.frontend.api.DataOpPrint.View.VALUE);
        }
    }

    /**
     * {@code print(df.columns)} (or {@code dtypes}, {@code shape}) where the plan cannot tell them before it runs: only
     * printed, as skrub prints its {@code GetAttr} step with its preview ({@link io.stratum.frontend.api.DataOpPrint}).
     */
    record PrintedFact(io.stratum.frontend.api.DataOp op, String attribute) implements PyValue {
    }

    /**
     * {@code df.skb.eval()} or {@code .skb.preview()} of a frame or a column: known once the plan has run. {@code view}
     * is what printing it shows: the value, or the {@code shape}/{@code columns}/{@code dtypes} of an evaluated frame
     * whose plan cannot tell them before it runs.
     */
    record Evaluated(io.stratum.frontend.api.Evaluation evaluation, io.stratum.frontend.api.DataOpPrint.View view)
            implements PyValue {
        Evaluated(io.stratum.frontend.api.Evaluation evaluation) {
            this(evaluation, io.stratum.frontend.api.DataOpPrint.View.VALUE);
        }
    }

    /** A skrub selector ({@code skrub.selectors.numeric()}, ...), combined with {@code | & - ^ ~}. */
    record Selector(io.stratum.ir.value.ColumnSelector selector) implements PyValue {
    }

    /**
     * A pandas Series known while the plan is built, such as {@code df.dtypes} (labels to dtype names): iterating it
     * gives its values, {@code items()} its pairs, {@code s[label]} one value, {@code s.index} its labels.
     */
    record Series(List<PyValue> index, List<PyValue> values) implements PyValue {
    }

    /**
     * {@code FunctionTransformer(func, kw_args=...)} with {@code func} a function of the script: not an estimator Stratum
     * runs but steps traced where {@code .skb.apply} applies it ({@link io.stratum.frontend.api.Skb#applyFunction}).
     */
    record TracedTransformer(PyValue func, Mapping kwArgs) implements PyValue {
    }

    /**
     * {@code skrub.choose_from(outcomes, name=...)} with a FunctionTransformer of a script function among the outcomes:
     * not a choice of estimators Stratum runs but, where {@code .skb.apply} applies it, a choice between the DataOps
     * each outcome applied gives ({@code keys} the dict's keys, null for a list).
     */
    record TracedChoice(List<PyValue> outcomes, List<String> keys, String name) implements PyValue {
    }

    /** The name of a Python type, for error messages. */
    static String typeName(PyValue v) {
        return switch (v) {
            case Constant c -> c.value().typeName();
            case Sequence s -> s.tuple() ? "tuple" : "list";
            case Mapping m -> "dict";
            case Series s -> "Series";
            case Module m -> "module " + m.qualifiedName();
            case ModuleFunction f -> "function " + f.qualifiedName();
            case Composite c -> c.composite().display();
            case ColumnSelection s -> "make_column_selector";
            case ApiClass c -> "class " + c.entry().simpleName();
            case Builtin b -> "builtin " + b.name();
            case Function f -> "function " + f.name();
            case Op o -> "DataOp";
            case SkbNamespace s -> "skb namespace";
            case BoundMethod m -> "method " + m.name();
            case SearchAttribute a -> "search attribute " + a.attribute();
            case SearchRow r -> "row of search attribute " + r.attribute();
            case SearchView sv -> "search attribute " + sv.attribute() + (sv.view().column() != null ? " column" : "");
            case DeferredNumber d -> d.value().roundedValue() ? "round() of a value known once the plan has run"
                    : d.value().predicted() != null ? "number of a learner's predictions"
                    : d.value().newData() != null ? "score on new data"
                    : d.value().cv() != null ? "cross_validate column " + d.value().attribute() + "." + d.value().reduction() + "()"
                    : d.value().reduction() != null ? "results_ column " + d.value().key() + "." + d.value().reduction() + "()"
                    : d.value().search() != null && d.value().attribute().equals("best_score_") && d.pythonFloat()
                            ? "learner score" : "search attribute " + d.value().attribute();
            case CrossValidated c -> c.column() == null ? "cross_validate results" : "cross_validate column " + c.column();
            case Selector s -> "selector " + s.selector().repr();
            case Split s -> "train_test_split dict";
            case SplitPart p -> "split[\"" + p.part().key() + "\"] environment";
            case SplitTarget t -> "split[\"y_test\"] target";
            case Learner l -> "learner";
            case LearnerScore s -> "learner score";
            case Predictions p -> p.predictions().typeName();
            case PredictionFrame f -> (f.frame().series() ? "Series" : "DataFrame") + " of a learner's predictions";
            case Report r -> r.report().function() + " of a learner's predictions";
            case Unavailable u -> "unsupported import";
            case Evaluated e -> e.evaluation().method() + "() result";
            case PrintedFact f -> "." + f.attribute() + " of a DataOp";
            case TracedTransformer t -> "FunctionTransformer of a script function";
            case TracedChoice c -> "choice of FunctionTransformers of script functions or scikit-learn pipelines";
        };
    }
}
