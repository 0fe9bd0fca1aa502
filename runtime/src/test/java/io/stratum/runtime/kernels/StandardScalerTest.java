package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.scale.FittedStandardScaler;
import io.stratum.runtime.kernels.scale.ScalerParams;
import io.stratum.runtime.kernels.scale.StandardScalerKernel;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** StandardScaler statistics and outputs against scikit-learn, NaN and a constant column included. */
class StandardScalerTest {
    private static final List<String> COLUMNS = List.of("size", "level", "grade", "x1", "const");

    private static ScalerParams params(String fixtureCase) {
        // "with_mean=True,with_std=False"
        String[] parts = fixtureCase.split(",");
        return new ScalerParams(parts[0].endsWith("True"), parts[1].endsWith("True"));
    }

    @Test
    void statisticsMatchScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv")).select(COLUMNS);
            for (Map<String, String> r : Reference.rows("scaler_stats.csv")) {
                ScalerParams p = params(r.get("case"));
                FittedStandardScaler s = StandardScalerKernel.fit(train, p);
                int j = COLUMNS.indexOf(r.get("column"));
                String what = r.get("case") + " " + r.get("column");
                if (!r.get("mean").equals("none")) {
                    Reference.assertClose(Reference.number(r.get("mean")), s.mean()[j], what + " mean");
                }
                if (r.get("var").equals("none")) {
                    assertNull(s.var(), what + " var");
                    assertNull(s.scale(), what + " scale");
                } else {
                    Reference.assertClose(Reference.number(r.get("var")), s.var()[j], what + " var");
                    Reference.assertClose(Reference.number(r.get("scale")), s.scale()[j], what + " scale");
                }
                assertEquals(Long.parseLong(r.get("n_samples_seen")), s.samplesSeen()[j], what + " n_samples_seen");
            }
        }
    }

    @Test
    void outputsMatchScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv")).select(COLUMNS);
            Table test = CsvReader.read(ctx, Reference.input("small_test.csv")).select(COLUMNS);
            for (Map<String, String> r : Reference.rows("scaler_outputs.csv")) {
                FittedStandardScaler s = StandardScalerKernel.fit(train, params(r.get("case")));
                Table input = r.get("split").equals("train") ? train : test;
                String what = r.get("case") + " " + r.get("split") + " " + r.get("column");
                double[] expected = Reference.numbers(r.get("values"));
                Reference.assertAllClose(expected, s.transform(ctx, input).column(r.get("column")).toDoubleArray(),
                        what);
            }
        }
    }

    @Test
    void matrixTransformAgreesWithTableTransform() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv")).select(List.of("size", "x1"));
            FittedStandardScaler s = StandardScalerKernel.fit(train, ScalerParams.DEFAULT);
            FeatureMatrix viaMatrix = s.transform(FeatureMatrix.fromTable(train));
            FeatureMatrix viaTable = FeatureMatrix.fromTable(s.transform(ctx, train));
            assertEquals(java.util.Arrays.toString(viaTable.toColumnMajorArray()),
                    java.util.Arrays.toString(viaMatrix.toColumnMajorArray()));
        }
    }
}
