package io.stratum.frontend.syntax;

import org.antlr.v4.runtime.Token;

/**
 * A span of script text as an editor shows it: lines and columns start at 1, and the end is the
 * position just after the last character.
 */
public record SourcePos(int line, int column, int endLine, int endColumn) {

    public SourcePos {
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("bad source span " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    /** A position that only marks where something starts. */
    public static SourcePos at(int line, int column) {
        return new SourcePos(line, column, line, column);
    }

    /** The span of one token; multi-line tokens (triple-quoted strings) end on a later line. */
    public static SourcePos of(Token token) {
        int line = token.getLine();
        int column = token.getCharPositionInLine() + 1;
        String text = token.getText();
        if (token.getType() == Token.EOF || text == null || token.getStopIndex() < token.getStartIndex()) {
            return at(line, column);
        }
        int endLine = line;
        int endColumn = column;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                endLine++;
                endColumn = 1;
            } else if (!Character.isLowSurrogate(c)) {
                endColumn++;
            }
        }
        return new SourcePos(line, column, endLine, endColumn);
    }

    /** The span from the start of {@code first} to the end of {@code last}. */
    public static SourcePos span(SourcePos first, SourcePos last) {
        return new SourcePos(first.line, first.column, last.endLine, last.endColumn);
    }

    /** The span from the start of {@code first} to the end of {@code last}. */
    public static SourcePos span(Token first, Token last) {
        return span(of(first), of(last));
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
