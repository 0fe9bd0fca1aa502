package io.stratum.frontend.syntax;

import java.util.List;
import java.util.Objects;

/** A parsed script: its file name and top-level statements. */
public record Module(String fileName, List<Stmt> body) {

    public Module {
        Objects.requireNonNull(fileName);
        body = List.copyOf(body);
    }

    /** The module docstring, or null when the script does not start with a string literal. */
    public String docstring() {
        return docstringOf(body);
    }

    static String docstringOf(List<Stmt> body) {
        if (!body.isEmpty() && body.getFirst() instanceof Stmt.ExprStmt(Expr.Constant(String text, var pos), var stmtPos)) {
            return text;
        }
        return null;
    }
}
