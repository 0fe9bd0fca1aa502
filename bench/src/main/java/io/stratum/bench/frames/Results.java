package io.stratum.bench.frames;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimestampColumn;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.arrow.vector.FieldVector;

/**
 * Releases a benchmark repetition's result once it is counted, as the plan executor's buffer pool releases an
 * output after its last consumer: the Arrow vectors the result holds are closed, except those it shares with the
 * inputs (a selection of every row, a join's unchanged left side), which later repetitions still read.
 */
final class Results {
    private Results() {
    }

    /** The result's row count, after releasing the vectors it does not share with {@code inputs}. */
    static int count(Table result, Table... inputs) {
        int rows = result.rowCount();
        Set<FieldVector> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Table input : inputs) {
            for (Column c : input.columns()) {
                kept.add(vector(c));
            }
        }
        for (Column c : result.columns()) {
            FieldVector v = vector(c);
            if (!kept.contains(v)) {
                v.close();
            }
        }
        return rows;
    }

    /** Closes every vector of {@code table} (nothing when {@code null}). */
    static void release(Table table) {
        if (table != null) {
            count(table);
        }
    }

    /** Closes the vectors of columns no later repetition reads (a mask and its parts). */
    static void close(Column... columns) {
        for (Column c : columns) {
            vector(c).close();
        }
    }

    private static FieldVector vector(Column c) {
        return switch (c) {
            case Int64Column x -> x.vector();
            case Float64Column x -> x.vector();
            case StringColumn x -> x.vector();
            case BoolColumn x -> x.vector();
            case TimestampColumn x -> x.vector();
        };
    }
}
