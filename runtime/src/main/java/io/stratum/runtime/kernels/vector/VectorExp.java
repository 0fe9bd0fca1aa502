package io.stratum.runtime.kernels.vector;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Exp#exp} on every lane of a vector, by the same operations in the same order, so each lane gives the scalar's
 * bits. Only loaded when the {@code jdk.incubator.vector} module is present ({@link DotProduct#VECTOR_API}).
 */
public final class VectorExp {
    private VectorExp() {
    }

    /** {@code e^x} lane by lane. */
    public static DoubleVector exp(DoubleVector x) {
        VectorSpecies<Double> species = x.species();
        DoubleVector t = x.lanewise(VectorOperators.FMA, Exp.LOG2_E, Exp.SHIFTER);
        DoubleVector n = t.sub(Exp.SHIFTER);
        DoubleVector r = n.lanewise(VectorOperators.FMA, -Exp.LN2_HIGH, x);
        r = n.lanewise(VectorOperators.FMA, -Exp.LN2_LOW, r);
        DoubleVector p = DoubleVector.broadcast(species, Exp.TAYLOR[13]);
        for (int k = 12; k >= 0; k--) {
            p = p.lanewise(VectorOperators.FMA, r, DoubleVector.broadcast(species, Exp.TAYLOR[k]));
        }
        LongVector bits = ((LongVector) t.reinterpretAsLongs()).sub(Exp.SHIFT_BIAS).lanewise(VectorOperators.LSHL, 52);
        DoubleVector y = p.mul(2.0).mul((DoubleVector) bits.reinterpretAsDoubles());
        y = y.blend(0.0, x.compare(VectorOperators.LT, Exp.FLUSH));
        return y.blend(Double.POSITIVE_INFINITY, x.compare(VectorOperators.GT, Exp.OVERFLOW));
    }
}
