package io.stratum.frontend.bind;

import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;

/**
 * A script traced up to the first statement Stratum refused: what the statements before it built and printed
 * ({@code bound}), and that refusal ({@code failure}, null when every statement bound). Python runs those statements,
 * printing what they print, before it fails at the refused one; {@code stratum run} does the same with the prefix,
 * then reports the failure. A script that does not parse has no prefix: its error is thrown, since Python compiles the
 * whole file before running any of it.
 */
public record TracedScript(BoundScript bound, RuntimeException failure) {
    public TracedScript {
        if (failure != null && !(failure instanceof ScriptError) && !(failure instanceof StratumError)) {
            throw new IllegalArgumentException("a script stops at a mistake in the script (ScriptError or StratumError),"
                    + " not at " + failure);
        }
    }

    /** The whole script bound, or its failure thrown: for every use that needs all of it (explain, batches, tests). */
    public BoundScript complete() {
        if (failure != null) {
            throw failure;
        }
        return bound;
    }
}
