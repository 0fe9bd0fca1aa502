package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.optimizer.metadata.WorkEstimate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random DataOps pipelines over a small synthetic CSV (row filters, isin masks that become semi/anti joins, an
 * assign, renames and selections, a group-by filtered on its key and left-joined back before the split; assigns with
 * arithmetic, drops, one-hot encoders, TableVectorizers, scalers, Ridge and LinearRegression behind choices, choices
 * between whole feature pipelines, and feature sets differing by a drop and by an assign or a scaler of one column in
 * front of one TableVectorizer) give the same search
 * results, fold score for fold score, with the optimizer on and off. The seed of every plan is printed on failure;
 * rerun one with {@code -Dstratum.property.seed=N -Dstratum.property.plans=1}.
 */
class OptimizerParityPropertyTest {
    private static final long DEFAULT_SEED = 20261126L;
    private static final Path CSV = Path.of("frontend/src/test/resources/data/synthetic.csv");
    private static final List<String> NUMERIC = List.of("age", "hours", "rate");
    private static final List<String> CATEGORICAL = List.of("city", "grade", "senior");

    @Test
    void randomPlansGiveIdenticalResultsWithOptimizerOnAndOff() {
        long base = Long.getLong("stratum.property.seed", DEFAULT_SEED);
        int plans = Integer.getInteger("stratum.property.plans", 25);
        int sharedSomething = 0;
        int expandedThroughStep = 0;
        java.util.Set<String> fired = new java.util.TreeSet<>();
        for (int i = 0; i < plans; i++) {
            long seed = base + i;
            PlanGenerator generator = new PlanGenerator(new Random(seed));
            DataOp search = generator.search();
            String where = "seed " + seed + " (rerun with -Dstratum.property.seed=" + seed
                    + " -Dstratum.property.plans=1); plan:\n" + ExplainWriter.explain(search.node());
            SearchResults on;
            SearchResults off;
            try {
                on = new Session(new SessionConfig(true, 2)).run(search);
                off = new Session(new SessionConfig(false, 1)).run(search);
            } catch (RuntimeException e) {
                throw new AssertionError("the search failed for " + where, e);
            }
            assertEquals(off.rows().size(), on.rows().size(), where);
            assertTrue(on.rows().size() >= 1, where);
            WorkEstimate onWork = on.compiled().work();
            WorkEstimate offWork = off.compiled().work();
            // Splitting a TableVectorizer into shared runs adds selections and a concat: more, smaller operators,
            // less estimated work. Otherwise the optimizer never adds operators.
            if (on.compiled().trace().firedRules().contains("expand_table_vectorizer")) {
                assertTrue(onWork.workShared().isEmpty() || offWork.workShared().isEmpty()
                        || onWork.workShared().getAsDouble() <= offWork.workShared().getAsDouble(),
                        "the optimizer added work (" + onWork.describe() + " vs " + offWork.describe() + "), " + where);
            } else {
                assertTrue(onWork.physicalShared() <= offWork.physicalShared(), "the optimizer added operators, " + where);
            }
            if (onWork.physicalShared() < offWork.physicalShared()) {
                sharedSomething++;
            }
            fired.addAll(on.compiled().trace().firedRules());
            if (generator.rowWiseStep && rowWiseOutcomeExpanded(on.compiled().optimized())) {
                expandedThroughStep++;
            }
            for (int r = 0; r < on.rows().size(); r++) {
                SearchResults.Row a = on.rows().get(r);
                SearchResults.Row b = off.rows().get(r);
                assertEquals(b.params(), a.params(), "candidate order differs, " + where);
                assertArrayEquals(b.foldScores(), a.foldScores(), "fold scores of " + a.params() + " differ, " + where);
            }
        }
        // Otherwise the comparison would hold trivially: the generator must make plans the optimizer changes.
        assertTrue(plans < 10 || sharedSomething > 0, "no generated plan let the optimizer share an operator");
        // The rules the generator is meant to exercise must have rewritten some plan.
        for (String rule : List.of("push_filter_toward_sources", "rewrite_isin_filter_to_semi_join", "merge_renames",
                "expand_table_vectorizer")) {
            assertTrue(plans < 25 || fired.contains(rule), rule + " never fired; fired: " + fired);
        }
        assertTrue(plans < 25 || expandedThroughStep > 0,
                "no TableVectorizer was expanded through an assign or a scaler of other columns");
    }

    /**
     * True when the "more" feature set (an assign or a scaler of one column in front of the TableVectorizer) was
     * expanded: its vectorizer became runs put side by side, which needs the other columns traced through the step.
     */
    private static boolean rowWiseOutcomeExpanded(io.stratum.ir.logical.LogicalNode node) {
        if (node instanceof io.stratum.ir.logical.Choice c && c.name().equals("features")
                && c.labels().contains(io.stratum.ir.value.Const.of("more"))) {
            return c.outcomes().get(c.labels().indexOf(io.stratum.ir.value.Const.of("more"))) instanceof io.stratum.ir.logical.Concat;
        }
        for (io.stratum.ir.logical.LogicalNode in : node.inputs()) {
            if (rowWiseOutcomeExpanded(in)) {
                return true;
            }
        }
        return false;
    }

    /** Builds one random search; every random decision comes from {@code random}, so a seed rebuilds the plan. */
    private static final class PlanGenerator {
        private final Random random;
        private int names;
        /** True when the generated candidates' frames differ by a row-wise step in front of a TableVectorizer. */
        boolean rowWiseStep;

        PlanGenerator(Random random) {
            this.random = random;
        }

        DataOp search() {
            DataOp data = rows(DataOps.var("data", DataOps.readCsv(CSV.toString(), ExampleScripts.repoRoot())));
            DataOp y = data.get("income").skb().markAsY();
            DataOp x = data.drop(List.of("income")).skb().markAsX();
            DataOp features = switch (random.nextInt(4)) {
                case 0 -> DataOps.chooseFrom(Map.of("first", features(x), "second", features(x)), "features").asDataOp();
                case 1 -> {
                    // Column sets sharing most columns in front of one TableVectorizer (expand_table_vectorizer): a
                    // column dropped, or a row-wise step (an assign, a scaler of one column) that the expansion traces
                    // the other columns through.
                    Map<String, Object> sets = new LinkedHashMap<>();
                    sets.put("all", x);
                    sets.put("less", x.drop(List.of(pick(List.of("age", "hours", "city", "grade")))));
                    sets.put("more", random.nextBoolean() ? assign(x, new ArrayList<>(NUMERIC))
                            : x.skb().apply(DataOps.estimator("sklearn.preprocessing.StandardScaler", Map.of()), null,
                                    List.of(pick(NUMERIC))));
                    rowWiseStep = true;
                    yield DataOps.chooseFrom(sets, "features").asDataOp()
                            .skb().apply(DataOps.estimator("skrub.TableVectorizer", Map.of()), null, (List<String>) null);
                }
                default -> features(x);
            };
            DataOp predictions = features.skb().apply(learner(), y, (List<String>) null);
            return predictions.skb().makeGridSearch(2 + random.nextInt(4), "r2", true);
        }

        /**
         * Up to two frame steps before the split: a row filter on a numeric column, an isin mask against another
         * filtered frame (a semi join, or an anti join with ~, when the optimizer is on), an assign; each keeps
         * enough of the 90 rows for any fold count.
         */
        private DataOp rows(DataOp data) {
            int steps = random.nextInt(3);
            for (int s = 0; s < steps; s++) {
                switch (random.nextInt(7)) {
                    case 0 -> data = data.getItem(data.get("age").binary(BinaryOperator.GT, 20 + random.nextInt(10)));
                    case 4 -> {
                        // Two renames (merge_renames composes them), back to the names the later steps read.
                        data = rename(data, "rate", "r", "hours", "h", "nothing", "n");
                        if (random.nextBoolean()) {
                            data = data.getItem(data.get("r").binary(BinaryOperator.GT, 1.0));
                        }
                        data = rename(data, "r", "rate", "h", "hours", "age", "age");
                    }
                    case 6 -> {
                        // A per-city mean filtered on its key (the filter moves below the group-by), joined back
                        // (left, or right with the sides swapped) and filtered on a column of the data (the filter
                        // moves into the preserved side, as the other brings only float64), the mean dropped again.
                        DataOp stats = rename(data.call("groupby", List.of(List.of("city")), Map.of("as_index", false))
                                .get(List.of("rate")).call("mean", List.of(), Map.of()), "rate", "city_rate");
                        stats = stats.getItem(stats.get("city").binary(BinaryOperator.NE, "rennes"));
                        DataOp joined = random.nextBoolean()
                                ? data.call("merge", List.of(stats), Map.of("on", "city", "how", "left"))
                                : stats.call("merge", List.of(data), Map.of("on", "city", "how", "right"));
                        joined = joined.getItem(joined.get("age").binary(BinaryOperator.GT, 18 + random.nextInt(8)));
                        data = joined.drop(List.of("city_rate"));
                    }
                    case 5 -> {
                        // A rename after a selection of every column, in another order (entries for columns the
                        // selection lacks are dropped by merge_renames).
                        List<String> all = new ArrayList<>(List.of("income", "age", "hours", "rate", "city", "grade", "senior"));
                        java.util.Collections.shuffle(all, random);
                        data = rename(data.get(all), "city", "town", "missing", "m");
                        data = rename(data, "town", "city");
                    }
                    case 1 -> {
                        DataOp older = data.getItem(data.get("age").binary(BinaryOperator.GT, 40));
                        data = data.getItem(data.get("city").call("isin", List.of(older.get("city")), Map.of()));
                    }
                    case 2 -> {
                        DataOp rennes = data.getItem(data.get("city").binary(BinaryOperator.EQ, "rennes"));
                        data = data.getItem(data.get("city").call("isin", List.of(rennes.get("city")), Map.of())
                                .unary(UnaryOperator.INVERT));
                    }
                    default -> {
                        Map<String, Object> columns = new LinkedHashMap<>();
                        columns.put("rate", data.get("rate").times(data.get("hours")));
                        data = data.assign(columns);
                    }
                }
            }
            return data;
        }

        private static DataOp rename(DataOp frame, String... fromTo) {
            Map<String, Object> columns = new LinkedHashMap<>();
            for (int i = 0; i < fromTo.length; i += 2) {
                columns.put(fromTo[i], fromTo[i + 1]);
            }
            return frame.call("rename", List.of(), Map.of("columns", columns));
        }

        /** A chain of random steps that ends with only numeric columns, as a linear learner needs. */
        private DataOp features(DataOp x) {
            List<String> numeric = new ArrayList<>(NUMERIC);
            List<String> categorical = new ArrayList<>(CATEGORICAL);
            int steps = 1 + random.nextInt(5);
            for (int s = 0; s < steps; s++) {
                switch (random.nextInt(4)) {
                    case 0 -> x = assign(x, numeric);
                    case 1 -> {
                        // Drop a column, keeping at least one numeric feature.
                        List<String> droppable = new ArrayList<>(categorical);
                        if (numeric.size() > 1) {
                            droppable.addAll(numeric);
                        }
                        String column = pick(droppable);
                        x = x.drop(List.of(column));
                        numeric.remove(column);
                        categorical.remove(column);
                    }
                    case 2 -> {
                        if (!categorical.isEmpty()) {
                            x = oneHot(x, categorical, numeric);
                        }
                    }
                    default -> x = x.skb().apply(DataOps.estimator("sklearn.preprocessing.StandardScaler", Map.of()), null,
                            subset(numeric));
                }
            }
            if (random.nextInt(3) == 0) {
                // skrub's TableVectorizer encodes whatever is left (expand_table_vectorizer splits it into runs of
                // columns when another candidate's vectorizer reads some of the same columns).
                x = x.skb().apply(DataOps.estimator("skrub.TableVectorizer", Map.of()), null, (List<String>) null);
                categorical.clear();
            } else if (!categorical.isEmpty()) {
                x = oneHot(x, categorical, numeric);
            }
            return x;
        }

        private DataOp assign(DataOp x, List<String> numeric) {
            DataOp left = x.get(pick(numeric));
            DataOp value = switch (random.nextInt(5)) {
                case 0 -> left.plus(x.get(pick(numeric)));
                case 1 -> left.minus(random.nextInt(50));
                case 2 -> left.times(x.get(pick(numeric)));
                case 3 -> left.dividedBy(1 + random.nextInt(9));
                default -> left.times(0.5 + random.nextInt(4));
            };
            // Sometimes overwrite an existing column, as pandas' assign does in place.
            String name = random.nextInt(4) == 0 ? pick(numeric) : "f" + names++;
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put(name, value);
            if (!numeric.contains(name)) {
                numeric.add(name);
            }
            return x.assign(columns);
        }

        /** Encodes every categorical column left; the encoded columns are numeric from then on. */
        private DataOp oneHot(DataOp x, List<String> categorical, List<String> numeric) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("handle_unknown", "ignore");
            params.put("sparse_output", false);
            if (random.nextBoolean()) {
                params.put("drop", "if_binary");
            }
            DataOp encoded = x.skb().apply(DataOps.estimator("sklearn.preprocessing.OneHotEncoder", params), null,
                    List.copyOf(categorical));
            categorical.clear();
            return encoded;
        }

        private DataOp learner() {
            DataOp ridge = DataOps.estimator("sklearn.linear_model.Ridge",
                    Map.of("alpha", DataOps.chooseFrom(List.of(0.01, 1.0, 100.0), "alpha")));
            DataOp ols = DataOps.estimator("sklearn.linear_model.LinearRegression", Map.of());
            return switch (random.nextInt(3)) {
                case 0 -> ridge;
                case 1 -> ols;
                default -> DataOps.chooseFrom(Map.of("ridge", ridge, "ols", ols), "model");
            };
        }

        private List<String> subset(List<String> columns) {
            List<String> out = new ArrayList<>();
            for (String c : columns) {
                if (random.nextBoolean()) {
                    out.add(c);
                }
            }
            return out.isEmpty() ? List.of(columns.getFirst()) : out;
        }

        private String pick(List<String> from) {
            return from.get(random.nextInt(from.size()));
        }
    }
}
