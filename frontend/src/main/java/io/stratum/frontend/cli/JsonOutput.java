package io.stratum.frontend.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stratum.frontend.session.SearchResults;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.OptimizationResult;
import io.stratum.ir.explain.ExplainWriter;
import java.util.Map;

/** The machine-readable forms of {@code run} and {@code explain} that agents and tools read. */
final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private JsonOutput() {
    }

    static String results(SearchResults results) {
        ObjectNode root = F.objectNode();
        ArrayNode rows = root.putArray("results");
        java.util.List<String> names = results.scoreNames();
        for (SearchResults.Row row : results.rows()) {
            ObjectNode r = rows.addObject();
            for (Map.Entry<String, Const> e : row.params().entrySet()) {
                r.set(e.getKey(), value(e.getValue()));
            }
            number(r, "mean_test_score", row.meanTestScore());
            number(r, "std_test_score", row.stdTestScore());
            ArrayNode folds = r.putArray("fold_test_scores");
            for (double s : row.foldScores()) {
                if (Double.isNaN(s)) {
                    folds.addNull();
                } else {
                    folds.add(s);
                }
            }
            // Several scorers: every one's columns too, named as skrub names them (the fields above are the refit one's).
            if (names.size() > 1) {
                for (int m = 0; m < names.size(); m++) {
                    number(r, "mean_test_" + names.get(m), row.metricMeans()[m]);
                    number(r, "std_test_" + names.get(m), row.metricStds()[m]);
                }
            }
        }
        if (results.hasBest()) {
            ObjectNode best = root.putObject("best_params");
            results.bestParams().forEach((k, v) -> best.set(k, value(v)));
            number(root, "best_score", results.bestScore());
        }
        io.stratum.runtime.search.FitFailures failures = results.outcome().failures();
        if (!failures.none()) {
            // The fits that failed (their scores are null above): scikit-learn's error_score=np.nan.
            ArrayNode failed = root.putArray("fit_failures");
            for (io.stratum.runtime.search.FitFailures.Failure f : failures.failures()) {
                ObjectNode o = failed.addObject();
                java.util.List<Const> outcomes = results.outcome().scores().get(f.candidate()).candidate().outcomes();
                java.util.List<String> choices = results.outcome().choiceNames();
                ObjectNode params = o.putObject("params");
                for (int i = 0; i < outcomes.size() && i < choices.size(); i++) {
                    if (outcomes.get(i) != null) {
                        params.set(choices.get(i), value(outcomes.get(i)));
                    }
                }
                o.put("fold", f.fold());
                if (f.scorer() != null) {
                    o.put("scorer", f.scorer()); // this scorer failed on the fold; the fit's other scores stand
                }
                io.stratum.ir.node.Origin at = f.error().origin();
                if (at.isKnown()) {
                    o.put("file", at.file()).put("line", at.line()).put("column", at.column());
                }
                o.put("message", f.error().getMessage());
            }
        }
        root.put("scoring", results.scoring());
        if (names.size() > 1) {
            ArrayNode scorers = root.putArray("scorers");
            for (io.stratum.ir.physical.SearchScoring.Metric m : results.compiled().searchPlan().scoring().metrics()) {
                scorers.addObject().put("name", m.name()).put("scoring", m.scorer());
            }
            root.put("refit", results.compiled().searchPlan().scoring().refit());
        }
        root.put("folds", results.folds());
        root.put("candidates", results.rows().size());
        root.put("wall_time_seconds", results.wallNanos() / 1e9);
        return write(root);
    }

    /** A score, or null for NaN (a fit that failed), which JSON cannot hold. */
    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    /** {@link #results(SearchResults)}, with the heavy hitters under {@code "stats"} when {@code stats} is set. */
    static String results(SearchResults results, boolean stats) {
        String plain = results(results);
        if (!stats) {
            return plain;
        }
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(plain);
            root.set("stats", StatsReport.json(results.outcome().stats()));
            return write(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("our own JSON did not parse", e);
        }
    }

    /** {@link #explain}, plus the analyzed physical plan and the run's figures ({@code explain --analyze}). */
    static String explainAnalyzed(OptimizationResult compiled, String analyzed, io.stratum.runtime.exec.ExecutionStats stats) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(explain(compiled));
            root.put("analyzed", analyzed);
            root.set("stats", StatsReport.json(stats));
            return write(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("our own JSON did not parse", e);
        }
    }

    static String explain(OptimizationResult compiled) {
        ObjectNode root = F.objectNode();
        root.put("logical", ExplainWriter.explain(compiled.original()));
        root.put("optimized", ExplainWriter.explain(compiled.optimized()));
        root.put("physical", compiled.searchPlan().explain());
        root.put("fingerprint", compiled.original().fingerprint().hex());
        ArrayNode fired = root.putArray("rules_fired");
        for (String rule : compiled.trace().firedRules()) {
            fired.add(rule);
        }
        root.set("summary", summary(compiled.work()));
        return write(root);
    }

    /** The summary EXPLAIN prints as text: operator counts and estimated work (null where unknown). */
    private static ObjectNode summary(io.stratum.optimizer.metadata.WorkEstimate w) {
        ObjectNode s = F.objectNode();
        s.put("logical_operators_before", w.logicalBefore());
        s.put("logical_operators_after", w.logicalAfter());
        s.put("physical_operators_shared", w.physicalShared());
        s.put("physical_operators_unshared", w.physicalUnshared());
        putWork(s, "estimated_work_shared", w.workShared());
        putWork(s, "estimated_work_unshared", w.workUnshared());
        putWork(s, "estimated_work_saved", w.workShared().isPresent() && w.workUnshared().isPresent()
                ? java.util.OptionalDouble.of(w.workUnshared().getAsDouble() - w.workShared().getAsDouble())
                : java.util.OptionalDouble.empty());
        putWork(s, "estimated_work_without_rewrites", w.workWithoutRewrites());
        ArrayNode fits = s.putArray("fitted_once_per_fold_for_several_candidates");
        w.sharedFits().forEach(fits::add);
        return s;
    }

    private static void putWork(ObjectNode s, String name, java.util.OptionalDouble value) {
        if (value.isPresent()) {
            s.put(name, value.getAsDouble());
        } else {
            s.putNull(name);
        }
    }

    static ObjectNode error(String file, int line, int column, String message, String hint) {
        ObjectNode root = F.objectNode();
        ObjectNode err = root.putObject("error");
        if (file != null) {
            err.put("file", file);
            err.put("line", line);
            err.put("column", column);
        }
        err.put("message", message);
        if (hint != null) {
            err.put("hint", hint);
        }
        return root;
    }

    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode value(Const c) {
        return switch (c) {
            case Const.NoneConst n -> F.nullNode();
            case Const.BoolConst b -> F.booleanNode(b.value());
            case Const.IntConst i -> F.numberNode(i.value());
            case Const.FloatConst f -> F.numberNode(f.value());
            case Const.StrConst s -> F.textNode(s.value());
            default -> F.textNode(c.repr());
        };
    }
}
