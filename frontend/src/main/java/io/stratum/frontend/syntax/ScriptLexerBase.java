package io.stratum.frontend.syntax;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Superclass of the generated {@code ScriptLexer} that turns physical lines into Python's logical
 * layout tokens: NEWLINE, INDENT and DEDENT.
 */
abstract class ScriptLexerBase extends Lexer {

    private static final int TAB_STOP = 8;

    private final Deque<Token> pending = new ArrayDeque<>();
    private final Deque<Integer> indentWidths = new ArrayDeque<>();
    private final Deque<Token> openBrackets = new ArrayDeque<>();
    private Token lastContent;
    private boolean lineHasContent;
    private boolean sawLineBreak;
    private boolean finished;
    private boolean embedded;

    protected ScriptLexerBase(CharStream input) {
        super(input);
        indentWidths.push(0);
    }

    /**
     * Lexes a fragment embedded in a string (an f-string field): no layout tokens at all, as if the
     * whole fragment sat inside brackets.
     */
    void lexAsEmbeddedExpression() {
        embedded = true;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            if (finished) {
                return eofToken();
            }
            fill();
        }
        return pending.poll();
    }

    private void fill() {
        Token token = super.nextToken();
        switch (token.getType()) {
            case Token.EOF -> endOfInput(token);
            case ScriptLexer.NEWLINE -> lineBreak(token);
            default -> content(token);
        }
    }

    private void content(Token token) {
        if (!embedded && !lineHasContent && !sawLineBreak && lastContent == null
                && token.getCharPositionInLine() > 0) {
            // Only the very first line has no NEWLINE token in front to measure its indentation.
            int width = token.getCharPositionInLine();
            indentWidths.push(width);
            pending.add(layoutToken(ScriptLexer.INDENT, token, token.getStartIndex()));
        }
        trackBrackets(token);
        lineHasContent = true;
        lastContent = token;
        pending.add(token);
    }

    private void trackBrackets(Token token) {
        switch (token.getType()) {
            case ScriptLexer.LPAREN, ScriptLexer.LBRACK, ScriptLexer.LBRACE -> openBrackets.push(token);
            case ScriptLexer.RPAREN, ScriptLexer.RBRACK, ScriptLexer.RBRACE -> {
                if (openBrackets.isEmpty()) {
                    return; // the parser reports the stray closer as an unexpected token
                }
                Token opener = openBrackets.peek();
                if (closerOf(opener.getType()) != token.getType()) {
                    throw new ScriptError(getSourceName(), token.getLine(), token.getCharPositionInLine() + 1,
                            "closing '" + token.getText() + "' does not match '" + opener.getText()
                                    + "' opened at " + opener.getLine() + ":" + (opener.getCharPositionInLine() + 1),
                            "close the '" + opener.getText() + "' with '" + (char) closerChar(opener.getType()) + "' first");
                }
                openBrackets.pop();
            }
            default -> { }
        }
    }

    private void lineBreak(Token token) {
        if (embedded || !openBrackets.isEmpty()) {
            return; // implicit line joining inside brackets
        }
        sawLineBreak = true;
        int next = _input.LA(1);
        boolean blankLine = next == '\n' || next == '\r' || next == '#' || next == CharStream.EOF;
        if (lineHasContent) {
            pending.add(newlineAfter(lastContent, token));
            lineHasContent = false;
        }
        if (blankLine) {
            return; // blank and comment-only lines do not take part in indentation
        }
        String text = token.getText();
        int lineStart = text.lastIndexOf('\n') >= 0 ? text.lastIndexOf('\n') + 1 : text.lastIndexOf('\r') + 1;
        int width = 0;
        for (int i = lineStart; i < text.length(); i++) {
            width = text.charAt(i) == '\t' ? (width / TAB_STOP + 1) * TAB_STOP : width + 1;
        }
        int contentIndex = token.getStopIndex() + 1;
        int contentLine = token.getLine() + 1;
        int contentColumn = text.length() - lineStart;
        if (width > indentWidths.peek()) {
            indentWidths.push(width);
            pending.add(layoutToken(ScriptLexer.INDENT, contentLine, contentColumn, contentIndex));
            return;
        }
        while (width < indentWidths.peek()) {
            indentWidths.pop();
            pending.add(layoutToken(ScriptLexer.DEDENT, contentLine, contentColumn, contentIndex));
        }
        if (width != indentWidths.peek()) {
            throw new ScriptError(getSourceName(), contentLine, contentColumn + 1,
                    "unindent does not match any outer indentation level",
                    "indent this line exactly as far as the block it belongs to");
        }
    }

    private void endOfInput(Token eof) {
        finished = true;
        if (embedded || !openBrackets.isEmpty()) {
            pending.add(eof); // an embedded expression has no layout; an unclosed bracket is the parser's to report
            return;
        }
        if (lineHasContent) {
            pending.add(newlineAfter(lastContent, eof));
            lineHasContent = false;
        }
        while (indentWidths.peek() > 0) {
            indentWidths.pop();
            pending.add(layoutToken(ScriptLexer.DEDENT, eof, eof.getStartIndex()));
        }
        pending.add(eof);
    }

    private Token eofToken() {
        return _factory.create(new Pair<>(this, _input), Token.EOF, "<EOF>", Token.DEFAULT_CHANNEL,
                _input.index(), _input.index() - 1, getLine(), getCharPositionInLine());
    }

    /** A NEWLINE sits right after the last token of its line, where an error about a missing operand belongs. */
    private Token newlineAfter(Token last, Token lineBreak) {
        CommonToken newline = new CommonToken(new Pair<>(this, _input), ScriptLexer.NEWLINE,
                Token.DEFAULT_CHANNEL, lineBreak.getStartIndex(), lineBreak.getStartIndex() - 1);
        newline.setText("\n");
        SourcePos end = SourcePos.of(last);
        newline.setLine(end.endLine());
        newline.setCharPositionInLine(end.endColumn() - 1);
        return newline;
    }

    private CommonToken layoutToken(int type, Token at, int index) {
        return layoutToken(type, at.getLine(), at.getCharPositionInLine(), index);
    }

    private CommonToken layoutToken(int type, int line, int column, int index) {
        CommonToken token = new CommonToken(new Pair<>(this, _input), type, Token.DEFAULT_CHANNEL, index, index - 1);
        token.setText(type == ScriptLexer.INDENT ? "<indent>" : "<dedent>");
        token.setLine(line);
        token.setCharPositionInLine(column);
        return token;
    }

    private static int closerOf(int openerType) {
        return switch (openerType) {
            case ScriptLexer.LPAREN -> ScriptLexer.RPAREN;
            case ScriptLexer.LBRACK -> ScriptLexer.RBRACK;
            default -> ScriptLexer.RBRACE;
        };
    }

    private static int closerChar(int openerType) {
        return switch (openerType) {
            case ScriptLexer.LPAREN -> ')';
            case ScriptLexer.LBRACK -> ']';
            default -> '}';
        };
    }
}
