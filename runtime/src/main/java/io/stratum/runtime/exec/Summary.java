package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.ReduceRows;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.kernels.frame.Summaries;
import java.util.List;

/**
 * The summary tables ({@code describe()}, {@code corr()}, {@code quantile([...])}) a {@link ReduceRows} step computes: a frame whose first
 * column, named {@value #LABELS}, holds the row labels pandas puts in the index (the plan prints it so).
 */
final class Summary {
    /** The reductions that give a table. */
    static final List<String> FUNCTIONS = List.of("describe", "corr");
    /** The name of the labels' column: the one pandas' {@code reset_index()} gives them. */
    static final String LABELS = "index";

    private Summary() {
    }

    /** Whether {@code op} computes a table: a summary, or quantiles of a list ({@code quantile([0.1, 0.9])}). */
    static boolean computes(ReduceRows op) {
        return FUNCTIONS.contains(op.function()) || op.function().equals("quantile") && op.argument() instanceof Const.ListConst;
    }

    static RuntimeValue of(MemoryContext memory, ReduceRows op, RuntimeValue input) {
        if (op.function().equals("quantile")) {
            List<Const> items = ((Const.ListConst) op.argument()).items();
            double[] qs = new double[items.size()];
            for (int i = 0; i < qs.length; i++) {
                qs[i] = ((Const.FloatConst) items.get(i)).value();
            }
            return switch (input) {
                case RuntimeValue.Frame f -> new RuntimeValue.Frame(Summaries.quantiles(memory, f.table().columns(), LABELS, qs));
                case RuntimeValue.Series s -> new RuntimeValue.Frame(Summaries.quantiles(memory, List.of(s.column()), LABELS, qs));
                default -> throw new StratumError(op.origin(), "quantile([...]) takes a frame or a column", null);
            };
        }
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
