package io.stratum.optimizer.lower;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The text skrub's {@code .skb.describe_param_grid()} returns: one entry per sub-grid of skrub's parameter grid
 * ({@code - } first, then indented), each choice as {@code <display name>: <range>}: a numeric range as its repr, one
 * outcome as its name's repr (a dict's key) or the outcome's short repr, several as the list of names or of outcomes
 * (reprlib's short form: at most 6 items, strings cut at 30 characters); a choice clamped because it builds X or y shows
 * only its default (a numeric one as the numpy scalar skrub computes, {@code [np.int64(2)]}). {@code <empty parameter grid>} without choices.
 */
public final class ParamGridDescription {
    private static final int MAX_LIST = 6;

    private ParamGridDescription() {
    }

    /** skrub's {@code describe_param_grid(data_op)} of {@code root} (a search's input is described for a search). */
    public static String describe(LogicalNode root) {
        LogicalNode plan = root instanceof SearchRoot s ? s.input() : root;
        StringBuilder out = new StringBuilder();
        for (List<ParameterSampling.GridEntry> grid : ParameterSampling.paramGrid(plan)) {
            String prefix = "- ";
            for (ParameterSampling.GridEntry e : grid) {
                Choice c = e.choice();
                out.append(prefix).append(c.name()).append(": ");
                if (e.indices() == null && e.clampedValue() == null) {
                    out.append(c.range().repr(named(c) ? c.name() : null));
                } else if (e.clampedValue() != null) {
                    // skrub clamps a numeric choice to its default, a numpy scalar: listed with numpy's repr.
                    out.append('[').append(switch (e.clampedValue()) {
                        case Const.IntConst n -> "np.int64(" + n.value() + ")";
                        case Const.FloatConst f -> "np.float64(" + PyFormat.floatRepr(f.value()) + ")";
                        default -> shortRepr(e.clampedValue(), c);
                    }).append(']');
                } else if (e.indices().size() == 1) {
                    int i = e.indices().get(0);
                    out.append(outcomeNamed(c, i) ? PyFormat.strRepr(labelText(c, i)) : outcomeRepr(c, i));
                } else {
                    boolean names = true;
                    for (int i : e.indices()) {
                        names &= outcomeNamed(c, i);
                    }
                    List<String> parts = new ArrayList<>();
                    for (int k = 0; k < e.indices().size(); k++) {
                        int i = e.indices().get(k);
                        if (!names && k == MAX_LIST) {
                            parts.add("...");
                            break;
                        }
                        parts.add(names ? PyFormat.strRepr(labelText(c, i)) : outcomeRepr(c, i));
                    }
                    out.append('[').append(String.join(", ", parts)).append(']');
                }
                out.append('\n');
                prefix = "  ";
            }
        }
        return out.isEmpty() ? "<empty parameter grid>\n" : out.toString();
    }

    /** A numeric choice is named when its name is not its own repr (skrub displays an unnamed one by its repr). */
    private static boolean named(Choice c) {
        return !c.name().equals(c.range().repr(null));
    }

    /** Whether outcome {@code i} has a name (a dict's key), which skrub shows instead of the outcome. */
    static boolean outcomeNamed(Choice c, int i) {
        LogicalNode outcome = c.outcomes().get(i);
        Const label = c.labels().get(i);
        return switch (outcome) {
            case Value v -> !v.value().equals(label);
            case Estimator e -> !Const.of(e.repr()).equals(label);
            default -> !Const.of(outcome.kind()).equals(label);
        };
    }

    static String labelText(Choice c, int i) {
        return c.labels().get(i) instanceof Const.StrConst s ? s.value() : c.labels().get(i).repr();
    }

    /** reprlib's short repr of outcome {@code i}, as skrub's {@code short_repr} gives it. */
    static String outcomeRepr(Choice c, int i) {
        LogicalNode outcome = c.outcomes().get(i);
        return switch (outcome) {
            case Value v -> shortRepr(v.value(), c);
            case Estimator e when !e.repr().contains("<choice>") -> {
                String r = e.repr();
                if (r.length() > 50) {
                    int open = r.indexOf('(');
                    yield r.substring(0, open + 1) + r.substring(open + 1, Math.min(r.length() - 1, open + 21)) + "...)";
                }
                yield r;
            }
            default -> throw new StratumError(c.origin(), "describe_param_grid: Stratum cannot show the outcome "
                    + outcome.kind() + " of choice '" + c.name() + "' as skrub does yet",
                    "name the outcomes: choose_from({\"name\": ..., ...}) shows the names");
        };
    }

    private static String shortRepr(Const value, Choice c) {
        return switch (value) {
            case Const.StrConst s -> cut(PyFormat.strRepr(s.value()), 30);
            case Const.IntConst n -> cut(n.repr(), 40);
            case Const.FloatConst f -> PyFormat.floatRepr(f.value());
            case Const.BoolConst b -> b.repr();
            case Const.NoneConst n -> "None";
            default -> throw new StratumError(c.origin(), "describe_param_grid: Stratum cannot show the outcome "
                    + value.repr() + " of choice '" + c.name() + "' as skrub does yet", null);
        };
    }

    /** reprlib's cut of a long repr: its head and tail around "...". */
    private static String cut(String r, int max) {
        if (r.length() <= max) {
            return r;
        }
        int i = Math.max(0, (max - 3) / 2);
        int j = Math.max(0, max - 3 - i);
        return r.substring(0, i) + "..." + r.substring(r.length() - j);
    }
}
