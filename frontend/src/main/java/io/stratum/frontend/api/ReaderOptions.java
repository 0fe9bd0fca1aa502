package io.stratum.frontend.api;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;

/** Checks shared by the readers' keyword arguments (column lists of {@code usecols=} and {@code columns=}). */
final class ReaderOptions {
    private ReaderOptions() {
    }

    /** A list of column names, refusing positions and anything else with a hint. */
    static List<String> columnNames(String reader, String keyword, Const value) {
        List<String> names = value instanceof Const.ListConst l ? l.asStrings() : null;
        if (names == null) {
            throw new StratumError(SourceScope.current(), reader + "(" + keyword + "=" + value.repr()
                    + "): Stratum takes a list of column names here", "write e.g. " + keyword + "=[\"a\", \"b\"]");
        }
        List<String> unique = new ArrayList<>();
        for (String n : names) {
            if (!unique.contains(n)) {
                unique.add(n);
            }
        }
        return unique;
    }
}
