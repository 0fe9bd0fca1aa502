package io.stratum.frontend.graalpy;

import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.TracedScript;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Runs a DataOps script as real Python inside GraalPy, in a sandboxed context whose {@code skrub},
 * {@code sklearn.*}, {@code pandas} and {@code numpy} modules are facades over the Java DataOps API, and returns
 * the same {@link BoundScript} the subset binder returns for the same script.
 */
public final class GraalPyFrontend {
    /** How long a script may take to build its plan unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final String BOOTSTRAP = "/io/stratum/frontend/graalpy/python/bootstrap.py";
    private static volatile Engine engine;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stratum-graalpy-watchdog");
        t.setDaemon(true);
        return t;
    });

    private GraalPyFrontend() {
    }

    /**
     * The one engine of this process: contexts made from it share parsed code, so the second script costs far
     * less than the first.
     */
    public static Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (GraalPyFrontend.class) {
                e = engine;
                if (e == null) {
                    // Without Graal's JIT (a stock JDK) GraalPy interprets; that is fast enough to build a plan.
                    e = Engine.newBuilder("python").option("engine.WarnInterpreterOnly", "false")
                            .out(OutputStream.nullOutputStream()).err(OutputStream.nullOutputStream()).build();
                    engine = e;
                }
            }
        }
        return e;
    }

    /** Runs {@code sourceText} with the default time limit; see {@link #bind(String, String, Path, Duration)}. */
    public static BoundScript bind(String sourceText, String fileName, Path workingDirectory) {
        return bind(sourceText, fileName, workingDirectory, DEFAULT_TIMEOUT);
    }

    /**
     * Runs {@code sourceText} as the script {@code fileName} with {@code workingDirectory} as its current
     * directory, and returns the searches it built and what it printed. Python errors, and errors of the
     * DataOps API inside facade calls, are {@link ScriptError}s at the script line; a script still running after
     * {@code timeout} is stopped.
     */
    public static BoundScript bind(String sourceText, String fileName, Path workingDirectory, Duration timeout) {
        return trace(sourceText, fileName, workingDirectory, timeout).complete();
    }

    /**
     * {@link #bind(String, String, Path, Duration)} up to the statement that failed: a Python error or a refusal of
     * the facades is the trace's failure, after what the statements before it built and printed; a syntax error, a
     * script stopped by {@code timeout} and an error of Stratum itself are thrown.
     */
    public static TracedScript trace(String sourceText, String fileName, Path workingDirectory, Duration timeout) {
        Path root = workingDirectory.toAbsolutePath().normalize();
        FacadeBridge bridge = new FacadeBridge(fileName, root, sourceText);
        AtomicBoolean timedOut = new AtomicBoolean();
        RuntimeException failure = null;
        io.stratum.frontend.api.StepLog steps = new io.stratum.frontend.api.StepLog(bridge::actionCount);
        try (Context context = newContext(root)) {
            // The facades load before the clock starts: the limit is for the script's own work, and a cold
            // Python start on a busy machine can take longer than a script's whole budget.
            Value globals = context.getBindings("python");
            globals.putMember("__stratum_bridge__", bridge);
            context.eval(Source.newBuilder("python", resource(BOOTSTRAP), "<stratum bootstrap>").buildLiteral());
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                context.close(true);
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                globals.putMember("__file__", fileName);
                steps.record(() -> context.eval(Source.newBuilder("python", sourceText, fileName).buildLiteral()));
            } catch (PolyglotException e) {
                if (timedOut.get() || e.isCancelled()) {
                    throw new StratumError(io.stratum.ir.node.Origin.NONE, fileName + " did not finish building its plan within "
                            + timeout.toSeconds() + " s and was stopped", "look for an endless loop, or raise --script-timeout");
                }
                RuntimeException error = PythonErrors.translate(e, fileName);
                if (e.isSyntaxError() || !(error instanceof ScriptError || error instanceof StratumError)) {
                    throw error;
                }
                failure = error;
            } finally {
                watchdog.cancel(false);
            }
        } catch (IllegalStateException e) {
            // Closing a context the watchdog already cancelled.
            if (!timedOut.get()) {
                throw e;
            }
            throw new StratumError(io.stratum.ir.node.Origin.NONE, fileName + " did not finish building its plan within "
                    + timeout.toSeconds() + " s and was stopped", "look for an endless loop, or raise --script-timeout");
        } catch (PolyglotException e) {
            if (timedOut.get() || e.isCancelled()) {
                throw new StratumError(io.stratum.ir.node.Origin.NONE, fileName + " did not finish building its plan within "
                        + timeout.toSeconds() + " s and was stopped", "look for an endless loop, or raise --script-timeout");
            }
            throw e;
        }
        return new TracedScript(new BoundScript(fileName, sourceText, bridge.searches(), bridge.actions(),
                bridge.deferred()), failure, steps);
    }

    private static Context newContext(Path root) {
        return Context.newBuilder("python")
                .engine(engine())
                .allowIO(IOAccess.newBuilder().fileSystem(ReadOnlyRootedFileSystem.sandbox(root)).build())
                .currentWorkingDirectory(root)
                .allowCreateProcess(false)
                .allowCreateThread(false)
                .allowNativeAccess(false)
                .allowHostClassLookup(name -> false)
                .allowHostClassLoading(false)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowHostAccess(HostAccess.EXPLICIT)
                .option("python.ForceImportSite", "false")
                .build();
    }

    private static String resource(String path) {
        try (InputStream in = GraalPyFrontend.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
