package io.stratum.runtime.kernels.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.logical.NumericFunction;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * PolynomialFeatures, SplineTransformer, KBinsDiscretizer and FunctionTransformer against scikit-learn 1.9.1
 * (runtime/reference/make_features_reference.py): output names in order and values at 1e-9 relative, held-out rows
 * beyond the training range included.
 */
class FeatureTransformersTest {

    /** "degree=3,interaction_only=True" as a map; a tuple value "(2, 3)" stays whole. */
    private static Map<String, String> settings(String text) {
        Map<String, String> out = new HashMap<>();
        for (String part : text.replace(", ", ";").split(",")) {
            String[] kv = part.split("=", 2);
            out.put(kv[0], kv.length > 1 ? kv[1].replace(";", ", ") : "");
        }
        return out;
    }

    /** The fixture's rows of each (case, split) in order, and checks every one of them against {@code run}. */
    private static int check(String fixture, List<String> cols, Function<String, Fitted> fit) {
        int checked = 0;
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("features_train.csv")).select(cols);
            Table test = CsvReader.read(ctx, Reference.input("features_test.csv")).select(cols);
            Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
            for (Map<String, String> r : Reference.rows(fixture)) {
                groups.computeIfAbsent(r.get("case") + "|" + r.get("split"), k -> new ArrayList<>()).add(r);
            }
            for (List<Map<String, String>> rows : groups.values()) {
                String name = rows.getFirst().get("case");
                Table input = rows.getFirst().get("split").equals("train") ? train : test;
                Fitted fitted = fit.apply(name);
                Fitted.Model model = fitted.fit(train);
                String what = name + " " + rows.getFirst().get("split");
                if (rows.getFirst().get("values").startsWith("error: ")) {
                    DataException e = assertThrows(DataException.class, () -> model.transform(ctx, input), what);
                    assertTrue(e.getMessage().contains("beyond the limits of the knots"), e.getMessage());
                    checked++;
                    continue;
                }
                Table out = model.transform(ctx, input);
                List<String> expectedNames = rows.stream().map(r -> r.get("column")).toList();
                assertEquals(expectedNames, out.columnNames(), what + " names");
                for (Map<String, String> r : rows) {
                    Reference.assertAllClose(Reference.numbers(r.get("values")),
                            out.column(r.get("column")).toDoubleArray(), what + " " + r.get("column"));
                    checked++;
                }
            }
        }
        return checked;
    }

    /** A fit step under test. */
    private interface Fitted {
        Model fit(Table train);

        interface Model {
            Table transform(MemoryContext ctx, Table input);
        }
    }

    @Test
    void polynomialFeaturesMatchScikitLearn() {
        int checked = check("features_polynomial.csv", List.of("a", "b", "c"), name -> {
            Map<String, String> s = settings(name);
            String degree = s.get("degree");
            int min = 0;
            int max;
            if (degree.startsWith("(")) {
                String[] p = degree.substring(1, degree.length() - 1).split(", ");
                min = Integer.parseInt(p[0]);
                max = Integer.parseInt(p[1]);
            } else {
                max = Integer.parseInt(degree);
            }
            int lo = min;
            boolean interaction = "True".equals(s.get("interaction_only"));
            boolean bias = !"False".equals(s.get("include_bias"));
            return train -> PolynomialFeaturesKernel.fit(train, lo, max, interaction, bias)::transform;
        });
        assertEquals(Reference.rows("features_polynomial.csv").size(), checked);
    }

    @Test
    void splinesMatchScikitLearn() {
        int checked = check("features_splines.csv", List.of("a", "b", "c"), name -> {
            Map<String, String> s = settings(name);
            SplineTransformerKernel.Params params = new SplineTransformerKernel.Params(
                    Integer.parseInt(s.getOrDefault("n_knots", "5")), Integer.parseInt(s.getOrDefault("degree", "3")),
                    "quantile".equals(s.get("knots")),
                    SplineTransformerKernel.Extrapolation.parse(s.getOrDefault("extrapolation", "constant")),
                    !"False".equals(s.get("include_bias")), false);
            return train -> SplineTransformerKernel.fit(train, params)::transform;
        });
        assertEquals(Reference.rows("features_splines.csv").size(), checked);
    }

    private static KBinsDiscretizerKernel.Params kbinsParams(String name) {
        Map<String, String> s = settings(name);
        return new KBinsDiscretizerKernel.Params(Integer.parseInt(s.get("n_bins")),
                KBinsDiscretizerKernel.Encode.parse(s.get("encode")),
                KBinsDiscretizerKernel.Strategy.parse(s.getOrDefault("strategy", "quantile")),
                NumpyQuantiles.parse(s.getOrDefault("quantile_method", "averaged_inverted_cdf")),
                Long.parseLong(s.getOrDefault("subsample", "200000")),
                s.containsKey("random_state") ? Long.valueOf(s.get("random_state")) : null,
                "float32".equals(s.get("dtype")));
    }

    @Test
    void kbinsMatchScikitLearn() {
        List<String> cols = List.of("a", "b", "c", "k");
        int checked = check("features_kbins.csv", cols,
                name -> train -> KBinsDiscretizerKernel.fit(train, kbinsParams(name))::transform);
        assertEquals(Reference.rows("features_kbins.csv").size(), checked);
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("features_train.csv")).select(cols);
            for (Map<String, String> r : Reference.rows("features_kbins_edges.csv")) {
                FittedKBins fitted = KBinsDiscretizerKernel.fit(train, kbinsParams(r.get("case")));
                Reference.assertAllClose(Reference.numbers(r.get("edges")), fitted.edges(cols.indexOf(r.get("column"))),
                        r.get("case") + " edges " + r.get("column"));
            }
        }
    }

    @Test
    void numpyFunctionsMatchScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("features_train.csv")).select(List.of("a", "b", "c"));
            Table test = CsvReader.read(ctx, Reference.input("features_test.csv")).select(List.of("a", "b", "c"));
            int checked = 0;
            for (Map<String, String> r : Reference.rows("features_function.csv")) {
                NumericFunction f = NumericFunction.byNumpyName(r.get("case"));
                Table out = FunctionTransformerKernel.transform(ctx, f, r.get("split").equals("train") ? train : test);
                String[] column = r.get("column").split(":");
                String dtype = out.column(column[0]).dtypeName();
                assertEquals(column[1], dtype, r.get("case") + " " + column[0] + " dtype");
                Reference.assertAllClose(Reference.numbers(r.get("values")), out.column(column[0]).toDoubleArray(),
                        r.get("case") + " " + r.get("split") + " " + column[0]);
                checked++;
            }
            assertEquals(42, checked);
        }
    }

    @Test
    void badInputIsRefusedNamingTheColumnAndRow() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv"));
            DataException text = assertThrows(DataException.class,
                    () -> PolynomialFeaturesKernel.fit(train.select(List.of("city")), 0, 2, false, true));
            assertTrue(text.getMessage().contains("'city'"), text.getMessage());
            DataException nan = assertThrows(DataException.class, () -> KBinsDiscretizerKernel.fit(
                    train.select(List.of("level")), kbinsParams("n_bins=3,encode=ordinal")));
            assertTrue(nan.getMessage().contains("'level'") && nan.getMessage().contains("row 2"), nan.getMessage());
            DataException spline = assertThrows(DataException.class, () -> SplineTransformerKernel.fit(
                    train.select(List.of("const")), new SplineTransformerKernel.Params(5, 3, false,
                            SplineTransformerKernel.Extrapolation.CONSTANT, true, false)));
            assertTrue(spline.getMessage().contains("strictly increasing"), spline.getMessage());
            FittedSplines zeros = SplineTransformerKernel.fit(train.select(List.of("level")),
                    new SplineTransformerKernel.Params(4, 3, false, SplineTransformerKernel.Extrapolation.CONSTANT, true, true));
            Table out = zeros.transform(ctx, train.select(List.of("level")));
            for (int j = 0; j < out.columnCount(); j++) {
                assertEquals(0.0, out.column(j).toDoubleArray()[2], "a missing value gives zeros");
            }
        }
    }
}
