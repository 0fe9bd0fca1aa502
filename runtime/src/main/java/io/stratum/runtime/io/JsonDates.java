package io.stratum.runtime.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which columns {@code pd.read_json} tries to turn into datetimes: none with {@code convert_dates=False}; the
 * columns a {@code convert_dates} list names; and, unless {@code keep_default_dates=False}, the columns whose names
 * pandas takes for dates ({@code date}, {@code datetime}, {@code modified}, {@code *_at}, {@code *_time},
 * {@code timestamp*}, case-insensitive).
 */
public record JsonDates(boolean enabled, List<String> listed, boolean keepDefaultDates, String dateUnit) {
    /** pandas' defaults: {@code convert_dates=True, keep_default_dates=True}. */
    public static final JsonDates PANDAS_DEFAULT = new JsonDates(true, List.of(), true, null);
    /** {@code convert_dates=False}. */
    public static final JsonDates NONE = new JsonDates(false, List.of(), true, null);
    /** pandas' epoch units, in the order it tries them when {@code date_unit} is not given. */
    public static final List<String> UNITS = List.of("s", "ms", "us", "ns");

    /** {@code dateUnit}: pandas' {@code date_unit} ({@code "s"}, {@code "ms"}, {@code "us"}, {@code "ns"}), or null. */
    public JsonDates {
        listed = List.copyOf(Objects.requireNonNull(listed, "listed"));
        if (dateUnit != null && !UNITS.contains(dateUnit)) {
            throw new io.stratum.runtime.data.DataException("read_json(date_unit='" + dateUnit + "'): pandas takes 's',"
                    + " 'ms', 'us' or 'ns'");
        }
    }

    public JsonDates(boolean enabled, List<String> listed, boolean keepDefaultDates) {
        this(enabled, listed, keepDefaultDates, null);
    }

    /** pandas' {@code _should_convert_dates}. */
    public boolean appliesTo(String column) {
        if (!enabled) {
            return false;
        }
        if (listed.contains(column)) {
            return true;
        }
        return keepDefaultDates && isDateName(column);
    }

    /** pandas' {@code keep_default_dates} rule for which column names are converted to dates. */
    static boolean isDateName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("_at") || lower.endsWith("_time") || lower.equals("modified") || lower.equals("date")
                || lower.equals("datetime") || lower.startsWith("timestamp");
    }
}
