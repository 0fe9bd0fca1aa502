package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.EMPLOYEES;
import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.bin;
import static io.stratum.optimizer.PlanBuilder.choice;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.search;
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.checkGolden;
import static io.stratum.optimizer.RuleTester.checkUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.value.Const;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.node.Fingerprint;
import io.stratum.optimizer.Golden;
import io.stratum.optimizer.driver.Batch;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleDriver;
import io.stratum.optimizer.metadata.SourceStatistics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code expand_table_vectorizer}: per-column TableVectorizers where another candidate encodes the same column. */
class ExpandTableVectorizerTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));
    private static final LogicalNode X = markX(cols(DATA, "dept", "gender", "year_first_hired", "rating"));
    private static final LogicalNode Y = markY(col(DATA, "salary"));

    private static LogicalNode learner(LogicalNode features, LogicalNode vectorizer) {
        return apply(apply(features, vectorizer, null), est("Ridge"), Y);
    }

    private static LogicalNode twoFeatureSets(LogicalNode vectorizer) {
        return search(choice("features",
                "all", learner(X, vectorizer),
                "no_gender", learner(new Drop(X, List.of("gender"), AT), vectorizer)), 5, "r2");
    }

    @Test
    void candidatesSharingColumnsGetPerColumnVectorizersThatAreEqual() {
        LogicalNode after = checkGolden(CoreRules.EXPAND_TABLE_VECTORIZER, EMPLOYEES, twoFeatureSets(est("TableVectorizer")),
                "expand_table_vectorizer");
        // dept, year_first_hired and rating are encoded by the same sub-plan in both candidates
        Set<Fingerprint> applies = new HashSet<>();
        collectApplies(after, applies);
        assertEquals(3, applies.size(), "one distinct TableVectorizer per run ([dept], [gender], [year_first_hired, rating]): " + ExplainWriter.explain(after));
    }

    @Test
    void selectionsOfTheSameFrameShareTheirCommonColumns() {
        LogicalNode tv = est("TableVectorizer", "cardinality_threshold", num(10L));
        LogicalNode plan = search(choice("features",
                "a", learner(cols(X, "dept", "rating"), tv),
                "b", learner(cols(X, "rating", "gender", "dept"), tv)), 5, "r2");
        checkGolden(CoreRules.EXPAND_TABLE_VECTORIZER, EMPLOYEES, plan, "expand_table_vectorizer_selections");
    }

    @Test
    void aVectorizerAfterAChoiceOfFramesIsAppliedToEachOutcomeThenExpanded() {
        LogicalNode features = choice("features", "all", X, "no_gender", new Drop(X, List.of("gender"), AT));
        LogicalNode plan = search(learner(features, est("TableVectorizer")), 5, "r2");
        RuleDriver driver = new RuleDriver(List.of(Batch.fixpoint("test", 10, List.of(CoreRules.EXPAND_TABLE_VECTORIZER))),
                RuleDriver.Config.DEFAULT);
        RuleDriver.Outcome out = driver.run(plan, new RuleContext(StandardCatalog.get(), EMPLOYEES));
        Golden.assertMatches("rules/expand_table_vectorizer_through_choice.txt", "-- before expand_table_vectorizer\n"
                + ExplainWriter.explain(plan) + "-- after (to a fixpoint)\n" + ExplainWriter.explain(out.plan()));
        Set<Fingerprint> applies = new HashSet<>();
        collectApplies(out.plan(), applies);
        assertEquals(3, applies.size(), ExplainWriter.explain(out.plan()));
        // a choice read by another step too stays where it is
        LogicalNode twice = search(apply(learner(features, est("TableVectorizer")), est("Ridge"), markY(col(features, "rating"))), 5, "r2");
        checkUnchanged(CoreRules.EXPAND_TABLE_VECTORIZER, EMPLOYEES, twice, ExplainWriter.explain(twice));
    }

    private static LogicalNode ratio(LogicalNode frame) {
        return new Assign(frame, List.of("ratio"), List.of(bin(BinaryOperator.TRUEDIV, col(frame, "rating"),
                col(frame, "year_first_hired"))), AT);
    }

    @Test
    void anAssignBetweenTheCandidatesFramesKeepsTheOtherColumnsShared() {
        // with_ratio = X.assign(ratio=X.rating / X.year_first_hired): X's four columns are X's, whatever was added.
        LogicalNode tv = est("TableVectorizer");
        LogicalNode plan = search(choice("features",
                "all", learner(X, tv),
                "with_ratio", learner(ratio(X), tv)), 5, "r2");
        LogicalNode after = checkGolden(CoreRules.EXPAND_TABLE_VECTORIZER, EMPLOYEES, plan,
                "expand_table_vectorizer_through_assign");
        Set<Fingerprint> applies = new HashSet<>();
        collectApplies(after, applies);
        assertEquals(2, applies.size(), "X's four columns in one shared run, ratio in its own: " + ExplainWriter.explain(after));
    }

    @Test
    void renamesPerValueStepsAndTransformersOfOtherColumnsAreTracedThrough() {
        LogicalNode tv = est("TableVectorizer");
        LogicalNode renamed = new Rename(X, List.of("rating"), List.of("score"), AT);
        LogicalNode filled = new ElementWise(X, new ElementOp.FillNa(Const.of(0.0)), List.of("rating"), AT);
        LogicalNode scaled = apply(X, est("StandardScaler"), null, "year_first_hired");
        LogicalNode plan = search(choice("features",
                "all", learner(X, tv),
                "renamed", learner(renamed, tv),
                "filled", learner(filled, tv),
                "scaled", learner(scaled, tv)), 5, "r2");
        LogicalNode after = checkGolden(CoreRules.EXPAND_TABLE_VECTORIZER, EMPLOYEES, plan,
                "expand_table_vectorizer_through_row_wise_steps");
        Set<Fingerprint> applies = new HashSet<>();
        collectApplies(after, applies);
        // [dept, gender] is read by all four from X, [year_first_hired] by three, [rating] by two (all, scaled); plus
        // score, the filled rating and the scaled year from their own steps
        assertEquals(6, applies.size(), ExplainWriter.explain(after));
    }

    @Test
    void aStepWhoseComputedColumnsTheVectorizerDoesNotReadIsNotSkipped() {
        // X.assign(ratio=...).drop(columns=["ratio"]): tracing below the assign would leave it unread, so it would
        // no longer run (nor raise where pandas raises): the columns stay the assign's, nothing is shared.
        LogicalNode tv = est("TableVectorizer");
        LogicalNode plan = search(choice("features",
                "all", learner(X, tv),
                "dropped", learner(new Drop(ratio(X), List.of("ratio"), AT), tv)), 5, "r2");
        checkUnchanged(CoreRules.EXPAND_TABLE_VECTORIZER, EMPLOYEES, plan, ExplainWriter.explain(plan));
        // an assign that overwrites a column: that column is the assign's, the others still X's
        LogicalNode overwrite = new Assign(X, List.of("rating"), List.of(bin(BinaryOperator.MUL, col(X, "rating"), num(2L))), AT);
        LogicalNode shared = search(choice("features", "all", learner(X, tv), "doubled", learner(overwrite, tv)), 5, "r2");
        LogicalNode after = checkGolden(CoreRules.EXPAND_TABLE_VECTORIZER, EMPLOYEES, shared,
                "expand_table_vectorizer_assign_overwrites");
        Set<Fingerprint> applies = new HashSet<>();
        collectApplies(after, applies);
        assertEquals(3, applies.size(), ExplainWriter.explain(after));
    }

    @Test
    void vectorizersItCannotProveOrThatShareNothingStay() {
        LogicalNode tv = est("TableVectorizer");
        for (LogicalNode plan : List.of(
                // one TableVectorizer: splitting would share nothing
                search(learner(X, tv), 5, "r2"),
                // different parameters: no per-column encoder in common
                search(choice("features", "all", learner(X, tv),
                        "no_gender", learner(new Drop(X, List.of("gender"), AT), est("TableVectorizer", "cardinality_threshold", num(5L)))), 5, "r2"),
                // a non-default encoder
                twoFeatureSets(est("TableVectorizer", "low_cardinality", str("passthrough"))),
                // cols= on the apply
                search(choice("features", "all", apply(apply(X, tv, null, "dept"), est("Ridge"), Y),
                        "no_gender", apply(apply(new Drop(X, List.of("gender"), AT), tv, null, "dept"), est("Ridge"), Y)), 5, "r2"))) {
            checkUnchanged(CoreRules.EXPAND_TABLE_VECTORIZER, EMPLOYEES, plan, ExplainWriter.explain(plan));
        }
        // dept's one-hot columns are named dept_<value>, and a column dept_hr beside it could repeat one: the whole
        // vectorizer tags a repeated name (skrub's __skrub_...__), separate pieces could not see the clash
        io.stratum.optimizer.metadata.SourceStatistics prefixed = path -> path.equals("/data/prefixed.csv")
                ? java.util.Optional.of(new io.stratum.optimizer.metadata.SourceProfile(200, List.of(
                        stat("dept", io.stratum.optimizer.metadata.ColumnType.STR), stat("dept_hr",
                                io.stratum.optimizer.metadata.ColumnType.FLOAT64),
                        stat("gender", io.stratum.optimizer.metadata.ColumnType.STR),
                        stat("salary", io.stratum.optimizer.metadata.ColumnType.FLOAT64))))
                : java.util.Optional.empty();
        LogicalNode data = var("data", csv("prefixed.csv"));
        LogicalNode x = markX(cols(data, "dept", "dept_hr", "gender"));
        LogicalNode y = markY(col(data, "salary"));
        LogicalNode clash = search(choice("features", "all", apply(apply(x, tv, null), est("Ridge"), y),
                "no_gender", apply(apply(new Drop(x, List.of("gender"), AT), tv, null), est("Ridge"), y)), 5, "r2");
        checkUnchanged(CoreRules.EXPAND_TABLE_VECTORIZER, prefixed, clash, ExplainWriter.explain(clash));
        // without the sources' schemas the columns are unknown
        LogicalNode plan = twoFeatureSets(tv);
        checkUnchanged(CoreRules.EXPAND_TABLE_VECTORIZER, SourceStatistics.NONE, plan, ExplainWriter.explain(plan));
    }

    private static io.stratum.optimizer.metadata.ColumnStats stat(String name, io.stratum.optimizer.metadata.ColumnType type) {
        return new io.stratum.optimizer.metadata.ColumnStats(name, type, java.util.OptionalLong.of(3),
                java.util.OptionalDouble.of(0.0), java.util.Optional.empty());
    }

    private static void collectApplies(LogicalNode n, Set<Fingerprint> out) {
        if (n instanceof io.stratum.ir.logical.Apply a && a.estimator() instanceof io.stratum.ir.logical.Estimator e
                && e.simpleName().equals("TableVectorizer")) {
            out.add(a.fingerprint());
        }
        for (LogicalNode i : n.inputs()) {
            collectApplies(i, out);
        }
    }
}
