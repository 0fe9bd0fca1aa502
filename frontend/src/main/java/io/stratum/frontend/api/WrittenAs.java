package io.stratum.frontend.api;

import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.logical.Written;

/**
 * Attaches how the script wrote a step ({@link Written}) to the outermost node of the form the plan holds it in, so
 * that printing the DataOp and {@code .skb.describe_steps()} name it as skrub does ({@code <CallMethod 'nlargest'>}
 * for the sort and head that compute it).
 */
final class WrittenAs {
    private WrittenAs() {
    }

    /** {@code out} with {@code written} on its node, when that node can carry it (else {@code out} as it is). */
    static DataOp of(DataOp out, Written written) {
        return switch (out.node()) {
            case CallMethod c -> DataOp.of(new CallMethod(c.receiver(), c.method(), c.args(), c.origin(), written));
            case GetItem g -> DataOp.of(new GetItem(g.input(), g.key(), g.origin(), written));
            case RowsByPosition r -> DataOp.of(new RowsByPosition(r.input(), r.positions(), r.origin(), written));
            default -> out;
        };
    }

    /** {@code out}, which computes {@code source.method(...)}, named as that call. */
    static DataOp call(DataOp out, DataOp source, String method) {
        return of(out, Written.call(source.node(), method));
    }
}
