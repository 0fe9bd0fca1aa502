package io.stratum.optimizer.metadata;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.EMPLOYEES;
import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.num;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.logical.Reduce;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which columns of a bound plan hold the last digits of np.log1p and the like, and what ends them. */
class MachineDependentDigitsTest {
    private static final LogicalNode DATA = csv("/data/weather.csv");
    private static final Numeric LOG = new Numeric(NumericFunction.LOG1P, col(DATA, "temp"), AT);
    private static final Assign WITH_LOG = new Assign(DATA, List.of("l"), List.of(LOG), AT);

    private static String found(LogicalNode plan, List<String> written) {
        MachineDependentDigits.Found f = MachineDependentDigits.written(plan, written, StandardCatalog.get());
        return f == null ? null : f.column() + " " + f.step().written();
    }

    @Test
    void followsTheColumnThroughSelectionsDropsAndRenames() {
        assertEquals("l np.log1p", found(WITH_LOG, null));
        assertNull(found(WITH_LOG, List.of("temp", "wind")));
        assertNull(found(cols(WITH_LOG, "temp", "wind"), null));
        assertNull(found(new Drop(WITH_LOG, List.of("l"), AT), null));
        assertEquals("m np.log1p", found(new Rename(WITH_LOG, List.of("l"), List.of("m"), AT), null));
        assertNull(found(new Assign(WITH_LOG, List.of("l"), List.of(col(DATA, "wind")), AT), null));
        // sqrt is exact; exp, log, sin and cos are not
        assertNull(found(new Numeric(NumericFunction.SQRT, col(DATA, "temp"), AT), null));
        assertEquals("null np.cos", found(new Numeric(NumericFunction.COS, col(DATA, "temp"), AT), null));
    }

    @Test
    void roundingComparisonsAndCountsEndThem() {
        LogicalNode l = col(WITH_LOG, "l");
        assertNull(found(new ElementWise(l, new ElementOp.Round(4), List.of(), AT), null));
        assertNull(found(new BinOp(BinaryOperator.GT, l, num(3.0), AT), null));
        assertNull(found(new ElementWise(l, new ElementOp.Cast("int64"), List.of(), AT), null));
        assertNull(found(new Reduce(l, "count", Const.none(), AT), null));
        assertEquals("null np.log1p", found(new Reduce(new BinOp(BinaryOperator.MUL, l, num(2.0), AT), "mean",
                Const.none(), AT), null));
        assertEquals("null np.log1p", found(new ElementWise(l, new ElementOp.Cast("str"), List.of(), AT), null));
    }

    /**
     * numpy computes a float array to any power but 2, -1, 0.5, 1 and 0 with a pow whose last bit depends on the CPU
     * (Java's Math.pow differs from numpy's on 4.5-5.5% of values, measured); an int column to a non-negative int is
     * an exact int64.
     */
    @Test
    void powersOtherThanNumpysExactOnesMakeThem() {
        LogicalNode staff = csv("employees.csv");
        LogicalNode salary = col(staff, "salary");
        LogicalNode hired = col(staff, "year_first_hired");
        assertEquals("null ** 1.5", powerFound(new BinOp(BinaryOperator.POW, salary, num(1.5), AT)));
        assertEquals("null ** 3", powerFound(new BinOp(BinaryOperator.POW, salary, num(3L), AT)));
        assertEquals("null ** -0.5", powerFound(new BinOp(BinaryOperator.POW, salary, num(-0.5), AT)));
        for (Value exact : List.of(num(2L), num(2.0), num(0.5), num(-1L), num(-1.0), num(1L), num(0L))) {
            assertNull(powerFound(new BinOp(BinaryOperator.POW, salary, exact, AT)), exact.value().repr());
        }
        assertNull(powerFound(new BinOp(BinaryOperator.POW, hired, num(3L), AT)));
        assertEquals("null ** 3.0", powerFound(new BinOp(BinaryOperator.POW, hired, num(3.0), AT)));
        assertNull(powerFound(new BinOp(BinaryOperator.POW, num(2L), hired, AT)));
        assertEquals("null 2.0 **", powerFound(new BinOp(BinaryOperator.POW, num(2.0), hired, AT)));
        assertEquals("null **", powerFound(new BinOp(BinaryOperator.POW, salary, col(staff, "rating"), AT)));
        assertNull(powerFound(new BinOp(BinaryOperator.POW, hired, hired, AT)));
        Assign withPower = new Assign(staff, List.of("p"), List.of(new BinOp(BinaryOperator.POW, salary, num(1.5), AT)), AT);
        assertEquals("p ** 1.5", powerFound(withPower));
        assertNull(powerFound(new ElementWise(col(withPower, "p"), new ElementOp.Round(6), List.of(), AT)));
    }

    private static String powerFound(LogicalNode plan) {
        MachineDependentDigits.Found f = MachineDependentDigits.written(plan, null, StandardCatalog.get(), EMPLOYEES);
        return f == null ? null : f.column() + " " + f.step().written();
    }

    @Test
    void aLearnersPredictionsCarryARegressorsTargetNotItsFeatures() {
        LogicalNode features = markX(cols(WITH_LOG, "l", "wind"));
        assertNull(found(apply(features, est("HistGradientBoostingRegressor"), markY(col(DATA, "temp"))), null));
        assertEquals("null np.log1p", found(apply(markX(cols(DATA, "wind")), est("Ridge"), markY(col(WITH_LOG, "l"))), null));
        assertEquals("null FunctionTransformer(np.log1p)", found(apply(markX(cols(DATA, "wind")),
                est("FunctionTransformer", "func", new Value(NumericFunction.LOG1P.toConst(), AT)), null), null));
        assertEquals("null np.log1p", found(apply(features, est("StandardScaler"), null), null));
    }
}
