package io.stratum.runtime.cache;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which build of Stratum computed a cache entry: the content hash of the jar the runtime was loaded from. A new
 * build may compute different numbers (a fixed kernel), so its keys must not match entries of an older build.
 * Run from class directories (tests, the IDE) there is no jar, and all such runs share one identity.
 */
public final class BuildIdentity {
    private static final String CURRENT = compute();

    private BuildIdentity() {
    }

    /** The identity of the running build. */
    public static String current() {
        return CURRENT;
    }

    private static String compute() {
        try {
            var source = BuildIdentity.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return "classes";
            }
            return new SourceDigests().digest(location);
        } catch (Exception e) {
            // Without a readable jar every run gets a fresh identity, so the cache misses instead of guessing.
            return "unreadable-" + System.nanoTime();
        }
    }
}
