package io.stratum.optimizer.metadata;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * Category labels of a known count, formatted on first read. A source's numeric columns have thousands of distinct
 * values that nobody one-hot encodes, and formatting them as Python prints floats cost more than profiling the file;
 * only the columns a plan encodes ever read their labels. Immutable once formatted; safe to read from any thread.
 */
public final class DeferredLabels extends AbstractList<String> implements RandomAccess {
    private final int size;
    private Supplier<List<String>> format;
    private volatile List<String> labels;

    /** {@code size} labels that {@code format} gives when first asked (it must give exactly that many). */
    public DeferredLabels(int size, Supplier<List<String>> format) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        this.size = size;
        this.format = format;
    }

    private List<String> labels() {
        List<String> l = labels;
        if (l == null) {
            synchronized (this) {
                l = labels;
                if (l == null) {
                    l = List.copyOf(format.get());
                    if (l.size() != size) {
                        throw new IllegalStateException("expected " + size + " labels, the formatter gave " + l.size());
                    }
                    labels = l;
                    format = null;
                }
            }
        }
        return l;
    }

    /** Whether the labels were formatted yet (for tests). */
    public boolean formatted() {
        return labels != null;
    }

    @Override
    public String get(int index) {
        return labels().get(index);
    }

    @Override
    public int size() {
        return size;
    }
}
