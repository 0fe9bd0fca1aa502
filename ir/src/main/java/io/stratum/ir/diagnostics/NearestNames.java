package io.stratum.ir.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the known names closest in spelling to a mistyped one, for "did you mean" hints. */
public final class NearestNames {
    private NearestNames() {
    }

    /**
     * Up to {@code limit} candidates closest to {@code name} by edit distance (case-insensitive), nearest first,
     * ties in the candidates' order; candidates too far to be a typo are left out.
     */
    public static List<String> nearest(String name, List<String> candidates, int limit) {
        record Scored(String name, int distance, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        String lower = name.toLowerCase();
        for (int i = 0; i < candidates.size(); i++) {
            String c = candidates.get(i);
            String cl = c.toLowerCase();
            int d = distance(lower, cl);
            boolean contains = !lower.isEmpty() && (cl.contains(lower) || lower.contains(cl));
            int allowed = Math.max(2, Math.max(lower.length(), cl.length()) / 3);
            if (d <= allowed || contains) {
                scored.add(new Scored(c, contains ? Math.min(d, allowed) : d, i));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::order));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < scored.size() && i < limit; i++) {
            out.add(scored.get(i).name());
        }
        return out;
    }

    /** All candidates ordered by closeness to {@code name} (for listing existing columns nearest first). */
    public static List<String> byCloseness(String name, List<String> candidates) {
        List<String> out = new ArrayList<>(candidates);
        String lower = name.toLowerCase();
        List<Integer> d = new ArrayList<>();
        for (String c : out) {
            d.add(distance(lower, c.toLowerCase()));
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.comparingInt(d::get));
        List<String> sorted = new ArrayList<>();
        for (int i : idx) {
            sorted.add(out.get(i));
        }
        return sorted;
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] dp = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            dp[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            dp[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1), dp[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, dp[i - 2][j - 2] + 1);
                }
                dp[i][j] = best;
            }
        }
        return dp[a.length()][b.length()];
    }
}
