package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.reference.Reference;
import io.stratum.runtime.kernels.vectorize.CleanerTest;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TableVectorizer with other encoders in its groups (MinHashEncoder, OrdinalEncoder, StandardScaler,
 * DatetimeEncoder with other settings, "passthrough", "drop") against skrub itself
 * (runtime/reference/make_skrub_reference.py, skrub_table_vectorizer_encoders.csv): output columns in order, their
 * kinds and values on training and held-out rows.
 */
class TableVectorizerEncodersTest {

    private static Const est(String name, Map<String, Const> params) {
        return ApplyToColsTest.spec(name, params).toConst();
    }

    private static final Map<String, EstimatorSpec> CASES = Map.of(
            "high_cardinality=MinHashEncoder(n_components=4)", ApplyToColsTest.spec("skrub.TableVectorizer",
                    Map.of("high_cardinality", est("skrub.MinHashEncoder", Map.of("n_components", Const.of(4L))))),
            "low_cardinality=OrdinalEncoder(...), high_cardinality='drop', numeric=StandardScaler()",
            ApplyToColsTest.spec("skrub.TableVectorizer", Map.of(
                    "low_cardinality", est("sklearn.preprocessing.OrdinalEncoder", Map.of("handle_unknown",
                            Const.of("use_encoded_value"), "unknown_value", Const.of(-1L))),
                    "high_cardinality", Const.of("drop"),
                    "numeric", est("sklearn.preprocessing.StandardScaler", Map.of()))),
            "datetime='passthrough', low_cardinality='passthrough', high_cardinality=MinHashEncoder(murmur)",
            ApplyToColsTest.spec("skrub.TableVectorizer", Map.of(
                    "datetime", Const.of("passthrough"), "low_cardinality", Const.of("passthrough"),
                    "high_cardinality", est("skrub.MinHashEncoder", Map.of("n_components", Const.of(3L), "hashing",
                            Const.of("murmur"))))),
            "datetime=DatetimeEncoder(resolution='day', add_weekday=True), numeric='drop', cardinality_threshold=5",
            ApplyToColsTest.spec("skrub.TableVectorizer", Map.of(
                    "datetime", est("skrub.DatetimeEncoder", Map.of("resolution", Const.of("day"), "add_weekday",
                            Const.of(true))),
                    "numeric", Const.of("drop"), "cardinality_threshold", Const.of(5L),
                    "high_cardinality", est("skrub.MinHashEncoder", Map.of("n_components", Const.of(2L))))),
            "specific_transformers=[(MinHashEncoder(n_components=2), ['title']), ('passthrough', ['gender', 'year'])]",
            ApplyToColsTest.spec("skrub.TableVectorizer", Map.of("specific_transformers", new Const.ListConst(List.of(
                    new Const.ListConst(List.of(est("skrub.MinHashEncoder", Map.of("n_components", Const.of(2L))),
                            Const.ofStrings(List.of("title"))), true),
                    new Const.ListConst(List.of(Const.of("passthrough"), Const.ofStrings(List.of("gender", "year"))),
                            true))))));

    /** The numeric columns StandardScaler scales in the second case. */
    private static final java.util.Set<String> SCALED = java.util.Set.of("year", "ratio", "constant");
    /** Absolute tolerance for standardized values (|z| < 4) scaled in float32 by scikit-learn: measured 2.1e-6. */
    private static final double FLOAT32_SCALING = 1e-5;

    @Test
    void matchesSkrub() {
        EstimatorKernels kernels = EstimatorKernels.standard();
        Map<String, Map<String, List<Map<String, String>>>> expected = new LinkedHashMap<>();
        for (Map<String, String> r : Reference.rows("skrub_table_vectorizer_encoders.csv")) {
            expected.computeIfAbsent(r.get("case"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.get("split"), k -> new ArrayList<>()).add(r);
        }
        assertEquals(CASES.keySet(), expected.keySet());
        int checked = 0;
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("skrub_small_train.csv")).drop(List.of("salary"));
            Table test = CsvReader.read(ctx, Reference.input("skrub_small_test.csv")).drop(List.of("salary"));
            for (var e : expected.entrySet()) {
                EstimatorSpec spec = CASES.get(e.getKey());
                EstimatorKernels.Transformer tv = kernels.transformer(spec, Origin.NONE);
                Object fitted = tv.fit(ctx, train, spec);
                for (var split : e.getValue().entrySet()) {
                    Table out = tv.transform(ctx, fitted, split.getKey().equals("train") ? train : test);
                    String what = e.getKey() + " " + split.getKey();
                    assertEquals(split.getValue().stream().map(r -> r.get("column")).toList(), out.columnNames(),
                            what + " columns");
                    for (Map<String, String> r : split.getValue()) {
                        if (e.getKey().contains("StandardScaler") && SCALED.contains(r.get("column"))) {
                            // scikit-learn scales skrub's float32 columns in float32 (mean and scale rounded to
                            // float32 too); Stratum scales the float32-rounded values in float64
                            double[] want = Reference.numbers(r.get("values").replace(" | ", " "));
                            double[] got = out.column(r.get("column")).toDoubleArray();
                            for (int i = 0; i < want.length; i++) {
                                assertEquals(want[i], got[i], FLOAT32_SCALING, what + " " + r.get("column") + " row " + i);
                            }
                        } else {
                            CleanerTest.checkColumn(out.column(r.get("column")), r.get("dtype"),
                                    r.get("values").split(" \\| ", -1), what);
                        }
                        checked++;
                    }
                }
            }
        }
        assertEquals(Reference.rows("skrub_table_vectorizer_encoders.csv").size(), checked);
    }
}
