package io.stratum.bench.io;

import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.io.ParquetReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Wall times of Stratum's readers for {@code bench/frames/readers.py}, which runs pandas, polars and DuckDB on the
 * same files: {@code ReaderTimes CSV PARQUET REPEATS} prints {@code case,median_ms} lines after one untimed warm-up
 * read of each file (the Python libraries are warm after import too).
 */
public final class ReaderTimes {
    private ReaderTimes() {
    }

    private interface Read {
        int run(MemoryContext ctx);
    }

    public static void main(String[] args) {
        Path csv = Path.of(args[0]);
        Path parquet = Path.of(args[1]);
        int repeats = Integer.parseInt(args[2]);
        List<String> columns = List.of("delay", "distance", "origin", "destination");
        time("read_csv", repeats, ctx -> CsvReader.read(ctx, csv).rowCount());
        time("read_parquet", repeats, ctx -> ParquetReader.read(ctx, parquet, columns).rowCount());
        time("read_parquet_2_columns", repeats, ctx -> ParquetReader.read(ctx, parquet, List.of("delay", "origin")).rowCount());
    }

    private static void time(String name, int repeats, Read read) {
        try (MemoryContext warm = MemoryContext.open()) {
            read.run(warm);
        }
        double[] ms = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            try (MemoryContext ctx = MemoryContext.open()) {
                read.run(ctx);
            }
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(java.util.Locale.ROOT, "%s,%.1f%n", name, ms[repeats / 2]);
    }
}
