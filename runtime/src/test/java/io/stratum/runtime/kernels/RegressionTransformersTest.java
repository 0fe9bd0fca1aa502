package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.FittedOrdinal;
import io.stratum.runtime.kernels.encode.OrdinalEncoderKernel;
import io.stratum.runtime.kernels.encode.OrdinalParams;
import io.stratum.runtime.kernels.impute.FillValue;
import io.stratum.runtime.kernels.impute.FittedSimpleImputer;
import io.stratum.runtime.kernels.impute.ImputeStrategy;
import io.stratum.runtime.kernels.impute.SimpleImputerKernel;
import io.stratum.runtime.kernels.scale.FittedFeatureScaler;
import io.stratum.runtime.kernels.scale.MaxAbsScalerKernel;
import io.stratum.runtime.kernels.scale.MinMaxScalerKernel;
import io.stratum.runtime.kernels.scale.RobustScalerKernel;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MinMax/MaxAbs/Robust scalers, SimpleImputer and OrdinalEncoder against scikit-learn, NaN and unknowns included. */
class RegressionTransformersTest {
    private static final List<String> SCALE_COLUMNS = List.of("size", "level", "grade", "x1", "const");

    private static FittedFeatureScaler scaler(String fixtureCase, Table train) {
        return switch (fixtureCase) {
            case "MinMaxScaler()" -> MinMaxScalerKernel.fit(train, 0, 1, false);
            case "MinMaxScaler(feature_range=(-1, 2))" -> MinMaxScalerKernel.fit(train, -1, 2, false);
            case "MinMaxScaler(clip=True)" -> MinMaxScalerKernel.fit(train, 0, 1, true);
            case "MaxAbsScaler()" -> MaxAbsScalerKernel.fit(train, false);
            case "RobustScaler()" -> RobustScalerKernel.fit(train, true, true, 25.0, 75.0);
            case "RobustScaler(with_centering=False)" -> RobustScalerKernel.fit(train, false, true, 25.0, 75.0);
            case "RobustScaler(with_scaling=False)" -> RobustScalerKernel.fit(train, true, false, 25.0, 75.0);
            case "RobustScaler(quantile_range=(10.0, 90.0))" -> RobustScalerKernel.fit(train, true, true, 10.0, 90.0);
            case "RobustScaler(quantile_range=(33.3, 66.6))" -> RobustScalerKernel.fit(train, true, true, 33.3, 66.6);
            default -> throw new AssertionError("no case " + fixtureCase);
        };
    }

    @Test
    void scalersMatchScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv")).select(SCALE_COLUMNS);
            Table test = CsvReader.read(ctx, Reference.input("small_test.csv")).select(SCALE_COLUMNS);
            int checked = 0;
            for (Map<String, String> r : Reference.rows("regression_scalers.csv")) {
                FittedFeatureScaler s = scaler(r.get("case"), train);
                Table input = r.get("split").equals("train") ? train : test;
                String what = r.get("case") + " " + r.get("split") + " " + r.get("column");
                Reference.assertAllClose(Reference.numbers(r.get("values")),
                        s.transform(ctx, input).column(r.get("column")).toDoubleArray(), what);
                checked++;
            }
            assertEquals(90, checked);
        }
    }

    @Test
    void clippingOnlyTouchesHeldOutValuesOutsideTheRange() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv")).select(List.of("size"));
            Table test = CsvReader.read(ctx, Reference.input("small_test.csv")).select(List.of("size"));
            double[] clipped = MaxAbsScalerKernel.fit(test, true).transform(ctx, train).column(0).toDoubleArray();
            for (double v : clipped) {
                assertTrue(v >= -1 && v <= 1, "clipped " + v);
            }
            assertThrows(DataException.class, () -> MinMaxScalerKernel.fit(train, 1, 1, false));
            assertThrows(DataException.class, () -> RobustScalerKernel.fit(train, true, true, 80, 20));
        }
    }

    @Test
    void imputerMatchesScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv"));
            Table test = CsvReader.read(ctx, Reference.input("small_test.csv"));
            int checked = 0;
            for (Map<String, String> r : Reference.rows("regression_imputer.csv")) {
                // "strategy=constant,fill_value=-7.5"
                String[] parts = r.get("case").split(",", 2);
                ImputeStrategy strategy = ImputeStrategy.parse(parts[0].substring("strategy=".length()));
                String fillText = parts[1].substring("fill_value=".length());
                boolean strings = r.get("kind").equals("string");
                Object fill = fillText.equals("None") ? null : strings ? fillText : (Object) Double.parseDouble(fillText);
                List<String> cols = strings ? List.of("city") : List.of("size", "level", "grade", "x1");
                FittedSimpleImputer imp = SimpleImputerKernel.fit(train.select(cols), strategy, fill, false);
                Table input = (r.get("split").equals("train") ? train : test).select(cols);
                String column = r.get("column");
                String what = r.get("case") + " " + r.get("split") + " " + column;
                FillValue stat = imp.statistics().get(cols.indexOf(column));
                if (strings) {
                    assertEquals(r.get("statistic"), ((FillValue.Text) stat).value(), what + " statistic");
                    StringColumn out = (StringColumn) imp.transform(ctx, input).column(column);
                    assertEquals(r.get("values"), String.join("|", out.toStringArray()), what);
                } else {
                    Reference.assertClose(Reference.number(r.get("statistic")), ((FillValue.Number) stat).value(), what + " statistic");
                    Reference.assertAllClose(Reference.numbers(r.get("values")),
                            imp.transform(ctx, input).column(column).toDoubleArray(), what);
                }
                checked++;
            }
            assertEquals(46, checked);
        }
    }

    @Test
    void imputerIndicatorsMatchScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv"));
            Table test = CsvReader.read(ctx, Reference.input("small_test.csv"));
            List<String> cols = List.of("size", "level", "grade", "x1");
            Map<String, List<String>> names = new java.util.LinkedHashMap<>();
            int checked = 0;
            for (Map<String, String> r : Reference.rows("regression_imputer_indicator.csv")) {
                ImputeStrategy strategy = ImputeStrategy.parse(r.get("case").substring("strategy=".length()));
                FittedSimpleImputer imp = SimpleImputerKernel.fit(train.select(cols), strategy, null, true);
                Table out = imp.transform(ctx, (r.get("split").equals("train") ? train : test).select(cols));
                String what = r.get("case") + " " + r.get("split") + " " + r.get("column");
                names.computeIfAbsent(r.get("case") + r.get("split"), k -> new java.util.ArrayList<>()).add(r.get("column"));
                assertEquals(r.get("dtype"), out.column(r.get("column")).type().pandasName(), what);
                Reference.assertAllClose(Reference.numbers(r.get("values")), out.column(r.get("column")).toDoubleArray(), what);
                if (names.get(r.get("case") + r.get("split")).size() == out.columnCount()) {
                    assertEquals(names.get(r.get("case") + r.get("split")), out.columnNames(), what);
                }
                checked++;
            }
            assertEquals(24, checked);
        }
    }

    @Test
    void imputerRefusesWhatScikitLearnRefusesAndDropsEmptyColumns() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv"));
            DataException e = assertThrows(DataException.class,
                    () -> SimpleImputerKernel.fit(train.select(List.of("city")), ImputeStrategy.MEAN, null, false));
            assertTrue(e.getMessage().contains("non-numeric"), e.getMessage());
            assertThrows(DataException.class,
                    () -> SimpleImputerKernel.fit(train.select(List.of("x1")), ImputeStrategy.CONSTANT, "zero", false));
            Table empty = train.select(List.of("x1")).withColumn("gone",
                    io.stratum.runtime.data.Float64Column.of(ctx, "gone", new double[train.rowCount()], allTrue(train.rowCount())));
            FittedSimpleImputer imp = SimpleImputerKernel.fit(empty, ImputeStrategy.MEDIAN, null, false);
            assertEquals(List.of("x1"), imp.transform(ctx, empty).columnNames());
            FittedSimpleImputer constant = SimpleImputerKernel.fit(empty, ImputeStrategy.CONSTANT, null, false);
            assertEquals(List.of("x1", "gone"), constant.transform(ctx, empty).columnNames());
        }
    }

    private static boolean[] allTrue(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    @Test
    void ordinalEncoderMatchesScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            List<String> cols = List.of("city", "size", "level", "flag");
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv")).select(cols);
            Table test = CsvReader.read(ctx, Reference.input("small_test.csv")).select(cols);
            int values = 0;
            int errors = 0;
            for (Map<String, String> r : Reference.rows("regression_ordinal.csv")) {
                OrdinalParams params = switch (r.get("case")) {
                    case "handle_unknown=error" -> OrdinalParams.DEFAULT;
                    case "handle_unknown=use_encoded_value,unknown_value=-1" -> new OrdinalParams(true, -1, Double.NaN);
                    case "handle_unknown=use_encoded_value,unknown_value=nan,encoded_missing_value=-2" ->
                            new OrdinalParams(true, Double.NaN, -2);
                    default -> throw new AssertionError(r.get("case"));
                };
                FittedOrdinal enc = OrdinalEncoderKernel.fit(train, params);
                Table input = r.get("split").equals("train") ? train : test;
                String what = r.get("case") + " " + r.get("split") + " " + r.get("column");
                if (r.get("values").startsWith("error: ")) {
                    DataException e = assertThrows(DataException.class, () -> enc.transform(ctx, input), what);
                    assertTrue(e.getMessage().startsWith("Found unknown categories [Zurich, Madrid] in column 0"), e.getMessage());
                    errors++;
                    continue;
                }
                int j = cols.indexOf(r.get("column"));
                assertEquals(Reference.words(r.get("categories")), enc.categories().get(j).labels(), what + " categories");
                Reference.assertAllClose(Reference.numbers(r.get("values")),
                        enc.transform(ctx, input).column(r.get("column")).toDoubleArray(), what);
                values++;
            }
            assertEquals(20, values);
            assertEquals(1, errors);
        }
    }

    @Test
    void ordinalCodesThatCollideWithCategoriesAreRefused() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv")).select(List.of("city"));
            assertThrows(DataException.class, () -> OrdinalEncoderKernel.fit(train, new OrdinalParams(true, 2, Double.NaN)));
            assertThrows(DataException.class, () -> OrdinalEncoderKernel.fit(train, new OrdinalParams(false, Double.NaN, 0)));
        }
    }
}
