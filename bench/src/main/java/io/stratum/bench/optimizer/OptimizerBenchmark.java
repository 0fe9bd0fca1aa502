package io.stratum.bench.optimizer;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.session.ScriptBatch;
import io.stratum.frontend.session.Session;
import io.stratum.optimizer.OptimizationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the optimizer costs before any data is processed: every rule batch to its fixpoint, metadata, sharing and
 * lowering into the physical search plan ({@link Session#compile}), on a bound script or a batch of scripts.
 *
 * <p>The scripts are bound once per trial (parsing and binding are measured by the frontend benchmarks); the
 * session is created once too, so the source statistics (one read of each input file) are gathered in the first
 * warm-up call and every measured call is the optimizer alone. Run from the repository root, with the data under
 * {@code ../shared/data}:
 * {@code java -jar bench/target/benchmarks.jar OptimizerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx4g"})
public class OptimizerBenchmark {
    /** A script, or a folder whose {@code *.py} files are one batch (as {@code stratum run DIR/}). */
    @Param({"examples/quickstart.py", "examples/employee_salaries/pipelines.py",
            "bench/e2e/pipelines/agent_batch_20/scripts"})
    public String script;

    private DataOp search;
    private Session session;

    @Setup
    public void bind() {
        Path path = Path.of(script);
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isDirectory(path)) {
            List<BoundScript> bound = new ArrayList<>();
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                    bound.add(ScriptBinder.bind(Files.readString(f), f.toString(), cwd));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            search = ScriptBatch.of(bound).search();
        } else {
            try {
                search = ScriptBinder.bind(Files.readString(path), script, cwd).mainSearch();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        session = new Session();
    }

    @Benchmark
    public OptimizationResult optimizeAndLower() {
        return session.compile(search);
    }
}
