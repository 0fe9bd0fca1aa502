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

    /** A scorer name, or None for the estimator's default score. */
    Const scoring();

    /** Whether the script asked for a fitted search ({@code fitted=True}). */
    boolean fitted();

    @Override
    Origin origin();
}
