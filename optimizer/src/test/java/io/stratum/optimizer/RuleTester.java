package io.stratum.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.driver.Batch;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleDriver;
import io.stratum.optimizer.metadata.SourceStatistics;
import java.util.List;

/** Runs one rule through the driver and compares the plan text before and after (after Calcite's checkUnchanged). */
public final class RuleTester {
    private RuleTester() {
    }

    /** Asserts the plan reads {@code before}, the rule fires, and the plan then reads {@code after}; returns it. */
    public static LogicalNode check(Rule rule, LogicalNode plan, String before, String after) {
        assertEquals(before, ExplainWriter.explain(plan), "plan before " + rule.name());
        RuleDriver.Outcome out = run(rule, plan);
        assertEquals(after, ExplainWriter.explain(out.plan()), "plan after " + rule.name());
        assertTrue(out.trace().firedRules().contains(rule.name()), rule.name() + " should have fired");
        return out.plan();
    }

    /** Asserts the plan reads {@code text}, the rule does not fire, and the plan object is returned as is. */
    public static void checkUnchanged(Rule rule, LogicalNode plan, String text) {
        assertEquals(text, ExplainWriter.explain(plan), "plan before " + rule.name());
        RuleDriver.Outcome out = run(rule, plan);
        assertTrue(out.trace().firings().isEmpty(), rule.name() + " should not have fired: " + out.trace().firedRules());
        assertTrue(out.plan() == plan, "an unchanged plan must be the same object");
    }

    public static RuleDriver.Outcome run(Rule rule, LogicalNode plan) {
        return run(rule, plan, SourceStatistics.NONE);
    }

    public static RuleDriver.Outcome run(Rule rule, LogicalNode plan, SourceStatistics sources) {
        RuleDriver driver = new RuleDriver(List.of(Batch.once("test", List.of(rule))), RuleDriver.Config.DEFAULT);
        return driver.run(plan, new RuleContext(StandardCatalog.get(), sources));
    }

    /** Like {@link #check}, but the rule runs to a fixpoint, as in a fixpoint batch (for rules that fire round by round). */
    public static LogicalNode checkToFixpoint(Rule rule, LogicalNode plan, String before, String after) {
        assertEquals(before, ExplainWriter.explain(plan), "plan before " + rule.name());
        RuleDriver driver = new RuleDriver(List.of(Batch.fixpoint("test", 10, List.of(rule))), RuleDriver.Config.DEFAULT);
        RuleDriver.Outcome out = driver.run(plan, new RuleContext(StandardCatalog.get()));
        assertEquals(after, ExplainWriter.explain(out.plan()), "plan after " + rule.name());
        assertTrue(out.trace().firedRules().contains(rule.name()), rule.name() + " should have fired");
        return out.plan();
    }

    /** {@link #check} with the sources' statistics visible to the rule. */
    public static LogicalNode check(Rule rule, SourceStatistics sources, LogicalNode plan, String before, String after) {
        assertEquals(before, ExplainWriter.explain(plan), "plan before " + rule.name());
        RuleDriver.Outcome out = run(rule, plan, sources);
        assertEquals(after, ExplainWriter.explain(out.plan()), "plan after " + rule.name());
        assertTrue(out.trace().firedRules().contains(rule.name()), rule.name() + " should have fired");
        return out.plan();
    }

    /**
     * Like {@link #check}, but the expected plans before and after live in {@code golden/rules/NAME.txt}, which
     * {@code -Dgolden.update=true} rewrites (the test still fails when the rule does not fire).
     */
    public static LogicalNode checkGolden(Rule rule, SourceStatistics sources, LogicalNode plan, String name) {
        RuleDriver.Outcome out = run(rule, plan, sources);
        Golden.assertMatches("rules/" + name + ".txt", "-- before " + rule.name() + "\n" + ExplainWriter.explain(plan)
                + "-- after\n" + ExplainWriter.explain(out.plan()));
        assertTrue(out.trace().firedRules().contains(rule.name()), rule.name() + " should have fired");
        return out.plan();
    }

    /** {@link #checkUnchanged} with the sources' statistics visible to the rule. */
    public static void checkUnchanged(Rule rule, SourceStatistics sources, LogicalNode plan, String text) {
        assertEquals(text, ExplainWriter.explain(plan), "plan before " + rule.name());
        RuleDriver.Outcome out = run(rule, plan, sources);
        assertTrue(out.trace().firings().isEmpty(), rule.name() + " should not have fired: " + out.trace().firedRules());
        assertTrue(out.plan() == plan, "an unchanged plan must be the same object");
    }
}
