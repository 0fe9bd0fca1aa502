package io.stratum.frontend.api;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.metadata.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reduction with {@code numeric_only=True} ({@code df.mean(numeric_only=True)},
 * {@code df.groupby(k).sum(numeric_only=True)}): pandas reduces only the numeric columns — int, float and bool, not
 * durations, datetimes, text or categories — and, after a group-by, only those that are not keys. It is written as
 * the same reduction of those columns selected by name, which needs the columns' dtypes while the plan is built
 * ({@link FrameFacts}); on a column, pandas refuses the flag for a non-numeric dtype and ignores it otherwise.
 */
final class NumericOnlyReductions {
    /** The frame and group-by reductions that take {@code numeric_only} in pandas and that Stratum computes. */
    static final Set<String> METHODS = Set.of("mean", "median", "sum", "min", "max", "std", "var", "count", "quantile",
            "first", "last");

    private NumericOnlyReductions() {
    }

    /** Whether {@code kwargs} asks for {@code numeric_only=True}. */
    static boolean asked(String method, Map<String, ?> kwargs) {
        return METHODS.contains(method) && Const.of(true).equals(kwargs.get("numeric_only"));
    }

    /**
     * {@code receiver.method(*args, **kwargs)} with {@code numeric_only=True}, as a reduction of the numeric columns; null
     * when the receiver is not a frame, a column or a group-by of a frame whose keys are written in the script (the
     * call then binds as it is, and binding says what is wrong).
     */
    static DataOp of(DataOp receiver, String method, List<?> args, Map<String, ?> kwargs) {
        Map<String, Object> rest = new LinkedHashMap<>(kwargs);
        rest.remove("numeric_only");
        LogicalNode node = receiver.node();
        if (node instanceof CallMethod g && g.method().equals("groupby")) {
            return grouped(receiver, g, null, method, args, rest);
        }
        if (node instanceof GetItem s && s.input() instanceof CallMethod g && g.method().equals("groupby")
                && s.key() instanceof Value v && v.value() instanceof Const.ListConst l && l.asStrings() != null) {
            return grouped(receiver, g, l.asStrings(), method, args, rest);
        }
        if (method.equals("first") || method.equals("last")) {
            return null; // first()/last() of a frame or column are not reductions in pandas
        }
        FrameFacts facts = FrameFacts.of(receiver, StandardCatalog.get());
        if (facts == null) {
            return null;
        }
        String what = method + "(numeric_only=True)";
        if (facts.column()) {
            ColumnType t = types(facts, what).getFirst();
            if (!numeric(t)) {
                throw new StratumError(SourceScope.current(), "Series." + method + " does not allow numeric_only=True with"
                        + " non-numeric dtypes (column '" + facts.columns().getFirst() + "' is " + t.label() + ")",
                        "leave numeric_only out for a column");
            }
            return receiver.call(method, args, rest);
        }
        List<String> kept = numericColumns(facts, what, List.of(), null);
        if (method.equals("quantile")) {
            List<ColumnType> types = types(facts, what);
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i) == ColumnType.BOOL) {
                    throw new StratumError(SourceScope.current(), what + ": pandas cannot take a quantile of the bool column '"
                            + facts.columns().get(i) + "' (numpy boolean subtract is not supported)",
                            "select the number columns first, e.g. df.select_dtypes(\"number\").quantile(...)");
                }
            }
        }
        return receiver.get(kept).call(method, args, rest);
    }

    private static DataOp grouped(DataOp receiver, CallMethod groupby, List<String> selection, String method, List<?> args,
                                  Map<String, Object> rest) {
        List<String> keys = keys(groupby);
        if (keys == null) {
            return null;
        }
        String what = "groupby(...)." + method + "(numeric_only=True)";
        FrameFacts facts = FrameFacts.of(DataOp.of(groupby.receiver()), StandardCatalog.get());
        if (facts == null || facts.column()) {
            return null;
        }
        if (method.equals("count")) {
            throw new StratumError(SourceScope.current(), "GroupBy.count() got an unexpected keyword argument 'numeric_only'",
                    "leave numeric_only out: count() counts the non-missing values of every column");
        }
        List<String> kept = numericColumns(facts, what, keys, selection);
        return DataOp.of(groupby).get(kept).call(method, args, rest);
    }

    /** The numeric columns of the frame, in its order, that are not keys and are in {@code selection} (when given). */
    private static List<String> numericColumns(FrameFacts facts, String what, List<String> keys, List<String> selection) {
        List<String> names = facts.columns(what);
        List<ColumnType> types = types(facts, what);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!keys.contains(name) && (selection == null || selection.contains(name)) && numeric(types.get(i))) {
                kept.add(name);
            }
        }
        if (selection != null) {
            // pandas keeps the selection's order
            List<String> ordered = new ArrayList<>();
            for (String s : selection) {
                if (kept.contains(s)) {
                    ordered.add(s);
                }
            }
            return ordered;
        }
        return kept;
    }

    private static List<ColumnType> types(FrameFacts facts, String what) {
        List<String> names = facts.columns(what);
        for (int i = 0; i < names.size(); i++) {
            if (facts.types().get(i) == ColumnType.UNKNOWN) {
                throw new StratumError(SourceScope.current(), what + ": the dtype of column '" + names.get(i)
                        + "' is not known while the plan is built: it depends on the values",
                        "select the columns to reduce by name instead, e.g. df[[\"a\", \"b\"]]." + what.replace("(numeric_only=True)", "()"));
            }
        }
        return facts.types();
    }

    /** pandas' numeric data: int, float and bool columns. */
    private static boolean numeric(ColumnType t) {
        return t == ColumnType.INT64 || t == ColumnType.FLOAT64 || t == ColumnType.FLOAT32 || t == ColumnType.BOOL;
    }

    /** The group keys written in the script ({@code by} or the first positional argument), or null. */
    private static List<String> keys(CallMethod groupby) {
        LogicalNode by = null;
        int positional = 0;
        for (Arg a : groupby.args()) {
            if (a.isKeyword() ? a.keyword().equals("by") : positional++ == 0) {
                by = a.value();
            }
        }
        if (!(by instanceof Value v)) {
            return null;
        }
        return switch (v.value()) {
            case Const.StrConst s -> List.of(s.value());
            case Const.ListConst l when l.asStrings() != null -> l.asStrings();
            default -> null;
        };
    }
}
