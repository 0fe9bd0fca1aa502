package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.RowLabels;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.relational.RowSelection;
import java.util.List;

/**
 * pandas' alignment on row labels where two frames or columns meet. Where pandas' answer is a reindex onto one side's
 * labels (assigning a column to a frame, a boolean mask selecting rows, {@code where}'s condition), it is computed here
 * on the labels' positions; where pandas takes the union of two different label sets (arithmetic, {@code pd.concat(
 * axis=1)}) or refuses them (comparisons), the step stops with an error at its script line that says what to write.
 * Two columns are never paired by position when pandas would pair them by label.
 */
final class LabelAlignment {
    private static final String SAME_ROWS_HINT = "compute both from the same rows: select the rows once and take the"
            + " columns from that frame (or filter after combining them), or call .reset_index(drop=True) on both to pair"
            + " rows by position";

    private LabelAlignment() {
    }

    /** Refuses frames that {@code what} would align on different row labels. */
    static void requireSame(PhysicalOp op, String what, List<Table> tables) {
        Table first = tables.getFirst();
        for (Table t : tables.subList(1, tables.size())) {
            requireSame(op, what, first.rowLabels(), first.rowCount(), t.rowLabels(), t.rowCount());
        }
    }

    /** Refuses two columns that the operator {@code binary} would align on different row labels. */
    static void requireSame(PhysicalOp op, BinaryOperator binary, RowLabels a, int na, RowLabels b, int nb) {
        if (na == nb && RowLabels.same(a, b)) {
            return;
        }
        if (binary.isComparison()) {
            // pandas refuses this itself.
            throw new StratumError(op.origin(), "Can only compare identically-labeled Series objects (pandas' error: the"
                    + " two sides have the row labels " + RowLabels.describe(a, na) + " and " + RowLabels.describe(b, nb)
                    + ")", SAME_ROWS_HINT);
        }
        requireSame(op, "the operator " + binary.symbol(), a, na, b, nb);
    }

    /** Refuses two row sets that {@code what} would align on different labels, where Stratum cannot give pandas' answer. */
    static void requireSame(PhysicalOp op, String what, RowLabels a, int na, RowLabels b, int nb) {
        if (na == nb && RowLabels.same(a, b)) {
            return;
        }
        throw new StratumError(op.origin(), what + " combines rows with different labels, " + RowLabels.describe(a, na)
                + " and " + RowLabels.describe(b, nb) + ": pandas aligns them on their labels (their union, missing where"
                + " one side lacks a label), which Stratum computes only when the labels are the same", SAME_ROWS_HINT);
    }

    /**
     * {@code value} (labelled {@code labels}) as a column of {@code frame}: pandas reindexes it onto the frame's row
     * labels, missing where it has no row of that label. An int64 or bool column that would get missing values (pandas
     * makes them float64 and object, which the plan's types do not say) and repeated labels (pandas' error) are refused.
     */
    static Column onto(MemoryContext memory, PhysicalOp op, Table frame, Column value, RowLabels labels) {
        if (RowLabels.same(labels, frame.rowLabels()) && value.length() == frame.rowCount() || frame.columnCount() == 0) {
            return value;
        }
        int[] rows = reindex(op, labels, value.length(), frame.rowLabels(), frame.rowCount(), "the assigned column '"
                + value.name() + "'");
        boolean missing = false;
        for (int r : rows) {
            missing |= r < 0;
        }
        if (missing && !(value.type() == DataType.FLOAT64 || value.type() == DataType.STRING
                || value.type() == DataType.DATETIME)) {
            throw new StratumError(op.origin(), "the column '" + value.name() + "' (" + value.type().pandasName() + ") has no"
                    + " row for some of the frame's row labels: pandas aligns it on the labels and makes those rows"
                    + " missing, turning " + value.type().pandasName() + " into " + (value.type() == DataType.INT64
                    ? "float64" : "object") + ", a type the plan did not expect", "convert it first, e.g. .astype(\"float64\"),"
                    + " or assign a column computed from the same rows");
        }
        return RowSelection.reindex(value, rows);
    }

    /**
     * {@code where}'s condition on {@code value}'s rows: pandas aligns it on the value's labels, a label the condition
     * lacks counting as False.
     */
    static Column condition(MemoryContext memory, PhysicalOp op, Column value, RowLabels valueLabels, Column cond,
                            RowLabels condLabels) {
        if (RowLabels.same(valueLabels, condLabels) && value.length() == cond.length()) {
            return cond;
        }
        if (!(cond instanceof BoolColumn b)) {
            throw new StratumError(op.origin(), "where's condition must hold booleans, got " + cond.type().pandasName(), null);
        }
        int[] rows = reindex(op, condLabels, cond.length(), valueLabels, value.length(), "where's condition");
        boolean[] out = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i] >= 0 && !b.isMissing(rows[i]) && b.getBoolean(rows[i]);
        }
        return BoolColumn.of(memory, cond.name(), out);
    }

    /**
     * A boolean row mask for rows labelled {@code labels}: pandas reindexes a mask of other labels onto them, and
     * refuses it when it lacks one of them.
     */
    static Column mask(PhysicalOp op, RowLabels labels, int rows, Column mask, RowLabels maskLabels) {
        if (RowLabels.same(labels, maskLabels) && rows == mask.length()) {
            return mask;
        }
        int[] at = reindex(op, maskLabels, mask.length(), labels, rows, "the row mask");
        for (int r : at) {
            if (r < 0) {
                throw new StratumError(op.origin(), "Unalignable boolean Series provided as indexer (index of the boolean"
                        + " Series and of the indexed object do not match). (pandas' error: the mask has the row labels "
                        + RowLabels.describe(maskLabels, mask.length()) + ", the rows " + RowLabels.describe(labels, rows)
                        + ")",
                        "build the mask from the rows it selects, e.g. f[f[\"a\"] > 0]");
            }
        }
        return RowSelection.reindex(mask, at);
    }

    private static int[] reindex(PhysicalOp op, RowLabels from, int fromRows, RowLabels onto, int ontoRows, String what) {
        int[] rows = RowLabels.positionsIn(from, fromRows, onto, ontoRows);
        if (rows == null) {
            throw new StratumError(op.origin(), "cannot reindex on an axis with duplicate labels (pandas' error): " + what
                    + " has repeated row labels, and pandas aligns it on the labels", SAME_ROWS_HINT);
        }
        return rows;
    }
}
