package io.stratum.runtime.kernels.element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.logical.ElementOp;
import io.stratum.ir.logical.StringFunction;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DictionaryEncoding;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringCodes;
import io.stratum.runtime.data.StringColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every {@code .str} method on a dictionary-encoded column (computed once per value) gives the per-row answer:
 * dtype (len is float64 only when a value is missing), values and nulls, with and without missing values; str
 * results carry codes that encode their values, with no value twice (lower maps two values to one).
 */
class DictionaryStringMethodsTest {
    private static final String[] WORDS = {"Chicago-O'Hare", "chicago-o'hare", "  Bay Area  ", "ß straße", "x-a-x",
        "", "東京 - 羽田", "Gull Lake"};

    @Test
    void perValueResultsMatchPerRowResults() {
        List<ElementOp.StringMethod> methods = List.of(
                m(StringFunction.LOWER), m(StringFunction.UPPER), m(StringFunction.LEN),
                m(StringFunction.CONTAINS, Const.of("a"), Const.of(false), Const.of(true)),
                m(StringFunction.CONTAINS, Const.of("-"), Const.of(true), Const.of(false)),
                m(StringFunction.STARTSWITH, Const.of("ch")), m(StringFunction.ENDSWITH, Const.of("x")),
                m(StringFunction.REPLACE, Const.of("([aeiou])"), Const.of("<\\1>"), Const.of(true)),
                m(StringFunction.STRIP, Const.none()),
                m(StringFunction.SPLIT_GET, Const.of("-"), Const.of(1L)),
                m(StringFunction.SLICE, Const.of(1L), Const.none(), Const.of(2L)));
        Random random = new Random(17);
        try (MemoryContext ctx = MemoryContext.open()) {
            for (boolean withNulls : new boolean[] {false, true}) {
                String[] v = new String[500];
                for (int i = 0; i < v.length; i++) {
                    v[i] = withNulls && random.nextInt(9) == 0 ? null : WORDS[random.nextInt(WORDS.length)];
                }
                StringColumn plain = StringColumn.of(ctx, "s", v);
                StringColumn coded = DictionaryEncoding.ifLowCardinality(StringColumn.of(ctx, "s", v));
                assertNotNull(coded.codes());
                assertTrue(DictionaryStringMethods.applies(coded));
                for (ElementOp.StringMethod method : methods) {
                    String what = method + " nulls=" + withNulls;
                    Column expected = StringMethods.apply(ctx, plain, method);
                    Column actual = StringMethods.apply(ctx, coded, method);
                    assertEquals(expected.type(), actual.type(), what);
                    assertEquals(render(expected), render(actual), what);
                    if (actual instanceof StringColumn s) {
                        StringCodes codes = s.codes();
                        assertNotNull(codes, what);
                        assertEquals(codes.values().length, new java.util.HashSet<>(List.of(codes.values())).size(), what + " distinct");
                        for (int i = 0; i < s.length(); i++) {
                            int c = codes.codes()[i];
                            assertEquals(s.getString(i), c < 0 ? null : codes.values()[c], what + " row " + i);
                        }
                    }
                }
            }
        }
    }

    private static ElementOp.StringMethod m(StringFunction f, Const... args) {
        return new ElementOp.StringMethod(f, List.of(args));
    }

    private static List<String> render(Column c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.length(); i++) {
            out.add(c.isNull(i) ? "<null>" : c.format(i));
        }
        return out;
    }
}
