package io.stratum.frontend.syntax;

/**
 * An error in a user's script, located at a file, line and column, that renders the way compilers
 * show errors: a header, the offending line, a caret and an optional hint.
 */
public final class ScriptError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The hint every construct outside the subset points to. */
    public static final String FULL_PYTHON_HINT =
            "run the script with `--frontend graalpy`, which executes full Python";

    private final String file;
    private final int line;
    private final int column;
    private final String problem;
    private final String hint;

    /**
     * Creates an error; {@code line} and {@code column} are 1-based and {@code hint} may be null.
     */
    public ScriptError(String file, int line, int column, String problem, String hint) {
        // The location is the useful part: a Java stack trace means nothing to a script author.
        super(file + ":" + line + ":" + column + ": error: " + problem, null, false, false);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.hint = hint;
    }

    /** Creates an error at the start of {@code pos}. */
    public ScriptError(String file, SourcePos pos, String problem, String hint) {
        this(file, pos.line(), pos.column(), problem, hint);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What went wrong, without location. */
    public String problem() {
        return problem;
    }

    /** What to do about it, or null. */
    public String hint() {
        return hint;
    }

    /**
     * Renders the error against the script text it refers to: {@code file:LINE:COL: error: problem},
     * the source line, a caret under the column and, when there is one, {@code hint: ...}.
     */
    public String render(String sourceText) {
        StringBuilder out = new StringBuilder(getMessage()).append('\n');
        String sourceLine = sourceLine(sourceText, line);
        if (sourceLine != null) {
            out.append(sourceLine).append('\n');
            // Copy tabs so the caret lines up with the text however wide the terminal draws a tab.
            int offset = sourceLine.offsetByCodePoints(0, Math.min(column - 1, sourceLine.codePointCount(0, sourceLine.length())));
            for (int i = 0; i < offset; i++) {
                out.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
            }
            for (int i = sourceLine.codePointCount(0, sourceLine.length()); i < column - 1; i++) {
                out.append(' ');
            }
            out.append("^\n");
        }
        if (hint != null) {
            out.append("hint: ").append(hint).append('\n');
        }
        return out.toString();
    }

    private static String sourceLine(String text, int lineNumber) {
        int start = 0;
        for (int current = 1; current < lineNumber; current++) {
            int next = nextLineStart(text, start);
            if (next < 0) {
                return null;
            }
            start = next;
        }
        if (start >= text.length() && lineNumber > 1) {
            return null;
        }
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(start, end);
    }

    private static int nextLineStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }
}
