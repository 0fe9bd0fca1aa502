package io.stratum.frontend.syntax;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Parses a DataOps script written in the Python subset Stratum understands into a {@link Module},
 * without running any Python.
 */
public final class PythonSubsetParser {

    private PythonSubsetParser() {
    }

    /**
     * Parses {@code sourceText}; {@code fileName} is only used in error messages.
     *
     * @throws ScriptError at the first syntax error, or at the first construct outside the subset
     */
    public static Module parse(String sourceText, String fileName) {
        ScriptLexer lexer = new ScriptLexer(CharStreams.fromString(sourceText, fileName));
        ScriptParser parser = parserFor(lexer, fileName);
        ScriptParser.ModuleContext tree = parser.module();
        return builder(fileName).module(tree);
    }

    private static SyntaxTreeBuilder builder(String fileName) {
        return new SyntaxTreeBuilder(fileName, (text, line, column) -> parseField(text, fileName, line, column));
    }

    /**
     * Parses one expression written in a string ({@code df.query("a > 3")}); positions count from line 1, column 1 of
     * {@code expressionText}.
     *
     * @throws ScriptError at the first syntax error, or at the first construct outside the subset
     */
    public static Expr parseExpression(String expressionText, String fileName) {
        return parseField(expressionText, fileName, 1, 1);
    }

    /** Parses the expression of an f-string field; positions continue from where the field sits in the script. */
    static Expr parseField(String expressionText, String fileName, int line, int column) {
        ScriptLexer lexer = new ScriptLexer(CharStreams.fromString(expressionText, fileName));
        lexer.setLine(line);
        lexer.setCharPositionInLine(column - 1);
        lexer.lexAsEmbeddedExpression();
        ScriptParser parser = parserFor(lexer, fileName);
        return builder(fileName).fieldExpression(parser.fieldExpression());
    }

    private static ScriptParser parserFor(ScriptLexer lexer, String fileName) {
        lexer.removeErrorListeners();
        ScriptParser parser = new ScriptParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(new SyntaxErrorListener(fileName));
        return parser;
    }
}
