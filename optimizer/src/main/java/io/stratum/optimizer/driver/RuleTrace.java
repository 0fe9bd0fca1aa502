package io.stratum.optimizer.driver;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rules fired, in order, with the plan after each firing (for {@code explain --verbose}). A firing is
 * one pass of a rule over the whole plan that rewrote at least one node; {@code rewrites} counts those nodes.
 */
public record RuleTrace(List<Firing> firings, List<String> unconverged) {

    public RuleTrace {
        firings = List.copyOf(firings);
        unconverged = List.copyOf(unconverged);
    }

    /**
     * One pass of {@code rule} (in {@code batch}, round {@code iteration} from 1) that changed the plan; {@code plan}
     * is the plan after it (null when plans are not recorded). Its text is written only when asked for: a run that
     * never prints it (every {@code stratum run}) does not pay for writing it after each firing.
     */
    public record Firing(String batch, String rule, int iteration, int rewrites, io.stratum.ir.logical.LogicalNode plan) {
        /** The plan after this firing as EXPLAIN writes it, or "" when plans were not recorded. */
        public String planAfter() {
            return plan == null ? "" : io.stratum.ir.explain.ExplainWriter.explain(plan);
        }
    }

    public static RuleTrace empty() {
        return new RuleTrace(List.of(), List.of());
    }

    /** The names of the rules that fired, in firing order (a rule appears once per firing). */
    public List<String> firedRules() {
        List<String> out = new ArrayList<>(firings.size());
        for (Firing f : firings) {
            out.add(f.rule());
        }
        return out;
    }

    /** The trace as EXPLAIN VERBOSE prints it: a heading per firing, then the plan after it. */
    public String explainVerbose() {
        StringBuilder b = new StringBuilder();
        for (Firing f : firings) {
            b.append("== ").append(f.batch()).append('/').append(f.rule())
                    .append(" (round ").append(f.iteration()).append(", ").append(f.rewrites())
                    .append(f.rewrites() == 1 ? " rewrite" : " rewrites").append(")\n");
            b.append(f.planAfter());
        }
        for (String batch : unconverged) {
            b.append("== batch ").append(batch).append(" did not converge\n");
        }
        return b.toString();
    }
}
