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

    @Option(names = "--verbose", description = "Also show the plan after each rule that fired.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean json = false;
        try {
            json = options.json();
            // A batch explains the merged plan, where the scripts' shared steps appear once.
            BoundScript bound = options.isBatch() ? null : options.bind();
            DataOp main = bound == null ? options.bindBatch().search() : bound.mainSearch();
            if (main == null) {
                throw new StratumError(Origin.NONE, options.script + " builds no search", "end the pipeline with .skb.make_grid_search(...)");
            }
            OptimizationResult compiled = new Session(SessionConfig.defaults().withOptimizer(!options.noOptimizer)).compile(main);
            if (json) {
                out.print(JsonOutput.explain(compiled));
            } else {
                out.print(compiled.explain());
                out.println("== rules fired");
                for (String rule : compiled.trace().firedRules()) {
                    out.println(rule);
                }
                if (verbose) {
                    out.println("== after each rule");
                    out.print(compiled.trace().explainVerbose());
                }
            }
            out.flush();
            return 0;
        } catch (RuntimeException | Error e) {
            out.flush();
            return Diagnostics.report(e, options.sources, options.debug, json, out, err);
        }
    }
}
