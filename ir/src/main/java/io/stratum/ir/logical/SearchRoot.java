package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;

/**
 * The root of a searched plan: which candidates to try ({@link GridSearch}: all of them; {@link RandomizedSearch}:
 * a sample), and how to cross-validate ({@code cv}) and score them.
 */
public sealed interface SearchRoot extends LogicalNode permits GridSearch, RandomizedSearch {

    /** The pipeline searched over: its prediction. */
    LogicalNode input();

    /** An int (KFold splits), None (5) or a dict describing a splitter. */
    Const cv();

    /**
     * A scorer name, None for the estimator's default score, or several scorers: a list of names or a dict from
     * result names to scorer names (scikit-learn's multi-metric scoring).
     */
    Const scoring();

    /** scikit-learn's {@code refit}: True, False, or the name of the scorer that picks the best candidate. */
    Const refit();

    /** Whether the script asked for a fitted search ({@code fitted=True}). */
    boolean fitted();

    @Override
    Origin origin();
}
