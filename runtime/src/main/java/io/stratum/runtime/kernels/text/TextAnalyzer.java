package io.stratum.runtime.kernels.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * scikit-learn's text analyzers ({@code analyzer="word"|"char"|"char_wb"} with {@code ngram_range},
 * {@code lowercase}, {@code strip_accents} and, for words, {@code stop_words} and {@code token_pattern}): the n-grams of one document, in
 * scikit-learn's order. Strings are handled by code points, as Python indexes them.
 *
 * @param stopWords the words left out of word n-grams (compared after lowercasing and accent stripping), or null
 * @param tokenPattern the words' {@code token_pattern} when it is not scikit-learn's default, else null
 */
public record TextAnalyzer(Kind kind, int minN, int maxN, boolean lowercase, StripAccents stripAccents,
                           java.util.Set<String> stopWords, TokenPattern tokenPattern) {

    /** An analyzer without accent stripping or stop words. */
    public TextAnalyzer(Kind kind, int minN, int maxN, boolean lowercase) {
        this(kind, minN, maxN, lowercase, StripAccents.NONE, null);
    }

    /** An analyzer with scikit-learn's default {@code token_pattern}. */
    public TextAnalyzer(Kind kind, int minN, int maxN, boolean lowercase, StripAccents stripAccents,
                        java.util.Set<String> stopWords) {
        this(kind, minN, maxN, lowercase, stripAccents, stopWords, null);
    }

    /** scikit-learn's {@code strip_accents}: None, "ascii" or "unicode". */
    public enum StripAccents {
        NONE, ASCII, UNICODE;

        public static StripAccents parse(String name) {
            if (name == null) {
                return NONE;
            }
            return switch (name) {
                case "ascii" -> ASCII;
                case "unicode" -> UNICODE;
                default -> throw new IllegalArgumentException("strip_accents must be 'ascii', 'unicode' or None, got '"
                        + name + "'");
            };
        }

        /**
         * scikit-learn's {@code strip_accents_ascii} (NFKD, then only ASCII kept) or {@code strip_accents_unicode}
         * (text that is ASCII unchanged, else NFKD without the characters Python's unicodedata calls combining).
         */
        String apply(String text) {
            if (this == NONE || isAscii(text)) {
                return text;
            }
            String nfkd = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD);
            StringBuilder out = new StringBuilder(nfkd.length());
            for (int i = 0; i < nfkd.length(); ) {
                int cp = nfkd.codePointAt(i);
                i += Character.charCount(cp);
                if (this == ASCII ? cp < 0x80 : !CombiningMarks.contains(cp)) {
                    out.appendCodePoint(cp);
                }
            }
            return out.toString();
        }

        private static boolean isAscii(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
    }

    /** scikit-learn's English stop-word list ({@code stop_words="english"}, its {@code ENGLISH_STOP_WORDS}). */
    public static java.util.Set<String> englishStopWords() {
        return CombiningMarks.resourceLines("english_stop_words.txt");
    }

    /** Which units the n-grams are made of. */
    public enum Kind {
        WORD, CHAR, CHAR_WB;

        /** The kind named by scikit-learn's {@code analyzer} parameter. */
        public static Kind parse(String analyzer) {
            return switch (analyzer) {
                case "word" -> WORD;
                case "char" -> CHAR;
                case "char_wb" -> CHAR_WB;
                default -> throw new IllegalArgumentException("analyzer must be 'word', 'char' or 'char_wb', got '"
                        + analyzer + "'");
            };
        }
    }

    /** scikit-learn collapses runs of two or more white-space characters before character n-grams. */
    private static final Pattern WHITE_SPACES = Pattern.compile("\\s\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPLIT = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    public TextAnalyzer {
        java.util.Objects.requireNonNull(stripAccents, "stripAccents");
        stopWords = stopWords == null ? null : java.util.Set.copyOf(stopWords);
        if (minN < 1 || maxN < minN) {
            throw new IllegalArgumentException("Invalid value for ngram_range=(" + minN + ", " + maxN
                    + "): the lower boundary must be at least 1 and not larger than the upper boundary");
        }
    }

    /** The n-grams of {@code document}, repeated as often as they occur. */
    public List<String> analyze(String document) {
        String text = stripAccents.apply(lowercase ? document.toLowerCase(Locale.ROOT) : document);
        return switch (kind) {
            case WORD -> wordNgrams(text);
            case CHAR -> charNgrams(WHITE_SPACES.matcher(text).replaceAll(" "));
            case CHAR_WB -> charWbNgrams(WHITE_SPACES.matcher(text).replaceAll(" "));
        };
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The matches of scikit-learn's {@code token_pattern} {@code (?u)\b\w\w+\b}: the maximal runs of at least two word
     * characters. Python's {@code \w} is not Java's (even with {@code UNICODE_CHARACTER_CLASS}): it takes every
     * numeric character ("³", "½") and no combining mark, so the runs are found by {@link #isPythonWordChar}.
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isPythonWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int length = 0;
            while (i < text.length() && isPythonWordChar(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
                length++;
            }
            if (length >= 2) {
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }

    /**
     * Python's {@code \w} on str ({@code str.isalnum()} or an underscore): letters (categories L*) and characters with
     * a numeric value (Nd, Nl, No, and the CJK numerals among the letters).
     */
    static boolean isPythonWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private List<String> wordNgrams(String text) {
        List<String> tokens = tokenPattern == null ? tokens(text) : tokenPattern.tokens(text);
        if (stopWords != null) {
            tokens.removeIf(stopWords::contains);
        }
        if (maxN == 1) {
            return tokens;
        }
        List<String> out = new ArrayList<>();
        int lo = minN;
        if (lo == 1) {
            out.addAll(tokens);
            lo = 2;
        }
        int count = tokens.size();
        for (int n = lo; n <= Math.min(maxN, count); n++) {
            for (int i = 0; i + n <= count; i++) {
                out.add(String.join(" ", tokens.subList(i, i + n)));
            }
        }
        return out;
    }

    private List<String> charNgrams(String text) {
        if (!hasSurrogates(text)) {
            // Every char is a code point: n-grams are substrings, without building them from code points.
            List<String> out = new ArrayList<>();
            for (int n = minN; n <= Math.min(maxN, text.length()); n++) {
                for (int i = 0; i + n <= text.length(); i++) {
                    out.add(text.substring(i, i + n));
                }
            }
            return out;
        }
        int[] cps = text.codePoints().toArray();
        List<String> out = new ArrayList<>();
        for (int n = minN; n <= Math.min(maxN, cps.length); n++) {
            for (int i = 0; i + n <= cps.length; i++) {
                out.add(new String(cps, i, n));
            }
        }
        return out;
    }

    private List<String> charWbNgrams(String text) {
        List<String> out = new ArrayList<>();
        boolean simple = !hasSurrogates(text);
        for (String word : SPLIT.split(text.strip())) {
            if (word.isEmpty()) {
                continue;
            }
            if (simple) {
                // Every char is a code point: the same n-grams as below, as substrings of the padded word.
                String w = " " + word + " ";
                for (int n = minN; n <= maxN; n++) {
                    int offset = 0;
                    out.add(w.substring(0, Math.min(n, w.length())));
                    while (offset + n < w.length()) {
                        offset++;
                        out.add(w.substring(offset, offset + n));
                    }
                    if (offset == 0) {
                        break;
                    }
                }
                continue;
            }
            int[] w = (" " + word + " ").codePoints().toArray();
            for (int n = minN; n <= maxN; n++) {
                int offset = 0;
                out.add(new String(w, offset, Math.min(n, w.length)));
                while (offset + n < w.length) {
                    offset++;
                    out.add(new String(w, offset, n));
                }
                if (offset == 0) {
                    // a word shorter than n is counted once, not once per n
                    break;
                }
            }
        }
        return out;
    }
}
