package io.stratum.runtime.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.CRC32C;

/**
 * A directory of byte payloads named by {@link CacheKey}, kept across runs. Each entry file is a header (magic,
 * format version, payload length), the payload and a CRC-32C of the payload; an entry whose header, length or
 * checksum is wrong is deleted and reported as a miss, never returned. Entries appear only by renaming a
 * completely written temporary file, so a crash or interrupt leaves either the whole entry or none. The total
 * size is capped: storing beyond the cap evicts the least recently used entries (reads refresh an entry's
 * modification time, which is how recency survives between runs).
 *
 * <p>Safe for concurrent use by the threads of one process. Two processes sharing a directory only ever see
 * complete entries, though each enforces the cap on the entries it knows of.
 */
public final class LineageCache {
    /** Two GiB, the default of {@code --cache-size}. */
    public static final long DEFAULT_CAPACITY = 2L << 30;

    private static final int MAGIC = 0x53545243; // "STRC"
    private static final int FORMAT = 1;
    private static final int HEADER = 4 + 4 + 8;
    private static final int TRAILER = 4;
    private static final String ENTRY_SUFFIX = ".entry";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path root;
    private final long capacity;
    /** Entry sizes and their recency; guarded by {@code this}. */
    private final Map<String, Entry> entries = new HashMap<>();
    private long totalBytes;
    private final AtomicLong clock = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder corrupt = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final LongAdder writes = new LongAdder();
    private final LongAdder failedWrites = new LongAdder();

    private static final class Entry {
        final long bytes;
        long lastUse;

        Entry(long bytes, long lastUse) {
            this.bytes = bytes;
            this.lastUse = lastUse;
        }
    }

    private LineageCache(Path root, long capacity) {
        this.root = root;
        this.capacity = capacity;
    }

    /**
     * Opens (creating it if needed) the cache in {@code directory} with at most {@code capacityBytes} of entries.
     * Temporary files left by an interrupted run are deleted; the entries found are ordered by modification time.
     */
    public static LineageCache open(Path directory, long capacityBytes) throws IOException {
        if (capacityBytes <= 0) {
            throw new IllegalArgumentException("the cache size must be positive, got " + capacityBytes);
        }
        LineageCache cache = new LineageCache(directory.toAbsolutePath().normalize(), capacityBytes);
        Files.createDirectories(cache.root);
        cache.scan();
        return cache;
    }

    private void scan() throws IOException {
        record Found(String key, long bytes, long modified) {
        }
        List<Found> found = new ArrayList<>();
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(root)) {
            for (Path shard : shards) {
                if (!Files.isDirectory(shard)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path f : files) {
                        String name = f.getFileName().toString();
                        if (name.endsWith(TEMP_SUFFIX)) {
                            Files.deleteIfExists(f); // a write that never completed
                        } else if (name.endsWith(ENTRY_SUFFIX)) {
                            try {
                                found.add(new Found(name.substring(0, name.length() - ENTRY_SUFFIX.length()),
                                        Files.size(f), Files.getLastModifiedTime(f).toMillis()));
                            } catch (NoSuchFileException e) {
                                // evicted by another process meanwhile
                            }
                        }
                    }
                }
            }
        }
        found.sort(Comparator.comparingLong(Found::modified).thenComparing(Found::key));
        synchronized (this) {
            for (Found f : found) {
                entries.put(f.key(), new Entry(f.bytes(), clock.incrementAndGet()));
                totalBytes += f.bytes();
            }
            evictTo(capacity);
        }
    }

    /** The directory holding the entries. */
    public Path directory() {
        return root;
    }

    public long capacity() {
        return capacity;
    }

    /** The bytes of all entries this cache knows of. */
    public synchronized long sizeBytes() {
        return totalBytes;
    }

    /** The number of entries this cache knows of. */
    public synchronized int entryCount() {
        return entries.size();
    }

    /** Whether an entry for {@code key} is present (without checking or refreshing it). */
    public synchronized boolean contains(CacheKey key) {
        return entries.containsKey(key.hex());
    }

    /** The path of the entry file of {@code key}, whether or not it exists (tests damage entries through it). */
    public Path entryPath(CacheKey key) {
        return root.resolve(key.hex().substring(0, 2)).resolve(key.hex() + ENTRY_SUFFIX);
    }

    /**
     * The payload stored under {@code key}, or null when there is none or it fails verification (then the entry
     * is deleted, so the caller recomputes and stores it again).
     */
    public byte[] read(CacheKey key) {
        Path file = entryPath(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            forget(key.hex());
            misses.increment();
            return null;
        } catch (IOException e) {
            misses.increment();
            return null;
        }
        byte[] payload = verified(bytes);
        if (payload == null) {
            corrupt.increment();
            misses.increment();
            delete(key.hex(), file);
            return null;
        }
        hits.increment();
        touch(key.hex(), bytes.length, file);
        return payload;
    }

    private static byte[] verified(byte[] bytes) {
        if (bytes.length < HEADER + TRAILER) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.getInt() != MAGIC || b.getInt() != FORMAT) {
            return null;
        }
        long length = b.getLong();
        if (length != (long) bytes.length - HEADER - TRAILER) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, HEADER, (int) length);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, HEADER + (int) length, TRAILER).getInt()) {
            return null;
        }
        byte[] payload = new byte[(int) length];
        System.arraycopy(bytes, HEADER, payload, 0, (int) length);
        return payload;
    }

    /**
     * Stores {@code payload} under {@code key} atomically, evicting least recently used entries to stay under the
     * cap. Returns false, leaving no file behind, when the entry alone exceeds the cap or the write fails (a full
     * disk or an interrupt must not fail the search, only make the cache miss next time).
     */
    public boolean write(CacheKey key, byte[] payload) {
        long size = (long) payload.length + HEADER + TRAILER;
        if (size > capacity) {
            return false;
        }
        Path file = entryPath(key);
        Path temp = file.resolveSibling("." + key.hex() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            Files.createDirectories(file.getParent());
            ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(FORMAT).putLong(payload.length).flip();
            CRC32C crc = new CRC32C();
            crc.update(payload, 0, payload.length);
            ByteBuffer trailer = ByteBuffer.allocate(TRAILER).putInt((int) crc.getValue()).flip();
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writeFully(ch, header);
                writeFully(ch, ByteBuffer.wrap(payload));
                writeFully(ch, trailer);
                // No fsync: a process crash cannot tear a renamed file, and after a power loss the checksum still
                // refuses a torn entry, so durability would cost a disk flush per task for nothing we rely on.
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            failedWrites.increment();
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the next open deletes leftover temporary files
            }
            return false;
        }
        writes.increment();
        synchronized (this) {
            Entry old = entries.put(key.hex(), new Entry(size, clock.incrementAndGet()));
            totalBytes += size - (old == null ? 0 : old.bytes);
            evictTo(capacity);
        }
        return true;
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** Deletes least recently used entries until at most {@code limit} bytes remain. Caller holds the lock. */
    private void evictTo(long limit) {
        if (totalBytes <= limit) {
            return;
        }
        List<Map.Entry<String, Entry>> byAge = new ArrayList<>(entries.entrySet());
        byAge.sort(Comparator.comparingLong(e -> e.getValue().lastUse));
        for (Map.Entry<String, Entry> e : byAge) {
            if (totalBytes <= limit) {
                break;
            }
            String hex = e.getKey();
            try {
                Files.deleteIfExists(root.resolve(hex.substring(0, 2)).resolve(hex + ENTRY_SUFFIX));
            } catch (IOException ignored) {
                // an undeletable file stays; it is no longer counted, so the cap still bounds what we add
            }
            entries.remove(hex);
            totalBytes -= e.getValue().bytes;
            evictions.increment();
        }
    }

    private synchronized void touch(String hex, long size, Path file) {
        Entry e = entries.get(hex);
        if (e == null) {
            // written by another process since we opened
            entries.put(hex, new Entry(size, clock.incrementAndGet()));
            totalBytes += size;
        } else {
            e.lastUse = clock.incrementAndGet();
        }
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException ignored) {
            // recency between runs is best effort
        }
    }

    private synchronized void forget(String hex) {
        Entry e = entries.remove(hex);
        if (e != null) {
            totalBytes -= e.bytes;
        }
    }

    private void delete(String hex, Path file) {
        forget(hex);
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the entry fails verification again next time and is retried
        }
    }

    /** Counters of this process's use of the cache. */
    public record Counters(long hits, long misses, long corrupt, long writes, long failedWrites, long evictions) {
    }

    public Counters counters() {
        return new Counters(hits.sum(), misses.sum(), corrupt.sum(), writes.sum(), failedWrites.sum(), evictions.sum());
    }
}
