package io.stratum.frontend.api;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * scikit-learn's {@code make_column_selector(pattern=None, *, dtype_include=None, dtype_exclude=None)}: the columns of
 * the frame it is given whose dtype pandas' {@code select_dtypes(include, exclude)} keeps and whose name the regular
 * expression {@code pattern} matches somewhere ({@code re.search}), in the frame's order. Stratum picks them while the
 * plan is built, from the frame's known columns and dtypes ({@link FrameFacts}).
 *
 * @param pattern the regular expression, or null
 * @param include {@code dtype_include} as the script gave it (a constant or a list of them), or null
 * @param exclude {@code dtype_exclude}, or null
 */
public record SklearnColumnSelector(String pattern, Object include, Object exclude) {

    /** {@code make_column_selector(*args, **kwargs)} with scikit-learn's argument names. */
    public static SklearnColumnSelector of(List<?> args, Map<String, ?> kwargs) {
        if (args.size() > 1) {
            throw error("make_column_selector() takes pattern as its only positional argument, got " + args.size(),
                    "pass the dtypes by keyword: make_column_selector(dtype_include=\"number\")");
        }
        Object pattern = args.isEmpty() ? null : args.getFirst();
        Object include = null;
        Object exclude = null;
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            switch (e.getKey()) {
                case "pattern" -> {
                    if (!args.isEmpty()) {
                        throw error("make_column_selector() got multiple values for argument 'pattern'", null);
                    }
                    pattern = e.getValue();
                }
                case "dtype_include" -> include = e.getValue();
                case "dtype_exclude" -> exclude = e.getValue();
                default -> throw error("make_column_selector() got an unexpected keyword argument '" + e.getKey() + "'",
                        "it takes pattern, dtype_include and dtype_exclude");
            }
        }
        String regex = null;
        if (pattern != null && !(pattern instanceof Const.NoneConst)) {
            if (!(pattern instanceof Const.StrConst s)) {
                throw error("make_column_selector(pattern=...) must be a str (a regular expression), got "
                        + describe(pattern), "write make_column_selector(pattern=\"^price_\")");
            }
            regex = s.value();
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException ex) {
                throw error("make_column_selector(pattern=" + s.repr() + ") is not a regular expression Stratum can read: "
                        + ex.getDescription(), "write a plain regular expression (Java and Python agree on the usual ones)");
            }
        }
        return new SklearnColumnSelector(regex, isNone(include) ? null : include, isNone(exclude) ? null : exclude);
    }

    /** The columns of {@code frame} this selector picks, in the frame's order. */
    public List<String> columnsOf(DataOp frame) {
        FrameFacts facts = FrameFacts.of(frame, StandardCatalog.get());
        if (facts == null || facts.column()) {
            throw error("make_column_selector() picks columns of a frame, but it is given "
                    + (facts == null ? "a value that is not one" : "a column"), "apply the ColumnTransformer to a frame");
        }
        List<String> names = include == null && exclude == null ? facts.columns("make_column_selector()")
                : FrameSelectDtypes.selected(facts, include, exclude);
        if (pattern == null) {
            return names;
        }
        Pattern p = Pattern.compile(pattern);
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (p.matcher(n).find()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The selector as scikit-learn's repr shows its arguments, for messages. */
    public String display() {
        List<String> parts = new ArrayList<>();
        if (pattern != null) {
            parts.add("pattern=" + Const.of(pattern).repr());
        }
        if (include != null) {
            parts.add("dtype_include=" + describe(include));
        }
        if (exclude != null) {
            parts.add("dtype_exclude=" + describe(exclude));
        }
        return "make_column_selector(" + String.join(", ", parts) + ")";
    }

    private static boolean isNone(Object v) {
        return v == null || v instanceof Const.NoneConst;
    }

    private static String describe(Object v) {
        return v instanceof Const c ? c.repr() : v instanceof DataOp ? "a DataOp" : String.valueOf(v);
    }

    private static StratumError error(String message, String hint) {
        return new StratumError(SourceScope.current(), message, hint);
    }
}
