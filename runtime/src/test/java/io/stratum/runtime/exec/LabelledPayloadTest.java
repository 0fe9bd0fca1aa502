package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import org.junit.jupiter.api.Test;

/** A fold's rows and filtered frames keep their row labels when spilled or cached and read back. */
class LabelledPayloadTest {
    @Test
    void labelledFramesAndColumnsRoundTripWithTheirLabels() throws Exception {
        try (MemoryContext memory = MemoryContext.open()) {
            Table t = Table.of(Int64Column.of(memory, "a", new long[] {1, 2, 3, 4}),
                    Float64Column.of(memory, "b", new double[] {0.5, 1.5, 2.5, 3.5})).takeLabelled(new int[] {3, 1});
            RuntimeValue.Frame frame = new RuntimeValue.Frame(t);
            assertTrue(PersistentResults.storable(frame));
            RuntimeValue.Frame back = (RuntimeValue.Frame) PersistentResults.decode(PersistentResults.encode(frame), memory);
            assertArrayEquals(new long[] {3, 1}, back.table().labels());
            assertEquals(4L, ((Int64Column) back.table().column("a")).getLong(0));

            RuntimeValue.Series series = RuntimeValue.Series.of(t.select(java.util.List.of("b")));
            RuntimeValue.Series s = (RuntimeValue.Series) PersistentResults.decode(PersistentResults.encode(series), memory);
            assertArrayEquals(new long[] {3, 1}, s.labels().toLongs());
            assertEquals(1.5, ((Float64Column) s.column()).getDouble(1));

            RuntimeValue.Series plain = new RuntimeValue.Series(t.column("b"));
            assertNull(((RuntimeValue.Series) PersistentResults.decode(PersistentResults.encode(plain), memory)).labels());
        }
    }
}
