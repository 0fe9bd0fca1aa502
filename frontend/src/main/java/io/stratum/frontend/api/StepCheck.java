package io.stratum.frontend.api;

import io.stratum.frontend.session.FileSourceStatistics;
import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.PandasError;
import io.stratum.ir.diagnostics.ReadErrors;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.ReadFile;
import io.stratum.ir.logical.Var;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleDriver;
import io.stratum.optimizer.metadata.MetadataDerivation;
import io.stratum.optimizer.rules.CoreRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Checks every step a script created ({@link StepLog}) as skrub's previews would fail it, whether or not anything
 * prints it, without computing it: each file a step reads exists and parses (the one reading the optimizer's
 * statistics make of it, which the run's scan takes), the step binds (a method the frame lacks), and the schemas and
 * types carried through the plan accept it (a missing column, a str added to a float column). A step skrub cannot
 * preview (below a {@code skrub.var} without a value) is not checked, as skrub evaluates nothing of it. What only the
 * values decide (a position beyond the rows, a conversion that fails on one row) is found when the plan runs, for the
 * steps something computes; an unused step is not computed.
 */
public final class StepCheck {
    /** The first failing step's error, and how many of the script's actions came before that step. */
    public record Failure(StratumError error, int actionsBefore) {
    }

    private StepCheck() {
    }

    /** The failure of the step created first among those that fail, or null when every step passes. */
    public static Failure first(StepLog log) {
        return first(log, StandardCatalog.get(), FileSourceStatistics.shared());
    }

    static Failure first(StepLog log, ApiCatalog catalog, FileSourceStatistics sources) {
        List<LogicalNode> nodes = log.nodes();
        // A step another step reads is checked with it: only the last steps of each chain are checked on their own.
        Set<LogicalNode> below = Collections.newSetFromMap(new IdentityHashMap<>());
        for (LogicalNode n : nodes) {
            markInputs(n, below);
        }
        Failure first = null;
        for (int i = 0; i < nodes.size(); i++) {
            LogicalNode n = nodes.get(i);
            if (below.contains(n)) {
                continue;
            }
            List<LogicalNode> plan = plan(n);
            if (plan.stream().anyMatch(p -> p instanceof Var v && v.value() == null && !Var.EVAL_MODE.equals(v.name()))) {
                continue;
            }
            try {
                check(n, plan, catalog, sources);
            } catch (StratumError e) {
                // the step that failed may be one this step reads, created before it
                int at = log.actionsBefore(e.origin());
                at = at < 0 ? log.actionsBefore(i) : Math.min(at, log.actionsBefore(i));
                if (first == null || at < first.actionsBefore()) {
                    first = new Failure(e, at);
                }
            }
        }
        return first;
    }

    /** The reads first (in plan order, sources first), as pandas reads a file before any step of it runs. */
    private static void check(LogicalNode step, List<LogicalNode> plan, ApiCatalog catalog, FileSourceStatistics sources) {
        for (LogicalNode p : plan) {
            switch (p) {
                case ReadCsv r -> {
                    requireFile(r.path(), r.displayPath(), r.origin());
                    MetadataDerivation.csvProfile(sources, r.path(), r.options(), null, r.origin());
                    requireParsed(sources, r.path(), r);
                }
                case ReadFile r -> {
                    requireFile(r.path(), r.displayPath(), r.origin());
                    if (r.options().keys().isEmpty()) {
                        sources.profile(r.format(), r.path());
                        requireParsed(sources, r.path(), r);
                    }
                }
                default -> {
                }
            }
        }
        LogicalNode bound;
        try {
            bound = new RuleDriver(List.of(CoreRules.BIND_BATCH), new RuleDriver.Config(true, false))
                    .run(step, new RuleContext(catalog, sources)).plan();
        } catch (IllegalStateException e) {
            // the driver keeps a plan's root kind: a grouping (df.groupby(k)[col]) binds only with the method after
            // it, which is the step Stratum checks where the script makes one
            return;
        }
        try {
            MetadataDerivation.derive(bound, sources, catalog);
        } catch (PandasError e) {
            throw e;
        } catch (StratumError e) {
            // a limit of Stratum's, not an error of pandas: a step nothing computes is not refused for it
        }
    }

    private static void requireFile(String path, String displayPath, io.stratum.ir.node.Origin origin) {
        if (!Files.isRegularFile(Path.of(path))) {
            throw ReadErrors.noSuchFile(origin, displayPath, path);
        }
    }

    private static void requireParsed(FileSourceStatistics sources, String path, LogicalNode read) {
        String failure = sources.failure(path);
        if (failure != null) {
            throw new StratumError(read.origin(), failure, null);
        }
    }

    /** Every node of {@code root}'s plan once, each after its inputs. */
    private static List<LogicalNode> plan(LogicalNode root) {
        List<LogicalNode> out = new ArrayList<>();
        Set<LogicalNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, 0});
        seen.add(root);
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            LogicalNode n = (LogicalNode) top[0];
            int next = (Integer) top[1];
            if (next < n.inputs().size()) {
                top[1] = next + 1;
                LogicalNode in = n.inputs().get(next);
                if (in != null && seen.add(in)) {
                    stack.push(new Object[] {in, 0});
                }
            } else {
                stack.pop();
                out.add(n);
            }
        }
        return out;
    }

    private static void markInputs(LogicalNode n, Set<LogicalNode> below) {
        Deque<LogicalNode> todo = new ArrayDeque<>(n.inputs());
        while (!todo.isEmpty()) {
            LogicalNode in = todo.pop();
            if (in != null && below.add(in)) {
                todo.addAll(in.inputs());
            }
        }
    }
}
