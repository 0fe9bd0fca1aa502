package io.stratum.frontend.cli;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.session.Session;
import io.stratum.frontend.session.SessionConfig;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.optimizer.OptimizationResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stratum explain SCRIPT}: the logical, optimized and physical plans, without running anything. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Show the logical, optimized and physical plans of a script.")
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    ScriptOptions options = new ScriptOptions();

    @Option(names = "--verbose", description = "Also show the plan after each rule that fired, the rules that did not fire,"
            + " and the optimized plan annotated with each node's derived metadata.")
    boolean verbose;

    @Option(names = "--analyze", description = "Run the search, then annotate every physical operator with its tasks,"
            + " cache hits, own time, rows and Arrow bytes, and list the heavy hitters.")
    boolean analyze;

    @Mixin
    CacheOptions cache = new CacheOptions();

    @Mixin
    MemoryOptions memory = new MemoryOptions();

    @Option(names = "--threads", description = "Worker threads for --analyze (default: all cores).")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        options.notes = line -> {
            err.println(line);
            err.flush();
        };
        boolean json = false;
        try {
            // Only explain draws graphs, so --format dot is recognised here rather than in the shared options.
            boolean dot = options.format.equals("dot");
            if (!dot && !options.format.equals("text") && !options.format.equals("json")) {
                throw new StratumError(Origin.NONE, "unknown --format '" + options.format + "'", "use text, json or dot");
            }
            json = !dot && options.json();
            // A batch explains the merged plan, where the scripts' shared steps appear once.
            BoundScript bound = options.isBatch() ? null : options.bind();
            DataOp main = bound == null ? options.bindBatch().search() : bound.mainSearch();
            if (main == null) {
                throw new StratumError(Origin.NONE, options.script + " builds no search", "end the pipeline with .skb.make_grid_search(...)");
            }
            OptimizationResult compiled;
            String analyzed = null;
            io.stratum.runtime.exec.ExecutionStats ranStats = null;
            if (analyze) {
                if (dot) {
                    throw new StratumError(Origin.NONE, "--analyze cannot be drawn as a graph", "use --format text or json with --analyze");
                }
                io.stratum.frontend.session.SearchResults ran;
                try (SearchProgress progress = SearchProgress.start(err)) {
                    SessionConfig config = memory.apply(SessionConfig.defaults().withOptimizer(!options.noOptimizer));
                    if (threads != null) {
                        if (threads < 1) {
                            throw new StratumError(Origin.NONE, "--threads must be at least 1", null);
                        }
                        config = config.withThreads(threads);
                    }
                    ran = new Session(config, cache.open()).run(main, progress);
                }
                compiled = ran.compiled();
                ranStats = ran.outcome().stats();
                analyzed = analyzedText(ran);
            } else {
                compiled = new Session(SessionConfig.defaults().withOptimizer(!options.noOptimizer)).compile(main);
            }
            io.stratum.optimizer.metadata.SortTieNotes.of(compiled.optimized(), compiled.metadata()).forEach(options.notes);
            if (analyzed != null && json) {
                out.print(JsonOutput.explainAnalyzed(compiled, analyzed, ranStats));
            } else if (analyzed != null) {
                out.print(text(compiled, verbose));
                out.print(analyzed);
                out.print(StatsReport.heavyHitters(ranStats));
            } else if (dot) {
                out.print(dot(compiled));
            } else if (json) {
                out.print(JsonOutput.explain(compiled));
            } else {
                out.print(text(compiled, verbose));
            }
            out.flush();
            return 0;
        } catch (io.stratum.runtime.search.SearchCancelled e) {
            out.flush();
            err.println("stratum: interrupted after " + e.done() + " of " + e.cells() + " cells; nothing to analyze");
            err.flush();
            return 130;
        } catch (RuntimeException | Error e) {
            out.flush();
            return Diagnostics.report(e, options.sources, options.debug, json, out, err);
        }
    }

    /** The physical plan with each operator's measured figures, headed by the run's totals. */
    static String analyzedText(io.stratum.frontend.session.SearchResults ran) {
        io.stratum.runtime.exec.ExecutionStats st = ran.outcome().stats();
        return String.format(java.util.Locale.ROOT,
                "== analyzed physical plan (tasks run %d, cache hits %d, wall %.3f s, best score %s)%n",
                st.totalTasks(), st.cacheHits(), ran.outcome().wallNanos() / 1e9,
                io.stratum.ir.value.PyFormat.floatRepr(ran.rows().get(0).meanTestScore()))
                + ran.compiled().searchPlan().explain(StatsReport.analyze(st));
    }

    /** The text form: the plans, the rules fired, the summary, and with {@code verbose} the trace and metadata. */
    static String text(OptimizationResult compiled, boolean verbose) {
        StringBuilder b = new StringBuilder(compiled.explain());
        b.append("== rules fired\n");
        for (String rule : compiled.trace().firedRules()) {
            b.append(rule).append('\n');
        }
        b.append("== summary\n").append(compiled.work().describe());
        if (verbose) {
            b.append("== rules not fired\n");
            for (String rule : compiled.rulesNotFired()) {
                b.append(rule).append('\n');
            }
            b.append("== after each rule\n").append(compiled.trace().explainVerbose());
            b.append("== optimized logical plan with metadata\n").append(compiled.metadata().explain(compiled.optimized()));
        }
        return b.toString();
    }

    /** The optimized logical plan (annotated with metadata) and the physical plan as one Graphviz digraph. */
    static String dot(OptimizationResult compiled) {
        java.util.List<io.stratum.ir.physical.PhysicalOp> physical = new java.util.ArrayList<>();
        for (io.stratum.ir.physical.Candidate c : compiled.searchPlan().candidates()) {
            physical.addAll(c.distinctResponses());
            physical.add(c.target());
        }
        return new io.stratum.ir.explain.DotWriter()
                .annotate(compiled.metadata().annotator())
                .cluster("optimized logical plan", "l", java.util.List.of(compiled.optimized()))
                .cluster("physical plan", "p", physical)
                .toString();
    }
}
