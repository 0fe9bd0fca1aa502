package io.stratum.optimizer.metadata;

import static io.stratum.optimizer.PlanBuilder.AT;
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
