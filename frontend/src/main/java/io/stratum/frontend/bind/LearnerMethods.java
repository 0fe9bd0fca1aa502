package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Map;

/**
 * {@code .skb.train_test_split(...)}, {@code .skb.make_learner()} and the learner's {@code fit}/{@code score}/{@code predict}/{@code predict_proba}, with
 * skrub's and scikit-learn's names and defaults. A learner is fitted on {@code split["train"]} and scored on
 * {@code split["test"]} of one split; the score is a one-split search the session runs when it is printed.
 */
final class LearnerMethods {
    static final List<String> METHODS = List.of("fit", "score", "predict", "predict_proba", "decision_function");

    private LearnerMethods() {
    }

    /** {@code .skb.train_test_split(environment=None, *, keep_subsampling=False, split_func=None, **kwargs)}. */
    static PyValue trainTestSplit(ScriptBinder b, DataOp op, Arguments a, SourcePos pos) {
        PyValue environment = a.value(0, "environment", false);
        if (environment != null && !isNone(environment)) {
            throw b.error(pos, ".skb.train_test_split: an environment dict is not supported by Stratum yet",
                    "bind the data in skrub.var(name, value) and call .skb.train_test_split() without it");
        }
        boolean keep = Methods.keepSubsampling(b, a, ".skb.train_test_split", pos);
        PyValue splitFunc = a.value(-1, "split_func", false);
        if (splitFunc != null && !isNone(splitFunc)) {
            throw b.error(pos, ".skb.train_test_split: split_func is not supported by Stratum yet",
                    "leave it out: scikit-learn's train_test_split is used, with test_size=, train_size=, random_state=, shuffle=");
        }
        java.util.List<String> given = new java.util.ArrayList<>();
        PyValue stratify = a.value(-1, "stratify", false);
        if (stratify != null && !isNone(stratify)) {
            throw b.error(pos, io.stratum.frontend.api.TrainTestSplit.STRATIFY_REFUSAL,
                    io.stratum.frontend.api.TrainTestSplit.STRATIFY_HINT);
        }
        if (stratify != null) {
            given.add("stratify"); // stratify=None: skrub still counts it as a keyword for scikit-learn
        }
        Const testSize = givenConstant(a, "test_size", Const.none(), given);
        Const trainSize = givenConstant(a, "train_size", Const.none(), given);
        Const randomState = givenConstant(a, "random_state", Const.none(), given);
        Const shuffle = givenConstant(a, "shuffle", Const.of(true), given);
        Const splitIndex = givenConstant(a, "split_index", Const.none(), given);
        a.done();
        if (!(shuffle instanceof Const.BoolConst s)) {
            throw b.error(pos, "train_test_split: shuffle must be True or False, got " + shuffle.repr(), null);
        }
        return new PyValue.Split(b.api(pos, () -> (keep ? op.skb().keepSubsampling() : op.skb())
                .trainTestSplit(testSize, trainSize, randomState, s.value(), splitIndex, given)));
    }

    /** The keyword {@code name}'s constant, noting it in {@code given} when the script passed it. */
    private static Const givenConstant(Arguments a, String name, Const fallback, java.util.List<String> given) {
        Const v = a.constant(-1, name, null);
        if (v == null) {
            return fallback;
        }
        given.add(name);
        return v;
    }

    /** {@code .skb.make_learner(*, fitted=False, keep_subsampling=False, choose="default")}. */
    static PyValue makeLearner(ScriptBinder b, DataOp op, Arguments a, SourcePos pos) {
        Const fitted = a.constant(-1, "fitted", Const.of(false));
        boolean keep = Methods.keepSubsampling(b, a, ".skb.make_learner", pos);
        Const choose = a.constant(-1, "choose", Const.of("default"));
        a.done();
        if (!(fitted instanceof Const.BoolConst f)) {
            throw b.error(pos, ".skb.make_learner: fitted must be True or False, got " + fitted.repr(), null);
        }
        if (!(choose instanceof Const.StrConst c) || !c.value().equals("default")) {
            throw b.error(pos, ".skb.make_learner: choose=" + choose.repr() + " is not supported by Stratum yet",
                    "leave choose=\"default\" (every choice at its default), or search with .skb.make_grid_search(...)");
        }
        if (f.value()) {
            return new PyValue.Learner(b.api(pos, () -> op.skb().makeLearner(keep).fitOnDeclaredValues()));
        }
        return new PyValue.Learner(b.api(pos, () -> op.skb().makeLearner(keep)));
    }

    /** {@code learner.fit(split["train"])} (returns the learner, fitted) and {@code learner.score(split["test"])}. */
    static PyValue call(ScriptBinder b, PyValue.Learner learner, String name, List<PyValue> args,
                        Map<String, PyValue> kwargs, SourcePos pos) {
        Arguments a = new Arguments(b, name, args, kwargs, pos);
        PyValue environment = a.value(0, "environment", true);
        a.done();
        if (environment instanceof PyValue.Mapping) {
            return onData(b, learner, name, Methods.environment(b, "learner." + name, environment, pos), pos);
        }
        if (!(environment instanceof PyValue.SplitPart part)) {
            throw b.error(pos, "learner." + name + "(environment): Stratum takes split[\"" + (name.equals("fit") ? "train" : "test")
                    + "\"] of a .skb.train_test_split() or a dict of the variables' data, got " + PyValue.typeName(environment),
                    "split = pred.skb.train_test_split(test_size=0.2, random_state=0); learner.fit(split[\"train\"])");
        }
        return switch (name) {
            case "fit" -> {
                b.api(pos, () -> learner.learner().fit(part.part()));
                yield learner;
            }
            case "score" -> {
                DataOp search = b.api(pos, () -> learner.learner().score(part.part()));
                b.recordSearch(search);
                yield new PyValue.LearnerScore(search);
            }
            case "predict", "predict_proba", "decision_function" -> {
                io.stratum.frontend.api.LearnerPredictions p = b.api(pos, () -> switch (name) {
                    case "predict" -> learner.learner().predict(part.part());
                    case "predict_proba" -> learner.learner().predictProba(part.part());
                    default -> learner.learner().decisionFunction(part.part());
                });
                b.recordSearch(p.search());
                yield new PyValue.Predictions(p);
            }
            default -> throw b.error(pos, "a learner has no method " + name + " that Stratum supports",
                    "supported: " + String.join(", ", METHODS));
        };
    }

    /** {@code learner.fit({...})} and {@code learner.predict({...})}: a learner fitted on data, predicting on other data. */
    private static PyValue onData(ScriptBinder b, PyValue.Learner learner, String name, Map<String, Object> environment,
                                  SourcePos pos) {
        return switch (name) {
            case "fit" -> {
                b.api(pos, () -> learner.learner().fit(environment));
                yield learner;
            }
            case "predict", "predict_proba", "decision_function" -> new PyValue.Predictions(b.api(pos, () -> switch (name) {
                case "predict" -> learner.learner().predict(environment);
                case "predict_proba" -> learner.learner().predictProba(environment);
                default -> learner.learner().decisionFunction(environment);
            }));
            // scikit-learn's score returns a Python float: a number in the printed text once the learner has run
            case "score" -> new PyValue.DeferredNumber(DeferredValue.ofNewDataScore(
                    b.api(pos, () -> learner.learner().score(environment))), true);
            default -> throw b.error(pos, "learner." + name + "(environment) is not supported by Stratum yet",
                    io.stratum.frontend.api.Learner.NEW_DATA_METRIC_HINT);
        };
    }

    private static boolean isNone(PyValue v) {
        return v instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst;
    }
}
