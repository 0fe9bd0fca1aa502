package io.stratum.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store itself: verified reads, atomic writes, the size cap with least-recently-used eviction. */
class LineageCacheTest {
    @TempDir
    Path dir;

    private static CacheKey key(String name) {
        return CacheKey.builder("test").add(name).build();
    }

    private static byte[] payload(int size, int seed) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    @Test
    void storedPayloadReadsBackInAnotherInstance() throws IOException {
        LineageCache cache = LineageCache.open(dir, 1 << 20);
        assertNull(cache.read(key("a")));
        assertTrue(cache.write(key("a"), payload(1000, 1)));

        LineageCache reopened = LineageCache.open(dir, 1 << 20);
        assertEquals(1, reopened.entryCount());
        assertArrayEquals(payload(1000, 1), reopened.read(key("a")));
        assertEquals(1, reopened.counters().hits());
    }

    @Test
    void flippedByteIsDetectedDeletedAndMissed() throws IOException {
        LineageCache cache = LineageCache.open(dir, 1 << 20);
        cache.write(key("a"), payload(1000, 1));
        Path file = cache.entryPath(key("a"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[500] ^= 0x10;
        Files.write(file, bytes);

        assertNull(cache.read(key("a")));
        assertFalse(Files.exists(file), "a corrupt entry is deleted");
        assertEquals(1, cache.counters().corrupt());
        assertEquals(0, cache.entryCount());
    }

    @Test
    void truncatedEntryIsDetectedAndMissed() throws IOException {
        LineageCache cache = LineageCache.open(dir, 1 << 20);
        cache.write(key("a"), payload(1000, 1));
        Path file = cache.entryPath(key("a"));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 7));

        assertNull(cache.read(key("a")));
        assertFalse(Files.exists(file));
        // The recomputed value is stored again and then trusted.
        assertTrue(cache.write(key("a"), payload(1000, 1)));
        assertArrayEquals(payload(1000, 1), cache.read(key("a")));
    }

    @Test
    void damagedHeaderIsMissed() throws IOException {
        LineageCache cache = LineageCache.open(dir, 1 << 20);
        cache.write(key("a"), payload(100, 1));
        Path file = cache.entryPath(key("a"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] ^= 0x01;
        Files.write(file, bytes);
        assertNull(cache.read(key("a")));
    }

    @Test
    void leastRecentlyUsedEntryIsEvictedFirst() throws IOException {
        // Room for two 1000-byte entries (each has 20 bytes of header and checksum), not three.
        LineageCache cache = LineageCache.open(dir, 2100);
        cache.write(key("a"), payload(1000, 1));
        cache.write(key("b"), payload(1000, 2));
        assertArrayEquals(payload(1000, 1), cache.read(key("a"))); // a is now more recent than b
        cache.write(key("c"), payload(1000, 3));

        assertTrue(cache.contains(key("a")));
        assertFalse(cache.contains(key("b")));
        assertTrue(cache.contains(key("c")));
        assertFalse(Files.exists(cache.entryPath(key("b"))));
        assertEquals(1, cache.counters().evictions());
        assertTrue(cache.sizeBytes() <= 2100);
        assertEquals(2040, entryBytesOnDisk());
    }

    @Test
    void recencySurvivesReopeningAndTheCapAppliesOnOpen() throws IOException, InterruptedException {
        LineageCache cache = LineageCache.open(dir, 10_000);
        cache.write(key("old"), payload(1000, 1));
        Thread.sleep(20);
        cache.write(key("new"), payload(1000, 2));

        LineageCache small = LineageCache.open(dir, 1500);
        assertFalse(small.contains(key("old")));
        assertTrue(small.contains(key("new")));
    }

    @Test
    void entryLargerThanTheCapIsNotStored() throws IOException {
        LineageCache cache = LineageCache.open(dir, 500);
        assertFalse(cache.write(key("big"), payload(1000, 1)));
        assertEquals(0, cache.entryCount());
        assertEquals(List.of(), allFiles());
    }

    @Test
    void interruptedWriteLeavesNoFileBehind() throws IOException {
        LineageCache cache = LineageCache.open(dir, 1 << 20);
        cache.write(key("kept"), payload(100, 1));
        // An interrupt (what stopping a search sends to workers) makes the channel write fail midway.
        Thread.currentThread().interrupt();
        boolean stored;
        try {
            stored = cache.write(key("lost"), payload(100_000, 2));
        } finally {
            Thread.interrupted();
        }
        assertFalse(stored);
        assertEquals(List.of(cache.entryPath(key("kept"))), allFiles(), "no temporary or partial entry remains");
        assertEquals(1, cache.counters().failedWrites());
        assertNull(cache.read(key("lost")));
    }

    @Test
    void temporaryFilesOfACrashedRunAreDeletedOnOpen() throws IOException {
        Path shard = Files.createDirectories(dir.resolve("ab"));
        Path leftover = Files.write(shard.resolve(".abcd.1234.tmp"), payload(50, 1));
        LineageCache.open(dir, 1 << 20);
        assertFalse(Files.exists(leftover));
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private long entryBytesOnDisk() throws IOException {
        long total = 0;
        for (Path p : allFiles()) {
            total += Files.size(p);
        }
        return total;
    }
}
