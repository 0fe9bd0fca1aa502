package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratum.frontend.ReferenceCsv;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.exec.CopiedValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link NumpyArrayText} prints arrays exactly as numpy's {@code str} does: on the cases of numpy_print.csv (floats
 * positional and scientific, NaN and infinities, ints, labels, summarized 1-d and 2-d arrays, wrapped rows) and on
 * the arrays skrub's learners returned in learner_predictions.csv, each with the text numpy printed for it
 * ({@code frontend/reference/make_predict_reference.py}).
 */
class NumpyArrayTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NON_FINITE = Set.of("nan", "inf", "-inf");

    static Stream<Map<String, String>> cases() {
        return Stream.concat(ReferenceCsv.read("frontend/src/test/resources/reference/numpy_print.csv").stream(),
                ReferenceCsv.read("frontend/src/test/resources/reference/learner_predictions.csv").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsAsNumpy(Map<String, String> row) throws Exception {
        CopiedValue value = array(row.get("shape"), JSON.readTree(row.get("values")));
        assertEquals(row.get("printed"), NumpyArrayText.of(value), () -> row.getOrDefault("case", row.get("script")));
    }

    static Stream<Map<String, String>> floatVectors() {
        return ReferenceCsv.read("frontend/src/test/resources/reference/numpy_print.csv").stream()
                .filter(row -> !row.get("repr").isEmpty());
    }

    /** numpy's repr of a 1-d float array, what a DataOp's preview shows of a regressor's bare predictions. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("floatVectors")
    void writesTheReprOfAFloatVectorAsNumpy(Map<String, String> row) throws Exception {
        CopiedValue value = array(row.get("shape"), JSON.readTree(row.get("values")));
        if (value.rows() == 0) {
            value = new CopiedValue(false, List.of(new CopiedValue.CopiedColumn("0", DataType.FLOAT64, new double[0],
                    new boolean[0])));
        }
        assertEquals(row.get("repr"), NumpyArrayText.repr(value), row.get("case"));
    }

    /** The array of {@code shape} holding {@code values} (row-major): a series, or a frame of columns for 2-d. */
    static CopiedValue array(String shape, JsonNode values) {
        int[] dims = Arrays.stream(shape.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
        int rows = dims[0];
        int cols = dims.length == 2 ? dims[1] : 1;
        DataType type = DataType.INT64;
        for (JsonNode v : values) {
            if (v.isTextual() && !NON_FINITE.contains(v.asText())) {
                type = DataType.STRING;
                break;
            }
            if (v.isDouble() || v.isTextual()) {
                type = DataType.FLOAT64;
            }
        }
        List<CopiedValue.CopiedColumn> columns = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            boolean[] missing = new boolean[rows];
            Object data;
            switch (type) {
                case FLOAT64 -> {
                    double[] d = new double[rows];
                    for (int r = 0; r < rows; r++) {
                        JsonNode v = values.get(r * cols + c);
                        d[r] = v.isTextual() ? Double.parseDouble(v.asText().replace("nan", "NaN").replace("inf", "Infinity")) : v.asDouble();
                        missing[r] = Double.isNaN(d[r]);
                    }
                    data = d;
                }
                case INT64 -> {
                    long[] d = new long[rows];
                    for (int r = 0; r < rows; r++) {
                        d[r] = values.get(r * cols + c).asLong();
                    }
                    data = d;
                }
                default -> {
                    String[] d = new String[rows];
                    for (int r = 0; r < rows; r++) {
                        d[r] = values.get(r * cols + c).asText();
                    }
                    data = d;
                }
            }
            columns.add(new CopiedValue.CopiedColumn(Integer.toString(c), type, data, missing));
        }
        return new CopiedValue(dims.length == 2, columns);
    }
}
