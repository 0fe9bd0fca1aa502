package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.kernels.vector.VectorExp;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The logistic losses' gradients and hessians ({@link BoostingLoss.Binomial}, {@link BoostingLoss.Multinomial}) a
 * vector of rows at a time: each lane does the scalar loop's operations in its order, with {@link VectorExp} for the
 * exponential, so the results are the scalar loop's bits; the rows past the last whole vector go through the scalar
 * loop itself. Only loaded when the {@code jdk.incubator.vector} module is present.
 */
final class VectorLosses {
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** As many float lanes as {@link #DOUBLES} has: the gradients rounded to float32. */
    private static final VectorSpecies<Float> FLOATS =
            VectorSpecies.of(float.class, VectorShape.forBitSize(DOUBLES.vectorBitSize() / 2));
    private static final int LANES = DOUBLES.length();

    private VectorLosses() {
    }

    static void binomial(double[] y, double[] w, double[] raw, float[] g, float[] h, int from, int to) {
        int i = from;
        for (; i + LANES <= to; i += LANES) {
            DoubleVector z = DoubleVector.fromArray(DOUBLES, raw, i);
            DoubleVector yi = DoubleVector.fromArray(DOUBLES, y, i);
            VectorMask<Double> small = z.compare(VectorOperators.GT, BoostingLoss.Binomial.SMALL_RAW).not();
            DoubleVector e = VectorExp.exp(z.neg().blend(z, small));
            DoubleVector d = e.add(1.0);
            DoubleVector gradient = yi.neg().add(1.0).sub(yi.mul(e)).div(d).blend(e.sub(yi), small);
            DoubleVector hessian = e.div(d.mul(d)).blend(e, small);
            if (w != null) {
                DoubleVector wi = DoubleVector.fromArray(DOUBLES, w, i);
                gradient = gradient.mul(wi);
                hessian = hessian.mul(wi);
            }
            store(gradient, g, i);
            store(hessian, h, i);
        }
        BoostingLoss.Binomial.scalar(y, w, raw, g, h, i, to);
    }

    static void multinomial(int classes, double[] y, double[] w, double[][] raw, float[][] g, float[][] h,
            int from, int to) {
        // each class's exponentials kept in an array, not in an array of vectors, whose elements C2 would allocate
        double[] p = new double[classes * LANES];
        int i = from;
        for (; i + LANES <= to; i += LANES) {
            DoubleVector max = DoubleVector.fromArray(DOUBLES, raw[0], i);
            for (int k = 1; k < classes; k++) {
                DoubleVector r = DoubleVector.fromArray(DOUBLES, raw[k], i);
                max = max.blend(r, max.compare(VectorOperators.LT, r));
            }
            DoubleVector sum = DoubleVector.zero(DOUBLES);
            for (int k = 0; k < classes; k++) {
                DoubleVector e = VectorExp.exp(DoubleVector.fromArray(DOUBLES, raw[k], i).sub(max));
                e.intoArray(p, k * LANES);
                sum = sum.add(e);
            }
            DoubleVector yi = DoubleVector.fromArray(DOUBLES, y, i);
            DoubleVector wi = w == null ? null : DoubleVector.fromArray(DOUBLES, w, i);
            for (int k = 0; k < classes; k++) {
                DoubleVector pk = DoubleVector.fromArray(DOUBLES, p, k * LANES).div(sum);
                DoubleVector isClass = DoubleVector.zero(DOUBLES).blend(1.0, yi.compare(VectorOperators.EQ, k));
                DoubleVector gradient = pk.sub(isClass);
                DoubleVector hessian = pk.mul(pk.neg().add(1.0));
                if (wi != null) {
                    gradient = gradient.mul(wi);
                    hessian = hessian.mul(wi);
                }
                store(gradient, g[k], i);
                store(hessian, h[k], i);
            }
        }
        BoostingLoss.Multinomial.scalar(classes, y, w, raw, g, h, i, to);
    }

    /** The lanes rounded to float32, stored at {@code out[i..]}. */
    private static void store(DoubleVector v, float[] out, int i) {
        ((FloatVector) v.convertShape(VectorOperators.D2F, FLOATS, 0)).intoArray(out, i);
    }
}
