package io.stratum.runtime.exec;

import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.OneHotLayouts;
import io.stratum.ir.physical.PhysicalOp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An operator whose feature matrix keeps a one-hot encoder's CSR block ({@link OneHotLayouts#SPARSE}) although other
 * steps follow the encoder: the encoder itself, or column steps over its output ({@code .skb.apply(StandardScaler(),
 * cols=[...])}) that read only columns the encoder kept. Such a step transforms the kept columns and appends its
 * output, so the matrix is the kept columns, transformed step by step, with the block at the position the encoded
 * columns hold in the frame; the dense indicator columns are never formed. Whether the steps' columns really avoid
 * the encoded ones is known only once the encoder is fitted (its output names): {@link OperatorKernels#transformToMatrix}
 * checks it and falls back to the frame otherwise.
 *
 * @param encoder the one-hot encoder laid out sparsely
 * @param steps the column steps between the encoder and the operator, in the order they apply (empty: the encoder)
 */
record SparseBlockChain(FitTransform encoder, List<FitTransform> steps) {
    SparseBlockChain {
        steps = List.copyOf(steps);
    }

    /** The chain ending at {@code op}, or null when {@code op}'s matrix is laid out from its output frame. */
    static SparseBlockChain of(PhysicalOp op) {
        List<FitTransform> steps = new ArrayList<>();
        PhysicalOp at = op;
        while (at instanceof FitTransform t) {
            if (OneHotLayouts.SPARSE.equals(t.kernel())) {
                Collections.reverse(steps);
                return new SparseBlockChain(t, steps);
            }
            // Only a step naming its columns: a selector could pick encoded columns, and a step without columns
            // transforms the whole frame.
            if (t.selector() != null || t.columns() == null || t.columns().isEmpty()) {
                return null;
            }
            steps.add(t);
            at = t.input();
        }
        return null;
    }
}
