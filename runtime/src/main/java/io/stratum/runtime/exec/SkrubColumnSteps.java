package io.stratum.runtime.exec;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.scale.SquashingScalerKernel;
import java.util.ArrayList;
import java.util.List;

/**
 * skrub's frame-level steps that pick or rescale columns: {@code SelectCols}, {@code DropCols} (their {@code cols}
 * is resolved on the training rows, as skrub's {@code fit} expands the selector, and the same names are taken from
 * every later frame) and {@code SquashingScaler}.
 */
final class SkrubColumnSteps {
    private SkrubColumnSteps() {
    }

    static void register(EstimatorKernels kernels) {
        kernels.register("skrub.SelectCols", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return selected(columns, spec, "SelectCols");
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                @SuppressWarnings("unchecked")
                List<String> names = (List<String>) fitted;
                requirePresent(columns, names, "SelectCols");
                return names.isEmpty() ? Table.empty(columns.rowCount()) : columns.select(names);
            }
        });
        kernels.register("skrub.DropCols", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return selected(columns, spec, "DropCols");
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                @SuppressWarnings("unchecked")
                List<String> names = (List<String>) fitted;
                requirePresent(columns, names, "DropCols");
                return names.size() == columns.columnCount() ? Table.empty(columns.rowCount()) : columns.drop(names);
            }
        });
        kernels.register("skrub.SquashingScaler", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                Const range = spec.param("quantile_range");
                if (!(range instanceof Const.ListConst l && l.items().size() == 2 && number(l.items().get(0)) != null
                        && number(l.items().get(1)) != null)) {
                    throw new DataException("SquashingScaler: quantile_range must be a pair of percentiles such as"
                            + " (25.0, 75.0), got " + range.repr());
                }
                Double max = number(spec.param("max_absolute_value"));
                if (max == null) {
                    throw new DataException("SquashingScaler: got max_absolute_value="
                            + spec.param("max_absolute_value").repr() + ", but expected a positive finite number");
                }
                return SquashingScalerKernel.fit(columns, max, number(l.items().get(0)), number(l.items().get(1)));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((SquashingScalerKernel.Fitted) fitted).transform(memory, columns);
            }
        });
    }

    private static Double number(Const c) {
        return switch (c) {
            case Const.IntConst i -> (double) i.value();
            case Const.FloatConst f -> f.value();
            default -> null;
        };
    }

    /**
     * The column names {@code cols} selects in {@code frame}: a name, a list of names (all must exist; their order is
     * kept) or a skrub selector (frame order; it may match nothing, as in skrub).
     */
    static List<String> selected(Table frame, EstimatorSpec spec, String step) {
        Const cols = spec.param("cols");
        ColumnSelector selector = switch (cols) {
            case Const.StrConst s -> new ColumnSelector.Cols(List.of(s.value()));
            case Const.ListConst l when l.asStrings() != null -> new ColumnSelector.Cols(l.asStrings());
            default -> ColumnSelector.fromConst(cols);
        };
        if (selector == null) {
            throw new DataException(step + ": cols must be a column name, a list of names or a skrub selector, got "
                    + cols.repr());
        }
        List<String> names = selector.resolve(frame.columnNames(), OperatorKernels.columnKinds(frame));
        if (names == null) {
            requirePresent(frame, ((ColumnSelector.Cols) selector).names(), step);
        }
        return List.copyOf(names);
    }

    private static void requirePresent(Table frame, List<String> names, String step) {
        List<String> missing = new ArrayList<>(names);
        missing.removeAll(frame.columnNames());
        if (!missing.isEmpty()) {
            throw new DataException(step + ": the following columns are requested for selection but missing from"
                    + " the dataframe: " + missing + "; the columns are: " + String.join(", ", frame.columnNames()));
        }
    }
}
