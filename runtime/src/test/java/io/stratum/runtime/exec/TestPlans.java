package io.stratum.runtime.exec;

import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.ParamSpec;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.AssignColumns;
import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.ColumnExpr;
import io.stratum.ir.physical.DropColumns;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.PhysicalOp;
import io.stratum.ir.physical.ScanCsv;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.physical.SelectColumn;
import io.stratum.ir.physical.SplitRows;
import io.stratum.ir.value.Const;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds physical plans by hand for executor and search tests, the way the optimizer would lower them:
 * estimator specs carry every catalog parameter with scikit-learn's defaults, and origins point at lines of the
 * script the plan stands for, so error tests can check where an error is attributed.
 */
public final class TestPlans {
    /** The script the hand-built plans pretend to come from. */
    public static final String SCRIPT = "examples/quickstart.py";

    private TestPlans() {
    }

    /** A position on {@code line} of {@link #SCRIPT}. */
    public static Origin line(int line) {
        return new Origin(SCRIPT, line, 1);
    }

    /** The repository root (surefire sets {@code stratum.repo.root}; otherwise the module's parent). */
    public static Path repoRoot() {
        String root = System.getProperty("stratum.repo.root");
        Path p = root != null ? Path.of(root) : Path.of("..");
        if (!Files.isDirectory(p.resolve("examples"))) {
            p = Path.of("..");
        }
        return p.toAbsolutePath().normalize();
    }

    public static Path seattleWeather() {
        return repoRoot().resolve("examples/data/seattle-weather.csv");
    }

    /**
     * An estimator as the binder resolves it: every parameter of the catalog entry in signature order, the
     * defaults except for {@code explicit} (key, value pairs), which are marked as written by the script.
     */
    public static EstimatorSpec estimator(String qualifiedName, Object... explicit) {
        ApiEntry entry = StandardCatalog.get().lookup(qualifiedName);
        if (entry == null) {
            throw new IllegalArgumentException("not in the catalog: " + qualifiedName);
        }
        Map<String, Const> given = new LinkedHashMap<>();
        for (int i = 0; i < explicit.length; i += 2) {
            String name = (String) explicit[i];
            if (entry.param(name) == null) {
                throw new IllegalArgumentException(qualifiedName + " has no parameter " + name);
            }
            given.put(name, constant(explicit[i + 1]));
        }
        List<String> names = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        List<Boolean> written = new ArrayList<>();
        for (ParamSpec p : entry.params()) {
            names.add(p.name());
            values.add(given.getOrDefault(p.name(), p.defaultValue()));
            written.add(given.containsKey(p.name()));
        }
        return new EstimatorSpec(qualifiedName, names, values, written);
    }

    private static Const constant(Object v) {
        return switch (v) {
            case String s -> Const.of(s);
            case Double d -> Const.of(d);
            case Integer i -> Const.of((long) i);
            case Long l -> Const.of(l);
            case Boolean b -> Const.of(b);
            case Const c -> c;
            default -> throw new IllegalArgumentException("no constant for " + v);
        };
    }

    public static EstimatorSpec oneHot() {
        return estimator("sklearn.preprocessing.OneHotEncoder", "handle_unknown", "ignore", "sparse_output", false);
    }

    public static EstimatorSpec scaler() {
        return estimator("sklearn.preprocessing.StandardScaler");
    }

    public static EstimatorSpec ridge(double alpha) {
        return estimator("sklearn.linear_model.Ridge", "alpha", alpha);
    }

    public static EstimatorSpec linearRegression() {
        return estimator("sklearn.linear_model.LinearRegression");
    }

    /**
     * The operators of the quick start up to the features, shared by every candidate: {@code scan} is read once,
     * {@code encoder} and {@code scaler} are fitted per fold.
     */
    public record Quickstart(ScanCsv scan, DropColumns dropped, SplitRows x, SplitRows y, AssignColumns assigned,
                             FitTransform encoder, FitTransform scaler) {

        /** Ridge on the features, one candidate per alpha, then (when asked) LinearRegression. */
        public SearchPlan search(List<Double> alphas, boolean withLinearRegression, int folds, String scoring) {
            List<Candidate> candidates = new ArrayList<>();
            for (double alpha : alphas) {
                FitPredict ridge = new FitPredict(scaler, y, ridge(alpha), "ridge_cholesky", line(19));
                candidates.add(new Candidate(candidates.size(), List.of(Const.of("ridge"), Const.of(alpha)), ridge, y));
            }
            if (withLinearRegression) {
                FitPredict ols = new FitPredict(scaler, y, linearRegression(), "lstsq_svd", line(19));
                List<Const> outcomes = new ArrayList<>();
                outcomes.add(Const.of("ols"));
                outcomes.add(null);
                candidates.add(new Candidate(candidates.size(), outcomes, ols, y));
            }
            return new SearchPlan(List.of("model", "alpha"), candidates, folds, scoring);
        }

        /** The quick start itself: Ridge with alpha in [0.1, 1.0, 10.0], KFold(5), r2. */
        public SearchPlan search() {
            List<Candidate> candidates = new ArrayList<>();
            for (double alpha : List.of(0.1, 1.0, 10.0)) {
                FitPredict ridge = new FitPredict(scaler, y, ridge(alpha), "ridge_cholesky", line(19));
                candidates.add(new Candidate(candidates.size(), List.of(Const.of(alpha)), ridge, y));
            }
            return new SearchPlan(List.of("alpha"), candidates, 5, "r2");
        }
    }

    /** The quick start's plan reading {@code csv} (the Seattle weather columns). */
    public static Quickstart quickstart(Path csv) {
        ScanCsv scan = new ScanCsv(csv.toString(), "examples/data/seattle-weather.csv", line(10));
        SplitRows y = new SplitRows(new SelectColumn(scan, "temp_max", line(12)), "y", line(12));
        DropColumns dropped = new DropColumns(scan, List.of("temp_max", "date"), line(13));
        SplitRows x = new SplitRows(dropped, "X", line(13));
        AssignColumns assigned = new AssignColumns(List.of(x), List.of("wet_wind"), List.of(new ColumnExpr.Binary(
                BinaryOperator.MUL, new ColumnExpr.InputColumn(0, "wind"), new ColumnExpr.InputColumn(0, "precipitation"))),
                line(15));
        FitTransform encoder = new FitTransform(assigned, oneHot(), List.of("weather"), "onehot_dense", line(16));
        FitTransform scaler = new FitTransform(encoder, scaler(), List.of("precipitation", "temp_min", "wind", "wet_wind"),
                "standard_scaler", line(17));
        return new Quickstart(scan, dropped, x, y, assigned, encoder, scaler);
    }

    /** A plan whose candidates all predict with {@code predictions} and are scored against {@code target}. */
    public static SearchPlan single(PhysicalOp predictions, PhysicalOp target, int folds) {
        return new SearchPlan(List.of(), List.of(new Candidate(0, List.of(), predictions, target)), folds, "r2");
    }
}
