package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An estimator specification such as {@code Ridge(alpha=1.0)}: its qualified name and every parameter
 * (defaults filled in by the binder, so {@code Ridge()} and {@code Ridge(alpha=1.0)} are the same node).
 * Constant parameters are attributes; a parameter given by a {@link Choice} is an input, so the search
 * sees it.
 */
public record Estimator(String qualifiedName, List<Param> params, Origin origin) implements LogicalNode {

    /** One constructor parameter; {@code explicit} when the script wrote it (only those show in EXPLAIN). */
    public record Param(String name, LogicalNode value, boolean explicit) {
        public Param {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    public Estimator {
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        params = List.copyOf(params);
        Objects.requireNonNull(origin, "origin");
    }

    /** The class name without its module, e.g. {@code Ridge}. */
    public String simpleName() {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    /** The constant value of a parameter, or null when it is absent or not (yet) a constant. */
    public Const constant(String name) {
        for (Param p : params) {
            if (p.name().equals(name) && p.value() instanceof Value v) {
                return v.value();
            }
        }
        return null;
    }

    /** True when no parameter is left to a choice. */
    public boolean isResolved() {
        return inputs().isEmpty();
    }

    /** scikit-learn's repr: the class name and the explicitly written parameters, e.g. {@code Ridge(alpha=0.1)}. */
    public String repr() {
        List<String> parts = new ArrayList<>();
        for (Param p : params) {
            if (p.explicit()) {
                parts.add(p.name() + "=" + (p.value() instanceof Value v ? v.value().repr() : "<choice>"));
            }
        }
        return simpleName() + "(" + String.join(", ", parts) + ")";
    }

    @Override
    public List<LogicalNode> inputs() {
        List<LogicalNode> out = new ArrayList<>();
        for (Param p : params) {
            if (!(p.value() instanceof Value)) {
                out.add(p.value());
            }
        }
        return out;
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        List<LogicalNode> current = inputs();
        PlanNode.checkArity(this, in, current.size());
        List<Param> out = new ArrayList<>(params.size());
        int next = 0;
        for (Param p : params) {
            if (p.value() instanceof Value) {
                out.add(p);
            } else {
                out.add(new Param(p.name(), in.get(next++), p.explicit()));
            }
        }
        return new Estimator(qualifiedName, out, origin);
    }

    @Override
    public List<String> inputRoles() {
        List<String> roles = new ArrayList<>();
        for (Param p : params) {
            if (!(p.value() instanceof Value)) {
                roles.add(p.name());
            }
        }
        return roles;
    }

    @Override
    public String kind() {
        return "Estimator";
    }

    @Override
    public void terms(Terms t) {
        t.item("class", qualifiedName);
        for (Param p : params) {
            if (p.value() instanceof Value v) {
                if (p.explicit()) {
                    t.item(p.name(), v.value());
                } else {
                    t.identity(p.name(), v.value());
                }
            } else {
                // The parameter's place among the inputs is identity too: name it.
                t.identity(p.name(), Const.of("<input>"));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return PlanNode.sameStructure(this, o);
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }
}
