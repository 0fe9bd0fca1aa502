package io.stratum.runtime.kernels.datetime;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * skrub's {@code DatetimeEncoder}: calendar parts down to {@code resolution} (capped at day for a column whose
 * values are all at midnight), {@code total_seconds} since the epoch, {@code weekday} (Monday = 1),
 * {@code day_of_year}, and optional periodic encodings of month, day, hour and weekday (sine/cosine, or periodic
 * cubic splines). Extracted parts are float32 values, as skrub casts them; periodic features are float64. A row
 * whose datetime is missing is missing in every output.
 */
public final class DatetimeEncoderKernel {
    private static final List<String> LEVELS = List.of("year", "month", "day", "hour", "minute", "second",
            "microsecond", "nanosecond");
    private static final List<String> PERIODIC = List.of("month", "day", "hour", "weekday");
    private static final Map<String, Integer> PERIODS = Map.of("month", 12, "day", 30, "hour", 24, "weekday", 7);
    private static final Map<String, Integer> SPLINES = Map.of("month", 12, "day", 4, "hour", 12, "weekday", 7);

    private DatetimeEncoderKernel() {
    }

    /** The encoder's parameters, with skrub's names; {@code resolution} null means no calendar parts. */
    public record Params(String resolution, boolean addWeekday, boolean addTotalSeconds, boolean addDayOfYear,
                         String periodicEncoding) {
        public static final Params DEFAULT = new Params("hour", false, true, false, null);

        public Params {
            if (resolution != null && !LEVELS.contains(resolution)) {
                throw new IllegalArgumentException("'resolution' options are " + LEVELS + " or None, got '"
                        + resolution + "'");
            }
            if (periodicEncoding != null && !periodicEncoding.equals("circular") && !periodicEncoding.equals("spline")) {
                throw new IllegalArgumentException("Unsupported value " + periodicEncoding + " for periodic_encoding.");
            }
            if (periodicEncoding != null && resolution == null) {
                throw new IllegalArgumentException("periodic_encoding needs a resolution (skrub fails on"
                        + " resolution=None with a periodic encoding)");
            }
        }
    }

    /** What fitting decided: the features to extract and the periodic ones, in output order. */
    public record Fitted(String column, List<String> extracted, Map<String, String> periodic, Params params) {
        /** The output column names. */
        public List<String> featureNames() {
            List<String> names = new ArrayList<>();
            for (String f : extracted) {
                if (!periodic.containsKey(f)) {
                    names.add(column + "_" + f);
                }
            }
            for (String f : extracted) {
                if (periodic.containsKey(f)) {
                    names.addAll(periodicNames(f));
                }
            }
            return names;
        }

        private List<String> periodicNames(String feature) {
            List<String> names = new ArrayList<>();
            String base = column + "_" + feature;
            if (periodic.get(feature).equals("circular")) {
                names.add(base + "_circular_0");
                names.add(base + "_circular_1");
            } else {
                int n = SPLINES.get(feature);
                int digits = String.valueOf(n - 1).length();
                for (int i = 0; i < n; i++) {
                    names.add(base + "_spline_" + "0".repeat(digits - String.valueOf(i).length()) + i);
                }
            }
            return names;
        }

        /** The encoded features of {@code values}, as float64 columns (missing where the datetime is). */
        public Table transform(MemoryContext memory, DatetimeValues values) {
            int n = values.length();
            List<double[]> outputs = new ArrayList<>();
            for (String f : extracted) {
                if (!periodic.containsKey(f)) {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = values.missing()[i] ? Double.NaN : (float) feature(values, i, f);
                    }
                    outputs.add(v);
                }
            }
            for (String f : extracted) {
                if (!periodic.containsKey(f)) {
                    continue;
                }
                if (periodic.get(f).equals("circular")) {
                    double period = PERIODS.get(f);
                    double[] sin = new double[n];
                    double[] cos = new double[n];
                    for (int i = 0; i < n; i++) {
                        double angle = feature(values, i, f) / period * 2 * Math.PI;
                        sin[i] = values.missing()[i] ? Double.NaN : Math.sin(angle);
                        cos[i] = values.missing()[i] ? Double.NaN : Math.cos(angle);
                    }
                    outputs.add(sin);
                    outputs.add(cos);
                } else {
                    PeriodicSplines splines = new PeriodicSplines(PERIODS.get(f), SPLINES.get(f));
                    double[][] cols = new double[splines.count()][n];
                    for (int i = 0; i < n; i++) {
                        double[] s = values.missing()[i] ? null : splines.at(feature(values, i, f));
                        for (int c = 0; c < cols.length; c++) {
                            cols[c][i] = s == null ? Double.NaN : s[c];
                        }
                    }
                    for (double[] c : cols) {
                        outputs.add(c);
                    }
                }
            }
            List<String> names = featureNames();
            List<Column> columns = new ArrayList<>();
            for (int k = 0; k < names.size(); k++) {
                columns.add(Float64Column.of(memory, names.get(k), outputs.get(k)));
            }
            return Table.of(columns);
        }
    }

    public static Fitted fit(DatetimeValues values, Params params) {
        List<String> extracted = new ArrayList<>();
        int level = -1;
        if (params.resolution() != null) {
            level = LEVELS.indexOf(params.resolution());
            if (values.allMidnight()) {
                level = Math.min(level, LEVELS.indexOf("day"));
            }
            extracted.addAll(LEVELS.subList(0, level + 1));
        }
        if (params.addTotalSeconds()) {
            extracted.add("total_seconds");
        }
        if (params.addWeekday()) {
            extracted.add("weekday");
        }
        if (params.addDayOfYear()) {
            extracted.add("day_of_year");
        }
        Map<String, String> periodic = new LinkedHashMap<>();
        if (params.periodicEncoding() != null) {
            List<String> levels = new ArrayList<>(PERIODIC.subList(0, Math.min(level, PERIODIC.size())));
            if (params.addWeekday()) {
                levels.add("weekday");
            }
            for (String f : levels) {
                // a feature skrub encodes but does not extract is dropped at transform time, so it never shows
                if (extracted.contains(f)) {
                    periodic.put(f, params.periodicEncoding());
                }
            }
        }
        return new Fitted(values.name(), List.copyOf(extracted), periodic, params);
    }

    /** One feature of one (present) value, as pandas' {@code .dt} accessors give it. */
    static double feature(DatetimeValues values, int row, String feature) {
        if (values.missing()[row]) {
            return 0.0;
        }
        LocalDateTime t = values.at(row);
        return switch (feature) {
            case "year" -> t.getYear();
            case "month" -> t.getMonthValue();
            case "day" -> t.getDayOfMonth();
            case "hour" -> t.getHour();
            case "minute" -> t.getMinute();
            case "second" -> t.getSecond();
            case "microsecond" -> t.getNano() / 1000;
            case "nanosecond" -> values.nanosecond(row);
            case "total_seconds" -> values.totalSeconds(row);
            case "weekday" -> t.getDayOfWeek().getValue();
            case "day_of_year" -> t.getDayOfYear();
            default -> throw new IllegalArgumentException("no datetime feature " + feature);
        };
    }
}
