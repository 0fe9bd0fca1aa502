package io.stratum.bench.frames;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.ColumnStorage;
import io.stratum.runtime.data.Table;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

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
        Set<Object> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Table input : inputs) {
            for (Column c : input.columns()) {
                kept.add(ColumnStorage.of(c));
            }
        }
        Set<Object> released = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Column c : result.columns()) {
            Object storage = ColumnStorage.of(c);
            if (!kept.contains(storage) && released.add(storage)) {
                ColumnStorage.release(storage);
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
            ColumnStorage.release(ColumnStorage.of(c));
        }
    }
}
