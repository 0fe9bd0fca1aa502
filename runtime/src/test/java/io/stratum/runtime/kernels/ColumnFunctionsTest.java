package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.logical.NumericFunction;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.frame.ColumnFunctions;
import io.stratum.runtime.kernels.frame.Scalar;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** numpy's element-wise functions on float64 and int64 columns, against {@code numeric_functions.csv}. */
class ColumnFunctionsTest {
    /**
     * numpy runs SIMD loops on CPUs that have them and libm elsewhere; both are within a few ulps of the true
     * value, as is fdlibm, so transcendental functions are compared within this many ulps. sqrt, square and abs
     * are correctly rounded everywhere and must match exactly. Measured with numpy 2.4 on AVX-512: 48 of the
     * 2,110 reference values differ by one ulp (log, log1p, exp, expm1, sin, cos), none by more.
     */
    private static final double MAX_ULPS = 2;

    private record Case(NumericFunction function, String inputDtype, List<String> inputs, List<String> outputs,
                        String outputDtype) {
    }

    private static List<Case> cases() {
        Map<NumericFunction, Case> floats = new EnumMap<>(NumericFunction.class);
        Map<NumericFunction, Case> ints = new EnumMap<>(NumericFunction.class);
        for (Map<String, String> r : Reference.rows("numeric_functions.csv")) {
            NumericFunction f = NumericFunction.byNumpyName(r.get("function"));
            Map<NumericFunction, Case> by = r.get("input_dtype").equals("int64") ? ints : floats;
            Case c = by.computeIfAbsent(f, k -> new Case(k, r.get("input_dtype"), new ArrayList<>(), new ArrayList<>(),
                    r.get("output_dtype")));
            c.inputs().add(r.get("input"));
            c.outputs().add(r.get("output"));
        }
        List<Case> out = new ArrayList<>(floats.values());
        out.addAll(ints.values());
        return out;
    }

    @Test
    void matchesNumpyOnPandasSeries() {
        List<Case> cases = cases();
        assertEquals(2 * NumericFunction.values().length, cases.size(), "every function on float64 and int64");
        List<String> failures = new ArrayList<>();
        double worstUlps = 0;
        try (MemoryContext ctx = MemoryContext.open()) {
            for (Case c : cases) {
                int n = c.inputs().size();
                Column input;
                if (c.inputDtype().equals("int64")) {
                    long[] v = new long[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = Long.parseLong(c.inputs().get(i));
                    }
                    input = Int64Column.of(ctx, "n", v);
                } else {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = Reference.number(c.inputs().get(i));
                    }
                    input = Float64Column.of(ctx, "x", v);
                }
                Column out = ColumnFunctions.apply(ctx, c.function(), input);
                String where = c.function().numpyName() + " on " + c.inputDtype();
                assertEquals(input.name(), out.name(), where + ": the name is kept");
                assertEquals(c.outputDtype().equals("int64") ? DataType.INT64 : DataType.FLOAT64, out.type(), where);
                boolean exact = switch (c.function()) {
                    case SQRT, SQUARE, ABS, FABS -> true;
                    default -> false;
                };
                for (int i = 0; i < n; i++) {
                    String expectedText = c.outputs().get(i);
                    if (out instanceof Int64Column l) {
                        if (l.getLong(i) != Long.parseLong(expectedText)) {
                            failures.add(where + "(" + c.inputs().get(i) + "): " + l.getLong(i) + " != " + expectedText);
                        }
                        continue;
                    }
                    double expected = Reference.number(expectedText);
                    double actual = ((Float64Column) out).getDouble(i);
                    double ulps = ulpsApart(actual, expected);
                    worstUlps = Math.max(worstUlps, ulps);
                    if (exact ? ulps != 0 : ulps > MAX_ULPS) {
                        failures.add(where + "(" + c.inputs().get(i) + "): " + actual + " vs numpy " + expected
                                + " (" + ulps + " ulps)");
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " mismatches, e.g. " + failures.subList(0, Math.min(10, failures.size())));
        assertTrue(worstUlps <= MAX_ULPS, "worst difference " + worstUlps + " ulps");
    }

    /** 0 for equal values (NaN equals NaN, signed zeros must agree), else the distance in units of the last place. */
    private static double ulpsApart(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (a == b) {
            return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(a - b) / Math.ulp(b);
    }

    @Test
    void domainEdgesFollowNumpyWithoutRaising() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Column x = Float64Column.of(ctx, "x", new double[] {0.0, -1.0, Double.NaN, 1000.0});
            Float64Column log = (Float64Column) ColumnFunctions.apply(ctx, NumericFunction.LOG, x);
            assertEquals(Double.NEGATIVE_INFINITY, log.getDouble(0));
            assertTrue(Double.isNaN(log.getDouble(1)), "log of a negative number is NaN");
            assertTrue(Double.isNaN(log.getDouble(2)), "NaN propagates");
            Float64Column exp = (Float64Column) ColumnFunctions.apply(ctx, NumericFunction.EXP, x);
            assertEquals(Double.POSITIVE_INFINITY, exp.getDouble(3), "exp overflows to inf");
            Float64Column sqrt = (Float64Column) ColumnFunctions.apply(ctx, NumericFunction.SQRT, x);
            assertTrue(Double.isNaN(sqrt.getDouble(1)));
        }
    }

    @Test
    void nullIntegersBecomeNanOrStayNull() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Column n = Int64Column.of(ctx, "n", new long[] {4, 0, -9}, new boolean[] {false, true, false});
            Float64Column sqrt = (Float64Column) ColumnFunctions.apply(ctx, NumericFunction.SQRT, n);
            assertEquals(2.0, sqrt.getDouble(0));
            assertTrue(Double.isNaN(sqrt.getDouble(1)), "a null int64 is NaN in a float result");
            Int64Column abs = (Int64Column) ColumnFunctions.apply(ctx, NumericFunction.ABS, n);
            assertTrue(abs.isNull(1));
            assertEquals(9, abs.getLong(2));
        }
    }

    @Test
    void booleansKeepTheirTypeUnderAbsAndStringsAreRefused() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Column b = BoolColumn.of(ctx, "flag", new boolean[] {true, false});
            assertSame(b, ColumnFunctions.apply(ctx, NumericFunction.SQUARE, b));
            DataException log = assertThrows(DataException.class, () -> ColumnFunctions.apply(ctx, NumericFunction.LOG, b));
            assertTrue(log.getMessage().contains("astype(float)"), log.getMessage());
            Column s = StringColumn.of(ctx, "city", new String[] {"a", "b"});
            DataException str = assertThrows(DataException.class, () -> ColumnFunctions.apply(ctx, NumericFunction.EXP, s));
            assertTrue(str.getMessage().contains("'city'"), str.getMessage());
        }
    }

    @Test
    void constantsUseTheSameFormulasAsColumns() {
        double[] xs = {0.3, -2.5, 7.0, 1e-12, 700.0};
        try (MemoryContext ctx = MemoryContext.open()) {
            Column x = Float64Column.of(ctx, "x", xs);
            for (NumericFunction f : NumericFunction.values()) {
                Float64Column col = (Float64Column) ColumnFunctions.apply(ctx, f, x);
                for (int i = 0; i < xs.length; i++) {
                    Scalar s = ColumnFunctions.apply(f, Scalar.of(xs[i]));
                    assertEquals(col.getDouble(i), ((Scalar.FloatScalar) s).value(), f + "(" + xs[i] + ")");
                    assertEquals(col.getDouble(i), f.apply(xs[i]), "the optimizer folds with the same formula");
                }
            }
        }
        assertEquals(Scalar.of(9L), ColumnFunctions.apply(NumericFunction.SQUARE, Scalar.of(-3L)));
        assertEquals(Scalar.of(Math.log(2.0)), ColumnFunctions.apply(NumericFunction.LOG, Scalar.of(2L)));
    }
}
