package io.stratum.optimizer.metadata;

import io.stratum.ir.value.FileFormat;
import java.util.Optional;

/**
 * Where the optimizer gets the facts about its sources: a CSV file's schema, row count and per-column distinct and
 * null counts. The optimizer never reads data itself; the session implements this with the runtime's reader.
 */
public interface SourceStatistics {

    /** No statistics at all: every source is unknown, so only what the plan itself says is derived. */
    SourceStatistics NONE = path -> Optional.empty();

    /**
     * The profile of the comma-separated file at {@code absolutePath} read with pandas' default options, or empty
     * when it cannot be read (the runtime then reports why, at the script line that reads it).
     */
    Optional<SourceProfile> profile(String absolutePath);

    /**
     * The profile of the comma-separated file at {@code absolutePath} read with {@code options} (pandas' keyword
     * arguments but {@code usecols}: {@code sep}, {@code parse_dates}, {@code dtype}, {@code na_values}, ...), or empty
     * when it cannot be read or this source only knows the default reading.
     */
    default Optional<SourceProfile> profile(String absolutePath, io.stratum.ir.value.Const.DictConst options) {
        return options.keys().isEmpty() ? profile(absolutePath) : Optional.empty();
    }

    /**
     * The profile of a Parquet, Arrow IPC or JSON-records file read with pandas' default options, or empty when it
     * is unknown or cannot be read; sources without statistics for these formats say empty.
     */
    default Optional<SourceProfile> profile(FileFormat format, String absolutePath) {
        return Optional.empty();
    }
}
