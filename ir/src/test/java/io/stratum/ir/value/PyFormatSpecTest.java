package io.stratum.ir.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PyFormatSpec} gives CPython's {@code format(value, spec)} and {@code round(value, n)} on the 1,024 cases of
 * format_spec.csv ({@code ir/reference/make_format_reference.py}): every float type with precisions, widths, fills,
 * alignments, signs, grouping, {@code #} and {@code 0}; values that round half to even on their exact binary value
 * ({@code 2.675}, {@code 1.005}); infinities and NaN; ints, bools (an int under any spec but the empty one) and strings; and the specs
 * Python refuses.
 */
class PyFormatSpecTest {

    @Test
    void formatsAsPython() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = PyFormatSpecTest.class.getResourceAsStream("/reference/format_spec.csv");
             var reader = de.siegmar.fastcsv.reader.CsvReader.builder().commentStrategy(
                     de.siegmar.fastcsv.reader.CommentStrategy.SKIP).ofCsvRecord(new java.io.InputStreamReader(in,
                     StandardCharsets.UTF_8))) {
            for (var r : reader) {
                rows.add(r.getFields());
            }
        }
        assertEquals(List.of("kind", "value", "spec", "python"), rows.get(0));
        int checked = 0;
        int refused = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            Const value = switch (r.get(0)) {
                case "float" -> Const.of(switch (r.get(1)) {
                    case "inf" -> Double.POSITIVE_INFINITY;
                    case "-inf" -> Double.NEGATIVE_INFINITY;
                    case "nan" -> Double.NaN;
                    default -> Double.parseDouble(r.get(1));
                });
                case "int" -> Const.of(Long.parseLong(r.get(1)));
                case "bool" -> Const.of(r.get(1).equals("True"));
                default -> Const.of(r.get(1).substring(1, r.get(1).length() - 1));
            };
            String spec = r.get(2);
            String expected = r.get(3);
            String what = r.get(0) + " " + r.get(1) + " '" + spec + "'";
            String actual;
            try {
                actual = spec.startsWith("round:")
                        ? PyFormat.floatRepr(PyFormatSpec.round(((Const.FloatConst) value).value(),
                                Integer.parseInt(spec.substring(6))))
                        : PyFormatSpec.format(value, spec);
            } catch (IllegalArgumentException e) {
                assertTrue(expected.startsWith("!ValueError"), what + ": refused (" + e.getMessage() + ") but Python gives " + expected);
                refused++;
                checked++;
                continue;
            }
            assertEquals(expected, actual, what);
            checked++;
        }
        assertEquals(1024, checked);
        assertTrue(refused > 5, "refusals checked: " + refused);
    }
}
