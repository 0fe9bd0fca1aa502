package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.RowLabels;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.exec.RuntimeValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code groupby(keys)[cols].transform("mean")} written in scripts, held to pandas: every case of
 * {@code frontend/reference/make_group_transform_reference.py} is a script body that pandas ran; Stratum computes
 * {@code out} with the optimizer on and off, and its column names, dtypes, rows, values and row labels must be pandas'.
 * The GraalPy frontend must build the same plan; the forms Stratum does not compute fail at their line in both.
 */
class GroupTransformScriptTest {
    private static final Path CASES = ExampleScripts.repoRoot().resolve("frontend/src/test/resources/group_transform");
    private static final Path EMPLOYEES = ExampleScripts.repoRoot().resolve("../shared/data/employee_salaries.csv");
    private static final String SEARCH = """

            import skrub
            from sklearn.dummy import DummyRegressor
            search = out.skb.mark_as_X().skb.apply(DummyRegressor(), y=flights["delay"].skb.mark_as_y()).skb.make_grid_search(cv=2)
            """;

    static List<String> caseNames() {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py.txt"))
                    .map(n -> n.substring(0, n.length() - ".py.txt".length()))
                    .filter(n -> !n.startsWith("employees_") || Files.isRegularFile(EMPLOYEES)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try {
            return Files.readString(CASES.resolve(name + ".py.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGivesPandasRowsLabelsAndDtypesWithTheOptimizerOnAndOff() {
        assertTrue(caseNames().size() >= 15, "cases: " + caseNames());
        return caseNames().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            DataOp search = ScriptBinder.bind(read(name) + SEARCH, name + ".py", ExampleScripts.repoRoot()).mainSearch();
            List<List<String>> fixture = ReferenceCsv.records(CASES.resolve(name + ".csv"));
            List<List<String>> expected = new ArrayList<>();
            List<Long> labels = new ArrayList<>();
            for (int i = 0; i < fixture.size(); i++) {
                List<String> row = fixture.get(i);
                expected.add(row.subList(1, row.size()));
                if (i >= 2) {
                    labels.add(Long.parseLong(row.getFirst()));
                }
            }
            for (boolean optimize : new boolean[] {true, false}) {
                String what = name + (optimize ? "" : " (optimizer off)");
                try (MemoryContext memory = MemoryContext.open()) {
                    RuntimeValue out = ScriptFrames.valueMarkedAsX(search, optimize, memory);
                    Table t = switch (out) {
                        case RuntimeValue.Frame f -> f.table();
                        case RuntimeValue.Series s -> s.table();
                        default -> throw new AssertionError(what + ": not rows: " + out);
                    };
                    FrameOpsScriptTest.assertMatches(expected, t, what);
                    List<Long> got = new ArrayList<>();
                    for (int i = 0; i < t.rowCount(); i++) {
                        got.add(RowLabels.label(t.rowLabels(), i));
                    }
                    assertEquals(labels, got, what + ": row labels");
                }
            }
        }));
    }

    /** All cases in one script (one GraalPy start): each result kept under its own name, all put side by side. */
    @Test
    void graalPyBuildsTheSamePlanForEveryCase() {
        List<String> bodies = new ArrayList<>();
        for (String name : caseNames()) {
            bodies.add(read(name));
        }
        StringBuilder source = new StringBuilder(FrameOpsScriptTest.allCases(bodies)).append(SEARCH);
        DataOp subset = ScriptBinder.bind(source.toString(), "all_cases.py", ExampleScripts.repoRoot()).mainSearch();
        DataOp python = GraalPyFrontend.bind(source.toString(), "all_cases.py", ExampleScripts.repoRoot()).mainSearch();
        assertEquals(subset.node().fingerprint(), python.node().fingerprint());
    }

    @Test
    void theTransformShowsInExplainAsOneOperator() {
        DataOp search = ScriptBinder.bind(read("transform_then_filter") + SEARCH, "explain.py", ExampleScripts.repoRoot()).mainSearch();
        var compiled = new Session(new SessionConfig(true, 1)).compile(search);
        String physical = io.stratum.ir.explain.ExplainWriter.explain(compiled.searchPlan().candidates().getFirst().predictions());
        assertTrue(physical.contains("HashGroupTransform keys=['origin'], column=['delay'], function='mean', dropna=True"), physical);
    }

    /** The forms Stratum does not compute fail at their line and column in both frontends, saying what to write. */
    @Test
    void unsupportedFormsAreErrorsAtTheirLineAndColumnInBothFrontends() {
        String head = read("transform_series_itself").replace("out = groups.groupby('g')['x'].transform('sum')\n", "");
        for (String[] c : new String[][] {
                {"out = groups.groupby('g')['x'].transform(lambda s: s.mean())", "transform", "transform(\"mean\")"},
                {"out = groups.groupby('g')['x'].transform(np.mean)", "transform", ".transform(\"mean\")"},
                {"out = groups.groupby('g')['x'].transform('rank')", "transform", "depends on its place in the group"},
                {"out = groups.groupby('g')['x'].transform('avg')", "transform", "Stratum broadcasts mean, sum"},
                {"out = groups.groupby('g')['x'].transform('mean', engine='numba')", "transform", "pass only the function's name"},
                {"out = groups.groupby('g')['x'].transform(['mean', 'max'])", "transform", "assign one column per statistic"},
                {"out = groups.groupby('g')['x'].nth(1)", "nth", "broadcasts one to every row with .transform(\"mean\")"},
                {"out = groups.groupby('g')['x'].rank()", "rank", "depends on its place in the group"},
                {"out = groups.groupby(flights['origin'])['x'].transform('mean')", "groupby", "a Series of the grouped frame itself"},
                {"out = groups.groupby('g', dropna=False)['x'].mean().reset_index()", "groupby", "supported before transform(...) only"},
                {"out = groups.groupby('g')['zz'].transform('mean')", "transform", "did you mean"},
                {"out = groups.groupby('g')['s'].transform('mean')", "transform", "which holds strings"}}) {
            String source = head.replace("import skrub\n", "import skrub\nimport numpy as np\n") + c[0] + "\n" + SEARCH;
            int column = c[0].indexOf(c[1]) + 1;
            for (boolean graalpy : new boolean[] {false, true}) {
                String what = (graalpy ? "GraalPy: " : "subset: ") + c[0];
                RuntimeException e = assertThrows(RuntimeException.class, () -> {
                    DataOp search = (graalpy ? GraalPyFrontend.bind(source, "bad.py", ExampleScripts.repoRoot())
                            : ScriptBinder.bind(source, "bad.py", ExampleScripts.repoRoot())).mainSearch();
                    try (MemoryContext memory = MemoryContext.open()) {
                        ScriptFrames.valueMarkedAsX(search, true, memory);
                    }
                }, what);
                String text = e.getMessage() + " " + (e instanceof StratumError se ? se.hint()
                        : e instanceof io.stratum.frontend.syntax.ScriptError sc ? sc.hint() : "");
                int line = e instanceof StratumError se ? se.origin().line()
                        : e instanceof io.stratum.frontend.syntax.ScriptError sc ? sc.line() : -1;
                int col = e instanceof StratumError se ? se.origin().column()
                        : e instanceof io.stratum.frontend.syntax.ScriptError sc ? sc.column() : -1;
                assertTrue(text.contains(c[2]), what + ": " + text);
                assertEquals(6, line, what + ": " + text);
                // np.mean, a numpy function passed as a value, is refused at the call that takes it (GraalPy: at the
                // line only)
                if (!(graalpy && c[0].contains("np.mean"))) {
                    assertEquals(column, col, what + ": " + text);
                }
            }
        }
    }
}
