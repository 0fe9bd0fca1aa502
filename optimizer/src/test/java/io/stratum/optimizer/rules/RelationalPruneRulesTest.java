package io.stratum.optimizer.rules;

import static io.stratum.optimizer.PlanBuilder.AT;
import static io.stratum.optimizer.PlanBuilder.EMPLOYEES_AND_DEPTS;
import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.bin;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.search;
import static io.stratum.optimizer.PlanBuilder.var;
import static io.stratum.optimizer.RuleTester.checkGolden;
import static io.stratum.optimizer.RuleTester.checkUnchanged;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.explain.ExplainWriter;
import io.stratum.ir.logical.Aggregate;
import io.stratum.ir.logical.AggregateSpec;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Filter;
import io.stratum.ir.logical.Join;
import io.stratum.ir.logical.Limit;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.ReadFile;
import io.stratum.ir.logical.SortValues;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.FileFormat;
import io.stratum.optimizer.RuleTester;
import io.stratum.optimizer.metadata.SourceProfile;
import io.stratum.optimizer.metadata.SourceStatistics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code prune_unread_columns} through joins, group-bys, filters, sorts and limits, and into Parquet/Feather/JSON reads. */
class RelationalPruneRulesTest {
    private static final LogicalNode DATA = var("data", csv("employees.csv"));
    private static final LogicalNode DEPTS = csv("depts.csv");

    private static LogicalNode pipeline(LogicalNode frame, String... features) {
        return search(apply(markX(cols(frame, features)), est("Ridge"), markY(col(frame, "salary"))), 5, "r2");
    }

    private static Join join(LogicalNode left, LogicalNode right, String how, String key, String ls, String rs) {
        return new Join(left, right, how, List.of(key), List.of(key), ls, rs, AT);
    }

    @Test
    void aLeftJoinReadsTheWantedColumnsOfEachSideAndTheKeys() {
        LogicalNode plan = pipeline(join(DATA, DEPTS, "left", "dept", "_x", "_y"), "rating", "budget");
        checkGolden(CoreRules.PRUNE_UNREAD_COLUMNS, EMPLOYEES_AND_DEPTS, plan, "prune_through_left_join");
    }

    @Test
    void aColumnBothSidesHaveKeepsItsPartnerSoTheSuffixesStay() {
        // data.merge(data, on="dept"): rating_x and salary_x are read from the left; the right must keep rating and
        // salary too, or the left ones would lose their suffix.
        LogicalNode joined = join(DATA, var("again", csv("employees.csv")), "inner", "dept", "_x", "_y");
        LogicalNode plan = search(apply(markX(cols(joined, "rating_x")), est("Ridge"), markY(col(joined, "salary_x"))), 5, "r2");
        checkGolden(CoreRules.PRUNE_UNREAD_COLUMNS, EMPLOYEES_AND_DEPTS, plan, "prune_through_self_join_suffixes");
    }

    @Test
    void groupByFilterSortAndHeadPassTheDemandDown() {
        LogicalNode filtered = new Filter(DATA, bin(BinaryOperator.GT, col(DATA, "year_first_hired"), num(2000L)), AT);
        LogicalNode sorted = new SortValues(filtered, List.of("rating"), List.of(true), AT);
        LogicalNode agg = new Aggregate(new Limit(sorted, true, 150, AT), List.of("dept"), List.of(
                new AggregateSpec("mean_rating", "rating", "mean"), new AggregateSpec("salary", "salary", "median"),
                new AggregateSpec("n", null, "size")), true, false, AT);
        LogicalNode plan = pipeline(agg, "mean_rating", "n");
        checkGolden(CoreRules.PRUNE_UNREAD_COLUMNS, EMPLOYEES_AND_DEPTS, plan, "prune_through_groupby_filter_sort");
    }

    @Test
    void anAggregationOfEveryColumnReadsTheWholeFrame() {
        LogicalNode agg = new Aggregate(DATA, List.of("dept"), List.of(new AggregateSpec(AggregateSpec.ALL_COLUMNS,
                AggregateSpec.ALL_COLUMNS, "max")), true, false, AT);
        LogicalNode plan = pipeline(agg, "rating");
        checkUnchanged(CoreRules.PRUNE_UNREAD_COLUMNS, EMPLOYEES_AND_DEPTS, plan, ExplainWriter.explain(plan));
    }

    @Test
    void withoutSchemasAJoinReadsBothSidesWhole() {
        LogicalNode plan = pipeline(join(DATA, DEPTS, "left", "dept", "_x", "_y"), "rating", "budget");
        checkUnchanged(CoreRules.PRUNE_UNREAD_COLUMNS, SourceStatistics.NONE, plan, ExplainWriter.explain(plan));
    }

    @Test
    void parquetFeatherAndJsonReadsArePrunedLikeCsv() {
        for (FileFormat format : FileFormat.values()) {
            ReadFile read = new ReadFile(format, "/data/employees." + format.name().toLowerCase(), "employees",
                    new Const.DictConst(List.of(), List.of()), null, AT);
            SourceStatistics stats = new SourceStatistics() {
                @Override
                public Optional<SourceProfile> profile(String path) {
                    return Optional.empty();
                }

                @Override
                public Optional<SourceProfile> profile(FileFormat f, String path) {
                    return f == format && path.equals(read.path()) ? EMPLOYEES_AND_DEPTS.profile("/data/employees.csv") : Optional.empty();
                }
            };
            LogicalNode plan = pipeline(var("data", read), "rating");
            String after = ExplainWriter.explain(RuleTester.run(CoreRules.PRUNE_UNREAD_COLUMNS, plan, stats).plan());
            assertTrue(after.contains("columns=['rating', 'salary']"), format + ": " + after);
            // A read with an option of the script's own is left whole.
            ReadFile withOption = new ReadFile(format, read.path(), "employees",
                    new Const.DictConst(List.of(Const.of("columns")), List.of(new Const.ListConst(List.of(Const.of("rating"),
                            Const.of("salary")), false))), null, AT);
            LogicalNode optioned = pipeline(var("data", withOption), "rating");
            checkUnchanged(CoreRules.PRUNE_UNREAD_COLUMNS, stats, optioned, ExplainWriter.explain(optioned));
        }
    }
}
