package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.AggregateSpec;
import io.stratum.ir.physical.FilterRows;
import io.stratum.ir.physical.HashAggregate;
import io.stratum.ir.physical.HashJoin;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.SliceRows;
import io.stratum.ir.physical.ConcatFrames;
import io.stratum.ir.physical.CountValues;
import io.stratum.ir.physical.DropDuplicateRows;
import io.stratum.runtime.kernels.relational.Concat;
import io.stratum.runtime.kernels.relational.DropDuplicates;
import io.stratum.runtime.kernels.relational.ValueCounts;
import io.stratum.ir.physical.SortRows;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.RowLabels;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.relational.AggregateFunction;
import io.stratum.runtime.kernels.relational.GroupBy;
import io.stratum.runtime.kernels.relational.Membership;
import io.stratum.runtime.kernels.relational.Merge;
import io.stratum.runtime.kernels.relational.RowSelection;
import io.stratum.runtime.kernels.relational.SortValues;
import java.util.ArrayList;
import java.util.List;

/** Runs the relational physical operators (filter, hash join, hash aggregate, sort, head/tail) on their kernels. */
final class RelationalOperators {
    private RelationalOperators() {
    }

    static RuntimeValue filter(FilterRows op, RuntimeValue input, RuntimeValue mask) {
        Column m = mask(op, input, mask);
        return switch (input) {
            case RuntimeValue.Frame f -> new RuntimeValue.Frame(RowSelection.filter(f.table(), m));
            case RuntimeValue.Series s -> s.selected(RowSelection.filter(s.table(), m));
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
    }

    /**
     * {@code len(df[mask])}: the number of rows {@link #filter} keeps, with its checks and errors, counted from the
     * mask without gathering a column.
     */
    static RuntimeValue countFiltered(FilterRows op, RuntimeValue input, RuntimeValue mask) {
        try {
            Column m = mask(op, input, mask);
            int rows = switch (input) {
                case RuntimeValue.Frame f -> RowSelection.count(f.table(), m);
                case RuntimeValue.Series s -> RowSelection.count(s.table(), m);
                default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
            };
            return new RuntimeValue.Scalar(io.stratum.runtime.kernels.frame.Scalar.of((long) rows));
        } catch (io.stratum.runtime.data.DataException e) {
            // At the filter's line, where running the filter reports it (not at the len() a later line may hold).
            StratumError error = new StratumError(op.origin(), e.getMessage(), null);
            error.initCause(e);
            throw error;
        } catch (StratumError e) {
            throw e.at(op.origin());
        }
    }

    private static Column mask(FilterRows op, RuntimeValue input, RuntimeValue mask) {
        return switch (mask) {
            // pandas aligns a mask of other row labels on the rows it selects.
            case RuntimeValue.Series s when input instanceof RuntimeValue.Frame f -> LabelAlignment.mask(op,
                    f.table().rowLabels(), f.rows(), s.column(), s.labels());
            case RuntimeValue.Series s when input instanceof RuntimeValue.Series in -> LabelAlignment.mask(op, in.labels(),
                    in.rows(), s.column(), s.labels());
            case RuntimeValue.Series s -> s.column();
            case RuntimeValue.Frame f -> throw new StratumError(op.origin(), "a row mask must be one boolean column, got a frame",
                    "compare one column, e.g. df[df[\"delay\"] > 0]");
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
    }

    static RuntimeValue join(MemoryContext memory, HashJoin op, RuntimeValue left, RuntimeValue right) {
        if (op.how().equals("semi") || op.how().equals("anti")) {
            // df[df[k].isin(other[k])] (semi) and df[~df[k].isin(other[k])] (anti): the left rows, in order, once each.
            Table input = frame(left, op, "left");
            OperatorKernels.requireColumn(input, op.leftOn().getFirst(), op.origin());
            Table lookup = frame(right, op, "right");
            OperatorKernels.requireColumn(lookup, op.rightOn().getFirst(), op.origin());
            Column key = lookup.column(op.rightOn().getFirst());
            return new RuntimeValue.Frame(Membership.semiJoin(input, op.leftOn().getFirst(), key,
                    op.how().equals("semi")));
        }
        Merge.Spec spec = new Merge.Spec(Merge.How.valueOf(op.how().toUpperCase(java.util.Locale.ROOT)), op.leftOn(),
                op.rightOn(), op.leftSuffix(), op.rightSuffix(),
                op.build().equals("left") ? Merge.BuildSide.LEFT : Merge.BuildSide.RIGHT);
        return new RuntimeValue.Frame(Merge.merge(memory, frame(left, op, "left"), frame(right, op, "right"), spec));
    }

    static RuntimeValue aggregate(MemoryContext memory, HashAggregate op, RuntimeValue input) {
        Table t = frame(input, op, "input");
        List<GroupBy.Aggregation> aggs = new ArrayList<>();
        for (AggregateSpec a : op.aggregations()) {
            AggregateFunction f = AggregateFunction.fromName(a.function());
            if (AggregateSpec.ALL_COLUMNS.equals(a.column())) {
                for (String name : t.columnNames()) {
                    if (!op.keys().contains(name)) {
                        aggs.add(new GroupBy.Aggregation(name, name, f));
                    }
                }
            } else {
                aggs.add(new GroupBy.Aggregation(a.output(), a.column(), f));
            }
        }
        return new RuntimeValue.Frame(GroupBy.aggregate(memory, t, op.keys(), aggs, op.sort()));
    }

    /**
     * {@code groupby(keys)[cols].transform(f)}: the input's rows and labels, a Series named after the one column
     * selected by name (the group sizes of a frame: an unnamed Series), else a frame of the transformed columns.
     */
    static RuntimeValue groupTransform(MemoryContext memory, io.stratum.ir.physical.HashGroupTransform op, RuntimeValue input) {
        Table t = frame(input, op, "input");
        AggregateFunction f = AggregateFunction.fromName(op.function());
        List<GroupBy.Aggregation> aggs = new ArrayList<>();
        if (f == AggregateFunction.SIZE) {
            if (op.columns() != null) {
                op.columns().forEach(c -> io.stratum.runtime.kernels.relational.GroupTransform.requireColumn(t, c));
            }
            aggs.add(new GroupBy.Aggregation(op.series() ? op.columns().getFirst() : "size", null, f));
        } else {
            for (String name : op.columns() != null ? op.columns() : t.columnNames()) {
                if (op.columns() != null || !op.keys().contains(name)) {
                    aggs.add(new GroupBy.Aggregation(name, name, f));
                }
            }
        }
        List<Column> columns = io.stratum.runtime.kernels.relational.GroupTransform.transform(memory, t, op.keys(), aggs,
                op.dropna());
        if (f == AggregateFunction.SIZE || op.series()) {
            return new RuntimeValue.Series(columns.getFirst(), t.rowLabels(), !op.series());
        }
        return new RuntimeValue.Frame(Table.of(columns).withRowLabels(t.rowLabels()));
    }

    /**
     * {@code shift}/{@code diff}/{@code pct_change(periods)} of a column, or of each column of a frame, or per group:
     * the same rows and labels.
     */
    static RuntimeValue shift(MemoryContext memory, io.stratum.ir.physical.ShiftRows op, RuntimeValue input) {
        return perColumn(input, op.grouping(), op, (c, seq) -> switch (op.method()) {
            case SHIFT -> io.stratum.runtime.kernels.relational.RowShift.shift(memory, c, op.periods(), seq);
            case DIFF -> io.stratum.runtime.kernels.relational.RowShift.compare(memory, c, op.periods(), false, seq);
            case PCT_CHANGE -> io.stratum.runtime.kernels.relational.RowShift.compare(memory, c, op.periods(), true, seq);
            case FFILL, BFILL -> io.stratum.runtime.kernels.relational.RowShift.fill(memory, c, op.periods(),
                    op.method() == io.stratum.ir.logical.Shift.Method.FFILL, seq);
        });
    }

    /** A cumulative, expanding or rolling statistic of a column, of each column of a frame, or per group. */
    static RuntimeValue window(MemoryContext memory, io.stratum.ir.physical.WindowRows op, RuntimeValue input) {
        io.stratum.ir.logical.Window.Frame frame = op.frame();
        if (frame.kind() == io.stratum.ir.logical.Window.Kind.CUMULATIVE
                && op.function() == io.stratum.ir.logical.Window.Function.COUNT) {
            // cumcount(): positions in the group, an unnamed Series whatever the selection.
            Table t = frame(input, op, "input");
            var seq = io.stratum.runtime.kernels.relational.GroupSequences.of(t, op.grouping().keys(), op.grouping().dropna());
            return new RuntimeValue.Series(io.stratum.runtime.kernels.window.WindowColumns.positions(memory, "cumcount", seq),
                    t.rowLabels(), true);
        }
        return perColumn(input, op.grouping(), op, (c, seq) -> switch (frame.kind()) {
            case CUMULATIVE -> io.stratum.runtime.kernels.window.WindowColumns.cumulative(memory, c,
                    io.stratum.runtime.kernels.window.Cumulative.Op.valueOf(op.function().name()), seq, op.grouping().grouped());
            case EXPANDING, ROLLING -> io.stratum.runtime.kernels.window.WindowColumns.sliding(memory, c,
                    io.stratum.runtime.kernels.window.WindowColumns.Statistic.valueOf(op.function().name()), frame.size(),
                    frame.minPeriods(), frame.ddof(), frame.center(), seq);
            case EWM -> io.stratum.runtime.kernels.window.WindowColumns.ewmMean(memory, c, frame.com(), frame.minPeriods(),
                    frame.adjust(), frame.ignoreNa(), seq);
        });
    }

    /**
     * A row method applied to each column along its row sequences: the whole column without keys (a Series or each
     * column of a frame), else each group's rows of the selected columns (all but the keys when none is selected).
     */
    private static RuntimeValue perColumn(RuntimeValue input, io.stratum.ir.logical.Grouping grouping, PhysicalOp op,
                                          java.util.function.BiFunction<Column, io.stratum.runtime.kernels.window.RowSequences, Column> f) {
        if (grouping.grouped()) {
            Table t = frame(input, op, "input");
            var seq = io.stratum.runtime.kernels.relational.GroupSequences.of(t, grouping.keys(), grouping.dropna());
            List<Column> out = new ArrayList<>();
            for (String name : grouping.columns() != null ? grouping.columns() : t.columnNames()) {
                if (grouping.columns() != null || !grouping.keys().contains(name)) {
                    io.stratum.runtime.kernels.relational.GroupTransform.requireColumn(t, name);
                    out.add(f.apply(t.column(name), seq));
                }
            }
            if (grouping.series()) {
                return new RuntimeValue.Series(out.getFirst(), t.rowLabels());
            }
            return new RuntimeValue.Frame(Table.of(out).withRowLabels(t.rowLabels()));
        }
        return switch (input) {
            case RuntimeValue.Series s -> s.with(f.apply(s.column(),
                    io.stratum.runtime.kernels.window.RowSequences.whole(s.column().length())));
            case RuntimeValue.Frame fr -> {
                List<Column> out = new ArrayList<>();
                for (Column c : fr.table().columns()) {
                    out.add(f.apply(c, io.stratum.runtime.kernels.window.RowSequences.whole(c.length())));
                }
                yield new RuntimeValue.Frame(Table.of(out).withRowLabels(fr.table().rowLabels()));
            }
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
    }

    static RuntimeValue sort(SortRows op, RuntimeValue input) {
        return new RuntimeValue.Frame(SortValues.sort(frame(input, op, "input"), op.by(), op.ascending(), op.sortKind()));
    }

    static RuntimeValue slice(SliceRows op, RuntimeValue input) {
        return switch (input) {
            case RuntimeValue.Frame f -> new RuntimeValue.Frame(op.head() ? RowSelection.head(f.table(), op.n())
                    : RowSelection.tail(f.table(), op.n()));
            case RuntimeValue.Series s -> {
                Table t = s.table();
                yield s.selected(op.head() ? RowSelection.head(t, op.n()) : RowSelection.tail(t, op.n()));
            }
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
    }

    /** Rows by position ({@code df[::2]}, {@code .iloc[[...]]}, a random subsample); a bad position is located at its line. */
    static RuntimeValue take(io.stratum.ir.physical.TakeRows op, RuntimeValue input) {
        Table t = table(input);
        Table out;
        try {
            out = RowSelection.take(t, op.positions());
        } catch (IndexOutOfBoundsException e) {
            throw new StratumError(op.origin(), e.getMessage(), "positions must lie in [-n, n) for n rows");
        } catch (IllegalArgumentException e) {
            // pandas' sample(n=...) of more rows than there are
            throw new StratumError(op.origin(), e.getMessage(), "sample at most as many rows as there are, e.g. frac=1.0 for all of them");
        }
        return input instanceof RuntimeValue.Series s ? s.selected(out) : new RuntimeValue.Frame(out);
    }

    /** {@code pd.concat}: frames (a column counts as a one-column frame); columns stacked alone stay a column. */
    static RuntimeValue concat(MemoryContext memory, ConcatFrames op, List<RuntimeValue> inputs) {
        List<Table> tables = new ArrayList<>();
        boolean allColumns = true;
        if (op.skb()) {
            checkSkbFrames(op, inputs);
        }
        for (RuntimeValue v : inputs) {
            tables.add(table(v));
            allColumns &= v instanceof RuntimeValue.Series;
        }
        try {
            if (op.columns()) {
                if (!op.skb()) {
                    LabelAlignment.requireSame(op, "pd.concat(axis=1)", tables);
                }
                // skrub's concat keeps the first frame's rows and their labels (result.index = init_index).
                return new RuntimeValue.Frame(op.skb() ? Concat.columnsUnique(memory, tables)
                        .withRowLabels(tables.getFirst().rowLabels()) : Concat.columns(tables));
            }
            Table t;
            if (op.ignoreIndex() && tables.size() == 1) {
                // reset_index(drop=True), ignore_index=True of one frame: the same columns, labelled 0..n-1.
                t = tables.getFirst().withRowLabels(null);
            } else {
                t = Concat.rows(memory, tables);
                if (!op.skb() && !op.ignoreIndex()) {
                    // pandas' concat keeps each input's row labels, one input after the other.
                    List<RowLabels> labels = new ArrayList<>();
                    int[] lengths = new int[tables.size()];
                    for (int i = 0; i < lengths.length; i++) {
                        labels.add(tables.get(i).rowLabels());
                        lengths[i] = tables.get(i).rowCount();
                    }
                    t = t.withRowLabels(RowLabels.concat(labels, lengths));
                }
            }
            if (allColumns && t.columnCount() == 1) {
                // pandas names the stacked Series as its inputs when they all have that name, else not at all.
                boolean unnamed = inputs.stream().anyMatch(v -> ((RuntimeValue.Series) v).unnamed());
                return new RuntimeValue.Series(t.column(0), t.rowLabels(), unnamed);
            }
            return new RuntimeValue.Frame(t);
        } catch (DataException e) {
            throw new StratumError(op.origin(), e.getMessage(), null);
        }
    }

    /** skrub's checks of {@code first.skb.concat(others)} when it runs: every input is a frame, with skrub's TypeErrors. */
    private static void checkSkbFrames(ConcatFrames op, List<RuntimeValue> inputs) {
        if (inputs.getFirst() instanceof RuntimeValue.Series) {
            throw new StratumError(op.origin(), ".skb.concat: `concat` can only be used on a numpy array or a dataframe."
                    + " `.skb.concat` was accessed on an object of type 'Series'", "make the column a frame first, e.g."
                    + " df[[\"name\"]] instead of df[\"name\"]");
        }
        for (int i = 1; i < inputs.size(); i++) {
            if (inputs.get(i) instanceof RuntimeValue.Series) {
                throw new StratumError(op.origin(), ".skb.concat: When accessed on a dataframe, `concat` should be passed a"
                        + " list of dataframes: `table_0.skb.concat([table_1, ...], axis=...)`. An object of type"
                        + " 'Series' was found at index " + (i - 1) + ".", "make the column a frame first, e.g."
                        + " df[[\"name\"]] instead of df[\"name\"]");
            }
        }
    }

    static RuntimeValue dropDuplicates(DropDuplicateRows op, RuntimeValue input) {
        DropDuplicates.Keep keep = switch (op.keep()) {
            case "first" -> DropDuplicates.Keep.FIRST;
            case "last" -> DropDuplicates.Keep.LAST;
            default -> DropDuplicates.Keep.NONE;
        };
        Table out = DropDuplicates.dropDuplicates(table(input), op.subset(), keep);
        return input instanceof RuntimeValue.Series s ? s.selected(out) : new RuntimeValue.Frame(out);
    }

    static RuntimeValue valueCounts(MemoryContext memory, CountValues op, RuntimeValue input) {
        Table t = table(input);
        List<String> columns = op.subset().isEmpty() ? t.columnNames() : op.subset();
        return new RuntimeValue.Frame(ValueCounts.valueCounts(memory, t, columns, op.normalize(), op.sort(), op.ascending(),
                op.dropna()));
    }

    private static Table table(RuntimeValue v) {
        return switch (v) {
            case RuntimeValue.Frame f -> f.table();
            case RuntimeValue.Series s -> s.table();
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
    }

    private static Table frame(RuntimeValue v, PhysicalOp op, String role) {
        return switch (v) {
            case RuntimeValue.Frame f -> f.table();
            case RuntimeValue.Series s -> throw new StratumError(op.origin(), op.kind() + " needs a frame as its " + role
                    + ", got the single column '" + s.column().name() + "'", "select columns with df[[\"a\", \"b\"]]");
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
    }
}
