package io.stratum.frontend.syntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a syntax tree back as fully parenthesized Python, one statement per line, so tests and
 * debugging output show exactly how the parser grouped operators.
 */
public final class SyntaxDump {

    private static final String INDENT = "    ";

    private SyntaxDump() {
    }

    /** The module as text, each statement on its own line and blocks indented by four spaces. */
    public static String of(Module module) {
        StringBuilder out = new StringBuilder();
        statements(module.body(), "", out);
        return out.toString();
    }

    /** One statement (with its nested blocks) as text. */
    public static String of(Stmt stmt) {
        StringBuilder out = new StringBuilder();
        statement(stmt, "", out);
        return out.toString();
    }

    /** One expression as text; every operation is wrapped in parentheses. */
    public static String of(Expr expr) {
        return switch (expr) {
            case Expr.Name n -> n.id();
            case Expr.Constant c -> constant(c.value());
            case Expr.FString f -> fString(f.parts());
            case Expr.Attribute a -> of(a.value()) + "." + a.attr();
            case Expr.Subscript s -> of(s.value()) + "[" + index(s.index()) + "]";
            case Expr.Slice s -> optional(s.lower()) + ":" + optional(s.upper()) + (s.step() == null ? "" : ":" + of(s.step()));
            case Expr.Starred s -> "*" + of(s.value());
            case Expr.Call c -> {
                List<String> args = new ArrayList<>();
                c.args().forEach(a -> args.add(of(a)));
                c.keywords().forEach(k -> args.add(k.isUnpacking() ? "**" + of(k.value()) : k.name() + "=" + of(k.value())));
                yield of(c.func()) + "(" + String.join(", ", args) + ")";
            }
            case Expr.BinOp b -> "(" + of(b.left()) + " " + b.op().symbol() + " " + of(b.right()) + ")";
            case Expr.UnaryOp u -> "(" + u.op().symbol() + (u.op() == UnaryOperator.NOT ? " " : "") + of(u.operand()) + ")";
            case Expr.Compare c -> {
                StringBuilder out = new StringBuilder("(").append(of(c.left()));
                for (int i = 0; i < c.ops().size(); i++) {
                    out.append(' ').append(c.ops().get(i).symbol()).append(' ').append(of(c.comparators().get(i)));
                }
                yield out.append(')').toString();
            }
            case Expr.BoolOp b -> "(" + String.join(" " + b.op().symbol() + " ", b.values().stream().map(SyntaxDump::of).toList()) + ")";
            case Expr.IfExp i -> "(" + of(i.body()) + " if " + of(i.test()) + " else " + of(i.orElse()) + ")";
            case Expr.ListExpr l -> "[" + join(l.elements()) + "]";
            case Expr.TupleExpr t -> "(" + join(t.elements()) + (t.elements().size() == 1 ? ",)" : ")");
            case Expr.DictExpr d -> "{" + String.join(", ", d.items().stream()
                    .map(item -> item.isUnpacking() ? "**" + of(item.value()) : of(item.key()) + ": " + of(item.value())).toList()) + "}";
            case Expr.SetExpr s -> "{" + join(s.elements()) + "}";
            case Expr.ListComp l -> "[" + of(l.element()) + generators(l.generators()) + "]";
            case Expr.DictComp d -> "{" + of(d.key()) + ": " + of(d.value()) + generators(d.generators()) + "}";
            case Expr.Lambda l -> "(lambda" + (l.params().equals(Parameters.NONE) ? "" : " " + parameters(l.params())) + ": " + of(l.body()) + ")";
        };
    }

    private static void statements(List<Stmt> body, String indent, StringBuilder out) {
        for (Stmt stmt : body) {
            statement(stmt, indent, out);
        }
    }

    private static void statement(Stmt stmt, String indent, StringBuilder out) {
        out.append(indent);
        switch (stmt) {
            case Stmt.Import i -> out.append("import ").append(aliases(i.names())).append('\n');
            case Stmt.ImportFrom i -> out.append("from ").append(i.module()).append(" import ").append(aliases(i.names())).append('\n');
            case Stmt.Assign a -> {
                a.targets().forEach(t -> out.append(target(t)).append(" = "));
                out.append(of(a.value())).append('\n');
            }
            case Stmt.AugAssign a -> out.append(of(a.target())).append(' ').append(a.op().symbol()).append("= ")
                    .append(of(a.value())).append('\n');
            case Stmt.ExprStmt e -> out.append(of(e.value())).append('\n');
            case Stmt.FunctionDef f -> {
                f.decorators().forEach(d -> out.append('@').append(of(d)).append('\n').append(indent));
                out.append("def ").append(f.name()).append('(').append(parameters(f.params())).append("):\n");
                statements(f.body(), indent + INDENT, out);
            }
            case Stmt.Return r -> out.append(r.value() == null ? "return" : "return " + of(r.value())).append('\n');
            case Stmt.Pass p -> out.append("pass\n");
            case Stmt.If i -> {
                out.append("if ").append(of(i.test())).append(":\n");
                statements(i.body(), indent + INDENT, out);
                if (!i.orElse().isEmpty()) {
                    out.append(indent).append("else:\n");
                    statements(i.orElse(), indent + INDENT, out);
                }
            }
            case Stmt.For f -> {
                out.append("for ").append(target(f.target())).append(" in ").append(of(f.iter())).append(":\n");
                statements(f.body(), indent + INDENT, out);
            }
        }
    }

    /** Tuple targets are written bare so they read as Python does: {@code a, b = ...}. */
    private static String target(Expr target) {
        if (target instanceof Expr.TupleExpr t && !t.elements().isEmpty()) {
            return join(t.elements()) + (t.elements().size() == 1 ? "," : "");
        }
        return of(target);
    }

    private static String index(Expr index) {
        return target(index);
    }

    private static String aliases(List<Alias> names) {
        return String.join(", ", names.stream().map(a -> a.asName() == null ? a.name() : a.name() + " as " + a.asName()).toList());
    }

    private static String parameters(Parameters params) {
        List<String> out = new ArrayList<>();
        params.positional().forEach(p -> out.add(parameter(p)));
        if (params.varArgs() != null) {
            out.add("*" + params.varArgs().name());
        } else if (!params.keywordOnly().isEmpty()) {
            out.add("*");
        }
        params.keywordOnly().forEach(p -> out.add(parameter(p)));
        if (params.varKeywords() != null) {
            out.add("**" + params.varKeywords().name());
        }
        return String.join(", ", out);
    }

    private static String parameter(Parameter p) {
        return p.defaultValue() == null ? p.name() : p.name() + "=" + of(p.defaultValue());
    }

    private static String generators(List<Comprehension> generators) {
        StringBuilder out = new StringBuilder();
        for (Comprehension g : generators) {
            out.append(" for ").append(target(g.target())).append(" in ").append(of(g.iter()));
            g.conditions().forEach(c -> out.append(" if ").append(of(c)));
        }
        return out.toString();
    }

    private static String join(List<Expr> elements) {
        return String.join(", ", elements.stream().map(SyntaxDump::of).toList());
    }

    private static String optional(Expr expr) {
        return expr == null ? "" : of(expr);
    }

    private static String constant(Object value) {
        return switch (value) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case BigInteger b -> b.toString();
            case Double d -> d.isInfinite() ? (d > 0 ? "inf" : "-inf") : Double.toString(d);
            case String s -> quote(s, "");
            case Expr.ByteString b -> quote(b.latin1(), "b");
            default -> throw new IllegalStateException("not a constant: " + value);
        };
    }

    /** Fields are written unescaped, so the outer quote is one that no field uses, as Python requires. */
    private static String fString(List<FStringPart> parts) {
        StringBuilder probe = new StringBuilder();
        fStringBody(parts, probe, '\'');
        char quote = probe.indexOf("'") >= 0 && !fieldsUse(parts, '"') ? '"' : '\'';
        StringBuilder body = new StringBuilder();
        fStringBody(parts, body, quote);
        return "f" + quote + body + quote;
    }

    private static boolean fieldsUse(List<FStringPart> parts, char quote) {
        for (FStringPart part : parts) {
            if (part instanceof FStringPart.Field f
                    && (of(f.value()).indexOf(quote) >= 0 || fieldsUse(f.formatSpec(), quote))) {
                return true;
            }
        }
        return false;
    }

    private static void fStringBody(List<FStringPart> parts, StringBuilder out, char quote) {
        for (FStringPart part : parts) {
            switch (part) {
                case FStringPart.Text t -> {
                    String quoted = quote(t.value(), "");
                    String inner = quoted.substring(1, quoted.length() - 1);
                    if (quote == '"') {
                        inner = inner.replace("\\'", "'").replace("\"", "\\\"");
                    }
                    out.append(inner.replace("{", "{{").replace("}", "}}"));
                }
                case FStringPart.Field f -> {
                    out.append('{').append(of(f.value()));
                    if (f.conversion() != null) {
                        out.append('!').append(f.conversion());
                    }
                    if (!f.formatSpec().isEmpty()) {
                        out.append(':');
                        fStringBody(f.formatSpec(), out, quote);
                    }
                    out.append('}');
                }
            }
        }
    }

    /** Single-quoted like Python's repr, with control characters escaped so a dump stays on one line. */
    private static String quote(String s, String prefix) {
        StringBuilder out = new StringBuilder(prefix).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('\'').toString();
    }
}
