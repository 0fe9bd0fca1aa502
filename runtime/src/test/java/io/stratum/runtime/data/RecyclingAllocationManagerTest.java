package io.stratum.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.OutOfMemoryException;
import org.apache.arrow.vector.BigIntVector;
import org.junit.jupiter.api.Test;

/** Memory contexts allocate through {@link RecyclingAllocationManager}: large freed blocks are reused, limits hold. */
class RecyclingAllocationManagerTest {

    @Test
    void sizeClassesAreAQuarterOfAPowerOfTwoApartFromOneMebibyte() {
        assertEquals(1000, RecyclingAllocationManager.blockSize(1000));
        assertEquals((1 << 20) - 1, RecyclingAllocationManager.blockSize((1 << 20) - 1));
        assertEquals(1 << 20, RecyclingAllocationManager.blockSize(1 << 20));
        assertEquals(5 << 18, RecyclingAllocationManager.blockSize((1 << 20) + 1));
        assertEquals(24 << 20, RecyclingAllocationManager.blockSize(24_000_000));
        assertEquals(12 << 20, RecyclingAllocationManager.blockSize(11_000_000));
    }

    @Test
    void aFreedLargeBufferIsHandedToTheNextBufferOfItsClass() {
        long size = 3_000_000;
        long first;
        try (MemoryContext ctx = MemoryContext.open()) {
            ArrowBuf buf = ctx.allocator().buffer(size);
            first = buf.memoryAddress();
            buf.close();
        }
        // Another context (another query) gets the same block back, whatever other tests pooled meanwhile.
        try (MemoryContext ctx = MemoryContext.open()) {
            ArrowBuf again = ctx.allocator().buffer(size - 1000);
            assertEquals(first, again.memoryAddress(), "the freed block of the same size class is reused");
            // The allocator still counts what was asked for (rounded to 1 KiB segments), not the block.
            assertEquals(size - 1000 + 1024 - (size - 1000) % 1024, ctx.allocatedBytes());
            again.close();
        }
    }

    @Test
    void vectorsOnRecycledMemoryStartZeroedAndLimitsStillHold() {
        try (MemoryContext ctx = MemoryContext.open()) {
            BigIntVector v = ctx.track(new BigIntVector("v", ctx.allocator()));
            v.allocateNew(500_000);
            for (int i = 0; i < 500_000; i++) {
                v.set(i, -1L);
            }
            v.close();
            BigIntVector w = ctx.track(new BigIntVector("w", ctx.allocator()));
            w.allocateNew(500_000);
            w.setValueCount(500_000);
            for (int i = 0; i < 500_000; i += 997) {
                assertTrue(w.isNull(i) && w.getDataBuffer().getLong(8L * i) == 0, "row " + i);
            }
        }
        try (MemoryContext ctx = MemoryContext.open(2 << 20)) {
            assertThrows(OutOfMemoryException.class, () -> ctx.allocator().buffer(3 << 20));
        }
    }
}
