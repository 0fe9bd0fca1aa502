package io.stratum.ir.diagnostics;

import io.stratum.ir.node.Origin;

/**
 * An error a user can cause and fix — bad script, unknown name, missing column or file — with the script
 * position it traces back to (when known) and an optional hint. The CLI prints it as one line, no stack trace.
 */
public class StratumError extends RuntimeException {
    private final Origin origin;
    private final String hint;

    public StratumError(Origin origin, String message, String hint) {
        super(message);
        this.origin = origin == null ? Origin.NONE : origin;
        this.hint = hint;
    }

    public StratumError(Origin origin, String message) {
        this(origin, message, null);
    }

    public StratumError(String message) {
        this(Origin.NONE, message, null);
    }

    /** Where in the script the failing step was written, or {@link Origin#NONE}. */
    public Origin origin() {
        return origin;
    }

    /** What the user can do about it, or null. */
    public String hint() {
        return hint;
    }

    /** The same error attributed to {@code where}, unless it already has a known position. */
    public StratumError at(Origin where) {
        if (origin.isKnown() || where == null || !where.isKnown()) {
            return this;
        }
        StratumError moved = new StratumError(where, getMessage(), hint);
        moved.setStackTrace(getStackTrace());
        return moved;
    }
}
