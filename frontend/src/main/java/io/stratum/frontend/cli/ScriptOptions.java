package io.stratum.frontend.cli;

import io.stratum.frontend.bind.BoundScript;
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

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "MORE",
            description = "More scripts: with several scripts, or a directory of them, all run as one search.")
    java.util.List<String> moreScripts = new java.util.ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--no-optimizer", description = "Run without rewrites (only binding), for comparison.")
    boolean noOptimizer;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Option(names = "--frontend", defaultValue = "auto", description = "How the script becomes a plan: subset (our parser, no "
            + "Python runs), graalpy (real Python in GraalPy), or auto: subset, falling back to graalpy for constructs "
            + "outside the subset (default: ${DEFAULT-VALUE}).")
    String frontend;

    @Option(names = "--script-timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Stop a GraalPy script that takes longer than this to build its plan (default: ${DEFAULT-VALUE}).")
    double scriptTimeout;

    /** Where notes such as a frontend fallback go (the command's stderr). */
    java.util.function.Consumer<String> notes = System.err::println;

    /** Script texts by file name as errors name them, for rendering carets. */
    final Map<String, String> sources = new TreeMap<>();

    boolean json() {
        return switch (format) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new StratumError(io.stratum.ir.node.Origin.NONE, "unknown --format '" + format + "'", "use text or json");
        };
    }

    /** Whether the arguments name a batch: several scripts, or a directory. */
    boolean isBatch() {
        return !moreScripts.isEmpty() || Files.isDirectory(Path.of(script));
    }

    /** The scripts of a batch: the files as given, a directory's {@code *.py} files in name order. */
    java.util.List<String> batchPaths() {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.List<String> given = new java.util.ArrayList<>();
        given.add(script);
        given.addAll(moreScripts);
        for (String arg : given) {
            Path p = Path.of(arg);
            if (!Files.isDirectory(p)) {
                out.add(arg);
                continue;
            }
            try (java.util.stream.Stream<Path> files = Files.list(p)) {
                java.util.List<String> py = new java.util.ArrayList<>();
                files.filter(f -> f.getFileName().toString().endsWith(".py") && Files.isRegularFile(f))
                        .forEach(f -> py.add(f.toString()));
                java.util.Collections.sort(py);
                if (py.isEmpty()) {
                    throw new StratumError(io.stratum.ir.node.Origin.NONE, "the directory '" + arg + "' holds no .py script",
                            "pass a directory of DataOps scripts, or the scripts themselves");
                }
                out.addAll(py);
            } catch (IOException e) {
                throw new StratumError(io.stratum.ir.node.Origin.NONE, "cannot list '" + arg + "': " + e.getMessage(), null);
            }
        }
        return out;
    }

    /** Reads and traces every script of a batch and merges their searches into one. */
    io.stratum.frontend.session.ScriptBatch bindBatch() {
        java.util.List<BoundScript> bound = new java.util.ArrayList<>();
        for (String path : batchPaths()) {
            bound.add(bind(path));
        }
        return io.stratum.frontend.session.ScriptBatch.of(bound);
    }

    BoundScript bind() {
        return bind(script);
    }

    /** The script traced up to its first refused statement, for {@code run}, which runs what came before it. */
    /**
     * The script traced up to its first refused statement, with every step checked as skrub's previews check it
     * ({@link io.stratum.frontend.bind.TracedScript#checked()}): what {@code stratum run} runs.
     */
    io.stratum.frontend.bind.TracedScript trace() {
        return trace(script).checked();
    }

    private BoundScript bind(String script) {
        return trace(script).complete();
    }

    private io.stratum.frontend.bind.TracedScript trace(String script) {
        Path path = Path.of(script);
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException e) {
            throw new StratumError(io.stratum.ir.node.Origin.NONE, "cannot read script '" + script + "'"
                    + (Files.exists(path) ? ": " + e.getMessage() : ": no such file"), "check the path; it is relative to " + Path.of("").toAbsolutePath());
        }
        sources.put(script, text);
        if (!(scriptTimeout > 0)) {
            throw new StratumError(io.stratum.ir.node.Origin.NONE, "--script-timeout must be positive, got " + scriptTimeout, null);
        }
        return io.stratum.frontend.graalpy.ScriptFrontend.parse(frontend).trace(text, script, Path.of("").toAbsolutePath(),
                java.time.Duration.ofMillis((long) (scriptTimeout * 1000)), notes);
    }
}
