package io.stratum.runtime.exec;

import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.physical.AssignColumns;
import io.stratum.ir.physical.ColumnExpr;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.physical.DropColumns;
import io.stratum.ir.physical.DropMissingRows;
import io.stratum.ir.physical.MapColumns;
import io.stratum.ir.physical.RenameColumns;
import io.stratum.ir.physical.EvalColumn;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.ScanCsv;
import io.stratum.ir.physical.ScanFile;
import io.stratum.ir.physical.SelectColumn;
import io.stratum.ir.physical.SelectColumns;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.TemporalConstants;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.SharedFeatureMatrix;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.io.CsvOptions;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.element.Conditionals;
import io.stratum.runtime.kernels.element.ElementKernels;
import io.stratum.runtime.kernels.element.MissingValues;
import io.stratum.runtime.io.ParkedTables;
import io.stratum.runtime.io.TableFiles;
import io.stratum.runtime.kernels.frame.ArithmeticOp;
import io.stratum.runtime.kernels.frame.ColumnArithmetic;
import io.stratum.runtime.kernels.frame.ColumnFunctions;
import io.stratum.runtime.kernels.frame.ComparisonOp;
import io.stratum.runtime.kernels.frame.Scalar;
import io.stratum.runtime.kernels.relational.MaskLogic;
import io.stratum.runtime.kernels.relational.PredicateMask;
import io.stratum.runtime.data.BoolColumn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Runs one physical operator on already-computed inputs by calling the kernels. It holds no per-run state, so
 * the executor can call it from any thread.
 */
public final class OperatorKernels {
    private final EstimatorKernels estimators;

    public OperatorKernels(EstimatorKernels estimators) {
        this.estimators = estimators;
    }

    /** Kernels with every estimator Stratum ships. */
    public static OperatorKernels standard() {
        return new OperatorKernels(EstimatorKernels.standard());
    }

    RuntimeValue scan(MemoryContext memory, ScanCsv scan) {
        Path path = Path.of(scan.path());
        if (!Files.isRegularFile(path)) {
            throw io.stratum.ir.diagnostics.ReadErrors.noSuchFile(scan.origin(), scan.displayPath(), path.toString());
        }
        // Read at compile time for the statistics (with the same options but usecols): take that reading instead of
        // parsing the file again, keeping the columns the plan reads, or else those usecols names, in file order.
        List<String> wanted = scan.columns() != null ? scan.columns() : usecols(scan.options());
        Table parked = ParkedTables.take(memory, ParkedTables.csvFormat(scan.options()), path, wanted);
        if (parked != null) {
            return new RuntimeValue.Frame(parked);
        }
        return new RuntimeValue.Frame(CsvReader.read(memory, path, CsvOptions.fromConst(scan.options(), scan.columns())));
    }

    /** The names of {@code usecols=[...]} among a read's options, or null. */
    private static List<String> usecols(io.stratum.ir.value.Const.DictConst options) {
        for (int i = 0; i < options.keys().size(); i++) {
            if (options.keys().get(i).equals(io.stratum.ir.value.Const.of("usecols"))
                    && options.values().get(i) instanceof io.stratum.ir.value.Const.ListConst l) {
                return l.asStrings();
            }
        }
        return null;
    }

    RuntimeValue scan(MemoryContext memory, ScanFile scan) {
        Path path = Path.of(scan.path());
        if (!Files.isRegularFile(path)) {
            throw io.stratum.ir.diagnostics.ReadErrors.noSuchFile(scan.origin(), scan.displayPath(), path.toString());
        }
        if (scan.options().keys().isEmpty()) {
            Table parked = ParkedTables.take(memory, scan.format().name(), path, scan.columns());
            if (parked != null) {
                return new RuntimeValue.Frame(parked);
            }
        }
        return new RuntimeValue.Frame(TableFiles.read(memory, scan.format(), path, scan.options(), scan.columns()));
    }

    RuntimeValue selectColumns(RuntimeValue input, SelectColumns op) {
        Table t = frame(input, op.kind());
        List<String> names = op.selector() == null ? op.columns() : resolve(t, op.selector(), op.origin());
        for (String c : names) {
            requireColumn(t, c, op.origin());
        }
        return new RuntimeValue.Frame(t.select(names));
    }

    RuntimeValue selectColumn(RuntimeValue input, SelectColumn op) {
        Table t = frame(input, op.kind());
        requireColumn(t, op.column(), op.origin());
        return new RuntimeValue.Series(t.column(op.column()), t.rowLabels());
    }

    RuntimeValue dropColumns(RuntimeValue input, DropColumns op) {
        Table t = frame(input, op.kind());
        for (String c : op.columns()) {
            requireColumn(t, c, op.origin());
        }
        return new RuntimeValue.Frame(t.drop(op.columns()));
    }

    RuntimeValue assign(MemoryContext memory, AssignColumns op, List<RuntimeValue> inputs) {
        Table t = frame(inputs.get(0), op.kind());
        // Columns of one assign often share a sub-expression (five fields of one pd.to_datetime): compute it once.
        Map<ColumnExpr, Operand> shared = new HashMap<>();
        for (int i = 0; i < op.names().size(); i++) {
            Operand v = eval(memory, op.exprs().get(i), inputs, op, shared, null);
            Column c = switch (v) {
                // pandas aligns the value on the frame's row labels (a column of a filtered frame: missing elsewhere).
                case Operand.Col col -> LabelAlignment.onto(memory, op, t, col.column(), col.labels())
                        .rename(op.names().get(i));
                // pandas repeats a number on every row (df.assign(m=df["a"].mean())).
                case Operand.Lit lit -> ScalarValues.broadcast(memory, lit.value(), t.rowCount(), op.names().get(i));
            };
            t = t.withColumn(op.names().get(i), c);
        }
        return new RuntimeValue.Frame(t);
    }

    /**
     * Column arithmetic; with a frame or a per-column value ({@code df.max()}) among the whole inputs the expression
     * reads, pandas' broadcasting: the expression once per column label, each frame giving its column of that label and
     * each per-column value its value for it ({@code df / df.max()}); a frame comes out (a per-column value when no
     * frame takes part). Without them, a column, or one value when only values computed from the data take part.
     */
    RuntimeValue evalColumn(MemoryContext memory, EvalColumn op, List<RuntimeValue> inputs) {
        List<String> labels = broadcastLabels(op, inputs);
        if (labels == null) {
            return switch (eval(memory, op.expr(), inputs, op, new HashMap<>(), null)) {
                case Operand.Col col -> new RuntimeValue.Series(col.column(), col.labels(), col.unnamed());
                case Operand.Lit lit -> new RuntimeValue.Scalar(lit.value());
            };
        }
        boolean frame = inputs.stream().anyMatch(v -> v instanceof RuntimeValue.Frame);
        List<Column> columns = new ArrayList<>();
        List<Scalar> values = new ArrayList<>();
        for (String label : labels) {
            Operand v = eval(memory, op.expr(), inputs, op, new HashMap<>(), label);
            switch (v) {
                case Operand.Col col when frame -> columns.add(col.column().rename(label));
                case Operand.Lit lit when frame -> throw new StratumError(op.origin(), "this expression gives one value for"
                        + " the column '" + label + "' instead of a column", "combine the frame itself with the values");
                case Operand.Lit lit -> values.add(lit.value());
                case Operand.Col col -> throw new IllegalStateException("a column without a frame");
            }
        }
        if (!frame) {
            // pandas keeps the name the Series share (df.quantile(0.9) * 2 is named 0.9)
            List<String> names = inputs.stream().filter(v -> v instanceof RuntimeValue.Row)
                    .map(v -> ((RuntimeValue.Row) v).name()).distinct().toList();
            return new RuntimeValue.Row(labels, values, names.size() == 1 ? names.getFirst() : null);
        }
        Table first = ((RuntimeValue.Frame) inputs.stream().filter(v -> v instanceof RuntimeValue.Frame).findFirst()
                .orElseThrow()).table();
        // The frame's row labels (pandas aligns frames of the same labels row by row).
        return new RuntimeValue.Frame((columns.isEmpty() ? Table.empty(first.rowCount()) : Table.of(columns))
                .withLabelsOf(first));
    }

    /**
     * The column labels an expression is evaluated for when frames or per-column values take part (the frames' columns,
     * which must be the same, in the same order, as the values' labels), or null when none does.
     */
    private static List<String> broadcastLabels(EvalColumn op, List<RuntimeValue> inputs) {
        if (op.expr() instanceof ColumnExpr.Binary b && b.op() == io.stratum.ir.logical.BinaryOperator.FILLNA
                && b.left() instanceof ColumnExpr.InputColumn frame && frame.column() == null
                && inputs.get(frame.input()) instanceof RuntimeValue.Frame f
                && b.right() instanceof ColumnExpr.InputColumn values && values.column() == null
                && inputs.get(values.input()) instanceof RuntimeValue.Row) {
            // df.fillna(df.median()): pandas fills each column from the value of its label; a column without one stays
            // as it is, and a label without a column is ignored (evalOnce).
            return f.table().columnNames();
        }
        java.util.Set<Integer> whole = new java.util.HashSet<>();
        wholeInputs(op.expr(), whole);
        List<String> labels = null;
        String from = null;
        for (int i : whole.stream().sorted().toList()) {
            RuntimeValue v = inputs.get(i);
            List<String> these = switch (v) {
                case RuntimeValue.Frame f -> f.table().columnNames();
                case RuntimeValue.Row r -> r.labels();
                default -> null;
            };
            if (these == null) {
                continue;
            }
            String what = v instanceof RuntimeValue.Frame ? "a frame with the columns " : "per-column values labelled ";
            if (labels == null) {
                labels = these;
                from = what + these;
            } else if (!labels.equals(these)) {
                throw new StratumError(op.origin(), "cannot combine " + from + " with " + what + these + ": pandas would align"
                        + " them on their labels, which Stratum supports only when they are the same, in the same order",
                        "select the same columns on both sides, e.g. df[cols] / df[cols].max()");
            }
        }
        return labels;
    }

    /** The inputs {@code expr} reads whole (not one of their columns by name). */
    private static void wholeInputs(ColumnExpr expr, java.util.Set<Integer> out) {
        switch (expr) {
            case ColumnExpr.InputColumn in when in.column() == null -> out.add(in.input());
            case ColumnExpr.InputColumn in -> {
            }
            case ColumnExpr.Literal lit -> {
            }
            case ColumnExpr.Binary b -> {
                wholeInputs(b.left(), out);
                wholeInputs(b.right(), out);
            }
            case ColumnExpr.Unary u -> wholeInputs(u.operand(), out);
            case ColumnExpr.Function f -> wholeInputs(f.operand(), out);
            case ColumnExpr.Element e -> wholeInputs(e.operand(), out);
            case ColumnExpr.Where w -> {
                wholeInputs(w.value(), out);
                wholeInputs(w.condition(), out);
                if (w.otherColumn() != null) {
                    wholeInputs(w.otherColumn(), out);
                }
            }
        }
    }

    /**
     * A reduction of a column (one value), of each column of a frame (one value per column, labelled by its name), or
     * of per-column values of numbers or bools, as pandas reduces that Series ({@code df.isna().sum().sum()},
     * {@code df.isna().any().any()}).
     */
    RuntimeValue reduce(MemoryContext memory, io.stratum.ir.physical.ReduceRows op, RuntimeValue input) {
        double argument = switch (op.argument()) {
            case Const.FloatConst f -> f.value();
            case Const.IntConst i -> i.value();
            default -> 0;
        };
        return switch (input) {
            // pandas' mode(): a Series of the modes labelled 0..k-1, named as the column
            case RuntimeValue.Series s when op.function().equals("mode") -> {
                int[] rows = io.stratum.runtime.kernels.frame.Reductions.modeRows(s.column());
                if (!(op.argument() instanceof Const.IntConst k)) {
                    yield new RuntimeValue.Series(s.column().take(rows), null, s.unnamed());
                }
                if (k.value() >= rows.length) {
                    throw new StratumError(op.origin(), "mode()[" + k.value() + "]: the column '" + s.column().name()
                            + "' has " + rows.length + " mode" + (rows.length == 1 ? "" : "s") + " (pandas raises KeyError: "
                            + k.value() + ")", "take mode()[0], the smallest mode");
                }
                Column one = s.column().take(new int[] {rows[(int) k.value()]});
                Scalar value = ScalarValues.of(one);
                io.stratum.runtime.data.ColumnStorage.release(io.stratum.runtime.data.ColumnStorage.of(one));
                yield new RuntimeValue.Scalar(value);
            }
            // numpy's arr[k] of a learner's predictions: the value at position k, counted from the end when negative
            case RuntimeValue.Series s when op.function().equals("element") -> {
                long k = ((Const.IntConst) op.argument()).value();
                int rows = s.column().length();
                if (k < -rows || k >= rows) {
                    throw new StratumError(op.origin(), "IndexError: index " + k + " is out of bounds for axis 0 with size "
                            + rows, rows == 0 ? null : "index a position from " + -rows + " to " + (rows - 1));
                }
                Column one = s.column().take(new int[] {(int) (k < 0 ? rows + k : k)});
                Scalar value = ScalarValues.of(one);
                io.stratum.runtime.data.ColumnStorage.release(io.stratum.runtime.data.ColumnStorage.of(one));
                yield new RuntimeValue.Scalar(value);
            }
            case RuntimeValue.Series s -> new RuntimeValue.Scalar(
                    io.stratum.runtime.kernels.frame.Reductions.reduce(op.function(), argument, s.column()));
            case RuntimeValue.Frame f when op.function().equals("len") -> new RuntimeValue.Scalar(Scalar.of((long) f.rows()));
            case RuntimeValue.Frame f -> {
                List<Scalar> values = new ArrayList<>();
                for (Column c : f.table().columns()) {
                    values.add(io.stratum.runtime.kernels.frame.Reductions.reduce(op.function(), argument, c));
                }
                // pandas names a frame's quantile(q) after q (its row of quantile([q]))
                yield new RuntimeValue.Row(f.table().columnNames(),
                        io.stratum.runtime.kernels.frame.Reductions.asSeries(values), op.function().equals("quantile")
                        ? io.stratum.ir.value.PyFormat.floatRepr(argument) : null);
            }
            case RuntimeValue.Scalar v -> throw new StratumError(op.origin(), op.function() + "() of a single value computed"
                    + " from the data is not supported", "reduce a column or a frame");
            case RuntimeValue.Row r when rowColumn(memory, r) instanceof Column values -> new RuntimeValue.Scalar(
                    io.stratum.runtime.kernels.frame.Reductions.reduce(op.function(), argument, values));
            case RuntimeValue.Row r -> throw new StratumError(op.origin(), op.function() + "() of per-column values (a Series"
                    + " labelled by column names) of text, dates or mixed types is not supported by Stratum yet",
                    "reduce a column or a frame");
            case RuntimeValue.Matrix m -> throw RuntimeValue.notFrame(m);
        };
    }

    /**
     * Per-column values as the Series pandas holds them: int64 when all are ints, float64 when ints and floats mix
     * (NaN missing), bool when all are bools; null for text, dates or a mix with them (an object Series).
     */
    private static Column rowColumn(MemoryContext memory, RuntimeValue.Row r) {
        List<Scalar> values = r.values();
        int n = values.size();
        if (values.stream().allMatch(v -> v instanceof Scalar.BoolScalar)) {
            boolean[] out = new boolean[n];
            for (int i = 0; i < n; i++) {
                out[i] = ((Scalar.BoolScalar) values.get(i)).value();
            }
            return BoolColumn.of(memory, "", out);
        }
        if (!values.stream().allMatch(v -> v instanceof Scalar.IntScalar || v instanceof Scalar.FloatScalar)) {
            return null;
        }
        if (values.stream().allMatch(v -> v instanceof Scalar.IntScalar)) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = ((Scalar.IntScalar) values.get(i)).value();
            }
            return Int64Column.of(memory, "", out);
        }
        double[] out = new double[n];
        boolean[] missing = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = values.get(i) instanceof Scalar.IntScalar iv ? iv.value() : ((Scalar.FloatScalar) values.get(i)).value();
            missing[i] = Double.isNaN(out[i]);
        }
        return Float64Column.of(memory, "", out, missing);
    }

    /** {@code df.fillna({...})}, {@code df.isna()}, ...: the operation on the named columns (all when none are named). */
    RuntimeValue mapColumns(MemoryContext memory, MapColumns op, RuntimeValue input) {
        return switch (input) {
            case RuntimeValue.Scalar v when op.columns().isEmpty() -> new RuntimeValue.Scalar(
                    ScalarValues.apply(memory, v.value(), c -> element(memory, op.op(), c, op.origin())));
            case RuntimeValue.Scalar v -> throw new StratumError(op.origin(), op.op().render()
                    + " with a dict names columns, but it is applied to one value computed from the data", null);
            case RuntimeValue.Row r when op.columns().isEmpty() -> {
                List<Scalar> out = new ArrayList<>();
                for (Scalar v : r.values()) {
                    out.add(ScalarValues.apply(memory, v, c -> element(memory, op.op(), c, op.origin())));
                }
                yield new RuntimeValue.Row(r.labels(), out, r.name());
            }
            case RuntimeValue.Row r -> throw new StratumError(op.origin(), op.op().render()
                    + " with a dict is not supported on per-column values computed from the data", null);
            case RuntimeValue.Matrix m -> throw RuntimeValue.notFrame(m);
            case RuntimeValue.Series s when !op.columns().isEmpty() -> throw new StratumError(op.origin(),
                    op.op().render() + " with a dict names columns, but it is applied to the column '" + s.column().name() + "'",
                    "call it on the frame, or pass a single value for a column");
            case RuntimeValue.Series s -> s.with(element(memory, op.op(), s.column(), op.origin()));
            case RuntimeValue.Frame f -> {
                Table t = f.table();
                // pandas' fillna ignores dict keys the frame lacks; astype refuses them.
                boolean ignoreMissing = op.op() instanceof ElementOp.FillNa;
                if (!ignoreMissing) {
                    for (String c : op.columns()) {
                        requireColumn(t, c, op.origin());
                    }
                }
                List<String> names = op.columns().isEmpty() ? t.columnNames() : op.columns();
                // pandas' df.round(n) rounds the numeric columns and leaves the others (text, bools, dates) as they are
                boolean numericOnly = op.columns().isEmpty() && op.op() instanceof ElementOp.Round;
                for (String c : names) {
                    if (numericOnly && (t.column(c) instanceof io.stratum.runtime.data.BoolColumn
                            || !t.column(c).type().isNumeric())) {
                        continue;
                    }
                    if (t.hasColumn(c)) {
                        t = t.withColumn(c, element(memory, op.op(), t.column(c), op.origin()));
                    }
                }
                yield new RuntimeValue.Frame(t);
            }
        };
    }

    /** {@code df.rename(columns=...)}: names the frame lacks are ignored; a clash of new names is refused. */
    RuntimeValue renameColumns(RenameColumns op, RuntimeValue input) {
        Table t = frame(input, op.kind());
        List<Column> out = new ArrayList<>(t.columnCount());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Column c : t.columns()) {
            int i = op.from().indexOf(c.name());
            Column renamed = i < 0 ? c : c.rename(op.to().get(i));
            if (!seen.add(renamed.name())) {
                throw new StratumError(op.origin(), "rename gives two columns the name '" + renamed.name()
                        + "', which Stratum frames cannot hold", "pick names that differ from each other and from the kept columns");
            }
            out.add(renamed);
        }
        return new RuntimeValue.Frame((out.isEmpty() ? Table.empty(t.rowCount()) : Table.of(out)).withLabelsOf(t));
    }

    /** {@code add_prefix}/{@code add_suffix}, a ColumnTransformer's {@code name__}: every column renamed, values shared. */
    RuntimeValue affixColumns(io.stratum.ir.physical.AffixColumns op, RuntimeValue input) {
        Table t = frame(input, op.kind());
        if (t.columnCount() == 0) {
            return input;
        }
        List<Column> out = new ArrayList<>(t.columnCount());
        for (Column c : t.columns()) {
            out.add(c.rename(op.prefix() + c.name() + op.suffix()));
        }
        return new RuntimeValue.Frame(Table.of(out).withLabelsOf(t));
    }

    /** {@code dropna(subset=..., how=...)} on a frame, or on a column (its missing rows). */
    RuntimeValue dropMissingRows(DropMissingRows op, RuntimeValue input) {
        Table t = frame(input, op.kind());
        for (String c : op.subset()) {
            requireColumn(t, c, op.origin());
        }
        int[] rows = MissingValues.keptRows(t, op.subset(), op.all());
        if (rows.length == t.rowCount()) {
            return input;
        }
        // pandas' dropna keeps the kept rows' labels.
        return input instanceof RuntimeValue.Frame ? new RuntimeValue.Frame(t.takeLabelled(rows))
                : ((RuntimeValue.Series) input).selected(((RuntimeValue.Series) input).table().takeLabelled(rows));
    }

    private static Column element(MemoryContext memory, ElementOp e, Column column, io.stratum.ir.node.Origin origin) {
        // A DataException here becomes an error at the operator's script line in the executor.
        return ElementKernels.apply(memory, e, column);
    }

    /**
     * A fold's rows of a frame or column ({@code rows}, handed over, never changed): each keeps its row label, as skrub
     * splits pandas data with {@code iloc}, so a fold's rows align with rows computed before the split.
     */
    RuntimeValue takeRows(RuntimeValue value, int[] rows) {
        return switch (value) {
            case RuntimeValue.Frame f -> new RuntimeValue.Frame(f.table().takeLabelled(rows));
            case RuntimeValue.Series s -> s.selected(s.table().takeLabelled(rows));
            case RuntimeValue.Scalar v -> throw RuntimeValue.notRows();
            case RuntimeValue.Row r -> throw RuntimeValue.notRows();
            case RuntimeValue.Matrix m -> throw RuntimeValue.notFrame(m);
        };
    }

    Object fitTransformer(MemoryContext memory, FitTransform op, RuntimeValue input) {
        EstimatorKernels.MatrixTransformer matrix = estimators.matrixTransformer(op.spec(), input);
        if (matrix != null) {
            return matrix.fit(input, op.spec());
        }
        if (eachColumn(op)) {
            Table t = frame(input, op.spec().simpleName());
            List<String> columns = op.selector() == null ? op.columns() : resolve(t, op.selector(), op.origin());
            selectExisting(t, columns, op);
            return ApplyToColsStep.fitEach(estimators, memory, t, op.spec(), columns);
        }
        return estimators.transformer(op.spec(), op.origin()).fit(memory, fittedColumns(op, input), op.spec());
    }

    /**
     * Whether {@code op} is {@code .skb.apply(single-column transformer, cols=...)} on a frame: skrub wraps it in
     * {@code ApplyToCols}, which fits a clone on each selected column and puts its outputs where the column was
     * (without {@code cols}, every column is transformed and the transformer's own output is that order already).
     */
    private static boolean eachColumn(FitTransform op) {
        return (op.columns() != null || op.selector() != null)
                && io.stratum.ir.catalog.SingleColumnTransformers.contains(op.spec().qualifiedName());
    }

    /** Whether {@code op}'s transformer can be fitted from per-partition statistics. */
    boolean partitioned(FitTransform op) {
        return estimators.partitioned(op.spec());
    }

    /**
     * What {@link #transformerStatistics} gives when the columns {@code op} may read are not all in its statistics
     * source: they are outputs of an upstream step with the same names as columns it passes through, so the fit
     * must read that step's output and is made directly.
     */
    static final Object NOT_IN_SOURCE = new Object() {
        @Override
        public String toString() {
            return "columns not in the statistics source";
        }
    };

    /** The statistics of {@code op}'s transformer on one partition's rows of its statistics source. */
    Object transformerStatistics(FitTransform op, RuntimeValue source) {
        Table t = frame(source, op.spec().simpleName());
        java.util.Set<String> reads = op.selector() != null ? PartitionLineage.bound(op.selector())
                : op.columns() == null ? null : java.util.Set.copyOf(op.columns());
        if (reads != null && !t.columnNames().containsAll(reads)) {
            return NOT_IN_SOURCE;
        }
        return ((EstimatorKernels.PartitionedTransformer) estimators.transformer(op.spec(), op.origin()))
                .statistics(fittedColumns(op, source), op.spec());
    }

    /** {@code op}'s transformer fitted on the union of the partitions {@code parts} describe, or null. */
    Object combineStatistics(FitTransform op, List<Object> parts) {
        return ((EstimatorKernels.PartitionedTransformer) estimators.transformer(op.spec(), op.origin()))
                .combine(parts, op.spec());
    }

    /** The columns of {@code input} that {@code op}'s transformer is fitted on. */
    private Table fittedColumns(FitTransform op, RuntimeValue input) {
        Table t = frame(input, op.spec().simpleName());
        List<String> columns = op.selector() == null ? op.columns() : resolve(t, op.selector(), op.origin());
        return columns == null ? t : selectExisting(t, columns, op);
    }

    RuntimeValue transform(MemoryContext memory, FitTransform op, Object fitted, RuntimeValue input) {
        EstimatorKernels.MatrixTransformer matrix = estimators.matrixTransformer(op.spec(), input);
        if (matrix != null) {
            return matrix.transform(fitted, input, op.spec());
        }
        Table t = frame(input, op.spec().simpleName());
        // A selector picks the same columns on the rows it is fitted on and on the rows it transforms: they
        // come from one frame, so they have the same names and types.
        List<String> columns = op.selector() == null ? op.columns() : resolve(t, op.selector(), op.origin());
        if (eachColumn(op)) {
            selectExisting(t, columns, op);
            return new RuntimeValue.Frame(ApplyToColsStep.transformEach(memory, fitted, t).withLabelsOf(t));
        }
        if (columns == null) {
            // skrub's apply keeps the input's row labels on a transformer's output (copy_index).
            Table out = estimators.transformer(op.spec(), op.origin()).transform(memory, fitted, t);
            return new RuntimeValue.Frame(out.rowCount() == t.rowCount() ? out.withLabelsOf(t) : out);
        }
        Table transformed = estimators.transformer(op.spec(), op.origin())
                .transform(memory, fitted, selectExisting(t, columns, op));
        // skrub's apply with cols: the untouched columns keep their order, the transformer's output follows, its
        // names made distinct from theirs as skrub's ApplyToSubFrame makes them.
        Table kept = t.drop(columns);
        List<String> names = io.stratum.runtime.kernels.vectorize.SkrubColumnNames.pick(transformed.columnNames(),
                new java.util.HashSet<>(kept.columnNames()));
        if (!names.equals(transformed.columnNames())) {
            List<io.stratum.runtime.data.Column> renamed = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                renamed.add(transformed.column(i).rename(names.get(i)));
            }
            transformed = io.stratum.runtime.data.Table.of(renamed);
        }
        return new RuntimeValue.Frame(kept.concatColumns(transformed));
    }

    /**
     * The feature matrix of the last operator of {@code chain}, written without the encoder's dense indicators: the
     * columns the encoder keeps, transformed by each step of the chain, with the encoded columns as a sparse block
     * ({@link FittedOneHot#transformToCsr}) where the frame has them; the same values, names and order as
     * {@link #transform} through the chain followed by {@link SharedFeatureMatrix#of(Table)} give. {@code input} is
     * the encoder's input, {@code stepFits} the steps' fitted states. Null when the chain cannot keep the block (an
     * encoder output name among the other columns, a step reading an encoded column): the caller then lays out the
     * frame, which also raises the frame's own errors.
     */
    SharedFeatureMatrix transformToMatrix(MemoryContext memory, SparseBlockChain chain, Object fitted,
                                          List<Object> stepFits, RuntimeValue input) {
        FitTransform op = chain.encoder();
        if (!(fitted instanceof FittedOneHot oneHot)) {
            return null;
        }
        Table t = frame(input, op.spec().simpleName());
        List<String> columns = op.selector() == null ? op.columns() : resolve(t, op.selector(), op.origin());
        Table encoded = columns == null ? t : selectExisting(t, columns, op);
        Table dense = columns == null ? Table.empty(t.rowCount()) : t.drop(columns);
        List<String> blockNames = oneHot.featureNames();
        java.util.Set<String> block = java.util.Set.copyOf(blockNames);
        for (String name : dense.columnNames()) {
            if (block.contains(name)) {
                return null;
            }
        }
        int blockStart = dense.columnCount();
        for (int s = 0; s < chain.steps().size(); s++) {
            FitTransform step = chain.steps().get(s);
            List<String> reads = step.columns();
            for (String c : reads) {
                if (block.contains(c) || !dense.hasColumn(c)) {
                    return null;
                }
            }
            // The step drops its columns and appends its output: the block moves up by the columns it dropped
            // before it, and stays before what the step appends.
            int before = 0;
            for (int j = 0; j < blockStart; j++) {
                if (!reads.contains(dense.columnNames().get(j))) {
                    before++;
                }
            }
            Table next = frame(transform(memory, step, stepFits.get(s), new RuntimeValue.Frame(dense)));
            for (String name : next.columnNames()) {
                if (block.contains(name)) {
                    return null;
                }
            }
            dense = next;
            blockStart = before;
        }
        return SharedFeatureMatrix.of(dense, blockStart, blockNames, oneHot.transformToCsr(encoded));
    }

    /** The learner kernel registered for {@code op}'s estimator. */
    EstimatorKernels.Learner learner(FitPredict op) {
        return estimators.learner(op.spec(), op.origin());
    }

    Object fitLearner(MemoryContext memory, FitPredict op, SharedFeatureMatrix features, RuntimeValue target) {
        return fitLearner(memory, op, features, target, null);
    }

    /**
     * Fits {@code op}'s learner; {@code weights}, when not null, is the value of its {@code sample_weight} on the same
     * rows (checked as scikit-learn's {@code _check_sample_weight} checks it).
     */
    Object fitLearner(MemoryContext memory, FitPredict op, SharedFeatureMatrix features, RuntimeValue target,
                      RuntimeValue weights) {
        FeatureMatrix x = checkedFeatures(op, features);
        double[] w = weights == null ? null : SampleWeightValues.of(weights, x.rows(), op);
        if (estimators.learner(op.spec(), op.origin()) instanceof EstimatorKernels.Classifier classifier) {
            return ClassifierResponses.fit(classifier, op, x, target, w);
        }
        double[] y = targetValues(target, op);
        if (y.length != x.rows()) {
            throw new StratumError(op.origin(), op.spec().simpleName() + ": X has " + x.rows() + " rows but y has "
                    + y.length, "mark X and y on frames with the same rows");
        }
        EstimatorKernels.Learner learner = estimators.learner(op.spec(), op.origin());
        return w == null ? learner.fit(x, y, op.spec(), op.kernel()) : learner.fitWeighted(x, y, w, op.spec());
    }

    RuntimeValue predict(MemoryContext memory, FitPredict op, Object fitted, SharedFeatureMatrix features) {
        FeatureMatrix x = checkedFeatures(op, features);
        if (fitted instanceof io.stratum.runtime.kernels.classify.FittedClassifier classifier) {
            return ClassifierResponses.respond(memory, op, classifier, x);
        }
        double[] predictions = estimators.learner(op.spec(), op.origin()).predict(fitted, x);
        return new RuntimeValue.Series(Float64Column.of(memory, "prediction", predictions));
    }

    /**
     * A learner's {@code predict} answer as skrub's fit_transform mode formats it when y is a column: named after
     * the target ({@code "None"} for a target pandas leaves unnamed, as skrub stores {@code str(y.name)}) and with
     * the target's row labels, which are X's (both are rows of the frame the learner was fitted on). A one-column
     * frame as the target ({@code data[["y"]]}) makes it a one-column frame named as that column: skrub formats a 1-d
     * answer (a learner that ravels y) and Ridge's 2-d one alike. A target of another shape leaves the answer as it is.
     */
    static RuntimeValue namedAfterTarget(RuntimeValue predictions, RuntimeValue target) {
        if (predictions instanceof RuntimeValue.Series s && target instanceof RuntimeValue.Frame f
                && f.table().columnCount() == 1) {
            Table y = f.table();
            Table answer = Table.of(s.column().rename(y.column(0).name()));
            return new RuntimeValue.Frame(y.rowCount() == s.rows() ? answer.withRowLabels(y.rowLabels()) : answer);
        }
        if (!(predictions instanceof RuntimeValue.Series s) || !(target instanceof RuntimeValue.Series y)) {
            return predictions;
        }
        String name = y.unnamed() ? "None" : y.column().name();
        return new RuntimeValue.Series(s.column().rename(name), y.rows() == s.rows() ? y.labels() : null);
    }

    /** The matrix checked for what {@code op}'s learner refuses: missing values, strings, category columns. */
    private FeatureMatrix checkedFeatures(FitPredict op, SharedFeatureMatrix features) {
        EstimatorKernels.Learner learner = estimators.learner(op.spec(), op.origin());
        boolean categories = learner.acceptsCategoryColumns(op.spec());
        return features.forLearner(learner.acceptsMissing(), categories ? null : categoryRefusal(op.spec()), categories);
    }

    /**
     * Why a learner does not take a column of pandas' category dtype, by what its Python library does with one:
     * scikit-learn converts X to floats and fails on the str categories; XGBoost's scikit-learn API refuses it
     * unless {@code enable_categorical=True}. (LightGBM's splits on it natively, as Stratum's LightGBM learners do.)
     */
    static String categoryRefusal(io.stratum.ir.physical.EstimatorSpec spec) {
        String name = spec.qualifiedName();
        if (name.startsWith("xgboost.")) {
            return spec.simpleName() + " in xgboost refuses it unless enable_categorical=True (pass it to split on"
                    + " its categories)";
        }
        return spec.simpleName() + " in scikit-learn fails converting its str categories to float";
    }

    /** The target as doubles; a target with missing values is refused, as scikit-learn refuses it. */
    static double[] targetValues(RuntimeValue target, FitPredict op) {
        Column y = switch (target) {
            case RuntimeValue.Series s -> s.column();
            case RuntimeValue.Frame f when f.table().columnCount() == 1 -> f.table().column(0);
            case RuntimeValue.Frame f -> throw new StratumError(op.origin(), op.spec().simpleName()
                    + ": y must be one column, got a frame of " + f.table().columnCount(), "select the target with data['name']");
            default -> throw io.stratum.runtime.exec.RuntimeValue.notRows();
        };
        double[] values = y.toDoubleArray();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new StratumError(op.origin(), op.spec().simpleName() + ": the target column '" + y.name()
                        + "' has a missing value (row " + i + " of the training rows)", "drop rows with a missing target before mark_as_y");
            }
        }
        return values;
    }

    /**
     * The feature matrix learners read from an operator's output: a frame's (or a column's) columns, or a text
     * vectorizer's or TruncatedSVD's matrix as it is (a sparse one stays sparse).
     */
    static SharedFeatureMatrix featureMatrix(RuntimeValue value) {
        return value instanceof RuntimeValue.Matrix m
                ? m.sparse() != null ? SharedFeatureMatrix.ofSparse(m.sparse()) : SharedFeatureMatrix.ofDense(m.dense(), m.rows(), m.cols())
                : SharedFeatureMatrix.of(frame(value));
    }

    private static Table frame(RuntimeValue value, String who) {
        return frame(value);
    }

    /** A frame as it is, a column as a one-column frame (what learners and transformers read). */
    static Table frame(RuntimeValue value) {
        return switch (value) {
            case RuntimeValue.Frame f -> f.table();
            case RuntimeValue.Series s -> s.table();
            case RuntimeValue.Scalar v -> throw RuntimeValue.notRows();
            case RuntimeValue.Row r -> throw RuntimeValue.notRows();
            case RuntimeValue.Matrix m -> throw RuntimeValue.notFrame(m);
        };
    }

    private static Table selectExisting(Table t, List<String> columns, FitTransform op) {
        for (String c : columns) {
            requireColumn(t, c, op.origin());
        }
        return t.select(columns);
    }

    /**
     * The columns of {@code t} that a skrub selector picks; a selector that picks nothing is an error rather than
     * a step silently applied to no column.
     */
    /** The selector kind of each column of {@code t}, in order. */
    static List<ColumnSelector.ColumnKind> columnKinds(Table t) {
        List<ColumnSelector.ColumnKind> kinds = new ArrayList<>(t.columnCount());
        for (Column c : t.columns()) {
            kinds.add(switch (c.type()) {
                case FLOAT64 -> ColumnSelector.ColumnKind.FLOAT;
                case INT64 -> ColumnSelector.ColumnKind.INTEGER;
                case STRING -> ColumnSelector.ColumnKind.STRING;
                // skrub's s.string() does not select a category column (s.categorical() does).
                case CATEGORY -> ColumnSelector.ColumnKind.CATEGORY;
                case BOOL -> ColumnSelector.ColumnKind.BOOL;
                case DATETIME -> ColumnSelector.ColumnKind.DATETIME;
                case TIMEDELTA -> ColumnSelector.ColumnKind.OTHER;
            });
        }
        return kinds;
    }

    static List<String> resolve(Table t, ColumnSelector selector, io.stratum.ir.node.Origin origin) {
        List<String> names = selector.resolve(t.columnNames(), columnKinds(t));
        if (names == null) {
            List<String> missing = new ArrayList<>(((ColumnSelector.Cols) selector).names());
            missing.removeAll(t.columnNames());
            throw new StratumError(origin, "the selector " + selector.repr() + " names missing columns " + missing
                    + "; the columns are: " + String.join(", ", t.columnNames()), "check the spelling; names are case-sensitive");
        }
        if (names.isEmpty()) {
            throw new StratumError(origin, "the selector " + selector.repr() + " matches no column; the columns are: "
                    + String.join(", ", t.columnNames()), "check the selector against the frame's columns and types");
        }
        return names;
    }

    static void requireColumn(Table t, String column, io.stratum.ir.node.Origin origin) {
        if (!t.hasColumn(column)) {
            List<String> near = NearestNames.byCloseness(column, t.columnNames());
            throw new StratumError(origin, "no column '" + column + "'; the columns are: " + String.join(", ", near),
                    "check the spelling; names are case-sensitive");
        }
    }

    /**
     * An evaluated sub-expression: a column with its row labels (null: 0..n-1), or a constant not yet broadcast. Two
     * columns meet only when their labels are the same ({@link LabelAlignment}); the result keeps them.
     */
    private sealed interface Operand {
        record Col(Column column, io.stratum.runtime.data.RowLabels labels, boolean unnamed) implements Operand {
            Col(Column column, io.stratum.runtime.data.RowLabels labels) {
                this(column, labels, false);
            }

            /** A column computed from this one, row for row (same labels, same name). */
            Col with(Column other) {
                return new Col(other, labels, unnamed);
            }

            /**
             * A column computed from this one and {@code other}: pandas names it as this one when both have the same
             * name, else it has none.
             */
            Col with(Column result, Col other) {
                return new Col(result, labels, unnamed || other.unnamed || !column.name().equals(other.column.name()));
            }
        }

        record Lit(Scalar value) implements Operand {
        }
    }

    /**
     * {@code expr}'s value; {@code label} is the column label it is evaluated for when frames or per-column values take
     * part (frames then give their column of that label, per-column values their value for it), else null.
     */
    private Operand eval(MemoryContext memory, ColumnExpr expr, List<RuntimeValue> inputs,
                         io.stratum.ir.physical.PhysicalOp op, Map<ColumnExpr, Operand> shared, String label) {
        if (expr instanceof ColumnExpr.InputColumn || expr instanceof ColumnExpr.Literal) {
            return evalOnce(memory, expr, inputs, op, shared, label);
        }
        Operand known = shared.get(expr);
        if (known == null) {
            known = evalOnce(memory, expr, inputs, op, shared, label);
            shared.put(expr, known);
        }
        return known;
    }

    private Operand evalOnce(MemoryContext memory, ColumnExpr expr, List<RuntimeValue> inputs,
                             io.stratum.ir.physical.PhysicalOp op, Map<ColumnExpr, Operand> shared, String label) {
        return switch (expr) {
            case ColumnExpr.InputColumn in -> {
                RuntimeValue v = inputs.get(in.input());
                if (label != null && (in.column() != null || v instanceof RuntimeValue.Series)) {
                    throw new StratumError(op.origin(), "a frame or per-column values (such as df.max()) combined with a"
                            + " column: pandas would align the column's row labels with the column names",
                            "combine columns with columns and frames with frames, e.g. df[\"a\"] - df[\"a\"].mean() or"
                                    + " df / df.max()");
                }
                if (in.column() == null) {
                    yield switch (v) {
                        case RuntimeValue.Series s -> new Operand.Col(s.column(), s.labels(), s.unnamed());
                        case RuntimeValue.Scalar s -> new Operand.Lit(s.value());
                        case RuntimeValue.Frame f when label != null -> new Operand.Col(f.table().column(label),
                                f.table().rowLabels());
                        case RuntimeValue.Row r when label != null -> new Operand.Lit(r.get(label));
                        case RuntimeValue.Frame f -> throw new StratumError(op.origin(),
                                "arithmetic needs a column here, got a frame", "select one column with df['name']");
                        case RuntimeValue.Row r -> throw new StratumError(op.origin(), "per-column values (such as df.max())"
                                + " cannot make a column here", "take one column's value with df[\"a\"].max()");
                        case RuntimeValue.Matrix m -> throw RuntimeValue.notFrame(m);
                    };
                }
                Table t = frame(v, op.kind());
                requireColumn(t, in.column(), op.origin());
                yield new Operand.Col(t.column(in.column()), t.rowLabels());
            }
            case ColumnExpr.Literal lit -> new Operand.Lit(scalar(lit.value(), op));
            // df.fillna(values) where the values have no entry for this column: the column unchanged (broadcastLabels).
            case ColumnExpr.Binary b when label != null && b.op() == io.stratum.ir.logical.BinaryOperator.FILLNA
                    && b.right() instanceof ColumnExpr.InputColumn in && in.column() == null
                    && inputs.get(in.input()) instanceof RuntimeValue.Row r && r.get(label) == null ->
                    eval(memory, b.left(), inputs, op, shared, label);
            case ColumnExpr.Binary b when fusedMask(memory, b, inputs, op, shared, label) instanceof Operand fused -> fused;
            case ColumnExpr.Binary b -> {
                Operand left = eval(memory, b.left(), inputs, op, shared, label);
                Operand right = eval(memory, b.right(), inputs, op, shared, label);
                // Two values computed from the data: combined as one-row columns, so types and arithmetic are pandas'.
                yield left instanceof Operand.Lit l && right instanceof Operand.Lit r
                        && !(b.left() instanceof ColumnExpr.Literal && b.right() instanceof ColumnExpr.Literal)
                        ? new Operand.Lit(ScalarValues.of(((Operand.Col) binary(memory, b,
                                new Operand.Col(ScalarValues.broadcast(memory, l.value(), 1, "value"), null),
                                b.op() == io.stratum.ir.logical.BinaryOperator.FILLNA ? r
                                        : new Operand.Col(ScalarValues.broadcast(memory, r.value(), 1, "value"), null), op)).column()))
                        : binary(memory, b, left, right, op);
            }
            case ColumnExpr.Unary u -> {
                Operand x = eval(memory, u.operand(), inputs, op, shared, label);
                yield switch (u.op()) {
                    case NEG -> x instanceof Operand.Col c ? c.with(ColumnArithmetic.negate(memory, c.column()))
                            : new Operand.Lit(negate(((Operand.Lit) x).value(), op));
                    case POS -> x;
                    // Python's abs() of a Series is pandas' Series.abs(), numpy's absolute: int64 stays int64.
                    case ABS -> x instanceof Operand.Col c
                            ? c.with(ColumnFunctions.apply(memory, io.stratum.ir.logical.NumericFunction.ABS, c.column()))
                            : new Operand.Lit(ColumnFunctions.apply(io.stratum.ir.logical.NumericFunction.ABS,
                                    ((Operand.Lit) x).value()));
                    case INVERT -> {
                        if (!(x instanceof Operand.Col c)) {
                            throw new StratumError(op.origin(), "~ on a constant should have been folded", null);
                        }
                        yield c.with(MaskLogic.not(memory, c.column()));
                    }
                    default -> throw new StratumError(op.origin(), "the operator " + u.op().symbol() + " is not supported yet", null);
                };
            }
            case ColumnExpr.Element e -> switch (eval(memory, e.operand(), inputs, op, shared, label)) {
                case Operand.Col c -> c.with(element(memory, e.op(), c.column(), op.origin()));
                case Operand.Lit lit -> throw new StratumError(op.origin(), e.op().render() + " of a constant cannot make a column",
                        "apply it to a column, e.g. df['x']." + e.op().render());
            };
            case ColumnExpr.Where w -> {
                Operand value = eval(memory, w.value(), inputs, op, shared, label);
                Operand condition = eval(memory, w.condition(), inputs, op, shared, label);
                if (!(value instanceof Operand.Col v) || !(condition instanceof Operand.Col c)) {
                    throw new StratumError(op.origin(), "where needs a column and a boolean column as its condition",
                            "write df['x'].where(df['x'] > 0, 0)");
                }
                // pandas aligns the condition on the value's row labels, a label it lacks counting as False.
                Column cond = LabelAlignment.condition(memory, op, v.column(), v.labels(), c.column(), c.labels());
                if (w.otherColumn() != null) {
                    if (!(eval(memory, w.otherColumn(), inputs, op, shared, label) instanceof Operand.Col o)) {
                        throw new StratumError(op.origin(), "where: 'other' must be a column here", null);
                    }
                    LabelAlignment.requireSame(op, "where(cond, other)", v.labels(), v.column().length(), o.labels(),
                            o.column().length());
                    yield v.with(Conditionals.where(memory, v.column(), cond, o.column()));
                }
                yield v.with(Conditionals.where(memory, v.column(), cond, w.other()));
            }
            case ColumnExpr.Function f -> switch (eval(memory, f.operand(), inputs, op, shared, label)) {
                case Operand.Col c -> c.with(ColumnFunctions.apply(memory, f.function(), c.column()));
                case Operand.Lit lit -> new Operand.Lit(ColumnFunctions.apply(f.function(), lit.value()));
            };
        };
    }

    /**
     * A row mask of number comparisons combined by {@code & | ^} ({@code (df.a > 1) & (df.b < 2)}) in one pass of
     * {@link PredicateMask}, with the names, labels and label checks the operator-at-a-time path gives; {@code null}
     * when {@code b} is not such a mask or a comparison is one the kernel does not take (that path then runs).
     */
    private Operand fusedMask(MemoryContext memory, ColumnExpr.Binary b, List<RuntimeValue> inputs,
                              io.stratum.ir.physical.PhysicalOp op, Map<ColumnExpr, Operand> shared, String label) {
        if (logic(b.op()) == null) {
            return null;
        }
        List<Runnable> checks = new ArrayList<>();
        MaskTerm term = maskTerm(memory, b, inputs, op, shared, label, checks);
        if (term == null) {
            return null;
        }
        BoolColumn mask = PredicateMask.tryEvaluate(memory, term.predicate());
        if (mask == null) {
            return null;
        }
        // The checks the operator-at-a-time path makes where two masks meet, in its order.
        checks.forEach(Runnable::run);
        return term.named().with(mask);
    }

    /** A mask sub-expression: its predicate, and the operand whose name and labels its result takes. */
    private record MaskTerm(PredicateMask.Predicate predicate, Operand.Col named) {
    }

    private MaskTerm maskTerm(MemoryContext memory, ColumnExpr expr, List<RuntimeValue> inputs,
                              io.stratum.ir.physical.PhysicalOp op, Map<ColumnExpr, Operand> shared, String label,
                              List<Runnable> checks) {
        if (!(expr instanceof ColumnExpr.Binary b)) {
            return null;
        }
        MaskLogic.Op logic = logic(b.op());
        if (logic != null) {
            MaskTerm l = maskTerm(memory, b.left(), inputs, op, shared, label, checks);
            MaskTerm r = l == null ? null : maskTerm(memory, b.right(), inputs, op, shared, label, checks);
            if (r == null) {
                return null;
            }
            Operand.Col a = l.named();
            Operand.Col c = r.named();
            checks.add(() -> LabelAlignment.requireSame(op, b.op(), a.labels(), a.column().length(), c.labels(),
                    c.column().length()));
            // pandas names a & b as a when both have one name, else not at all.
            Operand.Col named = new Operand.Col(a.column(), a.labels(), a.unnamed() || c.unnamed()
                    || !a.column().name().equals(c.column().name()));
            return new MaskTerm(new PredicateMask.Combine(logic, l.predicate(), r.predicate()), named);
        }
        if (!b.op().isComparison()) {
            return null;
        }
        ComparisonOp compare = ComparisonOp.fromSymbol(b.op().symbol());
        // An unsupported comparison stops here, before the right side is evaluated: the general path then reports
        // the first error in the same order.
        Operand left = eval(memory, b.left(), inputs, op, shared, label);
        Operand right = eval(memory, b.right(), inputs, op, shared, label);
        return switch (left) {
            case Operand.Col l when right instanceof Operand.Lit r && PredicateMask.takes(l.column(), r.value()) ->
                    new MaskTerm(new PredicateMask.Compare(l.column(), compare, r.value()), l);
            case Operand.Lit l when right instanceof Operand.Col r && PredicateMask.takes(r.column(), l.value()) ->
                    new MaskTerm(new PredicateMask.Compare(r.column(), compare.flipped(), l.value()), r);
            default -> null;
        };
    }

    private static MaskLogic.Op logic(io.stratum.ir.logical.BinaryOperator op) {
        return switch (op) {
            case AND -> MaskLogic.Op.AND;
            case OR -> MaskLogic.Op.OR;
            case XOR -> MaskLogic.Op.XOR;
            default -> null;
        };
    }

    private static Operand binary(MemoryContext memory, ColumnExpr.Binary b, Operand left, Operand right,
                                  io.stratum.ir.physical.PhysicalOp op) {
        String symbol = b.op().symbol();
        if (b.op() == io.stratum.ir.logical.BinaryOperator.FILLNA) {
            if (left instanceof Operand.Col l && right instanceof Operand.Lit r) {
                return l.with(element(memory, new ElementOp.FillNa(ScalarValues.constant(r.value())), l.column(),
                        op.origin()));
            }
            throw new StratumError(op.origin(), "fillna() with a value computed from the data needs a column (or a frame)"
                    + " to fill and one value (or one per column, such as df.mean())", "write df[\"a\"].fillna(df[\"a\"].mean())"
                    + " or df.fillna(df.mean())");
        }
        if (b.op() == io.stratum.ir.logical.BinaryOperator.ISIN) {
            if (left instanceof Operand.Col l && right instanceof Operand.Col r) {
                // isin reads the other column's values as a set: its row labels play no part.
                return l.with(io.stratum.runtime.kernels.relational.Membership.isIn(memory, l.column(), r.column()));
            }
            throw new StratumError(op.origin(), "isin() needs a column and a column (or a list) of values",
                    "write df['k'].isin(other['k']) or df['k'].isin(['a', 'b'])");
        }
        if (left instanceof Operand.Col l && right instanceof Operand.Col r) {
            LabelAlignment.requireSame(op, b.op(), l.labels(), l.column().length(), r.labels(), r.column().length());
        }
        if (b.op().isArithmetic()) {
            ArithmeticOp a = ArithmeticOp.fromSymbol(symbol);
            return switch (left) {
                case Operand.Col l when right instanceof Operand.Col r -> l.with(ColumnArithmetic.binary(memory, a, l.column(), r.column()), r);
                case Operand.Col l -> l.with(ColumnArithmetic.binary(memory, a, l.column(), ((Operand.Lit) right).value()));
                case Operand.Lit l when right instanceof Operand.Col r -> r.with(ColumnArithmetic.binary(memory, a, l.value(), r.column()));
                case Operand.Lit l -> throw new StratumError(op.origin(), "arithmetic between two constants should have been folded", null);
            };
        }
        if (b.op().isComparison()) {
            ComparisonOp c = ComparisonOp.fromSymbol(symbol);
            return switch (left) {
                case Operand.Col l when right instanceof Operand.Col r -> l.with(ColumnArithmetic.compare(memory, c, l.column(), r.column()), r);
                case Operand.Col l -> l.with(ColumnArithmetic.compare(memory, c, l.column(), ((Operand.Lit) right).value()));
                case Operand.Lit l when right instanceof Operand.Col r -> r.with(ColumnArithmetic.compare(memory, c, l.value(), r.column()));
                case Operand.Lit l -> throw new StratumError(op.origin(), "comparison between two constants should have been folded", null);
            };
        }
        if (left instanceof Operand.Col l && right instanceof Operand.Col r) {
            MaskLogic.Op logic = switch (b.op()) {
                case AND -> MaskLogic.Op.AND;
                case OR -> MaskLogic.Op.OR;
                case XOR -> MaskLogic.Op.XOR;
                default -> null;
            };
            if (logic != null) {
                return l.with(MaskLogic.combine(memory, logic, l.column(), r.column()), r);
            }
        }
        throw new StratumError(op.origin(), "the operator " + symbol + " is not supported on columns yet", null);
    }

    private static Scalar scalar(Const c, io.stratum.ir.physical.PhysicalOp op) {
        return switch (c) {
            case Const.IntConst i -> Scalar.of(i.value());
            case Const.FloatConst f -> Scalar.of(f.value());
            case Const.StrConst s -> Scalar.of(s.value());
            case Const.BoolConst b -> Scalar.of(b.value());
            case Const.TimestampConst t -> new Scalar.DatetimeScalar(t.ticks(), TemporalConstants.unit(t.unit()), t.zone());
            case Const.TimedeltaConst d -> new Scalar.DurationScalar(d.ticks(), TemporalConstants.unit(d.unit()));
            default -> throw new StratumError(op.origin(), "cannot use " + c.repr() + " in column arithmetic", null);
        };
    }

    private static Scalar negate(Scalar s, io.stratum.ir.physical.PhysicalOp op) {
        return switch (s) {
            case Scalar.IntScalar i -> Scalar.of(-i.value());
            case Scalar.FloatScalar f -> Scalar.of(-f.value());
            case Scalar.DurationScalar d -> new Scalar.DurationScalar(-d.ticks(), d.unit());
            default -> throw new StratumError(op.origin(), "cannot negate " + s, null);
        };
    }

    /** The columns of a list of operands, for error messages. */
    static List<String> names(List<Column> columns) {
        List<String> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.name());
        }
        return out;
    }
}
