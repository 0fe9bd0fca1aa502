package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.bin;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.RuleTester.check;
import static io.stratum.optimizer.RuleTester.checkUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Call;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.optimizer.RuleTester;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Before/after plans for the numpy binding and the numeric, constant and selection simplifications. */
class NumericRulesTest {
    private static final LogicalNode DATA = csv("weather.csv");

    private static Numeric np(NumericFunction f, LogicalNode operand) {
        return new Numeric(f, operand, AT);
    }

    private static LogicalNode plan(LogicalNode node) {
        // The driver refuses to change the root's operator, so rules are shown below a mark_as_y.
        return markY(node);
    }

    @Test
    void numpyCallsBindToNumericNodes() {
        check(CoreRules.BIND_NUMPY_CALLS, plan(new Call("numpy.log1p", List.of(Arg.positional(col(DATA, "wind"))), AT)), """
                MarkY
                  Call function='numpy.log1p', args=[None]
                    arg0: GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value='wind'
                """, """
                MarkY
                  Numeric function='log1p'
                    GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value='wind'
                """);
    }

    @Test
    void unknownNumpyFunctionIsALocatedErrorWithTheNearestName() {
        StratumError e = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_NUMPY_CALLS,
                plan(new Call("numpy.log2p", List.of(Arg.positional(col(DATA, "wind"))), AT))));
        assertEquals(AT, e.origin());
        assertTrue(e.getMessage().contains("numpy.log2p"), e.getMessage());
        assertTrue(String.valueOf(e.hint()).contains("np.log1p"), String.valueOf(e.hint()));
    }

    @Test
    void otherCallsAreNotNumpyCalls() {
        checkUnchanged(CoreRules.BIND_NUMPY_CALLS, plan(new Call("pandas.concat", List.of(Arg.positional(DATA)), AT)), """
                MarkY
                  Call function='pandas.concat', args=[None]
                    arg0: ReadCsv path='weather.csv'
                """);
    }

    @Test
    void constantArithmeticFolds() {
        check(CoreRules.FOLD_CONSTANTS, plan(bin(BinaryOperator.ADD, col(DATA, "wind"),
                bin(BinaryOperator.MUL, num(2.5), num(4L)))), """
                MarkY
                  BinOp op='+'
                    GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value='wind'
                    BinOp op='*'
                      Value value=2.5
                      Value value=4
                """, """
                MarkY
                  BinOp op='+'
                    GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value='wind'
                    Value value=10.0
                """);
    }

    @Test
    void numpyOfAConstantFoldsWithNumpysTypes() {
        check(CoreRules.FOLD_CONSTANTS, plan(bin(BinaryOperator.MUL, col(DATA, "wind"),
                bin(BinaryOperator.ADD, np(NumericFunction.SQUARE, num(-3L)), np(NumericFunction.LOG, num(1L))))), """
                MarkY
                  BinOp op='*'
                    GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value='wind'
                    BinOp op='+'
                      Numeric function='square'
                        Value value=-3
                      Numeric function='log'
                        Value value=1
                """, """
                MarkY
                  BinOp op='*'
                    GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value='wind'
                    Value value=9.0
                """);
    }

    @Test
    void constantsWherePythonRaisesOrOverflowsStay() {
        for (LogicalNode raising : List.of(bin(BinaryOperator.TRUEDIV, num(1L), num(0L)),
                bin(BinaryOperator.FLOORDIV, num(1.0), num(0.0)), bin(BinaryOperator.MUL, num(Long.MAX_VALUE), num(2L)),
                bin(BinaryOperator.POW, num(10.0), num(400.0)), bin(BinaryOperator.POW, num(-8.0), num(0.5)),
                bin(BinaryOperator.POW, num(0.0), num(-1L)), bin(BinaryOperator.ADD, str("a"), num(1L)))) {
            RuleTester.run(CoreRules.FOLD_CONSTANTS, plan(raising)).trace().firings()
                    .forEach(f -> { throw new AssertionError("folded " + raising + ": " + f); });
        }
        checkUnchanged(CoreRules.FOLD_CONSTANTS, plan(bin(BinaryOperator.MOD, num(7L), num(0L))), """
                MarkY
                  BinOp op='%'
                    Value value=7
                    Value value=0
                """);
    }

    @Test
    void foldedIntegersFollowPython() {
        assertEquals("Value value=-4", folded(bin(BinaryOperator.FLOORDIV, num(-7L), num(2L))));
        assertEquals("Value value=1", folded(bin(BinaryOperator.MOD, num(-7L), num(2L))));
        assertEquals("Value value=-3.5", folded(bin(BinaryOperator.TRUEDIV, num(-7L), num(2L))));
        assertEquals("Value value=-1", folded(bin(BinaryOperator.POW, num(-1L), num(1_000_001L))));
        assertEquals("Value value=0.25", folded(bin(BinaryOperator.POW, num(2L), num(-2L))));
        assertEquals("Value value=1.0", folded(bin(BinaryOperator.POW, num(-1.0), num(Double.POSITIVE_INFINITY))));
    }

    private static String folded(LogicalNode expr) {
        LogicalNode out = RuleTester.run(CoreRules.FOLD_CONSTANTS, plan(expr)).plan();
        return io.stratum.ir.explain.ExplainWriter.explain(out.inputs().getFirst()).strip();
    }

    @Test
    void sqrtOfSquareBecomesFabs() {
        for (LogicalNode square : List.of(bin(BinaryOperator.POW, col(DATA, "wind"), num(2L)),
                bin(BinaryOperator.POW, col(DATA, "wind"), num(2.0)), np(NumericFunction.SQUARE, col(DATA, "wind")),
                bin(BinaryOperator.MUL, col(DATA, "wind"), col(DATA, "wind")))) {
            LogicalNode out = RuleTester.run(CoreRules.REWRITE_SQRT_OF_SQUARE, plan(np(NumericFunction.SQRT, square))).plan();
            assertEquals(plan(np(NumericFunction.FABS, col(DATA, "wind"))), out, "sqrt of " + square);
        }
        check(CoreRules.REWRITE_SQRT_OF_SQUARE, plan(np(NumericFunction.SQRT, bin(BinaryOperator.POW, col(DATA, "wind"), num(2L)))), """
                MarkY
                  Numeric function='sqrt'
                    BinOp op='**'
                      GetItem
                        of: ReadCsv path='weather.csv'
                        key: Value value='wind'
                      Value value=2
                """, """
                MarkY
                  Numeric function='fabs'
                    GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value='wind'
                """);
    }

    @Test
    void sqrtOfOtherPowersAndProductsStays() {
        checkUnchanged(CoreRules.REWRITE_SQRT_OF_SQUARE, plan(np(NumericFunction.SQRT,
                bin(BinaryOperator.MUL, col(DATA, "wind"), col(DATA, "temp_min")))), """
                MarkY
                  Numeric function='sqrt'
                    BinOp op='*'
                      GetItem
                        of: [#1] ReadCsv path='weather.csv'
                        key: Value value='wind'
                      GetItem
                        of: [#1] ↑ ReadCsv
                        key: Value value='temp_min'
                """);
        checkUnchanged(CoreRules.REWRITE_SQRT_OF_SQUARE, plan(np(NumericFunction.SQRT,
                bin(BinaryOperator.POW, col(DATA, "wind"), num(3L)))), """
                MarkY
                  Numeric function='sqrt'
                    BinOp op='**'
                      GetItem
                        of: ReadCsv path='weather.csv'
                        key: Value value='wind'
                      Value value=3
                """);
    }

    /**
     * The policy of {@link RewriteSqrtOfSquare}: sqrt(x*x) equals |x| bit for bit while x*x neither overflows nor
     * goes subnormal, and int64 values agree while the square fits.
     */
    @Test
    void sqrtOfSquareEqualsFabsBitForBitInsideTheDocumentedRange() {
        Random random = new Random(4);
        for (int i = 0; i < 1_000_000; i++) {
            // Uniform over exponents in [-511, 511] and over mantissas.
            double x = Math.scalb(1.0 + random.nextDouble(), random.nextInt(1022) - 511) * (random.nextBoolean() ? 1 : -1);
            double viaSquare = NumericFunction.SQRT.apply(NumericFunction.SQUARE.apply(x));
            if (Double.doubleToRawLongBits(viaSquare) != Double.doubleToRawLongBits(NumericFunction.FABS.apply(x))) {
                throw new AssertionError("sqrt(x*x) != |x| for x = " + x);
            }
        }
        for (int i = 0; i < 200_000; i++) {
            long n = random.nextLong(-3037000499L, 3037000500L);
            double viaSquare = NumericFunction.SQRT.apply((double) NumericFunction.SQUARE.applyInteger(n));
            assertEquals(NumericFunction.FABS.apply((double) n), viaSquare, "int64 " + n);
        }
        // Outside the range numpy's answer degrades and the rewrite's does not; the policy says so.
        assertEquals(Double.POSITIVE_INFINITY, NumericFunction.SQRT.apply(NumericFunction.SQUARE.apply(1e200)));
        assertEquals(0.0, NumericFunction.SQRT.apply(NumericFunction.SQUARE.apply(1e-170)));
    }

    @Test
    void identityArithmeticOnProvenFloatColumnsIsRemoved() {
        LogicalNode logWind = np(NumericFunction.LOG, col(DATA, "wind"));
        check(CoreRules.ELIMINATE_IDENTITY_ARITHMETIC, plan(bin(BinaryOperator.MUL, logWind, num(1L))), """
                MarkY
                  BinOp op='*'
                    Numeric function='log'
                      GetItem
                        of: ReadCsv path='weather.csv'
                        key: Value value='wind'
                    Value value=1
                """, """
                MarkY
                  Numeric function='log'
                    GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value='wind'
                """);
        for (LogicalNode identity : List.of(bin(BinaryOperator.MUL, num(1.0), logWind),
                bin(BinaryOperator.TRUEDIV, logWind, num(1L)), bin(BinaryOperator.POW, logWind, num(1.0)),
                bin(BinaryOperator.SUB, logWind, num(0L)), bin(BinaryOperator.ADD, logWind, num(0.0)),
                bin(BinaryOperator.ADD, num(0L), logWind))) {
            assertEquals(plan(logWind), RuleTester.run(CoreRules.ELIMINATE_IDENTITY_ARITHMETIC, plan(identity)).plan(),
                    identity.toString());
        }
    }

    @Test
    void identityArithmeticStaysWhenTheDtypeOrTheSignOfZeroCouldChange() {
        // An int64 column times 1.0 is float64, a bool column times 1 is int64: a column read proves nothing.
        checkUnchanged(CoreRules.ELIMINATE_IDENTITY_ARITHMETIC, plan(bin(BinaryOperator.MUL, col(DATA, "wind"), num(1.0))), """
                MarkY
                  BinOp op='*'
                    GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value='wind'
                    Value value=1.0
                """);
        // sqrt(-0.0) is -0.0, and -0.0 + 0 is +0.0.
        LogicalNode sqrtWind = np(NumericFunction.SQRT, col(DATA, "wind"));
        checkUnchanged(CoreRules.ELIMINATE_IDENTITY_ARITHMETIC, plan(bin(BinaryOperator.ADD, sqrtWind, num(0L))), """
                MarkY
                  BinOp op='+'
                    Numeric function='sqrt'
                      GetItem
                        of: ReadCsv path='weather.csv'
                        key: Value value='wind'
                    Value value=0
                """);
        // x - (-0.0) is x + 0.0.
        assertTrue(RuleTester.run(CoreRules.ELIMINATE_IDENTITY_ARITHMETIC,
                plan(bin(BinaryOperator.SUB, sqrtWind, num(-0.0)))).trace().firings().isEmpty());
        // square keeps int64: square(int column) * 1.0 would change the dtype.
        assertTrue(RuleTester.run(CoreRules.ELIMINATE_IDENTITY_ARITHMETIC,
                plan(bin(BinaryOperator.MUL, np(NumericFunction.SQUARE, col(DATA, "n")), num(1.0)))).trace().firings().isEmpty());
    }

    @Test
    void inverseFunctionsAreNotEliminatedByDefaultBecauseNoPairIsExact() {
        LogicalNode expLog = plan(np(NumericFunction.EXP, np(NumericFunction.LOG, col(DATA, "wind"))));
        checkUnchanged(new EliminateInverseFunctions(EliminateInverseFunctions.Config.DEFAULT), expLog, """
                MarkY
                  Numeric function='exp'
                    Numeric function='log'
                      GetItem
                        of: ReadCsv path='weather.csv'
                        key: Value value='wind'
                """);
        assertTrue(CoreRules.SIMPLIFY_BATCH.rules().stream().noneMatch(r -> r.name().equals("eliminate_inverse_functions")));
        // Why: each pair differs from its input somewhere numpy can reach.
        assertTrue(Double.isNaN(NumericFunction.EXP.apply(NumericFunction.LOG.apply(-1.0))));
        assertEquals(0.0, NumericFunction.LOG.apply(NumericFunction.EXP.apply(1e-20)));
        assertEquals(Double.POSITIVE_INFINITY, NumericFunction.LOG.apply(NumericFunction.EXP.apply(710.0)));
        assertTrue(NumericFunction.EXP.apply(NumericFunction.LOG.apply(1e300)) != 1e300);
        assertTrue(Double.isNaN(NumericFunction.EXPM1.apply(NumericFunction.LOG1P.apply(-2.0))));
    }

    @Test
    void inverseFunctionsAreEliminatedWhenTheCallerAcceptsRounding() {
        check(CoreRules.ELIMINATE_INVERSE_FUNCTIONS, plan(np(NumericFunction.LOG1P, np(NumericFunction.EXPM1, col(DATA, "wind")))), """
                MarkY
                  Numeric function='log1p'
                    Numeric function='expm1'
                      GetItem
                        of: ReadCsv path='weather.csv'
                        key: Value value='wind'
                """, """
                MarkY
                  GetItem
                    of: ReadCsv path='weather.csv'
                    key: Value value='wind'
                """);
        checkUnchanged(CoreRules.ELIMINATE_INVERSE_FUNCTIONS, plan(np(NumericFunction.LOG, np(NumericFunction.EXPM1, col(DATA, "wind")))), """
                MarkY
                  Numeric function='log'
                    Numeric function='expm1'
                      GetItem
                        of: ReadCsv path='weather.csv'
                        key: Value value='wind'
                """);
    }

    /** The chain merges in one pass: the driver offers the outer node the already merged inner one. */
    @Test
    void selectionOfASelectionMerges() {
        LogicalNode abc = cols(new Assign(DATA, List.of("a", "b", "c"), List.of(num(1L), num(2L), num(3L)), AT), "a", "b", "c");
        LogicalNode out = RuleTester.run(CoreRules.MERGE_COLUMN_SELECTIONS, markX(cols(cols(DATA, "a", "b"), "b", "a"))).plan();
        assertTrue(RuleTester.run(CoreRules.MERGE_COLUMN_SELECTIONS, markX(cols(cols(DATA, "a", "b"), "b", "a")))
                .trace().firedRules().contains("merge_column_selections"), "same columns reordered: nothing unchecked");
        assertEquals(markX(cols(DATA, "b", "a")), out);
        check(CoreRules.MERGE_COLUMN_SELECTIONS, markX(cols(cols(abc, "a", "c"), "c")), """
                MarkX
                  GetItem
                    of: GetItem
                      of: GetItem
                        of: Assign names=['a', 'b', 'c']
                          frame: ReadCsv path='weather.csv'
                          a: Value value=1
                          b: Value value=2
                          c: Value value=3
                        key: Value value=['a', 'b', 'c']
                      key: Value value=['a', 'c']
                    key: Value value=['c']
                """, """
                MarkX
                  GetItem
                    of: Assign names=['a', 'b', 'c']
                      frame: ReadCsv path='weather.csv'
                      a: Value value=1
                      b: Value value=2
                      c: Value value=3
                    key: Value value=['c']
                """);
    }

    @Test
    void dropAfterSelectionBecomesOneSelection() {
        LogicalNode source = new Assign(DATA, List.of("a", "b"), List.of(num(1L), num(2L)), AT);
        check(CoreRules.MERGE_COLUMN_SELECTIONS, markX(new Drop(cols(source, "a", "b"), List.of("b"), AT)), """
                MarkX
                  Drop columns=['b']
                    GetItem
                      of: Assign names=['a', 'b']
                        frame: ReadCsv path='weather.csv'
                        a: Value value=1
                        b: Value value=2
                      key: Value value=['a', 'b']
                """, """
                MarkX
                  GetItem
                    of: Assign names=['a', 'b']
                      frame: ReadCsv path='weather.csv'
                      a: Value value=1
                      b: Value value=2
                    key: Value value=['a']
                """);
    }

    @Test
    void selectionsThatWouldHideAMissingColumnStay() {
        // pandas raises if 'zz' is not in the file; the merged df[['a']] would not check it.
        checkUnchanged(CoreRules.MERGE_COLUMN_SELECTIONS, markX(cols(cols(DATA, "a", "zz"), "a")), """
                MarkX
                  GetItem
                    of: GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value=['a', 'zz']
                    key: Value value=['a']
                """);
        // The outer selection names a column the inner one dropped: pandas raises, so does the plan.
        checkUnchanged(CoreRules.MERGE_COLUMN_SELECTIONS, markX(cols(cols(DATA, "a", "b"), "c")), """
                MarkX
                  GetItem
                    of: GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value=['a', 'b']
                    key: Value value=['c']
                """);
        checkUnchanged(CoreRules.MERGE_COLUMN_SELECTIONS, markX(new Drop(cols(DATA, "a", "b"), List.of("b"), AT)), """
                MarkX
                  Drop columns=['b']
                    GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value=['a', 'b']
                """);
    }

    @Test
    void readingTheColumnJustAssignedReadsItsExpression() {
        LogicalNode logWind = np(NumericFunction.LOG, col(DATA, "wind"));
        check(CoreRules.FOLD_ASSIGNED_COLUMN_READ, plan(col(new Assign(DATA, List.of("wind"), List.of(logWind), AT), "wind")), """
                MarkY
                  GetItem
                    of: Assign names=['wind']
                      frame: [#1] ReadCsv path='weather.csv'
                      wind: Numeric function='log'
                        GetItem
                          of: [#1] ↑ ReadCsv
                          key: Value value='wind'
                    key: Value value='wind'
                """, """
                MarkY
                  Numeric function='log'
                    GetItem
                      of: ReadCsv path='weather.csv'
                      key: Value value='wind'
                """);
    }

    @Test
    void assignedColumnReadStaysWhenNameOrOtherColumnsCouldDiffer() {
        LogicalNode logWind = np(NumericFunction.LOG, col(DATA, "wind"));
        // The computed column would be named 'wind', pandas names it 'l'.
        checkUnchanged(CoreRules.FOLD_ASSIGNED_COLUMN_READ, plan(col(new Assign(DATA, List.of("l"), List.of(logWind), AT), "l")), """
                MarkY
                  GetItem
                    of: Assign names=['l']
                      frame: [#1] ReadCsv path='weather.csv'
                      l: Numeric function='log'
                        GetItem
                          of: [#1] ↑ ReadCsv
                          key: Value value='wind'
                    key: Value value='l'
                """);
        // Another assigned column could raise ('zz' may not exist), and reading 'wind' alone would skip it.
        checkUnchanged(CoreRules.FOLD_ASSIGNED_COLUMN_READ, plan(col(new Assign(DATA, List.of("wind", "z"),
                List.of(logWind, col(DATA, "zz")), AT), "wind")), """
                MarkY
                  GetItem
                    of: Assign names=['wind', 'z']
                      frame: [#1] ReadCsv path='weather.csv'
                      wind: Numeric function='log'
                        GetItem
                          of: [#1] ↑ ReadCsv
                          key: Value value='wind'
                      z: GetItem
                        of: [#1] ↑ ReadCsv
                        key: Value value='zz'
                    key: Value value='wind'
                """);
    }

    @Test
    void simplifyBatchHasTheNewRulesAfterBinding() {
        List<String> names = CoreRules.SIMPLIFY_BATCH.rules().stream().map(r -> r.name()).toList();
        assertTrue(names.containsAll(List.of("fold_constants", "eliminate_identity_arithmetic", "rewrite_sqrt_of_square",
                "merge_column_selections", "fold_assigned_column_read")), names.toString());
        assertTrue(CoreRules.BIND_BATCH.rules().contains(CoreRules.BIND_NUMPY_CALLS));
        assertEquals(List.of("bind"), CoreRules.SIMPLIFY_BATCH.requires());
    }
}
