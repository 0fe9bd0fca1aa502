package io.stratum.frontend.api;

import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.logical.VarBindings;
import io.stratum.ir.value.Const;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code .skb.eval(environment)} and {@code .skb.preview()} stand for: the DataOp's value computed as skrub's
 * {@code fit_transform} mode computes it (every estimator fitted on all the rows it is given, every choice at its
 * default), with each variable reading the environment's value or, without one, the value it was declared with. A
 * session computes it ({@code Session.evaluate}); {@code plan} has no choices left.
 */
public record Evaluation(DataOp plan, String method) {
    public Evaluation {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(method, "method");
    }

    /**
     * {@code op.skb.eval(environment)} ({@code environment} null: the declared values). As in skrub, an environment
     * that names none of the plan's variables leaves them their declared values; one that names some must name all.
     */
    static Evaluation of(DataOp op, Map<String, ?> environment, String method) {
        if (op.node() instanceof io.stratum.ir.logical.SearchRoot) {
            throw DataOp.error(method + ": a search has no value to evaluate", "print its results_ instead");
        }
        // skrub.eval_mode(): "preview" in previews, "fit_transform" in eval (skrub's modes for them).
        LogicalNode node = io.stratum.ir.logical.DefaultOutcomes.of(EvalModes.bind(op.node(),
                method.equals(".skb.preview") ? "preview" : "fit_transform"));
        if (environment != null) {
            Map<String, LogicalNode> values = new LinkedHashMap<>();
            for (Map.Entry<String, ?> e : environment.entrySet()) {
                values.put(e.getKey(), DataOps.lift(e.getValue()).node());
            }
            VarBindings.Bound bound = VarBindings.bind(node, values);
            // skrub: "_skrub_use_var_values" when the environment names no variable of the plan.
            boolean namesSome = bound.unbound().size() < variables(node).size();
            if (namesSome) {
                if (!bound.missing().isEmpty()) {
                    Var first = bound.unbound().get(0);
                    throw DataOp.error(method + "(environment): the environment has no value for variable '"
                            + first.name() + "'" + (first.origin().isKnown() ? " (skrub.var at line "
                            + first.origin().line() + ")" : ""), "add '" + first.name() + "': <its data> to the dict");
                }
                node = bound.plan();
            }
        }
        Evaluation out = new Evaluation(new DataOp(node), method);
        out.numpyArray();
        return out;
    }

    /**
     * A step appended to the evaluated plan ({@code df.skb.eval().head()}): evaluated the same way. On numpy's array of
     * a learner's predictions, the step numpy takes ({@code arr.std()} with {@code ddof=0}, {@code arr[0]} an element).
     */
    public Evaluation then(DataOp next) {
        DataOp step = numpyArray() ? new DataOp(PredictionsArray.step(plan.node(), next.node())) : next;
        Evaluation out = new Evaluation(step, method);
        out.numpyArray();
        return out;
    }

    /**
     * numpy's reduction {@code np.<name>(value)} (mean, sum, min, max, std, var, median; amin and amax as min and max)
     * of numpy's array of a learner's predictions, with {@code positional} arguments after the array (none taken) and
     * {@code keywords} ({@code ddof=} of std and var only); null when this value is not such an array.
     */
    public Evaluation numpyReduction(String name, int positional, Map<String, ?> keywords) {
        String f = name.equals("amin") ? "min" : name.equals("amax") ? "max" : name;
        if (!numpyArray()) {
            return seriesReduction(name, f, positional, keywords);
        }
        if (!f.equals("median") && !PredictionsArray.REDUCTIONS.contains(f)) {
            throw DataOp.error("np." + name + "() of a learner's predictions is not computed by Stratum",
                    "known: mean, sum, min, max, std, var, median, amin, amax");
        }
        java.util.List<io.stratum.ir.logical.Arg> args = new java.util.ArrayList<>();
        for (int i = 0; i < positional; i++) {
            args.add(io.stratum.ir.logical.Arg.positional(DataOps.lift(null).node()));
        }
        keywords.forEach((k, v) -> args.add(new io.stratum.ir.logical.Arg(k, DataOps.lift(v).node())));
        Evaluation out = new Evaluation(new DataOp(PredictionsArray.reduction(plan.node(), f, args, "np." + name
                + "(arr)", SourceScope.current())), method);
        out.numpyArray();
        return out;
    }

    /**
     * Whether the value is numpy's array of a learner's predictions rather than a pandas value ({@link PredictionsArray});
     * a located error for a step the plan computes of such an array that Stratum would answer as pandas does.
     */
    public boolean numpyArray() {
        return PredictionsArray.of(plan.node());
    }

    /**
     * {@code np.mean(s)} of a pandas Series: numpy calls the Series' own method ({@code s.mean()}; {@code np.std} and
     * {@code np.var} with {@code ddof=0}), which the plan computes; null for anything else (a frame, whose
     * {@code mean(axis=None)} numpy asks for, and {@code np.median}, which numpy computes on the values, NaN included).
     */
    private Evaluation seriesReduction(String name, String f, int positional, Map<String, ?> keywords) {
        if (f.equals("median") || !PredictionsArray.REDUCTIONS.contains(f)) {
            return null;
        }
        FrameFacts facts = FrameFacts.of(plan, io.stratum.ir.catalog.StandardCatalog.get());
        if (facts == null || !facts.column()) {
            return null;
        }
        boolean spread = f.equals("std") || f.equals("var");
        if (positional > 0 || !keywords.keySet().stream().allMatch(k -> spread && k.equals("ddof"))) {
            throw DataOp.error("np." + name + "(s) of a Series: Stratum reduces the whole column, without axis, dtype"
                    + " or out", "write np." + name + "(s)");
        }
        Map<String, Object> named = new LinkedHashMap<>(keywords);
        if (spread) {
            named.putIfAbsent("ddof", 0L);
        }
        return then(plan.call(f, java.util.List.of(), named));
    }

    /** The value when the DataOp is a constant (a variable declared with one): printed as Python prints it. */
    public Const constant() {
        LogicalNode node = plan.node();
        for (LogicalNode next = step(node); next != null; next = step(node)) {
            node = next;
        }
        return node instanceof Value v ? v.value() : null;
    }

    /** What a variable's value or a switch known before the plan runs stands for; null for anything else. */
    private static LogicalNode step(LogicalNode node) {
        if (node instanceof Var v) {
            return v.value();
        }
        if (node instanceof io.stratum.ir.logical.Switch s) {
            Const query = io.stratum.ir.logical.Switch.known(s.query());
            return query == null ? null : s.select(query);
        }
        return null;
    }

    private static java.util.Set<String> variables(LogicalNode root) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.ArrayDeque<LogicalNode> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
        java.util.Set<LogicalNode> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            LogicalNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof Var v) {
                names.add(v.name());
            }
            todo.addAll(n.inputs());
        }
        return names;
    }
}
