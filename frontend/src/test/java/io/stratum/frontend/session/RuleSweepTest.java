package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.Golden;
import io.stratum.frontend.api.DataOp;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.driver.Batch;
import io.stratum.optimizer.driver.Rule;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleDriver;
import io.stratum.optimizer.rules.CoreRules;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every registered rule ({@link CoreRules}, the opt-in ones included) offered, alone, every example's plan as its
 * batch sees it — a bind rule the script's plan after the bind rules before it, the others the bound plan. Where a rule
 * does not fire the plan must come back as the same object with the same fingerprint; where it fires is listed in
 * {@code golden/rule_sweep.txt}, which says for each example which rules find their pattern in it. A rule that starts
 * rewriting a plan it should leave alone (a precondition loosened, a pattern matched too widely) changes that list
 * and fails the test; so does one that stops firing where its pattern is. Each listed firing was checked against
 * the example when the list was written (the reasons are in the golden file's comments).
 */
class RuleSweepTest {

    /** Every rule registered in {@link CoreRules}, in declaration order. */
    static List<Rule> registeredRules() throws IllegalAccessException {
        List<Rule> rules = new ArrayList<>();
        for (Field f : CoreRules.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Rule.class.isAssignableFrom(f.getType())) {
                rules.add((Rule) f.get(null));
            }
        }
        return rules;
    }

    private static boolean isBindRule(Rule rule) {
        return CoreRules.BIND_BATCH.rules().contains(rule);
    }

    /** The plan a bind rule sees in its batch: the script's, after the bind rules that run before it. */
    private static LogicalNode boundBefore(Rule rule, LogicalNode raw, RuleContext ctx) {
        List<Rule> before = CoreRules.BIND_BATCH.rules().subList(0, CoreRules.BIND_BATCH.rules().indexOf(rule));
        return before.isEmpty() ? raw
                : new RuleDriver(List.of(Batch.once("bind", before)), RuleDriver.Config.DEFAULT).run(raw, ctx).plan();
    }

    private static RuleDriver.Outcome runAlone(Rule rule, LogicalNode plan, RuleContext ctx) {
        return new RuleDriver(List.of(Batch.once("sweep", List.of(rule))), RuleDriver.Config.DEFAULT).run(plan, ctx);
    }

    @Test
    void rulesLeaveEveryPlanWithoutTheirPatternUnchanged() throws Exception {
        List<Rule> rules = registeredRules();
        for (Batch batch : CoreRules.standardBatches()) {
            assertTrue(rules.containsAll(batch.rules()), batch.name() + " runs a rule CoreRules does not name");
        }
        RuleContext ctx = new RuleContext(StandardCatalog.get(), FileSourceStatistics.shared());
        StringBuilder sweep = new StringBuilder();
        int unchanged = 0;
        for (String script : ExampleScripts.all()) {
            if (!ExampleScripts.sharedDataFiles(script).isEmpty()) {
                // Their data is in the shared directory, which not every checkout has: the list must not depend on it.
                continue;
            }
            DataOp search = ExampleScripts.bind(script).mainSearch();
            if (search == null) {
                continue;
            }
            LogicalNode raw = search.node();
            LogicalNode bound = new RuleDriver(List.of(CoreRules.BIND_BATCH), RuleDriver.Config.DEFAULT).run(raw, ctx).plan();
            List<String> fired = new ArrayList<>();
            for (Rule rule : rules) {
                LogicalNode plan = isBindRule(rule) ? boundBefore(rule, raw, ctx) : bound;
                RuleDriver.Outcome out = runAlone(rule, plan, ctx);
                if (out.trace().firedRules().contains(rule.name())) {
                    // Sharing makes equal sub-plans one object: the structure, so the fingerprint, stays the same.
                    assertTrue(rule == CoreRules.ELIMINATE_COMMON_SUBPLANS
                                    || !out.plan().fingerprint().equals(plan.fingerprint()),
                            script + ": " + rule.name() + " fired but the plan's fingerprint did not change");
                    fired.add(rule.name());
                } else {
                    assertSame(plan, out.plan(), script + ": " + rule.name() + " did not fire but returned another plan");
                    assertEquals(plan.fingerprint(), out.plan().fingerprint(), script + ": " + rule.name());
                    unchanged++;
                }
            }
            sweep.append(script).append(": ").append(fired.isEmpty() ? "-" : String.join(", ", fired)).append('\n');
        }
        assertTrue(unchanged > 100, "rule/plan pairs left unchanged: " + unchanged);
        Golden.assertMatches("rule_sweep.txt", header() + sweep);
    }

    private static String header() throws java.io.IOException {
        // The golden file's comment lines (reasons for the firings) are kept by reading them back.
        var file = java.nio.file.Path.of(System.getProperty("user.dir"), "src", "test", "resources", "golden",
                "rule_sweep.txt");
        if (!Files.isRegularFile(file)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
