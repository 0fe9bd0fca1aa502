package io.stratum.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stratum.runtime.kernels.decompose.TruncatedSvdKernel;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Products over the distinct rows of a matrix with repeated rows give the bits of the products over every row. */
class DistinctRowsTest {
    /** {@code rows} rows drawn from {@code patterns} random sparse rows (a text column with repeated values). */
    private static CsrMatrix repeated(int rows, int cols, int patterns, long seed) {
        Random random = new Random(seed);
        double[][] pattern = new double[patterns][cols];
        for (double[] p : pattern) {
            for (int j = 0; j < cols; j++) {
                if (random.nextDouble() < 0.2) {
                    p[j] = random.nextGaussian();
                }
            }
        }
        int[] indptr = new int[rows + 1];
        java.util.List<Integer> idx = new java.util.ArrayList<>();
        java.util.List<Double> val = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double[] p = pattern[random.nextInt(patterns)];
            for (int j = 0; j < cols; j++) {
                if (p[j] != 0.0) {
                    idx.add(j);
                    val.add(p[j]);
                }
            }
            indptr[i + 1] = idx.size();
        }
        return new CsrMatrix(rows, cols, indptr, idx.stream().mapToInt(Integer::intValue).toArray(),
                val.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Test
    void productOverDistinctRowsIsTheProductOverEveryRow() {
        CsrMatrix m = repeated(500, 40, 17, 3);
        DistinctRows d = DistinctRows.of(m);
        assertNotNull(d);
        assertEquals(m.rows(), d.rowOf().length);
        assertEquals(true, d.distinct().rows() <= 17);
        Random random = new Random(5);
        double[] b = new double[40 * 7];
        for (int t = 0; t < b.length; t++) {
            b[t] = random.nextGaussian();
        }
        assertArrayEquals(m.times(b, 7), d.times(b, 7));
        for (int i = 0; i < m.rows(); i++) {
            int r = d.rowOf()[i];
            assertArrayEquals(java.util.Arrays.copyOfRange(m.indices(), m.indptr()[i], m.indptr()[i + 1]),
                    java.util.Arrays.copyOfRange(d.distinct().indices(), d.distinct().indptr()[r],
                            d.distinct().indptr()[r + 1]), "row " + i);
        }
    }

    @Test
    void matrixWithoutRepeatsIsLeftAlone() {
        assertNull(DistinctRows.of(repeated(50, 400, 50_000, 7)));
    }

    @Test
    void truncatedSvdOfRepeatedRowsMatchesTheRowByRowProjection() {
        CsrMatrix m = repeated(300, 30, 11, 9);
        TruncatedSvdKernel.Fitted fitted = TruncatedSvdKernel.fit(m,
                new TruncatedSvdKernel.Params(5, 5, 10, io.stratum.runtime.kernels.decompose.RandomizedSvd.Normalizer.AUTO, 0));
        double[] projected = fitted.transform(m);
        // Row by row, as before: each output row summed over its stored entries in order.
        double[] expected = new double[m.rows() * 5];
        for (int i = 0; i < m.rows(); i++) {
            for (int p = m.indptr()[i]; p < m.indptr()[i + 1]; p++) {
                for (int c = 0; c < 5; c++) {
                    expected[i * 5 + c] += m.data()[p] * fitted.components()[c * 30 + m.indices()[p]];
                }
            }
        }
        assertArrayEquals(expected, projected);
    }
}
