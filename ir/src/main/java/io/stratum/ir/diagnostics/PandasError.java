package io.stratum.ir.diagnostics;

import io.stratum.ir.node.Origin;

/**
 * An error pandas itself raises at the step (a column the frame lacks, text added to numbers), found from what the plan
 * knows before it runs: the step fails in Python as well, where other errors Stratum finds at compile time may be
 * limits of Stratum's own. A step nothing uses is still checked for these, as skrub's preview runs it.
 */
public class PandasError extends StratumError {
    public PandasError(Origin origin, String message, String hint) {
        super(origin, message, hint);
    }
}
