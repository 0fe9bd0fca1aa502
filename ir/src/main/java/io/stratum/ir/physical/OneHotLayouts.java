package io.stratum.ir.physical;

/**
 * The layouts of a {@code OneHotEncoder}'s output, as the lowering names them in {@link FitTransform#kernel()}. A
 * frame consumer always sees dense float64 indicator columns; the layout decides how the output is laid out when a
 * learner reads it as its feature matrix.
 */
public final class OneHotLayouts {
    /** Dense float64 indicator columns, also in the learner's feature matrix. */
    public static final String DENSE = "onehot_dense";
    /**
     * A compressed sparse row block of indicators in the learner's feature matrix (after any columns the encoder
     * keeps), written straight from the per-row categories without a dense intermediate.
     */
    public static final String SPARSE = "onehot_csr";

    private OneHotLayouts() {
    }
}
