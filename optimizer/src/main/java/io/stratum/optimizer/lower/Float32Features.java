package io.stratum.optimizer.lower;

import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Concat;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.DropDuplicates;
import io.stratum.ir.logical.DropNa;
import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.ElementWise;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.FreezeAfterFit;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.Limit;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.Rename;
import io.stratum.ir.logical.RowsByPosition;
import io.stratum.ir.logical.SortValues;
import io.stratum.ir.logical.Subsample;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.ColumnType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a learner's features reach scikit-learn as a float32 array: its {@code check_array(X, dtype=[float64,
 * float32])} keeps float32 only when every column of the frame is float32 (bool columns join them; with an int64 or
 * float64 column numpy's common type is float64), and its linear solvers then compute in float32
 * ({@link io.stratum.ir.physical.LogisticSolvers}). The plan's schema answers when it is known; it is not known after a
 * TableVectorizer (its columns are decided per fold), so the plan's shape answers too: skrub's TableVectorizer (without
 * {@code specific_transformers}, whose outputs keep their own dtypes) and its StringEncoder, MinHashEncoder and
 * DatetimeEncoder output float32 columns, scikit-learn's scalers and other numeric transformers keep float32 input
 * float32, and steps that only select, rename, reorder or filter keep the dtypes. Anything else counts as float64,
 * which is the runtime's own precision.
 *
 * <p>The runtime cannot answer instead: it holds float32 values in float64 columns, so the dtype is the plan's fact.
 */
final class Float32Features {
    /** skrub's encoders whose output columns are float32 whatever their input. */
    private static final Set<String> FLOAT32_OUTPUT = Set.of("skrub.TableVectorizer", "skrub.StringEncoder",
            "skrub.MinHashEncoder", "skrub.DatetimeEncoder");
    /** Transformers whose output is float32 when their input is (scikit-learn's {@code FLOAT_DTYPES} checks). */
    private static final Set<String> KEEP_FLOAT32 = Set.of("sklearn.preprocessing.StandardScaler",
            "sklearn.preprocessing.MinMaxScaler", "sklearn.preprocessing.MaxAbsScaler",
            "sklearn.preprocessing.RobustScaler", "sklearn.impute.SimpleImputer",
            "sklearn.preprocessing.PolynomialFeatures", "sklearn.preprocessing.SplineTransformer",
            "sklearn.preprocessing.KBinsDiscretizer", "sklearn.preprocessing.FunctionTransformer",
            "sklearn.decomposition.PCA", "sklearn.decomposition.TruncatedSVD", "skrub.SquashingScaler");

    private final Function<Choice, LogicalNode> chosen;
    private final Function<LogicalNode, EstimatorSpec> estimator;
    private final Function<LogicalNode, Optional<List<ColumnStats>>> schema;

    /**
     * @param chosen the outcome a candidate takes at a choice (null when it is not resolved)
     * @param estimator the estimator an estimator node resolves to for the candidate (null when it is not one)
     * @param schema the derived schema of a node, when known
     */
    Float32Features(Function<Choice, LogicalNode> chosen, Function<LogicalNode, EstimatorSpec> estimator,
                    Function<LogicalNode, Optional<List<ColumnStats>>> schema) {
        this.chosen = chosen;
        this.estimator = estimator;
        this.schema = schema;
    }

    /** Whether {@code node} is a frame of float32 columns for scikit-learn. */
    boolean float32(LogicalNode node) {
        return float32(node, null);
    }

    /** Whether the columns {@code cols} of {@code node} (null: all of them), a learner's X, are a float32 array. */
    boolean float32(LogicalNode node, List<String> cols) {
        // the metadata types an estimator's outputs float64 where skrub and scikit-learn give float32, so the plan's
        // shape is asked first
        if (structurally(node)) {
            return true;
        }
        Optional<List<ColumnStats>> known = schema.apply(node)
                .map(s -> cols == null ? s : s.stream().filter(c -> cols.contains(c.name())).toList());
        return known.isPresent() && known.get().stream().anyMatch(c -> c.type() == ColumnType.FLOAT32)
                && known.get().stream().allMatch(c -> c.type() == ColumnType.FLOAT32 || c.type() == ColumnType.BOOL);
    }

    private boolean structurally(LogicalNode node) {
        return switch (node) {
            case Choice c -> {
                LogicalNode outcome = chosen.apply(c);
                yield outcome != null && structurally(outcome);
            }
            case Apply a -> apply(a);
            case ElementWise e when e.op() instanceof ElementOp.Cast cast && cast.dtype().equals("float32")
                    && e.columns().isEmpty() -> true;
            case Concat c -> !c.frames().isEmpty() && c.frames().stream().allMatch(this::float32);
            case Drop d -> float32(d.input());
            case Rename r -> float32(r.input());
            case Filter f -> float32(f.input());
            case Limit l -> float32(l.input());
            case RowsByPosition r -> float32(r.input());
            case SortValues s -> float32(s.input());
            case DropDuplicates d -> float32(d.input());
            case DropNa d -> float32(d.input());
            case MarkX m -> float32(m.input());
            case Subsample s -> float32(s.input());
            case FreezeAfterFit f -> float32(f.input());
            case GetItem g -> float32(g.input());
            default -> false;
        };
    }

    private boolean apply(Apply a) {
        EstimatorSpec spec = estimator.apply(a.estimator());
        if (spec == null) {
            // a skipped step (None, "passthrough") leaves its input as it is
            return a.estimator() instanceof io.stratum.ir.logical.Value v && skipped(v.value()) && float32(a.input());
        }
        boolean all = a.columnList() == null && a.selector() == null;
        if (FLOAT32_OUTPUT.contains(spec.qualifiedName()) && !specificTransformers(spec)) {
            return all || float32(a.input());
        }
        return KEEP_FLOAT32.contains(spec.qualifiedName()) && float32(a.input());
    }

    private static boolean skipped(Const c) {
        return c instanceof Const.NoneConst || c.equals(Const.of("passthrough"));
    }

    private static boolean specificTransformers(EstimatorSpec spec) {
        return spec.names().contains("specific_transformers")
                && spec.param("specific_transformers") instanceof Const.ListConst l && !l.items().isEmpty();
    }
}
