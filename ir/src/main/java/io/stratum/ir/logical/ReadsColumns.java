package io.stratum.ir.logical;

import java.util.List;

/**
 * A source node that can read a subset of its file's columns: the hook by which column pruning pushes the
 * columns a plan needs into the read. The columns come out in file order whatever order the list has, so
 * narrowing the list never reorders what the rest of the plan sees; names the file lacks are ignored.
 */
public interface ReadsColumns {

    /** The absolute path of the file read. */
    String path();

    /** The columns read, or null for every column of the file. */
    List<String> columns();

    /** The same read restricted to {@code columns} (null for all). */
    LogicalNode withColumns(List<String> columns);
}
