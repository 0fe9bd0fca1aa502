package io.stratum.frontend.api;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.metadata.ColumnType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code df.nlargest(n, column)}, {@code df.nsmallest(n, column)} and the same of a column ({@code df["a"].nlargest(n)})
 * with pandas' default {@code keep="first"}: the {@code n} rows with the largest (smallest) values, largest first,
 * rows of equal values in their order, missing values after every number (pandas appends them when fewer than
 * {@code n} numbers remain), their row labels kept. pandas' selection (a partial sort, then a stable sort of the
 * picked values) gives exactly the rows of a stable sort by the column followed by {@code head(n)}, which is how it
 * is written here; a column taken from a frame is sorted with its frame and then selected.
 */
final class NLargest {
    private NLargest() {
    }

    static DataOp of(DataOp receiver, String method, List<?> args, Map<String, ?> kwargs) {
        boolean largest = method.equals("nlargest");
        FrameFacts facts = FrameFacts.of(receiver, StandardCatalog.get());
        if (facts == null) {
            throw error(method + "() is a method of frames and columns, not of this value", null);
        }
        // a Series whose index holds keys (value_counts(), groupby(k)[c].mean()): its values, sorted, keys kept
        boolean keyed = KeyedShape.seriesOf(receiver);
        boolean column = facts.column() || keyed;
        List<String> names = column ? List.of("n", "keep") : List.of("n", "columns", "keep");
        Map<String, Object> given = new LinkedHashMap<>();
        if (args.size() > names.size()) {
            throw error(method + "() takes " + String.join(", ", names) + ", got " + args.size() + " positional arguments", null);
        }
        for (int i = 0; i < args.size(); i++) {
            given.put(names.get(i), args.get(i));
        }
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            if (!names.contains(e.getKey())) {
                throw error(method + "() got an unexpected keyword argument '" + e.getKey() + "'", "it takes "
                        + String.join(", ", names));
            }
            if (given.put(e.getKey(), e.getValue()) != null) {
                throw error(method + "() got multiple values for argument '" + e.getKey() + "'", null);
            }
        }
        Object n = given.getOrDefault("n", Const.of(5L));
        if (!(n instanceof Const.IntConst count)) {
            throw error(method + "(): n must be an int written in the script, got " + describe(n), "e.g. " + method + "(10, \"price\")");
        }
        Object keep = given.getOrDefault("keep", Const.of("first"));
        if (!Const.of("first").equals(keep)) {
            boolean known = Const.of("last").equals(keep) || Const.of("all").equals(keep);
            throw error(method + "(keep=" + describe(keep) + ") is not supported" + (known ? " by Stratum yet" : ""),
                    known ? "leave keep at its default, 'first' (rows of equal values in their order)"
                            : "keep must be 'first', 'last' or 'all'");
        }
        String by;
        if (keyed) {
            by = null;
        } else if (column) {
            by = facts.columns().getFirst();
        } else {
            if (!given.containsKey("columns")) {
                throw error(method + "() missing 1 required positional argument: 'columns'", "e.g. df." + method + "(10, \"price\")");
            }
            Object columns = given.get("columns");
            by = switch (columns) {
                case Const.StrConst s -> s.value();
                case Const.ListConst l when l.asStrings() != null && l.asStrings().size() == 1 -> l.asStrings().getFirst();
                case Const.ListConst l when l.asStrings() != null -> throw error(method + "() by several columns is not"
                        + " supported by Stratum yet (pandas breaks ties of one column by the next, keeping missing values"
                        + " of the later ones)", "order by one column, or write sort_values([...], ascending=False,"
                        + " kind=\"stable\").head(n) for rows without missing values");
                default -> throw error(method + "(): columns must be a column name, got " + describe(columns), null);
            };
        }
        List<String> frameColumns = keyed ? List.of() : facts.columns(method + "()");
        int at = keyed ? -1 : frameColumns.indexOf(by);
        if (at < 0 && !keyed) {
            throw error(method + "(): no column '" + by + "' in the frame", "its columns are " + String.join(", ", frameColumns));
        }
        ColumnType t = keyed ? facts.types() == null ? ColumnType.UNKNOWN : facts.types().getLast()
                : facts.types() == null ? ColumnType.UNKNOWN : facts.types().get(at);
        if (t == ColumnType.STR || t == ColumnType.CATEGORY) {
            throw error(column ? "Cannot use method '" + method + "' with dtype " + t.label()
                    : "Column '" + by + "' has dtype " + t.label() + ", cannot use method '" + method + "' with this dtype",
                    "pandas picks rows by numbers, booleans, datetimes or durations; sort text with sort_values");
        }
        long rows = Math.max(0, count.value());
        Map<String, Object> sort = new LinkedHashMap<>();
        sort.put("ascending", Const.of(!largest));
        sort.put("kind", Const.of("stable"));
        if (keyed) {
            return WrittenAs.call(receiver.call("sort_values", List.of(), sort).call("head", List.of(Const.of(rows)), Map.of()),
                    receiver, method);
        }
        if (!column) {
            return WrittenAs.call(receiver.call("sort_values", List.of(Const.of(by)), sort)
                    .call("head", List.of(Const.of(rows)), Map.of()), receiver, method);
        }
        if (receiver.node() instanceof GetItem g && g.key() instanceof Value v && v.value() instanceof Const.StrConst name) {
            // a frame's column: the frame's rows in that order, then the column (its name and labels)
            return WrittenAs.call(DataOp.of(g.input()).call("sort_values", List.of(name), sort)
                    .call("head", List.of(Const.of(rows)), Map.of()).get(name.value()), receiver, method);
        }
        throw error(method + "() of a computed column is not supported by Stratum yet",
                "assign it to a frame first: df.assign(v=...).nlargest(n, \"v\")");
    }

    private static String describe(Object v) {
        return v instanceof Const c ? c.repr() : "a DataOp";
    }

    private static StratumError error(String message, String hint) {
        return new StratumError(SourceScope.current(), message, hint);
    }
}
