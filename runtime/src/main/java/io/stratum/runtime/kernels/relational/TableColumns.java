package io.stratum.runtime.kernels.relational;

import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/** Looks up the columns a relational operation names, with errors that list the nearest existing columns. */
final class TableColumns {
    private TableColumns() {
    }

    static Column require(Table table, String name, String operation, String role) {
        if (!table.hasColumn(name)) {
            List<String> names = table.columnNames();
            List<String> near = NearestNames.nearest(name, names, 3);
            List<String> ordered = new ArrayList<>(near);
            for (String n : names) {
                if (!ordered.contains(n)) {
                    ordered.add(n);
                }
            }
            throw new DataException(operation + ": no column '" + name + "' in " + role + "; "
                    + (near.isEmpty() ? "" : "did you mean " + quoted(near, " or ") + "? ")
                    + "its columns are " + quoted(ordered, ", ") + " (nearest first)");
        }
        return table.column(name);
    }

    static List<ColumnReader> readers(Table table, List<String> names, String operation, String role) {
        List<ColumnReader> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(ColumnReader.of(require(table, n, operation, role)));
        }
        return out;
    }

    private static String quoted(List<String> names, String sep) {
        List<String> q = new ArrayList<>(names.size());
        for (String n : names) {
            q.add("'" + n + "'");
        }
        return String.join(sep, q);
    }
}
