package io.stratum.runtime.exec;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Table;

/** What an operator produces at run time: a frame or a single column (a pandas DataFrame or Series). */
public sealed interface RuntimeValue {

    /** The number of rows. */
    int rows();

    /** A frame. */
    record Frame(Table table) implements RuntimeValue {
        public int rows() {
            return table.rowCount();
        }
    }

    /** A single column. */
    record Series(Column column) implements RuntimeValue {
        public int rows() {
            return column.length();
        }
    }
}
