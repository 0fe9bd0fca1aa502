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
 * exponential, so the results are the scalar loop's bits (the rows past the end are masked off, never computed
 * another way). Only loaded when the {@code jdk.incubator.vector} module is present.
 */
final class VectorLosses {
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** As many float lanes as {@link #DOUBLES} has: the gradients rounded to float32. */
    private static final VectorSpecies<Float> FLOATS =
            VectorSpecies.of(float.class, VectorShape.forBitSize(DOUBLES.vectorBitSize() / 2));

    private VectorLosses() {
    }

    static void binomial(double[] y, double[] w, double[] raw, float[] g, float[] h, int from, int to) {
        for (int i = from; i < to; i += DOUBLES.length()) {
            VectorMask<Double> m = DOUBLES.indexInRange(i, to);
            DoubleVector z = DoubleVector.fromArray(DOUBLES, raw, i, m);
            DoubleVector yi = DoubleVector.fromArray(DOUBLES, y, i, m);
            VectorMask<Double> small = z.compare(VectorOperators.GT, BoostingLoss.Binomial.SMALL_RAW).not();
            DoubleVector e = VectorExp.exp(z.neg().blend(z, small));
            DoubleVector d = e.add(1.0);
            DoubleVector gradient = yi.neg().add(1.0).sub(yi.mul(e)).div(d).blend(e.sub(yi), small);
            DoubleVector hessian = e.div(d.mul(d)).blend(e, small);
            if (w != null) {
                DoubleVector wi = DoubleVector.fromArray(DOUBLES, w, i, m);
                gradient = gradient.mul(wi);
                hessian = hessian.mul(wi);
            }
            store(gradient, g, i, to);
            store(hessian, h, i, to);
        }
    }

    static void multinomial(int classes, double[] y, double[] w, double[][] raw, float[][] g, float[][] h,
            int from, int to) {
        DoubleVector[] p = new DoubleVector[classes];
        for (int i = from; i < to; i += DOUBLES.length()) {
            VectorMask<Double> m = DOUBLES.indexInRange(i, to);
            DoubleVector max = DoubleVector.fromArray(DOUBLES, raw[0], i, m);
            for (int k = 1; k < classes; k++) {
                DoubleVector r = DoubleVector.fromArray(DOUBLES, raw[k], i, m);
                max = max.blend(r, max.compare(VectorOperators.LT, r));
            }
            DoubleVector sum = DoubleVector.zero(DOUBLES);
            for (int k = 0; k < classes; k++) {
                p[k] = VectorExp.exp(DoubleVector.fromArray(DOUBLES, raw[k], i, m).sub(max));
                sum = sum.add(p[k]);
            }
            DoubleVector yi = DoubleVector.fromArray(DOUBLES, y, i, m);
            DoubleVector wi = w == null ? null : DoubleVector.fromArray(DOUBLES, w, i, m);
            for (int k = 0; k < classes; k++) {
                DoubleVector pk = p[k].div(sum);
                DoubleVector isClass = DoubleVector.zero(DOUBLES).blend(1.0, yi.compare(VectorOperators.EQ, k));
                DoubleVector gradient = pk.sub(isClass);
                DoubleVector hessian = pk.mul(pk.neg().add(1.0));
                if (wi != null) {
                    gradient = gradient.mul(wi);
                    hessian = hessian.mul(wi);
                }
                store(gradient, g[k], i, to);
                store(hessian, h[k], i, to);
            }
        }
    }

    /** The lanes rounded to float32, stored at {@code out[i..]} up to {@code to}. */
    private static void store(DoubleVector v, float[] out, int i, int to) {
        ((FloatVector) v.convertShape(VectorOperators.D2F, FLOATS, 0)).intoArray(out, i, FLOATS.indexInRange(i, to));
    }
}
