package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.frontend.api.LearnerPredictions;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.exec.CopiedValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * numpy's basic indexing of a learner's predictions: the rows of {@code range(n)[start:stop:step]} held to Python's
 * own (frontend/reference/make_slice_reference.py), and a 2-d array's column taken as the 1-d array of its values.
 */
class NumpyIndexingTest {
    private static Long bound(String s) {
        return s.isEmpty() ? null : Long.parseLong(s);
    }

    @Test
    void rowsArePythonsSliceOfTheRange() throws IOException {
        List<String> lines;
        try (InputStream in = NumpyIndexingTest.class.getResourceAsStream("/reference/slice_rows.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals("length,start,stop,step,rows", lines.get(0));
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            int[] expected = f[4].isEmpty() ? new int[0] : Arrays.stream(f[4].split(" ")).mapToInt(Integer::parseInt).toArray();
            assertEquals(Arrays.toString(expected), Arrays.toString(NumpyIndexing.rows(Integer.parseInt(f[0]), bound(f[1]),
                    bound(f[2]), bound(f[3]))), line);
            checked++;
        }
        assertEquals(4 * 11 * 11 * 7, checked);
    }

    @Test
    void aColumnOfProbabilitiesIsOneDimensional() {
        CopiedValue proba = new CopiedValue(true, List.of(
                new CopiedValue.CopiedColumn("a", DataType.FLOAT64, new double[] {0.1, 0.2, 0.3}, new boolean[3]),
                new CopiedValue.CopiedColumn("b", DataType.FLOAT64, new double[] {0.9, 0.8, 0.7}, new boolean[3])));
        CopiedValue second = NumpyIndexing.apply(proba, new LearnerPredictions.Slice(null, null, null, 1));
        assertEquals(false, second.frame());
        assertEquals("[0.9, 0.8, 0.7]", Arrays.toString((double[]) second.columns().get(0).values()));
        CopiedValue last = NumpyIndexing.apply(proba, new LearnerPredictions.Slice(-2L, null, null, -2));
        assertEquals("[0.2, 0.3]", Arrays.toString((double[]) last.columns().get(0).values()));
        CopiedValue rows = NumpyIndexing.apply(proba, new LearnerPredictions.Slice(null, null, -1L, null));
        assertEquals(true, rows.frame());
        assertEquals("[0.7, 0.8, 0.9]", Arrays.toString((double[]) rows.columns().get(1).values()));
    }
}
