package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** Every column renamed to {@code prefix + name + suffix} (the logical {@code Affix}); the values are shared. */
public record AffixColumns(PhysicalOp input, String prefix, String suffix, Origin origin) implements PhysicalOp {

    public AffixColumns {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new AffixColumns(in.get(0), prefix, suffix, origin);
    }

    @Override
    public String kind() {
        return "AffixColumns";
    }

    @Override
    public void terms(Terms t) {
        t.itemIf(!prefix.isEmpty(), "prefix", Const.of(prefix));
        t.itemIf(!suffix.isEmpty(), "suffix", Const.of(suffix));
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
