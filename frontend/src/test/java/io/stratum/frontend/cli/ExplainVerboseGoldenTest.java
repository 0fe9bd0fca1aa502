package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.Golden;
import io.stratum.frontend.session.Session;
import io.stratum.optimizer.OptimizationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code stratum explain --verbose} and {@code --format dot} of the quick start as golden files (rewrite them with
 * {@code -Dgolden.update=true}). The script is bound from the repository root, as {@code ./stratum explain} runs
 * there, so the metadata comes from examples/data/seattle-weather.csv and the text is the same on every checkout.
 */
class ExplainVerboseGoldenTest {
    private static String quickstart() {
        return ExampleScripts.repoRoot().resolve("examples/quickstart.py").toString();
    }

    private static OptimizationResult compiledQuickstart() {
        return new Session().compile(ExampleScripts.bind("examples/quickstart.py").mainSearch());
    }

    @Test
    void verboseShowsRulesNotFiredTheTraceAndMetadata() {
        String text = ExplainCommand.text(compiledQuickstart(), true);
        Golden.assertMatches("quickstart_explain_verbose.txt", text);
        assertTrue(text.contains("estimated work: 853947 with sharing, 2554551 without; saved 1700604 (66.6%)"), text);
        // The sections come in a fixed order after the plans.
        List<String> headings = text.lines().filter(l -> l.startsWith("== ")).toList();
        assertEquals(List.of("== logical plan", "== optimized logical plan", "== physical plan", "== rules fired",
                "== summary", "== rules not fired", "== after each rule"), headings.subList(0, 7));
        assertEquals("== optimized logical plan with metadata", headings.getLast());
    }

    @Test
    void verboseFromTheCommandLineHasTheSameSections() {
        Cli.Result r = Cli.run("explain", "--verbose", quickstart());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        assertTrue(r.out().contains("== rules not fired\n"), r.out());
        assertTrue(r.out().contains("== optimized logical plan with metadata\n"), r.out());
    }

    @Test
    void dotIsAGraphvizDigraphWithEachSharedNodeOnce() {
        String dot = ExplainCommand.dot(compiledQuickstart());
        Golden.assertMatches("quickstart_explain.dot", dot);
        assertTrue(dot.startsWith("digraph stratum {\n"), dot);
        // The CSV is read by two readers (features and target) but drawn once in each cluster.
        assertEquals(1, dot.lines().filter(l -> l.contains("[label=\"ReadCsv")).count());
        assertEquals(1, dot.lines().filter(l -> l.contains("[label=\"ScanCsv")).count());
        assertEquals(2, dot.lines().filter(l -> l.contains("l8 -> ")).count(), "the shared Var has two readers");
        assertEquals(dot, ExplainCommand.dot(compiledQuickstart()), "node ids are deterministic");
        Cli.Result r = Cli.run("explain", "--format", "dot", quickstart());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("digraph stratum {\n"), r.out());
    }

    @Test
    void unknownFormatNamesTheChoices() {
        Cli.Result r = Cli.run("explain", "--format", "svg", quickstart());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("unknown --format 'svg'"), r::toString);
        assertTrue(r.err().contains("dot"), r::toString);
    }
}
