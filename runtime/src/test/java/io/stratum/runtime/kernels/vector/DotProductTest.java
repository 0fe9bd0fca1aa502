package io.stratum.runtime.kernels.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Vector API path and the scalar path sum in the same order, so they give the same bits. */
class DotProductTest {

    @Test
    void theModuleIsThereInTests() {
        // surefire passes --add-modules=jdk.incubator.vector as the launcher does; without it the tests below
        // would only compare the scalar path with itself.
        assertTrue(DotProduct.VECTOR_API, "the tests must run with the Vector API module");
    }

    @Test
    void vectorAndScalarPathsGiveTheSameBitsForEveryLengthAndOffset() {
        SplittableRandom random = new SplittableRandom(7);
        double[] a = new double[300];
        double[] b = new double[300];
        for (int i = 0; i < a.length; i++) {
            // Values of very different magnitudes, so that a different summation order would show.
            a[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 9));
            b[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 9));
        }
        for (int n = 0; n <= 40; n++) {
            for (int aFrom = 0; aFrom < 9; aFrom++) {
                for (int bFrom = 0; bFrom < 9; bFrom += 4) {
                    double vector = VectorDotProduct.dot(a, aFrom, b, bFrom, n);
                    double scalar = DotProduct.scalar(a, aFrom, b, bFrom, n);
                    assertEquals(Double.doubleToRawLongBits(scalar), Double.doubleToRawLongBits(vector),
                            "n=" + n + " aFrom=" + aFrom + " bFrom=" + bFrom);
                }
            }
        }
        assertEquals(DotProduct.scalar(a, 3, b, 5, 290), DotProduct.dot(a, 3, b, 5, 290), 0.0);
    }

    @Test
    void theOrderIsEightPartialSumsThenTheTail() {
        double[] a = new double[11];
        double[] ones = new double[11];
        for (int i = 0; i < a.length; i++) {
            a[i] = i + 1;
            ones[i] = 1.0;
        }
        a[0] = 1e16;
        a[8] = -1e16;
        // Element 8 is in the tail, added after the eight partial sums: 1e16 + (2+...+8) then - 1e16, then 10 + 11.
        double expected = (1e16 + 2 + 3 + 4 + 5 + 6 + 7 + 8) - 1e16 + 10 + 11;
        assertEquals(expected, DotProduct.dot(a, 0, ones, 0, 11), 0.0);
        assertEquals(expected, DotProduct.scalar(a, 0, ones, 0, 11), 0.0);
    }

    @Test
    void agreesWithTheSequentialSumToRounding() {
        SplittableRandom random = new SplittableRandom(3);
        double[] a = new double[10_001];
        double[] b = new double[10_001];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextDouble();
            b[i] = random.nextDouble();
        }
        double sequential = DotProduct.sequential(a, 0, b, 0, a.length);
        assertEquals(sequential, DotProduct.dot(a, 0, b, 0, a.length), 1e-12 * Math.abs(sequential));
    }
}
