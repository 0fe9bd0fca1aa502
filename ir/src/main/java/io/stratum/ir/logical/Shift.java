package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * pandas' {@code shift(periods)} of a column or a frame (each column): row {@code i} gets the value of row
 * {@code i - periods} by position, missing where that row does not exist; or {@code diff(periods)}, the value minus
 * that one; or {@code pct_change(periods)}, the value divided by that one, minus one (pandas 3's
 * {@code fill_method=None}); or {@code ffill(limit)}/{@code bfill(limit)}, each missing value the last (next) non-missing
 * one. With a {@link Grouping}, positions are counted within each row's group
 * ({@code groupby(k)[c].shift(1)}). Unlike an {@link ElementWise} operation a row's value depends on another row, so
 * no filter, sort or row selection may move across it; the result keeps the input's rows, order and labels.
 */
public record Shift(LogicalNode input, long periods, Method method, Grouping grouping, Origin origin) implements LogicalNode {

    /**
     * What a row does with the row {@code periods} before it; or, for {@code FFILL}/{@code BFILL}, a missing value takes
     * the last (next) non-missing one of its sequence, at most {@code periods} missing rows in a row (0: any number).
     */
    public enum Method {
        SHIFT, DIFF, PCT_CHANGE, FFILL, BFILL;

        /** The method as pandas spells it. */
        public String pandasName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Shift {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(origin, "origin");
    }

    /** An ungrouped {@code shift} ({@code diff} false) or {@code diff}. */
    public Shift(LogicalNode input, long periods, boolean diff, Origin origin) {
        this(input, periods, diff ? Method.DIFF : Method.SHIFT, Grouping.NONE, origin);
    }

    /** True for {@code diff}. */
    public boolean diff() {
        return method == Method.DIFF;
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new Shift(in.get(0), periods, method, grouping, origin);
    }

    @Override
    public String kind() {
        return "Shift";
    }

    @Override
    public void terms(Terms t) {
        terms(t, periods, method, grouping);
    }

    /** The terms of a shift, logical or physical ({@code ShiftRows}): EXPLAIN shows both alike. */
    public static void terms(Terms t, long periods, Method method, Grouping grouping) {
        t.item("method", method.pandasName());
        if (method == Method.FFILL || method == Method.BFILL) {
            if (periods > 0) {
                t.item("limit", periods);
            }
        } else {
            t.item("periods", periods);
        }
        grouping.terms(t);
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
