package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.apply;
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

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Subsample;
import org.junit.jupiter.api.Test;

/**
 * {@code resolve_subsampling}: a subsample is its input unless subsampling is in effect ({@code keep}), then the
 * first n rows or skrub's random draw.
 */
class ResolveSubsamplingTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));

    private static LogicalNode pipeline(LogicalNode frame) {
        return search(apply(markX(cols(frame, "rating", "year")), est("Ridge"), markY(col(frame, "salary"))), 5, "r2");
    }

    private static String before(String subsample) {
        return """
                GridSearch cv=5, scoring='r2'
                  Apply
                    X: MarkX
                      GetItem
                        of: [#1] %s
                          Var name='data'
                            ReadCsv path='employees.csv'
                        key: Value value=['rating', 'year']
                    estimator: Estimator class='sklearn.linear_model.Ridge'
                    y: MarkY
                      GetItem
                        of: [#1] ↑ %s
                        key: Value value='salary'
                """.formatted(subsample, subsample.substring(0, subsample.indexOf(' ')));
    }

    private static final String PLAIN = """
            GridSearch cv=5, scoring='r2'
              Apply
                X: MarkX
                  GetItem
                    of: [#1] Var name='data'
                      ReadCsv path='employees.csv'
                    key: Value value=['rating', 'year']
                estimator: Estimator class='sklearn.linear_model.Ridge'
                y: MarkY
                  GetItem
                    of: [#1] ↑ Var
                    key: Value value='salary'
            """;

    @Test
    void withoutKeepTheSubsampleIsItsInput() {
        LogicalNode plan = pipeline(new Subsample(DATA, 100, false, false, AT));
        check(CoreRules.RESOLVE_SUBSAMPLING, plan, before("Subsample n=100, how='head', keep=False"), PLAIN);
    }

    @Test
    void keptHeadTakesTheFirstRows() {
        check(CoreRules.RESOLVE_SUBSAMPLING, pipeline(new Subsample(DATA, 100, false, true, AT)),
                before("Subsample n=100, how='head', keep=True"),
                before("Limit from='head', n=100"));
    }

    @Test
    void keptRandomDrawsWithSkrubsSeed() {
        check(CoreRules.RESOLVE_SUBSAMPLING, pipeline(new Subsample(DATA, 7, true, true, AT)),
                before("Subsample n=7, how='random', keep=True"),
                before("RowsByPosition rows='random 7 seed 0'"));
    }

    @Test
    void planWithoutSubsampleIsUnchanged() {
        checkUnchanged(CoreRules.RESOLVE_SUBSAMPLING, pipeline(DATA), PLAIN);
    }
}
