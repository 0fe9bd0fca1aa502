package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.choice;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.check;
import static io.stratum.optimizer.RuleTester.checkUnchanged;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.optimizer.PlanBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class EliminateCommonSubplansTest {

    /** A pipeline built from scratch each time, as a script building candidates in separate code paths does. */
    private static LogicalNode encoded() {
        LogicalNode data = var("data", csv("employees.csv"));
        return apply(markX(new Drop(data, List.of("salary"), PlanBuilder.AT)), est("OneHotEncoder"), null, "dept");
    }

    @Test
    void separatelyBuiltEqualPrefixesBecomeOneNode() {
        LogicalNode y = markY(col(var("data", csv("employees.csv")), "salary"));
        Choice model = choice("model",
                "ridge", apply(encoded(), est("Ridge"), y),
                "ols", apply(encoded(), est("LinearRegression"), y));
        LogicalNode after = check(CoreRules.ELIMINATE_COMMON_SUBPLANS, model, """
                Choice name='model', labels=['ridge', 'ols']
                  ridge: Apply
                    X: Apply cols=['dept']
                      X: MarkX
                        Drop columns=['salary']
                          Var name='data'
                            ReadCsv path='employees.csv'
                      estimator: Estimator class='sklearn.preprocessing.OneHotEncoder'
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: [#1] MarkY
                      GetItem
                        of: Var name='data'
                          ReadCsv path='employees.csv'
                        key: Value value='salary'
                  ols: Apply
                    X: Apply cols=['dept']
                      X: MarkX
                        Drop columns=['salary']
                          Var name='data'
                            ReadCsv path='employees.csv'
                      estimator: Estimator class='sklearn.preprocessing.OneHotEncoder'
                    estimator: Estimator class='sklearn.linear_model.LinearRegression'
                    y: [#1] ↑ MarkY
                """, """
                Choice name='model', labels=['ridge', 'ols']
                  ridge: Apply
                    X: [#1] Apply cols=['dept']
                      X: MarkX
                        Drop columns=['salary']
                          [#2] Var name='data'
                            ReadCsv path='employees.csv'
                      estimator: Estimator class='sklearn.preprocessing.OneHotEncoder'
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: [#3] MarkY
                      GetItem
                        of: [#2] ↑ Var
                        key: Value value='salary'
                  ols: Apply
                    X: [#1] ↑ Apply
                    estimator: Estimator class='sklearn.linear_model.LinearRegression'
                    y: [#3] ↑ MarkY
                """);
        Choice c = (Choice) after;
        assertSame(((Apply) c.outcomes().get(0)).input(), ((Apply) c.outcomes().get(1)).input());
    }

    @Test
    void planWithoutRepeatsIsUnchanged() {
        checkUnchanged(CoreRules.ELIMINATE_COMMON_SUBPLANS, encoded(), """
                Apply cols=['dept']
                  X: MarkX
                    Drop columns=['salary']
                      Var name='data'
                        ReadCsv path='employees.csv'
                  estimator: Estimator class='sklearn.preprocessing.OneHotEncoder'
                """);
    }
}
