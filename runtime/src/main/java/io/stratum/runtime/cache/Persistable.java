package io.stratum.runtime.cache;

import java.io.DataOutput;
import java.io.IOException;

/**
 * Fitted state that can be stored in the lineage cache: a compact binary form, named by a tag so that the reader
 * that rebuilds it can be found (and a changed format, with a new tag, never reads an old entry).
 */
public interface Persistable {

    /** The format's name and version, such as {@code FittedOneHot/1}; a reader is registered under it. */
    String persistTag();

    /** Writes the state; the reader registered for {@link #persistTag()} must rebuild an equal object from it. */
    void writeTo(DataOutput out) throws IOException;

    /** Rebuilds one kind of state from what {@link Persistable#writeTo} wrote. */
    @FunctionalInterface
    interface Reader {
        Object readFrom(java.io.DataInput in) throws IOException;
    }
}
