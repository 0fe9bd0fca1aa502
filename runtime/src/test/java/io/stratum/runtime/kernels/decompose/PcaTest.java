package io.stratum.runtime.kernels.decompose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PCA against scikit-learn 1.9.1 (runtime/reference/make_pca_reference.py): the solver "auto" picks, the number of
 * components kept, output names, and fit_transform's training rows and transform's held-out rows at 1e-9 relative to
 * the largest value of each output column; every svd_solver, whitening, a variance fraction and "mle".
 */
class PcaTest {

    static PcaKernel.Params params(String caseName) {
        Map<String, String> s = new HashMap<>();
        for (String part : caseName.split(",")) {
            String[] kv = part.split("=", 2);
            s.put(kv[0], kv[1]);
        }
        String nc = s.get("n_components");
        PcaKernel.Components components = switch (nc) {
            case "None" -> PcaKernel.Components.ALL;
            case "mle" -> new PcaKernel.Components(null, null, true);
            default -> nc.contains(".") ? new PcaKernel.Components(null, Double.parseDouble(nc), false)
                    : new PcaKernel.Components(Integer.parseInt(nc), null, false);
        };
        return new PcaKernel.Params(components, "True".equals(s.get("whiten")),
                PcaKernel.Solver.parse(s.getOrDefault("svd_solver", "auto")),
                s.containsKey("iterated_power") ? Integer.valueOf(s.get("iterated_power")) : null,
                Integer.parseInt(s.getOrDefault("n_oversamples", "10")),
                RandomizedSvd.Normalizer.parse(s.getOrDefault("power_iteration_normalizer", "auto")),
                s.containsKey("random_state") ? Long.valueOf(s.get("random_state")) : null);
    }

    @Test
    void matchesScikitLearn() {
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (Map<String, String> r : Reference.rows("pca.csv")) {
            groups.computeIfAbsent(r.get("case") + "|" + r.get("data") + "|" + r.get("split"), k -> new ArrayList<>())
                    .add(r);
        }
        int checked = 0;
        try (MemoryContext ctx = MemoryContext.open()) {
            Map<String, Table[]> data = Map.of(
                    "abc", new Table[] {
                            CsvReader.read(ctx, Reference.input("features_train.csv")).select(List.of("a", "b", "c")),
                            CsvReader.read(ctx, Reference.input("features_test.csv")).select(List.of("a", "b", "c"))},
                    "x", new Table[] {CsvReader.read(ctx, Reference.input("pca_train.csv")),
                            CsvReader.read(ctx, Reference.input("pca_test.csv"))});
            for (List<Map<String, String>> rows : groups.values()) {
                Map<String, String> first = rows.getFirst();
                Table[] frames = data.get(first.get("data"));
                PcaKernel.Params params = params(first.get("case"));
                String what = first.get("case") + " on " + first.get("data") + " " + first.get("split");
                String[] fitted = first.get("fitted").split(" ");
                String solver = fitted[0].substring("solver=".length());
                assertEquals(PcaKernel.Solver.parse(solver), PcaKernel.resolve(params.solver(), params.components(),
                        frames[0].rowCount(), frames[0].columnCount()), what + " solver");
                FittedPca pca = PcaKernel.fit(frames[0], params);
                assertEquals(Integer.parseInt(fitted[1].substring("n_components_=".length())), pca.componentCount(),
                        what + " n_components_");
                Table out = pca.transform(ctx, first.get("split").equals("train") ? frames[0] : frames[1]);
                assertEquals(rows.stream().map(r -> r.get("column")).toList(), out.columnNames(), what + " names");
                for (Map<String, String> r : rows) {
                    Reference.assertAllClose(Reference.numbers(r.get("values")),
                            out.column(r.get("column")).toDoubleArray(), what + " " + r.get("column"));
                    checked++;
                }
            }
        }
        assertEquals(Reference.rows("pca.csv").size(), checked);
    }

    @Test
    void autoPicksAsScikitLearn() {
        PcaKernel.Components five = new PcaKernel.Components(5, null, false);
        assertEquals(PcaKernel.Solver.COVARIANCE_EIGH, PcaKernel.resolve(PcaKernel.Solver.AUTO, five, 10_000, 50));
        assertEquals(PcaKernel.Solver.FULL, PcaKernel.resolve(PcaKernel.Solver.AUTO, five, 400, 100));
        assertEquals(PcaKernel.Solver.RANDOMIZED, PcaKernel.resolve(PcaKernel.Solver.AUTO, five, 600, 100));
        assertEquals(PcaKernel.Solver.FULL, PcaKernel.resolve(PcaKernel.Solver.AUTO, PcaKernel.Components.ALL, 600,
                100));
        assertEquals(PcaKernel.Solver.FULL, PcaKernel.resolve(PcaKernel.Solver.AUTO,
                new PcaKernel.Components(null, 0.5, false), 600, 100));
        assertEquals(PcaKernel.Solver.RANDOMIZED, PcaKernel.resolve(PcaKernel.Solver.AUTO, five, 600, 2_000));
        assertEquals(PcaKernel.Solver.FULL, PcaKernel.resolve(PcaKernel.Solver.AUTO,
                new PcaKernel.Components(null, null, true), 600, 2_000));
    }

    @Test
    void refusesWhatScikitLearnRefuses() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = Table.of(Float64Column.of(ctx, "a", new double[] {1, 2, 3}),
                    Float64Column.of(ctx, "b", new double[] {1, Double.NaN, 0}));
            DataException nan = assertThrows(DataException.class, () -> PcaKernel.fit(t, params("n_components=1")));
            assertTrue(nan.getMessage().contains("column 'b'") && nan.getMessage().contains("row 1"), nan.getMessage());
            Table ok = Table.of(Float64Column.of(ctx, "a", new double[] {1, 2, 3}),
                    Float64Column.of(ctx, "b", new double[] {1, 5, 0}));
            DataException many = assertThrows(DataException.class, () -> PcaKernel.fit(ok, params("n_components=3")));
            assertTrue(many.getMessage().contains("min(n_samples, n_features)=2"), many.getMessage());
            DataException mle = assertThrows(DataException.class, () -> PcaKernel.fit(ok,
                    params("n_components=mle,svd_solver=randomized")));
            assertTrue(mle.getMessage().contains("randomized"), mle.getMessage());
        }
    }
}
