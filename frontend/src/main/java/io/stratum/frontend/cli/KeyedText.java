package io.stratum.frontend.cli;

import io.stratum.frontend.api.KeyedShape;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.exec.CopiedValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a result whose index holds keys ({@code value_counts()}, a group-by aggregation) as pandas 3 prints it: the
 * keys' columns (the first {@link KeyedShape#levels()} of the computed frame) as the index, with their names on a
 * line of their own, several levels sparsified (a key equal to the one above it left blank while the levels before it
 * are equal too), and the values as a Series (named, or not) or a DataFrame. Ported from pandas'
 * {@code SeriesFormatter.to_string}, {@code DataFrameFormatter._get_formatted_index}, {@code Index._format_flat} and
 * {@code MultiIndex._format_multi}; held to pandas' own text by {@code frontend/reference/make_keyed_reference.py}.
 */
final class KeyedText {
    private KeyedText() {
    }

    /**
     * What {@code print} shows for {@code value}, computed by {@code evaluation}: pandas' text of a result whose index
     * holds keys when the plan says it is one, else {@link PandasText}'s.
     */
    static String orPandas(CopiedValue value, io.stratum.frontend.api.DataOpPrint.View view,
                           io.stratum.frontend.api.Evaluation evaluation, java.util.Set<String> float32) {
        KeyedShape keyed = value.scalar() == null && value.frame()
                ? KeyedShape.of(evaluation, io.stratum.ir.catalog.StandardCatalog.get()) : null;
        if (keyed == null) {
            return PandasText.of(value, view, float32);
        }
        return switch (view) {
            case VALUE, REPR -> of(value, keyed);
            // the facts of the values alone: the keys are the index
            case SHAPE -> keyed.series() && keyed.view() == null ? "(" + value.rows() + ",)" : facts(value, keyed, view);
            case COLUMNS, COLUMN_LIST, DTYPES -> facts(value, keyed, view);
        };
    }

    private static String facts(CopiedValue value, KeyedShape keyed, io.stratum.frontend.api.DataOpPrint.View view) {
        if (keyed.series() || keyed.view() != null || keyed.tops() != null) {
            throw new io.stratum.ir.diagnostics.StratumError(io.stratum.ir.node.Origin.NONE, "printing ."
                    + view.name().toLowerCase(java.util.Locale.ROOT) + " of this result is not supported by Stratum"
                    + (keyed.series() ? " (a Series has no columns)" : ""), "print the result itself");
        }
        return PandasText.of(new CopiedValue(true, value.columns().subList(keyed.levels(), value.columns().size())), view);
    }

    /** {@code print(value)} of a keyed result shaped {@code shape}. */
    static String of(CopiedValue value, KeyedShape shape) {
        List<CopiedValue.CopiedColumn> keys = value.columns().subList(0, shape.levels());
        List<CopiedValue.CopiedColumn> values = value.columns().subList(shape.levels(), value.columns().size());
        if (shape.view() != null) {
            return switch (shape.view()) {
                case "dict" -> KeyedValues.dict(keys, values, shape.series(), shape.multi());
                case "index" -> KeyedValues.index(keys.getFirst(), shape.indexNamed());
                default -> NumpyArrayText.of(new CopiedValue(false, List.of(values.getFirst())));
            };
        }
        if (shape.series()) {
            return series(keys, values.getFirst(), shape.unnamed(), shape.indexNamed(), shape.multi());
        }
        if (shape.tops() == null) {
            return PandasText.frame(values, frameIndex(keys, 1, shape.indexNamed()), true);
        }
        List<CopiedValue.CopiedColumn> named = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            CopiedValue.CopiedColumn c = values.get(i);
            named.add(new CopiedValue.CopiedColumn(shape.subs().get(i), c.type(), c.values(), c.missing(), c.categories(),
                    c.unit(), c.zone()));
        }
        return PandasText.frame(named, frameIndex(keys, 2, shape.indexNamed()), true, shape.tops());
    }

    /** pandas' Series repr with an index of {@code keys}: index lines, 3 spaces, the values; name and dtype under. */
    private static String series(List<CopiedValue.CopiedColumn> keys, CopiedValue.CopiedColumn column, boolean unnamed,
                                 boolean indexNamed, boolean multi) {
        int rows = column.length();
        int[] shown = PandasText.shownRows(rows);
        boolean truncated = shown.length < rows;
        String footer = (unnamed ? "" : "Name: " + PandasText.escape(column.name()) + ", ")
                + (truncated ? "Length: " + rows + ", " : "") + "dtype: " + column.dtypeName();
        if (rows == 0) {
            return "Series([], " + footer + ")";
        }
        List<String> index;
        if (keys.size() == 1 && !multi) {
            index = new ArrayList<>();
            index.add(PandasText.escape(io.stratum.ir.logical.GroupBy.shownName(keys.getFirst().name())));
            index.addAll(level(keys.getFirst(), shown));
        } else {
            List<List<String>> levels = sparsified(levels(keys, shown));
            index = new ArrayList<>(List.of(adjoin(levels, 2).split("\n", -1)));
        }
        List<String> values = PandasText.fixedWidth(PandasText.format(column, shown, true), 0);
        if (truncated) {
            int rowNum = shown.length / 2;
            int w = values.get(rowNum - 1).length();
            values.add(rowNum, PandasText.center(w > 3 ? "..." : "..", w));
            index.add(rowNum + 1, "");
        }
        List<String> body = index.subList(1, index.size());
        int indexWidth = PandasText.width(body) + 3;
        int valueWidth = PandasText.width(values);
        StringBuilder text = new StringBuilder(indexNamed ? index.getFirst() + "\n" : "");
        for (int i = 0; i < values.size(); i++) {
            String idx = body.get(i);
            String v = values.get(i);
            text.append(idx).append(" ".repeat(indexWidth - idx.length())).append(v)
                    .append(" ".repeat(valueWidth - v.length())).append('\n');
        }
        return text + footer;
    }

    /**
     * The index column of a keyed DataFrame: a blank cell per level of the column names ({@code columnLevels}), the
     * index names row when the index is {@code named}, the (sparsified) keys.
     */
    private static PandasText.RowIndex frameIndex(List<CopiedValue.CopiedColumn> keys, int columnLevels, boolean named) {
        return new PandasText.RowIndex() {
            @Override
            public List<String> column(int[] shown) {
                List<List<String>> levels = levels(keys, shown);
                if (keys.size() > 1) {
                    levels = sparsified(levels);
                }
                List<List<String>> fixed = new ArrayList<>();
                for (List<String> level : levels) {
                    // an index without names has no names row (pandas' show_row_idx_names)
                    fixed.add(fixedLeft(named ? level : level.subList(1, level.size())));
                }
                List<String> out = new ArrayList<>();
                for (int i = 0; i < columnLevels; i++) {
                    out.add("");
                }
                out.addAll(List.of(adjoin(fixed, 1).split("\n", -1)));
                return out;
            }

            @Override
            public int headerRows() {
                return columnLevels + (named ? 1 : 0);
            }
        };
    }

    /** Each level's name then its shown keys, formatted as pandas formats an Index's values. */
    private static List<List<String>> levels(List<CopiedValue.CopiedColumn> keys, int[] shown) {
        List<List<String>> out = new ArrayList<>();
        for (CopiedValue.CopiedColumn k : keys) {
            List<String> level = new ArrayList<>();
            level.add(PandasText.escape(io.stratum.ir.logical.GroupBy.shownName(k.name())));
            level.addAll(level(k, shown));
            out.add(level);
        }
        return out;
    }

    /**
     * pandas' {@code Index._format_flat}: text as it is (missing: NaN), other types by {@code format_array} justified
     * left, then the leading spaces all share trimmed ({@code trim_front}).
     */
    static List<String> level(CopiedValue.CopiedColumn c, int[] shown) {
        List<String> out = new ArrayList<>();
        if (c.type() == DataType.STRING || c.type() == DataType.CATEGORY) {
            String[] v = (String[]) c.values();
            for (int r : shown) {
                out.add(v[r] == null ? "NaN" : PandasText.escape(v[r]));
            }
            return out;
        }
        if (c.type() == DataType.FLOAT64) {
            double[] v = (double[]) c.values();
            double[] sample = new double[shown.length];
            for (int i = 0; i < shown.length; i++) {
                sample[i] = v[shown[i]];
            }
            for (String s : PandasText.floats(sample)) {
                out.add(s.equals("NaN") ? " NaN" : s);
            }
        } else if (c.type() == DataType.BOOL) {
            boolean[] v = (boolean[]) c.values();
            for (int r : shown) {
                out.add(c.missing()[r] ? "NaN" : v[r] ? "True" : "False");
            }
        } else {
            out.addAll(PandasText.format(c, shown, true));
        }
        int w = PandasText.width(out);
        List<String> justified = new ArrayList<>();
        int lead = Integer.MAX_VALUE;
        for (String s : out) {
            String p = s + " ".repeat(w - s.length());
            justified.add(p);
            lead = Math.min(lead, p.length() - p.stripLeading().length());
        }
        int trim = lead;
        if (trim > 0) {
            justified.replaceAll(s -> s.substring(trim));
        }
        return justified;
    }

    /**
     * pandas' {@code sparsify_labels} of index levels (each starting with its name): a key is left blank when it and
     * every level before it equal the row above.
     */
    private static List<List<String>> sparsified(List<List<String>> levels) {
        int k = levels.size();
        int n = levels.getFirst().size();
        List<List<String>> out = new ArrayList<>();
        for (List<String> level : levels) {
            List<String> copy = new ArrayList<>();
            copy.add(level.get(0));
            if (n > 1) {
                copy.add(level.get(1));
            }
            out.add(copy);
        }
        for (int r = 2; r < n; r++) {
            boolean same = true;
            for (int i = 0; i < k; i++) {
                String cur = levels.get(i).get(r);
                if (i == k - 1 || !same || !cur.equals(levels.get(i).get(r - 1))) {
                    same = false;
                    out.get(i).add(cur);
                } else {
                    out.get(i).add("");
                }
            }
        }
        return out;
    }

    /** pandas' {@code _make_fixed_width(justify="left")}: padded to the longest, cut at 50 characters with "...". */
    private static List<String> fixedLeft(List<String> values) {
        int w = Math.min(PandasText.width(values), 50);
        List<String> out = new ArrayList<>();
        for (String s : values) {
            String cut = s.length() > w ? s.substring(0, w - 3) + "..." : s;
            out.add(cut + " ".repeat(w - cut.length()));
        }
        return out;
    }

    /** pandas' {@code adjoin(space, ...)}: every column padded to its width, plus {@code space} but the last. */
    private static String adjoin(List<List<String>> columns, int space) {
        int rows = columns.getFirst().size();
        StringBuilder out = new StringBuilder();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = PandasText.width(columns.get(i)) + (i < columns.size() - 1 ? space : 0);
        }
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                out.append('\n');
            }
            for (int i = 0; i < columns.size(); i++) {
                String s = columns.get(i).get(r);
                out.append(s).append(" ".repeat(widths[i] - s.length()));
            }
        }
        return out.toString();
    }
}
