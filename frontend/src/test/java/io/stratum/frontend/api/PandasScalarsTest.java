package io.stratum.frontend.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import io.stratum.frontend.syntax.ScriptError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code pd.Timestamp}, {@code pd.Timedelta} and {@code pd.to_timedelta} of constants, and their arithmetic, held to
 * pandas' repr() and str() of the same expressions ({@code frontend/reference/make_pandas_scalars_reference.py}) in
 * both frontends; what Stratum refuses is a located error.
 */
class PandasScalarsTest {
    private static final List<Map<String, String>> CASES = ReferenceCsv.read("frontend/src/test/resources/reference/pandas_scalars.csv");

    private static String script() {
        StringBuilder s = new StringBuilder("import pandas as pd\n");
        for (Map<String, String> c : CASES) {
            s.append("print(repr(").append(c.get("expression")).append("))\n");
            s.append("print(").append(c.get("expression")).append(")\n");
        }
        return s.toString();
    }

    private static List<String> printed(BoundScript bound) {
        List<String> out = new ArrayList<>();
        for (ScriptAction a : bound.actions()) {
            out.add(((ScriptAction.PrintText) a).text().stripTrailing());
        }
        return out;
    }

    private static void assertPandasText(List<String> printed, String frontend) {
        assertTrue(CASES.size() >= 70, "cases: " + CASES.size());
        assertEquals(2 * CASES.size(), printed.size(), frontend);
        for (int i = 0; i < CASES.size(); i++) {
            Map<String, String> c = CASES.get(i);
            assertEquals(c.get("repr"), printed.get(2 * i), frontend + ": repr(" + c.get("expression") + ")");
            assertEquals(c.get("str"), printed.get(2 * i + 1), frontend + ": str(" + c.get("expression") + ")");
        }
    }

    @Test
    void subsetFrontendGivesPandasValuesAndText() {
        assertPandasText(printed(ScriptBinder.bind(script(), "scalars.py", ExampleScripts.repoRoot())), "subset");
    }

    @Test
    void graalPyFrontendGivesPandasValuesAndText() {
        assertPandasText(printed(GraalPyFrontend.bind(script(), "scalars.py", ExampleScripts.repoRoot())), "graalpy");
    }

    @Test
    void whatPandasReadsDifferentlyIsRefusedAtItsLine() {
        String[][] cases = {
                {"pd.Timestamp('now')", "reads the clock"},
                {"pd.Timestamp('2020-06-01T12:00:00+02:00')", "fixed-offset zone"},
                {"pd.Timestamp('01/02/2020')", "ISO 8601 text only"},
                {"pd.Timestamp('2020-02-30')", "not a valid date"},
                {"pd.Timestamp('2020-03-29 02:30', tz='Europe/Paris')", "does not exist in Europe/Paris"},
                {"pd.Timedelta('1M')", "months and years have no fixed length"},
                {"pd.Timedelta('1 days -02:00:00')", "only leading negative signs"},
                {"pd.Timedelta('soon')", "not a duration Stratum reads"},
                {"pd.Timedelta(7, unit='fortnight')", "unknown unit"},
                {"pd.Timedelta(days=1, fortnights=2)", "unexpected keyword argument 'fortnights'"},
                {"pd.Timestamp('2020-01-01') + pd.Timestamp('2020-01-02')", "is not supported"},
        };
        for (String[] c : cases) {
            String body = "import pandas as pd\nx = 1\nv = " + c[0] + "\n";
            ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(body, "bad.py",
                    ExampleScripts.repoRoot()), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + ": " + e.getMessage());
            assertEquals(3, e.line(), c[0]);
        }
    }

    @Test
    void aConstantBuiltFromADataOpIsRefused() {
        String body = "import pandas as pd\nimport skrub\nd = skrub.var('d', 3)\nv = pd.to_timedelta(d, unit='D')\n";
        ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind(body, "bad.py",
                ExampleScripts.repoRoot()));
        assertTrue(e.getMessage().contains("of a DataOp"), e.getMessage());
        assertEquals(4, e.line());
    }
}
