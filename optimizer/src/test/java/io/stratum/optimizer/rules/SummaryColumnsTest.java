package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.EMPLOYEES;
import static io.stratum.optimizer.PlanBuilder.call;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.kw;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.pos;
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.PlanBuilder.strs;
import static io.stratum.optimizer.PlanBuilder.var;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * {@code df.dropna().describe().round(2)} and the like: the summary's methods need the columns of the frame below it,
 * which the bind batch's later rules know only once they have bound that frame's own calls (dropna, fillna, drop,
 * rename): the relational rule, which runs first, reads them from a bound copy.
 */
class SummaryColumnsTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));

    @Test
    void roundOfTheDescriptionOfAFrameWhoseCallsAreNotBoundYetNamesItsNumericColumns() {
        LogicalNode frame = call(call(DATA, "dropna"), "drop", kw("columns", strs("gender")));
        RuleTester.checkGolden(CoreRules.BIND_RELATIONAL_METHODS, EMPLOYEES,
                call(call(frame, "describe"), "round", pos(num(2L))), "summary_round_of_unbound_frame");
    }

    @Test
    void aGroupedMeanOfARenamedFrameIsRoundedByItsValueColumns() {
        LogicalNode frame = call(DATA, "rename", kw("columns", new io.stratum.ir.logical.Value(
                new io.stratum.ir.value.Const.DictConst(java.util.List.of(io.stratum.ir.value.Const.of("rating")),
                        java.util.List.of(io.stratum.ir.value.Const.of("score"))), io.stratum.optimizer.PlanBuilder.AT)));
        frame = call(frame, "drop", kw("columns", strs("gender")));
        RuleTester.checkGolden(CoreRules.BIND_RELATIONAL_METHODS, EMPLOYEES,
                call(call(call(frame, "groupby", pos(str("dept"))), "mean"), "round", pos(num(1L))),
                "grouped_round_of_unbound_frame");
    }

    @Test
    void withoutTheSourcesColumnsTheRoundIsStillRefusedAtItsLine() {
        LogicalNode frame = call(DATA, "dropna");
        StratumError e = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_RELATIONAL_METHODS,
                call(call(frame, "describe"), "round", pos(num(2L)))));
        assertTrue(e.getMessage().contains("needs the names of its columns"), e.getMessage());
    }
}
