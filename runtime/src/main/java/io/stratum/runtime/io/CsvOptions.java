package io.stratum.runtime.io;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of pandas' {@code read_csv} that Stratum honours: {@code sep}, {@code usecols}, {@code dtype},
 * {@code na_values}, {@code keep_default_na}, {@code quotechar} and {@code quoting}; plus the scan's pruned column
 * list.
 *
 * @param separator    the field separator ({@code sep}), one character
 * @param columns      the columns to keep (the optimizer's pruned list; names the file lacks are ignored), null for all
 * @param usecols      the script's {@code usecols}: every name must be a column of the file; null for all
 * @param dtypes       forced types by column name ({@code dtype})
 * @param allDtype     a type forced on every column ({@code dtype="str"}), or null
 * @param naValues     extra missing-value strings for every column ({@code na_values} as a string or list)
 * @param columnNa     extra missing-value strings by column ({@code na_values} as a dict)
 * @param keepDefaultNa whether pandas' default missing-value strings count ({@code keep_default_na})
 * @param quoteChar    the quote character, or -1 for none ({@code quoting=csv.QUOTE_NONE})
 * @param parseDates   the columns to read as datetime64[us] ({@code parse_dates}); a column pandas cannot parse
 *                     with one inferred layout stays str, as pandas leaves it
 */
public record CsvOptions(char separator, List<String> columns, List<String> usecols, Map<String, DataType> dtypes, DataType allDtype,
                         Set<String> naValues, Map<String, Set<String>> columnNa, boolean keepDefaultNa, int quoteChar, List<String> parseDates) {

    /** pandas' defaults: comma-separated, every column, types inferred, its default missing-value strings. */
    public static final CsvOptions DEFAULT = new CsvOptions(',', null, null, Map.of(), null, Set.of(), Map.of(), true, '"', List.of());

    public CsvOptions {
        columns = columns == null ? null : List.copyOf(columns);
        usecols = usecols == null ? null : List.copyOf(usecols);
        dtypes = Map.copyOf(dtypes);
        naValues = Set.copyOf(naValues);
        columnNa = Map.copyOf(columnNa);
        parseDates = List.copyOf(parseDates);
    }

    /** The same options reading only {@code newColumns} (null: all). */
    public CsvOptions withColumns(List<String> newColumns) {
        return new CsvOptions(separator, newColumns, usecols, dtypes, allDtype, naValues, columnNa, keepDefaultNa, quoteChar, parseDates);
    }

    /** The missing-value strings of column {@code name}. */
    public Set<String> naStrings(String name) {
        Set<String> out = new LinkedHashSet<>();
        if (keepDefaultNa) {
            out.addAll(CsvReader.DEFAULT_NA_VALUES);
        }
        out.addAll(naValues);
        out.addAll(columnNa.getOrDefault(name, Set.of()));
        return out;
    }

    /** The type forced on column {@code name}, or null to infer it. */
    public DataType forcedType(String name) {
        DataType t = dtypes.get(name);
        return t != null ? t : allDtype;
    }

    /**
     * The options a script passed to {@code read_csv}, as keyword → constant (already checked against the catalog);
     * {@code columns} is the scan's column list. Values pandas accepts but Stratum cannot run are refused here.
     */
    public static CsvOptions fromConst(Const.DictConst options, List<String> columns) {
        char sep = ',';
        List<String> usecols = null;
        Map<String, DataType> dtypes = new LinkedHashMap<>();
        DataType allDtype = null;
        Set<String> na = new LinkedHashSet<>();
        Map<String, Set<String>> columnNa = new LinkedHashMap<>();
        boolean keepDefault = true;
        int quote = '"';
        boolean quoteNone = false;
        List<String> parseDates = List.of();
        for (int i = 0; i < options.keys().size(); i++) {
            String key = ((Const.StrConst) options.keys().get(i)).value();
            Const value = options.values().get(i);
            switch (key) {
                case "sep", "delimiter" -> {
                    String s = string(key, value);
                    if (s.length() != 1 || s.charAt(0) == '\n' || s.charAt(0) == '\r') {
                        throw new DataException("read_csv(" + key + "=" + value.repr() + "): only a one-character separator"
                                + " is supported (pandas reads longer ones as regular expressions); use e.g. sep=';' or"
                                + " sep='\\t'");
                    }
                    sep = s.charAt(0);
                }
                case "usecols" -> {
                    if (!(value instanceof Const.ListConst l) || l.asStrings() == null) {
                        throw new DataException("read_csv(usecols=" + value.repr() + "): Stratum takes a list of column"
                                + " names here");
                    }
                    usecols = l.asStrings();
                }
                case "dtype" -> {
                    if (value instanceof Const.DictConst d) {
                        for (int j = 0; j < d.keys().size(); j++) {
                            dtypes.put(string("dtype key", d.keys().get(j)), dtype(d.values().get(j)));
                        }
                    } else {
                        allDtype = dtype(value);
                    }
                }
                case "na_values" -> {
                    if (value instanceof Const.DictConst d) {
                        for (int j = 0; j < d.keys().size(); j++) {
                            columnNa.computeIfAbsent(string("na_values key", d.keys().get(j)), k -> new LinkedHashSet<>())
                                    .addAll(strings(d.values().get(j)));
                        }
                    } else if (!(value instanceof Const.NoneConst)) {
                        na.addAll(strings(value));
                    }
                }
                case "parse_dates" -> {
                    if (value instanceof Const.ListConst l && l.asStrings() != null) {
                        parseDates = l.asStrings();
                    } else if (!value.equals(Const.of(false)) && !(value instanceof Const.NoneConst)) {
                        throw new DataException("read_csv(parse_dates=" + value.repr() + "): Stratum takes a list of"
                                + " column names here, e.g. parse_dates=['date']");
                    }
                }
                case "keep_default_na" -> keepDefault = ((Const.BoolConst) value).value();
                case "quotechar" -> {
                    String s = string(key, value);
                    if (s.length() != 1) {
                        throw new DataException("read_csv(quotechar=" + value.repr() + "): the quote must be one character");
                    }
                    quote = s.charAt(0);
                }
                case "quoting" -> {
                    long q = ((Const.IntConst) value).value();
                    if (q == 3) {
                        quoteNone = true;
                    } else if (q != 0) {
                        throw new DataException("read_csv(quoting=" + q + "): only csv.QUOTE_MINIMAL (0) and csv.QUOTE_NONE (3)"
                                + " are supported");
                    }
                }
                default -> throw new DataException("read_csv(" + key + "=...) is not supported");
            }
        }
        if (sep == quote && !quoteNone) {
            throw new DataException("read_csv: the separator and the quote character are both '" + sep + "'");
        }
        return new CsvOptions(sep, columns, usecols, dtypes, allDtype, na, columnNa, keepDefault, quoteNone ? -1 : quote, parseDates);
    }

    private static String string(String what, Const value) {
        if (value instanceof Const.StrConst s) {
            return s.value();
        }
        throw new DataException("read_csv: " + what + " must be a string, got " + value.repr());
    }

    /** A na_values entry: a string, a number (pandas compares its text) or a list of them. */
    private static List<String> strings(Const value) {
        List<String> out = new ArrayList<>();
        switch (value) {
            case Const.ListConst l -> {
                for (Const c : l.items()) {
                    out.addAll(strings(c));
                }
            }
            case Const.StrConst s -> out.add(s.value());
            case Const.IntConst n -> out.add(Long.toString(n.value()));
            case Const.FloatConst f -> out.add(io.stratum.ir.value.PyFormat.floatRepr(f.value()));
            default -> throw new DataException("read_csv(na_values=...): expected strings, got " + value.repr());
        }
        return out;
    }

    /** A dtype as a script writes it: a numpy/pandas name or the builtin types str, int, float, bool. */
    static DataType dtype(Const value) {
        String name = value instanceof Const.StrConst s ? s.value() : null;
        if (name != null) {
            switch (name) {
                case "str", "string", "object", "O" -> {
                    return DataType.STRING;
                }
                case "float", "float64", "f8", "double" -> {
                    return DataType.FLOAT64;
                }
                case "int", "int64", "i8" -> {
                    return DataType.INT64;
                }
                case "bool", "boolean" -> {
                    return DataType.BOOL;
                }
                case "category" -> {
                    return DataType.CATEGORY;
                }
                default -> {
                }
            }
        }
        throw new DataException("read_csv(dtype=" + value.repr() + "): Stratum reads columns as 'str', 'float64', 'int64',"
                + " 'bool' or 'category'; convert other types after reading");
    }
}
