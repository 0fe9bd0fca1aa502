package io.stratum.optimizer.rules;

import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.value.Const;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Columns a frame is known to have whenever it is computed at all, from the plan alone: a selection has the
 * columns it selected, an assign adds its names, a drop removes its columns. Sources prove nothing (their schema
 * is data), so this is a lower bound. Rules use it so that a rewrite never skips a check that would have raised.
 */
final class KnownColumns {
    private KnownColumns() {
    }

    static Set<String> of(LogicalNode frame) {
        Set<String> out = new LinkedHashSet<>();
        switch (frame) {
            case GetItem g when columnList(g.key()) != null -> out.addAll(columnList(g.key()));
            case Assign a -> {
                out.addAll(of(a.input()));
                out.addAll(a.names());
            }
            case Drop d -> {
                out.addAll(of(d.input()));
                d.columns().forEach(out::remove);
            }
            case Var v when v.value() != null -> out.addAll(of(v.value()));
            default -> {
            }
        }
        return out;
    }

    /** The names of a {@code df[[...]]} key, or null when the key is not a constant list of names. */
    static List<String> columnList(LogicalNode key) {
        return key instanceof Value v && v.value() instanceof Const.ListConst l ? l.asStrings() : null;
    }

    /** The name of a {@code df["name"]} key, or null. */
    static String columnName(LogicalNode key) {
        return key instanceof Value v && v.value() instanceof Const.StrConst s ? s.value() : null;
    }
}
