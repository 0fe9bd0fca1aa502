package io.stratum.frontend.api;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.metadata.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code df.select_dtypes(include=..., exclude=...)}: the columns whose dtype is one of {@code include} (all when it
 * is left out) and none of {@code exclude}, in the frame's order, as pandas 3 picks them. The dtypes must be known
 * while the plan is built ({@link FrameFacts}); the result is the selection of those columns by name. A dtype is
 * given as pandas takes it: a name ({@code "number"}, {@code "float64"}, {@code "str"}, {@code "datetime"}, ...), a
 * Python type ({@code float}, {@code int}, {@code bool}, {@code str}) or a numpy type ({@code np.number},
 * {@code np.float64}, ...), or a list of them. Each is matched as pandas matches it: by numpy's type hierarchy, so
 * {@code "number"} and {@code np.integer} include durations (numpy's {@code timedelta64} is a signed integer) and
 * {@code "object"} includes pandas 3's {@code str} columns (its deprecated compatibility rule).
 */
final class FrameSelectDtypes {
    /** numpy's scalar types a script may name ({@code np.number}); each becomes the tagged constant of {@link #numpyType}. */
    static final List<String> NUMPY_TYPES = List.of("number", "integer", "signedinteger", "floating", "float64",
            "float32", "int64", "int32", "bool_", "object_", "datetime64", "timedelta64", "generic");

    private static final String TAG = "numpy.dtype";

    private FrameSelectDtypes() {
    }

    /**
     * The plan constant of {@code np.<name>} as a value ({@code np.number}), or null when it is not one of
     * {@link #NUMPY_TYPES}: the tagged form that scikit-learn's {@code dtype=} reads for {@code np.float32}.
     */
    static Const numpyType(String name) {
        return NUMPY_TYPES.contains(name) ? new Const.ListConst(List.of(Const.none(), Const.of(TAG), Const.of(name)), true) : null;
    }

    /** The columns of {@code frame} that {@code select_dtypes(*args, **kwargs)} keeps. */
    static DataOp of(DataOp frame, List<?> args, Map<String, ?> kwargs) {
        FrameFacts facts = FrameFacts.of(frame, StandardCatalog.get());
        if (facts == null || facts.column()) {
            throw error(facts == null ? "select_dtypes() is a method of frames, not of this value"
                    : "a column (pandas Series) has no method select_dtypes()", "call it on a frame: df.select_dtypes(include=\"number\")");
        }
        if (args.size() > 2) {
            throw error("select_dtypes() takes include and exclude, got " + args.size() + " positional arguments", null);
        }
        Object include = args.isEmpty() ? null : args.get(0);
        Object exclude = args.size() > 1 ? args.get(1) : null;
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            switch (e.getKey()) {
                case "include" -> {
                    if (!args.isEmpty()) {
                        throw error("select_dtypes() got multiple values for argument 'include'", null);
                    }
                    include = e.getValue();
                }
                case "exclude" -> {
                    if (args.size() > 1) {
                        throw error("select_dtypes() got multiple values for argument 'exclude'", null);
                    }
                    exclude = e.getValue();
                }
                default -> throw error("select_dtypes() got an unexpected keyword argument '" + e.getKey() + "'",
                        "it takes include= and exclude=");
            }
        }
        return WrittenAs.call(frame.get(selected(facts, include, exclude)), frame, "select_dtypes");
    }

    /**
     * The names of the columns of {@code frame} (a frame whose facts are known) that {@code select_dtypes(include,
     * exclude)} keeps, in the frame's order; scikit-learn's {@code make_column_selector(dtype_include=...)} picks them so.
     */
    static List<String> selected(FrameFacts facts, Object include, Object exclude) {
        List<Kind> in = kinds(include, "include");
        List<Kind> out = kinds(exclude, "exclude");
        if (in.isEmpty() && out.isEmpty()) {
            throw error("select_dtypes(): at least one of include or exclude must be nonempty",
                    "e.g. select_dtypes(include=\"number\") or select_dtypes(exclude=[\"object\", \"category\"])");
        }
        Set<Kind> overlap = new LinkedHashSet<>(in);
        overlap.retainAll(out);
        if (!overlap.isEmpty()) {
            throw error("select_dtypes(): include and exclude overlap on " + overlap.iterator().next().description,
                    "name each dtype in one of them only");
        }
        List<String> names = facts.columns("select_dtypes()");
        List<ColumnType> types = facts.types();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ColumnType t = types.get(i);
            if (t == ColumnType.UNKNOWN) {
                throw error("select_dtypes(): the dtype of column '" + names.get(i) + "' is not known while the plan is built:"
                        + " it depends on the values", "select the columns by name instead, e.g. df[[\"a\", \"b\"]]");
            }
            boolean included = in.isEmpty() || in.stream().anyMatch(k -> k.matches.test(t));
            boolean excluded = out.stream().anyMatch(k -> k.matches.test(t));
            if (included && !excluded) {
                kept.add(names.get(i));
            }
        }
        return kept;
    }

    /** pandas' dtype groups, each matching the plan's column types as pandas' {@code select_dtypes} does. */
    private enum Kind {
        NUMBER("numpy.number", t -> t.isNumeric() || t.isTimedelta()),
        INTEGER("numpy.integer", t -> t == ColumnType.INT64 || t.isTimedelta()),
        INT("int", t -> t == ColumnType.INT64),
        FLOATING("numpy.floating", t -> t == ColumnType.FLOAT64 || t == ColumnType.FLOAT32),
        FLOAT64("numpy.float64", t -> t == ColumnType.FLOAT64),
        FLOAT32("numpy.float32", t -> t == ColumnType.FLOAT32),
        BOOL("numpy.bool", t -> t == ColumnType.BOOL),
        OBJECT("numpy.object_", t -> t == ColumnType.STR),
        STR("str", t -> t == ColumnType.STR),
        CATEGORY("category", t -> t == ColumnType.CATEGORY),
        DATETIME("numpy.datetime64", t -> t.isDatetime() && !t.isZoned()),
        DATETIMETZ("datetimetz", ColumnType::isZoned),
        TIMEDELTA("numpy.timedelta64", ColumnType::isTimedelta),
        GENERIC("numpy.generic", t -> t != ColumnType.STR && t != ColumnType.CATEGORY && !t.isZoned()),
        /** A numpy type no Stratum column has (int32, uint8, float16, ...): it matches nothing, as in pandas. */
        NONE_OF_OURS("", t -> false);

        final String description;
        final Predicate<ColumnType> matches;

        Kind(String description, Predicate<ColumnType> matches) {
            this.description = description;
            this.matches = matches;
        }
    }

    private static List<Kind> kinds(Object spec, String argument) {
        List<Kind> out = new ArrayList<>();
        if (spec == null || spec instanceof Const.NoneConst) {
            return out;
        }
        if (spec instanceof Const.ListConst l && !isNumpyType(l)) {
            for (Const item : l.items()) {
                out.add(kind(item, argument));
            }
            return out;
        }
        if (spec instanceof Const c) {
            out.add(kind(c, argument));
            return out;
        }
        throw error("select_dtypes(): " + argument + " must be dtypes written in the script, e.g. \"number\" or"
                + " [np.float64, \"category\"]", null);
    }

    private static boolean isNumpyType(Const.ListConst l) {
        return l.tuple() && l.items().size() == 3 && l.items().get(0) instanceof Const.NoneConst
                && Const.of(TAG).equals(l.items().get(1));
    }

    private static Kind kind(Const spec, String argument) {
        String name;
        if (spec instanceof Const.ListConst l && isNumpyType(l) && l.items().get(2) instanceof Const.StrConst s) {
            name = "np." + s.value();
        } else if (spec instanceof Const.StrConst s) {
            name = s.value();
        } else {
            throw error("select_dtypes(): " + argument + " must name dtypes, got " + spec.repr(),
                    "e.g. include=\"number\", include=[\"float64\", \"category\"] or exclude=np.number");
        }
        return switch (name) {
            case "number", "np.number" -> Kind.NUMBER;
            case "integer", "np.integer", "signedinteger", "np.signedinteger" -> Kind.INTEGER;
            case "int", "int64", "i8", "long", "np.int64", "Int64" -> Kind.INT;
            case "float", "floating", "np.floating" -> Kind.FLOATING;
            case "float64", "f8", "double", "np.float64", "Float64" -> Kind.FLOAT64;
            case "float32", "f4", "single", "np.float32", "Float32" -> Kind.FLOAT32;
            case "bool", "bool_", "boolean", "np.bool_", "?" -> Kind.BOOL;
            case "object", "O", "object_", "np.object_" -> Kind.OBJECT;
            case "str", "string" -> Kind.STR;
            case "category" -> Kind.CATEGORY;
            case "datetime", "datetime64", "np.datetime64", "M", "M8", "datetime64[ns]", "<M8[ns]", "M8[ns]" -> Kind.DATETIME;
            case "datetimetz" -> Kind.DATETIMETZ;
            case "timedelta", "timedelta64", "np.timedelta64", "m", "m8", "timedelta64[ns]", "<m8[ns]", "m8[ns]" -> Kind.TIMEDELTA;
            case "np.generic" -> Kind.GENERIC;
            case "int8", "int16", "int32", "uint8", "uint16", "uint32", "uint64", "float16", "i4", "np.int32", "Int8",
                 "Int16", "Int32", "UInt8", "UInt16", "UInt32", "UInt64" -> Kind.NONE_OF_OURS;
            case "datetime64[s]", "datetime64[ms]", "datetime64[us]", "timedelta64[s]", "timedelta64[ms]", "timedelta64[us]" ->
                    throw error("select_dtypes(): '" + name + "' is too specific of a frequency, try passing '"
                            + name.substring(0, name.indexOf('[')) + "'", "pandas refuses it too; the unit does not matter there");
            case "U", "S", "unicode", "bytes" -> throw error("select_dtypes(): numpy string dtypes are not allowed, use 'str' or"
                    + " 'object' instead", null);
            default -> throw error("select_dtypes(): data type '" + name + "' not understood", name.startsWith("datetime64[")
                    ? "a time zone's name is not known while the plan is built; write \"datetimetz\" for the time-zone-aware columns"
                    : "e.g. \"number\", \"float64\", \"int64\", \"bool\", \"str\", \"object\", \"category\", \"datetime\","
                    + " \"datetimetz\" or \"timedelta\"");
        };
    }

    private static StratumError error(String message, String hint) {
        return new StratumError(SourceScope.current(), message, hint);
    }
}
