package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OneHotEncoder against scikit-learn: every drop / handle_unknown combination on the small inputs. */
class OneHotEncoderTest {
    private static final List<String> COLUMNS = List.of("city", "size", "level", "grade", "flag");

    private static OneHotParams params(String fixtureCase) {
        // "drop=None,handle_unknown=ignore"
        String[] parts = fixtureCase.split(",");
        String drop = parts[0].substring("drop=".length());
        String hu = parts[1].substring("handle_unknown=".length());
        return new OneHotParams(OneHotParams.HandleUnknown.parse(hu),
                OneHotParams.Drop.parse(drop.equals("None") ? null : drop));
    }

    @Test
    void matchesScikitLearnOnSmallInputs() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv")).select(COLUMNS);
            Table test = CsvReader.read(ctx, Reference.input("small_test.csv")).select(COLUMNS);
            int checkedRows = 0;
            int checkedErrors = 0;
            for (Map<String, String> r : Reference.rows("one_hot_small.csv")) {
                String what = r.get("case") + " " + r.get("split") + " row " + r.get("row");
                FittedOneHot fitted = OneHotEncoderKernel.fit(train, params(r.get("case")));
                assertEquals(Reference.words(r.get("feature_names")), fitted.featureNames(), what + " names");
                Table input = r.get("split").equals("train") ? train : test;
                if (r.get("values").startsWith("error:")) {
                    DataException e = assertThrows(DataException.class, () -> fitted.transform(ctx, input), what);
                    assertTrue(e.getMessage().contains("'city'") && e.getMessage().contains("'Zurich'"),
                            e.getMessage());
                    checkedErrors++;
                    continue;
                }
                int row = Integer.parseInt(r.get("row"));
                Table out = fitted.transform(ctx, input);
                assertEquals(fitted.featureNames(), out.columnNames());
                double[] expected = Reference.numbers(r.get("values"));
                double[] actual = new double[out.columnCount()];
                for (int j = 0; j < actual.length; j++) {
                    actual[j] = out.column(j).toDoubleArray()[row];
                }
                assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual), what);
                // The learner-boundary matrix is built by a different path (dense array, not indicator columns).
                FeatureMatrix m = fitted.transformToMatrix(input);
                double[] fromMatrix = new double[m.cols()];
                for (int j = 0; j < fromMatrix.length; j++) {
                    fromMatrix[j] = m.get(row, j);
                }
                assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(fromMatrix), what + " matrix");
                checkedRows++;
            }
            assertTrue(checkedRows > 80 && checkedErrors == 3, checkedRows + " rows, " + checkedErrors + " errors");
        }
    }

    @Test
    void employeeSalariesFeatureNamesAndCounts() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = CsvReader.read(ctx, Reference.sharedData("employee_salaries.csv"))
                    .select(List.of("gender", "department", "assignment_category"));
            FittedOneHot fitted = OneHotEncoderKernel.fit(t,
                    new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.NONE));
            List<Map<String, String>> expected = Reference.rows("employee_ohe.csv");
            assertEquals(expected.stream().map(r -> r.get("feature")).toList(), fitted.featureNames());
            FeatureMatrix m = fitted.transformToMatrix(t);
            for (int j = 0; j < m.cols(); j++) {
                double sum = 0;
                double weighted = 0;
                for (int i = 0; i < m.rows(); i++) {
                    sum += m.get(i, j);
                    weighted += (i + 1) * m.get(i, j);
                }
                String name = m.featureNames().get(j);
                assertEquals(Reference.number(expected.get(j).get("sum")), sum, name + " count");
                assertEquals(Reference.number(expected.get(j).get("row_weighted_sum")), weighted, name + " positions");
            }
        }
    }
}
