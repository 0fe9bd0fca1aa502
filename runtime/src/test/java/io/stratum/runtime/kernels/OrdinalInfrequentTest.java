package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.CategoryCounts;
import io.stratum.runtime.kernels.encode.FittedOrdinal;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.encode.OrdinalEncoderKernel;
import io.stratum.runtime.kernels.encode.OrdinalParams;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OrdinalEncoder's infrequent categories ({@code min_frequency} as a count or a fraction, {@code max_categories},
 * with {@code handle_unknown} and {@code encoded_missing_value}) against scikit-learn 1.9.1
 * (runtime/reference/make_ordinal_infrequent_reference.py): every code (exactly), {@code infrequent_categories_},
 * and the transforms scikit-learn refuses; the encoder fitted from per-partition counts must be the same.
 */
class OrdinalInfrequentTest {
    private static final List<String> COLS = List.of("city", "size", "color");

    static OrdinalParams params(String name) {
        Map<String, String> s = new HashMap<>();
        for (String part : name.substring(name.indexOf(':') + 1).split(",")) {
            String[] kv = part.split("=", 2);
            s.put(kv[0], kv[1]);
        }
        String minFrequency = s.get("min_frequency");
        long count = minFrequency != null && !minFrequency.contains(".") ? Long.parseLong(minFrequency) : -1;
        double fraction = minFrequency != null && minFrequency.contains(".") ? Double.parseDouble(minFrequency) : -1;
        int maxCategories = s.containsKey("max_categories") ? Integer.parseInt(s.get("max_categories")) : -1;
        boolean useEncoded = s.containsKey("unknown_value") || name.startsWith("employee_salaries:");
        double unknown = !useEncoded ? Double.NaN : Reference.number(s.getOrDefault("unknown_value", "-1"));
        double missing = Reference.number(s.getOrDefault("encoded_missing_value", "nan"));
        return new OrdinalParams(useEncoded, unknown, missing, new OneHotParams.Infrequent(count, fraction, maxCategories));
    }

    @Test
    void infrequentCategoriesMatchScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("onehot_train.csv")).select(COLS);
            Table test = CsvReader.read(ctx, Reference.input("onehot_test.csv")).select(COLS);
            int checked = 0;
            for (Map<String, String> r : Reference.rows("ordinal_infrequent.csv")) {
                String name = r.get("case");
                if (name.startsWith("employee_salaries:")) {
                    continue;
                }
                FittedOrdinal enc = OrdinalEncoderKernel.fit(train, params(name));
                int j = COLS.indexOf(r.get("column"));
                String what = name + " " + r.get("split") + " " + r.get("column");
                assertEquals(labels(r), enc.infrequentCategories(j), what + ": infrequent_categories_");
                Table input = r.get("split").equals("train") ? train : test;
                if (r.get("values").equals("error")) {
                    DataException e = assertThrows(DataException.class, () -> enc.transform(ctx, input), what);
                    assertTrue(e.getMessage().contains("unknown categories"), e.getMessage());
                } else {
                    assertArrayEquals(Reference.numbers(r.get("values")),
                            enc.transform(ctx, input).column(r.get("column")).toDoubleArray(), 0.0, what);
                    // Fitted from the counts of two disjoint row sets, as a search combines fold partitions.
                    FittedOrdinal merged = OrdinalEncoderKernel.fromPartitions(List.of(
                            counts(train.take(range(0, 25))), counts(train.take(range(25, train.rowCount())))),
                            params(name));
                    assertArrayEquals(Reference.numbers(r.get("values")),
                            merged.transform(ctx, input).column(r.get("column")).toDoubleArray(), 0.0,
                            what + " (from partitions)");
                }
                checked++;
            }
            assertEquals(48, checked);
        }
    }

    @Test
    void sharedDataMatchesScikitLearn() {
        List<String> cols = List.of("gender", "department", "employee_position_title");
        try (MemoryContext ctx = MemoryContext.open()) {
            Table all = CsvReader.read(ctx, Reference.sharedData("employee_salaries.csv")).select(cols);
            int cut = (int) (all.rowCount() * 0.8);
            List<Integer> rest = new ArrayList<>();
            for (int i = cut; i < all.rowCount(); i += 5) {
                rest.add(i);
            }
            Table train = all.take(range(0, cut));
            Table test = all.take(rest.stream().mapToInt(Integer::intValue).toArray());
            int checked = 0;
            for (Map<String, String> r : Reference.rows("ordinal_infrequent.csv")) {
                if (!r.get("case").startsWith("employee_salaries:")) {
                    continue;
                }
                FittedOrdinal enc = OrdinalEncoderKernel.fit(train, params(r.get("case")));
                String what = r.get("case") + " " + r.get("column");
                assertEquals(labels(r), enc.infrequentCategories(cols.indexOf(r.get("column"))), what);
                assertArrayEquals(Reference.numbers(r.get("values")),
                        enc.transform(ctx, test).column(r.get("column")).toDoubleArray(), 0.0, what);
                checked++;
            }
            assertEquals(6, checked);
        }
    }

    @Test
    void refusesAnUnknownValueThatIsAlsoACode() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("onehot_train.csv")).select(COLS);
            // With min_frequency=5 city keeps 4 of its 7 categories (codes 0..3, the group's code 4): scikit-learn
            // counts only the frequent codes as seen, so 3 is refused and 4 (the group's own code) accepted; with
            // every category infrequent, even 0 is.
            DataException e = assertThrows(DataException.class, () -> OrdinalEncoderKernel.fit(train,
                    new OrdinalParams(true, 3, Double.NaN, new OneHotParams.Infrequent(5, -1, -1))));
            assertTrue(e.getMessage().contains("unknown_value 3") && e.getMessage().contains("'city'"), e.getMessage());
            OrdinalEncoderKernel.fit(train, new OrdinalParams(true, 4, Double.NaN,
                    new OneHotParams.Infrequent(5, -1, -1)));
            OrdinalEncoderKernel.fit(train, new OrdinalParams(true, 0, Double.NaN,
                    new OneHotParams.Infrequent(30, -1, -1)));
        }
    }

    @Test
    void aStoredEncoderKeepsItsInfrequentGroups() throws java.io.IOException {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("onehot_train.csv")).select(COLS);
            FittedOrdinal enc = OrdinalEncoderKernel.fit(train, params("max_categories=3"));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            enc.writeTo(new java.io.DataOutputStream(bytes));
            FittedOrdinal back = FittedOrdinal.readFrom(new java.io.DataInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray())));
            for (int j = 0; j < COLS.size(); j++) {
                assertEquals(enc.infrequentCategories(j), back.infrequentCategories(j));
                assertArrayEquals(enc.transform(ctx, train).column(j).toDoubleArray(),
                        back.transform(ctx, train).column(j).toDoubleArray(), 0.0);
            }
        }
    }

    private static List<String> labels(Map<String, String> r) {
        return r.get("infrequent").isEmpty() ? List.of() : List.of(r.get("infrequent").split("\\|"));
    }

    private static List<CategoryCounts> counts(Table t) {
        List<CategoryCounts> out = new ArrayList<>();
        for (int j = 0; j < t.columnCount(); j++) {
            out.add(CategoryCounts.of(t.column(j)));
        }
        return out;
    }

    private static int[] range(int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }
}
