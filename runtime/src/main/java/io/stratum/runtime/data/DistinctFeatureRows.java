package io.stratum.runtime.data;

/**
 * The distinct rows of a {@link FeatureMatrix} and, for every row, which of them it equals: a one-hot design of a few
 * categorical columns has far fewer distinct rows than rows, so a learner whose loss is a sum over rows can evaluate
 * it once per distinct row, weighted by how often (and with which labels) that row occurs.
 *
 * @param distinct the distinct rows, in order of first appearance
 * @param rowOf for each row of the original matrix, its row in {@code distinct}
 */
public record DistinctFeatureRows(FeatureMatrix distinct, int[] rowOf) {
    /**
     * The distinct rows of {@code x}, or null when fewer than {@code minRepeatedShare} of its rows repeat an earlier
     * one (then the caller's per-row path is cheaper than a copy). Rows are compared by the bits of their values,
     * one sequential pass in row order, so the result does not depend on the number of threads.
     */
    public static DistinctFeatureRows of(FeatureMatrix x, double minRepeatedShare) {
        int n = x.rows();
        if (n < 2) {
            return null;
        }
        RowGroups groups = RowGroups.of(n, new RowGroups.Rows() {
            @Override
            public int hash(int row) {
                return x.rowHash(row);
            }

            @Override
            public boolean same(int a, int b) {
                return x.sameRow(a, b);
            }
        });
        if (groups.repeated() < minRepeatedShare * n) {
            return null;
        }
        return new DistinctFeatureRows(x.takeRows(groups.firstRows()), groups.rowOf());
    }
}
