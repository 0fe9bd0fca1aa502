package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.value.Const;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pandas readers a script may call ({@code pd.read_csv}, ...): their keyword arguments are checked against the
 * API catalog and passed as constants to the DataOps API, which builds the read.
 */
final class PandasReaders {
    /** The reader functions of {@code pandas} the binder knows. */
    static final List<String> FUNCTIONS = List.of("read_csv", "read_parquet", "read_feather", "read_json");

    private PandasReaders() {
    }

    static PyValue call(ScriptBinder b, ApiCatalog catalog, Path workingDirectory, String qualifiedName,
                        List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        String function = qualifiedName.substring("pandas.".length());
        ApiEntry entry = catalog.lookup(qualifiedName);
        Arguments a = new Arguments(b, qualifiedName, args, kwargs, pos);
        String path = a.string(0, entry.paramNames().getFirst(), true);
        Map<String, Const> options = new LinkedHashMap<>();
        for (String k : a.remainingKeywords()) {
            if (entry.param(k) == null) {
                throw b.error(pos, function + ": Stratum does not support the argument '" + k + "' yet",
                        "supported: " + String.join(", ", entry.paramNames()));
            }
            PyValue v = a.value(-1, k, false);
            Const c = constant(v);
            String problem = c == null ? "'" + k + "' must be a constant (a string, number, list or dict of them)"
                    : entry.param(k).check(c);
            if (problem == null) {
                problem = entry.param(k).checkSupported(c);
            }
            if (problem != null) {
                throw b.error(pos, function + ": " + problem, null);
            }
            options.put(k, c);
        }
        a.done();
        return switch (function) {
            case "read_csv" -> new PyValue.Op(b.api(pos, () -> DataOps.readCsv(path, workingDirectory, options)));
            case "read_parquet" -> new PyValue.Op(b.api(pos, () -> DataOps.readParquet(path, workingDirectory, options)));
            case "read_feather" -> new PyValue.Op(b.api(pos, () -> DataOps.readFeather(path, workingDirectory, options)));
            case "read_json" -> new PyValue.Op(b.api(pos, () -> DataOps.readJson(path, workingDirectory, options)));
            default -> throw b.error(pos, "Stratum does not support pandas." + function + "() yet", null);
        };
    }

    /**
     * A keyword argument as a constant: lists and dicts of constants become list and dict constants, and the
     * builtin types a {@code dtype=} names ({@code str}, {@code int}, {@code float}, {@code bool}) their dtype names.
     */
    private static Const constant(PyValue v) {
        return switch (v) {
            case PyValue.Constant c -> c.value();
            case PyValue.Builtin t -> switch (t.name()) {
                case "str" -> Const.of("str");
                case "int" -> Const.of("int64");
                case "float" -> Const.of("float64");
                case "bool" -> Const.of("bool");
                default -> null;
            };
            case PyValue.Sequence s -> {
                List<Const> items = new ArrayList<>();
                for (PyValue item : s.items()) {
                    Const c = constant(item);
                    if (c == null) {
                        yield null;
                    }
                    items.add(c);
                }
                yield new Const.ListConst(items, s.tuple());
            }
            case PyValue.Mapping m -> {
                List<Const> keys = new ArrayList<>();
                List<Const> values = new ArrayList<>();
                for (int i = 0; i < m.keys().size(); i++) {
                    Const k = constant(m.keys().get(i));
                    Const val = constant(m.values().get(i));
                    if (k == null || val == null) {
                        yield null;
                    }
                    keys.add(k);
                    values.add(val);
                }
                yield new Const.DictConst(keys, values);
            }
            default -> null;
        };
    }
}
