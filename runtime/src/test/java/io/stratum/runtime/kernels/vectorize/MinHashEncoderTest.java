package io.stratum.runtime.kernels.vectorize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * skrub's MinHashEncoder against skrub itself (runtime/reference/make_skrub_reference.py, skrub_minhash.csv): output
 * names and every float32 value, exactly, for "fast" and "murmur" hashing, minmax_hash and other n-gram ranges, on
 * text with accents, other scripts, repeated blanks, one- and two-character strings and missing values.
 */
class MinHashEncoderTest {
    private static final Map<String, MinHashEncoderKernel.Params> CASES = Map.of(
            "MinHashEncoder()", new MinHashEncoderKernel.Params(30, 2, 4, false, false),
            "MinHashEncoder(n_components=8, ngram_range=(3, 3))", new MinHashEncoderKernel.Params(8, 3, 3, false, false),
            "MinHashEncoder(n_components=6, minmax_hash=True)", new MinHashEncoderKernel.Params(6, 2, 4, false, true),
            "MinHashEncoder(n_components=12, hashing='murmur')", new MinHashEncoderKernel.Params(12, 2, 4, true, false),
            "MinHashEncoder(n_components=4, ngram_range=(1, 2), hashing='murmur')",
            new MinHashEncoderKernel.Params(4, 1, 2, true, false));

    @Test
    void matchesSkrub() {
        Map<String, Map<String, List<Map<String, String>>>> expected = new LinkedHashMap<>();
        for (Map<String, String> r : Reference.rows("skrub_minhash.csv")) {
            expected.computeIfAbsent(r.get("case"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.get("split"), k -> new ArrayList<>()).add(r);
        }
        assertEquals(CASES.keySet(), expected.keySet());
        int checked = 0;
        try (MemoryContext ctx = MemoryContext.open()) {
            Table all = CsvReader.read(ctx, Reference.input("minhash_text.csv"));
            Table train = all.take(IntStream.range(0, 30).toArray());
            Table test = all.take(IntStream.range(30, all.rowCount()).toArray());
            for (var e : expected.entrySet()) {
                MinHashEncoderKernel.Fitted fitted = MinHashEncoderKernel.fit(train.column("text"), CASES.get(e.getKey()));
                for (var split : e.getValue().entrySet()) {
                    Table out = fitted.transform(ctx, (split.getKey().equals("train") ? train : test).column("text"));
                    String what = e.getKey() + " " + split.getKey();
                    assertEquals(split.getValue().stream().map(r -> r.get("column")).toList(), out.columnNames(), what);
                    for (Map<String, String> r : split.getValue()) {
                        double[] want = Reference.numbers(r.get("values").replace(" | ", " "));
                        double[] got = out.column(r.get("column")).toDoubleArray();
                        for (int i = 0; i < want.length; i++) {
                            assertEquals(want[i], got[i], 0.0, what + " " + r.get("column") + " row " + i);
                        }
                        checked++;
                    }
                }
            }
        }
        assertEquals(Reference.rows("skrub_minhash.csv").size(), checked);
    }

    @Test
    void refusesWhatSkrubRefuses() {
        assertThrows(DataException.class, () -> new MinHashEncoderKernel.Params(5, 2, 4, false, true));
        assertThrows(DataException.class, () -> new MinHashEncoderKernel.Params(6, 2, 4, true, true));
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = CsvReader.read(ctx, Reference.input("features_train.csv"));
            DataException e = assertThrows(DataException.class, () -> MinHashEncoderKernel.fit(t.column("a"),
                    new MinHashEncoderKernel.Params(4, 2, 4, false, false)));
            assertEquals(true, e.getMessage().contains("'a'"), e.getMessage());
        }
    }
}
