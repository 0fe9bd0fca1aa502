package io.stratum.ir.explain;

import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan as deterministic indented text, one node a line: {@code Kind name=value, ...}. A node that
 * several parents read (the same object) is written once and tagged {@code [#n]}; later parents show
 * {@code [#n] ↑} instead of repeating it. Numbers follow the order of the first visit, so the text depends
 * only on the plan's shape.
 */
public final class ExplainWriter {
    private final StringBuilder out = new StringBuilder();
    private final Map<Object, Integer> parents = new IdentityHashMap<>();
    private final Map<Object, Integer> labels = new IdentityHashMap<>();
    private final List<Annotator> annotators = new ArrayList<>();

    /** Adds text after a node's terms (for example EXPLAIN ANALYZE timings or derived metadata). */
    public interface Annotator {
        /** Extra text for {@code node}, or null for none. */
        String annotate(PlanNode<?> node);
    }

    public ExplainWriter annotate(Annotator annotator) {
        annotators.add(annotator);
        return this;
    }

    /** Text of the plan below {@code root}. */
    public static String explain(PlanNode<?> root) {
        return new ExplainWriter().write(List.of(root)).toString();
    }

    /** Writes every root in order, sharing labels between them. */
    public ExplainWriter write(List<? extends PlanNode<?>> roots) {
        for (PlanNode<?> r : roots) {
            countParents(r);
        }
        for (PlanNode<?> r : roots) {
            writeNode(r, 0, null);
        }
        return this;
    }

    /** Writes a heading line, for grouping plans (for example one line per search candidate). */
    public ExplainWriter line(String text) {
        out.append(text).append('\n');
        return this;
    }

    /**
     * Counts the readers of every node below {@code roots} without writing anything; call it with all roots
     * before writing them one by one with {@link #writeRoot}, so shared nodes get their label on first sight.
     */
    public ExplainWriter prepare(List<? extends PlanNode<?>> roots) {
        for (PlanNode<?> r : roots) {
            countParents(r);
        }
        return this;
    }

    /** Writes one root (already counted by {@link #prepare}) indented by {@code depth} levels. */
    public ExplainWriter writeRoot(PlanNode<?> root, int depth, String role) {
        writeNode(root, depth, role);
        return this;
    }

    private void countParents(PlanNode<?> node) {
        Integer seen = parents.get(node);
        parents.put(node, seen == null ? 1 : seen + 1);
        if (seen != null) {
            return;
        }
        for (PlanNode<?> in : node.inputs()) {
            countParents(in);
        }
    }

    private void writeNode(PlanNode<?> node, int depth, String role) {
        out.append("  ".repeat(depth));
        if (role != null) {
            out.append(role).append(": ");
        }
        Integer label = labels.get(node);
        if (label != null) {
            out.append("[#").append(label).append("] ↑ ").append(node.kind()).append('\n');
            return;
        }
        if (parents.getOrDefault(node, 0) > 1) {
            label = labels.size() + 1;
            labels.put(node, label);
            out.append("[#").append(label).append("] ");
        }
        out.append(node.kind());
        TermText terms = new TermText();
        node.terms(terms);
        if (!terms.text.isEmpty()) {
            out.append(' ').append(terms.text);
        }
        for (Annotator a : annotators) {
            String extra = a.annotate(node);
            if (extra != null && !extra.isEmpty()) {
                out.append("  ").append(extra);
            }
        }
        out.append('\n');
        List<String> roles = node.inputRoles();
        List<? extends PlanNode<?>> inputs = node.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            writeNode(inputs.get(i), depth + 1, roles.isEmpty() ? null : roles.get(i));
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Formats terms as {@code name=value, name=value}. */
    private static final class TermText implements Terms {
        final StringBuilder text = new StringBuilder();

        private void add(String name, String value) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(name).append('=').append(value);
        }

        @Override
        public Terms item(String name, Const value) {
            add(name, value.repr());
            return this;
        }

        @Override
        public Terms display(String name, String value) {
            add(name, value);
            return this;
        }

        @Override
        public Terms identity(String name, Const value) {
            return this;
        }
    }
}
