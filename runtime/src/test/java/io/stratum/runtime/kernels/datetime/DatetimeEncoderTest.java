package io.stratum.runtime.kernels.datetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.reference.Reference;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** skrub's ToDatetime format guessing and DatetimeEncoder features, against skrub on committed data. */
class DatetimeEncoderTest {

    private static DatetimeEncoderKernel.Params params(String name) {
        String p = name.substring(name.indexOf('(') + 1, name.lastIndexOf(") of "));
        String resolution = p.contains("resolution=None") ? null : p.contains("resolution='second'") ? "second"
                : p.contains("resolution='month'") ? "month" : "hour";
        String periodic = p.contains("'circular'") ? "circular" : p.contains("'spline'") ? "spline" : null;
        return new DatetimeEncoderKernel.Params(resolution, p.contains("add_weekday=True"),
                !p.contains("add_total_seconds=False"), p.contains("add_day_of_year=True"), periodic);
    }

    @Test
    void datetimeEncoderMatchesSkrub() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("skrub_small_train.csv"));
            Table test = CsvReader.read(ctx, Reference.input("skrub_small_test.csv"));
            String current = null;
            Table[] out = null;
            int checked = 0;
            for (Map<String, String> r : Reference.rows("skrub_datetime_encoder.csv")) {
                String name = r.get("case");
                if (!name.equals(current)) {
                    current = name;
                    String column = name.substring(name.lastIndexOf(" of ") + 4);
                    StringColumn trainCol = (StringColumn) train.column(column);
                    String format = DatetimeParser.guessFormat(trainCol);
                    assertNotNull(format, column);
                    DatetimeValues parsed = DatetimeParser.parse(trainCol, format, true);
                    // the encoder reads a datetime column the same way
                    DatetimeValues fitValues = DatetimeValues.of(io.stratum.runtime.data.TimestampColumn.of(ctx, column,
                            parsed.micros(), parsed.missing()));
                    DatetimeEncoderKernel.Fitted fitted = DatetimeEncoderKernel.fit(fitValues, params(name));
                    out = new Table[] {fitted.transform(ctx, fitValues),
                            fitted.transform(ctx, DatetimeParser.parse((StringColumn) test.column(column), format, false))};
                }
                if (r.get("split").equals("columns")) {
                    assertEquals(Arrays.asList(r.get("values").split(" \\| ")), out[0].columnNames(), name);
                    continue;
                }
                Table t = out[r.get("split").equals("train") ? 0 : 1];
                int row = Integer.parseInt(r.get("row"));
                double[] expected = Reference.numbers(r.get("values"));
                double[] actual = new double[t.columnCount()];
                for (int j = 0; j < actual.length; j++) {
                    actual[j] = t.column(j).toDoubleArray()[row];
                }
                Reference.assertAllClose(expected, actual, name + " " + r.get("split") + " row " + row);
                checked++;
            }
            assertTrue(checked > 1000, "rows checked: " + checked);
        }
    }

    @Test
    void formatsAreGuessedAsSkrubGuessesThem() {
        try (MemoryContext ctx = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("skrub_to_datetime.csv")) {
                String[] values = Arrays.stream(r.get("values").split(" \\| ", -1)).map(v -> v.isEmpty() ? null : v)
                        .toArray(String[]::new);
                StringColumn c = StringColumn.of(ctx, "d", values);
                String format = DatetimeParser.guessFormat(c);
                DatetimeValues parsed = format == null ? null : DatetimeParser.parse(c, format, true);
                if (r.get("format").equals("REJECT")) {
                    assertTrue(format == null || parsed == null, r.get("case") + " should stay text, got " + format);
                    continue;
                }
                assertEquals(r.get("format"), format, r.get("case"));
                assertNotNull(parsed, r.get("case"));
                List<String> micros = Arrays.asList(r.get("micros").split(" "));
                for (int i = 0; i < values.length; i++) {
                    if (micros.get(i).equals("nan")) {
                        assertTrue(parsed.missing()[i]);
                    } else {
                        assertEquals(Long.parseLong(micros.get(i)), parsed.micros()[i], r.get("case") + " " + i);
                    }
                }
            }
        }
    }
}
