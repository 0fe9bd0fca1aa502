package io.stratum.runtime.kernels.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code token_pattern} other than scikit-learn's default: the Python {@code re} pattern translated to a Java regex
 * that matches the same strings, and scikit-learn's tokenizer {@code re.compile(token_pattern).findall}: the whole
 * matches, or the one capturing group's text ({@code ""} when it did not take part).
 *
 * <p>The translated subset: literals and escapes ({@code \n \t \r \f \v \a \xhh \\uhhhh \Uhhhhhhhh} and escaped
 * punctuation), {@code .} (any code point but a newline), {@code ^}, {@code $} (before a final newline too),
 * {@code \A}, {@code \Z}, character classes with ranges and negation, {@code \w \W \d \D \s \S} with Python's Unicode
 * meaning (the code points Python's {@code re} puts in them, from {@code python_regex_classes.txt}: Java's own
 * {@code \w} differs), {@code \b} and {@code \B} over that {@code \w}, groups ({@code (...)}, {@code (?:...)},
 * {@code (?P<name>...)}, lookahead and lookbehind, atomic), alternation, the quantifiers with their lazy and
 * possessive forms and Python's {@code {m,n}} forms, comments {@code (?#...)}, and Python's inline flags: global ones
 * at the start ({@code (?u)}, {@code (?i)}, {@code (?a)}, {@code (?m)}, {@code (?s)}, {@code (?x)}, combined) and
 * scoped ones ({@code (?i:...)}, {@code (?-i:...)}, {@code (?a:...)}, ...). {@code a} gives {@code \w \d \s \b} their
 * ASCII meaning (and ASCII-only case folding); {@code m} and {@code s} are written into {@code ^ $} and {@code .};
 * {@code x} drops whitespace and {@code #} comments outside classes; under {@code i} each literal and class is
 * written as the explicit set of code points Python's {@code re} matches ({@link PythonCase}), never with Java's own
 * case folding, which differs (it does not match U+1E9E with U+00DF, and would fold U+0345 into {@code \w}, which
 * Python does not fold). Anything else (global flags after the start, {@code L}, {@code a} with {@code u}, backreferences,
 * conditionals, {@code \N{...}}) is refused with its position, with Python's words where Python refuses it too.
 */
public final class TokenPattern {
    /** scikit-learn's default {@code token_pattern}, tokenized without a regex ({@link TextAnalyzer#tokens}). */
    public static final String DEFAULT = "(?u)\\b\\w\\w+\\b";

    private static final Map<Character, String> CLASSES = classes();
    /**
     * Left out of every negated class and of {@code .}: Java matches a lone surrogate there, which a text never holds
     * but a lookbehind can land on, one char into a code point beyond U+FFFF.
     */
    private static final String SURROGATES = "\\x{d800}-\\x{dfff}";
    /**
     * Appended inside every lookbehind: an alternative that never matches but is two chars long, so that Java looks
     * back far enough to see a code point beyond U+FFFF (it measures a class as one char, and then never matches one).
     */
    private static final String BEHIND = "|(?!)..";

    private final String source;
    private final Pattern pattern;
    /** The pattern, held to a match that ends after where it starts ({@code \\G}: the region's start). */
    private final Pattern nonEmpty;
    private final boolean group;

    private TokenPattern(String source, String java, boolean group) {
        this.source = source;
        this.pattern = Pattern.compile(java);
        this.nonEmpty = Pattern.compile("(?:" + java + ")(?!\\G)");
        this.group = group;
    }

    /**
     * The tokenizer of {@code pattern}, or an {@link IllegalArgumentException} naming the construct and its position
     * (0-based, in code points as Python counts) when it is outside the translated subset, when Java finds it
     * malformed, or with scikit-learn's error when it has more than one capturing group.
     */
    public static TokenPattern compile(String pattern) {
        Translation t = new Translation(pattern);
        String java = t.translate();
        if (t.groups > 1) {
            throw new IllegalArgumentException("More than 1 capturing group in token pattern. Only a single group should"
                    + " be captured.");
        }
        try {
            return new TokenPattern(pattern, java, t.groups == 1);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("token_pattern " + repr(pattern) + " is not a valid regular expression ("
                    + e.getDescription() + "); Python's re refuses it too");
        }
    }

    /** The pattern as the script wrote it. */
    public String source() {
        return source;
    }

    /** The Java regex it was translated to (the tests sweep it over every code point). */
    Pattern javaPattern() {
        return pattern;
    }

    /**
     * {@code re.findall(pattern, text)}: the tokens of {@code text} in order. After an empty match Python looks again
     * at the same place for a non-empty one, and otherwise moves on by one code point; Java's {@code find} would move
     * on by one char (into a code point beyond U+FFFF) and never look for the non-empty match, so the loop is Python's.
     */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher longer = null;
        int pos = 0;
        int end = text.length();
        boolean mustAdvance = false;
        while (pos <= end) {
            if (mustAdvance) {
                if (longer == null) {
                    longer = nonEmpty.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                longer.region(pos, end);
                if (longer.lookingAt()) {
                    add(out, longer);
                    pos = longer.end();
                    mustAdvance = false;
                    continue;
                }
                if (pos == end) {
                    break;
                }
                pos += Character.charCount(text.codePointAt(pos));
            }
            m.region(pos, end);
            if (!m.find()) {
                break;
            }
            add(out, m);
            mustAdvance = m.start() == m.end();
            pos = m.end();
        }
        return out;
    }

    private void add(List<String> out, Matcher m) {
        String token = group ? m.group(1) : m.group();
        out.add(token == null ? "" : token);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenPattern t && t.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }

    /** A pattern as Python's repr writes a str. */
    static String repr(String s) {
        return io.stratum.ir.value.PyFormat.strRepr(s);
    }

    /** The Java class (without brackets) of the code points in Python's {@code \w}, {@code \d} and {@code \s}. */
    private static Map<Character, String> classes() {
        Map<Character, StringBuilder> parts = new HashMap<>();
        for (String line : CombiningMarks.resourceLines("python_regex_classes.txt")) {
            String[] f = line.split(" ");
            StringBuilder b = parts.computeIfAbsent(f[0].charAt(0), k -> new StringBuilder());
            b.append("\\x{").append(f[1]).append('}');
            if (!f[1].equals(f[2])) {
                b.append("-\\x{").append(f[2]).append('}');
            }
        }
        Map<Character, String> out = new HashMap<>();
        for (char c : new char[] {'w', 'd', 's'}) {
            if (!parts.containsKey(c)) {
                throw new IllegalStateException("python_regex_classes.txt has no ranges for \\" + c);
            }
            out.put(c, parts.get(c).toString());
        }
        return out;
    }

    /** One pass over the Python pattern, by code points, writing the Java pattern. */
    private static final class Translation {
        private final String source;
        private final int[] cps;
        private int at;
        private final StringBuilder out = new StringBuilder();
        int groups;
        /** For each group open at this point: whether it is a lookbehind, and the flags to restore at its end. */
        private final java.util.ArrayDeque<Open> open = new java.util.ArrayDeque<>();
        /** Python's flags in force: IGNORECASE, ASCII, MULTILINE, DOTALL, VERBOSE. */
        private Flags flags = new Flags(false, false, false, false, false);

        /** The flags in force at one point of the pattern. */
        private record Flags(boolean ignoreCase, boolean ascii, boolean multiline, boolean dotAll, boolean verbose) {
        }

        /** An open group. */
        private record Open(boolean lookbehind, Flags restore) {
        }

        Translation(String source) {
            this.source = source;
            this.cps = source.codePoints().toArray();
        }

        private IllegalArgumentException refuse(int position, String what) {
            return new IllegalArgumentException("token_pattern " + repr(source) + ": " + what + " at position "
                    + position + " is not translated to Java's regex (Stratum translates literals, escapes, classes,"
                    + " \\w \\d \\s \\b with Python's Unicode meaning, groups, lookarounds, alternation and"
                    + " quantifiers); write the pattern with those");
        }

        private boolean next(int c) {
            return at < cps.length && cps[at] == c;
        }

        String translate() {
            leadingFlags();
            while (at < cps.length) {
                if (flags.verbose() && skipVerbose()) {
                    continue;
                }
                int start = at;
                int c = cps[at++];
                switch (c) {
                    case '\\' -> escape(start, false);
                    case '.' -> out.append(flags.dotAll() ? "[^" + SURROGATES + "]" : "[^\\n" + SURROGATES + "]");
                    case '^' -> out.append(flags.multiline() ? "(?:\\A|(?<=\\n))" : "^");
                    case '$' -> out.append(flags.multiline() ? "(?=\\n|\\z)" : "(?=\\n?\\z)");
                    case '[' -> characterClass(start);
                    case '(' -> group(start);
                    case ')' -> {
                        if (!open.isEmpty()) {
                            Open closed = open.pop();
                            if (closed.lookbehind()) {
                                out.append(BEHIND);
                            }
                            flags = closed.restore();
                        }
                        out.append(')');
                    }
                    case '|', '*', '+', '?' -> out.appendCodePoint(c);
                    case '{' -> repeat();
                    default -> patternLiteral(c);
                }
            }
            return out.toString();
        }

        /** Python's VERBOSE: whitespace, and a {@code #} comment to the end of its line, outside classes. */
        private boolean skipVerbose() {
            int c = cps[at];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f') {
                at++;
                return true;
            }
            if (c == '#') {
                while (at < cps.length && cps[at] != '\n') {
                    at++;
                }
                return true;
            }
            return false;
        }

        /**
         * The global flags {@code (?aiLmsux)} at the start of the pattern (several groups of them too), as Python reads
         * them: {@code L} is refused with a str pattern, {@code a} with {@code u}.
         */
        private void leadingFlags() {
            while (true) {
                while (flags.verbose() && at < cps.length && skipVerbose()) {
                    // whitespace and comments between the flag groups
                }
                if (!leadingFlagGroup()) {
                    return;
                }
            }
        }

        /** One {@code (?flags)} group at {@code at}, read; false when there is none. */
        private boolean leadingFlagGroup() {
            if (next('(') && at + 1 < cps.length && cps[at + 1] == '?' && at + 2 < cps.length
                    && "aiLmsux".indexOf(cps[at + 2]) >= 0) {
                int start = at;
                int end = at + 2;
                while (end < cps.length && "aiLmsux".indexOf(cps[end]) >= 0) {
                    end++;
                }
                if (end == cps.length || cps[end] != ')') {
                    return false; // a scoped group (?i:...) or a malformed one: the group parser takes it
                }
                String letters = new String(cps, start + 2, end - start - 2);
                flags = withLetters(flags, letters, true, start);
                at = end + 1;
                return true;
            }
            return false;
        }

        /** {@code flags} with the flag letters turned on (or off), refusing what Python refuses with a str pattern. */
        private Flags withLetters(Flags f, String letters, boolean on, int position) {
            if (letters.contains("L")) {
                throw new IllegalArgumentException("token_pattern " + repr(source) + ": bad inline flags: cannot use"
                        + " 'L' flag with a str pattern at position " + position + " (Python's re refuses it too)");
            }
            if (!on && (letters.contains("a") || letters.contains("u"))) {
                throw new IllegalArgumentException("token_pattern " + repr(source) + ": bad inline flags: cannot turn"
                        + " off flags 'a', 'u' and 'L' at position " + position + " (Python's re refuses it too)");
            }
            if (letters.contains("a") && letters.contains("u")) {
                throw new IllegalArgumentException("token_pattern " + repr(source) + ": bad inline flags: flags 'a',"
                        + " 'u' and 'L' are incompatible at position " + position + " (Python's re refuses it too)");
            }
            return new Flags(letters.contains("i") ? on : f.ignoreCase(), f.ascii() || letters.contains("a"),
                    letters.contains("m") ? on : f.multiline(), letters.contains("s") ? on : f.dotAll(),
                    letters.contains("x") ? on : f.verbose());
        }

        /** The Java class (without brackets) of {@code \w}, {@code \d} or {@code \s} under the flags in force. */
        private String classOf(char c) {
            if (!flags.ascii()) {
                return CLASSES.get(c);
            }
            return switch (c) {
                case 'w' -> "a-zA-Z0-9_";
                case 'd' -> "0-9";
                default -> "\\x{20}\\x{9}\\x{a}\\x{d}\\x{c}\\x{b}";
            };
        }

        /** A literal outside a class: under IGNORECASE, every code point Python's {@code re} takes for it. */
        private void patternLiteral(int c) {
            if (!flags.ignoreCase() || !PythonCase.cased(c, flags.ascii())) {
                literal(c);
                return;
            }
            int[] same = PythonCase.literalMatches(c, flags.ascii());
            if (same.length == 1) {
                literal(same[0]);
                return;
            }
            StringBuilder saved = new StringBuilder(out);
            out.setLength(0);
            for (int d : same) {
                literal(d);
            }
            String members = out.toString();
            out.setLength(0);
            out.append(saved).append('[').append(members).append(']');
        }

        private void literal(int c) {
            if (c < 0x80 && Character.isLetterOrDigit(c) || c == '_' || c == ' ') {
                out.appendCodePoint(c);
            } else {
                out.append("\\x{").append(Integer.toHexString(c)).append('}');
            }
        }

        /** Python's {@code {m,n}}, {@code {m}}, {@code {,n}}, {@code {m,}}; any other brace is a literal. */
        private void repeat() {
            int here = at;
            StringBuilder lo = new StringBuilder();
            StringBuilder hi = new StringBuilder();
            if (next('}')) {
                out.append("\\{");
                return;
            }
            while (at < cps.length && cps[at] >= '0' && cps[at] <= '9') {
                lo.appendCodePoint(cps[at++]);
            }
            boolean comma = next(',');
            if (comma) {
                at++;
                while (at < cps.length && cps[at] >= '0' && cps[at] <= '9') {
                    hi.appendCodePoint(cps[at++]);
                }
            }
            if (!next('}')) {
                at = here;
                out.append("\\{");
                return;
            }
            at++;
            String min = lo.isEmpty() ? "0" : lo.toString();
            if (!comma) {
                out.append('{').append(min).append('}');
            } else {
                out.append('{').append(min).append(',').append(hi).append('}');
            }
        }

        private void group(int start) {
            if (!next('?')) {
                groups++;
                open.push(new Open(false, flags));
                out.append('(');
                return;
            }
            at++;
            if (next(':') || next('=') || next('!') || next('>')) {
                open.push(new Open(false, flags));
                out.append("(?").appendCodePoint(cps[at++]);
                return;
            }
            if (next('<') && at + 1 < cps.length && (cps[at + 1] == '=' || cps[at + 1] == '!')) {
                open.push(new Open(true, flags));
                out.append("(?<").appendCodePoint(cps[at + 1]);
                at += 2;
                return;
            }
            if (next('P') && at + 1 < cps.length && cps[at + 1] == '<') {
                // A named group captures as a plain one; findall does not see its name.
                int close = at + 2;
                while (close < cps.length && cps[close] != '>') {
                    close++;
                }
                if (close == cps.length) {
                    throw refuse(start, "an unterminated group name");
                }
                at = close + 1;
                groups++;
                open.push(new Open(false, flags));
                out.append('(');
                return;
            }
            if (next('#')) {
                while (at < cps.length && cps[at] != ')') {
                    at++;
                }
                if (at == cps.length) {
                    throw refuse(start, "an unterminated comment");
                }
                at++;
                return;
            }
            if (next('P')) {
                throw refuse(start, "a named backreference (?P=...)");
            }
            if (next('(')) {
                throw refuse(start, "a conditional group (?(...)...)");
            }
            scopedFlags(start);
        }

        /**
         * {@code (?flags-flags:...)}: the group's flags hold until its end. Global flags {@code (?i)} here, after the
         * start, are refused as Python 3.11 refuses them.
         */
        private void scopedFlags(int start) {
            int end = at;
            while (end < cps.length && "aiLmsux".indexOf(cps[end]) >= 0) {
                end++;
            }
            String on = new String(cps, at, end - at);
            String off = "";
            if (end < cps.length && cps[end] == '-') {
                int offStart = end + 1;
                end = offStart;
                while (end < cps.length && Character.isLetter(cps[end])) {
                    end++;
                }
                off = new String(cps, offStart, end - offStart);
                for (int k = 0; k < off.length(); k++) {
                    if ("aiLmsux".indexOf(off.charAt(k)) < 0) {
                        throw refuse(start, "the unknown flag " + off.charAt(k));
                    }
                }
                if (off.isEmpty() && !(end < cps.length && cps[end] == ':')) {
                    throw refuse(start, "a missing flag after '-'");
                }
            }
            if (end < cps.length && cps[end] == ')' && off.isEmpty() && !on.isEmpty()) {
                throw new IllegalArgumentException("token_pattern " + repr(source) + ": global flags not at the start of"
                        + " the expression at position " + start + " (Python's re refuses it too); put them first");
            }
            if (on.isEmpty() && off.isEmpty() || end == cps.length || cps[end] != ':') {
                int stop = end;
                while (stop < cps.length && Character.isLetter(cps[stop])) {
                    stop++;
                }
                throw refuse(start, "the group (?" + new String(cps, at, stop - at));
            }
            Flags before = flags;
            Flags after = withLetters(before, on, true, start);
            after = withLetters(after, off, false, start);
            open.push(new Open(false, before));
            flags = after;
            at = end + 1;
            out.append("(?:");
        }

        /** The escape after a backslash at {@code start}; inside a class {@code \b} is a backspace. */
        private void escape(int start, boolean inClass) {
            if (at == cps.length) {
                throw new IllegalArgumentException("token_pattern " + repr(source) + " ends with a lone backslash"
                        + " (Python's re: bad escape (end of pattern) at position " + start + ")");
            }
            int c = cps[at++];
            switch (c) {
                case 'w', 'd', 's' -> {
                    String cls = "[" + classOf((char) c) + "]";
                    out.append(cls);
                }
                case 'W', 'D', 'S' -> {
                    out.append("[^" + classOf((char) Character.toLowerCase(c)) + SURROGATES + "]");
                }
                case 'b' -> {
                    if (inClass) {
                        out.append("\\x{8}");
                    } else {
                        String w = "[" + classOf('w') + "]";
                        out.append("(?:(?<=" + w + BEHIND + ")(?!" + w + ")|(?<!" + w + BEHIND + ")(?=" + w + "))");
                    }
                }
                case 'B' -> {
                    if (inClass) {
                        throw refuse(start, "\\B inside a character class (Python's re: bad escape)");
                    }
                    String w = "[" + classOf('w') + "]";
                    out.append("(?:(?<=" + w + BEHIND + ")(?=" + w + ")|(?<!" + w + BEHIND + ")(?!" + w + "))");
                }
                case 'A' -> out.append(inClass ? refuseInClass(start, c) : "\\A");
                case 'Z' -> out.append(inClass ? refuseInClass(start, c) : "\\z");
                case 'n' -> escapedLiteral(0xa, inClass);
                case 't' -> escapedLiteral(0x9, inClass);
                case 'r' -> escapedLiteral(0xd, inClass);
                case 'f' -> escapedLiteral(0xc, inClass);
                case 'v' -> escapedLiteral(0xb, inClass);
                case 'a' -> escapedLiteral(0x7, inClass);
                case 'x' -> escapedLiteral(hex(start, 2), inClass);
                case 'u' -> escapedLiteral(hex(start, 4), inClass);
                case 'U' -> escapedLiteral(hex(start, 8), inClass);
                default -> {
                    if (c >= '0' && c <= '9') {
                        throw refuse(start, "the backreference or octal escape \\" + (char) c);
                    }
                    if (c < 0x80 && Character.isLetter(c)) {
                        throw refuse(start, "the escape \\" + (char) c + (c == 'N' ? "{...}" : "")
                                + (c == 'N' ? "" : " (Python's re: bad escape)"));
                    }
                    escapedLiteral(c, inClass);
                }
            }
        }

        /** An escaped code point: as written inside a class (the class folds its members), else as a literal. */
        private void escapedLiteral(int c, boolean inClass) {
            if (inClass) {
                out.append("\\x{").append(Integer.toHexString(c)).append('}');
            } else {
                patternLiteral(c);
            }
        }

        private String refuseInClass(int start, int c) {
            throw refuse(start, "\\" + (char) c + " inside a character class (Python's re: bad escape)");
        }

        private int hex(int start, int digits) {
            if (at + digits > cps.length) {
                throw refuse(start, "an incomplete escape (Python's re: incomplete escape)");
            }
            String hex = new String(cps, at, digits);
            for (int i = 0; i < hex.length(); i++) {
                if (Character.digit(hex.charAt(i), 16) < 0) {
                    throw refuse(start, "an incomplete escape \\" + (char) cps[start + 1] + hex
                            + " (Python's re: incomplete escape)");
                }
            }
            long value = Long.parseLong(hex, 16);
            if (value > Character.MAX_CODE_POINT) {
                throw refuse(start, "the escape \\U" + hex + " beyond the last code point (Python's re: bad escape)");
            }
            at += digits;
            return (int) value;
        }

        /**
         * A class {@code [...]}: Python takes a {@code ]} first (after an optional {@code ^}) as a literal and every
         * other character but {@code \} and {@code ]} literally (Java's nested classes and {@code &&} do not exist
         * there), so each member is written as an escaped code point, a range or a nested class.
         */
        private void characterClass(int start) {
            StringBuilder saved = new StringBuilder(out);
            out.setLength(0);
            StringBuilder escapes = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            boolean negated = next('^');
            if (negated) {
                at++;
            }
            boolean first = true;
            int members = 0;
            while (true) {
                if (at == cps.length) {
                    throw refuse(start, "an unterminated character set");
                }
                int c = cps[at];
                if (c == ']' && !first) {
                    at++;
                    break;
                }
                first = false;
                int memberStart = at++;
                int low;
                if (c == '\\') {
                    int mark = out.length();
                    escape(memberStart, true);
                    String written = out.substring(mark);
                    if (!written.startsWith("\\x{")) {
                        // a class escape (\w, \d, \s, or their negations): no range may start here
                        if (next('-') && at + 1 < cps.length && cps[at + 1] != ']') {
                            throw refuse(memberStart, "a range starting at a class escape (Python's re: bad character"
                                    + " range)");
                        }
                        out.setLength(mark);
                        escapes.append(written);
                        members++;
                        continue;
                    }
                    low = Integer.parseInt(written.substring(3, written.length() - 1), 16);
                } else {
                    literal(c);
                    low = c;
                }
                spans.add(new int[] {low, low});
                members++;
                if (next('-') && at + 1 < cps.length && cps[at + 1] != ']') {
                    int dash = at;
                    at++;
                    int hiStart = at;
                    int h = cps[at++];
                    int high;
                    if (h == '\\') {
                        int mark = out.length();
                        escape(hiStart, true);
                        String written = out.substring(mark);
                        out.setLength(mark);
                        if (!written.startsWith("\\x{")) {
                            throw refuse(dash, "a range ending in a class escape (Python's re: bad character range)");
                        }
                        high = Integer.parseInt(written.substring(3, written.length() - 1), 16);
                    } else {
                        high = h;
                    }
                    if (high < low) {
                        throw new IllegalArgumentException("token_pattern " + repr(source) + ": bad character range at"
                                + " position " + memberStart + " (its end is below its start; Python's re refuses it"
                                + " too)");
                    }
                    out.append("-\\x{").append(Integer.toHexString(high)).append('}');
                    spans.get(spans.size() - 1)[1] = high;
                }
            }
            String body = out.toString();
            out.setLength(0);
            out.append(saved);
            if (members == 0) {
                throw refuse(start, "an empty character set");
            }
            if (flags.ignoreCase() && !spans.isEmpty()) {
                // Python folds the members (not the class escapes, whose sets lowercasing leaves as they are).
                List<int[]> folded = escapes.isEmpty() ? spans : new ArrayList<>(spans);
                body = ranges(escapes.isEmpty() ? PythonCase.classSet(folded, flags.ascii())
                        : PythonCase.classSet(withSecond(folded), flags.ascii()));
            }
            if (body.isEmpty() && escapes.isEmpty()) {
                out.append(negated ? "[^" + SURROGATES + "]" : "(?!)");
                return;
            }
            out.append(negated ? "[^" : "[").append(body).append(escapes).append(negated ? SURROGATES : "").append(']');
        }

        /**
         * The members of a class that also holds a class escape: never the one-literal class that {@code sre_parse}
         * turns into a literal, so a lone literal is paired with itself to keep the class rule.
         */
        private static List<int[]> withSecond(List<int[]> spans) {
            if (spans.size() != 1) {
                return spans;
            }
            List<int[]> two = new ArrayList<>(spans);
            two.add(spans.get(0).clone());
            return two;
        }

        /** A set of code points as the members of a Java class. */
        private static String ranges(java.util.BitSet set) {
            StringBuilder b = new StringBuilder();
            for (int lo = set.nextSetBit(0); lo >= 0; ) {
                int hi = set.nextClearBit(lo) - 1;
                b.append("\\x{").append(Integer.toHexString(lo)).append('}');
                if (hi > lo) {
                    b.append("-\\x{").append(Integer.toHexString(hi)).append('}');
                }
                lo = hi == Character.MAX_CODE_POINT ? -1 : set.nextSetBit(hi + 1);
            }
            return b.toString();
        }
    }
}
