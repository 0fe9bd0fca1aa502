package io.stratum.runtime.data;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.AllocationListener;
import org.apache.arrow.memory.AllocationManager;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.memory.rounding.RoundingPolicy;
import org.apache.arrow.memory.rounding.SegmentRoundingPolicy;
import org.apache.arrow.vector.ValueVector;

/**
 * The single owner of the Arrow memory of one query run: every column vector is allocated from its allocator
 * and registered here, and {@link #close()} releases all of them and then the allocator.
 *
 * <p>Columns are immutable and may share vectors (a renamed column shares its vector), so no column closes its
 * own vector; releasing intermediates earlier is the buffer pool's job, not the column's.
 */
public final class MemoryContext implements AutoCloseable {
    /**
     * Buffers are allocated at the size asked for, in whole KiB. Arrow's default policy rounds every buffer below
     * 16 MiB up to a power of two, and vectors zero their whole buffer when allocated: a 566k-row int64 column took
     * 8 MiB instead of 4.6, and touching fresh memory is what a gather costs most (on the VMs this runs on, the
     * first write to a page costs ~10 us, 3 ms per MiB, against 0.04 ms per MiB for writing it again).
     */
    static final RoundingPolicy ROUNDING = new SegmentRoundingPolicy(SegmentRoundingPolicy.MIN_SEGMENT_SIZE);

    private final BufferAllocator allocator;
    private final List<ValueVector> vectors = new ArrayList<>();
    private boolean closed;

    private MemoryContext(BufferAllocator allocator) {
        this.allocator = allocator;
    }

    /** A context with its own root allocator and no memory limit. */
    public static MemoryContext open() {
        return new MemoryContext(root(Long.MAX_VALUE));
    }

    /** A context with its own root allocator that fails allocations beyond {@code limitBytes}. */
    public static MemoryContext open(long limitBytes) {
        return new MemoryContext(root(limitBytes));
    }

    /**
     * A root allocator on {@link RecyclingAllocationManager}, which keeps freed large blocks for the next buffers.
     * Arrow takes an allocation manager only through its configuration builder, whose classes are package-private,
     * so it is reached by reflection; should that fail (another Arrow version), the allocator is Arrow's default.
     */
    private static RootAllocator root(long limitBytes) {
        if (RecyclingAllocationManager.poolLimit() > 0) {
            try {
                java.lang.reflect.Method configBuilder = Class.forName("org.apache.arrow.memory.BaseAllocator")
                        .getMethod("configBuilder");
                configBuilder.setAccessible(true);
                Object builder = configBuilder.invoke(null);
                Class<?> type = builder.getClass();
                call(type, builder, "allocationManagerFactory", AllocationManager.Factory.class,
                        RecyclingAllocationManager.FACTORY);
                call(type, builder, "listener", AllocationListener.class, AllocationListener.NOOP);
                call(type, builder, "maxAllocation", long.class, limitBytes);
                call(type, builder, "roundingPolicy", RoundingPolicy.class, ROUNDING);
                java.lang.reflect.Method build = type.getMethod("build");
                build.setAccessible(true);
                Object config = build.invoke(builder);
                Class<?> configType = Class.forName("org.apache.arrow.memory.BaseAllocator$Config");
                java.lang.reflect.Constructor<RootAllocator> create = RootAllocator.class.getConstructor(configType);
                return create.newInstance(config);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Fall through to Arrow's default allocation manager.
            }
        }
        return new RootAllocator(AllocationListener.NOOP, limitBytes, ROUNDING);
    }

    private static void call(Class<?> type, Object target, String name, Class<?> parameter, Object value)
            throws ReflectiveOperationException {
        java.lang.reflect.Method m = type.getMethod(name, parameter);
        m.setAccessible(true);
        m.invoke(target, value);
    }

    /** A context on a child of {@code parent}; closing it closes the child only, the caller keeps the parent. */
    public static MemoryContext childOf(BufferAllocator parent, String name, long limitBytes) {
        return new MemoryContext(parent.newChildAllocator(name, 0, limitBytes));
    }

    /** The allocator new vectors must come from; register them with {@link #track}. */
    public BufferAllocator allocator() {
        ensureOpen();
        return allocator;
    }

    /** Registers a vector allocated from {@link #allocator()} so that {@link #close()} releases it. */
    public synchronized <V extends ValueVector> V track(V vector) {
        ensureOpen();
        vectors.add(vector);
        return vector;
    }

    /** Bytes currently allocated by this context. */
    public long allocatedBytes() {
        return allocator.getAllocatedMemory();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Reverse order so that later vectors (which may be views built from earlier ones) go first.
        for (int i = vectors.size() - 1; i >= 0; i--) {
            vectors.get(i).close();
        }
        vectors.clear();
        allocator.close();
    }

    private synchronized void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("memory context is closed; the query that owned these columns has ended");
        }
    }

    @Override
    public String toString() {
        return "MemoryContext[" + allocator.getName() + ", " + allocator.getAllocatedMemory() + " bytes]";
    }
}
