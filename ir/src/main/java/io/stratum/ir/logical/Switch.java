package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * skrub's {@code .skb.match({key: value, ...}, default=...)} and {@code .skb.if_else(a, b)} on a DataOp that is not a
 * choice: the target whose key equals the query's value (or, with {@code truthiness}, the first target when the query is
 * true in Python's sense, else the fallback). Binding resolves it when the query is known before the plan runs (a
 * constant, {@code skrub.eval_mode()} where its value is known); run-time branches are not lowered.
 */
public record Switch(LogicalNode query, List<Const> keys, List<LogicalNode> targets, LogicalNode fallback,
                     boolean truthiness, Origin origin) implements LogicalNode {

    public Switch {
        Objects.requireNonNull(query, "query");
        keys = List.copyOf(keys);
        targets = List.copyOf(targets);
        Objects.requireNonNull(origin, "origin");
        if (truthiness ? targets.size() != 1 || fallback == null || !keys.isEmpty() : keys.size() != targets.size()) {
            throw new IllegalArgumentException("a switch needs one target per key (if_else: one target and a fallback)");
        }
    }

    /** {@code cond.skb.if_else(ifTrue, ifFalse)}. */
    public static Switch ifElse(LogicalNode condition, LogicalNode ifTrue, LogicalNode ifFalse, Origin origin) {
        return new Switch(condition, List.of(), List.of(ifTrue), ifFalse, true, origin);
    }

    /** The target for a known query value; null when no key matches and there is no fallback (skrub's KeyError). */
    public LogicalNode select(Const value) {
        if (truthiness) {
            return truthy(value) ? targets.getFirst() : fallback;
        }
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).equals(value)) {
                return targets.get(i);
            }
        }
        return fallback;
    }

    /**
     * The query's value when binding can tell it: a constant, a variable bound to one ({@code skrub.eval_mode()} where
     * its value is known), {@code ==}/{@code !=} of two such values, {@code ~} of a bool; null otherwise.
     */
    public static Const known(LogicalNode node) {
        return switch (node) {
            case Value v -> v.value();
            case Var v when v.value() != null -> known(v.value());
            case BinOp b when b.op() == BinaryOperator.EQ || b.op() == BinaryOperator.NE -> {
                Const l = known(b.left());
                Const r = known(b.right());
                yield l == null || r == null ? null : Const.of(l.equals(r) == (b.op() == BinaryOperator.EQ));
            }
            case UnaryOp u when u.op() == UnaryOperator.INVERT && known(u.operand()) instanceof Const.BoolConst c ->
                    Const.of(!c.value());
            default -> null;
        };
    }

    /**
     * Whether binding can come to know the query's value: constants, variables (bound to constants, or to {@code
     * skrub.eval_mode()}'s mode) and {@code ==}/{@code !=}/{@code ~} of those; not values computed from the data.
     */
    public static boolean knowable(LogicalNode node) {
        return switch (node) {
            case Value v -> true;
            case Var v -> v.value() == null || knowable(v.value());
            case BinOp b -> (b.op() == BinaryOperator.EQ || b.op() == BinaryOperator.NE) && knowable(b.left())
                    && knowable(b.right());
            case UnaryOp u -> u.op() == UnaryOperator.INVERT && knowable(u.operand());
            default -> false;
        };
    }

    /**
     * Whether a dict lookup with {@code query} finds {@code key}, as Python's hash equality decides: numbers (and bools,
     * as 0 and 1) by value, so {@code 5}, {@code 5.0} and {@code True == 1} match; NaN matches nothing; else equality.
     */
    public static boolean lookupMatches(Const key, Const query) {
        if (key instanceof Const.IntConst && query instanceof Const.IntConst) {
            return key.equals(query);
        }
        Double k = number(key);
        Double q = number(query);
        if (k != null && q != null) {
            return k.doubleValue() == q.doubleValue();
        }
        return key.equals(query);
    }

    private static Double number(Const c) {
        return switch (c) {
            case Const.IntConst i -> (double) i.value();
            case Const.FloatConst f -> f.value();
            case Const.BoolConst b -> b.value() ? 1.0 : 0.0;
            default -> null;
        };
    }

    /** Python's {@code bool(value)} for the constants a plan holds. */
    public static boolean truthy(Const value) {
        return switch (value) {
            case Const.NoneConst n -> false;
            case Const.BoolConst b -> b.value();
            case Const.IntConst i -> i.value() != 0;
            case Const.FloatConst f -> f.value() != 0.0;
            case Const.StrConst s -> !s.value().isEmpty();
            case Const.ListConst l -> !l.items().isEmpty();
            case Const.DictConst d -> !d.keys().isEmpty();
            case Const.TimedeltaConst t -> t.ticks() != 0;
            default -> true;
        };
    }

    @Override
    public List<LogicalNode> inputs() {
        List<LogicalNode> out = new ArrayList<>();
        out.add(query);
        out.addAll(targets);
        if (fallback != null) {
            out.add(fallback);
        }
        return out;
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1 + targets.size() + (fallback == null ? 0 : 1));
        return new Switch(in.get(0), keys, in.subList(1, 1 + targets.size()), fallback == null ? null : in.getLast(),
                truthiness, origin);
    }

    @Override
    public String kind() {
        return truthiness ? "IfElse" : "Match";
    }

    @Override
    public void terms(Terms t) {
        if (!truthiness) {
            t.item("keys", new Const.ListConst(keys, false));
            t.item("default", fallback != null);
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
