package io.stratum.runtime.kernels.relational;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.frame.ColumnArithmetic;
import io.stratum.runtime.kernels.frame.ComparisonOp;
import io.stratum.runtime.kernels.frame.Scalar;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass mask of comparisons combined by {@code & | ^} against the same expression evaluated one operator at a
 * time (each comparison a column, then {@link MaskLogic}): every operator, int and float constants (NaN included),
 * missing values and NaN in the columns, lengths around word and chunk boundaries, nested expressions, and the cases
 * the kernel leaves to that path.
 */
class PredicateMaskTest {

    @Test
    void everyComparisonAndCombinationMatchesOperatorAtATime() {
        Random random = new Random(12);
        Scalar[] constants = {new Scalar.IntScalar(3), new Scalar.IntScalar(-10), new Scalar.FloatScalar(2.5),
            new Scalar.FloatScalar(Double.NaN)};
        try (MemoryContext ctx = MemoryContext.open()) {
            for (int n : new int[] {0, 1, 63, 64, 65, 1000, 65_536 + 70, 3 * 65_536}) {
                Column[] columns = columns(ctx, random, n);
                for (ComparisonOp op : ComparisonOp.values()) {
                    for (Scalar s : constants) {
                        for (Column c : columns) {
                            PredicateMask.Compare leaf = new PredicateMask.Compare(c, op, s);
                            BoolColumn fused = PredicateMask.tryEvaluate(ctx, leaf);
                            assertArrayEquals(words(oneByOne(ctx, leaf)), fused.words(), n + " " + c.name() + " " + op + " " + s);
                            assertEquals(c.name(), fused.name());
                            assertEquals(0, fused.nullCount());
                        }
                    }
                }
                for (int k = 0; k < 40; k++) {
                    PredicateMask.Predicate p = randomPredicate(random, columns, constants, 3);
                    assertArrayEquals(words(oneByOne(ctx, p)), PredicateMask.tryEvaluate(ctx, p).words(), n + " " + p);
                }
            }
        }
    }

    @Test
    void keepsNoRowOrEveryRow() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Column a = Int64Column.of(ctx, "a", new long[] {1, 2, 3, 4, 5});
            Column b = Float64Column.of(ctx, "b", new double[] {0.5, Double.NaN, 1.5, 2.5, 3.5});
            PredicateMask.Predicate none = new PredicateMask.Combine(MaskLogic.Op.AND,
                    new PredicateMask.Compare(a, ComparisonOp.GT, new Scalar.IntScalar(2)),
                    new PredicateMask.Compare(b, ComparisonOp.LT, new Scalar.FloatScalar(1.0)));
            assertArrayEquals(new long[] {0}, PredicateMask.tryEvaluate(ctx, none).words());
            PredicateMask.Predicate all = new PredicateMask.Combine(MaskLogic.Op.OR,
                    new PredicateMask.Compare(a, ComparisonOp.GE, new Scalar.IntScalar(1)),
                    new PredicateMask.Compare(b, ComparisonOp.NE, new Scalar.FloatScalar(0.5)));
            assertArrayEquals(new long[] {0b11111}, PredicateMask.tryEvaluate(ctx, all).words());
        }
    }

    @Test
    void leavesOtherColumnsAndConstantsToTheGeneralPath() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Column a = Int64Column.of(ctx, "a", new long[] {1, 2, 3});
            Column s = StringColumn.of(ctx, "s", new String[] {"x", "y", "z"});
            Column shorter = Int64Column.of(ctx, "c", new long[] {1, 2});
            PredicateMask.Compare ok = new PredicateMask.Compare(a, ComparisonOp.GT, new Scalar.IntScalar(1));
            assertNull(PredicateMask.tryEvaluate(ctx, new PredicateMask.Combine(MaskLogic.Op.AND, ok,
                    new PredicateMask.Compare(s, ComparisonOp.EQ, new Scalar.StringScalar("x")))));
            assertNull(PredicateMask.tryEvaluate(ctx, new PredicateMask.Compare(a, ComparisonOp.EQ,
                    new Scalar.BoolScalar(true))));
            assertNull(PredicateMask.tryEvaluate(ctx, new PredicateMask.Combine(MaskLogic.Op.OR, ok,
                    new PredicateMask.Compare(shorter, ComparisonOp.GT, new Scalar.IntScalar(1)))));
        }
    }

    /** int64 and float64 columns, each without and with missing values (float64 also with NaN). */
    private static Column[] columns(MemoryContext ctx, Random random, int n) {
        long[] longs = new long[n];
        double[] doubles = new double[n];
        boolean[] nulls = new boolean[n];
        for (int i = 0; i < n; i++) {
            longs[i] = random.nextInt(25) - 12;
            doubles[i] = random.nextInt(10) == 0 ? Double.NaN : (random.nextInt(25) - 12) / 2.0;
            nulls[i] = random.nextInt(7) == 0;
        }
        return new Column[] {Int64Column.of(ctx, "i", longs), Int64Column.of(ctx, "i_nulls", longs, nulls),
            Float64Column.of(ctx, "f", doubles), Float64Column.of(ctx, "f_nulls", doubles, nulls)};
    }

    private static PredicateMask.Predicate randomPredicate(Random random, Column[] columns, Scalar[] constants, int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return new PredicateMask.Compare(columns[random.nextInt(columns.length)],
                    ComparisonOp.values()[random.nextInt(ComparisonOp.values().length)],
                    constants[random.nextInt(constants.length)]);
        }
        return new PredicateMask.Combine(MaskLogic.Op.values()[random.nextInt(3)],
                randomPredicate(random, columns, constants, depth - 1), randomPredicate(random, columns, constants, depth - 1));
    }

    /** The expression the way the executor evaluated it before: a bool column per comparison, combined pairwise. */
    private static BoolColumn oneByOne(MemoryContext ctx, PredicateMask.Predicate p) {
        return switch (p) {
            case PredicateMask.Compare c -> ColumnArithmetic.compare(ctx, c.op(), c.column(), c.constant());
            case PredicateMask.Combine c -> MaskLogic.combine(ctx, c.op(), oneByOne(ctx, c.left()), oneByOne(ctx, c.right()));
        };
    }

    private static long[] words(BoolColumn mask) {
        assertEquals(0, mask.nullCount());
        return mask.words();
    }
}
