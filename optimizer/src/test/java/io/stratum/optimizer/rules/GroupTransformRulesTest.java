package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.EMPLOYEES;
import static io.stratum.optimizer.PlanBuilder.EMPLOYEES_AND_DEPTS;
import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.bin;
import static io.stratum.optimizer.PlanBuilder.call;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.kw;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.pos;
import static io.stratum.optimizer.PlanBuilder.search;
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.checkGolden;
import static io.stratum.optimizer.RuleTester.checkUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.GroupTransform;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.RuleTester;
import io.stratum.optimizer.metadata.MetadataDerivation;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.optimizer.metadata.OutputKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code groupby(keys)[cols].transform(f)} through the rules: binding to {@link GroupTransform}, the columns it reads,
 * its types, and the rules that must not move work across it (a filter below it changes the groups; above the split
 * it would see other rows than skrub's fold).
 */
class GroupTransformRulesTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));

    private static GroupTransform meanSalaryByDept(LogicalNode frame) {
        return new GroupTransform(frame, List.of("dept"), List.of("salary"), "mean", true, true, AT);
    }

    private static Assign withAverage(LogicalNode frame) {
        return new Assign(frame, List.of("avg"), List.of(meanSalaryByDept(frame)), AT);
    }

    private static LogicalNode pipeline(LogicalNode frame, String... features) {
        return search(apply(markX(cols(frame, features)), est("Ridge"), markY(col(frame, "salary"))), 5, "r2");
    }

    @Test
    void transformOfAGroupedColumnBindsToOneNode() {
        LogicalNode grouped = call(DATA, "groupby", pos(str("dept")), kw("dropna", io.stratum.ir.logical.Value.of(
                io.stratum.ir.value.Const.of(false))));
        LogicalNode plan = pipeline(new Assign(DATA, List.of("avg"), List.of(call(
                new io.stratum.ir.logical.GetItem(grouped, str("salary"), AT), "transform", pos(str("median")))), AT), "avg");
        checkGolden(CoreRules.BIND_RELATIONAL_METHODS, EMPLOYEES, plan, "bind_group_transform");
    }

    @Test
    void aFilterAboveAnAssignedTransformStaysAboveIt() {
        // Below the assign the filter would change which rows each group's mean is taken over.
        LogicalNode assigned = withAverage(DATA);
        LogicalNode onValues = new Filter(assigned, bin(BinaryOperator.GT, col(assigned, "salary"), col(assigned, "avg")), AT);
        checkUnchanged(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES, pipeline(onValues, "avg", "rating"), """
                GridSearch cv=5, scoring='r2'
                  Apply
                    X: MarkX
                      GetItem
                        of: [#1] Filter
                          of: [#2] Assign names=['avg']
                            frame: [#3] Var name='data'
                              ReadCsv path='employees.csv'
                            avg: GroupTransform keys=['dept'], column=['salary'], function='mean', dropna=True
                              [#3] ↑ Var
                          mask: BinOp op='>'
                            GetItem
                              of: [#2] ↑ Assign
                              key: Value value='salary'
                            GetItem
                              of: [#2] ↑ Assign
                              key: Value value='avg'
                        key: Value value=['avg', 'rating']
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: MarkY
                      GetItem
                        of: [#1] ↑ Filter
                        key: Value value='salary'
                """);
        // Even a mask on other columns only (a filter below a row-wise assign would move).
        LogicalNode onOther = new Filter(assigned, bin(BinaryOperator.GT, col(assigned, "year_first_hired"), num(2000)), AT);
        checkUnchanged(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES, pipeline(onOther, "avg"),
                ExplainWriter.explain(pipeline(onOther, "avg")));
        // And a filter of a transformed frame itself.
        LogicalNode frame = new GroupTransform(DATA, List.of("dept"), List.of("salary", "rating"), "max", true, false, AT);
        LogicalNode onFrame = new Filter(frame, bin(BinaryOperator.GT, col(frame, "rating"), num(2)), AT);
        checkUnchanged(CoreRules.PUSH_FILTER_TOWARD_SOURCES, EMPLOYEES, pipeline(onFrame, "rating"),
                ExplainWriter.explain(pipeline(onFrame, "rating")));
    }

    @Test
    void theReadKeepsTheKeysAndTheTransformedColumn() {
        checkGolden(CoreRules.PRUNE_UNREAD_COLUMNS, EMPLOYEES_AND_DEPTS, pipeline(withAverage(DATA), "avg", "rating"),
                "prune_through_group_transform");
    }

    @Test
    void aTransformAfterTheMarkStaysPerFold() {
        // skrub computes the group means on a fold's training rows when fitting and on its test rows when predicting.
        LogicalNode x = markX(DATA);
        LogicalNode plan = apply(withAverage(x), est("Ridge"), markY(col(DATA, "salary")));
        checkUnchanged(CoreRules.HOIST_ROW_WISE_WORK_ABOVE_SPLIT, plan, ExplainWriter.explain(plan));
    }

    @Test
    void typesAreTheAggregationsAndIntegersWidenOnlyWhereAKeyMayBeMissing() {
        LogicalNode byDept = new GroupTransform(DATA, List.of("dept"), null, "max", true, false, AT);
        LogicalNode byGender = new GroupTransform(DATA, List.of("gender"), List.of("year_first_hired", "rating"), "sum", true, false, AT);
        LogicalNode byGenderKept = new GroupTransform(DATA, List.of("gender"), List.of("year_first_hired"), "count", false, true, AT);
        LogicalNode sizes = new GroupTransform(DATA, List.of("dept", "gender"), null, "size", true, false, AT);
        LogicalNode means = new GroupTransform(DATA, List.of("year_first_hired"), List.of("salary"), "mean", true, true, AT);
        // dept has no missing value in the statistics: the maxima keep their types; every column but the key.
        assertEquals("gender:str year_first_hired:int64 rating:float64 salary:float64", schema(byDept));
        // gender may be missing: an int64 sum is float64 where a key is missing, int64 where none is.
        assertEquals("year_first_hired:? rating:float64", schema(byGender));
        assertEquals("year_first_hired:int64", schema(byGenderKept));
        assertEquals("size:?", schema(sizes));
        assertEquals("salary:float64", schema(means));
        assertEquals(OutputKind.FRAME, metadata(byDept).kind());
        assertEquals(OutputKind.COLUMN, metadata(sizes).kind());
        assertEquals(200L, metadata(means).rows().getAsLong());
    }

    @Test
    void aMissingColumnIsAnErrorAtTheTransform() {
        LogicalNode bad = new GroupTransform(DATA, List.of("dept"), List.of("salry"), "mean", true, true, AT);
        StratumError e = assertThrows(StratumError.class, () -> MetadataDerivation.derive(bad, EMPLOYEES, StandardCatalog.get()));
        assertEquals(7, e.origin().line());
        assertTrue(e.getMessage().contains("no column 'salry'") && e.hint().contains("did you mean 'salary'"), e.getMessage());
    }

    private static NodeMetadata metadata(LogicalNode node) {
        return MetadataDerivation.derive(node, EMPLOYEES, StandardCatalog.get()).find(node).orElseThrow();
    }

    private static String schema(LogicalNode node) {
        NodeMetadata n = metadata(node);
        return String.join(" ", n.schema().orElseThrow().stream().map(c -> c.name() + ":" + c.type().label()).toList());
    }

    @Test
    void groupedMethodsStratumDoesNotComputeAreRefusedAtTheirLine() {
        LogicalNode grouped = call(DATA, "groupby", pos(str("dept")));
        LogicalNode column = new io.stratum.ir.logical.GetItem(grouped, str("salary"), AT);
        for (String[] c : new String[][] {
                {"ngroup", "depends on its place in the group"},
                {"rank", "depends on its place in the group"},
                {"nth", "broadcasts one to every row with .transform(\"mean\")"},
                {"prod", "is not supported by Stratum"}}) {
            StratumError e = assertThrows(StratumError.class, () -> RuleTester.run(CoreRules.BIND_RELATIONAL_METHODS,
                    pipeline(new Assign(DATA, List.of("r"), List.of(call(column, c[0])), AT), "r")), c[0]);
            assertTrue((e.getMessage() + " " + e.hint()).contains(c[1]), c[0] + ": " + e.getMessage() + " " + e.hint());
            assertEquals(7, e.origin().line());
        }
    }
}
