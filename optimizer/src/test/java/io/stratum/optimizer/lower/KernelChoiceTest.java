package io.stratum.optimizer.lower;

import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.numbers;
import static io.stratum.optimizer.PlanBuilder.search;
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.PlanBuilder.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.OneHotLayouts;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.RidgeSolvers;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.optimizer.Golden;
import io.stratum.optimizer.Optimizer;
import io.stratum.optimizer.OptimizerConfig;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.ColumnType;
import io.stratum.optimizer.metadata.SourceProfile;
import io.stratum.optimizer.metadata.SourceStatistics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lowering's kernel choices from metadata, recorded with their reasons: a Ridge's solver from the estimated
 * columns, rows and one-hot cardinalities of its features, and the one-hot encoder's layout. Each plan is shown
 * lowered with the statistics and without them (where the choice is left to each fold and the plan says so).
 */
class KernelChoiceTest {
    /** stores.csv: 5,000 rows; city has 120 categories, kind 4; x and the target are numbers. */
    private static final SourceStatistics STORES = path -> path.equals("/data/stores.csv")
            ? Optional.of(new SourceProfile(5000, List.of(
                    categorical("city", 120), categorical("kind", 4),
                    new ColumnStats("x", ColumnType.FLOAT64, OptionalLong.of(900), OptionalDouble.of(0.0), Optional.empty()),
                    new ColumnStats("sales", ColumnType.FLOAT64, OptionalLong.of(4000), OptionalDouble.of(0.0), Optional.empty()))))
            : Optional.empty();

    private static ColumnStats categorical(String name, int categories) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < categories; i++) {
            labels.add(String.format("%s%03d", name, i));
        }
        return new ColumnStats(name, ColumnType.STR, OptionalLong.of(categories), OptionalDouble.of(0.0), Optional.of(labels));
    }

    private static LogicalNode data() {
        return var("data", csv("stores.csv"));
    }

    private static LogicalNode x() {
        return markX(cols(data(), "city", "kind", "x"));
    }

    private static GridSearch ridgeOn(LogicalNode features, LogicalNode ridge) {
        return search(apply(features, ridge, markY(col(data(), "sales"))), 5, "r2");
    }

    private static LogicalNode ridge() {
        return est("Ridge", "alpha", numbers("alpha", 0.1, 10.0));
    }

    private static SearchPlan lower(GridSearch plan, SourceStatistics stats, boolean optimizerOn) {
        return new Optimizer(OptimizerConfig.DEFAULT.withEnabled(optimizerOn), stats).optimize(plan).searchPlan();
    }

    private static Set<String> kernels(SearchPlan plan, Class<? extends PhysicalOp> kind) {
        Set<String> out = new HashSet<>();
        for (Candidate c : plan.candidates()) {
            collect(c.predictions(), kind, out);
        }
        return out;
    }

    private static void collect(PhysicalOp op, Class<? extends PhysicalOp> kind, Set<String> out) {
        if (kind.isInstance(op)) {
            out.add(op instanceof FitPredict p ? p.kernel() : ((FitTransform) op).kernel());
        }
        for (PhysicalOp in : op.inputs()) {
            collect(in, kind, out);
        }
    }

    private static GridSearch logisticOn(LogicalNode features) {
        return search(apply(features, est("LogisticRegression"), markY(col(data(), "kind"))), 3, "accuracy");
    }

    @Test
    void logisticRegressionOnFloat32FeaturesFitsInFloat32() {
        String float32 = io.stratum.ir.physical.LogisticSolvers.LBFGS_FLOAT32;
        String float64 = io.stratum.ir.physical.LogisticSolvers.LBFGS;
        // skrub's TableVectorizer outputs float32 columns, whose names are known only per fold: the plan's shape says so
        LogicalNode vectorized = apply(x(), est("TableVectorizer"), null);
        for (SourceStatistics stats : List.of(STORES, SourceStatistics.NONE)) {
            for (boolean optimizerOn : new boolean[] {true, false}) {
                SearchPlan plan = lower(logisticOn(vectorized), stats, optimizerOn);
                assertEquals(Set.of(float32), kernels(plan, FitPredict.class), plan.explain());
                assertTrue(plan.explain().contains("why=every column of X is float32"), plan.explain());
            }
        }
        // a scaler keeps float32 float32, and so does a selection of its columns
        assertEquals(Set.of(float32), kernels(lower(logisticOn(apply(vectorized, est("StandardScaler"), null)), STORES,
                true), FitPredict.class));
        // numbers and one-hot indicators are float64
        LogicalNode encoded = apply(x(), est("OneHotEncoder"), null, "city", "kind");
        assertEquals(Set.of(float64), kernels(lower(logisticOn(encoded), STORES, true), FitPredict.class));
        // astype("float32") of every column, known from the schema; with a float64 column beside it numpy's common
        // type is float64
        LogicalNode numbers = cols(data(), "x", "sales");
        LogicalNode cast = io.stratum.optimizer.PlanBuilder.call(numbers, "astype",
                io.stratum.optimizer.PlanBuilder.pos(str("float32")));
        assertEquals(Set.of(float32), kernels(lower(logisticOn(markX(cast)), STORES, true), FitPredict.class));
        LogicalNode mixed = io.stratum.optimizer.PlanBuilder.call(numbers, "astype",
                io.stratum.optimizer.PlanBuilder.pos(Value.of(new Const.DictConst(List.of(Const.of("x")),
                        List.of(Const.of("float32"))))));
        assertEquals(Set.of(float64), kernels(lower(logisticOn(markX(mixed)), STORES, true), FitPredict.class));
    }

    @Test
    void highCardinalityOneHotBlockIsEliminatedAndTheReasonShown() {
        GridSearch plan = ridgeOn(apply(x(), est("OneHotEncoder"), null, "city", "kind"), ridge());
        SearchPlan with = lower(plan, STORES, true);
        SearchPlan without = lower(plan, SourceStatistics.NONE, true);
        Golden.assertMatches("kernel_choice_eliminate.txt", "== with source statistics\n" + with.explain()
                + "== without\n" + without.explain());
        assertEquals(Set.of(RidgeSolvers.ELIMINATE_INDICATORS), kernels(with, FitPredict.class));
        assertEquals(Set.of(RidgeSolvers.PER_FOLD), kernels(without, FitPredict.class));
        // The encoder writes a CSR block for the learner (density 2 / 124); unestimated, it stays dense.
        assertEquals(Set.of(OneHotLayouts.SPARSE), kernels(with, FitTransform.class));
        assertEquals(Set.of(OneHotLayouts.DENSE), kernels(without, FitTransform.class));
        assertTrue(with.explain().contains("CSR indicators for a learner reading this output: about 124 indicators for 2"
                + " columns (largest city, 120 categories), density 0.0161 < 0.1"), with.explain());
        // The optimizer off sees the same metadata, so it runs the same solver (and gives the same scores).
        assertEquals(kernels(with, FitPredict.class), kernels(lower(plan, STORES, false), FitPredict.class));
    }

    @Test
    void lowCardinalityOneHotKeepsTheCholesky() {
        GridSearch plan = ridgeOn(apply(cols(x(), "kind", "x"), est("OneHotEncoder"), null, "kind"), ridge());
        SearchPlan with = lower(plan, STORES, true);
        Golden.assertMatches("kernel_choice_cholesky.txt", with.explain());
        assertEquals(Set.of(RidgeSolvers.CHOLESKY), kernels(with, FitPredict.class));
        assertEquals(Set.of(OneHotLayouts.DENSE), kernels(with, FitTransform.class));
        assertTrue(with.explain().contains("dense indicator columns: about 4 indicators for 1 columns (largest kind,"
                + " 4 categories), density 0.250 >= 0.1"), with.explain());
    }

    @Test
    void explicitSparseOutputIsHonouredWhateverTheCardinality() {
        LogicalNode sparse = est("OneHotEncoder", "sparse_output", Value.of(Const.of(true)));
        GridSearch plan = ridgeOn(apply(cols(x(), "kind", "x"), sparse, null, "kind"), ridge());
        SearchPlan with = lower(plan, STORES, true);
        assertEquals(Set.of(OneHotLayouts.SPARSE), kernels(with, FitTransform.class));
        assertTrue(with.explain().contains("why=sparse_output=True in the script"), with.explain());
        // sparse_output=False (or the default) leaves the choice to the cardinality rule: the numbers are the same.
        LogicalNode dense = est("OneHotEncoder", "sparse_output", Value.of(Const.of(false)));
        GridSearch high = ridgeOn(apply(x(), dense, null, "city", "kind"), ridge());
        assertEquals(Set.of(OneHotLayouts.SPARSE), kernels(lower(high, STORES, true), FitTransform.class));
    }

    @Test
    void scaledIndicatorsAreNotSparseSoTheyAreNotEliminated() {
        LogicalNode encoded = apply(x(), est("OneHotEncoder"), null, "city", "kind");
        GridSearch plan = ridgeOn(apply(encoded, est("StandardScaler"), null), ridge());
        SearchPlan with = lower(plan, STORES, true);
        assertEquals(Set.of(RidgeSolvers.CHOLESKY), kernels(with, FitPredict.class));
        assertTrue(with.explain().contains("no one-hot indicators reach it"), with.explain());
    }

    @Test
    void indicatorsDroppedOrScaledByNameAreNotCounted() {
        // StandardScaler on most of city's indicators by name: the 20 left are too few to eliminate.
        LogicalNode encoded = apply(x(), est("OneHotEncoder"), null, "city", "kind");
        String[] scaled = new String[100];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = String.format("city_city%03d", i);
        }
        GridSearch plan = ridgeOn(apply(encoded, est("StandardScaler"), null, scaled), ridge());
        SearchPlan with = lower(plan, STORES, true);
        assertEquals(Set.of(RidgeSolvers.CHOLESKY), kernels(with, FitPredict.class));
        assertTrue(with.explain().contains("largest one-hot block city: 20 indicators"), with.explain());
    }

    @Test
    void moreColumnsThanRowsIsTheDualAndSvdIsKept() {
        SourceStatistics few = path -> STORES.profile(path).map(p -> new SourceProfile(100, p.columns()));
        GridSearch plan = ridgeOn(apply(x(), est("OneHotEncoder"), null, "city", "kind"), ridge());
        assertEquals(Set.of(RidgeSolvers.DUAL), kernels(lower(plan, few, true), FitPredict.class));
        GridSearch svd = ridgeOn(apply(x(), est("OneHotEncoder"), null, "city", "kind"), est("Ridge", "solver", str("svd")));
        assertEquals(Set.of(RidgeSolvers.SVD), kernels(lower(svd, STORES, true), FitPredict.class));
    }

    @Test
    void wideCsrFeaturesAreSolvedByTheConjugateGradient() {
        // Two columns of 3,000 categories over 100,000 rows: eliminating one block leaves a 3,001-unknown system, and
        // the Cholesky of the 6,001-column Gram costs 7.2e10 flops per alpha; the conjugate gradient over the CSR
        // block's 300,000 entries, about 5.5e8.
        SourceStatistics wide = path -> Optional.of(new SourceProfile(100_000, List.of(
                categorical("a", 3000), categorical("b", 3000),
                new ColumnStats("x", ColumnType.FLOAT64, OptionalLong.of(900), OptionalDouble.of(0.0), Optional.empty()),
                new ColumnStats("sales", ColumnType.FLOAT64, OptionalLong.of(4000), OptionalDouble.of(0.0), Optional.empty()))));
        LogicalNode features = apply(markX(cols(data(), "a", "b", "x")), est("OneHotEncoder"), null, "a", "b");
        SearchPlan with = lower(ridgeOn(features, ridge()), wide, true);
        assertEquals(Set.of(OneHotLayouts.SPARSE), kernels(with, FitTransform.class));
        assertEquals(Set.of(RidgeSolvers.SPARSE_CG), kernels(with, FitPredict.class), with.explain());
        assertTrue(with.explain().contains("why=estimated 6001 columns, 100000 rows, a CSR block of about 300000 stored"
                + " entries: scikit-learn's sparse_cg (its solver='auto' on sparse input) to tol=0.0001, about 5.51e+08"
                + " flops per alpha against 7.20e+10 for ridge_cholesky"), with.explain());
        // The same shape laid out densely (no CSR block): the factorization is kept, as scikit-learn's dense "auto".
        LogicalNode dense = apply(markX(cols(data(), "a", "b", "x")), est("OneHotEncoder"), null, "a", "b");
        GridSearch scaled = ridgeOn(apply(dense, est("StandardScaler"), null, "x"), ridge());
        assertEquals(Set.of(RidgeSolvers.CHOLESKY), kernels(lower(scaled, wide, true), FitPredict.class));
        // Narrow CSR features keep the exact factorizations (flights-like: one block eliminated).
        assertEquals(Set.of(RidgeSolvers.ELIMINATE_INDICATORS), kernels(lower(ridgeOn(apply(x(),
                est("OneHotEncoder"), null, "city", "kind"), ridge()), STORES, true), FitPredict.class));
        // An explicit solver='sparse_cg' is honoured whatever the shape.
        GridSearch cg = ridgeOn(apply(x(), est("OneHotEncoder"), null, "city", "kind"),
                est("Ridge", "solver", str("sparse_cg")));
        SearchPlan explicit = lower(cg, STORES, true);
        assertEquals(Set.of(RidgeSolvers.SPARSE_CG), kernels(explicit, FitPredict.class));
        assertTrue(explicit.explain().contains("why=solver='sparse_cg' in the script: conjugate gradient to tol=0.0001"),
                explicit.explain());
    }

    @Test
    void oneHotLayoutSaysWhenCategoriesAreUnknown() {
        GridSearch plan = ridgeOn(apply(x(), est("OneHotEncoder"), null, "city", "kind"), ridge());
        String text = lower(plan, SourceStatistics.NONE, true).explain();
        assertTrue(text.contains("kernel='onehot_dense', why=dense indicator columns; categories not estimated"), text);
        assertTrue(text.contains("features' columns not estimated: each fold's Gram statistics choose"), text);
    }
}
