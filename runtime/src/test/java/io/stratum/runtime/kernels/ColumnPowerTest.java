package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.kernels.frame.ArithmeticOp;
import io.stratum.runtime.kernels.frame.ColumnArithmetic;
import io.stratum.runtime.kernels.frame.Scalar;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A column to the exponents numpy computes exactly (2, -1, 0.5, 1, 0, written as ints or floats), against
 * {@code power_scalar_exponents.csv}, to the bit: numpy's square, reciprocal and square root, not C's or Java's pow.
 */
class ColumnPowerTest {
    private record Case(String dtype, String exponent, List<String> inputs, List<String> outputs, String outputDtype) {
    }

    @Test
    void matchesNumpysExactPowersToTheBit() {
        Map<String, Case> cases = new LinkedHashMap<>();
        for (Map<String, String> r : Reference.rows("power_scalar_exponents.csv")) {
            cases.computeIfAbsent(r.get("input_dtype") + " ** " + r.get("exponent"), k -> new Case(r.get("input_dtype"),
                    r.get("exponent"), new ArrayList<>(), new ArrayList<>(), r.get("output_dtype")));
            Case c = cases.get(r.get("input_dtype") + " ** " + r.get("exponent"));
            c.inputs().add(r.get("input"));
            c.outputs().add(r.get("output"));
        }
        assertEquals(17, cases.size(), "9 exponents on float64, 8 on int64");
        List<String> failures = new ArrayList<>();
        try (MemoryContext ctx = MemoryContext.open()) {
            for (Map.Entry<String, Case> e : cases.entrySet()) {
                Case c = e.getValue();
                int n = c.inputs().size();
                Column base;
                if (c.dtype().equals("int64")) {
                    long[] v = new long[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = Long.parseLong(c.inputs().get(i));
                    }
                    base = Int64Column.of(ctx, "n", v);
                } else {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = Reference.number(c.inputs().get(i));
                    }
                    base = Float64Column.of(ctx, "x", v);
                }
                Scalar exponent = c.exponent().contains(".") ? Scalar.of(Double.parseDouble(c.exponent()))
                        : Scalar.of(Long.parseLong(c.exponent()));
                Column out = ColumnArithmetic.binary(ctx, ArithmeticOp.POW, base, exponent);
                if (!out.dtypeName().equals(c.outputDtype())) {
                    failures.add(e.getKey() + ": dtype " + out.dtypeName() + ", pandas " + c.outputDtype());
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    String expected = c.outputs().get(i);
                    boolean same = out.dtypeName().equals("int64") ? expected.equals(out.format(i))
                            : Double.doubleToLongBits(Reference.number(expected)) == Double.doubleToLongBits(out.toDoubleArray()[i]);
                    if (!same) {
                        failures.add(e.getKey() + " of " + c.inputs().get(i) + ": pandas " + expected + ", Stratum "
                                + (out.dtypeName().equals("int64") ? out.format(i) : Double.toString(out.toDoubleArray()[i])));
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " differences:\n" + String.join("\n", failures));
    }
}
