package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratum.frontend.ReferenceCsv;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.exec.CopiedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PandasText} prints frames and series exactly as pandas' {@code str} does, on the cases of pandas_print.csv
 * ({@code frontend/reference/make_eval_reference.py}): mixed dtypes with missing values, shared trailing zeros,
 * scientific floats, long strings cut, more than 60 rows, frames wider than 80 characters, datetimes of each unit
 * (dates only, or one number of fraction digits for the whole column).
 */
class PandasTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Map<String, String>> cases() {
        return ReferenceCsv.read("frontend/src/test/resources/reference/pandas_print.csv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsAsPandas(Map<String, String> row) throws Exception {
        JsonNode value = JSON.readTree(row.get("value"));
        List<CopiedValue.CopiedColumn> columns = new ArrayList<>();
        for (int c = 0; c < value.get("names").size(); c++) {
            columns.add(column(value.get("names").get(c).asText(), value.get("dtypes").get(c).asText(),
                    value.get("columns").get(c)));
        }
        CopiedValue v = new CopiedValue(!value.get("series").asBoolean(), columns);
        assertEquals(row.get("printed"), PandasText.of(v), row.get("case"));
    }

    private static CopiedValue.CopiedColumn column(String name, String dtype, JsonNode values) {
        int n = values.size();
        boolean[] missing = new boolean[n];
        for (int i = 0; i < n; i++) {
            missing[i] = values.get(i).isNull();
        }
        return switch (dtype) {
            case "float64" -> {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = missing[i] ? Double.NaN : values.get(i).asDouble();
                }
                yield new CopiedValue.CopiedColumn(name, DataType.FLOAT64, d, missing);
            }
            case "int64" -> {
                long[] d = new long[n];
                for (int i = 0; i < n; i++) {
                    d[i] = values.get(i).asLong();
                }
                yield new CopiedValue.CopiedColumn(name, DataType.INT64, d, missing);
            }
            case "datetime64[s]", "datetime64[ms]", "datetime64[us]", "datetime64[ns]" -> {
                long[] d = new long[n];
                for (int i = 0; i < n; i++) {
                    d[i] = values.get(i).asLong();
                }
                yield new CopiedValue.CopiedColumn(name, DataType.DATETIME, d, missing, null,
                        io.stratum.runtime.data.DatetimeUnit.ofText(dtype.substring(11, dtype.length() - 1)));
            }
            case "timedelta64[s]", "timedelta64[ms]", "timedelta64[us]", "timedelta64[ns]" -> {
                long[] d = new long[n];
                for (int i = 0; i < n; i++) {
                    d[i] = values.get(i).asLong();
                }
                yield new CopiedValue.CopiedColumn(name, DataType.TIMEDELTA, d, missing, null,
                        io.stratum.runtime.data.DatetimeUnit.ofText(dtype.substring(12, dtype.length() - 1)));
            }
            case "bool" -> {
                boolean[] d = new boolean[n];
                for (int i = 0; i < n; i++) {
                    d[i] = values.get(i).asBoolean();
                }
                yield new CopiedValue.CopiedColumn(name, DataType.BOOL, d, missing);
            }
            default -> {
                String[] d = new String[n];
                for (int i = 0; i < n; i++) {
                    d[i] = missing[i] ? null : values.get(i).asText();
                }
                yield new CopiedValue.CopiedColumn(name, DataType.STRING, d, missing);
            }
        };
    }

    /** The footer pandas 3.0.6 prints under a category series (repr of pd.Series(..., dtype="category")). */
    @org.junit.jupiter.api.Test
    void aCategorySeriesEndsWithItsCategoriesAsPandasPrintsThem() {
        String[] values = {"bb", "a", null, "c"};
        CopiedValue.CopiedColumn c = new CopiedValue.CopiedColumn("g", io.stratum.runtime.data.DataType.CATEGORY,
                values, new boolean[] {false, false, true, false}, new String[] {"a", "bb", "c"});
        assertEquals("0     bb\n1      a\n2    NaN\n3      c\nName: g, dtype: category\n"
                + "Categories (3, str): ['a', 'bb', 'c']", PandasText.of(new CopiedValue(false, List.of(c))));
        String[] many = new String[30];
        for (int i = 0; i < 30; i++) {
            many[i] = "x" + i;
        }
        java.util.Arrays.sort(many);
        assertEquals("Categories (30, str): ['x0', 'x1', 'x10', 'x11', ..., 'x6', 'x7', 'x8', 'x9']",
                PandasText.categoriesFooter(many));
        String[] wide = new String[8];
        for (int i = 0; i < 8; i++) {
            wide[i] = "category number " + i;
        }
        // pandas' wrapping counts the separators only once a line has a value, so lines run past 80 characters
        assertEquals("Categories (8, str): ['category number 0', 'category number 1', 'category number 2',"
                + " 'category number 3',\n"
                + "                      'category number 4', 'category number 5', 'category number 6',\n"
                + "                      'category number 7']", PandasText.categoriesFooter(wide));
    }
}
