package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * {@code pd.DataFrame({"a": [1, 2], "b": ["x", None]})}: a frame written in the script, its columns in order with
 * their values as constants (each list's dtype given by {@link io.stratum.ir.value.LiteralColumns}).
 */
public record FrameLiteral(List<String> names, List<Const.ListConst> columns, Origin origin) implements LogicalNode {

    public FrameLiteral {
        names = List.copyOf(names);
        columns = List.copyOf(columns);
        if (names.size() != columns.size()) {
            throw new IllegalArgumentException("one list of values per column name");
        }
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of();
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 0);
        return this;
    }

    @Override
    public String kind() {
        return "FrameLiteral";
    }

    @Override
    public void terms(Terms t) {
        for (int i = 0; i < names.size(); i++) {
            t.item(names.get(i), columns.get(i));
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
