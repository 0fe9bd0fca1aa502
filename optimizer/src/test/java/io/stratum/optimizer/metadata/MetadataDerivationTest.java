package io.stratum.optimizer.metadata;

import static io.stratum.optimizer.PlanBuilder.apply;
import static io.stratum.optimizer.PlanBuilder.bin;
import static io.stratum.optimizer.PlanBuilder.col;
import static io.stratum.optimizer.PlanBuilder.cols;
import static io.stratum.optimizer.PlanBuilder.choice;
import static io.stratum.optimizer.PlanBuilder.csv;
import static io.stratum.optimizer.PlanBuilder.est;
import static io.stratum.optimizer.PlanBuilder.markX;
import static io.stratum.optimizer.PlanBuilder.markY;
import static io.stratum.optimizer.PlanBuilder.num;
import static io.stratum.optimizer.PlanBuilder.numbers;
import static io.stratum.optimizer.PlanBuilder.search;
import static io.stratum.optimizer.PlanBuilder.str;
import static io.stratum.optimizer.PlanBuilder.strs;
import static io.stratum.optimizer.PlanBuilder.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Assign;
import io.stratum.ir.logical.BinOp;
import io.stratum.ir.logical.BinaryOperator;
import io.stratum.ir.logical.Drop;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.UnaryOp;
import io.stratum.ir.logical.UnaryOperator;
import io.stratum.ir.node.Origin;
import io.stratum.optimizer.Golden;
import io.stratum.optimizer.PlanBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Metadata derived for hand-built plans from fixed source statistics, and the compile-time missing-column error. */
class MetadataDerivationTest {
    private static final Origin DROP_AT = new Origin("script.py", 12, 9);

    /** employees.csv as the session would profile it: 200 rows, categories in the encoder's order. */
    static final SourceStatistics EMPLOYEES = io.stratum.optimizer.PlanBuilder.EMPLOYEES;

    static ColumnStats stats(String name, ColumnType type, long distinct, double nulls, List<String> categories) {
        return new ColumnStats(name, type, OptionalLong.of(distinct), OptionalDouble.of(nulls), Optional.ofNullable(categories));
    }

    private static PlanMetadata derive(LogicalNode plan, SourceStatistics sources) {
        return MetadataDerivation.derive(plan, sources, StandardCatalog.get());
    }

    /** The employees pipeline: drop, assign, one-hot on two columns, scaler, a choice of learners, a search. */
    static LogicalNode pipeline() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode x = markX(new Drop(data, List.of("salary"), PlanBuilder.AT));
        LogicalNode years = bin(BinaryOperator.SUB, num(2025), col(x, "year_first_hired"));
        LogicalNode assigned = new Assign(x, List.of("years"), List.of(years), PlanBuilder.AT);
        LogicalNode encoded = apply(assigned, est("OneHotEncoder", "drop", str("first")), null, "dept", "gender");
        LogicalNode scaled = apply(encoded, est("StandardScaler"), null, "years", "rating");
        LogicalNode model = choice("model", "ridge", est("Ridge", "alpha", numbers("alpha", 0.1, 1.0)),
                "ols", est("LinearRegression"));
        LogicalNode y = markY(col(data, "salary"));
        return search(apply(scaled, model, y), 5, "r2");
    }

    @Test
    void pipelineMetadataMatchesGoldenFile() {
        LogicalNode plan = pipeline();
        Golden.assertMatches("metadata_employees.txt", derive(plan, EMPLOYEES).explain(plan));
    }

    @Test
    void schemaFollowsDropAssignEncoderAndScaler() {
        LogicalNode plan = pipeline();
        PlanMetadata m = derive(plan, EMPLOYEES);
        LogicalNode learner = plan.inputs().getFirst();
        LogicalNode scaled = learner.inputs().getFirst();
        LogicalNode encoded = scaled.inputs().getFirst();
        LogicalNode assigned = encoded.inputs().getFirst();
        assertEquals(List.of("dept", "gender", "year_first_hired", "rating", "years"), m.of(assigned).columnNames().orElseThrow());
        // drop='first' drops each column's first category; the missing gender is a category of its own.
        assertEquals(List.of("year_first_hired", "rating", "years", "dept_it", "dept_ops", "gender_M", "gender_nan"),
                m.of(encoded).columnNames().orElseThrow());
        // The scaled columns move to the end, as skrub's apply with cols puts them, and become float64.
        assertEquals(List.of("year_first_hired", "dept_it", "dept_ops", "gender_M", "gender_nan", "years", "rating"),
                m.of(scaled).columnNames().orElseThrow());
        ColumnStats years = m.of(scaled).schema().orElseThrow().get(5);
        assertEquals(ColumnType.FLOAT64, years.type());
        ColumnStats yearsBefore = m.of(assigned).schema().orElseThrow().get(4);
        assertEquals(ColumnType.INT64, yearsBefore.type(), "2025 - int64 column stays int64");
        assertEquals(OptionalDouble.of(0.1), m.of(scaled).schema().orElseThrow().get(6).nullFraction(), "scaling keeps NaN");
        assertEquals(OptionalLong.of(50), m.of(scaled).schema().orElseThrow().get(6).distinct());
        for (LogicalNode n : List.of(learner, scaled, encoded, assigned)) {
            assertEquals(OptionalLong.of(200), m.of(n).rows());
            assertTrue(m.of(n).splitDependent(), n.kind() + " is computed per fold");
        }
        assertEquals(OutputKind.COLUMN, m.of(learner).kind());
        assertEquals(List.of("prediction"), m.of(learner).columnNames().orElseThrow());
    }

    @Test
    void splitDependenceStartsAtTheMarks() {
        LogicalNode plan = pipeline();
        PlanMetadata m = derive(plan, EMPLOYEES);
        LogicalNode x = plan.inputs().getFirst().inputs().getFirst().inputs().getFirst().inputs().getFirst().inputs().getFirst();
        assertEquals("MarkX", x.kind());
        assertTrue(m.of(x).splitDependent());
        LogicalNode drop = x.inputs().getFirst();
        assertFalse(m.of(drop).splitDependent(), "work below mark_as_X runs once");
        assertFalse(m.of(drop.inputs().getFirst()).splitDependent());
        assertEquals(OptionalDouble.of(CostModel.read(200, 5)), m.of(drop.inputs().getFirst().inputs().getFirst()).cost());
        assertEquals(OptionalDouble.of(CostModel.view(200, 4)), m.of(drop).cost());
    }

    @Test
    void costOfAChoiceOfLearnersAddsTheOutcomes() {
        LogicalNode plan = pipeline();
        PlanMetadata m = derive(plan, EMPLOYEES);
        LogicalNode learner = plan.inputs().getFirst();
        // 7 features: Ridge's Gram matrix plus LinearRegression's SVD, both fitted by some candidate.
        assertEquals(CostModel.learner("sklearn.linear_model.Ridge", 200, 7)
                + CostModel.learner("sklearn.linear_model.LinearRegression", 200, 7), m.of(learner).cost().orElseThrow(), 1e-9);
    }

    @Test
    void withoutStatisticsEverythingAboutDataIsUnknown() {
        LogicalNode plan = pipeline();
        PlanMetadata m = derive(plan, SourceStatistics.NONE);
        LogicalNode scaled = plan.inputs().getFirst().inputs().getFirst();
        assertEquals(OutputKind.FRAME, m.of(scaled).kind());
        assertTrue(m.of(scaled).schema().isEmpty());
        assertTrue(m.of(scaled).rows().isEmpty());
        assertTrue(m.of(scaled).cost().isEmpty());
        assertTrue(m.of(scaled).splitDependent(), "split dependence needs no data");
        assertTrue(m.of(scaled).describe().contains("rows=?, cost=?"), m.of(scaled).describe());
    }

    @Test
    void oneHotWithoutKnownCategoriesLeavesTheSchemaUnknown() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode encoded = apply(markX(data), est("OneHotEncoder"), null, "dept", "rating");
        PlanMetadata m = derive(encoded, EMPLOYEES);
        assertTrue(m.of(encoded).schema().isEmpty(), "rating's categories are not known");
        assertEquals(OptionalLong.of(200), m.of(encoded).rows());
    }

    @Test
    void oneHotIfBinaryKeepsEveryCategorySoTheSchemaStaysASuperset() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode encoded = apply(data, est("OneHotEncoder", "drop", str("if_binary")), null, "gender");
        assertEquals(List.of("dept", "year_first_hired", "rating", "salary", "gender_F", "gender_M", "gender_nan"),
                derive(encoded, EMPLOYEES).of(encoded).columnNames().orElseThrow());
    }

    @Test
    void arithmeticResultTypesFollowPandas() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode year = col(data, "year_first_hired");
        LogicalNode rating = col(data, "rating");
        Map<LogicalNode, ColumnType> expected = new java.util.LinkedHashMap<>();
        expected.put(bin(BinaryOperator.ADD, year, num(1)), ColumnType.INT64);
        expected.put(bin(BinaryOperator.MUL, year, rating), ColumnType.FLOAT64);
        expected.put(bin(BinaryOperator.TRUEDIV, year, num(2)), ColumnType.FLOAT64);
        expected.put(bin(BinaryOperator.FLOORDIV, year, num(2)), ColumnType.INT64);
        // A zero in the divisor column would make it float64: only the data can tell.
        expected.put(bin(BinaryOperator.FLOORDIV, year, year), ColumnType.UNKNOWN);
        expected.put(bin(BinaryOperator.GT, rating, num(3.5)), ColumnType.BOOL);
        expected.put(bin(BinaryOperator.ADD, col(data, "dept"), str("_x")), ColumnType.STR);
        // str * int repeats in Python; the runtime decides
        expected.put(bin(BinaryOperator.MUL, col(data, "dept"), num(2)), ColumnType.UNKNOWN);
        expected.put(new UnaryOp(UnaryOperator.NEG, year, PlanBuilder.AT), ColumnType.INT64);
        for (Map.Entry<LogicalNode, ColumnType> e : expected.entrySet()) {
            NodeMetadata m = derive(e.getKey(), EMPLOYEES).of(e.getKey());
            assertEquals(OutputKind.COLUMN, m.kind());
            assertEquals(e.getValue(), m.schema().orElseThrow().getFirst().type(),
                    () -> ((e.getKey() instanceof BinOp b) ? b.op().symbol() : "unary") + " gives " + e.getValue());
        }
    }

    @Test
    void textWithNumbersIsPandasTypeErrorAtTheStep() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode minus = bin(BinaryOperator.SUB, col(data, "dept"), num(1));
        io.stratum.ir.diagnostics.PandasError e = assertThrows(io.stratum.ir.diagnostics.PandasError.class,
                () -> derive(minus, EMPLOYEES));
        assertEquals("unsupported operand types for -: 'str' and 'int' (column 'dept'); only + joins two strings,"
                + " other operators need numbers", e.getMessage());
        LogicalNode plus = bin(BinaryOperator.ADD, col(data, "rating"), str("_x"));
        assertThrows(io.stratum.ir.diagnostics.PandasError.class, () -> derive(plus, EMPLOYEES));
    }

    @Test
    void choiceKeepsOnlyWhatAllOutcomesAgreeOn() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode same = choice("c", "a", cols(data, "dept", "rating"), "b", cols(data, "dept", "rating"));
        assertEquals(List.of("dept", "rating"), derive(same, EMPLOYEES).of(same).columnNames().orElseThrow());
        LogicalNode different = choice("c", "a", cols(data, "dept"), "b", cols(data, "rating"));
        NodeMetadata m = derive(different, EMPLOYEES).of(different);
        assertEquals(OutputKind.FRAME, m.kind());
        assertTrue(m.schema().isEmpty());
        assertEquals(OptionalLong.of(200), m.rows());
    }

    @Test
    void missingColumnIsALocatedErrorListingTheNearestNames() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode plan = new Drop(data, List.of("slary"), DROP_AT);
        StratumError e = assertThrows(StratumError.class, () -> derive(plan, EMPLOYEES));
        assertEquals(DROP_AT, e.origin());
        assertTrue(e.getMessage().startsWith("no column 'slary'; the columns are: salary, "), e.getMessage());
        assertTrue(e.hint().contains("did you mean 'salary'?"), e.hint());
    }

    @Test
    void missingColumnsAreFoundInSelectionsAndApplyCols() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode select = cols(data, "dept", "Rating");
        assertTrue(assertThrows(StratumError.class, () -> derive(select, EMPLOYEES)).getMessage().contains("'Rating'"));
        LogicalNode encoded = apply(data, est("OneHotEncoder"), null, "dpt");
        assertTrue(assertThrows(StratumError.class, () -> derive(encoded, EMPLOYEES)).getMessage().contains("'dpt'"));
        // An encoder's output columns are known too, so a read of a column it does not make fails.
        LogicalNode afterEncoder = col(apply(data, est("OneHotEncoder"), null, "dept"), "dept");
        assertTrue(assertThrows(StratumError.class, () -> derive(afterEncoder, EMPLOYEES)).getMessage()
                .contains("no column 'dept'"));
    }

    @Test
    void unknownSchemaNeverRaisesAMissingColumn() {
        LogicalNode data = var("data", csv("employees.csv"));
        LogicalNode plan = cols(data, "whatever");
        NodeMetadata m = derive(plan, SourceStatistics.NONE).of(plan);
        assertTrue(m.schema().isEmpty());
        assertEquals(OutputKind.FRAME, m.kind());
    }

    @Test
    void metadataIsLookedUpOnlyForNodesOfThePlan() {
        PlanMetadata m = derive(pipeline(), EMPLOYEES);
        assertThrows(IllegalArgumentException.class, () -> m.of(strs("x")));
    }
}
