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
 * scientific floats, long strings cut, more than 60 rows, frames wider than 80 characters.
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
}
