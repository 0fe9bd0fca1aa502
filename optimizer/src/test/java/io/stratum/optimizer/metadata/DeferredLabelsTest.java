package io.stratum.optimizer.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Labels formatted once, on first read; their count is known before. */
class DeferredLabelsTest {

    @Test
    void formatsOnceOnFirstRead() {
        AtomicInteger calls = new AtomicInteger();
        DeferredLabels labels = new DeferredLabels(2, () -> {
            calls.incrementAndGet();
            return List.of("a", "b");
        });
        assertEquals(2, labels.size());
        assertFalse(labels.formatted());
        assertEquals(0, calls.get());
        assertEquals("b", labels.get(1));
        assertEquals(List.of("a", "b"), labels);
        assertEquals(1, calls.get());
        assertTrue(labels.formatted());
    }

    @Test
    void columnStatsKeepThemUnformatted() {
        DeferredLabels labels = new DeferredLabels(1, () -> List.of("x"));
        ColumnStats c = new ColumnStats("c", ColumnType.STR, OptionalLong.of(1), OptionalDouble.of(0), Optional.of(labels));
        assertSame(labels, c.categories().orElseThrow());
        assertFalse(labels.formatted());
    }

    @Test
    void aFormatterGivingAnotherCountIsABug() {
        DeferredLabels labels = new DeferredLabels(3, () -> List.of("x"));
        assertThrows(IllegalStateException.class, () -> labels.get(0));
    }
}
