package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.ParamSpec;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.vectorize.CleanerTest;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * skrub's ApplyToCols against skrub itself (runtime/reference/make_skrub_reference.py, skrub_apply_to_cols.csv):
 * output columns in skrub's order (a list of names keeps its order, a single-column transformer's outputs take each
 * column's place), names after rename_columns, keep_original, exclude_cols, kinds and values on the training rows and
 * on held-out rows.
 */
class ApplyToColsTest {

    /** An estimator with the catalog's defaults and these parameters, as the binder builds it. */
    static EstimatorSpec spec(String qualifiedName, Map<String, Const> given) {
        ApiEntry entry = StandardCatalog.get().lookup(qualifiedName);
        List<String> names = new ArrayList<>();
        List<Const> values = new ArrayList<>();
        List<Boolean> explicit = new ArrayList<>();
        for (ParamSpec p : entry.params()) {
            names.add(p.name());
            values.add(given.getOrDefault(p.name(), p.defaultValue()));
            explicit.add(given.containsKey(p.name()));
        }
        assertTrue(names.containsAll(given.keySet()), "unknown parameter in " + given.keySet());
        return new EstimatorSpec(qualifiedName, names, values, explicit);
    }

    private static Const names(String... n) {
        return Const.ofStrings(List.of(n));
    }

    private static EstimatorSpec applyToCols(EstimatorSpec inner, Map<String, Const> given) {
        Map<String, Const> all = new LinkedHashMap<>(given);
        all.put("transformer", inner.toConst());
        return spec("skrub.ApplyToCols", all);
    }

    /** The step the "after to_datetime:" cases run first: stamp and hired parsed. */
    private static final EstimatorSpec PARSE_DATES = applyToCols(spec("skrub.ToDatetime", Map.of()),
            Map.of("cols", names("stamp", "hired")));

    private static final Map<String, EstimatorSpec> CASES = Map.ofEntries(Map.entry(
            "scaler on ratio, salary", applyToCols(spec("sklearn.preprocessing.StandardScaler", Map.of()),
                    Map.of("cols", names("ratio", "salary")))),
            Map.entry("scaler on numeric but empty, kept, renamed", applyToCols(spec("sklearn.preprocessing.StandardScaler",
                    Map.of()), Map.of("cols", new ColumnSelector.Numeric().toConst(), "exclude_cols", names("empty"),
                    "keep_original", Const.of(true), "rename_columns", Const.of("scaled_{}")))),
            Map.entry("one-hot on gender, department", applyToCols(spec("sklearn.preprocessing.OneHotEncoder",
                    Map.of("sparse_output", Const.of(false), "handle_unknown", Const.of("ignore"))),
                    Map.of("cols", names("department", "gender")))),
            Map.entry("ordinal on strings but title, uid, measure", applyToCols(spec("sklearn.preprocessing.OrdinalEncoder",
                    Map.of("handle_unknown", Const.of("use_encoded_value"), "unknown_value", Const.of(-1L))),
                    Map.of("cols", new ColumnSelector.StringType().toConst(), "exclude_cols",
                            names("title", "uid", "measure")))),
            Map.entry("to_datetime on hired, stamp", applyToCols(spec("skrub.ToDatetime", Map.of()),
                    Map.of("cols", names("stamp", "hired")))),
            Map.entry("to_datetime on stamp, kept, renamed", applyToCols(spec("skrub.ToDatetime", Map.of()),
                    Map.of("cols", Const.of("stamp"), "keep_original", Const.of(true), "rename_columns",
                            Const.of("{}_parsed")))),
            Map.entry("to_datetime on all, allow_reject", applyToCols(spec("skrub.ToDatetime", Map.of()),
                    Map.of("allow_reject", Const.of(true)))),
            Map.entry("minhash on all, allow_reject", applyToCols(spec("skrub.MinHashEncoder",
                    Map.of("n_components", Const.of(2L))), Map.of("allow_reject", Const.of(true)))),
            Map.entry("after to_datetime: datetime_encoder on all, allow_reject", applyToCols(
                    spec("skrub.DatetimeEncoder", Map.of()), Map.of("allow_reject", Const.of(true)))));

    @Test
    void matchesSkrub() {
        EstimatorKernels kernels = EstimatorKernels.standard();
        Map<String, Map<String, List<Map<String, String>>>> expected = new LinkedHashMap<>();
        for (Map<String, String> r : Reference.rows("skrub_apply_to_cols.csv")) {
            expected.computeIfAbsent(r.get("case"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.get("split"), k -> new ArrayList<>()).add(r);
        }
        assertEquals(CASES.keySet(), expected.keySet());
        int checked = 0;
        try (MemoryContext ctx = MemoryContext.open()) {
            Table all = CsvReader.read(ctx, Reference.input("skrub_clean.csv"));
            Table train = all.take(IntStream.range(0, 120).toArray());
            Table test = all.take(IntStream.range(120, all.rowCount()).toArray());
            for (var e : expected.entrySet()) {
                EstimatorSpec spec = CASES.get(e.getKey());
                EstimatorKernels.Transformer step = kernels.transformer(spec, Origin.NONE);
                Table trainIn = train;
                Table testIn = test;
                if (e.getKey().startsWith("after to_datetime:")) {
                    EstimatorKernels.Transformer parse = kernels.transformer(PARSE_DATES, Origin.NONE);
                    Object parsed = parse.fit(ctx, train, PARSE_DATES);
                    trainIn = parse.transform(ctx, parsed, train);
                    testIn = parse.transform(ctx, parsed, test);
                }
                Object fitted = step.fit(ctx, trainIn, spec);
                for (var split : e.getValue().entrySet()) {
                    Table out = step.transform(ctx, fitted, split.getKey().equals("train") ? trainIn : testIn);
                    String what = e.getKey() + " " + split.getKey();
                    assertEquals(split.getValue().stream().map(r -> r.get("column")).toList(), out.columnNames(),
                            what + " columns");
                    for (Map<String, String> r : split.getValue()) {
                        CleanerTest.checkColumn(out.column(r.get("column")), r.get("dtype"),
                                r.get("values").split(" \\| ", -1), what);
                        checked++;
                    }
                }
            }
        }
        assertEquals(Reference.rows("skrub_apply_to_cols.csv").size(), checked);
    }

    @Test
    void toCategoricalMarksStringsAsCategoriesAndRejectsOtherColumns() {
        EstimatorKernels kernels = EstimatorKernels.standard();
        EstimatorSpec toCategorical = spec("skrub.ToCategorical", Map.of());
        try (MemoryContext ctx = MemoryContext.open()) {
            Table all = CsvReader.read(ctx, Reference.input("skrub_clean.csv"));
            Table train = all.take(IntStream.range(0, 120).toArray());
            Table test = all.take(IntStream.range(120, all.rowCount()).toArray());
            EstimatorKernels.Transformer step = kernels.transformer(toCategorical, Origin.NONE);
            Table strings = train.select(List.of("gender", "department"));
            Object fitted = step.fit(ctx, strings, toCategorical);
            // the categories are the values each call is given, sorted as Python sorts str (pandas' astype)
            for (Table in : List.of(strings, test.select(List.of("gender", "department")))) {
                Table out = step.transform(ctx, fitted, in);
                assertEquals(List.of("gender", "department"), out.columnNames());
                for (String c : out.columnNames()) {
                    io.stratum.runtime.data.StringColumn cat = (io.stratum.runtime.data.StringColumn) out.column(c);
                    assertTrue(cat.isCategorical(), c);
                    String[] values = ((io.stratum.runtime.data.StringColumn) in.column(c)).toStringArray();
                    java.util.TreeSet<String> distinct = new java.util.TreeSet<>();
                    for (String v : values) {
                        if (v != null) {
                            distinct.add(v);
                        }
                    }
                    assertEquals(List.copyOf(distinct), List.of(cat.categories()), c);
                    assertEquals(java.util.Arrays.asList(values), java.util.Arrays.asList(cat.toStringArray()), c);
                }
                // a category column passes through as it is
                Table again = step.transform(ctx, fitted, out);
                assertTrue(again.column(0) == out.column(0));
            }
            DataException e = assertThrows(DataException.class,
                    () -> step.fit(ctx, train.select(List.of("gender", "year")), toCategorical));
            assertTrue(e.getMessage().contains("'year'") && e.getMessage().contains("int64"), e.getMessage());
            // in ApplyToCols with allow_reject, skrub's RejectColumn leaves the other columns as they are
            EstimatorSpec each = applyToCols(toCategorical, Map.of("allow_reject", Const.of(true)));
            EstimatorKernels.Transformer wrapped = kernels.transformer(each, Origin.NONE);
            Table out = wrapped.transform(ctx, wrapped.fit(ctx, train, each), test);
            assertEquals(test.columnNames(), out.columnNames());
            assertTrue(((io.stratum.runtime.data.StringColumn) out.column("department")).isCategorical());
            assertEquals(test.column("year").type(), out.column("year").type());
        }
    }

    @Test
    void aNameSkrubWouldTagAtRandomIsRefusedWithAHint() {
        EstimatorKernels kernels = EstimatorKernels.standard();
        EstimatorSpec spec = applyToCols(spec("skrub.ToDatetime", Map.of()), Map.of("cols", Const.of("stamp"),
                "keep_original", Const.of(true)));
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("skrub_clean.csv"));
            DataException e = assertThrows(DataException.class,
                    () -> kernels.transformer(spec, Origin.NONE).fit(ctx, train, spec));
            assertTrue(e.getMessage().contains("'stamp'") && e.getMessage().contains("rename_columns"), e.getMessage());
        }
        assertEquals("x_a_{b}", ApplyToColsStep.format("{}_a_{{b}}", "x"));
        assertThrows(DataException.class, () -> ApplyToColsStep.format("{name}", "x"));
    }
}
