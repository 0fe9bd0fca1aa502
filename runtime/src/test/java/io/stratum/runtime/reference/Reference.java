package io.stratum.runtime.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.StringColumn;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Access to the fixtures written by {@code runtime/reference/make_kernel_reference.py} (scikit-learn and pandas
 * outputs) and to the shared data sets, plus the 1e-9 relative comparison every kernel test uses.
 */
public final class Reference {
    /** Relative tolerance against scikit-learn's numbers. */
    public static final double RTOL = 1e-9;

    private Reference() {
    }

    /** A file under {@code src/test/resources/reference/}. */
    public static Path fixture(String name) {
        Path p = Path.of("src", "test", "resources", "reference", name);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing fixture " + p.toAbsolutePath()
                    + "; regenerate with python3 runtime/reference/make_kernel_reference.py");
        }
        return p;
    }

    public static Path input(String name) {
        return fixture("inputs/" + name);
    }

    /** The rows of a CSV fixture as column-name to text maps. */
    public static List<Map<String, String>> rows(String name) {
        List<Map<String, String>> out = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(fixture(name))) {
            for (NamedCsvRecord r : reader) {
                out.add(new LinkedHashMap<>(r.getFieldsAsMap()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * A shared data set (e.g. {@code employee_salaries.csv}) from the directory in system property
     * {@code stratum.shared.data} (set by surefire), else {@code ../../shared/data}; the test is skipped with a
     * message when the file is absent.
     */
    public static Path sharedData(String name) {
        String dir = System.getProperty("stratum.shared.data");
        Path base = dir != null ? Path.of(dir) : Path.of("..", "..", "shared", "data");
        Path p = base.resolve(name);
        if (!Files.exists(p) && dir != null) {
            p = Path.of("..", "..", "shared", "data", name);
        }
        Assumptions.assumeTrue(Files.exists(p), "skipped: shared data set " + name + " not found under " + base
                + " (set -Dstratum.shared.data=<dir> to run this test)");
        return p;
    }

    /** Parses a number written by the reference script (repr, or nan/inf/-inf). */
    public static double number(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    public static double[] numbers(String spaceSeparated) {
        if (spaceSeparated.isEmpty()) {
            return new double[0];
        }
        String[] parts = spaceSeparated.split(" ");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(parts[i]);
        }
        return out;
    }

    public static int[] ints(String spaceSeparated) {
        if (spaceSeparated.isEmpty()) {
            return new int[0];
        }
        String[] parts = spaceSeparated.split(" ");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    public static List<String> words(String spaceSeparated) {
        return spaceSeparated.isEmpty() ? List.of() : List.of(spaceSeparated.split(" "));
    }

    /** Equal within {@link #RTOL} relative to |expected| (or to {@code scale} if larger); NaN equals NaN. */
    public static void assertClose(double expected, double actual, double scale, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, what);
            return;
        }
        double tol = RTOL * Math.max(Math.abs(expected), scale);
        assertTrue(Math.abs(expected - actual) <= tol,
                () -> what + ": expected " + expected + " but was " + actual + " (tolerance " + tol + ")");
    }

    public static void assertClose(double expected, double actual, String what) {
        assertClose(expected, actual, 0.0, what);
    }

    /**
     * Element-wise {@link #assertClose}; entries are compared relative to the largest |expected| in the vector,
     * since tiny entries of a least-squares solution carry the absolute error of the large ones.
     */
    public static void assertAllClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double scale = 0.0;
        for (double e : expected) {
            if (Double.isFinite(e)) {
                scale = Math.max(scale, Math.abs(e));
            }
        }
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], scale, what + "[" + i + "]");
        }
    }

    /**
     * One cell of a reader fixture row ({@code missing}, {@code value} as pandas wrote them): whether it is missing,
     * and otherwise its value — floats as numbers, strings as written, other types as Stratum formats them.
     * Returns whether the cell was missing.
     */
    public static boolean assertCell(Column c, int row, Map<String, String> expected, String where) {
        boolean missing = Boolean.parseBoolean(expected.get("missing").toLowerCase());
        assertEquals(missing, c.isMissing(row), where + " missing");
        if (!missing) {
            String value = expected.get("value");
            switch (c.type()) {
                case FLOAT64 -> assertEquals(number(value), c.toDoubleArray()[row], where);
                case STRING -> assertEquals(value, ((StringColumn) c).getString(row), where);
                default -> assertEquals(value, c.format(row), where);
            }
        }
        return missing;
    }
}
