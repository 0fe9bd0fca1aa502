package io.stratum.frontend;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.session.SearchResults;
import io.stratum.ir.value.Const;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example scripts under {@code examples/} and the scikit-learn reference scores they are held to. Scripts
 * name data paths relative to the repository root, so they are bound with the root as working directory.
 */
public final class ExampleScripts {
    /** A reference row of {@code examples/reference/expected_scores.csv}. */
    public record ReferenceScore(double mean, double std) {
    }

    private ExampleScripts() {
    }

    /** The repository root: surefire passes it; otherwise the parent of the module directory. */
    public static Path repoRoot() {
        String prop = System.getProperty("stratum.repo.root");
        Path root = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of(System.getProperty("user.dir"), "..");
        return root.toAbsolutePath().normalize();
    }

    /** The shared data directory (employee_salaries.csv and friends), which not every checkout has. */
    public static Path sharedData() {
        String prop = System.getProperty("stratum.shared.data");
        Path dir = prop != null && !prop.isBlank() ? Path.of(prop) : repoRoot().resolve("../shared/data");
        return dir.toAbsolutePath().normalize();
    }

    /** The files of the shared data set ({@code ../shared/data/<file>}) a script names. */
    public static List<String> sharedDataFiles(String script) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\.\\./shared/data/([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9]+)+)")
                .matcher(source(script));
        List<String> files = new java.util.ArrayList<>();
        while (m.find()) {
            files.add(m.group(1));
        }
        return files;
    }

    /**
     * Skips the calling test unless the script's data is present: every {@code ../shared/data/<file>} the script
     * names (the shared data set, which not every checkout has beside it).
     */
    public static void assumeDataFor(String script) {
        for (String name : sharedDataFiles(script)) {
            Path file = sharedData().resolve(name);
            assumeTrue(Files.isRegularFile(file), () -> script + " needs " + file
                    + " (set -Dstratum.shared.data=DIR to the shared data directory); skipping");
        }
    }

    /** Every example script, as a path relative to the repository root with '/' separators, sorted. */
    public static List<String> all() {
        Path examples = repoRoot().resolve("examples");
        try (Stream<Path> files = Files.walk(examples)) {
            List<String> out = files.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.startsWith(examples.resolve("reference")))
                    .map(p -> repoRoot().relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            assertTrue(!out.isEmpty(), "no example scripts under " + examples);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every test script under {@code frontend/src/test/resources} (relative to the repository root, sorted). */
    public static List<String> testScripts() {
        Path resources = repoRoot().resolve("frontend/src/test/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            return files.filter(p -> p.toString().endsWith(".py"))
                    .map(p -> repoRoot().relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String source(String script) {
        try {
            return Files.readString(repoRoot().resolve(script), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Binds an example as {@code ./stratum run} does from the repository root. */
    public static BoundScript bind(String script) {
        return ScriptBinder.bind(source(script), script, repoRoot());
    }

    /** Reference scores by script, then by candidate key such as {@code alpha=0.1}, in file order. */
    public static Map<String, Map<String, ReferenceScore>> reference() {
        Path csv = repoRoot().resolve("examples/reference/expected_scores.csv");
        Map<String, Map<String, ReferenceScore>> out = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            boolean header = true;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    if (!line.equals("script,params,mean_test_score,std_test_score")) {
                        throw new IllegalStateException("unexpected header in " + csv + ": " + line);
                    }
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 4) {
                    throw new IllegalStateException("bad row in " + csv + ": " + line);
                }
                out.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
                        .put(f[1], new ReferenceScore(Double.parseDouble(f[2]), Double.parseDouble(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The key of a results row as the reference writes it: {@code name=label} per choice that applies, joined
     * by ';' (labels as pandas shows them: strings bare, numbers as Python prints them).
     */
    public static String key(SearchResults.Row row) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Const> e : row.params().entrySet()) {
            Const v = e.getValue();
            parts.add(e.getKey() + "=" + (v instanceof Const.StrConst s ? s.value() : v.repr()));
        }
        return String.join(";", parts);
    }
}
