package io.stratum.optimizer.lower;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.RidgeSolvers;
import io.stratum.ir.value.Const;

/**
 * What the lowering needs to know about a learner's features when they are a scipy sparse matrix (a text vectorizer's
 * or TfidfTransformer's output): scikit-learn then fits Ridge by another solver than on a frame.
 */
final class MatrixInputs {
    private MatrixInputs() {
    }

    /** Whether {@code op}'s output is a scipy sparse matrix. */
    static boolean sparse(PhysicalOp op) {
        return op instanceof FitTransform t && io.stratum.ir.catalog.TextEntries.SPARSE_OUTPUT.contains(t.spec().qualifiedName());
    }

    /** The matrix {@code op} outputs, as messages name it. */
    static String describe(PhysicalOp op) {
        return op instanceof FitTransform t ? "a scipy sparse matrix (the output of " + t.spec().repr() + " at line "
                + t.origin().line() + ")" : "a scipy sparse matrix";
    }

    /**
     * Ridge's kernel on a sparse matrix: scikit-learn runs {@code sparse_cg} for {@code solver='auto'} or
     * {@code 'sparse_cg'}; with an intercept it refuses {@code svd}, {@code cholesky} and {@code saga} (its message);
     * the other solvers are not run by Stratum on sparse input.
     */
    static String ridgeSolver(EstimatorSpec spec, Origin origin) {
        String solver = spec.stringParam("solver");
        if ("auto".equals(solver) || "sparse_cg".equals(solver)) {
            return RidgeSolvers.SPARSE_CG;
        }
        boolean intercept = !(spec.param("fit_intercept") instanceof Const.BoolConst b) || b.value();
        if (intercept && ("svd".equals(solver) || "cholesky".equals(solver) || "saga".equals(solver))) {
            throw new StratumError(origin, "Ridge: solver='" + solver + "' does not support fitting the intercept on"
                    + " sparse data (scikit-learn's ValueError)", "use solver='auto' (sparse_cg on sparse input) or set"
                    + " fit_intercept=False");
        }
        throw new StratumError(origin, "Ridge with solver='" + solver + "' on a scipy sparse matrix is not supported by"
                + " Stratum yet", "use solver='auto', which runs scikit-learn's sparse_cg on sparse input");
    }
}
