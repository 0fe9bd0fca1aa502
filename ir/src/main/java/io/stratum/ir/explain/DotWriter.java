package io.stratum.ir.explain;

import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes plans as a Graphviz digraph: one box per node (a node several parents read appears once), edges from an
 * input to its reader labelled with the input's role. Node ids are a prefix and the order of first visit, so the
 * text depends only on the plans' shape. Several plans go into one graph as clusters.
 */
public final class DotWriter {
    private final StringBuilder body = new StringBuilder();
    private final List<ExplainWriter.Annotator> annotators = new ArrayList<>();
    private int clusters;

    /** Adds text under each node's label (for example derived metadata). */
    public DotWriter annotate(ExplainWriter.Annotator annotator) {
        annotators.add(annotator);
        return this;
    }

    /** Adds {@code roots} as one cluster titled {@code title}; its node ids start with {@code prefix}. */
    public DotWriter cluster(String title, String prefix, List<? extends PlanNode<?>> roots) {
        Map<PlanNode<?>, String> ids = new IdentityHashMap<>();
        body.append("  subgraph cluster_").append(clusters++).append(" {\n");
        body.append("    label=").append(quote(title)).append(";\n");
        for (PlanNode<?> r : roots) {
            visit(r, prefix, ids);
        }
        body.append("  }\n");
        return this;
    }

    private String visit(PlanNode<?> node, String prefix, Map<PlanNode<?>, String> ids) {
        String known = ids.get(node);
        if (known != null) {
            return known;
        }
        String id = prefix + (ids.size() + 1);
        ids.put(node, id);
        StringBuilder label = new StringBuilder(node.kind());
        TermLines terms = new TermLines();
        node.terms(terms);
        label.append(terms.text);
        for (ExplainWriter.Annotator a : annotators) {
            String extra = a.annotate(node);
            if (extra != null && !extra.isEmpty()) {
                label.append('\n').append(extra);
            }
        }
        body.append("    ").append(id).append(" [label=").append(quote(label.toString())).append("];\n");
        List<String> roles = node.inputRoles();
        List<? extends PlanNode<?>> inputs = node.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            String in = visit(inputs.get(i), prefix, ids);
            body.append("    ").append(in).append(" -> ").append(id);
            if (!roles.isEmpty()) {
                body.append(" [label=").append(quote(roles.get(i))).append(']');
            }
            body.append(";\n");
        }
        return id;
    }

    @Override
    public String toString() {
        return "digraph stratum {\n  rankdir=BT;\n  node [shape=box, fontname=\"monospace\"];\n" + body + "}\n";
    }

    /** A DOT string literal; newlines become left-justified line breaks. */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\l");
                default -> b.append(c);
            }
        }
        if (s.contains("\n")) {
            b.append("\\l");
        }
        return b.append('"').toString();
    }

    /** Writes each term on a line of its own under the node's kind. */
    private static final class TermLines implements Terms {
        final StringBuilder text = new StringBuilder();

        @Override
        public Terms item(String name, Const value) {
            text.append('\n').append(name).append('=').append(value.repr());
            return this;
        }

        @Override
        public Terms display(String name, String value) {
            text.append('\n').append(name).append('=').append(value);
            return this;
        }

        @Override
        public Terms identity(String name, Const value) {
            return this;
        }
    }
}
