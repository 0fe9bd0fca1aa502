package io.stratum.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table a scan takes from {@link ParkedTables} is the one the reader gave, dictionary codes included. */
class ParkedTablesTest {
    private final MemoryContext ctx = MemoryContext.open();

    @AfterEach
    void tearDown() {
        ctx.close();
        ParkedTables.clear();
    }

    @Test
    void takenTableKeepsTheReadersDictionaryCodes(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("city,id\n");
        for (int i = 0; i < 400; i++) {
            csv.append(i % 3 == 0 ? "Paris" : i % 3 == 1 ? "" : "Oslo").append(',').append("id").append(i).append('\n');
        }
        Path file = dir.resolve("cities.csv");
        Files.writeString(file, csv);
        MemoryContext owner = MemoryContext.open();
        Table read = CsvReader.read(owner, file);
        StringColumn readCity = (StringColumn) read.column("city");
        assertNotNull(readCity.codes(), "the reader encodes a low-cardinality column");
        ParkedTables.park("csv", file, read, owner);

        Table taken = ParkedTables.take(ctx, "csv", file, List.of("city", "id"));
        StringColumn city = (StringColumn) taken.column("city");
        assertNotNull(city.codes(), "the copy a scan takes must keep the codes the encoders and joins read");
        assertEquals(400, city.codes().codes().length);
        for (int i = 0; i < 400; i++) {
            String expected = i % 3 == 0 ? "Paris" : i % 3 == 1 ? null : "Oslo";
            assertEquals(expected, city.getString(i), "row " + i);
            int code = city.codes().codes()[i];
            assertEquals(expected, code < 0 ? null : city.codes().values()[code], "code of row " + i);
        }
        // A high-cardinality column stays without codes, as read.
        assertNull(((StringColumn) taken.column("id")).codes());
        assertArrayEquals(new String[] {"id0", "id1"},
                new String[] {taken.column("id").format(0), taken.column("id").format(1)});
    }
}
