package io.stratum.runtime.data;

import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;

/**
 * The text of a filter's kept rows, gathered when a kernel first asks for it (late materialization): until then the
 * column is its source's Arrow buffers, shared by reference count, and the kept row numbers. A filter whose text
 * is never read ({@code len(df[mask])}, a filter before a group-by on other columns) copies none of it; the first
 * reader pays the gather the filter used to (dates as text: most of the filter's time). Built once, whichever
 * thread asks first, and shared by every column over it (a renamed column, the column with codes).
 *
 * <p>The source's buffers stay alive, whatever its owner does with its vector (a buffer pool closes a column after
 * its last consumer), because this holds its own vector over them: Arrow frees a buffer when its last holder
 * releases it. That vector is closed once the gather is built, or when the owner releases this storage
 * ({@link #close()}). While not built, a buffer pool counts what this pins ({@link #bytes()}): the source's buffers
 * plus the rows, more than the built text will take.
 */
public final class GatheredBytes {
    /** Builds the gathered vector from the source vector and the rows (the kernel a filter would have run). */
    @FunctionalInterface
    public interface Gatherer {
        VarCharVector gather(VarCharVector source, int[] rows);
    }

    private final String name;
    private final int[] rows;
    private final int width;
    private final int sourceNulls;
    private final long bytes;
    private final Gatherer gatherer;
    private VarCharVector source;
    private volatile VarCharVector built;
    private boolean closed;
    private int nullCount = -1;

    private GatheredBytes(String name, VarCharVector source, int width, int[] rows, Gatherer gatherer) {
        this.name = name;
        this.source = source;
        this.width = width;
        this.rows = rows;
        this.gatherer = gatherer;
        this.sourceNulls = source.getNullCount();
        this.bytes = source.getBufferSize() + 4L * rows.length;
    }

    /**
     * The rows {@code rows} (all inside the source, none missing) of {@code source}, held in {@code ctx} (the
     * context of the source's allocator) as the source's buffers until first read; {@code width} is the source's
     * {@link StringColumn#uniformWidth()} (-1 when its values differ in length or some are null).
     */
    static GatheredBytes of(MemoryContext ctx, String name, VarCharVector source, int width, int[] rows,
                            Gatherer gatherer) {
        int n = source.getValueCount();
        int nulls = source.getNullCount();
        VarCharVector shared = ctx.track(new VarCharVector(name, ctx.allocator()));
        // Takes a reference to each buffer (the validity bitmap is rebuilt when there are no nulls): the source's
        // owner may close its vector, these buffers stay until this vector is closed.
        List<ArrowBuf> buffers = List.of(source.getValidityBuffer(), source.getOffsetBuffer(), source.getDataBuffer());
        shared.loadFieldBuffers(new ArrowFieldNode(n, nulls), buffers);
        return new GatheredBytes(name, shared, width, rows, gatherer);
    }

    int length() {
        return rows.length;
    }

    /** The byte length every value shares (the source's, as no row is missing), or -1. */
    int uniformWidth() {
        return width;
    }

    /** True once {@link #vector()} has gathered the text. */
    public boolean isBuilt() {
        return built != null;
    }

    /**
     * The bytes a buffer pool counts for this storage, the same before and after the text is built: the source's
     * buffers it may pin, and the rows.
     */
    public long bytes() {
        return bytes;
    }

    /** Null rows among the gathered ones, counted once from the source's validity (no text is gathered). */
    synchronized int nullCount() {
        if (nullCount < 0) {
            if (built != null) {
                nullCount = built.getNullCount();
            } else if (sourceNulls == 0) {
                nullCount = 0;
            } else {
                requireOpen();
                int k = 0;
                for (int r : rows) {
                    if (source.isNull(r)) {
                        k++;
                    }
                }
                nullCount = k;
            }
        }
        return nullCount;
    }

    /** Closes the built vector, or the reference to the source's buffers: the column's owner has released it. */
    public synchronized void close() {
        closed = true;
        if (source != null) {
            source.close();
            source = null;
        }
        VarCharVector v = built;
        if (v != null) {
            v.close();
        }
    }

    /**
     * Calls {@code reader} with the text without gathering it when it is not built yet: the source's vector and the
     * kept rows, held open while {@code reader} runs (a kernel that reads each row's bytes once, as a group-by's
     * hashing does, would otherwise pay the gather's copy and read the copy again); once built, the built vector and
     * {@code null} rows.
     */
    <T> T read(java.util.function.BiFunction<VarCharVector, int[], T> reader) {
        VarCharVector v = built;
        if (v != null) {
            return reader.apply(v, null);
        }
        synchronized (this) {
            requireOpen();
            return built != null ? reader.apply(built, null) : reader.apply(source, rows);
        }
    }

    /** The gathered text as an Arrow vector, built on first use; the source's buffers are let go then. */
    VarCharVector vector() {
        VarCharVector v = built;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            requireOpen();
            if (built == null) {
                built = gatherer.gather(source, rows);
                source.close();
                source = null;
            }
            return built;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("column '" + name + "' was released before its text was read");
        }
    }
}
