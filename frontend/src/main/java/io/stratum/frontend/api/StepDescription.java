package io.stratum.frontend.api;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.Call;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The text skrub's {@code .skb.describe_steps()} returns: the steps of the DataOp as a stack machine runs them, inputs
 * first, one per line ({@code Var 'data'}, {@code GetItem 'temp_max'}, {@code CallMethod 'drop'}, {@code BinOp: mul},
 * {@code Apply Ridge}), a step reached again shown as {@code ( ... )*} (skrub caches it) and a closing
 * {@code * Cached, not recomputed} when any was. Marks ({@code mark_as_X}) are not steps, and a variable's value is not
 * either. It describes the plan as the script wrote it: slices, {@code .iloc} and {@code .loc} (which the plan holds as
 * head/tail calls, row positions and masks) from how they were written ({@link io.stratum.ir.logical.Written});
 * {@code .skb.subsample} is skrub's {@code SubsamplePreviews}, {@code .skb.concat} its {@code Concat: N tables}. Other
 * steps Stratum builds in another form are refused.
 */
final class StepDescription {
    private final List<String> lines = new ArrayList<>();
    private final Set<LogicalNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean cached;

    private StepDescription() {
    }

    static String of(LogicalNode root) {
        StepDescription d = new StepDescription();
        d.visit(root);
        if (d.cached) {
            d.lines.add("* Cached, not recomputed");
        }
        return String.join("\n", d.lines);
    }

    private void visit(LogicalNode node) {
        String line = switch (node) {
            case MarkX m -> {
                visit(m.input());
                yield null;
            }
            case MarkY m -> {
                visit(m.input());
                yield null;
            }
            case Var v -> "Var " + PyFormat.strRepr(v.name());
            case GetItem g when g.written() != null && (g.written().method() != null || g.written().key() != null) ->
                    written(node, g.written());
            case GetItem g when g.written() != null -> {
                visit(g.input());
                extra(node, "GetAttr " + PyFormat.strRepr(g.written().indexer()));
                visit(g.key());
                yield "GetItem <" + describe(g.key()) + ">";
            }
            case CallMethod c when c.written() != null -> written(node, c.written());
            case io.stratum.ir.logical.RowsByPosition r when r.written() != null -> written(node, r.written());
            case io.stratum.ir.logical.Subsample s -> {
                visit(s.input());
                yield "SubsamplePreviews";
            }
            case io.stratum.ir.logical.Concat c when c.skb() -> {
                for (LogicalNode f : c.frames()) {
                    visit(f);
                }
                yield "Concat: " + c.frames().size() + " tables";
            }
            case GetItem g -> {
                visit(g.input());
                if (!(g.key() instanceof Value)) {
                    visit(g.key());
                }
                yield "GetItem " + (g.key() instanceof Value k ? shortRepr(k.value()) : "<" + describe(g.key()) + ">");
            }
            case GetAttr g -> {
                visit(g.input());
                yield "GetAttr " + PyFormat.strRepr(g.name());
            }
            case CallMethod c -> {
                visit(c.receiver());
                visitArgs(c.args());
                yield "CallMethod " + PyFormat.strRepr(c.method());
            }
            case Call c -> {
                visitArgs(c.args());
                yield "Call " + PyFormat.strRepr(c.function().substring(c.function().lastIndexOf('.') + 1));
            }
            case BinOp b -> {
                visitOperand(b.left());
                visitOperand(b.right());
                yield "BinOp: " + binaryName(b);
            }
            case UnaryOp u -> {
                visit(u.operand());
                yield "UnaryOp: " + u.op().name().toLowerCase(java.util.Locale.ROOT);
            }
            case Apply a -> {
                visit(a.input());
                if (a.y() != null) {
                    visit(a.y());
                }
                yield "Apply " + estimatorName(a.estimator(), a);
            }
            default -> throw new StratumError(node.origin(), ".skb.describe_steps: Stratum cannot describe the step "
                    + node.kind() + " as skrub does yet", "inspect the plan with `stratum explain` instead");
        };
        if (line == null) {
            return;
        }
        if (!seen.add(node)) {
            line = "( " + line + " )*";
            cached = true;
        }
        lines.add(line);
    }

    /** A step written as {@code x[key]} or {@code x.iloc[key]} that the plan holds in another form: as skrub lists it. */
    private String written(LogicalNode node, io.stratum.ir.logical.Written w) {
        visit(w.source());
        if (w.method() != null) {
            return "CallMethod " + PyFormat.strRepr(w.method());
        }
        if (w.indexer() != null) {
            extra(node, "GetAttr " + PyFormat.strRepr(w.indexer()));
        }
        return "GetItem " + w.key();
    }

    /** A line of skrub's that Stratum's plan has no node for (the {@code .iloc} attribute), cached with its node. */
    private void extra(LogicalNode node, String line) {
        lines.add(seen.contains(node) ? "( " + line + " )*" : line);
    }

    private void visitOperand(LogicalNode operand) {
        if (!(operand instanceof Value)) {
            visit(operand);
        }
    }

    private void visitArgs(List<Arg> args) {
        for (Arg a : args) {
            visitOperand(a.value());
        }
    }

    private static String describe(LogicalNode node) {
        return StepDescription.of(node).lines().reduce((a, b) -> b).orElse(node.kind());
    }

    private static String binaryName(BinOp b) {
        return switch (b.op()) {
            case AND -> "and_";
            case OR -> "or_";
            case ISIN -> throw new StratumError(b.origin(), ".skb.describe_steps: Stratum cannot describe isin as skrub"
                    + " does yet", null);
            default -> b.op().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The estimator's class name; for a choice of estimators, its default outcome's (skrub's get_chosen_or_default). */
    private static String estimatorName(LogicalNode estimator, Apply a) {
        LogicalNode e = estimator;
        while (e instanceof Choice c && c.range() == null && !c.outcomes().isEmpty()) {
            e = c.outcomes().get(0); // a listed choice's default is its first outcome
        }
        if (e instanceof Estimator est) {
            return est.simpleName();
        }
        if (e instanceof Value v && v.value() instanceof Const.NoneConst) {
            return "NoneType";
        }
        throw new StratumError(a.origin(), ".skb.describe_steps: Stratum cannot name this step's estimator as skrub does yet", null);
    }

    /** skrub's short repr of a constant key: a name, a list of names. */
    private static String shortRepr(Const c) {
        return switch (c) {
            case Const.StrConst s -> PyFormat.strRepr(s.value());
            case Const.ListConst l when !l.tuple() -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < l.items().size(); i++) {
                    if (i == 6) {
                        parts.add("...");
                        break;
                    }
                    parts.add(shortRepr(l.items().get(i)));
                }
                yield "[" + String.join(", ", parts) + "]";
            }
            default -> c.repr();
        };
    }
}
