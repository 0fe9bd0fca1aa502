package io.stratum.runtime.kernels.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code re.IGNORECASE} for str patterns ({@code Lib/re/_compiler.py}, {@code Modules/_sre}), as sets of code
 * points a token pattern's translation writes out, so that Java's own case folding (which differs: it does not match
 * U+1E9E with U+00DF) is never used. A literal matches every code point whose lowercase is its lowercase or one of
 * that lowercase's extra cases ({@code re._casefix}); a class matches a code point whose lowercase is in the class's
 * lowercased members, while a range reaching beyond the BMP is tested as {@code RANGE_UNI_IGNORE} and a literal
 * beyond the BMP inside a class keeps its own case (so it matches its lowercase only). With {@code ASCII} only A-Z
 * fold. Lowercase is Java's simple mapping, which for every code point is the first character of the full one that
 * Python's {@code re} takes (the Unicode version may differ from Python's; the tests sweep every code point of their
 * patterns).
 */
final class PythonCase {
    private PythonCase() {
    }

    /** {@code re._casefix._EXTRA_CASES} of Python 3.11: lowercase code points that also match these others. */
    private static final Map<Integer, int[]> EXTRA = extra(new int[][] {
            {0x69, 0x131}, {0x73, 0x17f}, {0xb5, 0x3bc}, {0x131, 0x69}, {0x17f, 0x73}, {0x345, 0x3b9, 0x1fbe},
            {0x390, 0x1fd3}, {0x3b0, 0x1fe3}, {0x3b2, 0x3d0}, {0x3b5, 0x3f5}, {0x3b8, 0x3d1},
            {0x3b9, 0x345, 0x1fbe}, {0x3ba, 0x3f0}, {0x3bc, 0xb5}, {0x3c0, 0x3d6}, {0x3c1, 0x3f1}, {0x3c2, 0x3c3},
            {0x3c3, 0x3c2}, {0x3c6, 0x3d5}, {0x3d0, 0x3b2}, {0x3d1, 0x3b8}, {0x3d5, 0x3c6}, {0x3d6, 0x3c0},
            {0x3f0, 0x3ba}, {0x3f1, 0x3c1}, {0x3f5, 0x3b5}, {0x432, 0x1c80}, {0x434, 0x1c81}, {0x43e, 0x1c82},
            {0x441, 0x1c83}, {0x442, 0x1c84, 0x1c85}, {0x44a, 0x1c86}, {0x463, 0x1c87}, {0x1c80, 0x432},
            {0x1c81, 0x434}, {0x1c82, 0x43e}, {0x1c83, 0x441}, {0x1c84, 0x442, 0x1c85}, {0x1c85, 0x442, 0x1c84},
            {0x1c86, 0x44a}, {0x1c87, 0x463}, {0x1c88, 0xa64b}, {0x1e61, 0x1e9b}, {0x1e9b, 0x1e61},
            {0x1fbe, 0x345, 0x3b9}, {0x1fd3, 0x390}, {0x1fe3, 0x3b0}, {0xa64b, 0x1c88}, {0xfb05, 0xfb06},
            {0xfb06, 0xfb05}});

    private static Map<Integer, int[]> extra(int[][] rows) {
        Map<Integer, int[]> out = new HashMap<>();
        for (int[] r : rows) {
            out.put(r[0], java.util.Arrays.copyOfRange(r, 1, r.length));
        }
        return out;
    }

    /** For each lowercase code point, the others whose lowercase it is (built once, on first use). */
    private static final class Preimages {
        static final Map<Integer, int[]> OF = build();

        private static Map<Integer, int[]> build() {
            Map<Integer, List<Integer>> lists = new HashMap<>();
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                if (c == 0xd800) {
                    c = 0xdfff;
                    continue;
                }
                int l = Character.toLowerCase(c);
                if (l != c) {
                    lists.computeIfAbsent(l, k -> new ArrayList<>()).add(c);
                }
            }
            Map<Integer, int[]> out = new HashMap<>();
            lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            return out;
        }
    }

    static int lower(int c, boolean ascii) {
        if (ascii) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        return Character.toLowerCase(c);
    }

    /**
     * {@code _sre.unicode_iscased} / {@code ascii_iscased}. Python's uppercase of a character with a longer full
     * mapping is that mapping's first character ({@code _PyUnicode_ToUppercase}: U+00DF gives 'S'), where Java's simple
     * mapping leaves it unchanged: such a character is cased for Python.
     */
    static boolean cased(int c, boolean ascii) {
        if (ascii) {
            return c < 128 && Character.isLetter(c);
        }
        if (Character.toLowerCase(c) != c || Character.toUpperCase(c) != c) {
            return true;
        }
        return Character.toString(c).toUpperCase(java.util.Locale.ROOT).codePointAt(0) != c;
    }

    /** The code points whose lowercase is {@code l}. */
    private static void addPreimage(BitSet out, int l, boolean ascii) {
        if (lower(l, ascii) == l) {
            out.set(l);
        }
        if (ascii) {
            if (l >= 'a' && l <= 'z') {
                out.set(l - 32);
            }
            return;
        }
        int[] others = Preimages.OF.get(l);
        if (others != null) {
            for (int c : others) {
                out.set(c);
            }
        }
    }

    /** The code points a literal {@code c} matches under IGNORECASE (sorted). */
    static int[] literalMatches(int c, boolean ascii) {
        return literalSet(c, ascii).stream().toArray();
    }

    private static BitSet literalSet(int c, boolean ascii) {
        BitSet out = new BitSet();
        if (!cased(c, ascii)) {
            out.set(c);
            return out;
        }
        int lo = lower(c, ascii);
        addPreimage(out, lo, ascii);
        if (!ascii && EXTRA.containsKey(lo)) {
            for (int k : EXTRA.get(lo)) {
                addPreimage(out, k, ascii);
            }
        }
        return out;
    }

    /**
     * The code points a class's literal and range members ({@code {first, last}} each) match under IGNORECASE, as
     * {@code _optimize_charset} compiles them and {@code IN_UNI_IGNORE} tests them (a class of one literal is that
     * literal, as {@code sre_parse} makes it). A class without cased members is taken as written.
     */
    static BitSet classSet(List<int[]> spans, boolean ascii) {
        if (spans.size() == 1 && spans.get(0)[0] == spans.get(0)[1]) {
            return literalSet(spans.get(0)[0], ascii);
        }
        BitSet written = new BitSet();
        boolean anyCased = false;
        BitSet lowered = new BitSet();
        BitSet raw = new BitSet();
        List<int[]> beyondBmp = new ArrayList<>();
        for (int[] span : spans) {
            written.set(span[0], span[1] + 1);
            if (span[0] == span[1]) {
                int c = span[0];
                anyCased |= cased(c, ascii);
                int lo = lower(c, ascii);
                if (lo < 0x10000) {
                    markLowered(lowered, lo, ascii);
                } else {
                    // _optimize_charset's IndexError path: the literal goes to the tail as written
                    raw.set(c);
                    anyCased = true;
                }
                continue;
            }
            for (int i = span[0]; i <= Math.min(span[1], 0xffff); i++) {
                anyCased |= cased(i, ascii);
                markLowered(lowered, lower(i, ascii), ascii);
            }
            if (span[1] >= 0x10000) {
                beyondBmp.add(span);
                anyCased = true;
            }
        }
        if (!anyCased) {
            return written;
        }
        BitSet out = new BitSet();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (c == 0xd800) {
                c = 0xdfff;
                continue;
            }
            int l = lower(c, ascii);
            boolean hit = l < 0x10000 ? lowered.get(l) : raw.get(l);
            for (int k = 0; !hit && k < beyondBmp.size(); k++) {
                int[] r = beyondBmp.get(k);
                int u = Character.toUpperCase(l);
                hit = l >= r[0] && l <= r[1] || u >= r[0] && u <= r[1];
            }
            if (hit) {
                out.set(c);
            }
        }
        return out;
    }

    private static void markLowered(BitSet lowered, int lo, boolean ascii) {
        lowered.set(lo);
        if (!ascii && EXTRA.containsKey(lo)) {
            for (int k : EXTRA.get(lo)) {
                lowered.set(k);
            }
        }
    }
}
