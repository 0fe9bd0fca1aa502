package io.stratum.runtime.kernels.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import org.junit.jupiter.api.Test;

/**
 * {@link Exp} against the C library's exp ({@code make_exp_reference.py}: scikit-learn's losses call it), and
 * {@link VectorExp}'s lanes against the scalar, bit for bit.
 */
class ExpTest {

    @Test
    void withinOneUlpOfTheCLibrarysExp() {
        List<Map<String, String>> rows = Reference.rows("exp_libm.csv");
        int differing = 0;
        for (Map<String, String> r : rows) {
            double x = Double.parseDouble(r.get("x"));
            double expected = Double.parseDouble(r.get("exp"));
            double actual = Exp.exp(x);
            if (actual != expected) {
                differing++;
                assertEquals(Math.ulp(expected), Math.abs(actual - expected), 0.0, "exp(" + x + ")");
            }
        }
        assertEquals(10_014, rows.size());
        // Measured: 443 of the 10,014 (4.4%) one ulp away, none further (Math.exp: 20 one ulp away). A coarser
        // polynomial or reduction would move more of them, or further.
        assertTrue(differing < rows.size() / 10, differing + " results differ from the C library's");
    }

    @Test
    void edges() {
        assertEquals(1.0, Exp.exp(0.0));
        assertEquals(1.0, Exp.exp(-0.0));
        assertEquals(Math.E, Exp.exp(1.0), Math.ulp(Math.E));
        assertEquals(0.0, Exp.exp(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, Exp.exp(Math.nextDown(Exp.FLUSH)));
        assertEquals(0.0, Exp.exp(-1e300));
        assertEquals(Math.exp(Exp.FLUSH), Exp.exp(Exp.FLUSH), Math.ulp(Math.exp(Exp.FLUSH)));
        assertTrue(Exp.exp(Exp.FLUSH) >= Double.MIN_NORMAL);
        assertEquals(Math.exp(709.78), Exp.exp(709.78), Math.ulp(Math.exp(709.78)));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(Math.nextUp(Exp.OVERFLOW)));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(Exp.exp(Double.NaN)));
    }

    @Test
    void everyLaneGivesTheScalarsBits() {
        assertTrue(DotProduct.VECTOR_API, "the tests must run with the Vector API module");
        SplittableRandom random = new SplittableRandom(11);
        double[] x = new double[4099];
        for (int i = 0; i < x.length; i++) {
            x[i] = switch (i % 4) {
                case 0 -> -random.nextExponential();
                case 1 -> random.nextDouble(-40, 40);
                case 2 -> random.nextDouble(-720, 720);
                default -> random.nextDouble(-1e-3, 1e-3);
            };
        }
        double[] special = {0.0, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Exp.FLUSH,
            Math.nextDown(Exp.FLUSH), Exp.OVERFLOW, Math.nextUp(Exp.OVERFLOW), 709.78, -707.99, 1e-300};
        System.arraycopy(special, 0, x, 0, special.length);
        for (VectorSpecies<Double> species : List.of(DoubleVector.SPECIES_128, DoubleVector.SPECIES_256,
                DoubleVector.SPECIES_512, DoubleVector.SPECIES_PREFERRED)) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i += species.length()) {
                VectorMask<Double> m = species.indexInRange(i, x.length);
                VectorExp.exp(DoubleVector.fromArray(species, x, i, m)).intoArray(y, i, m);
            }
            for (int i = 0; i < x.length; i++) {
                assertEquals(Double.doubleToRawLongBits(Exp.exp(x[i])), Double.doubleToRawLongBits(y[i]),
                        species + " exp(" + x[i] + ")");
            }
        }
    }
}
