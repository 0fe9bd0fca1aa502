package io.stratum.runtime.kernels.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Token patterns translated from Python's {@code re} against scikit-learn's tokenizer ({@code re.findall}) on tricky
 * texts (text_token_patterns.csv, {@code make_text_reference.py}), the patterns Python refuses, and the ones Stratum
 * does not translate, refused with their position.
 */
class TokenPatternTest {
    /** Code points in hex joined by '.', '_' for the empty string. */
    private static String decode(String hex) {
        if (hex.equals("_")) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String cp : hex.split("\\.")) {
            b.appendCodePoint(Integer.parseInt(cp, 16));
        }
        return b.toString();
    }

    private static List<String> decodeAll(String tokens) {
        List<String> out = new ArrayList<>();
        for (String t : Reference.words(tokens)) {
            out.add(decode(t));
        }
        return out;
    }

    @Test
    void tokensAreThoseOfPythonsFindall() {
        int checked = 0;
        for (Map<String, String> r : Reference.rows("text_token_patterns.csv")) {
            if (!r.get("kind").equals("tokens")) {
                continue;
            }
            String pattern = decode(r.get("pattern"));
            String text = decode(r.get("text"));
            assertEquals(decodeAll(r.get("tokens")), TokenPattern.compile(pattern).tokens(text),
                    "pattern " + TokenPattern.repr(pattern) + " on " + TokenPattern.repr(text));
            checked++;
        }
        assertEquals(56 * 8, checked);
    }

    @Test
    void theDefaultPatternTranslatedGivesTheTokensOfTheFastPath() {
        TokenPattern translated = TokenPattern.compile(TokenPattern.DEFAULT);
        for (Map<String, String> r : Reference.rows("text_token_patterns.csv")) {
            if (r.get("kind").equals("tokens")) {
                String text = decode(r.get("text"));
                assertEquals(translated.tokens(text), TextAnalyzer.tokens(text), TokenPattern.repr(text));
            }
        }
    }

    @Test
    void patternsPythonRefusesAreRefused() {
        int checked = 0;
        for (Map<String, String> r : Reference.rows("text_token_patterns.csv")) {
            String pattern = decode(r.get("pattern"));
            switch (r.get("kind")) {
                case "error" -> {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                            () -> TokenPattern.compile(pattern), TokenPattern.repr(pattern));
                    if (r.get("tokens").startsWith("More than 1 capturing group")) {
                        assertEquals(r.get("tokens"), e.getMessage());
                    } else {
                        assertTrue(e.getMessage().contains(TokenPattern.repr(pattern)), e.getMessage());
                    }
                    checked++;
                }
                case "untranslated" -> {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                            () -> TokenPattern.compile(pattern), TokenPattern.repr(pattern));
                    assertTrue(e.getMessage().startsWith("token_pattern " + TokenPattern.repr(pattern) + ": "),
                            e.getMessage());
                    assertTrue(e.getMessage().contains(" at position " + r.get("index") + " is not translated"),
                            e.getMessage());
                    checked++;
                }
                default -> {
                }
            }
        }
        assertEquals(8 + 4, checked);
    }
}
