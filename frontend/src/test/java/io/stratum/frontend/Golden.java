package io.stratum.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files under src/test/resources/golden; run with {@code -Dgolden.update=true} to rewrite them. */
public final class Golden {
    private Golden() {
    }

    public static void assertMatches(String name, String actual) {
        // Surefire runs in the module directory, so this is the source tree, not target/.
        Path file = Path.of(System.getProperty("user.dir"), "src", "test", "resources", "golden", name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("golden file " + file + " is missing; run the tests with -Dgolden.update=true to create it");
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                    "output differs from " + file + " (rerun with -Dgolden.update=true if the change is intended)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
