package io.stratum.frontend.api;

import io.stratum.ir.node.Origin;
import java.util.function.Supplier;

/**
 * The script position of the call being bound, so that nodes the DataOps API creates carry it for error
 * messages. The script binder sets it around each call; Java callers need not (nodes then have no origin).
 */
public final class SourceScope {
    private static final ThreadLocal<Origin> CURRENT = ThreadLocal.withInitial(() -> Origin.NONE);

    private SourceScope() {
    }

    /** The position nodes created now should carry. */
    public static Origin current() {
        return CURRENT.get();
    }

    /** Runs {@code body} with {@code origin} as the current position, restoring the previous one after. */
    public static <T> T at(Origin origin, Supplier<T> body) {
        Origin previous = CURRENT.get();
        CURRENT.set(origin == null ? Origin.NONE : origin);
        try {
            return body.get();
        } finally {
            CURRENT.set(previous);
        }
    }
}
