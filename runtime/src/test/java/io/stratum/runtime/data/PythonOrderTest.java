package io.stratum.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Python's str order (code point by code point), including where it differs from Java's UTF-16 order: a code point
 * above U+FFFF (a surrogate pair) sorts after U+E000-U+FFFF in Python, before them in UTF-16.
 */
class PythonOrderTest {
    @Test
    void comparesByCodePoint() {
        assertEquals(-1, PythonOrder.compareStrings("\uFFFD", "\uD83D\uDE00"), "U+FFFD < U+1F600");
        assertEquals(1, PythonOrder.compareStrings("a\uD83D\uDE00", "a\uE000"), "U+1F600 > U+E000 after a prefix");
        assertEquals(-1, PythonOrder.compareStrings("ab", "abc"));
        assertEquals(1, PythonOrder.compareStrings("abd", "abc"));
        assertEquals(0, PythonOrder.compareStrings("2001-01-01 00:01:00", "2001-01-01 00:01:00"));
        assertEquals(-1, PythonOrder.compareStrings("", "\u0000"));
        assertEquals(-1, PythonOrder.compareStrings("\uD83D\uDE00", "\uD83D\uDE01"), "pairs sharing a high surrogate");
    }

    @Test
    void agreesWithACodePointComparisonOnRandomText() {
        char[] alphabet = {'a', 'b', 'é', '\u0000', '\uE000', '\uFFFD', '\uFFFF', '日'};
        String[] pairs = {"\uD83D\uDE00", "\uD83D\uDE01", "\uD800\uDC00", "\uDBFF\uDFFF"};
        Random random = new Random(3);
        for (int t = 0; t < 20_000; t++) {
            String a = text(random, alphabet, pairs);
            String b = random.nextInt(4) == 0 ? a + text(random, alphabet, pairs) : text(random, alphabet, pairs);
            int expected = Integer.signum(compareCodePoints(a, b));
            assertEquals(expected, Integer.signum(PythonOrder.compareStrings(a, b)), a + " vs " + b);
            assertEquals(-expected, Integer.signum(PythonOrder.compareStrings(b, a)), b + " vs " + a);
        }
    }

    private static String text(Random random, char[] alphabet, String[] pairs) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(4) == 0) {
                s.append(pairs[random.nextInt(pairs.length)]);
            } else {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
        }
        return s.toString();
    }

    private static int compareCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    }
}
