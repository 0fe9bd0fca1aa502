package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.session.ScriptBatch;
import io.stratum.frontend.session.SearchResults;
import io.stratum.frontend.session.Session;
import io.stratum.frontend.session.SessionConfig;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.value.Const;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch the size agents write: 100 separately written scripts in one folder (two feature sets, five scalings, ten
 * Ridge strengths), run as {@code stratum run DIR/}. One search with a {@code script} choice over the 100 files, each
 * script's candidates scoring exactly as the script alone, and the work they share — the one-hot encoder every script
 * applies to the same columns — fitted once per fold.
 */
class HundredScriptBatchTest {
    private static final double[] ALPHAS = {0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0};
    private static final List<String> SCALERS = List.of("StandardScaler()", "MinMaxScaler()", "RobustScaler()",
            "MaxAbsScaler()", "StandardScaler(with_mean=False)");

    @TempDir
    static Path dir;

    private static Path batch;
    private static final Map<String, String> sources = new HashMap<>();

    @BeforeAll
    static void writeScripts() throws IOException {
        Path data = dir.resolve("seattle-weather.csv");
        Files.copy(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv"), data);
        String csv = data.toString().replace("\\", "/");
        batch = Files.createDirectory(dir.resolve("agent"));
        int index = 0;
        for (boolean wetWind : new boolean[] {false, true}) {
            for (String scaler : SCALERS) {
                for (double alpha : ALPHAS) {
                    String name = String.format(Locale.ROOT, "agent_%03d.py", index++);
                    String source = """
                            import pandas as pd
                            import skrub
                            from sklearn.linear_model import Ridge
                            from sklearn.preprocessing import MaxAbsScaler, MinMaxScaler, OneHotEncoder, RobustScaler, StandardScaler

                            data = skrub.var("data", pd.read_csv("%s"))
                            y = data["temp_max"].skb.mark_as_y()
                            X = data.drop(columns=["temp_max", "date"]).skb.mark_as_X()
                            %s
                            X = X.skb.apply(OneHotEncoder(handle_unknown="ignore", sparse_output=False), cols=["weather"])
                            X = X.skb.apply(%s, cols=%s)
                            pred = X.skb.apply(Ridge(alpha=%s), y=y)
                            search = pred.skb.make_grid_search(cv=5, fitted=True, scoring="r2")
                            print(search.results_)
                            """.formatted(csv, wetWind ? "X = X.assign(wet_wind=X[\"wind\"] * X[\"precipitation\"])" : "",
                            scaler, wetWind ? "[\"precipitation\", \"temp_min\", \"wind\", \"wet_wind\"]"
                                    : "[\"precipitation\", \"temp_min\", \"wind\"]", alpha);
                    Files.writeString(batch.resolve(name), source);
                    sources.put(name, source);
                }
            }
        }
    }

    private static ScriptBatch bindAll() throws IOException {
        List<BoundScript> bound = new ArrayList<>();
        try (var files = Files.list(batch)) {
            for (Path f : files.sorted().toList()) {
                bound.add(ScriptBinder.bind(Files.readString(f), f.getFileName().toString(), dir));
            }
        }
        return ScriptBatch.of(bound);
    }

    @Test
    void runningTheFolderPrintsOneRowPerScriptWithTheScriptColumnFirst() {
        Cli.Result r = Cli.run("run", "--threads", "2", batch.toString() + "/");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("script", lines.get(0).strip().split("\\s+")[0], lines.get(0));
        Set<String> scripts = new HashSet<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            scripts.add(line.strip().split("\\s+")[1]);
        }
        assertEquals(100, scripts.size(), r::toString);
        assertEquals(1 + 100 + 1, lines.size(), "a row per script and the wall time");
        assertTrue(lines.getLast().contains("(100 scripts, 100 candidates x 5 folds, optimizer on)"), lines.getLast());
    }

    @Test
    void sharedStepsAreOneOperatorAndEveryScriptScoresAsAlone() throws IOException {
        ScriptBatch merged = bindAll();
        assertEquals(100, merged.labels().size());
        SearchPlan plan = new Session(new SessionConfig(true, 2)).compile(merged.search()).searchPlan();
        assertEquals(100, plan.candidates().size());
        // One encoder per feature set for all 100 scripts, and one scaler per (scaler, feature set), not per script;
        // without the optimizer each script keeps its own.
        assertEquals(2, distinct(plan, "sklearn.preprocessing.OneHotEncoder"));
        SearchPlan unoptimized = new Session(new SessionConfig(false, 2)).compile(merged.search()).searchPlan();
        assertEquals(100, distinct(unoptimized, "sklearn.preprocessing.OneHotEncoder"));
        assertEquals(SCALERS.size() * 2, distinct(plan, "sklearn.preprocessing.StandardScaler")
                + distinct(plan, "sklearn.preprocessing.MinMaxScaler") + distinct(plan, "sklearn.preprocessing.RobustScaler")
                + distinct(plan, "sklearn.preprocessing.MaxAbsScaler"));

        Session session = new Session(new SessionConfig(true, 2));
        SearchResults results = session.run(merged.search());
        assertEquals(100, results.rows().size());
        Map<String, double[]> byScript = new HashMap<>();
        for (SearchResults.Row row : results.rows()) {
            byScript.put(((Const.StrConst) row.params().get("script")).value(), row.foldScores());
        }
        for (String name : List.of("agent_000.py", "agent_037.py", "agent_064.py", "agent_099.py")) {
            BoundScript alone = ScriptBinder.bind(sources.get(name), name, dir);
            SearchResults own = session.run(alone.mainSearch());
            assertEquals(1, own.rows().size());
            org.junit.jupiter.api.Assertions.assertArrayEquals(own.rows().get(0).foldScores(), byScript.get(name), name);
        }
    }

    private static int distinct(SearchPlan plan, String estimator) {
        Set<PhysicalOp> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<PhysicalOp> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<PhysicalOp> todo = new ArrayDeque<>();
        plan.candidates().forEach(c -> todo.push(c.predictions()));
        while (!todo.isEmpty()) {
            PhysicalOp op = todo.pop();
            if (!seen.add(op)) {
                continue;
            }
            if (op instanceof FitTransform f && f.spec().qualifiedName().equals(estimator)) {
                found.add(op);
            }
            op.inputs().forEach(todo::push);
        }
        return found.size();
    }
}
