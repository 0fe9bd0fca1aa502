package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OneHotEncoder's infrequent categories ({@code min_frequency} as a count or a fraction, {@code max_categories},
 * {@code handle_unknown="infrequent_if_exist"}, with drop) against scikit-learn 1.9.1
 * (runtime/reference/make_onehot_reference.py): output names in order and every value, unseen categories included.
 */
class OneHotInfrequentTest {

    private static OneHotParams params(String name) {
        Map<String, String> s = new HashMap<>();
        for (String part : name.split(",")) {
            String[] kv = part.split("=", 2);
            s.put(kv[0], kv[1]);
        }
        String minFrequency = s.get("min_frequency");
        long count = minFrequency != null && !minFrequency.contains(".") ? Long.parseLong(minFrequency) : -1;
        double fraction = minFrequency != null && minFrequency.contains(".") ? Double.parseDouble(minFrequency) : -1;
        int maxCategories = s.containsKey("max_categories") ? Integer.parseInt(s.get("max_categories")) : -1;
        String handleUnknown = name.equals("min_frequency=4,max_categories=4") ? "ignore" : "infrequent_if_exist";
        return new OneHotParams(OneHotParams.HandleUnknown.parse(handleUnknown), OneHotParams.Drop.parse(s.get("drop")),
                new OneHotParams.Infrequent(count, fraction, maxCategories));
    }

    @Test
    void infrequentCategoriesMatchScikitLearn() {
        List<String> cols = List.of("city", "size", "color");
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("onehot_train.csv")).select(cols);
            Table test = CsvReader.read(ctx, Reference.input("onehot_test.csv")).select(cols);
            Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
            for (Map<String, String> r : Reference.rows("onehot_infrequent.csv")) {
                groups.computeIfAbsent(r.get("case") + "|" + r.get("split"), k -> new ArrayList<>()).add(r);
            }
            int checked = 0;
            for (List<Map<String, String>> rows : groups.values()) {
                String name = rows.getFirst().get("case");
                String split = rows.getFirst().get("split");
                FittedOneHot enc = OneHotEncoderKernel.fit(train, params(name));
                Table out = enc.transform(ctx, split.equals("train") ? train : test);
                assertEquals(rows.stream().map(r -> r.get("column")).toList(), out.columnNames(), name + " names");
                for (Map<String, String> r : rows) {
                    Reference.assertAllClose(Reference.numbers(r.get("values")), out.column(r.get("column")).toDoubleArray(),
                            name + " " + split + " " + r.get("column"));
                    checked++;
                }
            }
            assertEquals(196, checked);
        }
    }

    @Test
    void aStoredEncoderKeepsItsInfrequentGroups() throws java.io.IOException {
        List<String> cols = List.of("city", "size", "color");
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("onehot_train.csv")).select(cols);
            Table test = CsvReader.read(ctx, Reference.input("onehot_test.csv")).select(cols);
            FittedOneHot enc = OneHotEncoderKernel.fit(train, params("min_frequency=6,drop=first"));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            enc.writeTo(new java.io.DataOutputStream(bytes));
            FittedOneHot back = FittedOneHot.readFrom(new java.io.DataInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray())));
            assertEquals(enc.featureNames(), back.featureNames());
            assertEquals(enc.infrequentCategories(0), back.infrequentCategories(0));
            Table a = enc.transform(ctx, test);
            Table b = back.transform(ctx, test);
            for (int j = 0; j < a.columnCount(); j++) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(a.column(j).toDoubleArray(), b.column(j).toDoubleArray());
            }
        }
    }
}
