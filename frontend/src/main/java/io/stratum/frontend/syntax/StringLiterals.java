package io.stratum.frontend.syntax;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;

/**
 * Decodes string tokens (prefixes, quotes, escapes, implicit concatenation) and splits f-strings into
 * text and replacement fields whose expressions keep their positions in the script.
 */
final class StringLiterals {

    /** Parses the expression of an f-string field that starts at the given 1-based position. */
    interface FieldParser {
        Expr parse(String expressionText, int line, int column);
    }

    private final String fileName;
    private final FieldParser fieldParser;

    StringLiterals(String fileName, FieldParser fieldParser) {
        this.fileName = fileName;
        this.fieldParser = fieldParser;
    }

    /** One string token taken apart. */
    private record Piece(Token token, boolean raw, boolean bytes, boolean formatted, int bodyStart, int bodyEnd) {
        static Piece of(Token token) {
            String text = token.getText();
            int prefixEnd = 0;
            while (text.charAt(prefixEnd) != '"' && text.charAt(prefixEnd) != '\'') {
                prefixEnd++;
            }
            String prefix = text.substring(0, prefixEnd).toLowerCase();
            int quoteLength = text.startsWith("\"\"\"", prefixEnd) || text.startsWith("'''", prefixEnd) ? 3 : 1;
            if (text.length() - prefixEnd < 2 * quoteLength) {
                quoteLength = 1; // "" is an empty short string, not the start of a triple quote
            }
            return new Piece(token, prefix.contains("r"), prefix.contains("b"), prefix.contains("f"),
                    prefixEnd + quoteLength, text.length() - quoteLength);
        }
    }

    /** Builds the constant or f-string for adjacent string tokens, which Python concatenates. */
    Expr decode(List<Token> tokens) {
        List<Piece> pieces = tokens.stream().map(Piece::of).toList();
        SourcePos pos = SourcePos.span(tokens.getFirst(), tokens.getLast());
        boolean anyBytes = pieces.stream().anyMatch(Piece::bytes);
        if (anyBytes && !pieces.stream().allMatch(Piece::bytes)) {
            throw new ScriptError(fileName, pos, "cannot concatenate bytes and str literals", null);
        }
        if (pieces.stream().noneMatch(Piece::formatted)) {
            StringBuilder value = new StringBuilder();
            for (Piece piece : pieces) {
                value.append(unescape(piece, piece.bodyStart, piece.bodyEnd));
            }
            return new Expr.Constant(anyBytes ? new Expr.ByteString(value.toString()) : value.toString(), pos);
        }
        List<FStringPart> parts = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.formatted) {
                parts.addAll(fieldsOf(piece, piece.bodyStart, piece.bodyEnd, false));
            } else if (piece.bodyEnd > piece.bodyStart) {
                parts.add(new FStringPart.Text(unescape(piece, piece.bodyStart, piece.bodyEnd),
                        positionSpan(piece.token, piece.bodyStart, piece.bodyEnd)));
            }
        }
        return new Expr.FString(mergeText(parts), pos);
    }

    private List<FStringPart> fieldsOf(Piece piece, int from, int to, boolean inFormatSpec) {
        String text = piece.token.getText();
        List<FStringPart> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '{' && !inFormatSpec && i + 1 < to && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && !inFormatSpec && i + 1 < to && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                throw error(piece.token, i, "f-string: single '}' is not allowed", "write '}}' for a literal brace");
            } else if (c == '{') {
                flushText(piece, literal, literalStart, i, parts);
                i = field(piece, i, to, parts);
                literalStart = i;
            } else {
                literal.append(c);
                i++;
            }
        }
        flushText(piece, literal, literalStart, to, parts);
        return parts;
    }

    private void flushText(Piece piece, StringBuilder literal, int start, int end, List<FStringPart> parts) {
        if (!literal.isEmpty()) {
            String raw = literal.toString();
            String value = piece.raw ? raw : unescape(piece, raw, start);
            parts.add(new FStringPart.Text(value, positionSpan(piece.token, start, end)));
            literal.setLength(0);
        }
    }

    /** Parses the field opening at {@code open} and returns the index just after its closing brace. */
    private int field(Piece piece, int open, int to, List<FStringPart> parts) {
        String text = piece.token.getText();
        int depth = 0;
        char quote = 0;
        int j = open + 1;
        for (; j < to; j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '}' || c == ':' || (c == '!' && (j + 1 >= to || text.charAt(j + 1) != '=')))) {
                break;
            }
        }
        if (j >= to) {
            throw error(piece.token, open, "f-string: expecting '}'", "close the replacement field, or write '{{' for a literal brace");
        }
        String expressionText = text.substring(open + 1, j);
        if (expressionText.isBlank()) {
            throw error(piece.token, open, "f-string: empty expression not allowed", "write '{{' for a literal brace");
        }
        int[] at = position(piece.token, open + 1);
        Expr value = fieldParser.parse(expressionText, at[0], at[1]);
        String conversion = null;
        if (text.charAt(j) == '!') {
            if (j + 1 >= to || "rsa".indexOf(text.charAt(j + 1)) < 0) {
                throw error(piece.token, j, "f-string: conversion must be '!r', '!s' or '!a'", null);
            }
            conversion = String.valueOf(text.charAt(j + 1));
            j += 2;
        }
        List<FStringPart> formatSpec = List.of();
        if (j < to && text.charAt(j) == ':') {
            int specStart = j + 1;
            int nested = 0;
            int k = specStart;
            for (; k < to; k++) {
                char c = text.charAt(k);
                if (c == '{') {
                    nested++;
                } else if (c == '}') {
                    if (nested == 0) {
                        break;
                    }
                    nested--;
                }
            }
            formatSpec = mergeText(fieldsOf(piece, specStart, k, true));
            j = k;
        }
        if (j >= to || text.charAt(j) != '}') {
            throw error(piece.token, Math.min(j, to), "f-string: expecting '}'", null);
        }
        parts.add(new FStringPart.Field(value, conversion, formatSpec, positionSpan(piece.token, open, j + 1)));
        return j + 1;
    }

    private static List<FStringPart> mergeText(List<FStringPart> parts) {
        List<FStringPart> merged = new ArrayList<>();
        for (FStringPart part : parts) {
            if (part instanceof FStringPart.Text(String value, SourcePos pos)
                    && !merged.isEmpty() && merged.getLast() instanceof FStringPart.Text(String before, SourcePos beforePos)) {
                merged.set(merged.size() - 1, new FStringPart.Text(before + value, SourcePos.span(beforePos, pos)));
            } else {
                merged.add(part);
            }
        }
        return merged;
    }

    private String unescape(Piece piece, int from, int to) {
        String body = piece.token.getText().substring(from, to);
        if (piece.raw) {
            return checkBytes(piece, body, from);
        }
        return unescape(piece, body, from);
    }

    /** Applies Python's backslash escapes; unknown escapes keep their backslash, as Python does. */
    private String unescape(Piece piece, String body, int offsetInToken) {
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            int consumed = 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> consumed = i + 2 < body.length() && body.charAt(i + 2) == '\n' ? 3 : 2;
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = i + 1;
                    while (end < body.length() && end < i + 4 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                        end++;
                    }
                    out.append((char) Integer.parseInt(body.substring(i + 1, end), 8));
                    consumed = end - i;
                }
                case 'x' -> consumed = 2 + hexEscape(piece, body, i, 2, out, offsetInToken);
                case 'u', 'U' -> {
                    if (piece.bytes) {
                        out.append(c).append(e);
                    } else {
                        consumed = 2 + hexEscape(piece, body, i, e == 'u' ? 4 : 8, out, offsetInToken);
                    }
                }
                case 'N' -> throw error(piece.token, offsetInToken + i, "named unicode escapes ('\\N{...}') are not supported",
                        "write the character itself or use '\\u'");
                default -> out.append(c).append(e);
            }
            i += consumed;
        }
        return checkBytes(piece, out.toString(), offsetInToken);
    }

    private int hexEscape(Piece piece, String body, int backslash, int digits, StringBuilder out, int offsetInToken) {
        int start = backslash + 2;
        if (start + digits > body.length()
                || !body.substring(start, start + digits).chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
            throw error(piece.token, offsetInToken + backslash,
                    "truncated \\" + body.charAt(backslash + 1) + " escape: expected " + digits + " hex digits", null);
        }
        int codePoint = Integer.parseInt(body.substring(start, start + digits), 16);
        if (!Character.isValidCodePoint(codePoint)) {
            throw error(piece.token, offsetInToken + backslash, "escape is not a valid unicode character", null);
        }
        out.appendCodePoint(codePoint);
        return digits;
    }

    private String checkBytes(Piece piece, String value, int offsetInToken) {
        if (piece.bytes) {
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) > 0xff) {
                    throw error(piece.token, offsetInToken, "bytes literals can only contain ASCII characters", null);
                }
            }
        }
        return value;
    }

    private ScriptError error(Token token, int indexInToken, String message, String hint) {
        int[] at = position(token, indexInToken);
        return new ScriptError(fileName, at[0], at[1], message, hint);
    }

    private static SourcePos positionSpan(Token token, int from, int to) {
        int[] start = position(token, from);
        int[] end = position(token, to);
        return new SourcePos(start[0], start[1], end[0], end[1]);
    }

    /** The 1-based line and column of a character of a (possibly multi-line) token. */
    private static int[] position(Token token, int indexInToken) {
        String text = token.getText();
        int line = token.getLine();
        int column = token.getCharPositionInLine() + 1;
        for (int i = 0; i < indexInToken && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
