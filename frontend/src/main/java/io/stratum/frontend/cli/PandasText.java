package io.stratum.frontend.cli;

import io.stratum.frontend.api.DataOpPrint;
import io.stratum.ir.value.PyFormat;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.exec.CopiedValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prints a frame or a column as {@code print(df)} shows a pandas 3 DataFrame or Series run as a script (display
 * options at their defaults, output not a terminal, so 80 characters wide): at most 60 rows, else the first and last
 * 5 with a {@code ...} row and the dimensions; a frame wider than 80 characters keeps its first and last columns
 * around a {@code ...} column; each column formatted from the values shown (floats with 6 decimals and the trailing
 * zeros they all share trimmed, scientific when some value is tiny or large and long); strings cut at 50 characters.
 * Ported from pandas' {@code io.formats} ({@code DataFrameFormatter}, {@code StringFormatter}, {@code SeriesFormatter},
 * {@code FloatArrayFormatter}); held to pandas' own text by {@code frontend/reference/make_eval_reference.py}.
 * Frames have a default {@code RangeIndex}.
 */
final class PandasText {
    private static final int WIDTH = 80;
    private static final int MAX_ROWS = 60;
    private static final int MIN_ROWS = 10;
    private static final int PRECISION = 6;
    private static final int MAX_COLWIDTH = 50;
    private static final Pattern DECIMAL = Pattern.compile("^\\s*[+-]?[0-9]+\\.[0-9]*$");

    private PandasText() {
    }

    /** What {@code print(value)} shows: a DataFrame for a frame, a Series for a column. */
    static String of(CopiedValue value) {
        if (value.scalar() != null) {
            return value.scalar();
        }
        return value.frame() ? frame(value.columns(), value.labels()) : series(value.columns().get(0), value.labels(), value.perColumn(), value.unnamed());
    }

    /**
     * What {@code print(op)} shows under a DataOp's {@code Result:} ({@link DataOpPrint}): the value as {@link #of}
     * prints it, numpy's repr of a number computed from the data ({@code np.float64(2.5)}), or the frame's columns,
     * dtypes or shape as pandas prints them.
     */
    static String of(CopiedValue value, DataOpPrint.View view) {
        return of(value, view, Set.of());
    }

    /**
     * As {@link #of(CopiedValue, DataOpPrint.View)}, with the columns named in {@code float32} typed float32: the plan's
     * type of a column {@code astype("float32")} made, which the runtime holds as float64 values rounded to float32
     * (pandas prints the same digits for them; only the dtype differs).
     */
    static String of(CopiedValue value, DataOpPrint.View view, Set<String> float32) {
        return switch (view) {
            case VALUE -> float32.isEmpty() || value.scalar() != null || value.frame() ? of(value)
                    : series(value.columns().get(0), value.labels(), value.perColumn(), value.unnamed(), float32);
            case REPR -> value.scalar() != null ? numpyRepr(value.scalar()) : of(value, DataOpPrint.View.VALUE, float32);
            case COLUMNS -> PandasIndexText.of(frameOf(value, "columns").columns().stream().map(CopiedValue.CopiedColumn::name).toList());
            case COLUMN_LIST -> new io.stratum.ir.value.Const.ListConst(frameOf(value, "columns").columns().stream()
                    .map(c -> (io.stratum.ir.value.Const) io.stratum.ir.value.Const.of(c.name())).toList()).repr();
            case DTYPES -> {
                List<CopiedValue.CopiedColumn> columns = frameOf(value, "dtypes").columns();
                String[] names = new String[columns.size()];
                List<String> labels = new ArrayList<>();
                for (int i = 0; i < names.length; i++) {
                    names[i] = dtypeName(columns.get(i), float32);
                    labels.add(columns.get(i).name());
                }
                yield series(new CopiedValue.CopiedColumn("dtypes", DataType.STRING, names, new boolean[names.length], null,
                        null, null), labels, true, false);
            }
            case SHAPE -> {
                if (!value.frame() && value.scalar() == null) {
                    yield "(" + value.rows() + ",)"; // a Series'
                }
                CopiedValue frame = frameOf(value, "shape");
                yield "(" + (frame.columns().isEmpty() ? 0 : frame.columns().get(0).length()) + ", " + frame.columns().size() + ")";
            }
        };
    }

    private static CopiedValue frameOf(CopiedValue value, String attribute) {
        if (!value.frame()) {
            throw new IllegalArgumentException("." + attribute + " of a value that is not a frame");
        }
        return value;
    }

    /** numpy 2's repr of a scalar pandas computed ({@code np.float64(2.5)}, {@code np.int64(3)}, {@code np.True_}). */
    static String numpyRepr(String text) {
        return switch (text) {
            case "True" -> "np.True_";
            case "False" -> "np.False_";
            default -> text.matches("-?\\d+") ? "np.int64(" + text + ")"
                    : text.matches("-?(\\d+\\.\\d*(e[+-]\\d+)?|\\d+e[+-]\\d+|inf|nan)") ? "np.float64(" + text + ")"
                    : PyFormat.strRepr(text); // a str value (the max of a text column)
        };
    }

    /** The ticks of a datetime or duration column's shown rows (pandas formats them together). */
    private static long[] shownTicks(CopiedValue.CopiedColumn c, int[] shown) {
        long[] all = (long[]) c.values();
        long[] v = new long[shown.length];
        for (int i = 0; i < shown.length; i++) {
            v[i] = all[shown[i]];
        }
        return v;
    }

    private static boolean[] shownMissing(CopiedValue.CopiedColumn c, int[] shown) {
        boolean[] missing = new boolean[shown.length];
        for (int i = 0; i < shown.length; i++) {
            missing[i] = c.missing()[shown[i]];
        }
        return missing;
    }

    static String frame(List<CopiedValue.CopiedColumn> columns) {
        return frame(columns, null);
    }

    /** A DataFrame with the row labels 0..n-1, or with {@code labels} (the original ones after a filter, a sort, ...). */
    static String frame(List<CopiedValue.CopiedColumn> columns, List<String> labels) {
        return frame(columns, labels, true);
    }

    /** As {@link #frame(List, List)}; unbounded ({@code df.to_string()}): every row and column, no footer. */
    static String frame(List<CopiedValue.CopiedColumn> columns, List<String> labels, boolean bounded) {
        return frame(columns, labelIndex(labels), bounded);
    }

    /**
     * The index column of a printed frame: its cells for the shown rows, after {@code headerRows} header cells (the
     * column header row, then the index names row when the index has names, as pandas' {@code show_row_idx_names}).
     */
    interface RowIndex {
        List<String> column(int[] shown);

        int headerRows();
    }

    /** Row labels (null: 0..n-1) as the index, right under the column header. */
    private static RowIndex labelIndex(List<String> labels) {
        return new RowIndex() {
            @Override
            public List<String> column(int[] shown) {
                List<String> index = new ArrayList<>();
                for (int r : shown) {
                    index.add(labels == null ? Integer.toString(r) : labels.get(r));
                }
                index = justify(index, width(index), false);
                index.add(0, "");
                return index;
            }

            @Override
            public int headerRows() {
                return 1;
            }
        };
    }

    /** A DataFrame of {@code columns} with {@code index} as its index. */
    static String frame(List<CopiedValue.CopiedColumn> columns, RowIndex labels, boolean bounded) {
        return frame(columns, labels, bounded, (java.util.Map<CopiedValue.CopiedColumn, String>) null);
    }

    /**
     * As {@link #frame(List, RowIndex, boolean)}, with two-level column names when {@code tops} is given: each
     * column's first level (its name is the second), shown over the first of equal neighbours only (pandas'
     * sparsified column header).
     */
    static String frame(List<CopiedValue.CopiedColumn> columns, RowIndex labels, boolean bounded, List<String> tops) {
        java.util.Map<CopiedValue.CopiedColumn, String> top = null;
        if (tops != null) {
            top = new java.util.IdentityHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                top.put(columns.get(i), tops.get(i));
            }
        }
        return frame(columns, labels, bounded, top);
    }


    private static String frame(List<CopiedValue.CopiedColumn> columns, RowIndex labels, boolean bounded,
                                java.util.Map<CopiedValue.CopiedColumn, String> tops) {
        int rows = columns.isEmpty() ? 0 : columns.get(0).length();
        if (columns.isEmpty() || rows == 0) {
            StringBuilder names = new StringBuilder("[");
            for (int i = 0; i < columns.size(); i++) {
                names.append(i == 0 ? "" : ", ").append(columns.get(i).name());
            }
            return "Empty DataFrame\nColumns: " + names + "]\nIndex: []";
        }
        int[] shown = bounded ? shownRows(rows) : java.util.stream.IntStream.range(0, rows).toArray();
        boolean truncatedRows = shown.length < rows;
        List<List<String>> strcols = strcols(columns, labels, shown, truncatedRows, -1, tops);
        String text = adjoin(strcols);
        int maxLen = 0;
        for (String line : text.split("\n", -1)) {
            maxLen = Math.max(maxLen, line.length());
        }
        boolean truncatedColumns = false;
        if (bounded && maxLen >= WIDTH) {
            // (pandas cuts a frame as wide as the line too: its "+ 1" keeps reprs narrower than the width)
            // pandas drops middle columns (of the rendered ones, index included) until the rest fits.
            int adjDif = maxLen - WIDTH + 1;
            List<Integer> lengths = new ArrayList<>();
            for (List<String> col : strcols) {
                int w = 0;
                for (String s : col) {
                    w = Math.max(w, s.length());
                }
                lengths.add(w);
            }
            while (adjDif > 0 && lengths.size() > 1) {
                int mid = pythonRound(lengths.size() / 2.0);
                adjDif -= lengths.get(mid) + 1;
                lengths.remove(mid);
            }
            int fitted = Math.max(lengths.size() - 1, 2);
            if (columns.size() > fitted) {
                truncatedColumns = true;
                int half = fitted / 2;
                List<CopiedValue.CopiedColumn> kept = new ArrayList<>(columns.subList(0, half));
                kept.addAll(columns.subList(columns.size() - half, columns.size()));
                // pandas pairs the kept columns' labels with the dtypes of the frame's FIRST columns (its header
                // formatter zips the truncated labels with the whole frame's dtypes), so a kept column's header has
                // the leading space of whichever column stood at its position
                List<DataType> headerTypes = new ArrayList<>();
                for (int i = 0; i < kept.size(); i++) {
                    headerTypes.add(columns.get(i).type());
                }
                strcols = strcols(kept, labels, shown, truncatedRows, half, headerTypes, tops);
                text = adjoin(strcols);
            }
        }
        if (truncatedRows || truncatedColumns) {
            text += "\n\n[" + rows + " rows x " + columns.size() + " columns]";
        }
        return text;
    }

    /**
     * The rendered columns (index first), each padded to one width, with pandas' dot separators: a {@code ...} row
     * after the first half of the shown rows when rows were cut, and a {@code ...} column after {@code dotColumn}
     * columns (negative: none).
     */
    private static List<List<String>> strcols(List<CopiedValue.CopiedColumn> columns, RowIndex labels, int[] shown,
                                              boolean truncatedRows, int dotColumn,
                                              java.util.Map<CopiedValue.CopiedColumn, String> tops) {
        List<DataType> own = new ArrayList<>();
        for (CopiedValue.CopiedColumn c : columns) {
            own.add(c.type());
        }
        return strcols(columns, labels, shown, truncatedRows, dotColumn, own, tops);
    }

    private static List<List<String>> strcols(List<CopiedValue.CopiedColumn> columns, RowIndex labels, int[] shown,
                                              boolean truncatedRows, int dotColumn, List<DataType> headerTypes,
                                              java.util.Map<CopiedValue.CopiedColumn, String> tops) {
        List<List<String>> out = new ArrayList<>();
        List<String> index = labels.column(shown);
        int headerRows = labels.headerRows();
        out.add(index);
        for (int k = 0; k < columns.size(); k++) {
            CopiedValue.CopiedColumn c = columns.get(k);
            List<String> header;
            if (tops == null) {
                header = List.of((isNumeric(headerTypes.get(k)) ? " " : "") + c.name());
            } else {
                // pandas' sparsify_labels over the shown columns: a first level equal to the previous one is blank
                String top = tops.get(c);
                boolean repeated = k > 0 && top.equals(tops.get(columns.get(k - 1)));
                header = List.of(repeated ? "" : top, c.name());
            }
            int headerWidth = width(header);
            List<String> values = fixedWidth(format(c, shown, true), headerWidth);
            int w = Math.max(width(values), headerWidth);
            List<String> col = new ArrayList<>();
            for (String h : header) {
                col.add(" ".repeat(w - h.length()) + h);
            }
            for (int h = header.size(); h < headerRows; h++) {
                col.add(" ".repeat(w)); // under the header: the index names' row
            }
            col.addAll(values);
            out.add(col);
        }
        if (dotColumn >= 0) {
            List<String> dots = new ArrayList<>();
            for (int i = 0; i < index.size(); i++) {
                dots.add(" ...");
            }
            out.add(dotColumn + 1, dots);
        }
        if (truncatedRows) {
            int rowNum = shown.length / 2;
            for (int ix = 0; ix < out.size(); ix++) {
                List<String> col = out.get(ix);
                boolean dotCol = dotColumn >= 0 && ix == dotColumn + 1;
                int cwidth = dotCol ? 4 : col.get(rowNum).length();
                String dots = cwidth > 3 || dotCol ? "..." : "..";
                String cell = ix == 0 ? dots + " ".repeat(Math.max(0, cwidth - dots.length()))
                        : " ".repeat(Math.max(0, cwidth - dots.length())) + dots;
                col.add(rowNum + headerRows, cell);
            }
        }
        return out;
    }

    static String series(CopiedValue.CopiedColumn column) {
        return series(column, null, false, false);
    }

    /**
     * A Series with the row labels 0..n-1, or with {@code labels}: its row labels after a filter or sort, or with
     * {@code perColumn} the column names of per-column values such as {@code df.max()} (a Series without a name, whose
     * text values make pandas' object dtype).
     */
    static String series(CopiedValue.CopiedColumn column, List<String> labels, boolean perColumn, boolean unnamed) {
        return series(column, labels, perColumn, unnamed, Set.of());
    }

    private static String dtypeName(CopiedValue.CopiedColumn column, Set<String> float32) {
        return column.type() == DataType.FLOAT64 && float32.contains(column.name()) ? "float32" : column.dtypeName();
    }

    private static String series(CopiedValue.CopiedColumn column, List<String> labels, boolean perColumn, boolean unnamed,
                                 Set<String> float32) {
        int rows = column.length();
        int[] shown = shownRows(rows);
        boolean truncated = shown.length < rows;
        List<String> values = fixedWidth(format(column, shown, true), 0);
        List<String> index = new ArrayList<>();
        for (int r : shown) {
            index.add(labels == null ? Integer.toString(r) : labels.get(r));
        }
        index = justify(index, width(index), false);
        if (truncated) {
            int rowNum = shown.length / 2;
            int w = values.get(rowNum - 1).length();
            values.add(rowNum, center(w > 3 ? "..." : "..", w));
            index.add(rowNum, "");
        }
        StringBuilder text = new StringBuilder();
        if (rows > 0) {
            int indexWidth = width(index) + 3;
            for (int i = 0; i < values.size(); i++) {
                String idx = index.get(i);
                text.append(idx).append(" ".repeat(indexWidth - idx.length())).append(values.get(i)).append('\n');
            }
        } else {
            text.append("Series([], ");
        }
        String footer = perColumn ? (truncated ? "Length: " + rows + ", " : "") + "dtype: "
                + (column.type() == io.stratum.runtime.data.DataType.STRING ? "object" : dtypeName(column, float32))
                : unnamed ? (truncated ? "Length: " + rows + ", " : "") + "dtype: " + dtypeName(column, float32)
                : "Name: " + escape(column.name()) + (truncated ? ", Length: " + rows : "") + ", dtype: "
                + dtypeName(column, float32);
        if (column.categories() != null) {
            footer += "\n" + categoriesFooter(column.categories());
        }
        if (rows == 0) {
            return text + footer + ")";
        }
        return text + footer;
    }

    /**
     * pandas' {@code Categories (k, str): ['a', 'b', ...]} line under a category series: at most 8 categories shown
     * (the first and last 4 around {@code ...}), wrapped at 80 characters as pandas' {@code _get_repr_footer} wraps.
     */
    static String categoriesFooter(String[] categories) {
        List<String> shown = new ArrayList<>();
        int max = 8;
        if (categories.length > max) {
            for (int i = 0; i < max / 2; i++) {
                shown.add(PyFormat.strRepr(categories[i]));
            }
            shown.add("...");
            for (int i = categories.length - max / 2; i < categories.length; i++) {
                shown.add(PyFormat.strRepr(categories[i]));
            }
        } else {
            for (String c : categories) {
                shown.add(PyFormat.strRepr(c));
            }
        }
        String header = "Categories (" + categories.length + ", str): ";
        StringBuilder levels = new StringBuilder();
        int width = header.length();
        boolean start = true;
        for (String v : shown) {
            if (width + 2 + v.length() > 80) {
                levels.append(",\n").append(" ".repeat(header.length() + 1));
                width = header.length() + 1;
            } else if (!start) {
                levels.append(", ");
                width += v.length();
            }
            levels.append(v);
            start = false;
        }
        return header + "[" + levels + "]";
    }

    /** The rows pandas shows: all up to 60, else the first and last 5. */
    static int[] shownRows(int rows) {
        if (rows <= MAX_ROWS) {
            int[] all = new int[rows];
            for (int i = 0; i < rows; i++) {
                all[i] = i;
            }
            return all;
        }
        int half = Math.min(MIN_ROWS, MAX_ROWS) / 2;
        int[] out = new int[2 * half];
        for (int i = 0; i < half; i++) {
            out[i] = i;
            out[half + i] = rows - half + i;
        }
        return out;
    }

    /** One column's shown values as pandas' {@code format_array} writes them (with the leading sign space). */
    static List<String> format(CopiedValue.CopiedColumn c, int[] shown, boolean leadingSpace) {
        List<String> out = new ArrayList<>(shown.length);
        String lead = leadingSpace ? " " : "";
        switch (c.type()) {
            case FLOAT64 -> {
                double[] v = (double[]) c.values();
                double[] sample = new double[shown.length];
                for (int i = 0; i < shown.length; i++) {
                    sample[i] = v[shown[i]];
                }
                return floats(sample);
            }
            case INT64 -> {
                long[] v = (long[]) c.values();
                for (int r : shown) {
                    out.add(c.missing()[r] ? lead + "<NA>" : v[r] < 0 ? Long.toString(v[r]) : lead + v[r]); // pandas' "{: d}"
                }
            }
            case STRING, CATEGORY -> {
                String[] v = (String[]) c.values();
                for (int r : shown) {
                    out.add(lead + (v[r] == null ? "NaN" : escape(v[r])));
                }
            }
            case BOOL -> {
                boolean[] v = (boolean[]) c.values();
                for (int r : shown) {
                    out.add(lead + (c.missing()[r] ? "NaN" : v[r] ? "True" : "False"));
                }
            }
            case DATETIME -> {
                // pandas formats the shown rows together: dates only, or one number of fraction digits for all.
                long[] v = shownTicks(c, shown);
                boolean[] missing = shownMissing(c, shown);
                String[] text = io.stratum.runtime.data.DatetimeText.of(v, missing, c.unit(), c.zone());
                for (int i = 0; i < shown.length; i++) {
                    out.add(missing[i] ? "NaT" : text[i]);
                }
            }
            case TIMEDELTA -> {
                // pandas formats the shown rows together: "3 days" when all are whole days, else each in full.
                long[] v = shownTicks(c, shown);
                boolean[] missing = shownMissing(c, shown);
                String[] text = io.stratum.runtime.data.TimedeltaText.of(v, missing, c.unit());
                for (int i = 0; i < shown.length; i++) {
                    out.add(missing[i] ? "NaT" : text[i]);
                }
            }
        }
        return out;
    }

    /**
     * pandas' {@code FloatArrayFormatter}: {@code "{: .6f}"} of each value, the trailing zeros every value shares
     * trimmed (one kept after the point), NaN as {@code NaN}; scientific ({@code "{: .6e}"}) when some value is below
     * 1e-6 in magnitude (and not zero), or when some is above 1e6 and the longest trimmed text exceeds 12 characters.
     */
    static List<String> floats(double[] values) {
        List<String> fixed = new ArrayList<>();
        boolean large = false;
        boolean small = false;
        for (double d : values) {
            fixed.add(Double.isNaN(d) ? "NaN" : fixed(d));
            double a = Math.abs(d);
            large |= a > 1e6;
            small |= a < 1e-6 && a > 0;
        }
        fixed = trimZeros(fixed);
        int maxLen = width(fixed);
        if (small || (maxLen > PRECISION + 6 && large)) {
            List<String> sci = new ArrayList<>();
            for (double d : values) {
                sci.add(Double.isNaN(d) ? "NaN" : scientific(d));
            }
            return sci;
        }
        return fixed;
    }

    /**
     * A float in an object Series as pandas formats it: {@code f"{x: .6f}"} with trailing zeros trimmed to one
     * ({@code _trim_zeros_single_float}), without the sign's space.
     */
    static String objectFloat(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String s = fixed(d).strip();
        while (s.endsWith("0") && !s.endsWith(".0")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * An object Series named {@code name} (a frame's row: {@code df.iloc[0]}) of values already formatted as pandas
     * formats objects, indexed by {@code labels}: the labels left-justified, the values right-justified (text beyond 50
     * characters cut), then {@code Name: name, dtype: object}.
     */
    static String objectSeries(String[] values, List<String> labels, String name) {
        List<String> shown = fixedWidth(List.of(values), 0);
        List<String> index = justify(labels, width(labels), false);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            text.append(index.get(i)).append("    ").append(shown.get(i)).append('\n');
        }
        return text + "Name: " + escape(name) + ", dtype: object";
    }

    private static String fixed(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? " inf" : "-inf";
        }
        BigDecimal b = new BigDecimal(d).setScale(PRECISION, RoundingMode.HALF_EVEN);
        String s = b.toPlainString();
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        if (s.startsWith("-")) {
            return s;
        }
        return (negative ? "-" : " ") + s;
    }

    private static String scientific(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? " inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0 ? "-" : " ") + "0." + "0".repeat(PRECISION) + "e+00";
        }
        BigDecimal b = new BigDecimal(Math.abs(d));
        int exponent = b.precision() - b.scale() - 1;
        BigDecimal mantissa = b.movePointLeft(exponent).setScale(PRECISION, RoundingMode.HALF_EVEN);
        if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
            exponent++;
            mantissa = b.movePointLeft(exponent).setScale(PRECISION, RoundingMode.HALF_EVEN);
        }
        String exp = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        return (d < 0 ? "-" : " ") + mantissa.toPlainString() + "e" + exp;
    }

    private static List<String> trimZeros(List<String> values) {
        List<String> out = new ArrayList<>(values);
        while (true) {
            boolean any = false;
            boolean all = true;
            for (String s : out) {
                if (DECIMAL.matcher(s).matches()) {
                    any = true;
                    all &= s.endsWith("0");
                }
            }
            if (!any || !all) {
                break;
            }
            out.replaceAll(s -> DECIMAL.matcher(s).matches() ? s.substring(0, s.length() - 1) : s);
        }
        out.replaceAll(s -> DECIMAL.matcher(s).matches() && s.endsWith(".") ? s + "0" : s);
        return out;
    }

    /** pandas' {@code _make_fixed_width}: right-justified to one width, text beyond 50 characters cut with "...". */
    static List<String> fixedWidth(List<String> values, int minimum) {
        int w = Math.max(width(values), minimum);
        if (w > MAX_COLWIDTH) {
            w = MAX_COLWIDTH;
        }
        int max = w;
        List<String> cut = new ArrayList<>(values.size());
        for (String s : values) {
            cut.add(s.length() > max ? s.substring(0, max - 3) + "..." : s);
        }
        return justify(cut, w, true);
    }

    static List<String> justify(List<String> values, int w, boolean right) {
        List<String> out = new ArrayList<>(values.size());
        for (String s : values) {
            String pad = " ".repeat(Math.max(0, w - s.length()));
            out.add(right ? pad + s : s + pad);
        }
        return out;
    }

    static int width(List<String> values) {
        int w = 0;
        for (String s : values) {
            w = Math.max(w, s.length());
        }
        return w;
    }

    /** pandas' {@code adjoin(1, ...)}: each column but the last padded to its width plus one space. */
    static String adjoin(List<List<String>> columns) {
        int rows = 0;
        for (List<String> c : columns) {
            rows = Math.max(rows, c.size());
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = width(columns.get(i)) + (i < columns.size() - 1 ? 1 : 0);
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                out.append('\n');
            }
            for (int i = 0; i < columns.size(); i++) {
                List<String> c = columns.get(i);
                int offset = rows - c.size();
                String s = r < offset ? "" : c.get(r - offset);
                out.append(s).append(" ".repeat(Math.max(0, widths[i] - s.length())));
            }
        }
        return out.toString();
    }

    /** Python's {@code str.center}. */
    static String center(String s, int w) {
        int pad = w - s.length();
        if (pad <= 0) {
            return s;
        }
        int left = pad / 2 + (pad & w & 1);
        return " ".repeat(left) + s + " ".repeat(pad - left);
    }

    /** Python's {@code round} of a half: to even. */
    private static int pythonRound(double x) {
        return (int) Math.rint(x);
    }

    static boolean isNumeric(DataType type) {
        return type == DataType.FLOAT64 || type == DataType.INT64 || type == DataType.BOOL;
    }

    static String escape(String s) {
        return s.replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
