package io.stratum.frontend.api;

import io.stratum.frontend.syntax.CompareOperator;
import io.stratum.frontend.syntax.Expr;
import io.stratum.frontend.syntax.PythonSubsetParser;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.value.Const;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code df.query("a > 3 and b == 'x'")}: the expression string parsed with the frontend's own Python grammar and
 * bound as the row mask it stands for, {@code df[(df["a"] > 3) & (df["b"] == "x")]}, as pandas evaluates it: names are
 * the frame's columns, {@code and}/{@code or}/{@code not} (and {@code & | ~}) combine masks, comparisons chain,
 * {@code ==}/{@code !=} with a list and {@code in}/{@code not in} test membership ({@code isin}), arithmetic works on
 * columns and numbers. The frame's columns must be known while the plan is built ({@link FrameFacts}). An error names
 * the script line of the call and quotes the part of the string it is about.
 */
final class FrameQuery {
    private final DataOp frame;
    private final String text;
    private final List<String> columns;

    private FrameQuery(DataOp frame, String text, List<String> columns) {
        this.frame = frame;
        this.text = text;
        this.columns = columns;
    }

    static DataOp of(DataOp frame, List<?> args, Map<String, ?> kwargs) {
        Object expr = args.isEmpty() ? kwargs.get("expr") : args.getFirst();
        if (args.size() > 1) {
            throw error("query() takes the expression string only, got " + args.size() + " positional arguments", null);
        }
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            boolean ok = switch (e.getKey()) {
                case "expr" -> args.isEmpty();
                case "local_dict" -> true;
                case "inplace" -> Const.of(false).equals(e.getValue());
                case "engine" -> Const.of("python").equals(e.getValue()) || Const.of("numexpr").equals(e.getValue())
                        || Const.none().equals(e.getValue());
                case "parser" -> Const.of("pandas").equals(e.getValue());
                default -> false;
            };
            if (!ok) {
                throw error("query(): argument " + e.getKey() + "=" + describe(e.getValue()) + " is not supported",
                        "pass the expression only (inplace=False, the default; assign the result instead)");
            }
        }
        if (!(expr instanceof Const.StrConst s)) {
            throw error("query() takes the expression as a str written in the script, got " + describe(expr),
                    "e.g. df.query(\"a > 3 and b == 'x'\")");
        }
        FrameFacts facts = FrameFacts.of(frame, StandardCatalog.get());
        if (facts == null || facts.column()) {
            throw error("query() is a method of frames", "filter a column with a mask: s[s > 3]");
        }
        String text = s.value();
        if (text.strip().isEmpty()) {
            throw error("query(): expr cannot be an empty string", null);
        }
        if (text.contains("`")) {
            throw error("query(" + Const.of(text).repr() + "): backtick-quoted column names are not supported by Stratum yet",
                    "filter with a mask instead: df[df[\"my column\"] > 3]");
        }
        if (kwargs.get("local_dict") != null) {
            text = withLocals(text, kwargs.get("local_dict"));
        } else if (text.contains("@")) {
            int at = text.indexOf('@');
            throw error("query(" + Const.of(text).repr() + "): local variables (" + quote(text, at, at + 1 + name(text, at + 1))
                    + ") are not supported by Stratum yet", "write the value into the string, e.g. with an f-string: "
                    + "df.query(f\"a > {threshold}\")");
        }
        Expr parsed;
        try {
            parsed = PythonSubsetParser.parseExpression(text, "<query>");
        } catch (ScriptError e) {
            int from = Math.max(0, Math.min(text.length(), e.column() - 1));
            throw error("query(" + Const.of(text).repr() + "): " + e.problem() + " at " + quote(text, from, from + 1)
                    + " (character " + (from + 1) + " of the expression)", "write a pandas query expression, e.g. \"a > 3 and b == 'x'\"");
        }
        FrameQuery q = new FrameQuery(frame, text, facts.columns("query()"));
        Object mask = q.value(parsed);
        if (!(mask instanceof DataOp m)) {
            throw q.at(parsed, "the expression is a constant, not a condition on the rows", "compare a column, e.g. \"a > 3\"");
        }
        return WrittenAs.call(frame.getItem(m), frame, "query");
    }

    /**
     * {@code text} with each {@code @name} (outside quotes) replaced by the Python literal of the script's value of
     * that name, as pandas resolves local variables; the frontends pass the names the expression uses as
     * {@code local_dict} (pandas' own keyword, which a script may also pass). A name the script does not bind, or one
     * bound to something other than a constant (a DataOp, a function), is an error naming it.
     */
    private static String withLocals(String text, Object given) {
        Object locals = given instanceof java.util.Map<?, ?> m ? DataOps.toConst(m)
                : given instanceof DataOp op && op.node() instanceof io.stratum.ir.logical.Value v ? v.value() : given;
        if (!(locals instanceof Const.DictConst d)) {
            throw error("query(): local_dict must be a dict of names to constants written in the script, got "
                    + describe(locals), "compare with a mask instead: df[df[\"a\"] > x]");
        }
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
                out.append(ch);
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                out.append(ch);
            } else if (ch == '@' && name(text, i + 1) > 0) {
                String name = text.substring(i + 1, i + 1 + name(text, i + 1));
                int k = d.keys().indexOf(Const.of(name));
                if (k < 0) {
                    throw error("query(" + Const.of(text).repr() + "): local variable '" + name + "' ("
                            + quote(text, i, i + 1 + name.length()) + ") is not defined in the script", null);
                }
                Const value = d.values().get(k);
                boolean literal = switch (value) {
                    case Const.IntConst x -> true;
                    case Const.FloatConst x -> true;
                    case Const.StrConst x -> true;
                    case Const.BoolConst x -> true;
                    case Const.ListConst l -> l.items().stream().allMatch(v -> v instanceof Const.IntConst
                            || v instanceof Const.FloatConst || v instanceof Const.StrConst || v instanceof Const.BoolConst);
                    default -> false;
                };
                if (!literal) {
                    throw error("query(" + Const.of(text).repr() + "): local variable '" + name + "' is "
                            + value.repr() + "; Stratum substitutes numbers, strings, bools and lists of them",
                            "compare with a mask instead: df[df[\"a\"] > x]");
                }
                out.append(value.repr());
                i += name.length();
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** The DataOp (a column) or constant {@code e} stands for. */
    private Object value(Expr e) {
        return switch (e) {
            case Expr.Name n -> {
                if (n.id().equals("True") || n.id().equals("False")) {
                    yield Const.of(n.id().equals("True"));
                }
                if (!columns.contains(n.id())) {
                    List<String> near = io.stratum.ir.diagnostics.NearestNames.nearest(n.id(), columns, 1);
                    throw at(e, "name '" + n.id() + "' is not defined (the frame has no such column)", (near.isEmpty() ? ""
                            : "did you mean '" + near.getFirst() + "'? ") + "the frame's columns are " + String.join(", ", columns));
                }
                yield frame.get(n.id());
            }
            case Expr.Constant c -> constant(c);
            case Expr.ListExpr l -> list(l.elements(), e);
            case Expr.TupleExpr t -> list(t.elements(), e);
            case Expr.BoolOp b -> {
                Object out = value(b.values().getFirst());
                for (int i = 1; i < b.values().size(); i++) {
                    out = combine(b.values().get(i), out, value(b.values().get(i)),
                            b.op() == io.stratum.frontend.syntax.BoolOperator.AND ? BinaryOperator.AND : BinaryOperator.OR);
                }
                yield out;
            }
            case Expr.UnaryOp u -> {
                Object operand = value(u.operand());
                yield switch (u.op()) {
                    case NOT, INVERT -> column(u.operand(), operand).unary(UnaryOperator.INVERT);
                    case NEG -> operand instanceof DataOp d ? d.unary(UnaryOperator.NEG) : negate(u, operand);
                    case POS -> operand;
                };
            }
            case Expr.BinOp b -> {
                BinaryOperator op = PlanOperators.binary(b.op());
                if (op == null) {
                    throw at(e, "the operator " + b.op().symbol() + " is not supported", null);
                }
                yield combine(e, value(b.left()), value(b.right()), op);
            }
            case Expr.Compare c -> {
                Object out = null;
                Object left = value(c.left());
                Expr leftExpr = c.left();
                for (int i = 0; i < c.ops().size(); i++) {
                    Expr rightExpr = c.comparators().get(i);
                    Object right = value(rightExpr);
                    Object test = compare(c, c.ops().get(i), leftExpr, left, rightExpr, right);
                    out = out == null ? test : combine(e, out, test, BinaryOperator.AND);
                    left = right;
                    leftExpr = rightExpr;
                }
                yield out;
            }
            default -> throw at(e, "calls, attributes and subscripts are not supported in a query", "use column names, numbers, strings, lists, comparisons,"
                    + " and/or/not and arithmetic; filter with a mask for anything else: df[df[\"s\"].str.contains(\"x\")]");
        };
    }

    private Object compare(Expr whole, CompareOperator op, Expr leftExpr, Object left, Expr rightExpr, Object right) {
        boolean membership = op == CompareOperator.IN || op == CompareOperator.NOT_IN
                || (op == CompareOperator.EQ || op == CompareOperator.NOT_EQ) && right instanceof Const.ListConst;
        if (membership) {
            DataOp col = column(leftExpr, left);
            if (!(right instanceof Const.ListConst values)) {
                throw at(rightExpr, "'" + op.symbol() + "' needs a list of values", "e.g. \"b in ['x', 'y']\"");
            }
            DataOp test = col.call("isin", List.of(values), Map.of());
            return op == CompareOperator.NOT_IN || op == CompareOperator.NOT_EQ ? test.unary(UnaryOperator.INVERT) : test;
        }
        BinaryOperator b = PlanOperators.comparison(op);
        if (b == null) {
            throw at(whole, "the comparison '" + op.symbol() + "' is not supported in a query", null);
        }
        return combine(whole, left, right, b);
    }

    /** {@code left op right} where one side at least is a column. */
    private Object combine(Expr where, Object left, Object right, BinaryOperator op) {
        if (left instanceof DataOp l) {
            return l.binary(op, right);
        }
        if (right instanceof DataOp r) {
            return r.binaryReversed(op, left);
        }
        throw at(where, "this compares or combines constants only; a query condition reads a column", "e.g. \"a > 3\"");
    }

    private DataOp column(Expr where, Object value) {
        if (value instanceof DataOp d) {
            return d;
        }
        throw at(where, "a constant stands where a column is needed", "name a column, e.g. \"not b\" for a bool column b");
    }

    private Const constant(Expr.Constant c) {
        return switch (c.value()) {
            case null -> Const.none();
            case Boolean b -> Const.of(b);
            case BigInteger i when i.bitLength() < 64 -> Const.of(i.longValue());
            case Long l -> Const.of(l);
            case Integer i -> Const.of((long) i);
            case Double d -> Const.of(d);
            case String s -> Const.of(s);
            default -> throw at(c, "this constant is not supported in a query", null);
        };
    }

    private Const list(List<Expr> elements, Expr where) {
        List<Const> items = new ArrayList<>();
        for (Expr item : elements) {
            if (!(value(item) instanceof Const k)) {
                throw at(item, "a list in a query holds constants only", "e.g. \"b in ['x', 'y']\"");
            }
            items.add(k);
        }
        return new Const.ListConst(items, false);
    }

    private Const negate(Expr.UnaryOp u, Object operand) {
        return switch (operand) {
            case Const.IntConst i -> Const.of(-i.value());
            case Const.FloatConst f -> Const.of(-f.value());
            default -> throw at(u, "this cannot be negated", null);
        };
    }

    /** An error about the part of the string {@code e} spans. */
    private StratumError at(Expr e, String problem, String hint) {
        SourcePos p = e.pos();
        int from = Math.max(0, Math.min(text.length(), p.column() - 1));
        int to = p.endLine() == p.line() ? Math.max(from + 1, Math.min(text.length(), p.endColumn() - 1)) : text.length();
        return error("query(" + Const.of(text).repr() + "): " + problem + ", at " + quote(text, from, to) + " (character "
                + (from + 1) + " of the expression)", hint);
    }

    private static String quote(String text, int from, int to) {
        return "'" + text.substring(from, Math.min(text.length(), Math.max(from, to))) + "'";
    }

    private static int name(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i - from;
    }

    private static String describe(Object v) {
        return v instanceof Const c ? c.repr() : v == null ? "nothing" : "a DataOp";
    }

    private static StratumError error(String message, String hint) {
        return new StratumError(SourceScope.current(), message, hint);
    }
}
