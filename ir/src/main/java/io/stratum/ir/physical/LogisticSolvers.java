package io.stratum.ir.physical;

/**
 * The kernels of {@code LogisticRegression}, as the lowering names them in {@link FitPredict#kernel()}: scikit-learn's
 * lbfgs fit keeps X's dtype, so a float32 X (every column float32, as skrub's TableVectorizer outputs) is fitted and
 * answered in float32 precision, which can stop the fit iterations earlier than on the same values as float64.
 */
public final class LogisticSolvers {
    /** L-BFGS on a float64 X. */
    public static final String LBFGS = "logistic_lbfgs";
    /** L-BFGS with scikit-learn's float32 loss, gradient and predictions, for a float32 X. */
    public static final String LBFGS_FLOAT32 = "logistic_lbfgs_float32";

    private LogisticSolvers() {
    }
}
