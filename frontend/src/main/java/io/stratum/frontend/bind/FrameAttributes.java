package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.FrameFacts;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code df.shape}, {@code len(df)}, {@code df.columns}, {@code df.dtypes} and a column's {@code dtype} as values
 * of the script while the plan is built ({@link FrameFacts}), so they can drive list comprehensions, arithmetic and
 * column selections; where the plan cannot tell them, a located error says why. The Series they give
 * ({@code df.dtypes}) iterates, indexes and prints as pandas' does.
 */
final class FrameAttributes {
    /** The attributes of a frame or column that are facts of the plan rather than deferred operations. */
    static final Set<String> NAMES = FrameFacts.ATTRIBUTES;
    static final Set<String> SERIES_ATTRIBUTES = Set.of("index", "values", "size", "shape");
    static final Set<String> SERIES_METHODS = Set.of("items", "keys", "tolist", "to_list", "to_dict");
    static final Set<String> LIST_METHODS = Set.of("tolist", "to_list");

    private FrameAttributes() {
    }

    static PyValue attribute(ScriptBinder b, DataOp op, String name, SourcePos pos) {
        FrameFacts f = facts(b, op, "." + name, pos);
        PyValue out;
        if (name.equals("shape") && f.rows() < 0) {
            // The rows are known when the plan runs: shape[0] is a value computed from the data.
            List<PyValue> dims = new ArrayList<>();
            for (long n : b.api(pos, f::shapeRowsLazy)) {
                dims.add(n < 0 ? new PyValue.Op(b.api(pos, op::rowCount)) : constant(n));
            }
            out = new PyValue.Sequence(dims, true);
        } else if (name.equals("size") && f.rows() < 0) {
            // a Series' rows, a frame's rows times its columns: computed from the data when the plan runs
            long cols = f.column() ? 1 : b.api(pos, f::shapeRowsLazy).get(1);
            out = new PyValue.Op(b.api(pos, () -> cols == 1 ? op.rowCount() : op.rowCount().times(cols)));
        } else {
            out = value(b.api(pos, () -> f.attribute(name)), name.equals("shape"));
        }
        if ((!f.column() || name.equals("shape")) && io.stratum.frontend.api.DataOpPrint.FACTS.contains(name)) {
            b.noteFact(out, op, name); // printed as skrub prints the GetAttr step
        }
        return out;
    }

    /** Whether {@code op} is a frame or a column, whose facts (shape, size, columns, ...) the plan may tell. */
    static boolean hasFacts(ScriptBinder b, DataOp op, SourcePos pos) {
        return b.api(pos, () -> FrameFacts.of(op, b.catalog())) != null;
    }

    /**
     * Whether the plan can tell a frame's {@code .name} (columns, dtypes, shape) before it runs; true for anything else,
     * whose errors {@link #attribute} reports.
     */
    static boolean known(ScriptBinder b, DataOp op, String name, SourcePos pos) {
        FrameFacts f = b.api(pos, () -> FrameFacts.of(op, b.catalog()));
        if (f == null || f.column()) {
            return true;
        }
        return switch (name) {
            case "dtypes" -> f.dtypes() != null;
            default -> f.columns() != null;
        };
    }

    private static PyValue value(Object v, boolean tuple) {
        return switch (v) {
            case Long n -> constant(n);
            case Boolean t -> new PyValue.Constant(Const.of(t));
            case String s -> new PyValue.Constant(Const.of(s));
            case List<?> l -> {
                List<PyValue> out = new ArrayList<>();
                for (Object o : l) {
                    out.add(value(o, false));
                }
                yield new PyValue.Sequence(out, tuple);
            }
            case Map<?, ?> m -> {
                List<PyValue> index = new ArrayList<>();
                List<PyValue> values = new ArrayList<>();
                m.forEach((k, x) -> {
                    index.add(value(k, false));
                    values.add(value(x, false));
                });
                yield new PyValue.Series(index, values);
            }
            default -> throw new IllegalArgumentException(String.valueOf(v));
        };
    }

    /** {@code len(df)}: the rows of a frame or column. */
    static PyValue len(ScriptBinder b, DataOp op, SourcePos pos) {
        FrameFacts f = facts(b, op, "len()", pos);
        // Where the plan cannot tell the rows, a value computed when the plan runs (Python's len() must give an int,
        // so the GraalPy frontend asks for df.shape[0] instead).
        return f.rows() < 0 ? new PyValue.Op(b.api(pos, op::rowCount)) : rows(b, f, "len()", pos);
    }

    private static FrameFacts facts(ScriptBinder b, DataOp op, String what, SourcePos pos) {
        FrameFacts f = b.api(pos, () -> FrameFacts.of(op, b.catalog()));
        if (f == null) {
            throw b.error(pos, what + " needs a frame or a column, and this DataOp is not one", null);
        }
        b.recordFactUse(f.variables(), pos);
        return f;
    }

    private static PyValue rows(ScriptBinder b, FrameFacts f, String what, SourcePos pos) {
        return constant(b.api(pos, () -> f.rows(what)));
    }

    static PyValue seriesAttribute(ScriptBinder b, PyValue.Series s, String name, SourcePos pos) {
        return switch (name) {
            case "index" -> new PyValue.Sequence(s.index(), false);
            case "values" -> new PyValue.Sequence(s.values(), false);
            case "size" -> constant(s.values().size());
            case "shape" -> new PyValue.Sequence(List.of(constant(s.values().size())), true);
            case String m when SERIES_METHODS.contains(m) -> new PyValue.BoundMethod(s, name);
            default -> throw b.error(pos, "this Series has no attribute '" + name + "' that Stratum knows",
                    "use .items(), .index, .values, .tolist() or s[label]");
        };
    }

    static PyValue seriesMethod(ScriptBinder b, PyValue.Series s, String name, List<PyValue> args, Map<String, PyValue> kwargs,
                                SourcePos pos) {
        if (!args.isEmpty() || !kwargs.isEmpty()) {
            throw b.error(pos, "Series." + name + "() takes no arguments here", null);
        }
        return switch (name) {
            case "items" -> {
                List<PyValue> out = new ArrayList<>();
                for (int i = 0; i < s.index().size(); i++) {
                    out.add(new PyValue.Sequence(List.of(s.index().get(i), s.values().get(i)), true));
                }
                yield new PyValue.Sequence(out, false);
            }
            case "keys" -> new PyValue.Sequence(s.index(), false);
            case "tolist", "to_list" -> new PyValue.Sequence(s.values(), false);
            case "to_dict" -> new PyValue.Mapping(s.index(), s.values());
            default -> throw b.error(pos, "Series has no method " + name + " that Stratum knows", null);
        };
    }

    static PyValue listMethod(ScriptBinder b, PyValue.Sequence s, String name, List<PyValue> args, Map<String, PyValue> kwargs,
                              SourcePos pos) {
        if (!args.isEmpty() || !kwargs.isEmpty()) {
            throw b.error(pos, name + "() takes no arguments", null);
        }
        return new PyValue.Sequence(s.items(), false);
    }

    /** {@code s[label]}. */
    static PyValue item(ScriptBinder b, PyValue.Series s, PyValue key, SourcePos pos) {
        for (int i = 0; i < s.index().size(); i++) {
            if (s.index().get(i).equals(key)) {
                return s.values().get(i);
            }
        }
        throw b.error(pos, "KeyError: " + b.repr(key, pos) + " is not in the Series' index", "its labels are " + b.repr(
                new PyValue.Sequence(s.index(), false), pos));
    }

    /** pandas' text of a Series of strings (as {@code print(df.dtypes)} shows it). */
    static String repr(ScriptBinder b, PyValue.Series s, SourcePos pos) {
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int lw = 0;
        int vw = 0;
        for (int i = 0; i < s.index().size(); i++) {
            labels.add(b.str(s.index().get(i), pos));
            values.add(b.str(s.values().get(i), pos));
            lw = Math.max(lw, labels.getLast().length());
            vw = Math.max(vw, values.getLast().length());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            out.append(labels.get(i)).append(" ".repeat(lw - labels.get(i).length() + 4 + vw - values.get(i).length()))
                    .append(values.get(i)).append('\n');
        }
        if (labels.isEmpty()) {
            return "Series([], dtype: object)";
        }
        return out.append("dtype: object").toString();
    }

    private static PyValue constant(long v) {
        return new PyValue.Constant(Const.of(v));
    }
}
