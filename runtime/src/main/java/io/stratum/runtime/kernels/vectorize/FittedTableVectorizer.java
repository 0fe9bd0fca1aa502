package io.stratum.runtime.kernels.vectorize;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/** A fitted TableVectorizer: one {@link ColumnEncoder} per kept input column, in input order. */
public final class FittedTableVectorizer {
    private final List<String> inputColumns;
    private final List<ColumnEncoder> encoders;
    private final List<String> nullStrings;

    FittedTableVectorizer(List<String> inputColumns, List<ColumnEncoder> encoders, List<String> nullStrings) {
        this.inputColumns = List.copyOf(inputColumns);
        this.encoders = List.copyOf(encoders);
        this.nullStrings = List.copyOf(nullStrings);
    }

    /** The per-column encoders (dropped columns have none). */
    public List<ColumnEncoder> encoders() {
        return encoders;
    }

    /** The decisions made at fit time, one per input column kept. */
    public List<ColumnDecision> decisions() {
        List<ColumnDecision> out = new ArrayList<>();
        for (ColumnEncoder e : encoders) {
            out.add(e.decision());
        }
        return out;
    }

    public List<String> featureNames() {
        List<String> names = new ArrayList<>();
        for (ColumnEncoder e : encoders) {
            names.addAll(e.featureNames());
        }
        return names;
    }

    public Table transform(MemoryContext memory, Table input) {
        for (String c : inputColumns) {
            if (!input.hasColumn(c)) {
                throw new DataException("TableVectorizer was fitted with column '" + c + "', which the input lacks"
                        + " (it has " + input.columnNames() + ")");
            }
        }
        List<Column> out = new ArrayList<>();
        for (ColumnEncoder e : encoders) {
            Column raw = input.column(e.decision().column());
            Column cleaned = e instanceof ColumnEncoder.Specific ? raw : Cleaning.cleanNullStrings(memory, raw, nullStrings);
            out.addAll(e.transform(memory, cleaned));
        }
        return out.isEmpty() ? Table.empty(input.rowCount()) : Table.of(out);
    }
}
