package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code skrub.var(name, value)}: a named input of the pipeline, with the value used when none is bound. */
public record Var(String name, LogicalNode value, Origin origin) implements LogicalNode {

    /** The variable standing for {@code skrub.eval_mode()}, bound to the mode where it is known. */
    public static final String EVAL_MODE = "skrub.eval_mode()";

    public Var {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return value == null ? List.of() : List.of(value);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, value == null ? 0 : 1);
        return new Var(name, in.isEmpty() ? null : in.get(0), origin);
    }

    @Override
    public String kind() {
        return "Var";
    }

    @Override
    public void terms(Terms t) {
        t.item("name", name);
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
