package io.stratum.runtime.kernels.text;

/** scikit-learn's row normalization of text features ({@code norm="l2"|"l1"|None}). */
public enum Norm {
    L2, L1, NONE;

    /** The norm named by scikit-learn's {@code norm} parameter; null means none. */
    public static Norm parse(String name) {
        if (name == null) {
            return NONE;
        }
        return switch (name) {
            case "l2" -> L2;
            case "l1" -> L1;
            default -> throw new IllegalArgumentException("norm must be 'l1', 'l2' or None, got '" + name + "'");
        };
    }

    /** Scales each row of {@code data} in place to unit norm; rows of norm 0 stay as they are, as scikit-learn's do. */
    void apply(int[] indptr, double[] data) {
        if (this == NONE) {
            return;
        }
        for (int i = 0; i + 1 < indptr.length; i++) {
            double sum = 0.0;
            for (int p = indptr[i]; p < indptr[i + 1]; p++) {
                sum += this == L2 ? data[p] * data[p] : Math.abs(data[p]);
            }
            if (sum == 0.0) {
                continue;
            }
            double norm = this == L2 ? Math.sqrt(sum) : sum;
            for (int p = indptr[i]; p < indptr[i + 1]; p++) {
                data[p] /= norm;
            }
        }
    }
}
