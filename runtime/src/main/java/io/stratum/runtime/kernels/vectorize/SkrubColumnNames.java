package io.stratum.runtime.kernels.vectorize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * skrub's {@code pick_column_names}: the output names of a transformer applied to some columns, made distinct from the
 * frame's other names and from each other by a tag {@code __skrub_<8 hex digits>__} at the end of a name that would
 * otherwise repeat one (the first occurrence keeps its name); a name carrying one tag has it moved to the end
 * ({@code A__skrub_x___year} becomes {@code A_year__skrub_x__}), several tags are dropped. skrub draws the tag's digits
 * at random on every fit; Stratum derives them from the name, so a run names the same columns the same way each time.
 */
public final class SkrubColumnNames {
    private static final Pattern TAG = Pattern.compile("__skrub_.*?__");

    private SkrubColumnNames() {
    }

    /** The names to give {@code suggested}, none of them in {@code forbidden} nor repeated. */
    public static List<String> pick(List<String> suggested, Set<String> forbidden) {
        Set<String> taken = new HashSet<>(forbidden);
        List<String> out = new ArrayList<>(suggested.size());
        for (String name : suggested) {
            String picked = newName(name, taken);
            out.add(picked);
            taken.add(picked);
        }
        return out;
    }

    private static String newName(String suggested, Set<String> taken) {
        Matcher m = TAG.matcher(suggested);
        List<String> tags = new ArrayList<>();
        while (m.find()) {
            tags.add(m.group());
        }
        String untagged = TAG.matcher(suggested).replaceAll("");
        String name = tags.size() == 1 ? untagged + tags.get(0) : untagged;
        if (!taken.contains(name)) {
            return name;
        }
        for (int salt = 0; ; salt++) {
            String tagged = untagged + "__skrub_" + token(untagged, salt) + "__";
            if (!taken.contains(tagged)) {
                return tagged;
            }
        }
    }

    private static String token(String name, int salt) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((salt + "\u0000" + name).getBytes(StandardCharsets.UTF_8));
            return String.format("%02x%02x%02x%02x", d[0], d[1], d[2], d[3]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
