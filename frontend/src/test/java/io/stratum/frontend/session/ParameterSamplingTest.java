package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code .skb.make_randomized_search(n_iter, random_state)} draws skrub's candidates in skrub's order: for each script
 * under {@code sampling/}, the candidates Stratum lowers are the ones skrub's ParameterSampler drew
 * ({@code frontend/reference/make_sampling_reference.py}), with the optimizer on and off. Floats drawn from
 * continuous ranges are compared to 1e-13 relative: Java's and the C library's {@code exp}/{@code log} may differ in
 * the last bit.
 */
class ParameterSamplingTest {
    private static final Path SCRIPTS = ExampleScripts.repoRoot().resolve("frontend/src/test/resources/sampling");

    static Stream<String> scripts() throws IOException {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
        }
    }

    /** skrub's candidates of each script: per candidate, choice display name to outcome text. */
    private static Map<String, List<Map<String, String>>> reference() throws IOException {
        Map<String, List<Map<String, String>>> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(ExampleScripts.repoRoot()
                .resolve("frontend/src/test/resources/reference/randomized_samples.csv"));
        for (String line : lines.subList(2, lines.size())) {
            // script,candidate,choice,outcome — outcomes may hold commas inside quotes (estimator reprs).
            String[] head = line.split(",", 4);
            String outcome = head[3].startsWith("\"") ? head[3].substring(1, head[3].length() - 1).replace("\"\"", "\"") : head[3];
            List<Map<String, String>> candidates = out.computeIfAbsent(head[0], k -> new ArrayList<>());
            int index = Integer.parseInt(head[1]);
            while (candidates.size() <= index) {
                candidates.add(new LinkedHashMap<>());
            }
            candidates.get(index).put(head[2], outcome);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void drawsSkrubsCandidatesInSkrubsOrder(String script) throws IOException {
        List<Map<String, String>> expected = reference().get(script);
        assertNotNull(expected, "randomized_samples.csv has no rows for " + script + "; rerun make_sampling_reference.py");
        String text = Files.readString(SCRIPTS.resolve(script));
        DataOp search = ScriptBinder.bind(text, script, ExampleScripts.repoRoot()).mainSearch();
        for (boolean optimizer : new boolean[] {true, false}) {
            SearchPlan plan = new Session(SessionConfig.defaults().withOptimizer(optimizer)).compile(search).searchPlan();
            assertEquals(expected.size(), plan.candidates().size(), script + ": number of candidates");
            for (int i = 0; i < expected.size(); i++) {
                Candidate c = plan.candidates().get(i);
                Map<String, String> want = expected.get(i);
                Map<String, Const> got = new LinkedHashMap<>();
                for (int k = 0; k < plan.choiceNames().size(); k++) {
                    if (c.outcomes().get(k) != null) {
                        got.put(plan.choiceNames().get(k), c.outcomes().get(k));
                    }
                }
                assertEquals(new TreeMap<>(want).keySet(), new TreeMap<>(got).keySet(), script + " candidate " + i + ": choices");
                for (Map.Entry<String, String> e : want.entrySet()) {
                    assertOutcome(e.getValue(), got.get(e.getKey()), script + " candidate " + i + " " + e.getKey());
                }
            }
        }
    }

    private static void assertOutcome(String expected, Const got, String what) {
        switch (got) {
            case Const.FloatConst f -> {
                double want = Double.parseDouble(expected);
                assertTrue(Math.abs(f.value() - want) <= 1e-13 * Math.abs(want),
                        what + ": expected " + expected + ", got " + PyFormat.floatRepr(f.value()));
            }
            case Const.StrConst s -> assertEquals(expected, s.value(), what);
            default -> assertEquals(expected, got.repr(), what);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void aSeedDrawsTheSameCandidatesEveryTime(String script) throws IOException {
        String text = Files.readString(SCRIPTS.resolve(script));
        DataOp first = ScriptBinder.bind(text, script, ExampleScripts.repoRoot()).mainSearch();
        DataOp second = ScriptBinder.bind(text, script, ExampleScripts.repoRoot()).mainSearch();
        assertEquals(first.node().fingerprint(), second.node().fingerprint());
        SearchPlan a = new Session().compile(first).searchPlan();
        SearchPlan b = new Session().compile(second).searchPlan();
        assertEquals(a.explain(), b.explain());
        assertFalse(a.candidates().isEmpty());
    }
}
