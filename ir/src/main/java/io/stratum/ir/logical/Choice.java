package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.NumericRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code skrub.choose_from(...)}: one of several values, estimators or DataOps, chosen by the search. A
 * {@code choose_int}/{@code choose_float} keeps its {@code range}: with {@code n_steps} the outcomes are its grid;
 * without, it has no outcomes until a randomized search draws them.
 *
 * <p>A {@code match} is skrub's {@code choice.match({...})} (and {@code choose_bool().if_else(a, b)}): not a parameter of
 * its own but another image of the choice of the same name and labels — its outcome {@code i} is taken exactly when
 * that choice takes outcome {@code i}. The search space numbers it as that choice.
 *
 * <p>A {@code perCall} match is a {@code skrub.deferred} function's call with the choice as an argument, traced once per
 * outcome: skrub sees the choice as an argument of the call, after the DataOps the outcomes read, so the search space
 * numbers it when it leaves it and the choices inside its outcomes are not nested in it.
 */
public record Choice(String name, List<Const> labels, List<LogicalNode> outcomes, NumericRange range, boolean match,
                     boolean perCall, Origin origin) implements LogicalNode {

    public Choice {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        outcomes = List.copyOf(outcomes);
        if (labels.size() != outcomes.size()) {
            throw new IllegalArgumentException("choice " + name + ": labels and outcomes differ in length");
        }
        if (outcomes.isEmpty() && (range == null || !range.continuous())) {
            throw new IllegalArgumentException("choice " + name + " has no outcomes");
        }
        Objects.requireNonNull(origin, "origin");
        if (perCall && !match) {
            throw new IllegalArgumentException("choice " + name + ": a per-call image is a match");
        }
    }

    /** A choice or a match of one (not per call). */
    public Choice(String name, List<Const> labels, List<LogicalNode> outcomes, NumericRange range, boolean match,
                  Origin origin) {
        this(name, labels, outcomes, range, match, false, origin);
    }

    /** A choice, or a continuous or discretized numeric range. */
    public Choice(String name, List<Const> labels, List<LogicalNode> outcomes, NumericRange range, Origin origin) {
        this(name, labels, outcomes, range, false, origin);
    }

    /** A choice among listed outcomes ({@code choose_from}, {@code choose_bool}, {@code optional}). */
    public Choice(String name, List<Const> labels, List<LogicalNode> outcomes, Origin origin) {
        this(name, labels, outcomes, null, origin);
    }

    /** The same choice under another name (a batch prefixes each script's choices with the script's label). */
    public Choice renamed(String newName) {
        return new Choice(newName, labels, outcomes, range, match, perCall, origin);
    }

    /** Whether this is a continuous range that only a randomized search can draw from. */
    public boolean continuous() {
        return range != null && range.continuous();
    }

    @Override
    public List<LogicalNode> inputs() {
        return outcomes;
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, outcomes.size());
        return new Choice(name, labels, in, range, match, perCall, origin);
    }

    @Override
    public String kind() {
        return "Choice";
    }

    @Override
    public void terms(Terms t) {
        t.item("name", name);
        t.item("labels", new Const.ListConst(labels));
        if (range != null) {
            t.item("range", range.toConst());
        }
        if (match) {
            t.item("match", true);
        }
        if (perCall) {
            t.item("per_call", true);
        }
    }

    @Override
    public List<String> inputRoles() {
        List<String> roles = new ArrayList<>(labels.size());
        for (Const l : labels) {
            roles.add(l instanceof Const.StrConst s ? s.value() : l.repr());
        }
        return roles;
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
