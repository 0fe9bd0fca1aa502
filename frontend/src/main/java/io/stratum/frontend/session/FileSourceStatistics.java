package io.stratum.frontend.session;

import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.ColumnType;
import io.stratum.optimizer.metadata.DeferredLabels;
import io.stratum.optimizer.metadata.SourceProfile;
import io.stratum.optimizer.metadata.SourceStatistics;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.FileFormat;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.io.ParkedTables;
import io.stratum.runtime.io.TableFiles;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.kernels.encode.ColumnCategories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Source statistics for the optimizer, collected by reading each file (CSV, Parquet, Arrow IPC, JSON records) once
 * with the runtime's reader (so the types are the ones the run will see) and cached by path, size and modification
 * time, so a changed file is read again and an unchanged one never is. The table read is parked
 * ({@link ParkedTables}) for the run's scan of the same file, so a compile-and-run parses each file once: the
 * statistics cost one pass over the parsed columns, not a second read.
 *
 * <p>Categories are collected as the one-hot encoder collects them ({@link ColumnCategories}), so their order and
 * labels are exactly the ones its output columns are named after; the labels are formatted on first read
 * ({@link DeferredLabels}), which only the columns a plan one-hot encodes ever do. A column with more than
 * {@link #MAX_CATEGORIES} distinct values keeps its distinct count but not its categories.
 */
public final class FileSourceStatistics implements SourceStatistics {
    /** Beyond this many distinct values a column's categories are not kept (nobody one-hot encodes it usefully). */
    public static final int MAX_CATEGORIES = 10_000;

    private static final FileSourceStatistics SHARED = new FileSourceStatistics();

    private record FileVersion(String format, String path, long size, long modifiedMillis) {
    }

    private final Map<FileVersion, Optional<SourceProfile>> cache = new ConcurrentHashMap<>();
    /** Why the reader refused a file (by its normalized absolute path), as the run's scan would report it. */
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private int reads;

    /** A statistics source with an empty cache of its own (sessions share {@link #shared()}). */
    public FileSourceStatistics() {
    }

    /** The process-wide instance sessions use, so every session of a process reads a file at most once. */
    public static FileSourceStatistics shared() {
        return SHARED;
    }

    @Override
    public Optional<SourceProfile> profile(String absolutePath) {
        return profile("csv", absolutePath, (memory, path) -> CsvReader.read(memory, path));
    }

    /**
     * A CSV file read with the script's options (but {@code usecols}): cached and parked under the options as well
     * ({@link ParkedTables#csvFormat}), so the run's scan with the same options takes this reading.
     */
    @Override
    public Optional<SourceProfile> profile(String absolutePath, Const.DictConst options) {
        if (options.keys().isEmpty()) {
            return profile(absolutePath);
        }
        return profile(ParkedTables.csvFormat(options), absolutePath, (memory, path) -> CsvReader.read(memory, path,
                io.stratum.runtime.io.CsvOptions.fromConst(options, null)));
    }

    @Override
    public Optional<SourceProfile> profile(FileFormat format, String absolutePath) {
        return profile(format.name(), absolutePath, (memory, path) -> TableFiles.read(memory, format, path,
                new Const.DictConst(List.of(), List.of()), null));
    }

    private interface Reader {
        Table read(MemoryContext memory, Path path);
    }

    private Optional<SourceProfile> profile(String format, String absolutePath, Reader reader) {
        Path path = Path.of(absolutePath);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            // Missing or unreadable: the scan reports it with the script line when the search runs.
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            return Optional.empty();
        }
        FileVersion version = new FileVersion(format, path.toAbsolutePath().normalize().toString(), attributes.size(),
                attributes.lastModifiedTime().toMillis());
        return cache.computeIfAbsent(version, v -> read(format, path, reader));
    }

    /**
     * The reader's message for {@code absolutePath} when the last reading of it for a profile failed (a malformed
     * file: the message the run's scan reports, with the line and column), or null.
     */
    public String failure(String absolutePath) {
        return failures.get(Path.of(absolutePath).toAbsolutePath().normalize().toString());
    }

    /** How many times a file was actually read (for tests of the cache). */
    public synchronized int reads() {
        return reads;
    }

    private Optional<SourceProfile> read(String format, Path path, Reader reader) {
        synchronized (this) {
            reads++;
        }
        MemoryContext memory = MemoryContext.open();
        String key = path.toAbsolutePath().normalize().toString();
        try {
            Table table = reader.read(memory, path);
            failures.remove(key);
            List<ColumnStats> columns = new ArrayList<>(table.columnCount());
            for (Column c : table.columns()) {
                columns.add(stats(c, table.rowCount()));
            }
            ParkedTables.park(format, path, table, memory);
            return Optional.of(new SourceProfile(table.rowCount(), columns));
        } catch (DataException e) {
            // A malformed file: the scan reports it with the script line when the search runs, and a step check
            // before it (StepCheck), with this message.
            failures.put(key, e.getMessage());
            memory.close();
            return Optional.empty();
        } catch (RuntimeException | Error e) {
            memory.close();
            throw e;
        }
    }

    private static ColumnStats stats(Column c, int rows) {
        OptionalDouble nullFraction = rows == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) c.missingCount() / rows);
        if (c instanceof TimestampColumn t) {
            // Nobody one-hot encodes a datetime column (the encoders refuse it), but its distinct count and null
            // fraction still describe the source; without this case one datetime column dropped the whole profile.
            HashSet<Long> seen = new HashSet<>();
            for (int i = 0; i < rows; i++) {
                if (!t.isNull(i)) {
                    seen.add(t.getTicks(i));
                }
            }
            return new ColumnStats(c.name(), type(c), OptionalLong.of(seen.size()), nullFraction,
                    Optional.empty());
        }
        // The categories the one-hot encoder would find (its own collection, so order and labels are the same), but
        // no encoder is fitted, and the labels are formatted only if a plan encodes the column.
        ColumnCategories categories = ColumnCategories.of(c);
        int distinct = categories.size() - (categories.hasMissing() ? 1 : 0);
        Optional<List<String>> labels = categories.size() <= MAX_CATEGORIES
                ? Optional.of(new DeferredLabels(categories.size(), categories::labels)) : Optional.empty();
        return new ColumnStats(c.name(), type(c), OptionalLong.of(distinct), nullFraction, labels);
    }

    private static ColumnType type(Column c) {
        return switch (c.type()) {
            case INT64 -> ColumnType.INT64;
            case FLOAT64 -> ColumnType.FLOAT64;
            case STRING -> ColumnType.STR;
            case BOOL -> ColumnType.BOOL;
            case DATETIME -> ColumnType.datetimeOf(((TimestampColumn) c).unit().dtypeName())
                    .withZone(((TimestampColumn) c).zone() != null);
            case TIMEDELTA -> ColumnType.timedelta(((io.stratum.runtime.data.TimedeltaColumn) c).unit().ordinal());
            case CATEGORY -> ColumnType.CATEGORY;
        };
    }
}
