package io.stratum.frontend.bind;

import io.stratum.frontend.syntax.SourcePos;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code str} methods on a string the script knows while the plan is built (a column name in
 * {@code rename(columns=lambda c: c.strip().lower())}, a constant): {@code lower}, {@code upper}, {@code casefold},
 * {@code strip}/{@code lstrip}/{@code rstrip}, {@code replace}, {@code startswith}/{@code endswith},
 * {@code split}/{@code rsplit}, {@code join}, {@code capitalize}, {@code title} and {@code zfill}, with Python's rules
 * (its whitespace, its title casing). Case mapping is Java's locale-free full mapping, which agrees with Python's on
 * every letter column names are made of; the rarer special cases (final sigma) are not modelled.
 */
final class StringMethods {
    static final Set<String> NAMES = Set.of("lower", "upper", "casefold", "strip", "lstrip", "rstrip", "replace",
            "startswith", "endswith", "split", "rsplit", "join", "capitalize", "title", "zfill");

    private StringMethods() {
    }

    static PyValue call(ScriptBinder b, String s, String name, List<PyValue> args, Map<String, PyValue> kwargs,
                        SourcePos pos) {
        Arguments a = new Arguments(b, "str." + name, args, kwargs, pos);
        PyValue out = switch (name) {
            case "lower" -> text(s.toLowerCase(java.util.Locale.ROOT));
            case "upper" -> text(s.toUpperCase(java.util.Locale.ROOT));
            case "casefold" -> text(s.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT));
            case "strip", "lstrip", "rstrip" -> {
                String chars = optionalString(b, a.constant(0, "chars", Const.none()), name, pos);
                yield text(strip(s, chars, !name.equals("rstrip"), !name.equals("lstrip")));
            }
            case "replace" -> {
                String old = string(b, a.constant(0, "old", null), name, pos);
                String replacement = string(b, a.constant(1, "new", null), name, pos);
                long count = a.constant(2, "count", Const.of(-1L)) instanceof Const.IntConst c ? c.value() : -1;
                yield text(replace(s, old, replacement, count));
            }
            case "startswith", "endswith" -> {
                PyValue affix = a.value(0, name.equals("startswith") ? "prefix" : "suffix", true);
                List<String> options = new ArrayList<>();
                if (affix instanceof PyValue.Sequence seq && seq.tuple()) {
                    for (PyValue item : seq.items()) {
                        options.add(string(b, item instanceof PyValue.Constant c ? c.value() : null, name, pos));
                    }
                } else {
                    options.add(string(b, affix instanceof PyValue.Constant c ? c.value() : null, name, pos));
                }
                boolean hit = options.stream().anyMatch(o -> name.equals("startswith") ? s.startsWith(o) : s.endsWith(o));
                yield new PyValue.Constant(Const.of(hit));
            }
            case "split", "rsplit" -> {
                String sep = optionalString(b, a.constant(0, "sep", Const.none()), name, pos);
                long max = a.constant(1, "maxsplit", Const.of(-1L)) instanceof Const.IntConst c ? c.value() : -1;
                if ("".equals(sep)) {
                    throw b.error(pos, "ValueError: empty separator", null);
                }
                List<PyValue> parts = new ArrayList<>();
                for (String p : split(s, sep, max, name.equals("rsplit"))) {
                    parts.add(text(p));
                }
                yield new PyValue.Sequence(parts, false);
            }
            case "join" -> {
                PyValue items = a.value(0, "iterable", true);
                StringBuilder joined = new StringBuilder();
                int i = 0;
                for (PyValue item : b.iterate(items, pos)) {
                    if (!(item instanceof PyValue.Constant c && c.value() instanceof Const.StrConst t)) {
                        throw b.error(pos, "TypeError: sequence item " + i + ": expected str instance, "
                                + PyValue.typeName(item) + " found", null);
                    }
                    joined.append(i++ == 0 ? "" : s).append(t.value());
                }
                yield text(joined.toString());
            }
            case "capitalize" -> text(s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1))
                    .toUpperCase(java.util.Locale.ROOT) + s.substring(s.offsetByCodePoints(0, 1)).toLowerCase(java.util.Locale.ROOT));
            case "title" -> text(title(s));
            case "zfill" -> {
                long width = a.constant(0, "width", null) instanceof Const.IntConst c ? c.value() : 0;
                yield text(zfill(s, (int) Math.min(width, 1 << 20)));
            }
            default -> throw b.error(pos, "str has no method " + name + " that Stratum knows",
                    "known: " + String.join(", ", new java.util.TreeSet<>(NAMES)));
        };
        a.done();
        return out;
    }

    private static PyValue text(String s) {
        return new PyValue.Constant(Const.of(s));
    }

    private static String string(ScriptBinder b, Const c, String method, SourcePos pos) {
        if (!(c instanceof Const.StrConst s)) {
            throw b.error(pos, "TypeError: str." + method + "() takes str arguments, got " + (c == null ? "nothing" : c.typeName()), null);
        }
        return s.value();
    }

    private static String optionalString(ScriptBinder b, Const c, String method, SourcePos pos) {
        return c instanceof Const.NoneConst ? null : string(b, c, method, pos);
    }

    /** Python's str.isspace of one code point. */
    static boolean isPythonSpace(int cp) {
        return Character.isWhitespace(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR || cp == 0x85
                || cp >= 0x1c && cp <= 0x1f;
    }

    static String strip(String s, String chars, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && stripped(s.codePointAt(start), chars)) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (right && end > start && stripped(s.codePointBefore(end), chars)) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static boolean stripped(int cp, String chars) {
        return chars == null ? isPythonSpace(cp) : chars.codePoints().anyMatch(c -> c == cp);
    }

    static String replace(String s, String old, String replacement, long count) {
        if (count < 0) {
            return s.replace(old, replacement);
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        long done = 0;
        if (old.isEmpty()) {
            // Python inserts the replacement before each code point (and at the end), count times at most
            int i = 0;
            while (i <= s.length() && done < count) {
                out.append(replacement);
                done++;
                if (i == s.length()) {
                    return out.toString();
                }
                int next = i + Character.charCount(s.codePointAt(i));
                out.append(s, i, next);
                i = next;
            }
            return out.append(s.substring(i)).toString();
        }
        while (done < count) {
            int hit = s.indexOf(old, at);
            if (hit < 0) {
                break;
            }
            out.append(s, at, hit).append(replacement);
            at = hit + old.length();
            done++;
        }
        return out.append(s.substring(at)).toString();
    }

    static List<String> split(String s, String sep, long max, boolean fromRight) {
        List<String> out = new ArrayList<>();
        if (sep == null) {
            // runs of whitespace separate; none at the ends
            List<int[]> words = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                while (i < s.length() && isPythonSpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                if (i >= s.length()) {
                    break;
                }
                int start = i;
                while (i < s.length() && !isPythonSpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                words.add(new int[] {start, i});
            }
            if (max < 0 || words.size() <= max) {
                words.forEach(w -> out.add(s.substring(w[0], w[1])));
                return out;
            }
            if (!fromRight) {
                for (int w = 0; w < max; w++) {
                    out.add(s.substring(words.get(w)[0], words.get(w)[1]));
                }
                out.add(s.substring(words.get((int) max)[0])); // the rest as it is, trailing whitespace kept
            } else {
                int keep = words.size() - (int) max;
                out.add(s.substring(0, words.get(keep - 1)[1])); // the rest as it is, leading whitespace kept
                for (int w = keep; w < words.size(); w++) {
                    out.add(s.substring(words.get(w)[0], words.get(w)[1]));
                }
            }
            return out;
        }
        List<String> all = new ArrayList<>(List.of(s.split(java.util.regex.Pattern.quote(sep), -1)));
        if (max < 0 || all.size() <= max + 1) {
            return all;
        }
        if (!fromRight) {
            List<String> head = new ArrayList<>(all.subList(0, (int) max));
            head.add(String.join(sep, all.subList((int) max, all.size())));
            return head;
        }
        int keep = all.size() - (int) max;
        out.add(String.join(sep, all.subList(0, keep)));
        out.addAll(all.subList(keep, all.size()));
        return out;
    }

    /** Python's title(): a cased character after an uncased one is upper-cased (title-cased), the others lowered. */
    static String title(String s) {
        StringBuilder out = new StringBuilder();
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean cased = Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
            String c = new String(Character.toChars(cp));
            out.append(!cased ? c : previousCased ? c.toLowerCase(java.util.Locale.ROOT)
                    : new String(Character.toChars(Character.toTitleCase(cp))));
            previousCased = cased;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static String zfill(String s, int width) {
        int n = s.codePointCount(0, s.length());
        if (n >= width) {
            return s;
        }
        String zeros = "0".repeat(width - n);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }
}
