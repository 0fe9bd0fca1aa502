package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratum.frontend.ReferenceCsv;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PandasIndexText} prints column names exactly as pandas' {@code str} of a str Index, on the cases of
 * index_print.csv ({@code frontend/reference/make_eval_reference.py}): none to three names, lines that just fit or just
 * wrap, a name wider than a line, 100 and more names (first and last ten, {@code length=}), escaped and non-ASCII names.
 */
class PandasIndexTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Map<String, String>> cases() {
        return ReferenceCsv.read("frontend/src/test/resources/reference/index_print.csv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsAsPandas(Map<String, String> row) throws Exception {
        List<String> names = JSON.readValue(row.get("names"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        assertEquals(row.get("printed"), PandasIndexText.of(names), row.get("case"));
    }
}
