package io.stratum.optimizer.metadata;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.EntryKind;
import io.stratum.ir.logical.Affix;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Concat;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.DropDuplicates;
import io.stratum.ir.logical.DropNa;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.FrameLiteral;
import io.stratum.ir.logical.FreezeAfterFit;
import io.stratum.ir.logical.GetAttr;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.Limit;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.Numeric;
import io.stratum.ir.logical.NumericFunction;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.ReadFile;
import io.stratum.ir.logical.Reduce;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.logical.SortValues;
import io.stratum.ir.logical.Subsample;
import io.stratum.ir.logical.TrainTestRows;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which values of a bound plan hold digits that depend on the machine numpy runs on, so that Stratum cannot give
 * numpy's: the results of {@code np.log}, {@code np.log1p}, {@code np.exp}, {@code np.expm1}, {@code np.sin} and
 * {@code np.cos} (numpy 2 computes them with its own SIMD routines on a CPU with AVX-512 and with the C library's
 * elsewhere, and both differ from Java's in the last bit of a few values in a hundred), the powers numpy computes with
 * its pow ({@code df["x"] ** 1.5}), and what is computed from them element by element. Rounding ({@code .round(n)}),
 * comparisons, casts to ints or bools and counts end it; so does a learner fed them as features (its predictions are held to scikit-learn's as its other numbers are), while a
 * regressor's predictions carry its target's. Per column of a frame where the plan says which column a step writes;
 * an operator this analysis does not follow carries every input's digits into all of its output.
 */
public final class MachineDependentDigits {
    /** A step whose result has machine-dependent digits: as the script wrote it ({@code np.log1p}) and where. */
    public record Step(String written, Origin origin) {
    }

    /** A written column with such digits ({@code column} null for a Series or a number) and the step that made them. */
    public record Found(String column, Step step) {
    }

    /** For a frame, its columns with such digits ({@code whole}: every column); for a column or a number, {@code whole}. */
    private record Digits(Step whole, Map<String, Step> columns) {
        static final Digits NONE = new Digits(null, Map.of());

        static Digits of(Step step) {
            return step == null ? NONE : new Digits(step, Map.of());
        }

        boolean none() {
            return whole == null && columns.isEmpty();
        }

        Step any() {
            return whole != null ? whole : columns.isEmpty() ? null : columns.values().iterator().next();
        }

        Digits column(String name) {
            return whole != null ? this : of(columns.get(name));
        }

        Digits collapsed() {
            return of(any());
        }

        Digits merged(Digits other) {
            if (none() || other.whole != null) {
                return other.none() ? this : other;
            }
            if (whole != null || other.none()) {
                return this;
            }
            Map<String, Step> union = new LinkedHashMap<>(columns);
            other.columns.forEach(union::putIfAbsent);
            return new Digits(null, union);
        }

        /** This frame's digits with {@code names} no longer holding them (or replaced). */
        Digits without(List<String> names) {
            if (whole != null || columns.isEmpty()) {
                return this;
            }
            Map<String, Step> rest = new LinkedHashMap<>(columns);
            names.forEach(rest::remove);
            return new Digits(null, rest);
        }
    }

    /** The numpy functions whose bits Stratum cannot promise (the same as the prediction steps'). */
    public static boolean machineDependent(NumericFunction f) {
        return switch (f) {
            case LOG, LOG1P, EXP, EXPM1, SIN, COS -> true;
            case SQRT, SQUARE, ABS, FABS -> false;
        };
    }

    private static final Set<String> COUNTS = Set.of("count", "nunique", "len", "any", "all");
    private static final Set<String> FACT_ATTRIBUTES = Set.of("columns", "dtypes", "shape", "index", "size", "ndim",
            "empty", "name");

    private final ApiCatalog catalog;
    /** The plan's column types, which tell an int64 power (exact) from a float one; null when not derived. */
    private final PlanMetadata metadata;
    private final Map<LogicalNode, Digits> memo = new IdentityHashMap<>();

    private MachineDependentDigits(ApiCatalog catalog, PlanMetadata metadata) {
        this.catalog = catalog;
        this.metadata = metadata;
    }

    /** As {@link #written(LogicalNode, List, ApiCatalog, SourceStatistics)} without statistics of the sources. */
    public static Found written(LogicalNode bound, List<String> written, ApiCatalog catalog) {
        return written(bound, written, catalog, SourceStatistics.NONE);
    }

    /**
     * The first of {@code written} (the columns a write or a print takes of {@code bound}'s value; null: all of them)
     * that holds machine-dependent digits, or null when none does. {@code sources} give the columns' types.
     */
    public static Found written(LogicalNode bound, List<String> written, ApiCatalog catalog, SourceStatistics sources) {
        PlanMetadata metadata;
        try {
            metadata = MetadataDerivation.derive(bound, sources, catalog);
        } catch (RuntimeException e) {
            // Without types every power but numpy's exact ones counts as a float pow: a refusal too many, never one
            // too few; running the plan reports what is wrong with it.
            metadata = null;
        }
        Digits d = new MachineDependentDigits(catalog, metadata).digits(bound);
        if (d.whole() != null) {
            return new Found(written != null && written.size() == 1 ? written.getFirst() : null, d.whole());
        }
        for (Map.Entry<String, Step> e : d.columns().entrySet()) {
            if (written == null || written.contains(e.getKey())) {
                return new Found(e.getKey(), e.getValue());
            }
        }
        return null;
    }

    private Digits digits(LogicalNode node) {
        Digits known = memo.get(node);
        if (known == null) {
            known = compute(node);
            memo.put(node, known);
        }
        return known;
    }

    private Digits compute(LogicalNode node) {
        return switch (node) {
            case Value v -> Digits.NONE;
            case ReadCsv r -> Digits.NONE;
            case ReadFile r -> Digits.NONE;
            case FrameLiteral f -> Digits.NONE;
            case Estimator e -> Digits.NONE;
            case Var v -> v.value() == null ? Digits.NONE : digits(v.value());
            case Numeric n -> machineDependent(n.function())
                    ? Digits.of(new Step("np." + n.function().numpyName(), n.origin())) : digits(n.operand());
            case ElementWise e -> ends(e.op()) ? (e.columns().isEmpty() ? Digits.NONE : digits(e.input()).without(e.columns()))
                    : digits(e.input());
            case BinOp b when b.op() == BinaryOperator.POW -> {
                Digits operands = digits(b.left()).merged(digits(b.right()));
                Step pow = inexactPower(b);
                yield pow == null ? operands : Digits.of(operands.none() ? pow : operands.any());
            }
            case BinOp b -> b.op().isArithmetic() || b.op() == BinaryOperator.FILLNA
                    ? digits(b.left()).merged(digits(b.right())) : Digits.NONE;
            case UnaryOp u -> u.op() == UnaryOperator.INVERT ? Digits.NONE : digits(u.operand());
            case GetItem g -> item(g);
            case GetAttr a -> FACT_ATTRIBUTES.contains(a.name()) ? Digits.NONE : digits(a.input());
            case Assign a -> {
                Digits out = digits(a.input()).without(a.names());
                for (int i = 0; i < a.names().size(); i++) {
                    Step step = digits(a.values().get(i)).any();
                    if (step != null && out.whole() == null) {
                        Map<String, Step> columns = new LinkedHashMap<>(out.columns());
                        columns.put(a.names().get(i), step);
                        out = new Digits(null, columns);
                    }
                }
                yield out;
            }
            case Drop d -> digits(d.input()).without(d.columns());
            case Rename r -> {
                Digits in = digits(r.input());
                if (in.whole() != null || in.columns().isEmpty()) {
                    yield in;
                }
                Map<String, Step> renamed = new LinkedHashMap<>();
                in.columns().forEach((name, step) -> {
                    int at = r.from().indexOf(name);
                    renamed.put(at < 0 ? name : r.to().get(at), step);
                });
                yield new Digits(null, renamed);
            }
            case Affix a -> digits(a.input()).collapsed();
            case Reduce r -> COUNTS.contains(r.function()) ? Digits.NONE : digits(r.input()).collapsed();
            case Apply a -> apply(a);
            case Concat c -> {
                Digits out = Digits.NONE;
                for (LogicalNode f : c.frames()) {
                    out = out.merged(digits(f));
                }
                yield out;
            }
            case Filter f -> digits(f.input());
            case Limit l -> digits(l.input());
            case SortValues s -> digits(s.input());
            case DropNa d -> digits(d.input());
            case DropDuplicates d -> digits(d.input());
            case RowsByPosition r -> digits(r.input());
            case Subsample s -> digits(s.input());
            case TrainTestRows t -> digits(t.input());
            case FreezeAfterFit f -> digits(f.input());
            case MarkX m -> digits(m.input());
            case MarkY m -> digits(m.input());
            default -> {
                // an operator not followed column by column: any input's digits may be anywhere in its output
                Digits out = Digits.NONE;
                for (LogicalNode in : node.inputs()) {
                    out = out.merged(digits(in).collapsed());
                }
                yield out;
            }
        };
    }

    /**
     * The power {@code b} as a step with machine-dependent digits, or null when numpy computes it exactly: a scalar
     * exponent of 2, -1, 0.5, 1 or 0 (numpy's square, reciprocal, square root, the value, one: correctly rounded), or
     * ints to a non-negative int (int64). Any other power of floats is numpy's pow, which on a CPU with AVX-512 is its
     * own SIMD routine and elsewhere the C library's; Java's Math.pow differs from numpy's on this machine in the last
     * bit of 4.5-5.5% of values (measured over exponents 1.5, 3, 4, -0.5, -2, 0.3, 2.5 and 1/3).
     */
    private Step inexactPower(BinOp b) {
        if (b.right() instanceof Value v && number(v.value()) instanceof Double e) {
            if (e == 2.0 || e == -1.0 || e == 0.5 || e == 1.0 || e == 0.0
                    || (!(v.value() instanceof Const.FloatConst) && e >= 0 && integers(b.left()))) {
                return null;
            }
            return new Step("** " + v.value().repr(), b.origin());
        }
        if (b.left() instanceof Value v && number(v.value()) != null) {
            return !(v.value() instanceof Const.FloatConst) && integers(b.right()) ? null
                    : new Step(v.value().repr() + " **", b.origin());
        }
        return integers(b.left()) && integers(b.right()) ? null : new Step("**", b.origin());
    }

    private static Double number(Const c) {
        return switch (c) {
            case Const.IntConst i -> (double) i.value();
            case Const.FloatConst f -> f.value();
            case Const.BoolConst t -> t.value() ? 1.0 : 0.0;
            default -> null;
        };
    }

    /** Whether {@code node} is an int (or bool) number or holds only int64 and bool columns, as far as the plan says. */
    private boolean integers(LogicalNode node) {
        if (node instanceof Value v) {
            return v.value() instanceof Const.IntConst || v.value() instanceof Const.BoolConst;
        }
        if (metadata == null) {
            return false;
        }
        List<ColumnStats> schema = metadata.find(node).flatMap(NodeMetadata::schema).orElse(List.of());
        return !schema.isEmpty() && schema.stream().allMatch(c -> c.type() == ColumnType.INT64 || c.type() == ColumnType.BOOL);
    }

    /** {@code df["c"]}, {@code df[["a", "b"]]}, or a row selection ({@code df[mask]}, {@code s[0]}). */
    private Digits item(GetItem g) {
        Digits in = digits(g.input());
        if (g.key() instanceof Value v && v.value() instanceof Const.StrConst name) {
            return in.column(name.value());
        }
        if (g.key() instanceof Value v && v.value() instanceof Const.ListConst names && in.whole() == null) {
            Map<String, Step> kept = new LinkedHashMap<>();
            for (Const c : names.items()) {
                if (c instanceof Const.StrConst name && in.columns().containsKey(name.value())) {
                    kept.put(name.value(), in.columns().get(name.value()));
                }
            }
            return new Digits(null, kept);
        }
        return in;
    }

    /**
     * {@code .skb.apply(estimator, ...)}: a learner's predictions carry a regressor's target's digits and not its
     * features'; {@code FunctionTransformer(np.log1p)} makes its own; another transformer may carry any input column's
     * into any output column.
     */
    private Digits apply(Apply a) {
        if (a.estimator() instanceof Estimator e) {
            ApiEntry entry = catalog.lookup(e.qualifiedName());
            if (entry != null && entry.kind() == EntryKind.REGRESSOR) {
                return a.y() == null ? Digits.NONE : digits(a.y()).collapsed();
            }
            if (entry != null && entry.kind() == EntryKind.CLASSIFIER) {
                return Digits.NONE;
            }
            for (Estimator.Param p : e.params()) {
                if (p.value() instanceof Value v && NumericFunction.fromConst(v.value()) instanceof NumericFunction f
                        && machineDependent(f)) {
                    return Digits.of(new Step(e.qualifiedName().substring(e.qualifiedName().lastIndexOf('.') + 1)
                            + "(np." + f.numpyName() + ")", e.origin()));
                }
            }
        }
        return digits(a.input()).collapsed();
    }

    /** Whether the operation's result no longer shows the last bits of its input: rounding, tests, casts to exact types. */
    private static boolean ends(ElementOp op) {
        return switch (op) {
            case ElementOp.Round r -> true;
            case ElementOp.IsNa n -> true;
            case ElementOp.IsIn i -> true;
            case ElementOp.Cast c -> !List.of("float", "float64", "str", "string", "object").contains(c.dtype());
            default -> false;
        };
    }
}
