package io.stratum.frontend.cli;

import io.stratum.ir.value.PyFormat;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.exec.CopiedValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Prints a learner's predictions as {@code print(array)} shows a numpy array with numpy's default print options
 * (line width 75, precision 8, at most 1000 elements before eliding to the first and last 3 along each axis): a
 * series as a 1-d array (floats, ints, labels as an object array of their reprs), a frame of float columns (class
 * probabilities) as a 2-d array. Ported from numpy 2's {@code arrayprint} ({@code FloatingFormat} in its
 * {@code maxprec} mode, {@code IntegerFormat}, {@code _formatArray}); held to numpy's own text by
 * {@code frontend/reference/make_predict_reference.py}.
 */
final class NumpyArrayText {
    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final int PRECISION = 8;

    private NumpyArrayText() {
    }

    /** numpy's {@code str} of the array {@code value} converts to ({@code np.asarray}). */
    static String of(CopiedValue value) {
        int rows = value.rows();
        int cols = value.columns().size();
        if (value.frame()) {
            for (CopiedValue.CopiedColumn c : value.columns()) {
                if (c.type() != DataType.FLOAT64) {
                    throw new IllegalArgumentException("a 2-d array of float columns only, got " + c.type().pandasName());
                }
            }
        }
        boolean summarize = (long) rows * cols > THRESHOLD;
        int[] shownRows = shown(rows, summarize);
        if (!value.frame()) {
            CopiedValue.CopiedColumn column = value.columns().get(0);
            IntFunction<String> format = formatter(column, shownRows);
            return vector(rows, summarize, format, " ", LINE_WIDTH);
        }
        int[] shownCols = shown(cols, summarize);
        List<Double> sample = new ArrayList<>();
        for (int r : shownRows) {
            for (int c : shownCols) {
                sample.add(((double[]) value.columns().get(c).values())[r]);
            }
        }
        FloatFormat format = new FloatFormat(sample.stream().mapToDouble(Double::doubleValue).toArray());
        boolean rowSummary = summarize && 2 * EDGE_ITEMS < rows;
        StringBuilder s = new StringBuilder();
        String indent = " ";
        int[] leading = rowSummary ? range(0, EDGE_ITEMS) : new int[0];
        int[] trailing = rowSummary ? range(rows - EDGE_ITEMS, rows) : range(0, rows);
        for (int r : leading) {
            s.append(indent).append(row(value, r, cols, summarize, format)).append('\n');
        }
        if (rowSummary) {
            s.append(indent).append("...").append('\n');
        }
        for (int i = 0; i < trailing.length; i++) {
            s.append(indent).append(row(value, trailing[i], cols, summarize, format));
            if (i < trailing.length - 1) {
                s.append('\n');
            }
        }
        return "[" + s.substring(indent.length()) + "]";
    }

    /**
     * numpy's {@code repr} of a 1-d float64 array ({@code value}'s one float column): {@code array([...])} with the
     * elements separated by commas, wrapped 1 column earlier for the closing parenthesis, and numpy 2's
     * {@code shape=(n,)} when the array is summarized ({@code _array_repr_implementation}).
     */
    static String repr(CopiedValue value) {
        CopiedValue.CopiedColumn column = value.columns().getFirst();
        if (value.frame() || column.type() != DataType.FLOAT64) {
            throw new IllegalArgumentException("the repr of a 1-d float array only");
        }
        int rows = value.rows();
        boolean summarize = rows > THRESHOLD;
        String prefix = "array(";
        String text = prefix + vector(rows, summarize, formatter(column, shown(rows, summarize)),
                " ".repeat(prefix.length() + 1), LINE_WIDTH - 1, ", ") + ",";
        if (!summarize && rows > 0) {
            return text.substring(0, text.length() - 1) + ")";
        }
        String extra = (rows == 0 ? "dtype=float64" : "shape=(" + rows + ",)") + ")";
        int lastLine = text.length() - (text.lastIndexOf('\n') + 1);
        return text + (lastLine + extra.length() + 1 > LINE_WIDTH ? "\n" + " ".repeat(prefix.length()) : " ") + extra;
    }

    private static String row(CopiedValue value, int r, int cols, boolean summarize, FloatFormat format) {
        return vector(cols, summarize, c -> format.format(((double[]) value.columns().get(c).values())[r]), "  ",
                LINE_WIDTH - 1);
    }

    private static String vector(int n, boolean summarize, IntFunction<String> element, String indent, int width) {
        return vector(n, summarize, element, indent, width, " ");
    }

    /**
     * One axis of elements separated by {@code separator}, wrapped at {@code width} with {@code indent} on
     * continuation lines ({@code _formatArray}).
     */
    private static String vector(int n, boolean summarize, IntFunction<String> element, String indent, int width,
                                 String separator) {
        boolean summary = summarize && 2 * EDGE_ITEMS < n;
        int elementWidth = width - 1; // room for the closing bracket
        StringBuilder s = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        List<String> words = new ArrayList<>();
        if (summary) {
            for (int i = 0; i < EDGE_ITEMS; i++) {
                words.add(element.apply(i));
            }
            words.add("...");
            for (int i = n - EDGE_ITEMS; i < n; i++) {
                words.add(element.apply(i));
            }
        } else {
            for (int i = 0; i < n; i++) {
                words.add(element.apply(i));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean wrap = line.length() + word.length() > elementWidth && line.length() > indent.length();
            if (wrap) {
                s.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
                line.append(indent);
            }
            line.append(word);
            if (i < words.size() - 1) {
                line.append(separator);
            }
        }
        s.append(line);
        return "[" + s.substring(indent.length()) + "]";
    }

    /** The positions whose values decide the formatting: all, or the first and last few when summarized. */
    private static int[] shown(int n, boolean summarize) {
        if (!summarize || n <= 2 * EDGE_ITEMS) {
            return range(0, n);
        }
        int[] out = new int[2 * EDGE_ITEMS];
        for (int i = 0; i < EDGE_ITEMS; i++) {
            out[i] = i;
            out[EDGE_ITEMS + i] = n - EDGE_ITEMS + i;
        }
        return out;
    }

    private static int[] range(int from, int to) {
        int[] out = new int[Math.max(0, to - from)];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    private static IntFunction<String> formatter(CopiedValue.CopiedColumn column, int[] shownRows) {
        return switch (column.type()) {
            case FLOAT64 -> {
                double[] v = (double[]) column.values();
                double[] sample = new double[shownRows.length];
                for (int i = 0; i < sample.length; i++) {
                    sample[i] = v[shownRows[i]];
                }
                FloatFormat format = new FloatFormat(sample);
                yield i -> format.format(v[i]);
            }
            case INT64 -> {
                long[] v = (long[]) column.values();
                int width = 0;
                for (int r : shownRows) {
                    width = Math.max(width, Long.toString(v[r]).length());
                }
                int w = width;
                yield i -> " ".repeat(w - Long.toString(v[i]).length()) + v[i];
            }
            // Labels are an object array: each element's repr, unpadded; a missing one is None.
            case STRING -> {
                String[] v = (String[]) column.values();
                yield i -> v[i] == null ? "None" : PyFormat.strRepr(v[i]);
            }
            case BOOL -> {
                boolean[] v = (boolean[]) column.values();
                yield i -> v[i] ? " True" : "False";
            }
            case DATETIME -> throw new IllegalArgumentException("Stratum does not print datetime arrays as numpy yet");
            case TIMEDELTA -> throw new IllegalArgumentException("Stratum does not print timedelta arrays as numpy yet");
            case CATEGORY -> throw new IllegalArgumentException("Stratum does not print category arrays as numpy yet");
        };
    }

    /** numpy's {@code FloatingFormat} with precision 8 in {@code maxprec} mode: one layout for all shown values. */
    private static final class FloatFormat {
        private final boolean scientific;
        private int padLeft;
        private int padRight;
        /** Scientific: digits after the point, and of the exponent. */
        private int precision;
        private int expSize;

        FloatFormat(double[] data) {
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            boolean anyFinite = false;
            boolean nonFinite = false;
            boolean negativeInfinity = false;
            for (double d : data) {
                if (!Double.isFinite(d)) {
                    nonFinite = true;
                    negativeInfinity |= d == Double.NEGATIVE_INFINITY;
                    continue;
                }
                anyFinite = true;
                double a = Math.abs(d);
                if (a != 0) {
                    max = Math.max(max, a);
                    min = Math.min(min, a);
                }
            }
            scientific = min != Double.POSITIVE_INFINITY && (max >= 1e8 || min < 1e-4 || max / min > 1000.0);
            if (anyFinite && scientific) {
                for (double d : data) {
                    if (Double.isFinite(d)) {
                        String[] parts = scientificParts(d, -1);
                        padLeft = Math.max(padLeft, parts[0].length());
                        precision = Math.max(precision, parts[1].length());
                        expSize = Math.max(expSize, parts[2].length() - 1);
                    }
                }
                padRight = expSize + 2 + precision;
            } else if (anyFinite) {
                for (double d : data) {
                    if (Double.isFinite(d)) {
                        String[] parts = positionalParts(d);
                        padLeft = Math.max(padLeft, parts[0].length());
                        padRight = Math.max(padRight, parts[1].length());
                    }
                }
            }
            if (nonFinite) {
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset));
            }
        }

        String format(double x) {
            if (!Double.isFinite(x)) {
                String text = Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
                return " ".repeat(Math.max(0, padLeft + padRight + 1 - text.length())) + text;
            }
            if (scientific) {
                String[] parts = scientificParts(x, precision);
                String exponent = parts[2].charAt(0) + "0".repeat(Math.max(0, expSize - (parts[2].length() - 1)))
                        + parts[2].substring(1);
                return " ".repeat(Math.max(0, padLeft - parts[0].length())) + parts[0] + "." + parts[1] + "e" + exponent;
            }
            String[] parts = positionalParts(x);
            return " ".repeat(Math.max(0, padLeft - parts[0].length())) + parts[0] + "." + parts[1]
                    + " ".repeat(Math.max(0, padRight - parts[1].length()));
        }

        /** Dragon4 positional, unique digits cut at 8 decimals (the exact value rounded half-even), zeros trimmed. */
        private static String[] positionalParts(double x) {
            BigDecimal d = shortest(Math.abs(x));
            if (d.scale() > PRECISION) {
                d = new BigDecimal(Math.abs(x)).setScale(PRECISION, RoundingMode.HALF_EVEN).stripTrailingZeros();
            }
            if (d.scale() < 0) {
                d = d.setScale(0);
            }
            String plain = d.toPlainString();
            int dot = plain.indexOf('.');
            String sign = x < 0 || (x == 0 && 1 / x < 0) ? "-" : "";
            return dot < 0 ? new String[] {sign + plain, ""}
                    : new String[] {sign + plain.substring(0, dot), plain.substring(dot + 1)};
        }

        /**
         * Dragon4 scientific, unique digits cut at 8 after the first: {int part, fraction digits (zero-padded to
         * {@code minDigits} when it is not negative), signed exponent of at least two digits}.
         */
        private static String[] scientificParts(double x, int minDigits) {
            BigDecimal d = shortest(Math.abs(x));
            if (d.signum() != 0 && d.precision() > PRECISION + 1) {
                d = new BigDecimal(Math.abs(x)).round(new MathContext(PRECISION + 1, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            }
            String digits = d.signum() == 0 ? "0" : d.unscaledValue().toString();
            int exponent = d.signum() == 0 ? 0 : d.precision() - d.scale() - 1;
            String fraction = digits.substring(1);
            if (minDigits >= 0 && fraction.length() < minDigits) {
                fraction = fraction + "0".repeat(minDigits - fraction.length());
            }
            String sign = x < 0 || (x == 0 && 1 / x < 0) ? "-" : "";
            String exp = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
            return new String[] {sign + digits.charAt(0), fraction, exp};
        }

        /** The shortest decimal that reads back as {@code a} (Java's {@code Double.toString}), trailing zeros removed. */
        private static BigDecimal shortest(double a) {
            if (a == 0) {
                return BigDecimal.ZERO;
            }
            return new BigDecimal(Double.toString(a)).stripTrailingZeros();
        }
    }
}
