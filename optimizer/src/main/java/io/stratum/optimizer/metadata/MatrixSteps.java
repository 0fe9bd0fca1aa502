package io.stratum.optimizer.metadata;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.catalog.TextEntries;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;

/**
 * Which steps may read a matrix without column names ({@link OutputKind#MATRIX}: what scikit-learn's text vectorizers,
 * TfidfTransformer and TruncatedSVD give when skrub applies them to a column or a matrix). Learners, TruncatedSVD and
 * TfidfTransformer read it, as in scikit-learn; every other step is refused at its script line, since numpy and scipy
 * would answer it differently from pandas (a sparse matrix has no columns to select, refuses adding a number, ...).
 */
public final class MatrixSteps {
    /** The transformers that read a matrix (a vectorizer reads one column of text, not a matrix). */
    private static final List<String> MATRIX_READERS = List.of("sklearn.feature_extraction.text.TfidfTransformer",
            "sklearn.decomposition.TruncatedSVD");

    private MatrixSteps() {
    }

    /**
     * Whether {@code estimator} (every outcome of a choice) outputs a matrix: a text vectorizer always, TfidfTransformer
     * and TruncatedSVD when their input is one (TruncatedSVD of a frame is a frame), passthrough when its input is.
     */
    public static boolean outputsMatrix(LogicalNode estimator, boolean inputIsMatrix) {
        List<LogicalNode> outcomes = outcomes(estimator);
        if (outcomes == null) {
            return false;
        }
        for (LogicalNode o : outcomes) {
            boolean matrix = o instanceof Estimator e ? TextEntries.TEXT_VECTORIZERS.contains(e.qualifiedName())
                    || inputIsMatrix && TextEntries.MATRIX_TRANSFORMERS.contains(e.qualifiedName()) : inputIsMatrix;
            if (!matrix) {
                return false;
            }
        }
        return true;
    }

    /** Whether the output of {@code apply} is a scipy sparse matrix (else a numpy array, TruncatedSVD's). */
    static boolean sparse(LogicalNode producer) {
        if (producer instanceof Apply a && outcomes(a.estimator()) instanceof List<LogicalNode> outcomes) {
            for (LogicalNode o : outcomes) {
                if (o instanceof Estimator e && e.qualifiedName().equals("sklearn.decomposition.TruncatedSVD")) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Refuses {@code node} reading the matrix {@code input} (its input number {@code index}) unless it is a step that
     * takes one: a learner or TruncatedSVD/TfidfTransformer applied to it as X, a choice between matrices.
     */
    static void check(LogicalNode node, int index, LogicalNode input, ApiCatalog catalog) {
        if (node instanceof Choice) {
            return;
        }
        if (node instanceof Apply a && index == 0) {
            List<LogicalNode> outcomes = outcomes(a.estimator());
            for (LogicalNode o : outcomes == null ? List.<LogicalNode>of() : outcomes) {
                if (!(o instanceof Estimator e) || readsMatrix(e, catalog)) {
                    continue;
                }
                if (TextEntries.TEXT_VECTORIZERS.contains(e.qualifiedName())) {
                    throw new StratumError(a.origin(), e.simpleName() + " reads one column of text, but it is applied"
                            + " to " + describe(input), "apply it to a column, e.g. X[\"text\"].skb.apply("
                            + e.simpleName() + "())");
                }
                throw new StratumError(a.origin(), e.simpleName() + " applied to " + describe(input) + " is not"
                        + " supported by Stratum: only learners, TruncatedSVD and TfidfTransformer read such a matrix"
                        + " (numpy and scipy would transform it differently from a frame)",
                        "apply a learner or TruncatedSVD(n_components=...) to it");
            }
            if (!(a.cols() instanceof Const.NoneConst)) {
                throw new StratumError(a.origin(), ".skb.apply(..., cols=...) on " + describe(input) + ": skrub says"
                        + " `cols` must be `all()` (the default) when the input is not a DataFrame",
                        "leave out cols=; the whole matrix is the estimator's input");
            }
            return;
        }
        if (node instanceof Apply a) {
            throw new StratumError(a.origin(), "the target y is " + describe(input) + "; it must be a column",
                    "mark a column as y: data[\"target\"].skb.mark_as_y()");
        }
        String what = switch (node.kind()) {
            case "MarkX", "MarkY" -> "marking X or y";
            case "GetItem" -> "selecting columns or rows";
            case "BinOp", "UnaryOp", "Numeric" -> "arithmetic";
            default -> "this step (" + node.kind() + ")";
        };
        String hint = node.kind().equals("MarkX") || node.kind().equals("MarkY")
                ? "mark the frame or the column before the vectorizer: X = data[[\"text\"]].skb.mark_as_X(), then"
                + " X[\"text\"].skb.apply(...)"
                : "apply a learner or TruncatedSVD(n_components=...) to it, e.g. .skb.apply(Ridge(), y=y)";
        throw new StratumError(node.origin(), what + " on " + describe(input) + " is not supported by Stratum: it"
                + " passes such a matrix only to learners, TruncatedSVD and TfidfTransformer, since numpy and scipy"
                + " would answer other steps differently from pandas", hint);
    }

    /** A learner or a transformer that reads a matrix; passthrough outcomes are handled by the caller. */
    private static boolean readsMatrix(Estimator e, ApiCatalog catalog) {
        ApiEntry entry = catalog.lookup(e.qualifiedName());
        return entry != null && (entry.kind() == EntryKind.REGRESSOR || entry.kind() == EntryKind.CLASSIFIER)
                || MATRIX_READERS.contains(e.qualifiedName());
    }

    /** The matrix as messages name it: what it is and which step made it. */
    static String describe(LogicalNode producer) {
        String kind = sparse(producer) ? "a scipy sparse matrix" : "a numpy array";
        if (producer instanceof Apply a && a.estimator() instanceof Estimator e) {
            return kind + " (the output of " + e.repr() + " at line " + a.origin().line() + ")";
        }
        return kind + " (a text vectorizer's or TruncatedSVD's output)";
    }

    /** The estimators {@code node} may be (every outcome of a choice), or null when one is neither. */
    private static List<LogicalNode> outcomes(LogicalNode node) {
        return switch (node) {
            case Estimator e -> List.of(e);
            case Value v when v.value() instanceof Const.NoneConst || v.value().equals(Const.of("passthrough")) -> List.of(v);
            case Choice c -> {
                List<LogicalNode> out = new ArrayList<>();
                for (LogicalNode o : c.outcomes()) {
                    List<LogicalNode> inner = outcomes(o);
                    if (inner == null) {
                        yield null;
                    }
                    out.addAll(inner);
                }
                yield out;
            }
            default -> null;
        };
    }
}
