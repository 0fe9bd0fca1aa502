package io.stratum.runtime.kernels.decompose;

/** scikit-learn's sign convention for singular vectors, shared by PCA and TruncatedSVD so both flip alike. */
final class SvdFlip {
    private SvdFlip() {
    }

    /**
     * {@code svd_flip(u_based_decision=False)}: each of the first {@code rows} rows of the row-major {@code vt}
     * ({@code p} columns) negated where needed so that its largest-magnitude entry (the first one on ties) is positive.
     */
    static void rowsByLargestEntry(double[] vt, int rows, int p) {
        for (int c = 0; c < rows; c++) {
            int argmax = 0;
            double best = -1.0;
            for (int j = 0; j < p; j++) {
                double a = Math.abs(vt[c * p + j]);
                if (a > best) {
                    best = a;
                    argmax = j;
                }
            }
            if (vt[c * p + argmax] < 0) {
                for (int j = 0; j < p; j++) {
                    vt[c * p + j] = -vt[c * p + j];
                }
            }
        }
    }
}
