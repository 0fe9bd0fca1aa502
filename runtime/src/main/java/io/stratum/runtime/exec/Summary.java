package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.ReduceRows;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.kernels.frame.Summaries;
import java.util.List;

/**
 * The summary tables ({@code describe()}, {@code corr()}) a {@link ReduceRows} step computes: a frame whose first
 * column, named {@value #LABELS}, holds the row labels pandas puts in the index (the plan prints it so).
 */
final class Summary {
    /** The reductions that give a table. */
    static final List<String> FUNCTIONS = List.of("describe", "corr");
    /** The name of the labels' column: the one pandas' {@code reset_index()} gives them. */
    static final String LABELS = "index";

    private Summary() {
    }

    static RuntimeValue of(MemoryContext memory, ReduceRows op, RuntimeValue input) {
        return switch (input) {
            case RuntimeValue.Frame f when op.function().equals("describe") ->
                    new RuntimeValue.Frame(Summaries.describe(memory, f.table(), LABELS));
            case RuntimeValue.Series s when op.function().equals("describe") ->
                    new RuntimeValue.Frame(Summaries.describe(memory, s.column(), LABELS));
            case RuntimeValue.Frame f -> new RuntimeValue.Frame(Summaries.corr(memory, f.table(), LABELS,
                    op.argument().equals(Const.of(true))));
            default -> throw new StratumError(op.origin(), op.function() + "() takes a frame"
                    + (op.function().equals("describe") ? " or a column" : ""), null);
        };
    }
}
