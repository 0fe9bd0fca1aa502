package io.stratum.frontend.syntax;

import java.util.List;
import java.util.Objects;

/**
 * A statement of the Python subset; the permitted records are every statement Stratum parses, so a
 * {@code switch} over them is exhaustive. Components documented as optional are null when absent.
 */
public sealed interface Stmt {

    /** Where the statement appears in the script. */
    SourcePos pos();

    /** {@code import a.b} or {@code import a.b as c, d}. */
    record Import(List<Alias> names, SourcePos pos) implements Stmt {
        public Import {
            names = List.copyOf(names);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code from module import X, Y as Z}; {@code module} is the dotted name. */
    record ImportFrom(String module, List<Alias> names, SourcePos pos) implements Stmt {
        public ImportFrom {
            Objects.requireNonNull(module);
            names = List.copyOf(names);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code t1 = t2 = value}; targets are names, tuples, lists, attributes or subscripts. */
    record Assign(List<Expr> targets, Expr value, SourcePos pos) implements Stmt {
        public Assign {
            targets = List.copyOf(targets);
            if (targets.isEmpty()) {
                throw new IllegalArgumentException("an assignment needs a target");
            }
            Objects.requireNonNull(value);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code target op= value}. */
    record AugAssign(Expr target, Operator op, Expr value, SourcePos pos) implements Stmt {
        public AugAssign {
            Objects.requireNonNull(target);
            Objects.requireNonNull(op);
            Objects.requireNonNull(value);
            Objects.requireNonNull(pos);
        }
    }

    /** An expression evaluated for its effect, such as a call or a docstring. */
    record ExprStmt(Expr value, SourcePos pos) implements Stmt {
        public ExprStmt {
            Objects.requireNonNull(value);
            Objects.requireNonNull(pos);
        }
    }

    /**
     * {@code @decorator ... def name(params): body}; a docstring stays the first statement of the body, and the
     * decorators are listed top to bottom (Python applies the last one first).
     */
    record FunctionDef(String name, Parameters params, List<Stmt> body, List<Expr> decorators, SourcePos pos) implements Stmt {
        public FunctionDef {
            Objects.requireNonNull(name);
            Objects.requireNonNull(params);
            body = List.copyOf(body);
            decorators = List.copyOf(decorators);
            Objects.requireNonNull(pos);
        }

        /** A function without decorators. */
        public FunctionDef(String name, Parameters params, List<Stmt> body, SourcePos pos) {
            this(name, params, body, List.of(), pos);
        }

        /** The docstring, or null when the body does not start with a string literal. */
        public String docstring() {
            return Module.docstringOf(body);
        }
    }

    /** {@code return value}; the value is optional. */
    record Return(Expr value, SourcePos pos) implements Stmt {
        public Return {
            Objects.requireNonNull(pos);
        }
    }

    /** {@code pass}. */
    record Pass(SourcePos pos) implements Stmt {
        public Pass {
            Objects.requireNonNull(pos);
        }
    }

    /** {@code if test: body else: orElse}; an {@code elif} is a nested If as the only orElse statement. */
    record If(Expr test, List<Stmt> body, List<Stmt> orElse, SourcePos pos) implements Stmt {
        public If {
            Objects.requireNonNull(test);
            body = List.copyOf(body);
            orElse = List.copyOf(orElse);
            Objects.requireNonNull(pos);
        }
    }

    /** {@code for target in iter: body}. */
    record For(Expr target, Expr iter, List<Stmt> body, SourcePos pos) implements Stmt {
        public For {
            Objects.requireNonNull(target);
            Objects.requireNonNull(iter);
            body = List.copyOf(body);
            Objects.requireNonNull(pos);
        }
    }
}
