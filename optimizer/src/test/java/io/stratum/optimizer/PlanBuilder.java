package io.stratum.optimizer;

import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.ParamSpec;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Arg;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.CallMethod;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.GetItem;
import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.ReadCsv;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.logical.Value;
import io.stratum.ir.logical.Var;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.ColumnType;
import io.stratum.optimizer.metadata.SourceProfile;
import io.stratum.optimizer.metadata.SourceStatistics;

/** Short constructors for logical plans in tests, building what the frontend would for the same script. */
public final class PlanBuilder {
    private PlanBuilder() {
    }

    public static final Origin AT = new Origin("script.py", 7, 5);

    /** Statistics of {@code csv("employees.csv")}: 200 rows, five columns. */
    public static final SourceStatistics EMPLOYEES = path -> path.equals("/data/employees.csv")
            ? Optional.of(new SourceProfile(200, List.of(
                    stats("dept", ColumnType.STR, 3, 0.0, List.of("hr", "it", "ops")),
                    stats("gender", ColumnType.STR, 2, 0.05, List.of("F", "M", "nan")),
                    stats("year_first_hired", ColumnType.INT64, 30, 0.0, null),
                    stats("rating", ColumnType.FLOAT64, 50, 0.1, null),
                    stats("salary", ColumnType.FLOAT64, 180, 0.0, null))))
            : Optional.empty();

    /** {@link #EMPLOYEES} and {@code csv("depts.csv")}: 5 rows of dept, budget, floor. */
    public static final SourceStatistics EMPLOYEES_AND_DEPTS = path -> path.equals("/data/depts.csv")
            ? Optional.of(new SourceProfile(5, List.of(
                    stats("dept", ColumnType.STR, 5, 0.0, null),
                    stats("budget", ColumnType.FLOAT64, 5, 0.0, null),
                    stats("floor", ColumnType.INT64, 3, 0.0, null))))
            : EMPLOYEES.profile(path);

    private static ColumnStats stats(String name, ColumnType type, long distinct, double nulls, List<String> categories) {
        return new ColumnStats(name, type, OptionalLong.of(distinct), OptionalDouble.of(nulls), Optional.ofNullable(categories));
    }

    public static Value str(String s) {
        return Value.of(Const.of(s));
    }

    public static Value num(long v) {
        return Value.of(Const.of(v));
    }

    public static Value num(double v) {
        return Value.of(Const.of(v));
    }

    public static Value strs(String... s) {
        return Value.of(Const.ofStrings(List.of(s)));
    }

    public static ReadCsv csv(String path) {
        return new ReadCsv("/data/" + path, path, new Const.DictConst(List.of(), List.of()), AT);
    }

    public static Var var(String name, LogicalNode value) {
        return new Var(name, value, AT);
    }

    public static Arg kw(String keyword, LogicalNode value) {
        return Arg.keyword(keyword, value);
    }

    public static Arg pos(LogicalNode value) {
        return Arg.positional(value);
    }

    public static CallMethod call(LogicalNode receiver, String method, Arg... args) {
        return new CallMethod(receiver, method, List.of(args), AT);
    }

    public static GetItem col(LogicalNode frame, String column) {
        return new GetItem(frame, str(column), AT);
    }

    public static GetItem cols(LogicalNode frame, String... columns) {
        return new GetItem(frame, strs(columns), AT);
    }

    public static BinOp bin(BinaryOperator op, LogicalNode left, LogicalNode right) {
        return new BinOp(op, left, right, AT);
    }

    public static UnaryOp unary(UnaryOperator op, LogicalNode operand) {
        return new UnaryOp(op, operand, AT);
    }

    public static MarkX markX(LogicalNode input) {
        return new MarkX(input, AT);
    }

    public static MarkY markY(LogicalNode input) {
        return new MarkY(input, AT);
    }

    /** An estimator with the catalog's defaults filled in, as the binder does; pairs of name and value node. */
    public static Estimator est(String simpleName, Object... nameValuePairs) {
        ApiEntry entry = null;
        for (ApiEntry e : StandardCatalog.get().entries()) {
            if (e.simpleName().equals(simpleName)) {
                entry = e;
            }
        }
        if (entry == null) {
            throw new IllegalArgumentException("no catalog entry " + simpleName);
        }
        Map<String, LogicalNode> given = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            given.put((String) nameValuePairs[i], (LogicalNode) nameValuePairs[i + 1]);
        }
        List<Estimator.Param> params = new ArrayList<>();
        for (ParamSpec p : entry.params()) {
            LogicalNode v = given.remove(p.name());
            params.add(v == null ? new Estimator.Param(p.name(), Value.of(p.defaultValue()), false)
                    : new Estimator.Param(p.name(), v, true));
        }
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown parameters " + given.keySet());
        }
        return new Estimator(entry.qualifiedName(), params, AT);
    }

    /** {@code choose_from} over a dict: pairs of label and outcome node. */
    public static Choice choice(String name, Object... labelOutcomePairs) {
        List<Const> labels = new ArrayList<>();
        List<LogicalNode> outcomes = new ArrayList<>();
        for (int i = 0; i < labelOutcomePairs.length; i += 2) {
            labels.add(Const.of((String) labelOutcomePairs[i]));
            outcomes.add((LogicalNode) labelOutcomePairs[i + 1]);
        }
        return new Choice(name, labels, outcomes, AT);
    }

    /** {@code choose_from} over a list of numbers: labels are the values themselves. */
    public static Choice numbers(String name, double... values) {
        List<Const> labels = new ArrayList<>();
        List<LogicalNode> outcomes = new ArrayList<>();
        for (double v : values) {
            labels.add(Const.of(v));
            outcomes.add(num(v));
        }
        return new Choice(name, labels, outcomes, AT);
    }

    public static Apply apply(LogicalNode x, LogicalNode estimator, LogicalNode y, String... columns) {
        Const cols = columns.length == 0 ? Const.none() : Const.ofStrings(List.of(columns));
        return new Apply(x, estimator, y, cols, AT);
    }

    public static GridSearch search(LogicalNode input, long cv, String scoring) {
        return new GridSearch(input, Const.of(cv), Const.of(scoring), false, AT);
    }
}
