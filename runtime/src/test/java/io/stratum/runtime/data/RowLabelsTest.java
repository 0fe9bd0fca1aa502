package io.stratum.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowLabelsTest {
    @Test
    void aSelectionOfUnlabelledRowsKeepsItsRowArrayAndZeroToNIsNull() {
        int[] rows = {3, 1, 4};
        RowLabels picked = RowLabels.select(null, rows);
        assertArrayEquals(new long[] {3, 1, 4}, picked.toLongs());
        assertNull(RowLabels.select(null, new int[] {0, 1, 2}), "0..n-1 stays unlabelled");
        assertArrayEquals(new long[] {4, 3}, RowLabels.select(picked, new int[] {2, 0}).toLongs(),
                "a selection of a selection keeps the original labels");
        assertNull(RowLabels.of(new long[] {0, 1}));
    }

    @Test
    void concatKeepsEachPartsLabelsInTurnAsPandasDoes() {
        RowLabels a = RowLabels.of(new long[] {5, 7});
        assertArrayEquals(new long[] {5, 7, 0, 1, 2}, RowLabels.concat(Arrays.asList(a, null), new int[] {2, 3}).toLongs());
        assertNull(RowLabels.concat(Arrays.asList(null, null), new int[] {2, 0}));
    }

    @Test
    void sameComparesContentAndNullMeansZeroToN() {
        RowLabels a = RowLabels.of(new long[] {2, 9});
        assertTrue(RowLabels.same(a, RowLabels.of(new long[] {2, 9})));
        assertTrue(RowLabels.same(null, null));
        assertFalse(RowLabels.same(a, null));
        assertFalse(RowLabels.same(a, RowLabels.of(new long[] {9, 2})));
    }

    @Test
    void positionsInIsPandasReindexAndRefusesRepeatedLabels() {
        RowLabels source = RowLabels.of(new long[] {20, 48, 351});
        assertArrayEquals(new int[] {-1, 2, 0}, RowLabels.positionsIn(source, 3, RowLabels.of(new long[] {1, 351, 20}), 3));
        assertArrayEquals(new int[] {-1, -1}, RowLabels.positionsIn(source, 3, null, 2));
        RowLabels repeated = RowLabels.concat(List.of(source, source), new int[] {3, 3});
        assertNull(RowLabels.positionsIn(repeated, 6, null, 2));
    }

    @Test
    void aTableSharesItsLabelsWithTheSeriesAndColumnSteps() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table t = Table.of(Int64Column.of(memory, "a", new long[] {1, 2, 3})).takeLabelled(new int[] {2, 0});
            assertSame(t.rowLabels(), t.select(List.of("a")).rowLabels());
            assertSame(t.rowLabels(), t.withColumn("b", t.column("a")).rowLabels());
        }
    }
}
