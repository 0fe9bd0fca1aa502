package io.stratum.ir.node;

import io.stratum.ir.value.Const;
import java.util.List;

/**
 * The terms every file read contributes to EXPLAIN and the fingerprint, logical ({@code Read*}) or physical
 * ({@code Scan*}): the resolved path is identity, the path as the script wrote it is display only, then the
 * reader options and the pruned column list when there are any.
 */
public final class FileReadTerms {

    private FileReadTerms() {
    }

    public static void write(Terms t, String path, String displayPath, Const.DictConst options, List<String> columns) {
        t.identity("path", Const.of(path));
        t.display("path", Const.of(displayPath).repr());
        if (!options.keys().isEmpty()) {
            t.item("options", options);
        }
        if (columns != null) {
            t.item("columns", columns);
        }
    }
}
