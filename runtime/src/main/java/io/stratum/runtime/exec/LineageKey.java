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
     * transformer's statistics of one cross-validation partition (a fold's test rows), combined into its fits, or
     * the Gram statistics of one X and y and their eigendecomposition, shared by the linear fits that read them
     * (keyed by {@link #gramOperator}).
     */
    public enum Product {
        OUTPUT, FITTED, MATRIX, STATISTICS, GRAM, SPECTRUM
    }

    /** The operator part of a Gram key: the features' and target's lineage and whether the statistics are centered. */
    public static Fingerprint gramOperator(Fingerprint features, Fingerprint target, boolean centered) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update("gram".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            sha.update(features.bytes());
            sha.update(target.bytes());
            sha.update((byte) (centered ? 1 : 0));
            return new Fingerprint(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The fold number used for work before the split, which does not depend on the fold. */
    public static final int NO_FOLD = -1;
}
