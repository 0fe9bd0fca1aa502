package io.stratum.frontend.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the first syntax error ANTLR finds into a {@link ScriptError} that says in plain words what
 * is wrong, instead of ANTLR's "mismatched input ... expecting {...}" with the whole token set.
 */
final class SyntaxErrorListener extends BaseErrorListener {

    private static final Map<String, String> UNSUPPORTED_KEYWORDS = Map.ofEntries(
            Map.entry("class", "class definitions are"),
            Map.entry("while", "'while' loops are"),
            Map.entry("try", "'try' statements are"),
            Map.entry("except", "'try' statements are"),
            Map.entry("finally", "'try' statements are"),
            Map.entry("with", "'with' statements are"),
            Map.entry("async", "'async' code is"),
            Map.entry("await", "'await' is"),
            Map.entry("yield", "generators ('yield') are"),
            Map.entry("global", "'global' declarations are"),
            Map.entry("nonlocal", "'nonlocal' declarations are"),
            Map.entry("del", "'del' statements are"),
            Map.entry("assert", "'assert' statements are"),
            Map.entry("raise", "'raise' statements are"),
            Map.entry("break", "'break' statements are"),
            Map.entry("continue", "'continue' statements are"));

    private final String fileName;

    SyntaxErrorListener(String fileName) {
        this.fileName = fileName;
    }

    /** The message for a construct that Python has but the subset does not. */
    static String outsideSubset(String constructsAre) {
        return constructsAre + " outside the Python subset Stratum parses";
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String antlrMessage, RecognitionException e) {
        if (!(recognizer instanceof Parser parser) || !(offendingSymbol instanceof Token token)) {
            throw new ScriptError(fileName, line, charPositionInLine + 1, "unexpected character", null);
        }
        throw explain(parser, token);
    }

    private ScriptError explain(Parser parser, Token token) {
        TokenStream tokens = parser.getInputStream();
        Token previous = token.getTokenIndex() > 0 ? tokens.get(token.getTokenIndex() - 1) : null;
        int type = token.getType();
        String text = token.getText();

        switch (type) {
            case ScriptLexer.UNTERMINATED_STRING -> {
                if (previous != null && previous.getType() == ScriptLexer.STRING && previous.getStopIndex() + 1 == token.getStartIndex()
                        && previous.getText().matches("(?i)[rbfu]{0,2}(\"\"|'')")) {
                    // The lexer saw an empty string and then an open quote: it was a triple quote that never closes.
                    return error(previous, "unterminated triple-quoted string literal", "close the string with the same three quotes");
                }
                return error(token, "unterminated string literal", "close the string with its opening quote on the same line, or use triple quotes");
            }
            case ScriptLexer.ERROR_CHAR -> {
                if (text.equals("\\")) {
                    return error(token, "unexpected character '\\'", "a line continuation '\\' must be the last character of its line");
                }
                return error(token, "unexpected character '" + text + "'", null);
            }
            case ScriptLexer.UNSUPPORTED_KEYWORD -> {
                return error(token, outsideSubset(UNSUPPORTED_KEYWORDS.get(text)), ScriptError.FULL_PYTHON_HINT);
            }
            case ScriptLexer.WALRUS -> {
                return error(token, outsideSubset("assignment expressions (':=') are"), ScriptError.FULL_PYTHON_HINT);
            }
            case ScriptLexer.ARROW -> {
                return error(token, outsideSubset("return annotations are"), ScriptError.FULL_PYTHON_HINT);
            }
            case ScriptLexer.STAR -> {
                if (previous != null && previous.getType() == ScriptLexer.IMPORT) {
                    return error(token, outsideSubset("star imports ('from m import *') are"),
                            "import the names you use explicitly, or " + ScriptError.FULL_PYTHON_HINT);
                }
            }
            case ScriptLexer.DOT -> {
                if (previous != null && previous.getType() == ScriptLexer.FROM) {
                    return error(token, outsideSubset("relative imports are"), ScriptError.FULL_PYTHON_HINT);
                }
            }
            case ScriptLexer.ELSE -> {
                if (startsLine(previous)) {
                    return error(token, "'else' does not continue an 'if' at this indentation",
                            "align it with its 'if'; note that 'else' after 'for' is outside the Python subset Stratum parses");
                }
            }
            case ScriptLexer.COLON -> {
                if (previous != null && previous.getType() == ScriptLexer.NAME && insideParameters(parser.getContext())) {
                    return error(token, outsideSubset("type annotations are"), ScriptError.FULL_PYTHON_HINT);
                }
            }
            case ScriptLexer.AT -> {
                if (startsLine(previous)) {
                    return error(token, outsideSubset("decorators are"), ScriptError.FULL_PYTHON_HINT);
                }
            }
            default -> { }
        }

        Token opener = innermostOpenBracket(tokens, token.getTokenIndex());
        Token strayLine = opener == null ? null : lineLookingLikeNewStatement(tokens, opener, token);
        if (opener != null && (type == Token.EOF || strayLine != null)) {
            String where = type == Token.EOF
                    ? "the script ends"
                    : "the parser reached " + describe(strayLine) + " at " + strayLine.getLine() + ":" + (strayLine.getCharPositionInLine() + 1);
            return new ScriptError(fileName, SourcePos.of(opener),
                    "unclosed '" + opener.getText() + "' opened at " + opener.getLine() + ":" + (opener.getCharPositionInLine() + 1),
                    where + " while this '" + opener.getText() + "' is still open; add the matching '" + closerOf(opener.getText()) + "'");
        }

        if (type == ScriptLexer.INDENT) {
            return error(token, "unexpected indent", "only the body of a def, if, elif, else or for is indented deeper than the line before it");
        }
        IntervalSet expected = expectedTokens(parser);
        if (expected.contains(ScriptLexer.INDENT)) {
            String message = "expected an indented block after " + blockHeader(parser.getContext());
            if (type == Token.EOF) {
                SourcePos end = SourcePos.of(lastContentBefore(tokens, token.getTokenIndex()));
                return new ScriptError(fileName, end.endLine(), end.endColumn(), message, "indent the body of the block");
            }
            return error(token, message, "indent the body of the block");
        }
        if (type == ScriptLexer.COLON && (parser.getContext() instanceof ScriptParser.SimpleStatementsContext
                || parser.getContext() instanceof ScriptParser.ExpressionStatementContext)) {
            return error(token, outsideSubset("type annotations are"), ScriptError.FULL_PYTHON_HINT);
        }
        if (expected.contains(ScriptLexer.INTEGER) && !startsExpression(type)) {
            return errorAfter(token, previous, previous == null || startsLine(previous)
                    ? "expected an expression"
                    : "expected an expression after " + describe(previous));
        }
        if (startsExpression(type) && previous != null && previous.getLine() == token.getLine() && endsExpression(previous.getType())) {
            return error(token, "unexpected " + describe(token), "is a comma or an operator missing before it?");
        }
        if (isCloser(type) && opener == null) {
            return error(token, "unexpected " + describe(token), "it has no matching opening bracket");
        }
        if (expected.size() == 1 && expected.contains(ScriptLexer.NAME)) {
            return errorAfter(token, previous, "expected a name after " + describe(previous));
        }
        if (expected.size() <= 2 && !expected.contains(Token.EOF) && !expected.contains(ScriptLexer.NAME)) {
            StringBuilder names = new StringBuilder();
            for (int expectedType : expected.toList()) {
                if (!names.isEmpty()) {
                    names.append(" or ");
                }
                names.append(parser.getVocabulary().getLiteralName(expectedType) != null
                        ? parser.getVocabulary().getLiteralName(expectedType)
                        : describeType(expectedType));
            }
            return errorAfter(token, previous, "expected " + names + ", found " + describe(token));
        }
        return errorAfter(token, previous, "unexpected " + describe(token));
    }

    private static boolean insideParameters(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            if (c instanceof ScriptParser.ParameterListContext || c instanceof ScriptParser.FunctionDefContext) {
                return !(c instanceof ScriptParser.FunctionDefContext f) || f.RPAREN() == null;
            }
        }
        return false;
    }

    private static IntervalSet expectedTokens(Parser parser) {
        try {
            return parser.getExpectedTokens();
        } catch (IllegalArgumentException | IllegalStateException ex) {
            return new IntervalSet();
        }
    }

    /** Errors at an end of line or end of file point just after the last token, where the text is missing. */
    private ScriptError errorAfter(Token token, Token previous, String message) {
        int type = token.getType();
        if (previous != null && (type == Token.EOF || type == ScriptLexer.NEWLINE || type == ScriptLexer.DEDENT)
                && !startsLine(previous)) {
            SourcePos end = SourcePos.of(previous);
            return new ScriptError(fileName, end.endLine(), end.endColumn(), message, null);
        }
        return error(token, message, null);
    }

    private ScriptError error(Token token, String message, String hint) {
        return new ScriptError(fileName, token.getLine(), token.getCharPositionInLine() + 1, message, hint);
    }

    private static boolean startsLine(Token previous) {
        return previous == null || previous.getType() == ScriptLexer.NEWLINE
                || previous.getType() == ScriptLexer.INDENT || previous.getType() == ScriptLexer.DEDENT;
    }

    private static String blockHeader(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            if (c instanceof ScriptParser.IfStatementContext || c instanceof ScriptParser.ElifClauseContext
                    || c instanceof ScriptParser.ElseClauseContext || c instanceof ScriptParser.ForStatementContext
                    || c instanceof ScriptParser.FunctionDefContext) {
                return "'" + c.getStart().getText() + "' on line " + c.getStart().getLine();
            }
        }
        return "':'";
    }

    private static Token innermostOpenBracket(TokenStream tokens, int upTo) {
        Deque<Token> open = new ArrayDeque<>();
        for (int i = 0; i < upTo; i++) {
            Token t = tokens.get(i);
            switch (t.getType()) {
                case ScriptLexer.LPAREN, ScriptLexer.LBRACK, ScriptLexer.LBRACE -> open.push(t);
                case ScriptLexer.RPAREN, ScriptLexer.RBRACK, ScriptLexer.RBRACE -> open.poll();
                default -> { }
            }
        }
        return open.peek();
    }

    /**
     * Inside brackets a line break means nothing to the parser, so a forgotten closer shows up as a
     * later line that starts no deeper than the line holding the opener: it reads like a new statement.
     */
    private static Token lineLookingLikeNewStatement(TokenStream tokens, Token opener, Token offending) {
        if (offending.getLine() <= opener.getLine()) {
            return null;
        }
        int indent = -1;
        for (int i = opener.getTokenIndex(); i >= 0 && tokens.get(i).getLine() == opener.getLine(); i--) {
            indent = tokens.get(i).getCharPositionInLine();
        }
        int line = opener.getLine();
        for (int i = opener.getTokenIndex() + 1; i <= offending.getTokenIndex(); i++) {
            Token t = tokens.get(i);
            if (t.getLine() > line) {
                line = t.getLine();
                if (t.getType() != Token.EOF && t.getCharPositionInLine() <= indent) {
                    return t;
                }
            }
        }
        return null;
    }

    private static Token lastContentBefore(TokenStream tokens, int index) {
        for (int i = index - 1; i > 0; i--) {
            int type = tokens.get(i).getType();
            if (type != ScriptLexer.NEWLINE && type != ScriptLexer.INDENT && type != ScriptLexer.DEDENT) {
                return tokens.get(i);
            }
        }
        return tokens.get(Math.max(index, 0));
    }

    private static boolean isCloser(int type) {
        return type == ScriptLexer.RPAREN || type == ScriptLexer.RBRACK || type == ScriptLexer.RBRACE;
    }

    private static boolean startsExpression(int type) {
        return switch (type) {
            case ScriptLexer.NAME, ScriptLexer.INTEGER, ScriptLexer.FLOAT, ScriptLexer.IMAGINARY, ScriptLexer.STRING,
                 ScriptLexer.TRUE, ScriptLexer.FALSE, ScriptLexer.NONE, ScriptLexer.LPAREN, ScriptLexer.LBRACK,
                 ScriptLexer.LBRACE, ScriptLexer.MINUS, ScriptLexer.PLUS, ScriptLexer.TILDE, ScriptLexer.NOT,
                 ScriptLexer.LAMBDA, ScriptLexer.ELLIPSIS -> true;
            default -> false;
        };
    }

    private static boolean endsExpression(int type) {
        return switch (type) {
            case ScriptLexer.NAME, ScriptLexer.INTEGER, ScriptLexer.FLOAT, ScriptLexer.IMAGINARY, ScriptLexer.STRING,
                 ScriptLexer.TRUE, ScriptLexer.FALSE, ScriptLexer.NONE, ScriptLexer.RPAREN, ScriptLexer.RBRACK,
                 ScriptLexer.RBRACE -> true;
            default -> false;
        };
    }

    private static String closerOf(String opener) {
        return switch (opener) {
            case "(" -> ")";
            case "[" -> "]";
            default -> "}";
        };
    }

    private static String describeType(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case ScriptLexer.NEWLINE -> "end of line";
            case ScriptLexer.INDENT -> "an indented block";
            case ScriptLexer.DEDENT -> "end of block";
            case ScriptLexer.NAME -> "a name";
            case ScriptLexer.STRING -> "a string";
            case ScriptLexer.INTEGER, ScriptLexer.FLOAT -> "a number";
            default -> ScriptLexer.VOCABULARY.getDisplayName(type);
        };
    }

    static String describe(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of file";
            case ScriptLexer.NEWLINE -> "end of line";
            case ScriptLexer.INDENT -> "indent";
            case ScriptLexer.DEDENT -> "end of block";
            default -> {
                String text = token.getText();
                if (token.getType() == ScriptLexer.STRING) {
                    yield "string " + (text.length() > 30 ? text.substring(0, 27) + "..." : text).replace("\n", "\\n");
                }
                int newline = text.indexOf('\n');
                if (newline >= 0 || text.length() > 30) {
                    text = text.substring(0, Math.min(newline >= 0 ? newline : 30, 27)) + "...";
                }
                yield "'" + text + "'";
            }
        };
    }
}
