package io.stratum.runtime.kernels.element;

import io.stratum.ir.logical.DatetimePart;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.TimestampColumn;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pandas' {@code .dt} methods of datetimes that are not fields: {@code floor}, {@code ceil} and {@code round} to a
 * fixed frequency ({@code round} to the nearest multiple, halves to the even one, as pandas rounds), and
 * {@code normalize()} (midnight), each keeping the column's unit, NaT kept; {@code strftime(format)},
 * {@code day_name()} and {@code month_name()} as str (missing at NaT), of the local time of a time-zone-aware column.
 * Rounding a time-zone-aware column (pandas rounds its local time and localizes again) is refused.
 */
final class DatetimeMethods {
    private static final Pattern FREQUENCY = Pattern.compile("(\\d*)(D|h|min|s|ms|us|ns)");
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private DatetimeMethods() {
    }

    static Column apply(MemoryContext ctx, Column column, ElementOp.DatetimeMethod op) {
        String call = ".dt." + op.method() + "()";
        if (!(column instanceof TimestampColumn t)) {
            throw new DataException(call + " needs a datetime column, but '" + column.name() + "' is "
                    + column.dtypeName() + (column.dtypeName().equals("str") ? "; convert it first with pd.to_datetime(df['"
                    + column.name() + "'])" : ""));
        }
        if (op.givesText()) {
            return text(ctx, t, op);
        }
        if (t.zone() != null) {
            throw new DataException(call + " of the time-zone-aware column '" + t.name() + "' (" + t.dtypeName()
                    + ") is not supported by Stratum yet (pandas rounds its local time, then localizes it again); take"
                    + " the zone off first with .dt.tz_localize(None)");
        }
        long frequency = op.method().equals("normalize") ? 86_400L * 1_000_000_000L : frequencyNanos(op, t);
        long tick = 1_000_000_000L / t.unit().perSecond();
        if (frequency % tick != 0) {
            if (tick % frequency == 0) {
                return t; // a frequency finer than the unit: every value is already a multiple
            }
            throw new DataException(call + " of the " + t.dtypeName() + " column '" + t.name() + "': the frequency is"
                    + " not a whole number of " + t.unit().text() + " ticks");
        }
        long f = frequency / tick;
        long[] ticks = t.toTicksArray();
        boolean[] nat = t.nullCount() == 0 ? null : t.nullFlags();
        long[] out = new long[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            if (nat != null && nat[i]) {
                continue;
            }
            long q = Math.floorDiv(ticks[i], f);
            long r = ticks[i] - q * f;
            switch (op.method()) {
                case "ceil" -> q += r != 0 ? 1 : 0;
                case "round" -> q += 2 * r > f || (2 * r == f && (q & 1) != 0) ? 1 : 0;
                default -> {
                }
            }
            out[i] = q * f;
        }
        return TimestampColumn.of(ctx, t.name(), out, nat, t.unit(), null);
    }

    /** The fixed frequency pandas reads from {@code "15min"}, {@code "h"}, {@code "D"}, in nanoseconds. */
    private static long frequencyNanos(ElementOp.DatetimeMethod op, TimestampColumn t) {
        String call = ".dt." + op.method();
        if (op.args().size() != 1 || !(op.args().getFirst() instanceof Const.StrConst s)) {
            throw new DataException(call + "() needs one frequency, such as \"15min\", \"h\" or \"D\"");
        }
        Matcher m = FREQUENCY.matcher(s.value());
        if (!m.matches()) {
            throw new DataException(call + "('" + s.value() + "'): Stratum rounds to fixed frequencies: a number of D, h,"
                    + " min, s, ms, us or ns (pandas 3's spellings; weeks and months are not fixed, as pandas says)");
        }
        long count = m.group(1).isEmpty() ? 1 : Long.parseLong(m.group(1));
        long unit = switch (m.group(2)) {
            case "D" -> 86_400_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "min" -> 60_000_000_000L;
            case "s" -> 1_000_000_000L;
            case "ms" -> 1_000_000L;
            case "us" -> 1_000L;
            default -> 1L;
        };
        if (count <= 0) {
            throw new DataException(call + "('" + s.value() + "'): the frequency must be positive");
        }
        return Math.multiplyExact(count, unit);
    }

    private static Column text(MemoryContext ctx, TimestampColumn t, ElementOp.DatetimeMethod op) {
        String format = null;
        if (op.method().equals("strftime")) {
            if (op.args().size() != 1 || !(op.args().getFirst() instanceof Const.StrConst s)) {
                throw new DataException(".dt.strftime() needs one format, such as \"%Y-%m-%d\"");
            }
            format = s.value();
            checkFormat(format);
        } else if (!op.args().isEmpty()) {
            throw new DataException(".dt." + op.method() + "() takes no locale in Stratum (English names only)");
        }
        long[] micros = t.toLocalMicrosArray();
        int n = micros.length;
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            if (t.isNull(i)) {
                continue;
            }
            long days = Math.floorDiv(micros[i], MICROS_PER_DAY);
            out[i] = switch (op.method()) {
                case "day_name" -> DAYS[(int) Math.floorMod(days + 3, 7)];
                case "month_name" -> MONTHS[(int) DatetimeFields.of(DatetimePart.MONTH, micros[i]) - 1];
                default -> format(format, micros[i]);
            };
        }
        return StringColumn.of(ctx, t.name(), out);
    }

    private static final String CODES = "YmdHMSfaAbBjpIyuw%";

    private static void checkFormat(String format) {
        for (int i = 0; i < format.length(); i++) {
            if (format.charAt(i) == '%') {
                if (i + 1 >= format.length() || CODES.indexOf(format.charAt(i + 1)) < 0) {
                    String code = i + 1 < format.length() ? "%" + format.charAt(i + 1) : "a lone %";
                    throw new DataException(".dt.strftime('" + format + "'): Stratum does not write " + code + " yet;"
                            + " it writes %" + String.join(" %", CODES.chars().mapToObj(c -> String.valueOf((char) c))
                            .toList()));
                }
                i++;
            }
        }
    }

    /** Python's strftime of a wall-clock time in microseconds, for the codes {@link #CODES} lists. */
    private static String format(String format, long micros) {
        StringBuilder sb = new StringBuilder(format.length() + 16);
        long days = Math.floorDiv(micros, MICROS_PER_DAY);
        long microOfDay = micros - days * MICROS_PER_DAY;
        long year = DatetimeFields.of(DatetimePart.YEAR, micros);
        long month = DatetimeFields.of(DatetimePart.MONTH, micros);
        long hour = microOfDay / 3_600_000_000L;
        int weekday = (int) Math.floorMod(days + 3, 7);
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            char code = format.charAt(++i);
            switch (code) {
                case 'Y' -> sb.append(year);
                case 'y' -> sb.append(String.format("%02d", Math.floorMod(year, 100)));
                case 'm' -> sb.append(String.format("%02d", month));
                case 'd' -> sb.append(String.format("%02d", DatetimeFields.of(DatetimePart.DAY, micros)));
                case 'H' -> sb.append(String.format("%02d", hour));
                case 'I' -> sb.append(String.format("%02d", hour % 12 == 0 ? 12 : hour % 12));
                case 'p' -> sb.append(hour < 12 ? "AM" : "PM");
                case 'M' -> sb.append(String.format("%02d", microOfDay / 60_000_000L % 60));
                case 'S' -> sb.append(String.format("%02d", microOfDay / 1_000_000L % 60));
                case 'f' -> sb.append(String.format("%06d", microOfDay % 1_000_000L));
                case 'a' -> sb.append(DAYS[weekday], 0, 3);
                case 'A' -> sb.append(DAYS[weekday]);
                case 'b' -> sb.append(MONTHS[(int) month - 1], 0, 3);
                case 'B' -> sb.append(MONTHS[(int) month - 1]);
                case 'j' -> sb.append(String.format("%03d", DatetimeFields.of(DatetimePart.DAYOFYEAR, micros)));
                case 'u' -> sb.append(weekday + 1);
                case 'w' -> sb.append((weekday + 1) % 7);
                default -> sb.append('%');
            }
        }
        return sb.toString();
    }
}
