package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.Golden;
import io.stratum.frontend.api.DataOp;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.optimizer.OptimizationResult;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.ColumnType;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.optimizer.metadata.OutputKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The metadata of every example's optimized plan, as golden files ({@code metadata/<script>.txt}, rewritten with
 * {@code -Dgolden.update=true}), and what must hold whatever the golden says: every learner sees only numeric
 * features, as many rows as the source has, and metadata is the same with the optimizer on and off.
 */
class ExampleMetadataTest {

    static Stream<String> scripts() {
        return ExampleScripts.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void metadataOfTheOptimizedPlan(String script) {
        ExampleScripts.assumeDataFor(script);
        DataOp search = ExampleScripts.bind(script).mainSearch();
        assertNotNull(search, script + " builds no search");
        OptimizationResult on = new Session(SessionConfig.defaults().withOptimizer(true)).compile(search);
        OptimizationResult off = new Session(SessionConfig.defaults().withOptimizer(false)).compile(search);
        Golden.assertMatches("metadata/" + script.replace("examples/", "").replace('/', '_').replace(".py", ".txt"),
                on.metadata().explain(on.optimized()));

        List<Apply> learners = learners(on);
        assertTrue(!learners.isEmpty(), script + " has no learner");
        for (Apply learner : learners) {
            NodeMetadata x = on.metadata().of(learner.input());
            assertTrue(x.splitDependent(), script + ": the learner's features are split per fold");
            if (changesRows(on)) {
                // Filters, joins and dropna keep a number of rows that only the data knows: never guessed.
                assertTrue(x.rows().isEmpty(), script + ": rows after a filter or join must not be guessed");
            } else {
                assertEquals(sourceRows(on), x.rows().orElseThrow(), script + ": row count of the learner's features");
            }
            // A choice whose outcomes make different columns (a step made optional) leaves the schema unknown.
            // A TableVectorizer decides its output columns on each training fold (cardinality, datetime formats), so
            // metadata leaves them unknown until the plan expands it into per-column encoders.
            // A text vectorizer's or TruncatedSVD's output is a matrix without column names: no schema to know.
            boolean mustKnow = (script.equals("examples/quickstart.py") || script.startsWith("examples/employee_salaries/")
                    && !ExampleScripts.source(script).contains("TableVectorizer")) && x.kind() != OutputKind.MATRIX;
            if (x.schema().isEmpty()) {
                assertTrue(!mustKnow, script + ": features' schema unknown");
                continue;
            }
            // HistGradientBoosting takes category columns too (categorical_features="from_dtype"), and LightGBM's
            // learners (categorical_feature='auto').
            boolean categories = ExampleScripts.source(script).contains("HistGradientBoosting")
                    || ExampleScripts.source(script).contains("LGBM");
            for (ColumnStats c : x.schema().get()) {
                assertTrue(c.type() == ColumnType.FLOAT64 || c.type() == ColumnType.INT64 || c.type() == ColumnType.BOOL
                        || categories && c.type() == ColumnType.CATEGORY,
                        script + ": the learner would get the non-numeric column " + c.describe());
            }
            assertEquals(OutputKind.COLUMN, on.metadata().of(learner).kind());
        }
        // The same facts with the optimizer off: rewriting never changes what a value is.
        assertEquals(on.metadata().of(on.optimized()).rows(), off.metadata().of(off.optimized()).rows());
        assertEquals(on.work().physicalUnshared(), off.work().physicalUnshared(), script);
        assertTrue(on.work().physicalShared() <= off.work().physicalShared(), script);
    }

    private static List<Apply> learners(OptimizationResult r) {
        List<Apply> out = new ArrayList<>();
        for (LogicalNode n : nodes(r.optimized())) {
            if (n instanceof Apply a && r.metadata().of(a).columnNames().orElse(List.of()).equals(List.of("prediction"))) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean changesRows(OptimizationResult r) {
        for (LogicalNode n : nodes(r.optimized())) {
            if (n instanceof io.stratum.ir.logical.Filter || n instanceof io.stratum.ir.logical.Join
                    || n instanceof io.stratum.ir.logical.Aggregate || n instanceof io.stratum.ir.logical.Limit
                    || n instanceof io.stratum.ir.logical.DropNa || n instanceof io.stratum.ir.logical.DropDuplicates) {
                return true;
            }
        }
        return false;
    }

    /** The rows the features start from: the source's, or the part of it a train_test_split keeps (sized exactly). */
    private static long sourceRows(OptimizationResult r) {
        for (LogicalNode n : nodes(r.optimized())) {
            if (n instanceof io.stratum.ir.logical.TrainTestRows t) {
                return r.metadata().of(t).rows().orElseThrow();
            }
        }
        for (LogicalNode n : nodes(r.optimized())) {
            if (n instanceof ReadCsv) {
                return r.metadata().of(n).rows().orElseThrow();
            }
        }
        throw new AssertionError("no source");
    }

    private static List<LogicalNode> nodes(LogicalNode root) {
        Set<LogicalNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<LogicalNode> out = new ArrayList<>();
        List<LogicalNode> stack = new ArrayList<>(List.of(root));
        while (!stack.isEmpty()) {
            LogicalNode n = stack.removeLast();
            if (seen.add(n)) {
                out.add(n);
                stack.addAll(n.inputs());
            }
        }
        return out;
    }
}
