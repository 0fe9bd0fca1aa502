package io.stratum.frontend.api;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Reduce;
import io.stratum.ir.logical.Var;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What {@code print(op)} shows for a DataOp, as skrub's {@code DataOp.__repr__}: the step in angle brackets, named as
 * {@code .skb.describe_steps()} names it ({@code <GetItem 'temp_max'>}, {@code <Apply Ridge>}, {@code <Var 'data'>};
 * {@code <name | ...>} after {@code .skb.set_name}), then, when every variable of the plan has a value, its preview
 * under {@code Result:} (computed as {@code .skb.preview()} computes it; {@code Result (on a subsample):} when a
 * {@code .skb.subsample} is in the plan). {@code df.columns}, {@code df.dtypes} and {@code df.shape} print the same
 * way, as skrub's {@code GetAttr} steps, whether or not the plan can tell them before it runs.
 *
 * @param text    what is printed before the value: the whole text when {@code preview} is null
 * @param preview the value to compute and print after {@code text}, or null
 * @param view    how the computed value is printed
 */
public record DataOpPrint(String text, Evaluation preview, View view) {

    /** How a previewed value is printed. */
    public enum View {
        /** pandas' text of a frame or series, Python's str of a value ({@code print(df.skb.eval())}). */
        VALUE,
        /** As {@link #VALUE}, except a value computed from the data is numpy's repr of it ({@code np.float64(2.5)}). */
        REPR,
        /** The frame's column names as pandas prints its {@code Index}. */
        COLUMNS,
        /** The frame's column names as Python prints a list ({@code df.columns.tolist()}). */
        COLUMN_LIST,
        /** The frame's dtypes as pandas prints {@code df.dtypes}. */
        DTYPES,
        /** The frame's {@code (rows, columns)}. */
        SHAPE
    }

    /** The attributes of a frame that print as skrub's {@code GetAttr} steps with their preview. */
    public static final Set<String> FACTS = Set.of("columns", "dtypes", "shape");

    /** {@code print(op)}. */
    public static DataOpPrint of(DataOp op) {
        LogicalNode node = op.node();
        if (node instanceof Reduce r && r.function().equals("len") || !isSkrub(op)) {
            // len(df) or df.shape[0] where the plan cannot tell the rows: Python's int, as the script expects it; and a
            // frame that pandas alone computes (pd.read_csv(...).head()) is a pandas value in Python, printed as such.
            return plainValue(op, View.VALUE);
        }
        String header = "<" + (op.name() != null && !(node instanceof Var) ? op.name() + " | " : "") + step(node) + ">";
        return withPreview(header, op, View.REPR);
    }

    /**
     * {@code op} written into text ({@code f"{len(df)} rows"}, {@code str(m)}, a tuple's repr such as {@code df.shape}
     * after a filter): pandas' or Python's value, computed when the plan runs; {@code repr} writes a number computed
     * from the data as numpy's repr ({@code np.float64(2.5)}), {@code len(df)} stays Python's int. Null for a skrub
     * DataOp, which Python writes as skrub's repr of the step.
     */
    public static DataOpPrint written(DataOp op, boolean repr) {
        boolean length = op.node() instanceof Reduce r && r.function().equals("len");
        if (!length && isSkrub(op)) {
            return null;
        }
        return plainValue(op, repr && !length ? View.REPR : View.VALUE);
    }

    /**
     * A value of {@code .skb.eval()} or {@code .skb.preview()} written into text ({@code f"{ev['c'].mean():.3f}"},
     * {@code str(m)}, {@code [m]}): pandas' or numpy's value computed when the plan runs, as Python's str or ({@code
     * repr}) repr writes it; a constant at once.
     */
    public static DataOpPrint written(Evaluation evaluated, boolean repr) {
        Const c = evaluated.constant();
        if (c != null) {
            return new DataOpPrint(c instanceof Const.StrConst s && !repr ? s.value() : c.repr(), null, View.VALUE);
        }
        if (evaluated.numpyArray()) {
            throw DataOp.error("Stratum writes a learner's predictions that skrub leaves a numpy array only with"
                    + " print(arr), not into text (str(), repr(), an f-string, format())", "print the array by itself");
        }
        return new DataOpPrint("", evaluated, repr ? View.REPR : View.VALUE);
    }

    /** {@code print(op.columns)}, {@code print(op.dtypes)} or {@code print(op.shape)} ({@link #FACTS}). */
    public static DataOpPrint ofFact(DataOp op, String attribute) {
        View view = switch (attribute) {
            case "columns" -> View.COLUMNS;
            case "dtypes" -> View.DTYPES;
            case "shape" -> View.SHAPE;
            default -> throw new IllegalArgumentException("not a printed fact: " + attribute);
        };
        if (!isSkrub(op)) {
            return plainValue(op, view);
        }
        return withPreview("<GetAttr " + PyFormat.strRepr(attribute) + ">", op, view);
    }

    /**
     * Whether {@code op} is a skrub DataOp in Python: its plan has a variable, a choice, an estimator step or a mark.
     * Anything else is a value pandas computes at once ({@code pd.read_csv(...)} and what follows from it), which
     * Python prints as pandas prints it, without skrub's header.
     */
    public static boolean isSkrub(DataOp op) {
        Set<LogicalNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<LogicalNode> todo = new ArrayDeque<>(List.of(op.node()));
        while (!todo.isEmpty()) {
            LogicalNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof Var || n instanceof io.stratum.ir.logical.Choice || n instanceof io.stratum.ir.logical.Apply
                    || n instanceof io.stratum.ir.logical.MarkX || n instanceof io.stratum.ir.logical.MarkY
                    || n instanceof io.stratum.ir.logical.Subsample) {
                return true;
            }
            todo.addAll(n.inputs());
        }
        return false;
    }

    private static DataOpPrint plainValue(DataOp op, View view) {
        Evaluation value = Evaluation.of(op, null, ".skb.eval");
        if (value.constant() != null) {
            Const c = value.constant();
            return new DataOpPrint(c instanceof Const.StrConst s ? s.value() : c.repr(), null, view);
        }
        return new DataOpPrint("", value, view);
    }

    private static DataOpPrint withPreview(String header, DataOp op, View view) {
        if (!allVariablesHaveValues(op.node())) {
            return new DataOpPrint(header, null, view);
        }
        Evaluation preview = op.skb().preview();
        String heading = Subsampling.uses(op.node()) ? "Result (on a subsample):" : "Result:";
        String text = header + "\n" + heading + "\n" + "―".repeat(heading.length()) + "\n";
        if (preview.constant() != null && view == View.REPR) {
            return new DataOpPrint(text + preview.constant().repr(), null, view);
        }
        return new DataOpPrint(text, preview, view);
    }

    /** skrub's name of the step that computes {@code node} (the last line of its describe_steps). */
    private static String step(LogicalNode node) {
        try {
            List<String> lines = StepDescription.of(node).lines().toList();
            String last = lines.get(lines.size() - 1);
            if (last.equals("* Cached, not recomputed")) {
                last = lines.get(lines.size() - 2);
            }
            return last.startsWith("( ") && last.endsWith(" )*") ? last.substring(2, last.length() - 3) : last;
        } catch (StratumError e) {
            // A step Stratum's plan holds in a form skrub's describe_steps has no name for: its kind.
            return node.kind();
        }
    }

    private static boolean allVariablesHaveValues(LogicalNode root) {
        Set<LogicalNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<LogicalNode> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            LogicalNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof Var v && v.value() == null) {
                return false;
            }
            todo.addAll(n.inputs());
        }
        return true;
    }
}
