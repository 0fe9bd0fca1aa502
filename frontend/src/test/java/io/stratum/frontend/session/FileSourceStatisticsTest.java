package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.ir.value.FileFormat;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.DeferredLabels;
import io.stratum.optimizer.metadata.SourceProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source statistics against pandas and scikit-learn: dtypes, row counts, {@code nunique()}, {@code isna().mean()}
 * and {@code OneHotEncoder}'s output names, from {@code frontend/reference/make_source_statistics_reference.py}.
 */
class FileSourceStatisticsTest {
    private static final Map<String, String> FILES = Map.of(
            "seattle-weather", "examples/data/seattle-weather.csv",
            "synthetic", "frontend/src/test/resources/data/synthetic.csv");

    @TempDir
    Path dir;

    @Test
    void profilesMatchPandasAndScikitLearn() throws IOException {
        Path reference = ExampleScripts.repoRoot().resolve("frontend/src/test/resources/reference/source_statistics.csv");
        List<String> lines = Files.readAllLines(reference, StandardCharsets.UTF_8);
        assertEquals("file,column,dtype,rows,distinct,null_fraction,onehot_names", lines.getFirst());
        FileSourceStatistics stats = new FileSourceStatistics();
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String path = ExampleScripts.repoRoot().resolve(FILES.get(f[0])).toString();
            SourceProfile p = stats.profile(path).orElseThrow();
            assertEquals(Long.parseLong(f[3]), p.rows(), f[0]);
            ColumnStats c = p.columns().stream().filter(s -> s.name().equals(f[1])).findFirst().orElseThrow();
            assertEquals(f[2], c.type().label(), line);
            assertEquals(Long.parseLong(f[4]), c.distinct().orElseThrow(), line);
            assertEquals(Double.parseDouble(f[5]), c.nullFraction().orElseThrow(), 0.0, line);
            if (!f[6].isEmpty()) {
                List<String> names = new ArrayList<>();
                for (String category : c.categories().orElseThrow()) {
                    names.add(c.name() + "_" + category);
                }
                assertEquals(List.of(f[6].split("\\|")), names, line);
            }
            checked++;
        }
        assertEquals(13, checked);
    }

    @Test
    void categoryLabelsAreFormattedOnlyWhenAPlanReadsThem() {
        FileSourceStatistics stats = new FileSourceStatistics();
        SourceProfile p = stats.profile(ExampleScripts.repoRoot().resolve(FILES.get("seattle-weather")).toString())
                .orElseThrow();
        ColumnStats temp = p.columns().stream().filter(s -> s.name().equals("temp_max")).findFirst().orElseThrow();
        List<String> labels = temp.categories().orElseThrow();
        DeferredLabels deferred = assertInstanceOf(DeferredLabels.class, labels);
        assertEquals(temp.distinct().orElseThrow(), labels.size(), "the count is known without formatting");
        assertFalse(deferred.formatted(), "profiling a file formats no float labels");
        assertSame(labels, temp.named("t").categories().orElseThrow(), "metadata passes them on unformatted");
        assertEquals("-1.6", labels.get(0));
        assertTrue(deferred.formatted());
    }

    @Test
    void datetimeColumnsKeepTheirStatisticsAndTheRestOfTheProfile() {
        // runtime/reference/make_reader_reference.py wrote this file; pandas: ts.nunique() == 4, ts.isna().mean() == 0.2.
        String path = ExampleScripts.repoRoot().resolve("runtime/src/test/resources/reference/inputs/table.feather")
                .toString();
        SourceProfile p = new FileSourceStatistics().profile(FileFormat.FEATHER, path).orElseThrow(
                () -> new AssertionError("a datetime column must not drop the whole profile"));
        assertEquals(5, p.rows());
        for (String name : List.of("ts", "ts_ms")) {
            ColumnStats ts = p.columns().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            // pandas keeps the file's unit: reader_files.csv has ts as datetime64[us] and ts_ms as datetime64[ms].
            assertEquals(name.equals("ts") ? "datetime64[us]" : "datetime64[ms]", ts.type().label(), name);
            assertEquals(4, ts.distinct().orElseThrow(), name);
            assertEquals(0.2, ts.nullFraction().orElseThrow(), 0.0, name);
            assertEquals(Optional.empty(), ts.categories(), "datetimes are not one-hot encoded: no categories");
        }
        assertTrue(p.columns().stream().anyMatch(s -> s.name().equals("s") && s.categories().isPresent()));
    }

    @Test
    void eachFileIsReadOnceUntilItChanges() throws IOException {
        Path csv = dir.resolve("small.csv");
        Files.writeString(csv, "a,b\n1,x\n2,y\n");
        FileSourceStatistics stats = new FileSourceStatistics();
        SourceProfile first = stats.profile(csv.toString()).orElseThrow();
        assertSame(first, stats.profile(csv.toString()).orElseThrow(), "an unchanged file comes from the cache");
        assertEquals(1, stats.reads());
        Files.writeString(csv, "a,b\n1,x\n2,y\n3,z\n");
        Files.setLastModifiedTime(csv, FileTime.fromMillis(Files.getLastModifiedTime(csv).toMillis() + 5000));
        assertEquals(3, stats.profile(csv.toString()).orElseThrow().rows(), "a changed file is read again");
        assertEquals(2, stats.reads());
    }

    @Test
    void unreadableSourcesAreUnknownSoTheRuntimeReportsThem() throws IOException {
        FileSourceStatistics stats = new FileSourceStatistics();
        assertEquals(Optional.empty(), stats.profile(dir.resolve("missing.csv").toString()));
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b\n1,2,3\n");
        assertEquals(Optional.empty(), stats.profile(ragged.toString()));
        assertEquals(Optional.empty(), stats.profile(dir.toString()));
        assertTrue(stats.reads() <= 1);
    }
}
