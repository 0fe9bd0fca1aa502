package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.optimizer.OptimizationResult;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipelines example writes the same feature steps four times; the optimizer must turn them into one
 * operator object that all candidates use (so the runtime fits it once per fold), and without the optimizer
 * each candidate keeps its own.
 */
class SharedWorkTest {
    private static final String SCRIPT = "examples/employee_salaries/pipelines.py";
    private static final String ONE_HOT = "sklearn.preprocessing.OneHotEncoder";

    private DataOp search;

    @BeforeEach
    void bind() {
        // Compiling reads no data, so this runs without the shared employee_salaries.csv.
        search = ExampleScripts.bind(SCRIPT).mainSearch();
    }

    @Test
    void optimizedPlanHasOneOneHotEncoderForAllFourCandidates() {
        SearchPlan plan = compile(true).searchPlan();
        assertEquals(4, plan.candidates().size());
        assertEquals(1, distinctFitTransforms(plan, ONE_HOT));
    }

    @Test
    void withoutTheOptimizerEachCandidateHasItsOwnOneHotEncoder() {
        SearchPlan plan = compile(false).searchPlan();
        assertEquals(4, plan.candidates().size());
        assertEquals(4, distinctFitTransforms(plan, ONE_HOT));
    }

    @Test
    void logicalPlanIsTheSameWithTheOptimizerOnAndOff() {
        OptimizationResult on = compile(true);
        OptimizationResult off = compile(false);
        assertEquals(on.original().fingerprint(), off.original().fingerprint());
        assertEquals(search.node().fingerprint(), on.original().fingerprint());
    }

    private OptimizationResult compile(boolean optimizer) {
        return new Session(new SessionConfig(optimizer, 1)).compile(search);
    }

    /** Counts FitTransform operators of {@code estimator} by object identity, over every candidate. */
    private static int distinctFitTransforms(SearchPlan plan, String estimator) {
        Set<PhysicalOp> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<PhysicalOp> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<PhysicalOp> todo = new ArrayDeque<>();
        for (Candidate c : plan.candidates()) {
            todo.push(c.predictions());
            todo.push(c.target());
        }
        while (!todo.isEmpty()) {
            PhysicalOp op = todo.pop();
            if (!seen.add(op)) {
                continue;
            }
            if (op instanceof FitTransform ft && ft.spec().qualifiedName().equals(estimator)) {
                found.add(op);
            }
            op.inputs().forEach(todo::push);
        }
        return found.size();
    }
}
