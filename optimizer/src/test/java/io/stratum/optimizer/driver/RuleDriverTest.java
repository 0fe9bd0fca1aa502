package io.stratum.optimizer.driver;

import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.bin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.PlanBuilder;
import io.stratum.optimizer.rules.CoreRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleDriverTest {
    private static final LogicalNode DATA = csv("employees.csv");

    /** A rule that never settles: it flips every constant 1 to 2 and back. */
    private static final Rule FLIP = new Rule() {
        public String name() {
            return "flip_constants";
        }

        public RuleResult apply(LogicalNode node, RuleContext ctx) {
            if (node instanceof Value v && v.value() instanceof Const.IntConst i) {
                return RuleResult.rewrittenTo(Value.of(Const.of(i.value() == 1 ? 2L : 1L)));
            }
            return RuleResult.unchanged();
        }
    };

    /** A broken rule: it replaces mark_as_X by its input, changing the root's operator. */
    private static final Rule UNWRAP_ROOT = new Rule() {
        public String name() {
            return "unwrap_mark_x";
        }

        public RuleResult apply(LogicalNode node, RuleContext ctx) {
            return node instanceof io.stratum.ir.logical.MarkX m ? RuleResult.rewrittenTo(m.input()) : RuleResult.unchanged();
        }
    };

    private static RuleDriver.Outcome run(List<Batch> batches, RuleDriver.Config config, LogicalNode plan) {
        return new RuleDriver(batches, config).run(plan, new RuleContext(StandardCatalog.get()));
    }

    @Test
    void fixpointThatDoesNotConvergeFails() {
        LogicalNode plan = markY(bin(BinaryOperator.ADD, col(DATA, "x"), num(1L)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                run(List.of(Batch.fixpoint("flip", 3, List.of(FLIP))), RuleDriver.Config.DEFAULT, plan));
        assertTrue(e.getMessage().contains("'flip' did not converge within 3 rounds"), e.getMessage());
        assertTrue(e.getMessage().contains("flip_constants"), e.getMessage());
    }

    @Test
    void nonConvergenceIsRecordedWhenNotFailing() {
        LogicalNode plan = markY(bin(BinaryOperator.ADD, col(DATA, "x"), num(1L)));
        RuleDriver.Outcome out = run(List.of(Batch.fixpoint("flip", 3, List.of(FLIP))),
                new RuleDriver.Config(false, true), plan);
        assertEquals(List.of("flip"), out.trace().unconverged());
        assertEquals(List.of("flip_constants", "flip_constants", "flip_constants"), out.trace().firedRules());
        // Three flips: 1 -> 2 -> 1 -> 2.
        assertEquals(Const.of(2L), ((Value) ((BinOp) out.plan().inputs().getFirst()).right()).value());
    }

    @Test
    void fixpointStopsWhenNothingFires() {
        LogicalNode plan = markX(new Drop(new Drop(new Drop(DATA, List.of("a"), PlanBuilder.AT), List.of("b"),
                PlanBuilder.AT), List.of(), PlanBuilder.AT));
        RuleDriver.Outcome out = run(List.of(Batch.fixpoint("simplify", 5,
                List.of(CoreRules.REMOVE_EMPTY_DROP, CoreRules.MERGE_DISJOINT_DROPS))), RuleDriver.Config.DEFAULT, plan);
        assertEquals(List.of("remove_empty_drop", "merge_disjoint_drops"), out.trace().firedRules());
        assertEquals("""
                MarkX
                  Drop columns=['a', 'b']
                    ReadCsv path='employees.csv'
                """, io.stratum.ir.explain.ExplainWriter.explain(out.plan()));
    }

    @Test
    void invariantViolationFailsNamingTheRule() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                run(List.of(Batch.once("broken", List.of(UNWRAP_ROOT))), RuleDriver.Config.DEFAULT, markX(DATA)));
        assertEquals("rule unwrap_mark_x broke a plan invariant: the root changed from MarkX to ReadCsv", e.getMessage());
    }

    @Test
    void cycleDetectionFindsNoCycleInASharedDag() {
        LogicalNode shared = col(DATA, "x");
        assertEquals(null, PlanInvariants.shapeViolation(bin(BinaryOperator.ADD, shared, shared)));
    }

    @Test
    void traceRecordsEachFiringWithThePlanAfterIt() {
        LogicalNode plan = markX(new Drop(new Drop(DATA, List.of(), PlanBuilder.AT), List.of("a"), PlanBuilder.AT));
        RuleDriver.Outcome out = run(List.of(
                Batch.once("first", List.of(CoreRules.MERGE_DISJOINT_DROPS, CoreRules.REMOVE_EMPTY_DROP))),
                RuleDriver.Config.DEFAULT, plan);
        assertEquals(List.of("merge_disjoint_drops"), out.trace().firedRules());
        assertEquals("""
                == first/merge_disjoint_drops (round 1, 1 rewrite)
                MarkX
                  Drop columns=['a']
                    ReadCsv path='employees.csv'
                """, out.trace().explainVerbose());
    }

    @Test
    void sharedNodeIsRewrittenOnceAndStaysShared() {
        List<LogicalNode> seen = new ArrayList<>();
        Rule counting = new Rule() {
            public String name() {
                return "count_drops";
            }

            public RuleResult apply(LogicalNode node, RuleContext ctx) {
                if (node instanceof Drop d && d.columns().isEmpty()) {
                    seen.add(node);
                    return RuleResult.rewrittenTo(d.input());
                }
                return RuleResult.unchanged();
            }
        };
        LogicalNode shared = col(new Drop(DATA, List.of(), PlanBuilder.AT), "x");
        LogicalNode plan = markY(bin(BinaryOperator.MUL, shared, shared));
        RuleDriver.Outcome out = run(List.of(Batch.once("b", List.of(counting))), RuleDriver.Config.DEFAULT, plan);
        assertEquals(1, seen.size(), "the shared drop must be offered to the rule once");
        BinOp mul = (BinOp) out.plan().inputs().getFirst();
        assertSame(mul.left(), mul.right(), "sharing must survive the rewrite");
        assertEquals(1, out.trace().firings().getFirst().rewrites());
    }

    @Test
    void batchThatRequiresBindingFailsWhenBindingHasNotRun() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                run(List.of(CoreRules.SHARE_BATCH), RuleDriver.Config.DEFAULT, markX(DATA)));
        assertEquals("batch 'share' must run after batch 'bind', which has not run", e.getMessage());
    }
}
