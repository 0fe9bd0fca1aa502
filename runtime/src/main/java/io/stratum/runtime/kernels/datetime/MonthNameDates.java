package io.stratum.runtime.kernels.datetime;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written with English month names, as pandas' {@code guess_datetime_format} reads them and its strptime
 * parses them: day, month name and four-digit year in the orders {@code %b %d %Y}, {@code %d %b %Y} and
 * {@code %Y %b %d}, separated by spaces, {@code ", "} or {@code -}, a month abbreviated ({@code %b}, {@code Jun}) or
 * in full ({@code %B}, {@code June}), optionally after a weekday ({@code %a}/{@code %A}) and before a time
 * ({@code " %H:%M[:%S[.%f]]"}). As pandas, the guess needs the names capitalized ({@code jun 12 1998} is not guessed)
 * while parsing with a format takes any case, and the weekday is read but not checked against the date.
 */
final class MonthNameDates {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final Pattern DATE = Pattern.compile(
            "(?:([A-Z][a-z]+) )?([A-Za-z0-9]+)(, |[ -])([A-Za-z0-9]+)(, |[ -])([A-Za-z0-9]+)"
                    + "(?: (\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,6}))?)?)?");
    private static final Pattern DIRECTIVE = Pattern.compile("%([aAbBdmYHMSf%])");

    private MonthNameDates() {
    }

    /** The format pandas guesses for {@code value}, or null when it has no month name in a shape pandas reads. */
    static String guess(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        String weekday = m.group(1) == null ? "" : weekdayDirective(m.group(1));
        if (weekday == null) {
            return null;
        }
        String[] tokens = {m.group(2), m.group(4), m.group(6)};
        String[] directives = new String[3];
        int months = 0;
        for (int i = 0; i < 3; i++) {
            String t = tokens[i];
            if (t.matches("\\d{4}")) {
                directives[i] = "%Y";
            } else if (t.matches("\\d{1,2}")) {
                directives[i] = "%d";
            } else {
                directives[i] = monthDirective(t);
                months++;
                if (directives[i] == null) {
                    return null;
                }
            }
        }
        String order = String.join("", directives).replaceAll("%[bB]", "M");
        if (months != 1 || !(order.equals("M%d%Y") || order.equals("%dM%Y") || order.equals("%YM%d"))) {
            return null;
        }
        StringBuilder f = new StringBuilder(weekday.isEmpty() ? "" : weekday + " ");
        f.append(directives[0]).append(m.group(3)).append(directives[1]).append(m.group(5)).append(directives[2]);
        if (m.group(7) != null) {
            f.append(" %H:%M");
            if (m.group(9) != null) {
                f.append(":%S");
                if (m.group(10) != null) {
                    f.append(".%f");
                }
            }
        }
        return f.toString();
    }

    /** Whether {@code format} names months or weekdays (parsed here, not by the numeric parser). */
    static boolean handles(String format) {
        return format.contains("%b") || format.contains("%B") || format.contains("%a") || format.contains("%A");
    }

    /** Microseconds since the epoch of {@code value} read with {@code format} (case-insensitive names), or null. */
    static Long parse(String value, String format) {
        List<Character> order = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher d = DIRECTIVE.matcher(format);
        int at = 0;
        while (d.find()) {
            regex.append(literal(format.substring(at, d.start())));
            char c = d.group(1).charAt(0);
            regex.append(switch (c) {
                case 'a', 'A', 'b', 'B' -> "([A-Za-z]+)";
                case 'Y' -> "(\\d{4})";
                case 'f' -> "(\\d{1,6})";
                case '%' -> "(%)";
                default -> "(\\d{1,2})";
            });
            order.add(c);
            at = d.end();
        }
        regex.append(literal(format.substring(at)));
        Matcher m = Pattern.compile(regex.toString()).matcher(value);
        if (!m.matches()) {
            return null;
        }
        int year = 1900;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int micro = 0;
        for (int i = 0; i < order.size(); i++) {
            String g = m.group(i + 1);
            switch (order.get(i)) {
                case 'a', 'A' -> {
                    if (weekdayIndex(g, order.get(i) == 'a') < 0) {
                        return null;
                    }
                }
                case 'b', 'B' -> {
                    month = monthIndex(g, order.get(i) == 'b') + 1;
                    if (month == 0) {
                        return null;
                    }
                }
                case 'Y' -> year = Integer.parseInt(g);
                case 'm' -> month = Integer.parseInt(g);
                case 'd' -> day = Integer.parseInt(g);
                case 'H' -> hour = Integer.parseInt(g);
                case 'M' -> minute = Integer.parseInt(g);
                case 'S' -> second = Integer.parseInt(g);
                case 'f' -> micro = Integer.parseInt((g + "000000").substring(0, 6));
                default -> {
                }
            }
        }
        try {
            return LocalDate.of(year, month, day).atTime(hour, minute, second).toEpochSecond(ZoneOffset.UTC) * 1_000_000L + micro;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Python's strptime turns whitespace in a format into {@code \s+}; the rest is literal. */
    private static String literal(String text) {
        StringBuilder out = new StringBuilder();
        for (String part : text.split("(?<=\\s)|(?=\\s)")) {
            if (!part.isEmpty()) {
                out.append(part.isBlank() ? "\\s+" : Pattern.quote(part));
            }
        }
        return out.toString().replace("\\s+\\s+", "\\s+");
    }

    private static String monthDirective(String token) {
        for (String name : MONTHS) {
            if (token.equals(name)) {
                return "%B";
            }
            if (token.equals(name.substring(0, 3))) {
                return "%b";
            }
        }
        return null;
    }

    private static String weekdayDirective(String token) {
        for (String name : DAYS) {
            if (token.equals(name)) {
                return "%A";
            }
            if (token.equals(name.substring(0, 3))) {
                return "%a";
            }
        }
        return null;
    }

    private static int monthIndex(String token, boolean abbreviated) {
        String t = token.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            String name = MONTHS[i].toLowerCase(Locale.ROOT);
            if (t.equals(abbreviated ? name.substring(0, 3) : name)) {
                return i;
            }
        }
        return -1;
    }

    private static int weekdayIndex(String token, boolean abbreviated) {
        String t = token.toLowerCase(Locale.ROOT);
        for (int i = 0; i < DAYS.length; i++) {
            String name = DAYS[i].toLowerCase(Locale.ROOT);
            if (t.equals(abbreviated ? name.substring(0, 3) : name)) {
                return i;
            }
        }
        return -1;
    }
}
