package io.stratum.frontend.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shared helpers: parse a snippet and dump it, or parse and render the error it must raise. */
final class ParseAssertions {

    static final String FILE = "script.py";

    private ParseAssertions() {
    }

    static Module parse(String source) {
        return PythonSubsetParser.parse(source, FILE);
    }

    static String dump(String source) {
        return SyntaxDump.of(parse(source));
    }

    /** Parses a single expression statement and returns the expression. */
    static Expr expr(String source) {
        Module module = parse(source);
        assertEquals(1, module.body().size(), "expected one statement in " + source);
        return assertInstanceOf(Stmt.ExprStmt.class, module.body().getFirst()).value();
    }

    static String exprDump(String source) {
        return SyntaxDump.of(expr(source));
    }

    static String renderedError(String source) {
        ScriptError error = assertThrows(ScriptError.class, () -> parse(source));
        return error.render(source);
    }
}
