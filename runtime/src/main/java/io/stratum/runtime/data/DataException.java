package io.stratum.runtime.data;

/**
 * An error caused by the user's data or by how a pipeline uses it; its message is shown to the user as is,
 * so it must say where the problem is and what to do about it.
 */
public class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
