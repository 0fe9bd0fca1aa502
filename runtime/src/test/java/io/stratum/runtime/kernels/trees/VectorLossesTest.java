package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The logistic losses' gradients a vector of rows at a time give the scalar loop's bits, for every start and end of
 * a block of rows (so the split of rows between threads never changes them), with and without weights.
 */
class VectorLossesTest {
    private static final int ROWS = 203;

    @Test
    void binomialLanesGiveTheScalarLoopsBits() {
        SplittableRandom random = new SplittableRandom(3);
        double[] y = new double[ROWS];
        double[] raw = new double[ROWS];
        double[] w = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            y[i] = random.nextInt(2);
            w[i] = random.nextDouble(0.1, 3);
            raw[i] = switch (i % 5) {
                case 0 -> random.nextGaussian() * 3;
                case 1 -> BoostingLoss.Binomial.SMALL_RAW + (random.nextInt(3) - 1) * Math.ulp(37.0);
                case 2 -> random.nextDouble(-60, -30);
                case 3 -> random.nextDouble(30, 800);
                default -> random.nextDouble(-800, -700);
            };
        }
        for (double[] weights : new double[][] {null, w}) {
            for (int from = 0; from < 10; from++) {
                for (int to = ROWS - 9; to <= ROWS; to++) {
                    float[] g = new float[ROWS];
                    float[] h = new float[ROWS];
                    float[] gs = new float[ROWS];
                    float[] hs = new float[ROWS];
                    VectorLosses.binomial(y, weights, raw, g, h, from, to);
                    BoostingLoss.Binomial.scalar(y, weights, raw, gs, hs, from, to);
                    assertArrayEquals(gs, g, "gradients [" + from + ", " + to + ")");
                    assertArrayEquals(hs, h, "hessians [" + from + ", " + to + ")");
                }
            }
        }
    }

    @Test
    void multinomialLanesGiveTheScalarLoopsBits() {
        SplittableRandom random = new SplittableRandom(5);
        for (int classes : new int[] {3, 5}) {
            double[] y = new double[ROWS];
            double[] w = new double[ROWS];
            double[][] raw = new double[classes][ROWS];
            for (int i = 0; i < ROWS; i++) {
                y[i] = random.nextInt(classes);
                w[i] = random.nextDouble(0.1, 3);
                for (int k = 0; k < classes; k++) {
                    // Ties between classes (the max of equal values), far apart ones (exponentials flushed to 0).
                    raw[k][i] = i % 7 == 0 ? 1.5 : i % 7 == 1 ? random.nextDouble(-900, 900)
                            : random.nextGaussian() * 4;
                }
            }
            for (double[] weights : new double[][] {null, w}) {
                for (int from = 0; from < 10; from++) {
                    for (int to = ROWS - 9; to <= ROWS; to++) {
                        float[][] g = new float[classes][ROWS];
                        float[][] h = new float[classes][ROWS];
                        float[][] gs = new float[classes][ROWS];
                        float[][] hs = new float[classes][ROWS];
                        VectorLosses.multinomial(classes, y, weights, raw, g, h, from, to);
                        BoostingLoss.Multinomial.scalar(classes, y, weights, raw, gs, hs, from, to);
                        for (int k = 0; k < classes; k++) {
                            assertArrayEquals(gs[k], g[k], classes + " classes, gradients [" + from + ", " + to + ")");
                            assertArrayEquals(hs[k], h[k], classes + " classes, hessians [" + from + ", " + to + ")");
                        }
                    }
                }
            }
        }
    }
}
