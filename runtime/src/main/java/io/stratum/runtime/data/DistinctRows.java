package io.stratum.runtime.data;

/**
 * The distinct rows of a {@link CsrMatrix} and, for every row, which of them it equals: a text column's TF-IDF matrix
 * repeats a row for every repeated value (a job title on hundreds of rows), so a product computed per row needs only
 * its distinct rows. {@link #times} gives exactly the bits of {@link CsrMatrix#times}: each output row is summed by
 * the same operations in the same order, once per distinct row and then copied.
 *
 * @param distinct the distinct rows, in order of first appearance
 * @param rowOf for each row of the original matrix, its row in {@code distinct}
 */
public record DistinctRows(CsrMatrix distinct, int[] rowOf) {
    /** Below this share of repeated rows, finding them costs more than the products save. */
    static final double MIN_REPEATED = 0.25;

    /** The distinct rows of {@code m}, or null when fewer than a quarter of its rows repeat an earlier one. */
    public static DistinctRows of(CsrMatrix m) {
        int n = m.rows();
        if (n < 2) {
            return null;
        }
        RowGroups groups = RowGroups.of(n, new RowGroups.Rows() {
            @Override
            public int hash(int row) {
                return DistinctRows.hash(m, row);
            }

            @Override
            public boolean same(int a, int b) {
                return sameRow(m, a, b);
            }
        });
        if (groups.repeated() < MIN_REPEATED * n) {
            return null;
        }
        return new DistinctRows(m.takeRows(groups.firstRows()), groups.rowOf());
    }

    /** {@code m · b} as {@link CsrMatrix#times} computes it, for the matrix these are the distinct rows of. */
    public double[] times(double[] b, int k) {
        return expand(distinct.times(b, k), k);
    }

    /** Row {@code rowOf[i]} of the row-major {@code distinct rows x k} array {@code perDistinct} for every row i. */
    public double[] expand(double[] perDistinct, int k) {
        double[] out = new double[rowOf.length * k];
        for (int i = 0; i < rowOf.length; i++) {
            System.arraycopy(perDistinct, rowOf[i] * k, out, i * k, k);
        }
        return out;
    }

    private static int hash(CsrMatrix m, int row) {
        int h = 1;
        for (int p = m.indptr()[row]; p < m.indptr()[row + 1]; p++) {
            long bits = Double.doubleToLongBits(m.data()[p]);
            h = 31 * h + m.indices()[p];
            h = 31 * h + (int) (bits ^ (bits >>> 32));
        }
        return h ^ (h >>> 16);
    }

    private static boolean sameRow(CsrMatrix m, int a, int b) {
        int[] ptr = m.indptr();
        int len = ptr[a + 1] - ptr[a];
        if (len != ptr[b + 1] - ptr[b]) {
            return false;
        }
        int pa = ptr[a];
        int pb = ptr[b];
        for (int t = 0; t < len; t++) {
            if (m.indices()[pa + t] != m.indices()[pb + t]
                    || Double.doubleToLongBits(m.data()[pa + t]) != Double.doubleToLongBits(m.data()[pb + t])) {
                return false;
            }
        }
        return true;
    }
}
