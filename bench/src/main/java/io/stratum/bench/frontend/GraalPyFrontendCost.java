package io.stratum.bench.frontend;

import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the GraalPy frontend costs: creating the process's shared engine, the first script (cold), and each later
 * script (a fresh sandboxed context on the warm engine), next to the subset binder on the same scripts. Binding
 * reads no data, so this measures only turning a script into a plan.
 *
 * <p>Run from the repository root: {@code java -cp <frontend classpath> io.stratum.bench.frontend.GraalPyFrontendCost
 * [repetitions] [script...]} (default: 10 repetitions of examples/quickstart.py and examples/employee_salaries/pipelines.py).
 */
public final class GraalPyFrontendCost {
    private GraalPyFrontendCost() {
    }

    public static void main(String[] args) throws IOException {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> scripts = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("examples/quickstart.py", "examples/employee_salaries/pipelines.py");
        Path cwd = Path.of("").toAbsolutePath();

        long t0 = System.nanoTime();
        GraalPyFrontend.engine();
        long engineNanos = System.nanoTime() - t0;
        String first = Files.readString(Path.of(scripts.get(0)));
        t0 = System.nanoTime();
        GraalPyFrontend.bind(first, scripts.get(0), cwd);
        long firstNanos = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "engine creation: %.0f ms%nfirst script (%s, cold context): %.0f ms%n",
                engineNanos / 1e6, scripts.get(0), firstNanos / 1e6);
        System.out.printf(Locale.ROOT, "%-45s %14s %14s %14s%n", "script (median of " + repetitions + ")", "graalpy ms", "min ms", "subset ms");
        for (String script : scripts) {
            String text = Files.readString(Path.of(script));
            double[] python = new double[repetitions];
            double[] subset = new double[repetitions];
            for (int i = 0; i < repetitions; i++) {
                long s = System.nanoTime();
                BoundScript p = GraalPyFrontend.bind(text, script, cwd);
                python[i] = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                BoundScript b = ScriptBinder.bind(text, script, cwd);
                subset[i] = (System.nanoTime() - s) / 1e6;
                if (!p.mainSearch().node().fingerprint().equals(b.mainSearch().node().fingerprint())) {
                    throw new IllegalStateException(script + ": the frontends built different plans");
                }
            }
            Arrays.sort(python);
            Arrays.sort(subset);
            System.out.printf(Locale.ROOT, "%-45s %14.0f %14.0f %14.1f%n", script, python[repetitions / 2], python[0],
                    subset[repetitions / 2]);
        }
    }
}
