package io.stratum.ir.node;

import io.stratum.ir.value.Const;
import java.util.List;

/**
 * A sink for a node's attributes. The same calls feed the fingerprint and EXPLAIN, so whatever EXPLAIN
 * shows is part of the node's identity, except what is explicitly marked display-only.
 */
public interface Terms {

    /** An attribute that is part of the node's identity and shown in EXPLAIN. */
    Terms item(String name, Const value);

    /** Display-only: shown by EXPLAIN, excluded from the fingerprint (say, a path as the script wrote it). */
    Terms display(String name, String value);

    /** Identity-only: part of the fingerprint, not shown (say, an absolute path or a content hash). */
    Terms identity(String name, Const value);

    default Terms item(String name, String value) {
        return item(name, Const.of(value));
    }

    default Terms item(String name, long value) {
        return item(name, Const.of(value));
    }

    default Terms item(String name, double value) {
        return item(name, Const.of(value));
    }

    default Terms item(String name, boolean value) {
        return item(name, Const.of(value));
    }

    default Terms item(String name, List<String> values) {
        return item(name, Const.ofStrings(values));
    }

    /** An attribute written only when {@code condition} holds (defaults are left out of EXPLAIN). */
    default Terms itemIf(boolean condition, String name, Const value) {
        return condition ? item(name, value) : this;
    }
}
