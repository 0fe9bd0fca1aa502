package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratum.frontend.ReferenceCsv;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * results_ tables laid out as pandas prints a DataFrame of the same columns: middle columns dropped beyond 80
 * characters, middle rows beyond 60, the footer; held to pandas' str of each (results_table_print.csv, made by
 * {@code frontend/reference/make_results_table_reference.py}).
 */
class ResultsTableTextTest {
    @Test
    void tablesArePrintedAsPandasPrintsThem() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Map<String, String>> cases = ReferenceCsv.read("frontend/src/test/resources/reference/results_table_print.csv");
        assertTrue(cases.size() >= 5);
        for (Map<String, String> c : cases) {
            List<String> header = new ArrayList<>(List.of(""));
            json.readTree(c.get("choice_names")).forEach(n -> header.add(n.asText()));
            json.readTree(c.get("score_names")).forEach(n -> header.add(n.asText()));
            List<List<Const>> choices = new ArrayList<>();
            int rows = 0;
            for (JsonNode column : json.readTree(c.get("choices"))) {
                List<Const> values = new ArrayList<>();
                // NaN (JSON null) is a choice that does not apply: no outcome
                column.forEach(v -> values.add(v.isNull() ? null : v.isTextual() ? Const.of(v.asText())
                        : v.isBoolean() ? Const.of(v.asBoolean())
                        : v.isIntegralNumber() ? Const.of(v.asLong()) : Const.of(v.asDouble())));
                choices.add(values);
                rows = values.size();
            }
            List<double[]> scores = new ArrayList<>();
            for (JsonNode column : json.readTree(c.get("scores"))) {
                double[] values = new double[column.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = column.get(i).isNull() ? Double.NaN : column.get(i).asDouble();
                }
                scores.add(values);
            }
            assertEquals(c.get("printed") + "\n", ResultsTable.table(header, choices, scores, rows), c.get("case"));
        }
    }
}
