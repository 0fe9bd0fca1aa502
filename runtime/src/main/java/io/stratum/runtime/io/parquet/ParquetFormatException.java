package io.stratum.runtime.io.parquet;

/**
 * A column chunk this decoder does not read (an encoding, codec or layout outside the ones it accepts) or whose
 * bytes are malformed. The reader then reads that column through hardwood instead, which accepts every encoding
 * and codec, or reports the file as invalid.
 */
public final class ParquetFormatException extends RuntimeException {
    public ParquetFormatException(String message) {
        super(message);
    }
}
