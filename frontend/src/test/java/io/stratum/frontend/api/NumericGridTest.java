package io.stratum.frontend.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.value.Const;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values a grid search tries for {@code choose_int}/{@code choose_float} with {@code n_steps} equal numpy's
 * ({@code linspace}, in log space when asked, rounded half-to-even and deduplicated for integers), to the last bit:
 * the fixture was written by {@code frontend/reference/make_choice_reference.py}.
 */
class NumericGridTest {

    @Test
    void gridsEqualNumpyBitForBit() throws IOException {
        List<String> lines;
        try (InputStream in = NumericGridTest.class.getResourceAsStream("/reference/numeric_grids.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertEquals("kind,low,high,log,n_steps,values", lines.get(0));
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            boolean integer = f[0].equals("int");
            NumericGrid grid = new NumericGrid(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    f[3].equals("True"), Integer.parseInt(f[4]), integer);
            List<String> expected = List.of(f[5].split(" "));
            List<Const> actual = grid.values();
            assertEquals(expected.size(), actual.size(), line);
            for (int i = 0; i < expected.size(); i++) {
                Const c = actual.get(i);
                if (integer) {
                    assertEquals(expected.get(i), ((Const.IntConst) c).repr(), line);
                } else if (f[3].equals("True")) {
                    // numpy's vectorized exp is not always correctly rounded; Java's Math.exp (like C's exp) may
                    // differ from it by one unit in the last place.
                    double want = Double.parseDouble(expected.get(i));
                    double got = ((Const.FloatConst) c).value();
                    assertTrue(Math.abs(got - want) <= Math.ulp(want), line + ": " + got + " vs " + want);
                } else {
                    assertEquals(expected.get(i), ((Const.FloatConst) c).repr(), line);
                }
            }
            checked++;
        }
        assertEquals(13, checked);
    }

    @Test
    void rejectsWhatSkrubRejects() {
        assertThrows(StratumError.class, () -> new NumericGrid(10, 1, false, 3, true));
        assertThrows(StratumError.class, () -> new NumericGrid(0, 1, true, 3, false));
        assertThrows(StratumError.class, () -> new NumericGrid(1, 2, false, 0, false));
    }

    @Test
    void aContinuousRangeCannotBeGridSearched() {
        DataOp continuous = DataOps.chooseFloat(0.1, 10.0, true, null, "alpha");
        StratumError e = assertThrows(StratumError.class, () -> continuous.skb().makeGridSearch(5, (String) null, false));
        assertTrue(e.getMessage().contains("choose_float(0.1, 10.0, log=True, name='alpha')"), e.getMessage());
        assertTrue(e.hint().contains("n_steps"), e.hint());
    }
}
