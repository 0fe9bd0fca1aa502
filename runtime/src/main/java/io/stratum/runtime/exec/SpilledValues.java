package io.stratum.runtime.exec;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The temporary folder where the buffer pool spills operator outputs (as Arrow IPC) and fitted states (in their
 * stored form, as the lineage cache keeps them); {@link #close()} deletes it with everything still in it (the
 * run ended, failed or was stopped).
 */
final class SpilledValues implements AutoCloseable {
    /** One spilled value: its file, in {@link PersistentResults}' stored form. */
    record Spilled(Path file) {
    }

    private final Path directory;
    private final AtomicLong next = new AtomicLong();

    private SpilledValues(Path directory) {
        this.directory = directory;
    }

    /** A fresh folder under the system's temporary directory ({@code java.io.tmpdir}). */
    static SpilledValues create() {
        try {
            return new SpilledValues(Files.createTempDirectory("stratum-spill-"));
        } catch (IOException e) {
            throw new DataException("cannot create a folder to spill intermediate results under --memory-limit: "
                    + e.getMessage() + "; free disk space in " + System.getProperty("java.io.tmpdir") + " or raise the limit");
        }
    }

    Path directory() {
        return directory;
    }

    /** Writes an output or a fitted state that has a stored form ({@link PersistentResults#storable}). */
    Spilled write(LineageKey key, Object value) {
        Path file = directory.resolve(next.incrementAndGet() + "-" + key.product() + "-" + key.fold() + "-" + key.mode() + ".bin");
        try {
            byte[] payload = PersistentResults.encode(value);
            if (payload == null) {
                throw new IllegalStateException("no stored form for " + value.getClass().getSimpleName());
            }
            Files.write(file, payload);
        } catch (IOException e) {
            throw new DataException("cannot spill an intermediate result to " + file + ": " + e.getMessage()
                    + "; free disk space or raise --memory-limit");
        }
        return new Spilled(file);
    }

    Object read(Spilled spilled, MemoryContext memory) {
        try {
            return PersistentResults.decode(Files.readAllBytes(spilled.file()), memory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the spilled intermediate " + spilled.file(), e);
        }
    }

    void delete(Spilled spilled) {
        try {
            Files.deleteIfExists(spilled.file());
        } catch (IOException e) {
            // Deleted with the folder at close.
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder the system cleans eventually; the run's results do not depend on it.
        }
    }
}
