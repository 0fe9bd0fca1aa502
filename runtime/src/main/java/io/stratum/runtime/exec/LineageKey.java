package io.stratum.runtime.exec;

import io.stratum.ir.node.Fingerprint;

/**
 * The identity of one piece of work: the operator's fingerprint (which covers its inputs' lineage), the fold
 * and the mode. Equal keys are one task, which is how shared work runs once.
 */
public record LineageKey(Fingerprint operator, int fold, Mode mode, Product product) {

    /**
     * What a task produces: an operator's output rows, an estimator's fitted state, an output laid out as the
     * feature matrix learners read (one per features, fold and mode, however many candidates read it), or a
     * transformer's statistics of one cross-validation partition (a fold's test rows), combined into its fits.
     */
    public enum Product {
        OUTPUT, FITTED, MATRIX, STATISTICS
    }

    /** The fold number used for work before the split, which does not depend on the fold. */
    public static final int NO_FOLD = -1;
}
