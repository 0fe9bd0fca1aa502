package io.stratum.frontend.session;

import io.stratum.frontend.api.DataOp;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.SplitRows;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.exec.ExecutionStats;
import io.stratum.runtime.exec.LineageKey;
import io.stratum.runtime.exec.Mode;
import io.stratum.runtime.exec.OperatorKernels;
import io.stratum.runtime.exec.PlanExecutor;
import io.stratum.runtime.exec.RuntimeValue;

/**
 * Test support: the value a script computes before its split (what {@code .skb.mark_as_X()} receives), computed by
 * the compiled plan as a search would compute it, with the optimizer on or off.
 */
final class ScriptFrames {
    private ScriptFrames() {
    }

    /** The input of the first candidate's X split, evaluated on all rows in {@code memory}. */
    static RuntimeValue valueMarkedAsX(DataOp search, boolean optimize, MemoryContext memory) {
        Candidate first = new Session(new SessionConfig(optimize, 2)).compile(search).searchPlan().candidates().getFirst();
        PhysicalOp x = findX(first.predictions());
        if (x == null) {
            throw new AssertionError("no X split in the plan");
        }
        PlanExecutor executor = new PlanExecutor(memory, OperatorKernels.standard(), new ExecutionStats());
        return executor.output(x, LineageKey.NO_FOLD, Mode.FULL);
    }

    private static PhysicalOp findX(PhysicalOp op) {
        if (op instanceof SplitRows s && s.role().equals("X")) {
            return s.input();
        }
        for (PhysicalOp in : op.inputs()) {
            PhysicalOp found = findX(in);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
