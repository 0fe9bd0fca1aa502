package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * pandas' {@code shift(periods)} of a column or a frame (each column): row {@code i} gets the value of row
 * {@code i - periods} by position, missing where that row does not exist; or {@code diff(periods)}, the value minus
 * that one. Unlike an {@link ElementWise} operation a row's value depends on another row, so no filter, sort or row
 * selection may move across it; the result keeps the input's rows, order and labels.
 */
public record Shift(LogicalNode input, long periods, boolean diff, Origin origin) implements LogicalNode {

    public Shift {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(origin, "origin");
    }

    /** The method as pandas spells it: {@code shift} or {@code diff}. */
    public String method() {
        return diff ? "diff" : "shift";
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new Shift(in.get(0), periods, diff, origin);
    }

    @Override
    public String kind() {
        return "Shift";
    }

    @Override
    public void terms(Terms t) {
        terms(t, periods, diff);
    }

    /** The terms of a shift, logical or physical ({@code ShiftRows}): EXPLAIN shows both alike. */
    public static void terms(Terms t, long periods, boolean diff) {
        t.item("method", diff ? "diff" : "shift");
        t.item("periods", periods);
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
