package io.stratum.runtime.data;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.memory.AllocationManager;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.unsafe.UnsafeAllocationManager;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * Arrow's native memory, with freed blocks of {@value #MIN_POOLED_BYTES} bytes or more kept for the next buffer of
 * the same size class instead of being returned to the C allocator. On the VMs this runs on, the first write to a
 * fresh 4 KiB page costs ~10-14 us (a page fault), ~3 ms per MiB, which is more than a gather's or a reader's own work
 * per byte: glibc hands large blocks back to the kernel when they are freed and maps fresh ones for the next
 * operator, so each operator's output paid those faults again. A recycled block's pages are already mapped.
 *
 * <p>Size classes are a quarter of a power of two apart (a block is at most 25% larger than asked for; the part
 * past the request is never touched, so it costs address space, not memory). At most {@link #poolLimit()} bytes
 * are kept (system property {@code stratum.memory.pool.bytes}, default 512 MiB; 0 turns recycling off), the most
 * recently freed block first. Accounting is unchanged: the allocator counts the size asked for, and a pooled
 * block is not counted against any query's limit while it sits in the pool.
 */
final class RecyclingAllocationManager extends AllocationManager {
    static final long MIN_POOLED_BYTES = 1L << 20;
    private static final long POOL_LIMIT = Long.getLong("stratum.memory.pool.bytes", 512L << 20);
    private static final ConcurrentHashMap<Long, ConcurrentLinkedDeque<Long>> FREE = new ConcurrentHashMap<>();
    private static final AtomicLong POOLED = new AtomicLong();

    static final AllocationManager.Factory FACTORY = new AllocationManager.Factory() {
        @Override
        public AllocationManager create(BufferAllocator accountingAllocator, long size) {
            return new RecyclingAllocationManager(accountingAllocator, size);
        }

        @Override
        public ArrowBuf empty() {
            return UnsafeAllocationManager.FACTORY.empty();
        }
    };

    private final long size;
    private final long block;
    private final long address;

    private RecyclingAllocationManager(BufferAllocator accountingAllocator, long size) {
        super(accountingAllocator);
        this.size = size;
        this.block = blockSize(size);
        this.address = take(block);
    }

    static long poolLimit() {
        return POOL_LIMIT;
    }

    /** Bytes held in the pool now (freed blocks waiting for reuse). */
    static long pooledBytes() {
        return POOLED.get();
    }

    /** The size class of a request: itself below the pooled size, else rounded up to a quarter of its power of two. */
    static long blockSize(long size) {
        if (size < MIN_POOLED_BYTES || POOL_LIMIT <= 0) {
            return size;
        }
        long step = Long.highestOneBit(size) >>> 2;
        return (size + step - 1) / step * step;
    }

    private static long take(long block) {
        if (block >= MIN_POOLED_BYTES && POOL_LIMIT > 0) {
            ConcurrentLinkedDeque<Long> free = FREE.get(block);
            Long recycled = free == null ? null : free.pollFirst();
            if (recycled != null) {
                POOLED.addAndGet(-block);
                return recycled;
            }
        }
        return MemoryUtil.allocateMemory(block);
    }

    @Override
    public long getSize() {
        return size;
    }

    @Override
    protected long memoryAddress() {
        return address;
    }

    @Override
    protected void release0() {
        if (block >= MIN_POOLED_BYTES && POOL_LIMIT > 0 && POOLED.addAndGet(block) <= POOL_LIMIT) {
            FREE.computeIfAbsent(block, b -> new ConcurrentLinkedDeque<>()).addFirst(address);
            return;
        }
        if (block >= MIN_POOLED_BYTES && POOL_LIMIT > 0) {
            POOLED.addAndGet(-block);
        }
        MemoryUtil.freeMemory(address);
    }
}
