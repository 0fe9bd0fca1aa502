package io.stratum.runtime.exec;

import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * skrub's {@code ApplyToCols(transformer, cols, exclude_cols, keep_original, rename_columns)}: the columns {@code cols}
 * selects (less {@code exclude_cols}), resolved on the training rows, go through the transformer. A single-column
 * transformer (skrub's StringEncoder, DatetimeEncoder, ToDatetime, MinHashEncoder) is fitted on each column on its own
 * and its outputs take the column's place ({@code ApplyToEachCol}); any other is fitted on the selected columns
 * together and its outputs follow the untouched ones ({@code ApplyToSubFrame}). Outputs are renamed by the
 * {@code rename_columns} format; where skrub would add a random {@code __skrub_<hex>__} tag to a clashing name,
 * Stratum refuses the step and says how to rename. With {@code allow_reject=True} a column the single-column
 * transformer rejects (skrub's {@code RejectColumn}: DatetimeEncoder on a column without datetimes, MinHashEncoder on
 * one without strings, ToDatetime on one without strings or whose strings have no datetime format) passes through
 * unchanged in its place, as in skrub; without it, the step fails naming the column.
 */
final class ApplyToColsStep {
    static final String NAME = "skrub.ApplyToCols";

    /** skrub's transformers marked {@code __single_column_transformer__} that Stratum runs. */

    private ApplyToColsStep() {
    }

    /** The fitted step: per transformed input column (each-column mode) or once for the sub-frame. */
    private record Fitted(EstimatorKernels.Transformer kernel, boolean columnwise, boolean keepOriginal,
                          Map<String, Object> perColumn, Map<String, List<String>> outputNames, List<String> selected,
                          Object subFrame, List<String> subFrameNames) {
    }

    static void register(EstimatorKernels kernels) {
        kernels.register(NAME, new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return ApplyToColsStep.fit(kernels, memory, columns, spec);
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ApplyToColsStep.transform(memory, (Fitted) fitted, columns);
            }
        });
    }

    private static Fitted fit(EstimatorKernels kernels, MemoryContext memory, Table frame, EstimatorSpec spec) {
        EstimatorSpec inner = EstimatorSpec.fromConst(spec.param("transformer"));
        if (inner == null) {
            throw new DataException("ApplyToCols: transformer must be a transformer such as StandardScaler(), got "
                    + spec.param("transformer").repr());
        }
        EstimatorKernels.Transformer kernel = kernels.transformer(inner, Origin.NONE);
        List<String> selected = new ArrayList<>(resolve(frame, spec.param("cols"), "cols", true));
        Const exclude = spec.param("exclude_cols");
        if (!(exclude instanceof Const.NoneConst)) {
            selected.removeAll(resolve(frame, exclude, "exclude_cols", false));
        }
        // a list of names keeps its own order (the sub-frame's column order), a selector the frame's
        List<String> ordered = selected;
        boolean keepOriginal = spec.boolParam("keep_original");
        String rename = spec.stringParam("rename_columns");
        boolean columnwise = io.stratum.ir.catalog.SingleColumnTransformers.contains(inner.qualifiedName());
        boolean allowReject = spec.boolParam("allow_reject");
        if (columnwise) {
            return fitEach(kernel, memory, frame, inner, ordered, keepOriginal, rename, allowReject);
        }
        if (ordered.isEmpty()) {
            return new Fitted(kernel, false, keepOriginal, Map.of(), Map.of(), ordered, null, List.of());
        }
        Table sub = frame.select(ordered);
        Object fitted = kernel.fit(memory, sub, inner);
        Table out = kernel.transform(memory, fitted, sub);
        List<String> passthrough = keepOriginal ? frame.columnNames()
                : frame.columnNames().stream().filter(n -> !ordered.contains(n)).toList();
        List<String> names = renamed(out.columnNames(), rename, new HashSet<>(passthrough), inner);
        return new Fitted(kernel, false, keepOriginal, Map.of(), Map.of(), ordered, fitted, names);
    }

    /**
     * {@code .skb.apply(transformer, cols=...)} of a single-column transformer on a frame, which skrub wraps in
     * {@code ApplyToCols(transformer, cols=...)}: a clone fitted on each of {@code columns}, its outputs in the
     * column's place ({@code ApplyToEachCol}); {@link #transformEach} applies it to a frame.
     */
    static Object fitEach(EstimatorKernels kernels, MemoryContext memory, Table frame, EstimatorSpec inner,
                          List<String> columns) {
        return fitEach(kernels.transformer(inner, Origin.NONE), memory, frame, inner, columns, false, "{}", false);
    }

    /** {@code frame} with each column {@link #fitEach} fitted replaced by its outputs, in its place. */
    static Table transformEach(MemoryContext memory, Object fitted, Table frame) {
        return transform(memory, (Fitted) fitted, frame);
    }

    private static Fitted fitEach(EstimatorKernels.Transformer kernel, MemoryContext memory, Table frame,
                                  EstimatorSpec inner, List<String> ordered, boolean keepOriginal, String rename,
                                  boolean allowReject) {
        Map<String, Object> perColumn = new LinkedHashMap<>();
        Map<String, List<String>> outputs = new LinkedHashMap<>();
        Set<String> forbidden = new HashSet<>(frame.columnNames());
        List<String> transformed = new ArrayList<>();
        for (String name : ordered) {
            Table one = frame.select(List.of(name));
            if (allowReject && rejects(inner.qualifiedName(), one.column(0))) {
                continue;
            }
            Object fitted;
            try {
                fitted = kernel.fit(memory, one, inner);
            } catch (DataException e) {
                // ToDatetime rejects a str column whose values have no datetime format or do not parse with it.
                if (allowReject && inner.qualifiedName().equals("skrub.ToDatetime")
                        && one.column(0).type() == DataType.STRING) {
                    continue;
                }
                throw e;
            }
            transformed.add(name);
            Table out = kernel.transform(memory, fitted, one);
            Set<String> taken = new HashSet<>(forbidden);
            if (!keepOriginal) {
                taken.remove(name);
            }
            List<String> names = renamed(out.columnNames(), rename, taken, inner);
            forbidden.addAll(names);
            perColumn.put(name, fitted);
            outputs.put(name, names);
        }
        return new Fitted(kernel, true, keepOriginal, perColumn, outputs, transformed, null, List.of());
    }

    /**
     * Whether skrub's single-column transformer raises {@code RejectColumn} on this column at fit time for its kind
     * alone: DatetimeEncoder wants datetimes, MinHashEncoder strings or categories, ToDatetime strings or datetimes.
     */
    private static boolean rejects(String transformer, Column column) {
        DataType type = column.type();
        return switch (transformer) {
            case "skrub.DatetimeEncoder" -> type != DataType.DATETIME;
            case "skrub.MinHashEncoder", "skrub.ToCategorical" -> !type.isText();
            case "skrub.ToDatetime" -> type != DataType.STRING && type != DataType.DATETIME;
            default -> false;
        };
    }

    private static Table transform(MemoryContext memory, Fitted f, Table frame) {
        for (String name : f.selected()) {
            if (!frame.hasColumn(name)) {
                throw new DataException("ApplyToCols: column '" + name + "' was transformed when fitting but is missing"
                        + " now; the columns are: " + String.join(", ", frame.columnNames()));
            }
        }
        List<Column> out = new ArrayList<>();
        if (f.columnwise()) {
            for (Column c : frame.columns()) {
                Object fitted = f.perColumn().get(c.name());
                if (fitted == null) {
                    out.add(c);
                    continue;
                }
                if (f.keepOriginal()) {
                    out.add(c);
                }
                out.addAll(named(f.kernel().transform(memory, fitted, Table.of(c)), f.outputNames().get(c.name())));
            }
        } else {
            for (Column c : frame.columns()) {
                if (f.keepOriginal() || !f.selected().contains(c.name())) {
                    out.add(c);
                }
            }
            if (f.subFrame() != null) {
                out.addAll(named(f.kernel().transform(memory, f.subFrame(), frame.select(f.selected())),
                        f.subFrameNames()));
            }
        }
        return out.isEmpty() ? Table.empty(frame.rowCount()) : Table.of(out);
    }

    private static List<Column> named(Table t, List<String> names) {
        if (t.columnCount() != names.size()) {
            throw new DataException("ApplyToCols: the transformer gave " + t.columnCount() + " columns where it gave "
                    + names.size() + " when fitted");
        }
        List<Column> out = new ArrayList<>(names.size());
        for (int j = 0; j < names.size(); j++) {
            Column c = t.column(j);
            out.add(c.name().equals(names.get(j)) ? c : c.rename(names.get(j)));
        }
        return out;
    }

    /** The outputs' names after {@code rename_columns}; a name skrub would tag at random is refused. */
    private static List<String> renamed(List<String> suggested, String template, Set<String> taken, EstimatorSpec inner) {
        List<String> out = new ArrayList<>(suggested.size());
        Set<String> seen = new HashSet<>(taken);
        for (String s : suggested) {
            String name = format(template, s);
            if (!seen.add(name)) {
                throw new DataException("ApplyToCols: " + inner.simpleName() + " outputs a column named '" + name
                        + "', which the frame already has; skrub would add a random __skrub_<hex>__ tag to it, which"
                        + " Stratum does not reproduce: pass rename_columns (e.g. '" + inner.simpleName().toLowerCase(
                        java.util.Locale.ROOT) + "_{}') or keep_original=False");
            }
            out.add(name);
        }
        return out;
    }

    /** Python's {@code template.format(name)} for templates with {@code {}} or {@code {0}} placeholders. */
    static String format(String template, String name) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (template.startsWith("{{", i) || template.startsWith("}}", i)) {
                b.append(c);
                i += 2;
            } else if (template.startsWith("{}", i)) {
                b.append(name);
                i += 2;
            } else if (template.startsWith("{0}", i)) {
                b.append(name);
                i += 3;
            } else if (c == '{' || c == '}') {
                throw new DataException("ApplyToCols: rename_columns=" + Const.of(template).repr() + " is not a format"
                        + " Stratum reads; use '{}' where the column name goes, e.g. 'scaled_{}'");
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** The names {@code cols} selects: a name, a list of names (all must exist), a skrub selector, or None for all. */
    private static List<String> resolve(Table frame, Const cols, String param, boolean noneIsAll) {
        if (cols instanceof Const.NoneConst) {
            return noneIsAll ? frame.columnNames() : List.of();
        }
        ColumnSelector selector = switch (cols) {
            case Const.StrConst s -> new ColumnSelector.Cols(List.of(s.value()));
            case Const.ListConst l when l.asStrings() != null -> new ColumnSelector.Cols(l.asStrings());
            default -> ColumnSelector.fromConst(cols);
        };
        if (selector == null) {
            throw new DataException("ApplyToCols: " + param + " must be a column name, a list of names or a skrub"
                    + " selector, got " + cols.repr());
        }
        List<String> names = selector.resolve(frame.columnNames(), OperatorKernels.columnKinds(frame));
        if (names == null) {
            List<String> missing = new ArrayList<>(((ColumnSelector.Cols) selector).names());
            missing.removeAll(frame.columnNames());
            throw new DataException("ApplyToCols: the following columns are requested for selection but missing from"
                    + " the dataframe: " + missing + "; the columns are: " + String.join(", ", frame.columnNames()));
        }
        return names;
    }
}
