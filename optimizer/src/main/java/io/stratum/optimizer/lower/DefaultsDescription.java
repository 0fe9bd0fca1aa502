package io.stratum.optimizer.lower;

import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dict skrub's {@code .skb.describe_defaults()} returns: each choice the default learner uses (nested choices of
 * outcomes it does not pick are left out), by display name, in skrub's choice order, with a simplified value: the
 * outcome's name when the outcomes are named (a dict's keys), else the outcome itself when it is a number, bool, str
 * or None, else its short repr ({@code 'StandardScaler()'}); a numeric choice's default number.
 */
public final class DefaultsDescription {
    private DefaultsDescription() {
    }

    /** skrub's {@code describe_defaults()} of {@code root} (a search's input for a search), as a dict constant. */
    public static Const.DictConst describe(LogicalNode root) {
        LogicalNode plan = root instanceof SearchRoot s ? s.input() : root;
        List<Const> keys = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        for (Map.Entry<Choice, Integer> e : ParameterSampling.defaultChoices(plan).entrySet()) {
            Choice c = e.getKey();
            int i = e.getValue();
            keys.add(Const.of(c.name()));
            if (i < 0) {
                values.add(c.range().continuousDefault());
            } else if (c.range() != null) {
                // a numeric grid's value, as the built-in number skrub converts numpy's to
                values.add(c.labels().get(i));
            } else if (ParamGridDescription.outcomeNamed(c, i)) {
                values.add(Const.of(ParamGridDescription.labelText(c, i)));
            } else if (c.outcomes().get(i) instanceof io.stratum.ir.logical.Value v && simple(v.value())) {
                values.add(v.value());
            } else {
                values.add(Const.of(ParamGridDescription.outcomeRepr(c, i)));
            }
        }
        return new Const.DictConst(keys, values);
    }

    private static boolean simple(Const value) {
        return value instanceof Const.IntConst || value instanceof Const.FloatConst || value instanceof Const.BoolConst
                || value instanceof Const.StrConst || value instanceof Const.NoneConst;
    }
}
