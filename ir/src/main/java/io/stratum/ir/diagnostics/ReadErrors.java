package io.stratum.ir.diagnostics;

import io.stratum.ir.node.Origin;

/** The errors of a file read, one text for the run's scan and the check of a read before the plan runs. */
public final class ReadErrors {
    private ReadErrors() {
    }

    /** pandas' FileNotFoundError of a read at {@code origin} of {@code displayPath} (the path as the script wrote it). */
    public static StratumError noSuchFile(Origin origin, String displayPath, String resolved) {
        return new StratumError(origin, "cannot read '" + displayPath + "': no such file (resolved to " + resolved + ")",
                "relative paths are resolved against the directory stratum runs in, as in Python");
    }
}
