package io.stratum.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The distinct rows of a feature matrix with a dense column and a sparse block, compared by their bits. */
class DistinctFeatureRowsTest {
    /** Six rows: a dense column, then a two-column CSR block. */
    private static FeatureMatrix matrix(double[] dense, int[] indptr, int[] indices, double[] values) {
        CsrMatrix block = new CsrMatrix(dense.length, 2, indptr, indices, values);
        return FeatureMatrix.withSparseBlock(dense.length, List.of("num"), dense, List.of("a", "b"), block);
    }

    @Test
    void equalRowsShareOneDistinctRowInOrderOfFirstAppearance() {
        // Rows 0, 2 and 5 are equal; 1 and 4 are equal; row 3 differs from row 1 only by its block entry's column.
        FeatureMatrix x = matrix(new double[] {1.5, 2.0, 1.5, 2.0, 2.0, 1.5},
                new int[] {0, 1, 2, 3, 4, 5, 6}, new int[] {0, 1, 0, 0, 1, 0}, new double[] {1, 1, 1, 1, 1, 1});
        DistinctFeatureRows d = DistinctFeatureRows.of(x, 0.25);
        assertNotNull(d);
        assertArrayEquals(new int[] {0, 1, 0, 2, 1, 0}, d.rowOf());
        assertEquals(3, d.distinct().rows());
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                assertEquals(x.get(i, j), d.distinct().get(d.rowOf()[i], j), "row " + i + " column " + j);
            }
        }
    }

    @Test
    void rowsDifferingOnlyInTheSignOfZeroOrAStoredZeroAreKeptApart() {
        // Row 1 has -0.0 where row 0 has 0.0; row 2 stores an explicit 0 in the block where row 0 stores nothing.
        FeatureMatrix x = matrix(new double[] {0.0, -0.0, 0.0, 0.0},
                new int[] {0, 0, 0, 1, 1}, new int[] {1}, new double[] {0.0});
        DistinctFeatureRows d = DistinctFeatureRows.of(x, 0.0);
        assertArrayEquals(new int[] {0, 1, 2, 0}, d.rowOf());
    }

    @Test
    void tooFewRepeatsGiveNull() {
        // One repeat in four rows is exactly a quarter; a share above that refuses.
        FeatureMatrix x = matrix(new double[] {1, 2, 3, 1}, new int[] {0, 0, 0, 0, 0}, new int[0], new double[0]);
        assertNotNull(DistinctFeatureRows.of(x, 0.25));
        assertNull(DistinctFeatureRows.of(x, 0.26));
    }
}
