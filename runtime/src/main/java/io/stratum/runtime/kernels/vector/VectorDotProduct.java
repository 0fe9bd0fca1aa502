package io.stratum.runtime.kernels.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DotProduct}'s loop on the Vector API: two 4-lane accumulators hold the eight partial sums. Only loaded
 * when the {@code jdk.incubator.vector} module is present.
 */
final class VectorDotProduct {
    /** Four lanes on every machine (256 bits; emulated where the CPU has narrower registers), fixing the order. */
    private static final VectorSpecies<Double> LANES = DoubleVector.SPECIES_256;

    private VectorDotProduct() {
    }

    static double dot(double[] a, int aFrom, double[] b, int bFrom, int n) {
        DoubleVector low = DoubleVector.zero(LANES);
        DoubleVector high = DoubleVector.zero(LANES);
        int bound = n - n % DotProduct.PARTIAL_SUMS;
        int i = 0;
        for (; i < bound; i += DotProduct.PARTIAL_SUMS) {
            DoubleVector a0 = DoubleVector.fromArray(LANES, a, aFrom + i);
            DoubleVector b0 = DoubleVector.fromArray(LANES, b, bFrom + i);
            DoubleVector a1 = DoubleVector.fromArray(LANES, a, aFrom + i + 4);
            DoubleVector b1 = DoubleVector.fromArray(LANES, b, bFrom + i + 4);
            low = low.add(a0.mul(b0));
            high = high.add(a1.mul(b1));
        }
        // Lanes added one by one in DotProduct.scalar's order (reduceLanes leaves the order open).
        double s = low.lane(0) + low.lane(1) + low.lane(2) + low.lane(3)
                + high.lane(0) + high.lane(1) + high.lane(2) + high.lane(3);
        for (; i < n; i++) {
            s += a[aFrom + i] * b[bFrom + i];
        }
        return s;
    }
}
