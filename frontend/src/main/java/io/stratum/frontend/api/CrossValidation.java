package io.stratum.frontend.api;

import io.stratum.ir.logical.GridSearch;
import java.util.Objects;

/**
 * {@code .skb.cross_validate(...)}: the pipeline with every choice at its default, cross-validated. {@code search}
 * is that one-candidate search (a {@link GridSearch} without choices), which a session runs; the result is the table
 * scikit-learn's {@code cross_validate} returns ({@code fit_time}, {@code score_time}, {@code test_score}, and
 * {@code train_score} when {@code returnTrainScore}).
 */
public record CrossValidation(DataOp search, boolean returnTrainScore) {
    public CrossValidation {
        Objects.requireNonNull(search, "search");
        if (!(search.node() instanceof GridSearch)) {
            throw new IllegalArgumentException("a cross-validation runs a one-candidate grid search, got " + search.node().kind());
        }
    }

    /**
     * The table's columns in scikit-learn's order: {@code fit_time}, {@code score_time}, then {@code test_score} and
     * {@code train_score}, or with several scorers {@code test_<name>} and {@code train_<name>} for each in turn.
     */
    public java.util.List<String> columns() {
        java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of("fit_time", "score_time"));
        java.util.List<String> names = scoreNames();
        for (String name : names == null ? java.util.List.of("score") : names) {
            out.add("test_" + name);
            if (returnTrainScore) {
                out.add("train_" + name);
            }
        }
        return out;
    }

    /**
     * The number of folds, the table's rows ({@code len(cv["test_score"])}): scikit-learn's {@code get_n_splits()} of
     * the splitter, known while the plan is built; refused when the data decides it ({@code LeaveOneGroupOut}).
     */
    public long folds() {
        int n = io.stratum.optimizer.lower.Lowering.foldCount((io.stratum.ir.logical.SearchRoot) search.node());
        if (n == io.stratum.ir.physical.SplitterSpec.DATA_DEPENDENT) {
            throw DataOp.error("len() of a cross_validate result: the number of folds of this splitter depends on the"
                    + " groups in the data, which Python's len() needs now", "print the table; its rows are the folds");
        }
        return n;
    }

    /** The scorers' result names with several scorers (a list's names, a dict's keys), in order; null for one. */
    public java.util.List<String> scoreNames() {
        io.stratum.ir.value.Const scoring = ((GridSearch) search.node()).scoring();
        java.util.List<io.stratum.ir.value.Const> names = switch (scoring) {
            case io.stratum.ir.value.Const.ListConst l -> l.items();
            case io.stratum.ir.value.Const.DictConst d -> d.keys();
            default -> null;
        };
        if (names == null) {
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (io.stratum.ir.value.Const c : names) {
            out.add(((io.stratum.ir.value.Const.StrConst) c).value());
        }
        return out;
    }

    /**
     * {@code .skb.cross_validate(environment, ...)}: the same cross-validation with every {@code skrub.var(name)}
     * reading {@code environment[name]}; a variable the environment lacks is an error, as in skrub.
     */
    public CrossValidation withEnvironment(java.util.Map<String, ?> environment) {
        return new CrossValidation(DataOps.fitSearch(search, environment), returnTrainScore);
    }

    /** {@code skrub.cross_validate(search, environment)}: nested cross-validation, which Stratum does not run yet. */
    public static io.stratum.ir.diagnostics.StratumError nestedRefused() {
        return DataOp.error("skrub.cross_validate of a search (nested cross-validation) is not supported by Stratum yet",
                "the search's fold scores are in search.results_; skrub.cross_validate(pred.skb.make_learner(), environment)"
                        + " cross-validates the pipeline with every choice at its default");
    }

    /** skrub's error for {@code skrub.cross_validate(x, ...)} with {@code x} neither a learner nor a search. */
    public static io.stratum.ir.diagnostics.StratumError notALearner(String typeName) {
        return DataOp.error("`cross_validate` function requires either a Learner object or a ParamSearch object, got "
                + typeName, "pass pred.skb.make_learner() (or call pred.skb.cross_validate(...))");
    }
}
