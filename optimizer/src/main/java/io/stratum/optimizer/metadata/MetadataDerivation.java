package io.stratum.optimizer.metadata;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.diagnostics.NearestNames;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.Call;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Concat;
import io.stratum.ir.logical.FrameLiteral;
import io.stratum.ir.logical.DropDuplicates;
import io.stratum.ir.logical.ValueCounts;
import io.stratum.ir.logical.Aggregate;
import io.stratum.ir.logical.AggregateSpec;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.DropNa;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.GroupBy;
import io.stratum.ir.logical.Join;
import io.stratum.ir.logical.Limit;
import io.stratum.ir.logical.SortValues;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.ReadFile;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.logical.Where;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Derives {@link NodeMetadata} for every node of a logical plan, bottom-up, from the source statistics and the
 * operators' semantics. A column that a frame certainly lacks (it is not in the frame's known schema) is reported
 * here, at compile time, as a {@link StratumError} at the script line that names it.
 */
public final class MetadataDerivation {
    private final SourceStatistics sources;
    private final ApiCatalog catalog;
    private final Map<LogicalNode, NodeMetadata> derived = new IdentityHashMap<>();
    private final Float32Steps float32 = new Float32Steps();

    private MetadataDerivation(SourceStatistics sources, ApiCatalog catalog) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The metadata of every node below {@code root}; throws a located {@link StratumError} for a missing column. */
    public static PlanMetadata derive(LogicalNode root, SourceStatistics sources, ApiCatalog catalog) {
        MetadataDerivation d = new MetadataDerivation(sources, catalog);
        d.of(root);
        return new PlanMetadata(d.derived);
    }

    private NodeMetadata of(LogicalNode node) {
        NodeMetadata known = derived.get(node);
        if (known != null) {
            return known;
        }
        // Inputs first, so a missing column is reported at the lowest node that names it.
        boolean split = false;
        List<LogicalNode> inputs = node.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            NodeMetadata in = of(inputs.get(i));
            split |= in.splitDependent();
            if (in.kind() == OutputKind.MATRIX) {
                MatrixSteps.check(node, i, inputs.get(i), catalog);
            }
        }
        float32.check(node, this::of);
        NodeMetadata m = compute(node, split);
        float32.record(node, m);
        derived.put(node, m);
        return m;
    }

    private NodeMetadata compute(LogicalNode node, boolean split) {
        return switch (node) {
            case Var v -> v.value() == null ? NodeMetadata.unknown(OutputKind.UNKNOWN, false)
                    : free(of(v.value()));
            case Value v -> new NodeMetadata(OutputKind.CONSTANT, Optional.empty(), OptionalLong.empty(), false, OptionalDouble.of(0));
            case ReadCsv r -> readCsv(r);
            case ReadFile r -> readFile(r);
            case GetItem g -> getItem(g, split);
            case GetAttr g -> NodeMetadata.unknown(OutputKind.UNKNOWN, split);
            case CallMethod c -> NodeMetadata.unknown(OutputKind.UNKNOWN, split);
            case Call c -> NodeMetadata.unknown(OutputKind.UNKNOWN, split);
            case Drop d -> drop(d, split);
            case Assign a -> assign(a, split);
            case BinOp b -> binOp(b, split);
            case UnaryOp u -> unaryOp(u, split);
            case Numeric n -> numeric(n, split);
            case ElementWise e -> elementWise(e, split);
            case Rename r -> rename(r, split);
            case io.stratum.ir.logical.Affix a -> affix(a, split);
            case DropNa d -> dropNa(d, split);
            case io.stratum.ir.logical.TrainTestRows t -> {
                // The input's columns (their distinct counts an upper bound) and the part's rows as scikit-learn sizes it.
                NodeMetadata in = of(t.input());
                OptionalLong rows = in.rows().isPresent() ? t.rows(in.rows().getAsLong()) : OptionalLong.empty();
                yield new NodeMetadata(in.kind(), in.schema(), rows, split,
                        in.schema().isEmpty() ? OptionalDouble.empty() : cost(rows, r -> CostModel.compute(r, in.schema().get().size())));
            }
            case Where w when w.otherColumn() != null -> {
                ColumnType value = operandType(w.input());
                ColumnType other = operandType(w.otherColumn());
                ColumnType type = SchemaRules.whereColumn(value, other);
                boolean dataDecides = value == ColumnType.INT64 && other == ColumnType.FLOAT64;
                if (type == ColumnType.UNKNOWN && !dataDecides && value != ColumnType.UNKNOWN && other != ColumnType.UNKNOWN) {
                    throw new StratumError(w.origin(), "where(): replacing " + value.label() + " values by a " + other.label()
                            + " column would give pandas' object dtype, which Stratum does not have",
                            "convert one of them with astype first, e.g. other.astype(" + Const.of(value.label()).repr() + ")");
                }
                yield column(w.input(), w.condition(), type, split);
            }
            case Where w -> {
                ColumnType in = operandType(w.input());
                Const o = w.other();
                boolean missing = o instanceof Const.NoneConst || (o instanceof Const.FloatConst f && Double.isNaN(f.value()));
                // int64 with NaN as other is float64 only when some row is replaced, which only the data tells.
                ColumnType type = switch (in) {
                    case FLOAT64 -> missing || o instanceof Const.IntConst || o instanceof Const.FloatConst ? ColumnType.FLOAT64 : ColumnType.UNKNOWN;
                    case INT64 -> o instanceof Const.IntConst ? ColumnType.INT64 : o instanceof Const.FloatConst && !missing ? ColumnType.FLOAT64 : ColumnType.UNKNOWN;
                    case STR -> missing || o instanceof Const.StrConst ? ColumnType.STR : ColumnType.UNKNOWN;
                    default -> ColumnType.UNKNOWN;
                };
                yield column(w.input(), w.condition(), type, split);
            }
            case MarkX m -> mark(of(m.input()));
            case MarkY m -> mark(of(m.input()));
            case Estimator e -> new NodeMetadata(OutputKind.ESTIMATOR, Optional.empty(), OptionalLong.empty(), split, OptionalDouble.of(0));
            case Apply a -> apply(a, split);
            case Choice c -> choice(c, split);
            case SearchRoot g -> new NodeMetadata(OutputKind.SEARCH, Optional.empty(), of(g.input()).rows(), split, OptionalDouble.of(0));
            case Filter f -> sameColumns(f.input(), OptionalLong.empty(), split, f.origin());
            case SortValues sv -> {
                requireColumns(of(sv.input()), sv.by(), sv.origin());
                yield sameColumns(sv.input(), of(sv.input()).rows(), split, sv.origin());
            }
            case Limit l -> {
                OptionalLong in = of(l.input()).rows();
                yield sameColumns(l.input(), in.isPresent() ? OptionalLong.of(l.n() >= 0 ? Math.min(l.n(), in.getAsLong())
                        : Math.max(0, in.getAsLong() + l.n())) : OptionalLong.empty(), split, l.origin());
            }
            case io.stratum.ir.logical.RowsByPosition r -> {
                OptionalLong in = of(r.input()).rows();
                long picked = in.isPresent() ? r.positions().count(in.getAsLong()) : -1;
                yield sameColumns(r.input(), picked >= 0 ? OptionalLong.of(picked) : OptionalLong.empty(), split, r.origin());
            }
            case io.stratum.ir.logical.Subsample s -> of(s.resolved());
            case io.stratum.ir.logical.Switch s -> NodeMetadata.unknown(OutputKind.UNKNOWN, split);
            case Join j -> join(j, split);
            case GroupBy g -> {
                requireColumns(of(g.input()), g.keys(), g.origin());
                if (g.selection() != null) {
                    requireColumns(of(g.input()), g.selection(), g.origin());
                }
                yield NodeMetadata.unknown(OutputKind.UNKNOWN, split);
            }
            case Aggregate a -> aggregate(a, split);
            case io.stratum.ir.logical.GroupTransform t -> groupTransform(t, split);
            case io.stratum.ir.logical.Shift s -> shift(s, split);
            case io.stratum.ir.logical.Window w -> window(w, split);
            case Concat c -> concat(c, split);
            case DropDuplicates d -> {
                requireColumns(of(d.input()), d.subset(), d.origin());
                yield new NodeMetadata(OutputKind.of(d), of(d.input()).schema(), OptionalLong.empty(), split,
                        cost(of(d.input()).rows(), r -> CostModel.compute(r, Math.max(1, d.subset().size()))));
            }
            case ValueCounts v -> valueCounts(v, split);
            case FrameLiteral f -> frameLiteral(f);
            case io.stratum.ir.logical.Reduce r -> {
                if (r.function().equals("quantile") || r.function().equals("median") || r.function().equals("mean")
                        || r.function().equals("std") || r.function().equals("var") || r.function().equals("sum")) {
                    // pandas refuses these on strings (or, for sum, concatenates them), and gives Timestamps for dates.
                    requireNumeric(r);
                }
                yield new NodeMetadata(OutputKind.VALUE, Optional.empty(), OptionalLong.empty(), split, OptionalDouble.empty());
            }
            case io.stratum.ir.logical.FreezeAfterFit f -> of(f.input());
            // The frame of keys and values; a summary's (describe, corr) computed by a reduction, columns unknown.
            case io.stratum.ir.logical.IndexedResult r -> {
                NodeMetadata in = of(r.input());
                yield new NodeMetadata(OutputKind.FRAME, in.schema(), in.rows(), in.splitDependent(), in.cost());
            }
        };
    }

    /** A numeric reduction of a column the schema knows to hold strings, dates or categories is refused at its line. */
    private void requireNumeric(io.stratum.ir.logical.Reduce r) {
        NodeMetadata in = of(r.input());
        if (in.schema().isEmpty() || in.kind() != OutputKind.COLUMN && in.kind() != OutputKind.FRAME) {
            return;
        }
        for (ColumnStats c : in.schema().get()) {
            if (c.type() == ColumnType.STR || c.type().isDatetime() || c.type().isTimedelta()
                    || c.type() == ColumnType.CATEGORY) {
                throw new StratumError(r.origin(), "Stratum computes " + r.function() + "() of numeric and bool columns only,"
                        + " and the column '" + c.name() + "' is " + c.type().label()
                        + (in.kind() == OutputKind.FRAME ? " (a frame's reduction reduces every column)" : ""),
                        in.kind() == OutputKind.FRAME ? "select the numeric columns first, e.g. df.skb.select(s.numeric())."
                                + r.function() + "()" : "reduce a numeric column, or convert it with astype(float) if it holds numbers");
            }
        }
    }

    /**
     * {@code pd.concat}: along rows the columns are united in order of first appearance (a column some frame lacks
     * gains missing values, so int64 becomes float64; int64 with float64 gives float64), along columns they are put
     * side by side; the schema is known when every input's is.
     */
    private NodeMetadata concat(Concat c, boolean split) {
        OutputKind kind = OutputKind.of(c);
        List<List<ColumnStats>> schemas = new ArrayList<>();
        List<OptionalLong> partRows = new ArrayList<>();
        long rows = 0;
        boolean rowsKnown = true;
        for (LogicalNode f : c.frames()) {
            NodeMetadata m = of(f);
            if (m.schema().isEmpty() || (m.kind() != OutputKind.FRAME && m.kind() != OutputKind.COLUMN)) {
                // skrub's concat side by side keeps the first frame's rows, whatever the others hold.
                NodeMetadata first = of(c.frames().getFirst());
                return c.columns() && c.skb() && first.kind() == OutputKind.FRAME
                        ? new NodeMetadata(kind, Optional.empty(), first.rows(), split, OptionalDouble.empty())
                        : NodeMetadata.unknown(kind, split);
            }
            schemas.add(m.schema().get());
            partRows.add(m.rows());
            rowsKnown &= m.rows().isPresent();
            rows = c.columns() ? m.rows().orElse(0) : rows + m.rows().orElse(0);
        }
        if (c.columns() && c.skb()) {
            // skrub keeps the first frame's rows and pads a shorter one with missing values (int64 becoming float64).
            rowsKnown = partRows.getFirst().isPresent();
            rows = partRows.getFirst().orElse(0);
            for (int t = 1; t < schemas.size(); t++) {
                boolean sameRows = rowsKnown && partRows.get(t).isPresent() && partRows.get(t).getAsLong() == rows;
                boolean shorter = rowsKnown && partRows.get(t).isPresent() && partRows.get(t).getAsLong() < rows;
                if (!sameRows) {
                    schemas.set(t, schemas.get(t).stream().map(col -> col.type() != ColumnType.INT64 ? col
                            : ColumnStats.of(col.name(), shorter ? ColumnType.FLOAT64 : ColumnType.UNKNOWN)).toList());
                }
            }
        }
        List<ColumnStats> out = new ArrayList<>();
        if (c.columns()) {
            List<List<String>> names = schemas.stream().map(s -> s.stream().map(ColumnStats::name).toList()).toList();
            List<List<String>> renamed = c.skb() ? io.stratum.ir.value.UniqueColumnNames.of(names) : names;
            for (int t = 0; t < schemas.size(); t++) {
                for (int i = 0; i < schemas.get(t).size(); i++) {
                    out.add(ColumnStats.of(renamed.get(t).get(i), schemas.get(t).get(i).type()));
                }
            }
        } else {
            java.util.LinkedHashMap<String, ColumnType> types = new java.util.LinkedHashMap<>();
            java.util.Map<String, Integer> owners = new java.util.HashMap<>();
            for (List<ColumnStats> s : schemas) {
                for (ColumnStats col : s) {
                    owners.merge(col.name(), 1, Integer::sum);
                    types.merge(col.name(), col.type(), (a, b) -> a == b ? a
                            : a.isNumeric() && b.isNumeric() ? ColumnType.FLOAT64
                            // pandas: datetimes of two units meet in the finer one (the later constant).
                            : a.isDatetime() && b.isDatetime() && a.isZoned() == b.isZoned() ? (a.ordinal() > b.ordinal() ? a : b)
                            : a.isTimedelta() && b.isTimedelta() ? (a.ordinal() > b.ordinal() ? a : b)
                            : ColumnType.UNKNOWN);
                }
            }
            types.forEach((name, type) -> out.add(ColumnStats.of(name,
                    type == ColumnType.INT64 && owners.get(name) < schemas.size() ? ColumnType.FLOAT64 : type)));
        }
        OptionalLong n = rowsKnown ? OptionalLong.of(rows) : OptionalLong.empty();
        return new NodeMetadata(kind, Optional.of(out), n, split, cost(n, r -> CostModel.compute(r, out.size())));
    }

    /** A frame written in the script: its schema, rows, distinct counts and missing fractions are exact. */
    private static NodeMetadata frameLiteral(FrameLiteral f) {
        List<ColumnStats> out = new ArrayList<>();
        long rows = f.columns().isEmpty() ? 0 : f.columns().getFirst().items().size();
        for (int i = 0; i < f.names().size(); i++) {
            List<Const> values = f.columns().get(i).items();
            String dtype = io.stratum.ir.value.LiteralColumns.dtype(values);
            ColumnType type = dtype == null ? ColumnType.UNKNOWN : switch (dtype) {
                case "int64" -> ColumnType.INT64;
                case "float64" -> ColumnType.FLOAT64;
                case "bool" -> ColumnType.BOOL;
                default -> ColumnType.STR;
            };
            java.util.Set<Const> distinct = new java.util.HashSet<>();
            long missing = 0;
            for (Const v : values) {
                boolean isMissing = v instanceof Const.NoneConst || (v instanceof Const.FloatConst d && Double.isNaN(d.value()));
                if (isMissing) {
                    missing++;
                } else {
                    distinct.add(type == ColumnType.FLOAT64 && v instanceof Const.IntConst n ? Const.of((double) n.value()) : v);
                }
            }
            out.add(new ColumnStats(f.names().get(i), type, OptionalLong.of(distinct.size()),
                    OptionalDouble.of(rows == 0 ? 0.0 : (double) missing / rows), Optional.empty()));
        }
        return new NodeMetadata(OutputKind.FRAME, Optional.of(out), OptionalLong.of(rows), false,
                OptionalDouble.of(CostModel.read(rows, out.size())));
    }

    /** {@code value_counts()}: the counted columns (no missing values left unless dropna=False) and {@code count} or {@code proportion}. */
    private NodeMetadata valueCounts(ValueCounts v, boolean split) {
        NodeMetadata in = of(v.input());
        if (in.kind() == OutputKind.FRAME) {
            requireColumns(in, v.subset(), v.origin());
        }
        if (in.schema().isEmpty()) {
            return NodeMetadata.unknown(OutputKind.FRAME, split);
        }
        List<ColumnStats> out = new ArrayList<>();
        for (ColumnStats c : in.schema().get()) {
            if (v.subset().isEmpty() || v.subset().contains(c.name())) {
                out.add(new ColumnStats(c.name(), c.type(), OptionalLong.empty(),
                        v.dropna() ? OptionalDouble.of(0.0) : OptionalDouble.empty(), Optional.empty()));
            }
        }
        out.add(ColumnStats.of(v.normalize() ? "proportion" : "count", v.normalize() ? ColumnType.FLOAT64 : ColumnType.INT64));
        return new NodeMetadata(OutputKind.FRAME, Optional.of(out), OptionalLong.empty(), split,
                cost(in.rows(), r -> CostModel.compute(r, out.size())));
    }

    /** The same value under another name (a variable): nothing is computed. */
    private static NodeMetadata free(NodeMetadata m) {
        return new NodeMetadata(m.kind(), m.schema(), m.rows(), m.splitDependent(), OptionalDouble.of(0));
    }

    /** A CSV read: the file's profile read with the script's options (those but {@code usecols}, applied after). */
    private NodeMetadata readCsv(ReadCsv r) {
        return fromProfile(csvProfile(sources, r.path(), r.options(), r.columns(), r.origin()));
    }

    /** A Parquet/Feather/JSON read: known only with no option but the script's {@code columns} list. */
    private NodeMetadata readFile(ReadFile r) {
        return r.options().without("columns").keys().isEmpty()
                ? fromProfile(listed(sources.profile(r.format(), r.path()), r.options(), "columns", r.columns(), r.origin()))
                : NodeMetadata.unknown(OutputKind.FRAME, false);
    }

    /**
     * The profile of what a CSV read with {@code options} gives, restricted to {@code columns} (null: all): the file
     * read with the options but {@code usecols}, then the {@code usecols} names; empty when unknown (the source has no
     * statistics for these options, or {@code usecols} is not a list of names).
     */
    public static Optional<SourceProfile> csvProfile(SourceStatistics sources, String path, Const.DictConst options,
                                                     List<String> columns, Origin origin) {
        Const.DictConst rest = options.without("usecols");
        return listed(rest.keys().isEmpty() ? sources.profile(path) : sources.profile(path, rest), options, "usecols",
                columns, origin);
    }

    /**
     * {@code profile} as a read gives it: the script's own column list ({@code listOption}) checked strictly, as pandas
     * does, then the pruned list keeps what it names; empty when the list is not a list of names.
     */
    private static Optional<SourceProfile> listed(Optional<SourceProfile> profile, Const.DictConst options,
                                                  String listOption, List<String> columns, Origin origin) {
        List<String> listed = null;
        for (int i = 0; i < options.keys().size(); i++) {
            if (options.keys().get(i).equals(Const.of(listOption))) {
                if (!(options.values().get(i) instanceof Const.ListConst l && l.asStrings() != null)) {
                    return Optional.empty();
                }
                listed = l.asStrings();
            }
        }
        List<String> names = listed;
        return profile.map(p -> projected(p, names, origin).keeping(columns));
    }

    private static NodeMetadata fromProfile(Optional<SourceProfile> profile) {
        return profile.map(p -> new NodeMetadata(OutputKind.FRAME, Optional.of(p.columns()), OptionalLong.of(p.rows()), false,
                OptionalDouble.of(CostModel.read(p.rows(), p.columns().size())))).orElse(NodeMetadata.unknown(OutputKind.FRAME, false));
    }

    /** The profile of the columns a script lists (null: all), in file order; a column the file lacks is an error. */
    static SourceProfile projected(SourceProfile p, List<String> columns, Origin origin) {
        if (columns == null) {
            return p;
        }
        List<String> names = new ArrayList<>();
        for (ColumnStats c : p.columns()) {
            names.add(c.name());
        }
        for (String c : columns) {
            if (!names.contains(c)) {
                throw new io.stratum.ir.diagnostics.PandasError(origin, "the file has no column '" + c + "' to read; it has " + names,
                        "check the spelling of usecols/columns");
            }
        }
        return p.keeping(columns);
    }

    private NodeMetadata getItem(GetItem g, boolean split) {
        NodeMetadata in = of(g.input());
        Const key = g.key() instanceof Value v ? v.value() : null;
        if (in.kind() != OutputKind.FRAME || key == null) {
            return NodeMetadata.unknown(OutputKind.of(g), split);
        }
        return switch (key) {
            case Const.StrConst s -> {
                requireColumns(in, List.of(s.value()), g.origin());
                Optional<List<ColumnStats>> schema = in.schema().map(cols -> List.of(SchemaRules.find(cols, s.value())));
                yield new NodeMetadata(OutputKind.COLUMN, schema, in.rows(), split, cost(in.rows(), r -> CostModel.view(r, 1)));
            }
            case Const.ListConst l when ColumnSelector.fromConst(l) != null -> {
                // .skb.select / .skb.drop with a selector: resolved against the known schema as the runtime would.
                ColumnSelector selector = ColumnSelector.fromConst(l);
                Optional<List<String>> names = in.schema().flatMap(cols -> resolved(selector, cols, g.origin()));
                yield new NodeMetadata(OutputKind.FRAME, names.map(n -> SchemaRules.select(in.schema().get(), n)), in.rows(),
                        split, names.isEmpty() ? OptionalDouble.empty() : cost(in.rows(), r -> CostModel.view(r, names.get().size())));
            }
            case Const.ListConst l when l.asStrings() != null -> {
                List<String> names = l.asStrings();
                requireColumns(in, names, g.origin());
                yield new NodeMetadata(OutputKind.FRAME, in.schema().map(cols -> SchemaRules.select(cols, names)), in.rows(),
                        split, cost(in.rows(), r -> CostModel.view(r, names.size())));
            }
            default -> NodeMetadata.unknown(OutputKind.of(g), split);
        };
    }

    private NodeMetadata drop(Drop d, boolean split) {
        NodeMetadata in = of(d.input());
        if (in.kind() != OutputKind.FRAME) {
            return NodeMetadata.unknown(OutputKind.FRAME, split);
        }
        requireColumns(in, d.columns(), d.origin());
        Optional<List<ColumnStats>> schema = in.schema().map(cols -> SchemaRules.drop(cols, d.columns()));
        return new NodeMetadata(OutputKind.FRAME, schema, in.rows(), split,
                schema.isEmpty() ? OptionalDouble.empty() : cost(in.rows(), r -> CostModel.view(r, schema.get().size())));
    }

    private NodeMetadata assign(Assign a, boolean split) {
        NodeMetadata in = of(a.input());
        Optional<List<ColumnStats>> schema = in.kind() == OutputKind.FRAME ? in.schema() : Optional.empty();
        for (int i = 0; i < a.names().size() && schema.isPresent(); i++) {
            ColumnStats column = valueColumn(a.values().get(i), a.names().get(i));
            List<ColumnStats> current = schema.get();
            schema = column == null ? Optional.empty() : Optional.of(SchemaRules.assign(current, column));
        }
        Optional<List<ColumnStats>> out = schema;
        return new NodeMetadata(OutputKind.FRAME, out, in.rows(), split,
                out.isEmpty() ? OptionalDouble.empty() : cost(in.rows(), r -> CostModel.view(r, out.get().size())));
    }

    /** The column {@code value} makes when assigned as {@code name}, or null when its kind is not known. */
    private ColumnStats valueColumn(LogicalNode value, String name) {
        NodeMetadata m = of(value);
        if (m.kind() == OutputKind.CONSTANT && value instanceof Value v) {
            ColumnType type = ColumnType.ofConstant(v.value());
            return type == ColumnType.UNKNOWN ? null
                    : new ColumnStats(name, type, OptionalLong.of(1), OptionalDouble.of(0.0), Optional.empty());
        }
        if (m.kind() == OutputKind.COLUMN) {
            return m.schema().isPresent() && m.schema().get().size() == 1 ? m.schema().get().getFirst().named(name)
                    : ColumnStats.of(name, ColumnType.UNKNOWN);
        }
        return null;
    }

    /** The type of an arithmetic operand: a column's type, a constant's, or unknown. */
    private ColumnType operandType(LogicalNode operand) {
        NodeMetadata m = of(operand);
        if (operand instanceof Value v) {
            return ColumnType.ofConstant(v.value());
        }
        if (m.kind() == OutputKind.COLUMN && m.schema().isPresent() && m.schema().get().size() == 1) {
            return m.schema().get().getFirst().type();
        }
        return ColumnType.UNKNOWN;
    }

    private NodeMetadata binOp(BinOp b, boolean split) {
        OutputKind kind = OutputKind.of(b);
        if (kind == OutputKind.FRAME) {
            // A frame combined column by column with a number or per-column values: its rows, column types left open.
            NodeMetadata frame = of(OutputKind.of(b.left()) == OutputKind.FRAME ? b.left() : b.right());
            return new NodeMetadata(kind, Optional.empty(), frame.rows(), split, OptionalDouble.empty());
        }
        if (kind != OutputKind.COLUMN) {
            return NodeMetadata.unknown(kind, split);
        }
        Const rightConstant = b.right() instanceof Value v ? v.value() : null;
        requireOperandTypes(b, operandType(b.left()), operandType(b.right()));
        ColumnType type = SchemaRules.arithmetic(b.op(), operandType(b.left()), operandType(b.right()), rightConstant);
        return column(b.left(), b.right(), type, split);
    }

    /**
     * pandas' TypeError of arithmetic between text and numbers, or of another operator than + between texts, where
     * both types are known (in the runtime's words, at the step's line); {@code *} and {@code %} are left to the run.
     */
    private void requireOperandTypes(BinOp b, ColumnType left, ColumnType right) {
        if (left != ColumnType.STR && right != ColumnType.STR) {
            return;
        }
        ColumnType other = left == ColumnType.STR ? right : left;
        if (other != ColumnType.STR && other != ColumnType.FLOAT64 && other != ColumnType.INT64 && other != ColumnType.BOOL) {
            return;
        }
        boolean refused = switch (b.op()) {
            case ADD -> other != ColumnType.STR;
            case SUB, TRUEDIV, FLOORDIV, POW -> true;
            default -> false;
        };
        if (refused) {
            LogicalNode column = b.left() instanceof Value ? b.right() : b.left();
            NodeMetadata m = of(column);
            String name = m.schema().filter(cols -> cols.size() == 1).map(cols -> cols.getFirst().name()).orElse(null);
            throw new io.stratum.ir.diagnostics.PandasError(b.origin(), "unsupported operand types for " + b.op().symbol()
                    + ": '" + pythonType(left) + "' and '" + pythonType(right) + "'" + (name == null ? "" : " (column '"
                    + name + "')") + "; only + joins two strings, other operators need numbers", null);
        }
    }

    private static String pythonType(ColumnType type) {
        return type == ColumnType.STR ? "str" : type == ColumnType.FLOAT64 ? "float"
                : type == ColumnType.INT64 ? "int" : "bool";
    }

    private NodeMetadata unaryOp(UnaryOp u, boolean split) {
        OutputKind kind = OutputKind.of(u);
        if (kind != OutputKind.COLUMN) {
            return NodeMetadata.unknown(kind, split);
        }
        return column(u.operand(), u.operand(), SchemaRules.unary(u.op(), operandType(u.operand())), split);
    }

    private NodeMetadata numeric(Numeric n, boolean split) {
        OutputKind kind = OutputKind.of(n);
        if (kind == OutputKind.FRAME && OutputKind.of(n.operand()) == OutputKind.FRAME) {
            // np.log1p(df): the function of every column, row for row.
            NodeMetadata in = of(n.operand());
            return new NodeMetadata(kind, in.schema().map(cols -> cols.stream().map(c -> ColumnStats.of(c.name(),
                    SchemaRules.function(n.function(), c.type()))).toList()), in.rows(), split, OptionalDouble.empty());
        }
        if (kind != OutputKind.COLUMN) {
            return NodeMetadata.unknown(kind, split);
        }
        return column(n.operand(), n.operand(), SchemaRules.function(n.function(), operandType(n.operand())), split);
    }

    /**
     * A per-value operation: the column (or the frame's touched columns) retyped as the element kernels type them; an
     * operation on a column of the wrong known type (say {@code .dt} on str) fails here, at its script line.
     */
    private NodeMetadata elementWise(ElementWise e, boolean split) {
        NodeMetadata in = of(e.input());
        OutputKind kind = OutputKind.of(e);
        if (in.schema().isEmpty() || (kind != OutputKind.COLUMN && kind != OutputKind.FRAME)) {
            return new NodeMetadata(kind, Optional.empty(), in.rows(), split, OptionalDouble.empty());
        }
        List<ColumnStats> schema = in.schema().get();
        boolean fill = e.op() instanceof ElementOp.FillNa;
        if (kind == OutputKind.FRAME && !fill) {
            requireColumns(in, e.columns(), e.origin());
        }
        List<ColumnStats> out = new ArrayList<>(schema.size());
        int touched = 0;
        for (ColumnStats c : schema) {
            // pandas' df.round(n) rounds the numeric columns and leaves the others (text, bools, dates) as they are
            boolean kept = kind == OutputKind.FRAME && e.columns().isEmpty() && e.op() instanceof ElementOp.Round
                    && c.type() != ColumnType.UNKNOWN && !c.type().isNumeric();
            if (!kept && (kind == OutputKind.COLUMN || e.columns().isEmpty() || e.columns().contains(c.name()))) {
                ElementTypes.check(e.op(), c, e.origin());
                out.add(ElementTypes.apply(e.op(), c));
                touched++;
            } else {
                out.add(c);
            }
        }
        int columns = touched;
        return new NodeMetadata(kind, Optional.of(out), in.rows(), split, cost(in.rows(), r -> CostModel.compute(r, columns)));
    }

    private NodeMetadata rename(Rename r, boolean split) {
        NodeMetadata in = of(r.input());
        if (in.kind() != OutputKind.FRAME || in.schema().isEmpty()) {
            return new NodeMetadata(OutputKind.FRAME, Optional.empty(), in.rows(), split, OptionalDouble.empty());
        }
        List<ColumnStats> out = new ArrayList<>();
        for (ColumnStats c : in.schema().get()) {
            out.add(c.named(r.renamed(c.name())));
        }
        return new NodeMetadata(OutputKind.FRAME, Optional.of(out), in.rows(), split, cost(in.rows(), rows -> CostModel.view(rows, out.size())));
    }

    /** Every column renamed with the affix: the input's columns under their new names. */
    private NodeMetadata affix(io.stratum.ir.logical.Affix a, boolean split) {
        NodeMetadata in = of(a.input());
        if (in.kind() != OutputKind.FRAME || in.schema().isEmpty()) {
            return new NodeMetadata(OutputKind.FRAME, Optional.empty(), in.rows(), split, OptionalDouble.empty());
        }
        List<ColumnStats> out = new ArrayList<>();
        for (ColumnStats c : in.schema().get()) {
            out.add(c.named(a.renamed(c.name())));
        }
        return new NodeMetadata(OutputKind.FRAME, Optional.of(out), in.rows(), split, cost(in.rows(), rows -> CostModel.view(rows, out.size())));
    }

    /** Rows with missing values removed: how many is known only when no checked column has any. */
    private NodeMetadata dropNa(DropNa d, boolean split) {
        NodeMetadata in = of(d.input());
        OutputKind kind = OutputKind.of(d);
        if (in.schema().isEmpty()) {
            return new NodeMetadata(kind, Optional.empty(), OptionalLong.empty(), split, OptionalDouble.empty());
        }
        if (kind == OutputKind.FRAME) {
            requireColumns(in, d.subset(), d.origin());
        }
        boolean noneMissing = true;
        List<ColumnStats> out = new ArrayList<>();
        for (ColumnStats c : in.schema().get()) {
            boolean checked = d.subset().isEmpty() || d.subset().contains(c.name());
            noneMissing &= !checked || (c.nullFraction().isPresent() && c.nullFraction().getAsDouble() == 0.0);
            // Kept rows of a checked column have no missing value (for how="any"); distinct counts may shrink.
            out.add(checked && !d.all() ? new ColumnStats(c.name(), c.type(), OptionalLong.empty(), OptionalDouble.of(0.0),
                    Optional.empty()) : new ColumnStats(c.name(), c.type(), OptionalLong.empty(), c.nullFraction().isPresent()
                    && c.nullFraction().getAsDouble() == 0.0 ? c.nullFraction() : OptionalDouble.empty(), Optional.empty()));
        }
        if (noneMissing) {
            return new NodeMetadata(kind, in.schema(), in.rows(), split, cost(in.rows(), r -> CostModel.view(r, out.size())));
        }
        return new NodeMetadata(kind, Optional.of(out), OptionalLong.empty(), split,
                cost(in.rows(), r -> CostModel.compute(r, out.size())));
    }

    /** A computed column: named after its first column operand, as the runtime names it, with that one's rows. */
    private NodeMetadata column(LogicalNode left, LogicalNode right, ColumnType type, boolean split) {
        NodeMetadata l = of(left);
        NodeMetadata source = l.kind() == OutputKind.COLUMN ? l : of(right);
        Optional<List<ColumnStats>> schema = source.schema()
                .filter(cols -> cols.size() == 1)
                .map(cols -> List.of(ColumnStats.of(cols.getFirst().name(), type)));
        return new NodeMetadata(OutputKind.COLUMN, schema, source.rows(), split, cost(source.rows(), r -> CostModel.compute(r, 1)));
    }

    /** The split point: the value is cut into training and test rows per fold from here on. */
    private static NodeMetadata mark(NodeMetadata in) {
        OptionalDouble cost = in.schema().isEmpty() ? OptionalDouble.empty()
                : cost(in.rows(), r -> CostModel.splitRows(r, in.schema().get().size()));
        return new NodeMetadata(in.kind(), in.schema(), in.rows(), true, cost);
    }

    private NodeMetadata apply(Apply a, boolean split) {
        NodeMetadata in = of(a.input());
        List<String> cols = a.columnList();
        if (cols != null && in.kind() == OutputKind.FRAME) {
            requireColumns(in, cols, a.origin());
        }
        if (a.selector() != null) {
            Optional<List<String>> picked = in.kind() == OutputKind.FRAME
                    ? in.schema().flatMap(s -> resolved(a.selector(), s, a.origin())) : Optional.empty();
            if (picked.isEmpty()) {
                // Which columns are transformed is not known, so neither is any schema after this step.
                in = new NodeMetadata(in.kind(), Optional.empty(), in.rows(), in.splitDependent(), in.cost());
            } else {
                cols = picked.get();
            }
        }
        List<LogicalNode> estimators = new ArrayList<>();
        if (!estimatorsOf(a.estimator(), estimators)) {
            return NodeMetadata.unknown(OutputKind.FITTED_OUTPUT, split);
        }
        NodeMetadata common = null;
        double totalCost = 0;
        boolean costKnown = true;
        for (LogicalNode e : estimators) {
            // skrub skips a step whose estimator is None or "passthrough" (what optional(...) leaves out).
            NodeMetadata outcome = e instanceof Estimator est ? applyOne(a, est, in, cols, split)
                    : new NodeMetadata(in.kind(), in.schema(), in.rows(), split, OptionalDouble.of(0));
            costKnown &= outcome.cost().isPresent();
            totalCost += outcome.cost().orElse(0);
            common = common == null ? outcome : same(common, outcome, split);
        }
        // Each outcome of a choice of estimators is fitted by some candidate, so their costs add up.
        return new NodeMetadata(common.kind(), common.schema(), common.rows(), split,
                costKnown ? OptionalDouble.of(totalCost) : OptionalDouble.empty());
    }

    private NodeMetadata applyOne(Apply a, Estimator e, NodeMetadata in, List<String> cols, boolean split) {
        if (e.qualifiedName().equals("sklearn.decomposition.TruncatedSVD") && in.kind() == OutputKind.FRAME) {
            return truncatedSvdOfFrame(e, in, cols, split);
        }
        if (io.stratum.ir.catalog.TextEntries.MATRIX_TRANSFORMERS.contains(e.qualifiedName())) {
            return matrixOutput(a, e, in, split);
        }
        Optional<List<ColumnStats>> features = in.kind() != OutputKind.FRAME ? Optional.empty()
                : cols == null ? in.schema() : in.schema().map(s -> SchemaRules.select(s, cols));
        if (CostModel.isLearner(catalog, e.qualifiedName())) {
            ColumnType type = catalog.lookup(e.qualifiedName()).kind() == io.stratum.ir.catalog.EntryKind.REGRESSOR
                    ? ColumnType.FLOAT64 : ColumnType.UNKNOWN;
            java.util.OptionalInt width = features.isPresent() ? java.util.OptionalInt.of(features.get().size())
                    : cols == null ? estimatedWidth(a.input()) : java.util.OptionalInt.empty();
            OptionalDouble cost = width.isEmpty() ? OptionalDouble.empty()
                    : cost(in.rows(), r -> CostModel.learner(e.qualifiedName(), r, width.getAsInt()));
            NodeMetadata y = a.y() == null ? null : of(a.y());
            if (y != null && y.kind() == OutputKind.FRAME && y.schema().isPresent() && y.schema().get().size() == 1) {
                // skrub formats the answer to a one-column frame as the target as a frame of that column.
                return new NodeMetadata(OutputKind.FRAME, Optional.of(List.of(ColumnStats.of(
                        y.schema().get().getFirst().name(), type))), in.rows(), split, cost);
            }
            return new NodeMetadata(OutputKind.COLUMN, Optional.of(List.of(ColumnStats.of("prediction", type))),
                    in.rows(), split, cost);
        }
        if (features.isEmpty()) {
            return new NodeMetadata(in.kind() == OutputKind.FRAME ? OutputKind.FRAME : OutputKind.FITTED_OUTPUT,
                    Optional.empty(), in.rows(), split, OptionalDouble.empty());
        }
        Optional<List<ColumnStats>> produced = SchemaRules.transformed(e.qualifiedName(), e::constant, features.get());
        if (produced.isEmpty()) {
            // Transformers keep the rows; their columns are unknown here, only their number may be estimated.
            java.util.OptionalInt outputs = EstimatedWidth.of(e.qualifiedName(), e::constant, features.get());
            int inputCount = features.get().size();
            return new NodeMetadata(OutputKind.FRAME, Optional.empty(), in.rows(), split, outputs.isEmpty()
                    ? OptionalDouble.empty() : cost(in.rows(), r -> CostModel.transformer(r, inputCount, outputs.getAsInt())));
        }
        // skrub's apply with cols keeps the untouched columns in order and appends the transformer's output; a
        // single-column transformer's outputs take each column's place instead (ApplyToEachCol).
        List<ColumnStats> out;
        if (cols != null && io.stratum.ir.catalog.SingleColumnTransformers.contains(e.qualifiedName())) {
            out = new ArrayList<>();
            for (ColumnStats c : in.schema().get()) {
                if (!cols.contains(c.name())) {
                    out.add(c);
                    continue;
                }
                Optional<List<ColumnStats>> one = SchemaRules.transformed(e.qualifiedName(), e::constant, List.of(c));
                if (one.isEmpty()) {
                    return new NodeMetadata(OutputKind.FRAME, Optional.empty(), in.rows(), split, OptionalDouble.empty());
                }
                out.addAll(one.get());
            }
        } else {
            out = new ArrayList<>(cols == null ? List.of() : SchemaRules.drop(in.schema().get(), cols));
            out.addAll(produced.get());
        }
        int inputCount = features.get().size();
        int outputCount = produced.get().size();
        return new NodeMetadata(OutputKind.FRAME, Optional.of(out), in.rows(), split,
                cost(in.rows(), r -> CostModel.transformer(r, inputCount, outputCount)));
    }

    /**
     * A text vectorizer's, TfidfTransformer's or TruncatedSVD's output: a matrix without column names. What skrub
     * refuses, or Stratum does not run, is refused here at the step's line: a vectorizer given a frame (skrub wraps
     * it per frame and fails on its sparse output), {@code cols=} on a column, a matrix reader given a frame or a
     * column.
     */
    private static NodeMetadata matrixOutput(Apply a, Estimator e, NodeMetadata in, boolean split) {
        boolean vectorizer = io.stratum.ir.catalog.TextEntries.TEXT_VECTORIZERS.contains(e.qualifiedName());
        String name = e.simpleName();
        if (vectorizer && in.kind() == OutputKind.FRAME) {
            throw new StratumError(a.origin(), name + " was applied to a frame: skrub wraps it to transform the frame"
                    + " and fails, since " + name + ".fit_transform returned a result of type csr_matrix, but a pandas"
                    + " DataFrame was expected", "apply it to one column: X[\"text\"].skb.apply(" + name + "())");
        }
        if (vectorizer && in.kind() == OutputKind.COLUMN && !(a.cols() instanceof Const.NoneConst)) {
            throw new StratumError(a.origin(), ".skb.apply(" + name + "(), cols=...) on a column: skrub says `cols`"
                    + " must be `all()` (the default) when the input is not a DataFrame",
                    "leave out cols=; select the column instead: X[\"text\"].skb.apply(" + name + "())");
        }
        if (!vectorizer && in.kind() == OutputKind.FRAME) {
            // TruncatedSVD of a frame is a frame (applyOne); TfidfTransformer's sparse output fails in skrub's wrapper.
            throw new StratumError(a.origin(), name + " was applied to a frame: skrub wraps it to transform the frame"
                    + " and fails, since " + name + ".fit_transform returned a result of type csr_matrix, but a pandas"
                    + " DataFrame was expected", "apply it to a text vectorizer's counts: X[\"text\"].skb.apply("
                    + "CountVectorizer()).skb.apply(" + name + "())");
        }
        if (!vectorizer && in.kind() == OutputKind.COLUMN) {
            throw new StratumError(a.origin(), name + " applied to a column: scikit-learn needs a 2-d matrix"
                    + " (Expected 2D array, got 1D array instead)", "apply a text vectorizer to the column first:"
                    + " X[\"text\"].skb.apply(TfidfVectorizer()).skb.apply(" + name + "())");
        }
        return new NodeMetadata(OutputKind.MATRIX, Optional.empty(), in.rows(), split, OptionalDouble.empty());
    }

    /**
     * TruncatedSVD of a frame's columns, as skrub applies it (wrapped per frame): the untouched columns, then
     * {@code truncatedsvd0, ...} (float64), scikit-learn's output names.
     */
    private static NodeMetadata truncatedSvdOfFrame(Estimator e, NodeMetadata in, List<String> cols, boolean split) {
        if (in.schema().isEmpty() || !(e.constant("n_components") instanceof Const.IntConst k)) {
            return new NodeMetadata(OutputKind.FRAME, Optional.empty(), in.rows(), split, OptionalDouble.empty());
        }
        List<ColumnStats> out = new ArrayList<>(cols == null ? List.of() : SchemaRules.drop(in.schema().get(), cols));
        for (int c = 0; c < k.value(); c++) {
            out.add(ColumnStats.of("truncatedsvd" + c, ColumnType.FLOAT64));
        }
        return new NodeMetadata(OutputKind.FRAME, Optional.of(out), in.rows(), split, OptionalDouble.empty());
    }

    /**
     * The estimated number of columns of a frame whose schema is unknown because a transformer's output names are
     * (a TableVectorizer's, decided per fold): the columns it keeps plus {@link EstimatedWidth}'s count.
     */
    private java.util.OptionalInt estimatedWidth(LogicalNode frame) {
        if (!(frame instanceof Apply t) || !(t.estimator() instanceof Estimator e) || t.y() != null || t.selector() != null) {
            return java.util.OptionalInt.empty();
        }
        Optional<List<ColumnStats>> input = of(t.input()).schema();
        if (input.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        List<String> cols = t.columnList();
        List<ColumnStats> features = cols == null ? input.get() : SchemaRules.select(input.get(), cols);
        java.util.OptionalInt produced = EstimatedWidth.of(e.qualifiedName(), e::constant, features);
        int kept = cols == null ? 0 : SchemaRules.drop(input.get(), cols).size();
        return produced.isEmpty() ? produced : java.util.OptionalInt.of(kept + produced.getAsInt());
    }

    /**
     * Collects the estimators {@code node} may be (itself, or every outcome of a choice), a passthrough outcome as
     * its {@link Value}; false if some outcome is neither.
     */
    private static boolean estimatorsOf(LogicalNode node, List<LogicalNode> out) {
        return switch (node) {
            case Estimator e -> out.add(e);
            case Value v when v.value() instanceof Const.NoneConst || v.value().equals(Const.of("passthrough")) -> out.add(v);
            case Choice c -> {
                for (LogicalNode o : c.outcomes()) {
                    if (!estimatorsOf(o, out)) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    /** The columns {@code selector} picks, failing like a missing column when it names one the frame lacks. */
    private static Optional<List<String>> resolved(ColumnSelector selector, List<ColumnStats> schema, Origin origin) {
        if (selector instanceof ColumnSelector.Cols c) {
            requireColumns(new NodeMetadata(OutputKind.FRAME, Optional.of(schema), OptionalLong.empty(), false,
                    OptionalDouble.empty()), c.names(), origin);
        }
        return SchemaRules.resolve(selector, schema);
    }

    private NodeMetadata choice(Choice c, boolean split) {
        if (c.outcomes().isEmpty()) {
            // A continuous numeric range: a number, drawn by a randomized search.
            return new NodeMetadata(OutputKind.CONSTANT, Optional.empty(), OptionalLong.empty(), split, OptionalDouble.of(0));
        }
        NodeMetadata common = null;
        for (LogicalNode o : c.outcomes()) {
            NodeMetadata m = of(o);
            common = common == null ? m : same(common, m, split);
        }
        return new NodeMetadata(common.kind(), common.schema(), common.rows(), split, OptionalDouble.of(0));
    }

    /** What two alternatives have in common: each fact kept only where both agree. */
    private static NodeMetadata same(NodeMetadata a, NodeMetadata b, boolean split) {
        return new NodeMetadata(a.kind() == b.kind() ? a.kind() : OutputKind.UNKNOWN,
                a.schema().equals(b.schema()) ? a.schema() : Optional.empty(),
                a.rows().equals(b.rows()) ? a.rows() : OptionalLong.empty(), split, OptionalDouble.empty());
    }

    /** A frame with the input's columns and the given rows (filters, sorts, head and tail). */
    private NodeMetadata sameColumns(LogicalNode input, OptionalLong rows, boolean split, Origin origin) {
        NodeMetadata in = of(input);
        if (in.kind() != OutputKind.FRAME && in.kind() != OutputKind.COLUMN) {
            return NodeMetadata.unknown(OutputKind.FRAME, split);
        }
        // a column's rows picked, ordered or filtered are still that column (its dtype, for printing and FrameFacts)
        return new NodeMetadata(in.kind(), in.schema(), rows, split,
                in.schema().isEmpty() ? OptionalDouble.empty() : cost(in.rows(), r -> CostModel.compute(r, in.schema().get().size())));
    }

    /**
     * pandas' merge columns: the left ones, then the right ones but the shared keys, overlapping names suffixed. A
     * column of the side that may lack a match (right for left joins, left for right joins, both for outer) may turn
     * from int64 to float64 depending on the data, so its type is unknown. Rows are not estimated. A semi or anti
     * join (from {@code isin} masks) has the left frame's columns.
     */
    private NodeMetadata join(Join j, boolean split) {
        NodeMetadata l = of(j.left());
        NodeMetadata r = of(j.right());
        requireColumns(l, j.leftOn(), j.origin());
        requireColumns(r, j.rightOn(), j.origin());
        if (j.how().equals("semi") || j.how().equals("anti")) {
            // The left rows whose key is (not) among the right keys: the left columns, at most the left rows.
            OptionalDouble cost = l.rows().isPresent() && r.rows().isPresent() && l.schema().isPresent()
                    ? OptionalDouble.of(CostModel.compute(l.rows().getAsLong() + r.rows().getAsLong(), l.schema().get().size()))
                    : OptionalDouble.empty();
            return new NodeMetadata(OutputKind.FRAME, l.schema(), OptionalLong.empty(), split, cost);
        }
        if (l.schema().isEmpty() || r.schema().isEmpty()) {
            return NodeMetadata.unknown(OutputKind.FRAME, split);
        }
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (int i = 0; i < j.leftOn().size(); i++) {
            if (j.leftOn().get(i).equals(j.rightOn().get(i))) {
                shared.add(j.leftOn().get(i));
            }
        }
        List<String> leftNames = l.columnNames().get();
        List<String> rightNames = r.columnNames().get();
        boolean leftMayMiss = j.how().equals("right") || j.how().equals("outer");
        boolean rightMayMiss = j.how().equals("left") || j.how().equals("outer");
        List<ColumnStats> out = new java.util.ArrayList<>();
        for (ColumnStats c : l.schema().get()) {
            String name = c.name();
            if (shared.contains(name)) {
                ColumnStats other = SchemaRules.find(r.schema().get(), name);
                out.add(ColumnStats.of(name, c.type() == other.type() ? c.type() : ColumnType.UNKNOWN));
                continue;
            }
            if (rightNames.contains(name) && !shared.contains(name)) {
                name = j.leftSuffix() == null ? name : name + j.leftSuffix();
            }
            out.add(ColumnStats.of(name, leftMayMiss && c.type() != ColumnType.FLOAT64 && c.type() != ColumnType.FLOAT32
                    && c.type() != ColumnType.STR ? ColumnType.UNKNOWN : c.type()));
        }
        for (ColumnStats c : r.schema().get()) {
            String name = c.name();
            if (shared.contains(name)) {
                continue;
            }
            if (leftNames.contains(name) && !shared.contains(name)) {
                name = j.rightSuffix() == null ? name : name + j.rightSuffix();
            }
            out.add(ColumnStats.of(name, rightMayMiss && c.type() != ColumnType.FLOAT64 && c.type() != ColumnType.FLOAT32
                    && c.type() != ColumnType.STR ? ColumnType.UNKNOWN : c.type()));
        }
        OptionalDouble cost = l.rows().isPresent() && r.rows().isPresent()
                ? OptionalDouble.of(CostModel.compute(l.rows().getAsLong() + r.rows().getAsLong(), out.size()))
                : OptionalDouble.empty();
        return new NodeMetadata(OutputKind.FRAME, Optional.of(out), OptionalLong.empty(), split, cost);
    }

    /** The keys, then one column per aggregation with pandas' result type; one row per distinct key when known. */
    private NodeMetadata aggregate(Aggregate a, boolean split) {
        NodeMetadata in = of(a.input());
        requireColumns(in, a.keys(), a.origin());
        for (AggregateSpec spec : a.aggregations()) {
            if (spec.column() != null && !spec.column().equals(AggregateSpec.ALL_COLUMNS)) {
                requireColumns(in, List.of(spec.column()), a.origin());
            }
        }
        if (in.schema().isEmpty()) {
            return NodeMetadata.unknown(OutputKind.FRAME, split);
        }
        List<ColumnStats> cols = in.schema().get();
        List<ColumnStats> out = new java.util.ArrayList<>();
        if (!a.keysAsIndex()) {
            for (String k : a.keys()) {
                ColumnStats c = SchemaRules.find(cols, k);
                out.add(new ColumnStats(k, c.type(), c.distinct(), OptionalDouble.of(0.0), Optional.empty()));
            }
        }
        for (AggregateSpec spec : a.aggregations()) {
            if (AggregateSpec.ALL_COLUMNS.equals(spec.column())) {
                for (ColumnStats c : cols) {
                    if (!a.keys().contains(c.name())) {
                        out.add(ColumnStats.of(c.name(), aggregateType(spec.function(), c.type())));
                    }
                }
            } else {
                ColumnType input = spec.column() == null ? ColumnType.INT64 : SchemaRules.find(cols, spec.column()).type();
                out.add(ColumnStats.of(spec.output(), aggregateType(spec.function(), input)));
            }
        }
        OptionalLong rows = a.keys().size() == 1 ? SchemaRules.find(cols, a.keys().getFirst()).distinct() : OptionalLong.empty();
        return new NodeMetadata(OutputKind.FRAME, Optional.of(out), rows, split,
                cost(in.rows(), r -> CostModel.compute(r, a.aggregations().size() + a.keys().size())));
    }

    /**
     * {@code groupby(keys)[cols].transform(f)}: the input's rows, one column per transformed column (or the group
     * sizes) with the aggregation's type — except that a row whose key is missing gets a missing value under pandas'
     * {@code dropna=True}, turning int64 into float64 and bool into object: where a key may be missing, such columns'
     * type depends on the data.
     */
    private NodeMetadata groupTransform(io.stratum.ir.logical.GroupTransform t, boolean split) {
        NodeMetadata in = of(t.input());
        requireColumns(in, t.keys(), t.origin());
        if (t.columns() != null) {
            requireColumns(in, t.columns(), t.origin());
        }
        OutputKind kind = OutputKind.of(t);
        if (in.schema().isEmpty() || in.kind() != OutputKind.FRAME) {
            return NodeMetadata.unknown(kind, split);
        }
        List<ColumnStats> cols = in.schema().get();
        boolean keyMayMiss = false;
        for (String k : t.keys()) {
            ColumnStats c = SchemaRules.find(cols, k);
            keyMayMiss |= c.type() != ColumnType.INT64 && c.type() != ColumnType.BOOL
                    && !(c.nullFraction().isPresent() && c.nullFraction().getAsDouble() == 0);
        }
        boolean rowsMayMiss = t.dropna() && keyMayMiss;
        List<ColumnStats> out = new ArrayList<>();
        if (t.function().equals("size")) {
            String name = t.series() ? t.columns().getFirst() : "size";
            out.add(ColumnStats.of(name, rowsMayMiss ? ColumnType.UNKNOWN : ColumnType.INT64));
        } else {
            for (ColumnStats c : cols) {
                boolean selected = t.columns() == null ? !t.keys().contains(c.name()) : t.columns().contains(c.name());
                if (selected) {
                    ColumnType type = aggregateType(t.function(), c.type());
                    boolean widened = type == ColumnType.INT64 || type == ColumnType.BOOL;
                    out.add(ColumnStats.of(c.name(), rowsMayMiss && widened ? ColumnType.UNKNOWN : type));
                }
            }
            if (t.columns() != null) {
                // pandas' order is the selection's.
                List<ColumnStats> ordered = new ArrayList<>();
                for (String name : t.columns()) {
                    ordered.add(SchemaRules.find(out, name));
                }
                out = ordered;
            }
        }
        int width = out.size() + t.keys().size();
        return new NodeMetadata(kind, Optional.of(out), in.rows(), split, cost(in.rows(), r -> CostModel.compute(r, width)));
    }

    /**
     * {@code shift(periods)}/{@code diff(periods)}: the input's rows, each column typed as pandas types the result. A
     * shift by a non-zero count brings missing values in, so int64 becomes float64 (a bool column, which pandas makes
     * object, is refused); a diff is float64 of numbers only.
     */
    private NodeMetadata shift(io.stratum.ir.logical.Shift s, boolean split) {
        NodeMetadata in = of(s.input());
        OutputKind kind = OutputKind.of(s);
        if (s.grouping().grouped()) {
            requireGrouping(in, s.grouping(), s.origin());
        }
        if (in.schema().isEmpty() || (kind != OutputKind.COLUMN && kind != OutputKind.FRAME)) {
            return NodeMetadata.unknown(kind, split);
        }
        boolean rowsMayMiss = WindowTypes.rowsMayMiss(in.schema().get(), s.grouping());
        List<ColumnStats> out = new ArrayList<>();
        for (ColumnStats c : WindowTypes.selected(in.schema().get(), s.grouping())) {
            ColumnStats shifted = ShiftTypes.shifted(c, s);
            // shift(0) of a group-by: a row in no group is still missing.
            out.add(rowsMayMiss && shifted.type() == ColumnType.INT64 ? ColumnStats.of(c.name(), ColumnType.UNKNOWN) : shifted);
        }
        int width = out.size();
        return new NodeMetadata(kind, Optional.of(out), in.rows(), split, cost(in.rows(), r -> CostModel.compute(r, width)));
    }

    /**
     * A cumulative, expanding or rolling method ({@link io.stratum.ir.logical.Window}): the input's rows, each
     * computed column typed as pandas types it ({@link WindowTypes}); a group-by's {@code cumcount()} is one int64
     * column (float64 when a row may be in no group).
     */
    private NodeMetadata window(io.stratum.ir.logical.Window w, boolean split) {
        NodeMetadata in = of(w.input());
        OutputKind kind = OutputKind.of(w);
        if (w.grouping().grouped()) {
            requireGrouping(in, w.grouping(), w.origin());
        }
        if (in.schema().isEmpty() || (kind != OutputKind.COLUMN && kind != OutputKind.FRAME)) {
            return NodeMetadata.unknown(kind, split);
        }
        boolean rowsMayMiss = WindowTypes.rowsMayMiss(in.schema().get(), w.grouping());
        List<ColumnStats> out = new ArrayList<>();
        if (w.function() == io.stratum.ir.logical.Window.Function.COUNT
                && w.frame().kind() == io.stratum.ir.logical.Window.Kind.CUMULATIVE) {
            out.add(ColumnStats.of("cumcount", rowsMayMiss ? ColumnType.UNKNOWN : ColumnType.INT64));
        } else {
            for (ColumnStats c : WindowTypes.selected(in.schema().get(), w.grouping())) {
                out.add(WindowTypes.windowed(c, w, rowsMayMiss));
            }
        }
        int width = out.size();
        return new NodeMetadata(kind, Optional.of(out), in.rows(), split, cost(in.rows(), r -> CostModel.compute(r, 2 * width)));
    }

    /** A group-by's row method reads a frame holding its keys and selected columns. */
    private static void requireGrouping(NodeMetadata in, io.stratum.ir.logical.Grouping g, Origin origin) {
        requireColumns(in, g.keys(), origin);
        if (g.columns() != null) {
            requireColumns(in, g.columns(), origin);
        }
    }

    private static ColumnType aggregateType(String function, ColumnType input) {
        return switch (function) {
            case "mean", "median", "std", "var" -> ColumnType.FLOAT64;
            case "count", "size", "nunique" -> ColumnType.INT64;
            case "sum" -> input == ColumnType.BOOL ? ColumnType.INT64 : input;
            default -> input;
        };
    }

    private static OptionalDouble cost(OptionalLong rows, java.util.function.LongToDoubleFunction f) {
        return rows.isPresent() ? OptionalDouble.of(f.applyAsDouble(rows.getAsLong())) : OptionalDouble.empty();
    }

    /** Fails when {@code frame}'s schema is known and lacks one of {@code names}. */
    private static void requireColumns(NodeMetadata frame, List<String> names, Origin origin) {
        if (frame.columnNames().isEmpty()) {
            return;
        }
        List<String> present = frame.columnNames().get();
        for (String name : names) {
            if (!present.contains(name)) {
                List<String> near = NearestNames.nearest(name, present, 3);
                String hint = near.isEmpty() ? "check the spelling; names are case-sensitive"
                        : "check the spelling (did you mean '" + String.join("' or '", near) + "'?); names are case-sensitive";
                throw new io.stratum.ir.diagnostics.PandasError(origin, "no column '" + name + "'; the columns are: "
                        + String.join(", ", NearestNames.byCloseness(name, present)), hint);
            }
        }
    }
}
