package io.stratum.runtime.kernels.relational;

import io.stratum.runtime.data.ArrowBuffers;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;

/** pandas' element-wise {@code & | ^ ~} on bool columns, the way row masks are combined. */
public final class MaskLogic {
    private MaskLogic() {
    }

    public enum Op { AND, OR, XOR }

    public static BoolColumn combine(MemoryContext ctx, Op op, Column left, Column right) {
        BoolColumn a = bools(left, op.name().toLowerCase());
        BoolColumn b = bools(right, op.name().toLowerCase());
        if (a.length() != b.length()) {
            throw new DataException("cannot combine masks '" + a.name() + "' (" + a.length() + " rows) and '" + b.name()
                    + "' (" + b.length() + " rows); they must come from the same frame");
        }
        // Masks have no nulls here, so the values combine 64 rows at a time.
        long[] v = a.words();
        long[] w = b.words();
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (op) {
                case AND -> v[i] & w[i];
                case OR -> v[i] | w[i];
                case XOR -> v[i] ^ w[i];
            };
        }
        return BoolColumn.ofWords(ctx, a.name(), v, a.length());
    }

    public static BoolColumn not(MemoryContext ctx, Column column) {
        BoolColumn a = bools(column, "~");
        long[] v = a.words();
        for (int i = 0; i < v.length; i++) {
            v[i] = ~v[i];
        }
        ArrowBuffers.clearTail(v, a.length());
        return BoolColumn.ofWords(ctx, a.name(), v, a.length());
    }

    private static BoolColumn bools(Column c, String op) {
        if (!(c instanceof BoolColumn b)) {
            throw new DataException("'" + op + "' combines boolean masks, but column '" + c.name() + "' has dtype "
                    + c.type().pandasName() + "; compare it first, e.g. (df[\"" + c.name() + "\"] > 0)");
        }
        if (b.nullCount() > 0) {
            throw new DataException("mask '" + c.name() + "' has missing values; fill them first with fillna(False)");
        }
        return b;
    }
}
