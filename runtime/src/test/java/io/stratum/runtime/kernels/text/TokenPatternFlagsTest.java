package io.stratum.runtime.kernels.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Token patterns with Python's inline flags ({@code (?i) (?a) (?m) (?s) (?x) (?u)}, global and scoped) against
 * scikit-learn's tokenizer ({@code make_token_flags_reference.py}): tokens on tricky and case-folding texts, the code
 * points each single-character pattern matches (case folding is where Java's and Python's matching could part: every
 * code point of the first two planes, a sample of the others), and the flags Python refuses.
 */
class TokenPatternFlagsTest {
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

    @Test
    void tokensAreThoseOfPythonsFindall() {
        int checked = 0;
        for (Map<String, String> r : Reference.rows("text_token_flags.csv")) {
            if (!r.get("kind").equals("tokens")) {
                continue;
            }
            String pattern = decode(r.get("pattern"));
            String text = decode(r.get("text"));
            List<String> expected = new ArrayList<>();
            for (String t : Reference.words(r.get("tokens"))) {
                expected.add(decode(t));
            }
            assertEquals(expected, TokenPattern.compile(pattern).tokens(text),
                    "pattern " + TokenPattern.repr(pattern) + " on " + TokenPattern.repr(text));
            checked++;
        }
        assertEquals(37 * 11, checked);
    }

    @Test
    void everyCodePointMatchesAsInPython() {
        int checked = 0;
        for (Map<String, String> r : Reference.rows("text_token_flags.csv")) {
            if (!r.get("kind").equals("members")) {
                continue;
            }
            String pattern = decode(r.get("pattern"));
            boolean[] expected = new boolean[Character.MAX_CODE_POINT + 1];
            for (String range : Reference.words(r.get("tokens"))) {
                String[] ends = range.split("-");
                for (int c = Integer.parseInt(ends[0], 16); c <= Integer.parseInt(ends[1], 16); c++) {
                    expected[c] = true;
                }
            }
            Matcher m = TokenPattern.compile(pattern).javaPattern().matcher("");
            // Every code point of the first two planes (where every case pair lives) and a sample of the rest: Java's
            // matching of a class of many ranges is slow enough that all 1.1 million times 28 took 90 s under load.
            for (int c = 0; c <= Character.MAX_CODE_POINT; c += c < 0x20000 ? 1 : 97) {
                if (c >= 0xD800 && c <= 0xDFFF) {
                    continue;
                }
                boolean hit = m.reset(Character.toString(c)).matches();
                if (hit != expected[c]) {
                    throw new AssertionError("pattern " + TokenPattern.repr(pattern) + " on U+"
                            + Integer.toHexString(c) + ": Python " + (expected[c] ? "matches" : "does not match")
                            + ", Java " + (hit ? "matches" : "does not"));
                }
            }
            checked++;
        }
        assertEquals(28, checked);
    }

    @Test
    void flagsPythonRefusesAreRefusedInItsWords() {
        int checked = 0;
        for (Map<String, String> r : Reference.rows("text_token_flags.csv")) {
            if (!r.get("kind").equals("error")) {
                continue;
            }
            String pattern = decode(r.get("pattern"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TokenPattern.compile(pattern), TokenPattern.repr(pattern));
            // Python's message without its ", at position" tail (the fixture writes ';' for ',').
            String python = r.get("tokens").replace(";", ",").replaceAll(" at position \\d+$", "");
            assertTrue(e.getMessage().contains(python), e.getMessage() + " lacks Python's " + python);
            checked++;
        }
        assertEquals(6, checked);
    }
}
