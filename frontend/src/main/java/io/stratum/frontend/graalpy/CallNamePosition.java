package io.stratum.frontend.graalpy;

import java.util.List;

/**
 * Where the subset binder locates a call or an attribute: at the name of the function or method called ({@code
 * read_csv} in {@code pd.read_csv(...)}, {@code mark_as_X} in {@code X.skb.mark_as_X()}) or of the attribute read
 * ({@code aply} in {@code data.skb.aply}), while Python's code positions span the whole expression from its first
 * character. Given that span in the script's text, this finds the name, so both frontends point at the same place.
 */
final class CallNamePosition {
    private final List<String> lines;

    CallNamePosition(String source) {
        this.lines = source.lines().toList();
    }

    /**
     * The 1-based {@code {line, column}} of the called name for a call spanning {@code line:column} (1-based) to
     * {@code endLine:endColumn} (0-based exclusive end, as Python gives it); the start itself when the span is not a
     * call ending in {@code )} or the name cannot be found.
     */
    int[] locate(int line, int column, int endLine, int endColumn) {
        int[] start = {line, column};
        if (line < 1 || endLine < line || endLine > lines.size()) {
            return start;
        }
        StringBuilder text = new StringBuilder();
        int[] lineOf;
        int[] columnOf;
        int length = 0;
        for (int l = line; l <= endLine; l++) {
            length += lines.get(l - 1).length() + 1;
        }
        lineOf = new int[length];
        columnOf = new int[length];
        for (int l = line; l <= endLine; l++) {
            String s = lines.get(l - 1);
            int from = l == line ? Math.min(column - 1, s.length()) : 0;
            int to = l == endLine ? Math.min(endColumn, s.length()) : s.length();
            for (int c = from; c < to; c++) {
                lineOf[text.length()] = l;
                columnOf[text.length()] = c + 1;
                text.append(s.charAt(c));
            }
            if (l < endLine) {
                lineOf[text.length()] = l;
                columnOf[text.length()] = s.length() + 1;
                text.append('\n');
            }
        }
        if (text.length() > 0 && isNameChar(text.charAt(text.length() - 1))) {
            // An attribute (data.skb.aply): located at its name, as the subset binder locates it.
            int name = text.length();
            while (name > 0 && isNameChar(text.charAt(name - 1))) {
                name--;
            }
            return name > 0 && text.charAt(name - 1) == '.' && isPrimary(text, name - 1)
                    ? new int[] {lineOf[name], columnOf[name]} : start;
        }
        int open = lastOuterParenthesis(text);
        if (open < 0 || text.length() == 0 || text.charAt(text.length() - 1) != ')') {
            return start;
        }
        int end = open;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int name = end;
        while (name > 0 && isNameChar(text.charAt(name - 1))) {
            name--;
        }
        if (name == end || !isPrimary(text, name)) {
            return start;
        }
        return new int[] {lineOf[name], columnOf[name]};
    }

    /**
     * Whether {@code text[0, end)} is the receiver chain of a call or an attribute ({@code pd.}, {@code df["x"].skb.}):
     * names, dots and bracketed parts only. A span such as {@code round(m) + round(m)} is a binary operation ending in a
     * call, which Python's traceback (and the subset binder) locates at its first character.
     */
    private static boolean isPrimary(CharSequence text, int end) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                default -> {
                    if (depth == 0 && !isNameChar(c) && c != '.' && !(Character.isWhitespace(c) && besideDot(text, i, end))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether the white space at {@code i} continues a chain across lines: a dot is the next or last character. */
    private static boolean besideDot(CharSequence text, int i, int end) {
        int before = i;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        int after = i;
        while (after < end && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return before > 0 && text.charAt(before - 1) == '.' || after < text.length() && text.charAt(after) == '.';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The index of the last {@code (} opened at bracket depth 0, outside string literals; -1 when there is none. */
    private static int lastOuterParenthesis(CharSequence text) {
        int depth = 0;
        int last = -1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '\'', '"' -> quote = c;
                case '#' -> {
                    while (i < text.length() && text.charAt(i) != '\n') {
                        i++;
                    }
                }
                case '(', '[', '{' -> {
                    if (depth == 0 && c == '(') {
                        last = i;
                    }
                    depth++;
                }
                case ')', ']', '}' -> depth--;
                default -> {
                }
            }
        }
        return last;
    }
}
