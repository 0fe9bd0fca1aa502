package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratum.frontend.ExampleScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --memory-limit} on the quick start: under a limit below the pool's unlimited peak the search evicts
 * intermediates and gives the same scores bit for bit; a limit below what one task
 * reads is an error at the script line that says how much memory the search needs.
 */
class MemoryLimitCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path script;

    @BeforeEach
    void writeQuickstartWithAbsoluteDataPath() throws IOException {
        Path csv = dir.resolve("seattle-weather.csv");
        Files.copy(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv"), csv);
        String source = ExampleScripts.source("examples/quickstart.py");
        script = dir.resolve("quickstart.py");
        Files.writeString(script, source.replace("\"examples/data/seattle-weather.csv\"",
                "\"" + csv.toString().replace("\\", "/") + "\""));
    }

    private static JsonNode json(Cli.Result r) throws IOException {
        assertEquals(0, r.code(), r::toString);
        return JSON.readTree(r.out());
    }

    @Test
    void aLimitBelowThePeakEvictsAndGivesTheSameScores() throws IOException {
        JsonNode plain = json(Cli.run("run", "--format", "json", "--stats", "--threads", "1", script.toString()));
        JsonNode free = plain.get("stats").get("memory");
        // Halfway between what the running tasks read at once (no eviction frees that) and the unlimited peak.
        long limitKiB = (free.get("peak_held_bytes").asLong() + free.get("peak_pinned_bytes").asLong()) / 2 / 1024;
        JsonNode limited = json(Cli.run("run", "--format", "json", "--stats", "--threads", "1", "--memory-limit",
                limitKiB + "KiB", script.toString()));
        JsonNode capped = limited.get("stats").get("memory");
        assertTrue(free.get("peak_held_bytes").asLong() > limitKiB * 1024, free::toPrettyString);
        assertEquals(0, free.get("spilled").asLong());
        assertEquals(limitKiB * 1024, capped.get("limit_bytes").asLong());
        assertTrue(capped.get("peak_held_bytes").asLong() <= limitKiB * 1024, capped::toPrettyString);
        // Spilled or dropped, as the measured task times make either cheaper.
        assertTrue(capped.get("spilled").asLong() + capped.get("dropped").asLong() > 0, capped::toPrettyString);
        assertEquals(plain.get("results").toString(), limited.get("results").toString());
    }

    @Test
    void aLimitTooSmallForOneTaskSaysHowMuchIsNeeded() {
        Cli.Result r = Cli.run("run", "--threads", "1", "--memory-limit", "16KiB", script.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("quickstart.py:10:"), r.err());
        assertTrue(r.err().matches("(?s).*error: the search needs at least [0-9.]+ MiB of memory \\(\\d+ bytes: .*\\) but"
                + " --memory-limit is 16 KiB.*hint: raise --memory-limit to \\d+KiB or more.*"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    @Test
    void anUnreadableSizeIsRefused() {
        Cli.Result r = Cli.run("run", "--memory-limit", "lots", script.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("cannot read --memory-limit 'lots'"), r.err());
    }
}
