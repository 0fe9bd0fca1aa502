package io.stratum.frontend.bind;

import io.stratum.frontend.syntax.Expr;
import io.stratum.frontend.syntax.Operator;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code skrub.selectors} in scripts: the selector constructors, their combination with {@code | & - ^ ~}
 * (where a column name or a list of names stands for {@code s.cols(...)}, as skrub's {@code make_selector} does),
 * and {@code cols=} arguments that may be a name, a list of names or a selector.
 */
final class Selectors {
    static final List<String> FUNCTIONS = List.of("all", "cols", "glob", "regex", "numeric", "integer", "float", "string",
            "categorical", "boolean", "any_date", "inv");

    private Selectors() {
    }

    static PyValue call(ScriptBinder b, String qualifiedName, List<PyValue> args, Map<String, PyValue> kwargs, SourcePos pos) {
        String name = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        return switch (name) {
            case "all", "numeric", "string", "integer", "float", "categorical", "boolean", "any_date" -> {
                new Arguments(b, qualifiedName, args, kwargs, pos).done();
                yield new PyValue.Selector(switch (name) {
                    case "all" -> new ColumnSelector.All();
                    case "numeric" -> new ColumnSelector.Numeric();
                    case "integer" -> new ColumnSelector.IntegerType();
                    case "float" -> new ColumnSelector.FloatType();
                    case "categorical" -> new ColumnSelector.Categorical();
                    case "boolean" -> new ColumnSelector.BooleanType();
                    case "any_date" -> new ColumnSelector.AnyDate();
                    default -> new ColumnSelector.StringType();
                });
            }
            case "regex" -> {
                Arguments a = new Arguments(b, qualifiedName, args, kwargs, pos);
                String pattern = a.string(0, "pattern", true);
                Const flags = a.constant(1, "flags", Const.of(0L));
                a.done();
                if (!(flags instanceof Const.IntConst f && f.value() == 0)) {
                    throw b.error(pos, "regex(): Stratum matches names without re flags, got flags=" + flags.repr(),
                            "write the flag inside the pattern, e.g. \"(?i)temp\" for re.IGNORECASE");
                }
                yield new PyValue.Selector(new ColumnSelector.Regex(checkedRegex(b, pattern, pos)));
            }
            case "cols" -> {
                if (!kwargs.isEmpty()) {
                    throw b.error(pos, "cols() takes column names only, got the keyword '" + kwargs.keySet().iterator().next() + "'", null);
                }
                List<String> names = new ArrayList<>();
                for (PyValue a : args) {
                    if (!(a instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s)) {
                        throw b.error(pos, "cols(): column names must be str, got " + PyValue.typeName(a),
                                "write s.cols(\"a\", \"b\") with the names as separate arguments");
                    }
                    names.add(s.value());
                }
                yield new PyValue.Selector(new ColumnSelector.Cols(names));
            }
            case "glob" -> {
                Arguments a = new Arguments(b, qualifiedName, args, kwargs, pos);
                String pattern = a.string(0, "pattern", true);
                a.done();
                yield new PyValue.Selector(new ColumnSelector.Glob(pattern));
            }
            case "inv" -> {
                Arguments a = new Arguments(b, qualifiedName, args, kwargs, pos);
                PyValue obj = a.value(0, "obj", true);
                a.done();
                yield new PyValue.Selector(new ColumnSelector.Inverted(make(b, obj, pos)));
            }
            default -> throw new IllegalStateException("not a selector function: " + qualifiedName);
        };
    }

    /** {@code pattern} as Java compiles it, or an error at {@code pos} saying why it cannot be a name pattern. */
    static String checkedRegex(ScriptBinder b, String pattern, SourcePos pos) {
        try {
            java.util.regex.Pattern.compile(pattern);
            return pattern;
        } catch (java.util.regex.PatternSyntaxException e) {
            throw b.error(pos, "regex(): the pattern " + Const.of(pattern).repr() + " does not compile: "
                    + e.getDescription(), "write a regular expression of names (Python's re syntax, without (?P<...>) groups)");
        }
    }

    /** {@code left <op> right} where at least one side is a selector. */
    static PyValue combine(ScriptBinder b, Operator op, PyValue left, PyValue right, SourcePos pos) {
        ColumnSelector.Operator sop = switch (op) {
            case BIT_OR -> ColumnSelector.Operator.OR;
            case BIT_AND -> ColumnSelector.Operator.AND;
            case SUB -> ColumnSelector.Operator.SUB;
            case BIT_XOR -> ColumnSelector.Operator.XOR;
            default -> throw b.error(pos, "the operator " + op.symbol() + " does not combine selectors", "use | & - ^ or ~");
        };
        return new PyValue.Selector(new ColumnSelector.Combined(sop, make(b, left, pos), make(b, right, pos)));
    }

    static PyValue invert(ScriptBinder b, Expr.UnaryOp u, PyValue.Selector s) {
        return switch (u.op()) {
            case INVERT -> new PyValue.Selector(new ColumnSelector.Inverted(s.selector()));
            default -> throw b.error(u.pos(), "the operator " + u.op().symbol() + " does not apply to a selector", "use ~ to invert it");
        };
    }

    /** skrub's {@code make_selector}: a selector as it is, a name or a list of names as {@code cols(...)}. */
    static ColumnSelector make(ScriptBinder b, PyValue v, SourcePos pos) {
        ColumnSelector out = toSelector(v);
        if (out == null) {
            throw b.error(pos, "a selector, a column name or a list of names was expected, got " + PyValue.typeName(v), null);
        }
        return out;
    }

    /**
     * A {@code cols=} argument: null when absent or None, a {@code List<String>} for a name or list of names, or a
     * {@link ColumnSelector}; {@code s.cols(...)} alone is the same as its list of names.
     */
    static Object columns(ScriptBinder b, PyValue cols, String who, SourcePos pos) {
        if (cols == null || cols instanceof PyValue.Constant c && c.value() instanceof Const.NoneConst) {
            return null;
        }
        ColumnSelector s = toSelector(cols);
        if (s == null) {
            throw b.error(pos, who + ": cols must be a column name, a list of names or a skrub selector, got "
                    + PyValue.typeName(cols), "for example cols=[\"a\", \"b\"] or cols=s.numeric() with import skrub.selectors as s");
        }
        return s instanceof ColumnSelector.Cols names ? names.names() : s;
    }

    private static ColumnSelector toSelector(PyValue v) {
        return switch (v) {
            case PyValue.Selector s -> s.selector();
            case PyValue.Constant c when c.value() instanceof Const.StrConst s -> new ColumnSelector.Cols(List.of(s.value()));
            case PyValue.Sequence seq -> {
                List<String> names = new ArrayList<>();
                for (PyValue item : seq.items()) {
                    if (!(item instanceof PyValue.Constant c && c.value() instanceof Const.StrConst s)) {
                        yield null;
                    }
                    names.add(s.value());
                }
                yield new ColumnSelector.Cols(names);
            }
            default -> null;
        };
    }
}
