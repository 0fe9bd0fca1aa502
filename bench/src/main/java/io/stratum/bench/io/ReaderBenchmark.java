package io.stratum.bench.io;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.io.ParquetReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading flights data: Stratum's CSV reader against the approach it replaced (FastCSV handing out one String per
 * field, buffered per column, then typed) on the same file in the same JVM; and the Parquet reader on all columns
 * and on a projection of two. Each call reads into a fresh memory context that is closed after it.
 *
 * <p>Data: {@code flights-3m.parquet} from {@code -Dstratum.bench.data=<dir>} or {@code ../shared/data}; the CSV
 * is written once in setup from its first {@code rows} rows (delay, distance, origin, destination).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx6g"})
public class ReaderBenchmark {
    private static final List<String> COLUMNS = List.of("delay", "distance", "origin", "destination");

    @Param({"1000000"})
    public int rows;

    private Path parquet;
    private Path csv;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String dir = System.getProperty("stratum.bench.data", "../shared/data");
        parquet = Path.of(dir, "flights-3m.parquet");
        if (!Files.exists(parquet)) {
            throw new IllegalStateException(parquet + " not found; pass -Dstratum.bench.data=<dir with flights-3m.parquet>");
        }
        csv = Files.createTempFile("flights", ".csv");
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = ParquetReader.read(ctx, parquet, COLUMNS);
            StringBuilder b = new StringBuilder(rows * 24);
            b.append(String.join(",", COLUMNS)).append('\n');
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < COLUMNS.size(); j++) {
                    b.append(j == 0 ? "" : ",").append(t.column(j).format(i));
                }
                b.append('\n');
            }
            Files.writeString(csv, b);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
    }

    @Benchmark
    public int csvStratum() {
        try (MemoryContext ctx = MemoryContext.open()) {
            return CsvReader.read(ctx, csv).rowCount();
        }
    }

    /** The replaced approach: a String per field from FastCSV, kept per column, then parsed with Java's parsers. */
    @Benchmark
    public long csvPerCellStrings() {
        List<List<String>> columns = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            boolean header = true;
            for (CsvRecord rec : de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(r)) {
                if (header) {
                    for (int j = 0; j < rec.getFieldCount(); j++) {
                        columns.add(new ArrayList<>());
                    }
                    header = false;
                    continue;
                }
                for (int j = 0; j < columns.size(); j++) {
                    columns.get(j).add(rec.getField(j));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long check = 0;
        for (List<String> c : columns) {
            for (String s : c) {
                check += s.isEmpty() || !Character.isDigit(s.charAt(s.length() - 1)) ? s.length() : (long) Double.parseDouble(s);
            }
        }
        return check;
    }

    @Benchmark
    public int parquetAllColumns() {
        try (MemoryContext ctx = MemoryContext.open()) {
            return ParquetReader.read(ctx, parquet, COLUMNS).rowCount();
        }
    }

    @Benchmark
    public int parquetTwoColumns() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = ParquetReader.read(ctx, parquet, List.of("delay", "origin"));
            Column c = t.column(0);
            return c.length();
        }
    }
}
