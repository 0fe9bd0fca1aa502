package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.EMPLOYEES;
import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.search;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.checkGolden;
import static io.stratum.optimizer.RuleTester.checkUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Rename;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code merge_renames}: consecutive renames compose, a rename after a selection keeps only selected names. */
class MergeRenamesTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));

    private static LogicalNode pipeline(LogicalNode frame, String target, String... features) {
        return search(apply(markX(cols(frame, features)), est("Ridge"), markY(col(frame, target))), 5, "r2");
    }

    private static Rename rename(LogicalNode frame, String... fromTo) {
        List<String> from = new java.util.ArrayList<>();
        List<String> to = new java.util.ArrayList<>();
        for (int i = 0; i < fromTo.length; i += 2) {
            from.add(fromTo[i]);
            to.add(fromTo[i + 1]);
        }
        return new Rename(frame, from, to, AT);
    }

    @Test
    void consecutiveRenamesComposeIntoOne() {
        // a chain through a name (rating -> score -> grade), a swap-back, and a name only the second one renames
        LogicalNode twice = rename(rename(DATA, "rating", "score", "salary", "pay"), "score", "grade", "pay", "salary",
                "year_first_hired", "hired");
        LogicalNode plan = pipeline(twice, "salary", "grade", "hired");
        LogicalNode after = checkGolden(CoreRules.MERGE_RENAMES, EMPLOYEES, plan, "merge_consecutive_renames");
        Rename merged = (Rename) ((io.stratum.ir.logical.GetItem) ((io.stratum.ir.logical.MarkY)
                ((io.stratum.ir.logical.Apply) after.inputs().getFirst()).y()).input()).input();
        assertEquals(List.of("rating", "year_first_hired"), merged.from());
        assertEquals(List.of("grade", "hired"), merged.to());
    }

    @Test
    void renameBackToTheOriginalNamesDisappears() {
        LogicalNode plan = pipeline(rename(rename(DATA, "rating", "score"), "score", "rating"), "salary", "rating");
        checkGolden(CoreRules.MERGE_RENAMES, EMPLOYEES, plan, "merge_renames_to_identity");
    }

    @Test
    void renameAfterSelectionKeepsOnlySelectedNames() {
        LogicalNode plan = pipeline(rename(cols(DATA, "rating", "salary"), "rating", "score", "dept", "department"),
                "salary", "score");
        checkGolden(CoreRules.MERGE_RENAMES, EMPLOYEES, plan, "merge_rename_after_selection");
    }

    @Test
    void renamesOfUnselectedNamesOnlyAreRemoved() {
        LogicalNode plan = pipeline(rename(cols(DATA, "rating", "salary"), "dept", "department"), "salary", "rating");
        checkGolden(CoreRules.MERGE_RENAMES, EMPLOYEES, plan, "merge_rename_of_unselected_names");
    }

    @Test
    void unrelatedPlansAndSeparatedRenamesStay() {
        LogicalNode assigned = new Assign(rename(DATA, "rating", "score"), List.of("x"),
                List.of(num(1L)), AT);
        for (LogicalNode plan : List.of(
                pipeline(DATA, "salary", "rating"),
                pipeline(rename(DATA, "rating", "score"), "salary", "score"),
                // an assign between the renames keeps them apart
                pipeline(rename(assigned, "score", "grade"), "salary", "grade"),
                // a selection whose names are all renamed
                pipeline(rename(cols(DATA, "rating", "salary"), "rating", "score"), "salary", "score"))) {
            checkUnchanged(CoreRules.MERGE_RENAMES, EMPLOYEES, plan, ExplainWriter.explain(plan));
        }
    }
}
