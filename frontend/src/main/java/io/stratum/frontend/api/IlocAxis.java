package io.stratum.frontend.api;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import java.util.ArrayList;
import java.util.List;

/**
 * One axis of {@code df.iloc[rows, columns]}: {@code :} ({@link All}), a slice, a list of positions or one position.
 * {@link #select} applies a pair as pandas does: the rows by position (resolved when the plan runs, as
 * {@code df.iloc[a:b]} and {@code df.iloc[[...]]}), then the columns at those positions, named while the plan is built
 * from the frame's columns ({@link FrameFacts}); one column position gives a column (pandas' Series).
 */
public sealed interface IlocAxis {
    /** {@code :}, every row or column. */
    record All() implements IlocAxis {
    }

    /** {@code start:stop:step} with Python's meaning of missing and negative bounds. */
    record Slice(Long start, Long stop, Long step) implements IlocAxis {
    }

    /** {@code [p, q, ...]}, negative positions counted from the end, repeats allowed. */
    record Positions(List<Long> positions) implements IlocAxis {
        public Positions {
            positions = List.copyOf(positions);
        }
    }

    /** One position. */
    record One(long position) implements IlocAxis {
    }

    /** {@code frame.iloc[rows, columns]}, described as skrub lists it ({@code GetItem (slice(None, 4, None), [0, 2])}). */
    static DataOp select(DataOp frame, IlocAxis rows, IlocAxis columns) {
        return WrittenAs.of(selected(frame, rows, columns), new io.stratum.ir.logical.Written(frame.node(), "iloc",
                "(" + repr(rows) + ", " + repr(columns) + ")"));
    }

    /** Python's repr of the axis as skrub shows the key. */
    private static String repr(IlocAxis axis) {
        return switch (axis) {
            case All a -> "slice(None, None, None)";
            case Slice s -> io.stratum.ir.logical.Written.sliceRepr(s.start(), s.stop(), s.step());
            case Positions p -> p.positions().toString();
            case One o -> Long.toString(o.position());
        };
    }

    private static DataOp selected(DataOp frame, IlocAxis rows, IlocAxis columns) {
        DataOp picked = switch (rows) {
            case All a -> frame;
            case Slice s -> frame.ilocSlice(s.start(), s.stop(), s.step());
            case Positions p -> frame.takePositions(p.positions());
            case One o -> throw error(".iloc[" + o.position() + ", ...] takes one row, which pandas gives as a Series of the"
                    + " row's values; Stratum keeps rows in frames", "take a list of one row: .iloc[[" + o.position() + "], ...]");
        };
        if (columns instanceof All) {
            return picked;
        }
        FrameFacts facts = FrameFacts.of(frame, StandardCatalog.get());
        if (facts == null || facts.column()) {
            throw error(".iloc[rows, columns] needs a frame; a column (pandas Series) has one axis", "write .iloc[rows]");
        }
        List<String> names = facts.columns(".iloc[rows, columns]");
        int n = names.size();
        return switch (columns) {
            case One o -> picked.get(names.get(index(o.position(), n, true)));
            case Positions p -> {
                List<String> out = new ArrayList<>();
                for (long q : p.positions()) {
                    out.add(names.get(index(q, n, false)));
                }
                yield picked.get(out);
            }
            case Slice s -> {
                long step = s.step() == null ? 1 : s.step();
                if (step == 0) {
                    throw error("slice step cannot be zero", null);
                }
                List<String> out = new ArrayList<>();
                long[] r = bounds(s.start(), s.stop(), step, n);
                for (long i = r[0]; step > 0 ? i < r[1] : i > r[1]; i += step) {
                    out.add(names.get((int) i));
                }
                yield picked.get(out);
            }
            case All a -> picked;
        };
    }

    /** Python's {@code slice.indices(n)}: the first position and the bound, for {@code step}. */
    private static long[] bounds(Long start, Long stop, long step, long n) {
        long lower = step > 0 ? 0 : -1;
        long upper = step > 0 ? n : n - 1;
        long from = start == null ? (step > 0 ? lower : upper) : clamp(start, n, lower, upper);
        long to = stop == null ? (step > 0 ? upper : lower) : clamp(stop, n, lower, upper);
        return new long[] {from, to};
    }

    private static long clamp(long bound, long n, long lower, long upper) {
        long b = bound < 0 ? bound + n : bound;
        return Math.max(lower, Math.min(upper, b));
    }

    private static int index(long position, int n, boolean single) {
        long at = position < 0 ? position + n : position;
        if (at < 0 || at >= n) {
            throw error(single ? "single positional indexer is out-of-bounds (column " + position + " of " + n + ")"
                    : "positional indexers are out-of-bounds (column " + position + " of " + n + ")",
                    "column positions lie in [-" + n + ", " + n + ") for this frame");
        }
        return (int) at;
    }

    private static StratumError error(String message, String hint) {
        return new StratumError(SourceScope.current(), message, hint);
    }
}
