package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * Every column of a frame renamed to {@code prefix + name + suffix}: pandas' {@code df.add_prefix(p)} and
 * {@code df.add_suffix(s)}, and the {@code name__} a scikit-learn {@code ColumnTransformer} puts before each output
 * column of its transformer {@code name}. Unlike {@link Rename} it needs no list of the input's names, so it renames
 * the output of a fitted estimator, whose columns the data decides.
 */
public record Affix(LogicalNode input, String prefix, String suffix, Origin origin) implements LogicalNode {

    public Affix {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(origin, "origin");
    }

    /** The output name of input column {@code column}. */
    public String renamed(String column) {
        return prefix + column + suffix;
    }

    /** The input column named {@code output} in the result, or null when no input name gives it. */
    public String original(String output) {
        return output.length() >= prefix.length() + suffix.length() && output.startsWith(prefix) && output.endsWith(suffix)
                ? output.substring(prefix.length(), output.length() - suffix.length()) : null;
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new Affix(in.get(0), prefix, suffix, origin);
    }

    @Override
    public String kind() {
        return "Affix";
    }

    @Override
    public void terms(Terms t) {
        t.itemIf(!prefix.isEmpty(), "prefix", io.stratum.ir.value.Const.of(prefix));
        t.itemIf(!suffix.isEmpty(), "suffix", io.stratum.ir.value.Const.of(suffix));
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
