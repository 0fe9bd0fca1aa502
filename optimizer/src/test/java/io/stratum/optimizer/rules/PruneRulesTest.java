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
import static io.stratum.optimizer.PlanBuilder.search;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.check;
import static io.stratum.optimizer.RuleTester.checkUnchanged;

import io.stratum.ir.logical.Assign;
import io.stratum.optimizer.RuleTester;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.metadata.SourceStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;

class PruneRulesTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));
    private static final LogicalNode Y = markY(col(DATA, "salary"));

    @Test
    void readKeepsTheSelectedColumnsAndTheTargetInFileOrder() {
        LogicalNode plan = search(apply(markX(cols(DATA, "rating", "year_first_hired")), est("Ridge"), Y), 5, "r2");
        check(CoreRules.PRUNE_UNREAD_COLUMNS, EMPLOYEES, plan, """
                GridSearch cv=5, scoring='r2'
                  Apply
                    X: MarkX
                      GetItem
                        of: [#1] Var name='data'
                          ReadCsv path='employees.csv'
                        key: Value value=['rating', 'year_first_hired']
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: MarkY
                      GetItem
                        of: [#1] ↑ Var
                        key: Value value='salary'
                """, """
                GridSearch cv=5, scoring='r2'
                  Apply
                    X: MarkX
                      GetItem
                        of: [#1] Var name='data'
                          ReadCsv path='employees.csv', columns=['year_first_hired', 'rating', 'salary']
                        key: Value value=['rating', 'year_first_hired']
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: MarkY
                      GetItem
                        of: [#1] ↑ Var
                        key: Value value='salary'
                """);
    }

    @Test
    void theGroupsOfAMarkedSplitterSurvivePruning() {
        // X = data[["rating"]].skb.mark_as_X(cv=GroupKFold(3), split_kwargs={"groups": data["dept"]}): dept is no
        // feature, but the splitter reads it on every row.
        io.stratum.ir.value.Const cv = new io.stratum.ir.value.Const.DictConst(
                List.of(io.stratum.ir.value.Const.of("splitter"), io.stratum.ir.value.Const.of("n_splits")),
                List.of(io.stratum.ir.value.Const.of("GroupKFold"), io.stratum.ir.value.Const.of(3L)));
        LogicalNode x = new io.stratum.ir.logical.MarkX(cols(DATA, "rating"), cv, col(DATA, "dept"), AT);
        LogicalNode plan = search(apply(x, est("Ridge"), Y), 5, "r2");
        check(CoreRules.PRUNE_UNREAD_COLUMNS, EMPLOYEES, plan, """
                GridSearch cv=5, scoring='r2'
                  Apply
                    X: MarkX cv={'splitter': 'GroupKFold', 'n_splits': 3}
                      GetItem
                        of: [#1] Var name='data'
                          ReadCsv path='employees.csv'
                        key: Value value=['rating']
                      GetItem
                        of: [#1] ↑ Var
                        key: Value value='dept'
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: MarkY
                      GetItem
                        of: [#1] ↑ Var
                        key: Value value='salary'
                """, """
                GridSearch cv=5, scoring='r2'
                  Apply
                    X: MarkX cv={'splitter': 'GroupKFold', 'n_splits': 3}
                      GetItem
                        of: [#1] Var name='data'
                          ReadCsv path='employees.csv', columns=['dept', 'rating', 'salary']
                        key: Value value=['rating']
                      GetItem
                        of: [#1] ↑ Var
                        key: Value value='dept'
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: MarkY
                      GetItem
                        of: [#1] ↑ Var
                        key: Value value='salary'
                """);
    }

    @Test
    void withoutStatisticsTheReadKeepsTheDemandedNamesSorted() {
        LogicalNode plan = search(apply(markX(cols(DATA, "rating", "year_first_hired")), est("Ridge"), Y), 5, "r2");
        LogicalNode after = RuleTester.run(CoreRules.PRUNE_UNREAD_COLUMNS, plan).plan();
        org.junit.jupiter.api.Assertions.assertTrue(io.stratum.ir.explain.ExplainWriter.explain(after)
                .contains("ReadCsv path='employees.csv', columns=['rating', 'salary', 'year_first_hired']"));
    }

    @Test
    void pruningFollowsAssignScalerAndTheLearnersColumns() {
        // X = data.mark_as_X(); X = X.assign(r2=X.rating * X.rating); X = X.skb.apply(StandardScaler(), cols=["r2"]);
        // the learner reads r2 and year_first_hired: dept and gender are never read.
        LogicalNode x = markX(DATA);
        LogicalNode assigned = new Assign(x, List.of("r2"), List.of(bin(BinaryOperator.MUL, col(x, "rating"), col(x, "rating"))), AT);
        LogicalNode scaled = apply(assigned, est("StandardScaler"), null, "r2");
        LogicalNode plan = search(apply(scaled, est("Ridge"), Y, "r2", "year_first_hired"), 5, "r2");
        LogicalNode after = RuleTester.run(CoreRules.PRUNE_UNREAD_COLUMNS, plan, EMPLOYEES).plan();
        org.junit.jupiter.api.Assertions.assertTrue(io.stratum.ir.explain.ExplainWriter.explain(after)
                .contains("ReadCsv path='employees.csv', columns=['year_first_hired', 'rating', 'salary']"),
                io.stratum.ir.explain.ExplainWriter.explain(after));
    }

    @Test
    void pruningMapsRenamedColumnsBackToTheirOldNames() {
        LogicalNode renamed = new io.stratum.ir.logical.Rename(markX(DATA), List.of("rating", "dept"), List.of("score", "rating"), AT);
        LogicalNode plan = search(apply(renamed, est("Ridge"), Y, "score", "year_first_hired"), 5, "r2");
        LogicalNode after = RuleTester.run(CoreRules.PRUNE_UNREAD_COLUMNS, plan, EMPLOYEES).plan();
        // "score" was rating; rating itself was renamed away, so dept (now called rating) is not read.
        org.junit.jupiter.api.Assertions.assertTrue(io.stratum.ir.explain.ExplainWriter.explain(after)
                .contains("ReadCsv path='employees.csv', columns=['year_first_hired', 'rating', 'salary']"),
                io.stratum.ir.explain.ExplainWriter.explain(after));
    }

    @Test
    void pruningMapsAffixedColumnsBackToTheirNames() {
        // data.add_prefix("p_")[["p_rating"]]: only rating is read ("p_" + anything else is not asked for)
        LogicalNode affixed = new io.stratum.ir.logical.Affix(markX(DATA), "p_", "", AT);
        LogicalNode plan = search(apply(cols(affixed, "p_rating"), est("Ridge"), Y), 5, "r2");
        LogicalNode after = RuleTester.run(CoreRules.PRUNE_UNREAD_COLUMNS, plan, EMPLOYEES).plan();
        org.junit.jupiter.api.Assertions.assertTrue(io.stratum.ir.explain.ExplainWriter.explain(after)
                .contains("ReadCsv path='employees.csv', columns=['rating', 'salary']"),
                io.stratum.ir.explain.ExplainWriter.explain(after));
    }

    @Test
    void aRowMaskPassesTheDemandThroughAndReadsItsOwnColumn() {
        // data[data["rating"] > 0][["year_first_hired"]]
        LogicalNode filtered = new io.stratum.ir.logical.GetItem(DATA,
                bin(BinaryOperator.GT, col(DATA, "rating"), io.stratum.optimizer.PlanBuilder.num(0L)), AT);
        LogicalNode plan = search(apply(markX(cols(filtered, "year_first_hired")), est("Ridge"), Y), 5, "r2");
        LogicalNode after = RuleTester.run(CoreRules.PRUNE_UNREAD_COLUMNS, plan, EMPLOYEES).plan();
        org.junit.jupiter.api.Assertions.assertTrue(io.stratum.ir.explain.ExplainWriter.explain(after)
                .contains("ReadCsv path='employees.csv', columns=['year_first_hired', 'rating', 'salary']"),
                io.stratum.ir.explain.ExplainWriter.explain(after));
    }

    @Test
    void everyCandidatesColumnsAreKept() {
        LogicalNode x = choice("features", "a", cols(DATA, "rating"), "b", cols(DATA, "dept"));
        LogicalNode plan = search(apply(markX(x), est("Ridge"), Y), 5, "r2");
        LogicalNode after = RuleTester.run(CoreRules.PRUNE_UNREAD_COLUMNS, plan, EMPLOYEES).plan();
        org.junit.jupiter.api.Assertions.assertTrue(io.stratum.ir.explain.ExplainWriter.explain(after)
                .contains("ReadCsv path='employees.csv', columns=['dept', 'rating', 'salary']"),
                io.stratum.ir.explain.ExplainWriter.explain(after));
    }

    @Test
    void aLearnerOnTheWholeFrameReadsEveryColumn() {
        LogicalNode plan = search(apply(markX(new Drop(DATA, List.of("salary"), AT)), est("Ridge"), Y), 5, "r2");
        checkUnchanged(CoreRules.PRUNE_UNREAD_COLUMNS, EMPLOYEES, plan, """
                GridSearch cv=5, scoring='r2'
                  Apply
                    X: MarkX
                      Drop columns=['salary']
                        [#1] Var name='data'
                          ReadCsv path='employees.csv'
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: MarkY
                      GetItem
                        of: [#1] ↑ Var
                        key: Value value='salary'
                """);
    }

    @Test
    void aColumnTheFileLacksKeepsTheReadWholeSoTheErrorListsEveryColumn() {
        LogicalNode plan = search(apply(markX(cols(DATA, "ratin")), est("Ridge"), Y), 5, "r2");
        checkUnchanged(CoreRules.PRUNE_UNREAD_COLUMNS, EMPLOYEES, plan, """
                GridSearch cv=5, scoring='r2'
                  Apply
                    X: MarkX
                      GetItem
                        of: [#1] Var name='data'
                          ReadCsv path='employees.csv'
                        key: Value value=['ratin']
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: MarkY
                      GetItem
                        of: [#1] ↑ Var
                        key: Value value='salary'
                """);
    }

    @Test
    void anAssignedColumnNobodyReadsIsRemovedWhenItCannotRaise() {
        // X = data[["rating", "dept", "year_first_hired"]].mark_as_X(); X = X.assign(r2=X.rating * 2, d2=X.dept + "x");
        // the learner reads rating and year_first_hired only. r2 goes; d2 stays, since str + str is not known not to raise.
        LogicalNode x = markX(cols(DATA, "rating", "dept", "year_first_hired"));
        LogicalNode assigned = new Assign(x, List.of("r2", "d2"), List.of(
                bin(BinaryOperator.MUL, col(x, "rating"), io.stratum.optimizer.PlanBuilder.num(2L)),
                bin(BinaryOperator.ADD, col(x, "dept"), io.stratum.optimizer.PlanBuilder.str("x"))), AT);
        LogicalNode plan = search(apply(assigned, est("Ridge"), Y, "rating", "year_first_hired"), 5, "r2");
        check(CoreRules.REMOVE_UNREAD_ASSIGNMENTS, EMPLOYEES, plan, """
                GridSearch cv=5, scoring='r2'
                  Apply cols=['rating', 'year_first_hired']
                    X: Assign names=['r2', 'd2']
                      frame: [#1] MarkX
                        GetItem
                          of: [#2] Var name='data'
                            ReadCsv path='employees.csv'
                          key: Value value=['rating', 'dept', 'year_first_hired']
                      r2: BinOp op='*'
                        GetItem
                          of: [#1] ↑ MarkX
                          key: Value value='rating'
                        Value value=2
                      d2: BinOp op='+'
                        GetItem
                          of: [#1] ↑ MarkX
                          key: Value value='dept'
                        Value value='x'
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: MarkY
                      GetItem
                        of: [#2] ↑ Var
                        key: Value value='salary'
                """, """
                GridSearch cv=5, scoring='r2'
                  Apply cols=['rating', 'year_first_hired']
                    X: Assign names=['d2']
                      frame: [#1] MarkX
                        GetItem
                          of: [#2] Var name='data'
                            ReadCsv path='employees.csv'
                          key: Value value=['rating', 'dept', 'year_first_hired']
                      d2: BinOp op='+'
                        GetItem
                          of: [#1] ↑ MarkX
                          key: Value value='dept'
                        Value value='x'
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: MarkY
                      GetItem
                        of: [#2] ↑ Var
                        key: Value value='salary'
                """);
    }

    @Test
    void anAssignedColumnStaysWhenReadOrWithoutKnownTypes() {
        LogicalNode x = markX(cols(DATA, "rating", "year_first_hired"));
        LogicalNode assigned = new Assign(x, List.of("r2"), List.of(
                bin(BinaryOperator.MUL, col(x, "rating"), io.stratum.optimizer.PlanBuilder.num(2L))), AT);
        LogicalNode unread = search(apply(assigned, est("Ridge"), Y, "rating"), 5, "r2");
        // Without statistics the column's dtype is unknown: rating * 2 might raise.
        org.junit.jupiter.api.Assertions.assertTrue(RuleTester.run(CoreRules.REMOVE_UNREAD_ASSIGNMENTS, unread).trace().firings().isEmpty());
        LogicalNode read = search(apply(assigned, est("Ridge"), Y, "r2"), 5, "r2");
        org.junit.jupiter.api.Assertions.assertTrue(RuleTester.run(CoreRules.REMOVE_UNREAD_ASSIGNMENTS, read, EMPLOYEES).trace().firings().isEmpty());
    }

    @Test
    void aDropOfKnownSourceColumnsBecomesASelectionOfTheRest() {
        LogicalNode plan = markX(new Drop(DATA, List.of("salary", "gender"), AT));
        check(CoreRules.REPLACE_DROP_OF_SOURCE_COLUMNS, EMPLOYEES, plan, """
                MarkX
                  Drop columns=['salary', 'gender']
                    Var name='data'
                      ReadCsv path='employees.csv'
                """, """
                MarkX
                  GetItem
                    of: Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value=['dept', 'year_first_hired', 'rating']
                """);
    }

    @Test
    void aDropStaysWithoutStatisticsOrWhenAColumnIsMissing() {
        LogicalNode missing = markX(new Drop(DATA, List.of("salary", "age"), AT));
        String text = """
                MarkX
                  Drop columns=['salary', 'age']
                    Var name='data'
                      ReadCsv path='employees.csv'
                """;
        checkUnchanged(CoreRules.REPLACE_DROP_OF_SOURCE_COLUMNS, EMPLOYEES, missing, text);
        checkUnchanged(CoreRules.REPLACE_DROP_OF_SOURCE_COLUMNS, SourceStatistics.NONE, missing, text);
    }
}
