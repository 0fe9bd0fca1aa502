package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** A frame written in the script ({@code pd.DataFrame({...})}), built from its constants. */
public record LiteralFrame(List<String> names, List<Const.ListConst> columns, Origin origin) implements PhysicalOp {

    public LiteralFrame {
        names = List.copyOf(names);
        columns = List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of();
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 0);
        return this;
    }

    @Override
    public String kind() {
        return "LiteralFrame";
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
