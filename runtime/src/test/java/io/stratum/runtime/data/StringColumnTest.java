package io.stratum.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StringColumnTest {
    private MemoryContext ctx;

    @BeforeEach
    void setUp() {
        ctx = MemoryContext.open();
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    @Test
    void takeCopiesBytesOfEveryKindOfValue() {
        String[] values = {null, "", "a", "ü€𝄞", "", "longer value with spaces", null, "z"};
        StringColumn c = StringColumn.of(ctx, "s", values);
        int[] rows = {7, 0, 3, 3, 1, 5, 6, 2, 4, 0};
        StringColumn t = c.take(rows);
        assertEquals(rows.length, t.length());
        assertEquals("s", t.name());
        for (int i = 0; i < rows.length; i++) {
            assertEquals(values[rows[i]], t.getString(i), "row " + i);
            assertEquals(values[rows[i]] == null, t.isNull(i), "null flag of row " + i);
        }
    }

    @Test
    void takeOfManyRandomRowsMatchesDecodedValues() {
        Random random = new Random(7);
        String[] values = new String[5000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(10) == 0 ? null : "v" + random.nextInt(1000) + "é".repeat(random.nextInt(4));
        }
        StringColumn c = StringColumn.of(ctx, "s", values);
        int[] rows = random.ints(20_000, 0, values.length).toArray();
        StringColumn t = c.take(rows);
        for (int i = 0; i < rows.length; i++) {
            assertEquals(values[rows[i]], t.getString(i));
        }
        // The result is itself a well-formed column: taking from it again gives the same values.
        StringColumn again = t.take(new int[] {rows.length - 1, 0});
        assertEquals(values[rows[rows.length - 1]], again.getString(0));
        assertEquals(values[rows[0]], again.getString(1));
    }

    @Test
    void takeOfNoRowsAndBadRows() {
        StringColumn c = StringColumn.of(ctx, "s", new String[] {"a", null});
        assertEquals(0, c.take(new int[0]).length());
        assertThrows(IndexOutOfBoundsException.class, () -> c.take(new int[] {2}));
        assertThrows(IndexOutOfBoundsException.class, () -> c.take(new int[] {-1}));
    }
}
