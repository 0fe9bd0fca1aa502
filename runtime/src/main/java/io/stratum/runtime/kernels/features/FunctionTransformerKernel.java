package io.stratum.runtime.kernels.features;

import io.stratum.ir.logical.NumericFunction;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.frame.ColumnFunctions;
import java.util.ArrayList;
import java.util.List;

/**
 * scikit-learn's {@code FunctionTransformer(func)} with a numpy element-wise function (or None, the identity), as
 * skrub applies it to a frame: the function on every column, names kept, numpy's dtypes ({@code np.abs} and
 * {@code np.square} keep int64). Nothing is learned from the training rows.
 */
public final class FunctionTransformerKernel {
    private FunctionTransformerKernel() {
    }

    /** {@code function} null is {@code func=None}: the columns pass through unchanged. */
    public static Table transform(MemoryContext ctx, NumericFunction function, Table input) {
        if (function == null) {
            return input;
        }
        List<Column> out = new ArrayList<>(input.columnCount());
        for (int j = 0; j < input.columnCount(); j++) {
            out.add(ColumnFunctions.apply(ctx, function, input.column(j)));
        }
        return out.isEmpty() ? Table.empty(input.rowCount()) : Table.of(out);
    }
}
