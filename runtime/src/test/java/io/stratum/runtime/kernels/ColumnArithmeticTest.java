package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.frame.ArithmeticOp;
import io.stratum.runtime.kernels.frame.ColumnArithmetic;
import io.stratum.runtime.kernels.frame.ComparisonOp;
import io.stratum.runtime.kernels.frame.Scalar;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operator on every operand pair of {@code arith_operands.csv}, against pandas' results. */
class ColumnArithmeticTest {

    private static Scalar literal(String spec) {
        String[] parts = spec.split(":", 2);
        return switch (parts[0]) {
            case "int" -> Scalar.of(Long.parseLong(parts[1]));
            case "float" -> Scalar.of(Double.parseDouble(parts[1]));
            case "str" -> Scalar.of(parts[1]);
            default -> throw new IllegalArgumentException(spec);
        };
    }

    private static Column apply(MemoryContext ctx, Table t, String left, String op, String right) {
        boolean leftScalar = left.contains(":");
        boolean rightScalar = right.contains(":");
        if (op.equals("neg")) {
            return ColumnArithmetic.negate(ctx, t.column(right));
        }
        boolean comparison = List.of("==", "!=", "<", "<=", ">", ">=").contains(op);
        if (comparison) {
            ComparisonOp c = ComparisonOp.fromSymbol(op);
            if (leftScalar) {
                return ColumnArithmetic.compare(ctx, c, literal(left), t.column(right));
            }
            return rightScalar ? ColumnArithmetic.compare(ctx, c, t.column(left), literal(right))
                    : ColumnArithmetic.compare(ctx, c, t.column(left), t.column(right));
        }
        ArithmeticOp a = ArithmeticOp.fromSymbol(op);
        if (leftScalar) {
            return ColumnArithmetic.binary(ctx, a, literal(left), t.column(right));
        }
        return rightScalar ? ColumnArithmetic.binary(ctx, a, t.column(left), literal(right))
                : ColumnArithmetic.binary(ctx, a, t.column(left), t.column(right));
    }

    @Test
    void matchesPandas() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = CsvReader.read(ctx, Reference.input("arith_operands.csv"));
            for (Map<String, String> r : Reference.rows("arithmetic.csv")) {
                String what = r.get("left") + " " + r.get("op") + " " + r.get("right");
                checked++;
                if (r.get("dtype").equals("error")) {
                    try {
                        apply(ctx, t, r.get("left"), r.get("op"), r.get("right"));
                        failures.add(what + ": pandas raises " + r.get("values") + " but we returned a column");
                    } catch (DataException expected) {
                        // pandas raises too
                    }
                    continue;
                }
                Column c;
                try {
                    c = apply(ctx, t, r.get("left"), r.get("op"), r.get("right"));
                } catch (DataException e) {
                    failures.add(what + ": pandas gives " + r.get("dtype") + " but we failed: " + e.getMessage());
                    continue;
                }
                if (!c.dtypeName().equals(r.get("dtype"))) {
                    failures.add(what + ": dtype " + c.dtypeName() + ", pandas " + r.get("dtype"));
                    continue;
                }
                List<String> expected = Reference.words(r.get("values"));
                for (int i = 0; i < expected.size(); i++) {
                    String e = expected.get(i);
                    boolean ok;
                    if (e.equals("nan")) {
                        ok = c.isMissing(i);
                    } else if (c.dtypeName().equals("float64")) {
                        double ev = Reference.number(e);
                        double av = c.toDoubleArray()[i];
                        if (Double.isInfinite(ev)) {
                            ok = ev == av;
                        } else if (ev == 0.0) {
                            ok = Double.compare(ev, av) == 0; // the sign of zero matters: pandas prints -0.0
                        } else {
                            ok = Math.abs(ev - av) <= Reference.RTOL * Math.abs(ev);
                        }
                    } else {
                        ok = e.equals(c.format(i));
                    }
                    if (!ok) {
                        failures.add(what + " row " + i + ": expected " + e + " got " + c.format(i));
                    }
                }
            }
        }
        assertTrue(checked > 200, "fixture too small: " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " mismatches:\n" + String.join("\n", failures));
    }

    @Test
    void resultsAreNamedAfterTheColumnOperand() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = CsvReader.read(ctx, Reference.input("arith_operands.csv"));
            assertEquals("i2", ColumnArithmetic.binary(ctx, ArithmeticOp.SUB, Scalar.of(1L), t.column("i2")).name());
            assertEquals("i1", ColumnArithmetic.binary(ctx, ArithmeticOp.ADD, t.column("i1"), t.column("i2")).name());
            DataException e = assertThrows(DataException.class,
                    () -> ColumnArithmetic.binary(ctx, ArithmeticOp.SUB, t.column("s1"), t.column("i1")));
            assertTrue(e.getMessage().contains("'str' and 'int'"), e.getMessage());
        }
    }
}
