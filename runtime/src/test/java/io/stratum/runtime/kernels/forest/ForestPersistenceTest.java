package io.stratum.runtime.kernels.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.classify.ClassLabels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fitted forests stored for the lineage cache come back answering the same bits; damaged entries are refused. */
class ForestPersistenceTest {
    private static final int ROWS = 300;

    private static FeatureMatrix features() {
        Random r = new Random(3);
        double[] data = new double[ROWS * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = Math.round(r.nextGaussian() * 100) / 10.0;
        }
        return FeatureMatrix.ofColumnMajor(ROWS, List.of("a", "b", "c"), data);
    }

    private static byte[] bytes(io.stratum.runtime.cache.Persistable p) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        p.writeTo(new DataOutputStream(b));
        return b.toByteArray();
    }

    private static DataInputStream in(byte[] b) {
        return new DataInputStream(new ByteArrayInputStream(b));
    }

    @Test
    void regressorRoundTripsToTheSameBits() throws IOException {
        FeatureMatrix x = features();
        double[] y = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            y[i] = x.get(i, 0) * 2 - x.get(i, 1) + Math.sin(x.get(i, 2));
        }
        ForestParams p = new ForestParams(7, 0, 2L, 1L, 0.0, 1.0, 0.0, true, 11L, null);
        FittedRandomForestRegressor fitted = FittedRandomForestRegressor.fit(x, y, p);
        byte[] stored = bytes(fitted);
        FittedRandomForestRegressor back = FittedRandomForestRegressor.readFrom(in(stored));
        assertArrayEquals(fitted.predict(x), back.predict(x), 0.0);
        assertThrows(IOException.class, () -> FittedRandomForestRegressor.readFrom(in(Arrays.copyOf(stored, 40))));
    }

    @Test
    void classifierRoundTripsWithItsClasses() throws IOException {
        FeatureMatrix x = features();
        String[] labels = new String[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = x.get(i, 0) > 0.5 ? "sunny" : x.get(i, 1) > 0 ? "rain" : "fog";
        }
        try (MemoryContext memory = MemoryContext.open()) {
            StringColumn y = StringColumn.of(memory, "y", labels);
            ClassLabels classes = ClassLabels.of(y);
            ForestParams p = new ForestParams(5, 3, 2L, 1L, 0.0, "sqrt", 0.0, true, 2L, null);
            FittedRandomForestClassifier fitted = FittedRandomForestClassifier.fit(x, classes, classes.encode(y), p);
            byte[] stored = bytes(fitted);
            FittedRandomForestClassifier back = FittedRandomForestClassifier.readFrom(in(stored));
            assertArrayEquals(classes.displayNames(), back.classes().displayNames());
            double[][] expected = fitted.probabilities(x);
            double[][] actual = back.probabilities(x);
            for (int k = 0; k < expected.length; k++) {
                assertArrayEquals(expected[k], actual[k], 0.0);
            }
            assertArrayEquals(fitted.predict(x), back.predict(x));
            assertEquals(3, back.classes().count());
            assertThrows(IOException.class, () -> FittedRandomForestClassifier.readFrom(in(Arrays.copyOf(stored, 30))));
        }
    }
}
