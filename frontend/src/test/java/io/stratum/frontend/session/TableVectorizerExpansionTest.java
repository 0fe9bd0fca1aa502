package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code expand_table_vectorizer} end to end: candidates that feed a TableVectorizer different column sets (a choice
 * of frames before the vectorizer, and vectorizers inside the outcomes) get the same fold scores, bit for bit, with
 * the optimizer on (per-column vectorizers, shared across candidates) and off (one vectorizer per candidate).
 */
class TableVectorizerExpansionTest {
    private static final Path CSV = Path.of("frontend/src/test/resources/data/synthetic.csv");

    private static DataOp data() {
        return DataOps.var("data", DataOps.readCsv(CSV.toString(), ExampleScripts.repoRoot()));
    }

    private static DataOp tv(Map<String, Object> params) {
        return DataOps.estimator("skrub.TableVectorizer", params);
    }

    private static DataOp ridge() {
        return DataOps.estimator("sklearn.linear_model.Ridge",
                Map.of("alpha", DataOps.chooseFrom(List.of(0.1, 10.0), "alpha")));
    }

    @Test
    void aChoiceOfFeatureSetsBeforeOneVectorizer() {
        DataOp d = data();
        DataOp y = d.get("income").skb().markAsY();
        DataOp x = d.drop(List.of("income")).skb().markAsX();
        Map<String, Object> sets = new LinkedHashMap<>();
        sets.put("all", x);
        sets.put("no_city", x.drop(List.of("city")));
        sets.put("no_hours", x.drop(List.of("hours")));
        sets.put("some", x.get(List.of("grade", "age", "city")));
        DataOp features = DataOps.chooseFrom(sets, "features").asDataOp().skb().apply(tv(Map.of()), null, (List<String>) null);
        assertSameScoresAndExpanded(features.skb().apply(ridge(), y, (List<String>) null).skb().makeGridSearch(4, "r2", true));
    }

    @Test
    void vectorizersInsideTheOutcomesWithAThreshold() {
        DataOp d = data();
        DataOp y = d.get("income").skb().markAsY();
        DataOp x = d.drop(List.of("income")).skb().markAsX();
        Map<String, Object> params = Map.of("cardinality_threshold", 3L);
        Map<String, Object> sets = new LinkedHashMap<>();
        sets.put("all", x.skb().apply(tv(params), null, (List<String>) null));
        sets.put("no_grade", x.drop(List.of("grade")).skb().apply(tv(params), null, (List<String>) null));
        DataOp features = DataOps.chooseFrom(sets, "features").asDataOp();
        assertSameScoresAndExpanded(features.skb().apply(ridge(), y, (List<String>) null).skb().makeGridSearch(3, "r2", true));
    }

    @Test
    void anAssignBetweenTheCandidatesFrames() {
        // "with_ratio" adds a column with assign: the vectorizer of the other columns is still shared with "all".
        DataOp d = data();
        DataOp y = d.get("income").skb().markAsY();
        DataOp x = d.drop(List.of("income")).skb().markAsX();
        Map<String, Object> sets = new LinkedHashMap<>();
        sets.put("all", x);
        sets.put("with_ratio", x.assign(Map.of("ratio", x.get("hours").dividedBy(x.get("age")))));
        sets.put("scaled_rate", x.skb().apply(DataOps.estimator("sklearn.preprocessing.StandardScaler", Map.of()), null,
                List.of("rate")));
        DataOp features = DataOps.chooseFrom(sets, "features").asDataOp().skb().apply(tv(Map.of()), null, (List<String>) null);
        DataOp search = features.skb().apply(ridge(), y, (List<String>) null).skb().makeGridSearch(4, "r2", true);
        assertSameScoresAndExpanded(search);
        // The columns the three frames share are one vectorizer per fold, fitted for every candidate.
        String summary = new Session(new SessionConfig(true, 1)).compile(search).work().describe();
        assertTrue(summary.contains("fitted once per fold for several candidates: TableVectorizer() for 6 candidates"), summary);
    }

    private static void assertSameScoresAndExpanded(DataOp search) {
        SearchResults on = new Session(new SessionConfig(true, 2)).run(search);
        SearchResults off = new Session(new SessionConfig(false, 1)).run(search);
        assertTrue(on.compiled().trace().firedRules().contains("expand_table_vectorizer"), on.compiled().explain());
        assertEquals(off.rows().size(), on.rows().size());
        for (int r = 0; r < on.rows().size(); r++) {
            assertEquals(off.rows().get(r).params(), on.rows().get(r).params(), "candidate order");
            assertArrayEquals(off.rows().get(r).foldScores(), on.rows().get(r).foldScores(),
                    "fold scores of " + on.rows().get(r).params());
        }
    }
}
