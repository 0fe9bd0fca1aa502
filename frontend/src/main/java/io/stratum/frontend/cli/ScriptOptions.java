package io.stratum.frontend.cli;

import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.ir.diagnostics.StratumError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by {@code run} and {@code explain}: the script, output format, optimizer switch, debugging. */
final class ScriptOptions {
    @Parameters(index = "0", paramLabel = "SCRIPT", description = "A DataOps script (.py).")
    String script;

    @Option(names = "--format", defaultValue = "text", description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--no-optimizer", description = "Run without rewrites (only binding), for comparison.")
    boolean noOptimizer;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    /** Script texts by file name as errors name them, for rendering carets. */
    final Map<String, String> sources = new TreeMap<>();

    boolean json() {
        return switch (format) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new StratumError(io.stratum.ir.node.Origin.NONE, "unknown --format '" + format + "'", "use text or json");
        };
    }

    BoundScript bind() {
        Path path = Path.of(script);
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new StratumError(io.stratum.ir.node.Origin.NONE, "cannot read script '" + script + "'"
                    + (Files.exists(path) ? ": " + e.getMessage() : ": no such file"), "check the path; it is relative to " + Path.of("").toAbsolutePath());
        }
        sources.put(script, text);
        return ScriptBinder.bind(text, script, Path.of("").toAbsolutePath());
    }
}
