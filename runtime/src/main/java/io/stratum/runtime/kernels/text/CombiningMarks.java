package io.stratum.runtime.kernels.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The code points Python's {@code unicodedata.combining} calls combining (a nonzero canonical combining class, which
 * Java has no public query for), read from the ranges {@code make_text_reference.py} wrote from Python, so
 * {@code strip_accents="unicode"} removes what scikit-learn removes.
 */
final class CombiningMarks {
    private static final int[] RANGES = ranges();

    private CombiningMarks() {
    }

    static boolean contains(int cp) {
        int lo = 0;
        int hi = RANGES.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < RANGES[2 * mid]) {
                hi = mid - 1;
            } else if (cp > RANGES[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static int[] ranges() {
        List<String> lines = new ArrayList<>(resourceLines("combining_marks.txt"));
        lines.sort(java.util.Comparator.comparingInt(l -> Integer.parseInt(l.split(" ")[0], 16)));
        int[] out = new int[lines.size() * 2];
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split(" ");
            out[2 * i] = Integer.parseInt(parts[0], 16);
            out[2 * i + 1] = Integer.parseInt(parts[1], 16);
        }
        return out;
    }

    /** The non-comment lines of a resource beside this class. */
    static Set<String> resourceLines(String name) {
        var in = CombiningMarks.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> out = new java.util.LinkedHashSet<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
