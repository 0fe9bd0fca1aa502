package io.stratum.ir.value;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * skrub's {@code make_column_names_unique} (used by {@code .skb.concat(..., axis=1)}): the tables' column names in
 * order, each one already taken (an earlier table's, or an earlier column's of the same table) tagged
 * {@code <name>__skrub_<8 hex digits>__}, so the leftmost occurrence keeps its name. A name carrying one such tag has
 * it moved to the end, several are dropped (skrub's {@code _get_new_name}). skrub draws the 8 hex digits at random
 * ({@code secrets.token_hex}); here they are derived from the name and its position, so a plan is deterministic and
 * a column keeps its name between runs.
 */
public final class UniqueColumnNames {
    private static final Pattern TAG = Pattern.compile("__skrub_.*?__");

    private UniqueColumnNames() {
    }

    /** The new names of each table's columns, in the same shape as {@code tables}. */
    public static List<List<String>> of(List<List<String>> tables) {
        Set<String> used = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        int position = 0;
        for (List<String> names : tables) {
            Set<String> forbidden = new HashSet<>(used);
            List<String> renamed = new ArrayList<>(names.size());
            for (String name : names) {
                String fresh = newName(name, forbidden, position++);
                renamed.add(fresh);
                forbidden.add(fresh);
            }
            used.addAll(renamed);
            out.add(List.copyOf(renamed));
        }
        return List.copyOf(out);
    }

    private static String newName(String suggested, Set<String> forbidden, int position) {
        Matcher m = TAG.matcher(suggested);
        List<String> tags = new ArrayList<>();
        while (m.find()) {
            tags.add(m.group());
        }
        String untagged = TAG.matcher(suggested).replaceAll("");
        String candidate = tags.size() == 1 ? untagged + tags.getFirst() : untagged;
        if (!forbidden.contains(candidate)) {
            return candidate;
        }
        for (int attempt = 0; ; attempt++) {
            String tagged = untagged + "__skrub_" + token(untagged, position, attempt) + "__";
            if (!forbidden.contains(tagged)) {
                return tagged;
            }
        }
    }

    private static String token(String name, int position, int attempt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (name + "\u0000" + position + "\u0000" + attempt).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
