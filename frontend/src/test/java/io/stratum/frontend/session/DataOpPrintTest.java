package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import io.stratum.frontend.syntax.ScriptError;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@code print()} of DataOps and of a frame's columns, dtypes and shape, in both frontends: skrub's header and a preview
 * computed when the plan runs where every variable has a value (the printed text itself is held to skrub's by
 * EvalCliTest's eval_print_dataops.py), the header alone where one has none, a pandas frame's facts as plain values, and
 * columns the plan cannot tell refused, at their line, anywhere but in print().
 */
class DataOpPrintTest {
    private static final String HEAD = """
            import pandas as pd
            import skrub
            from sklearn.preprocessing import OneHotEncoder
            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            X = data.skb.apply(OneHotEncoder(sparse_output=False), cols=["weather"])
            """;

    private static List<Function<String, BoundScript>> frontends() {
        return List.of(s -> ScriptBinder.bind(s, "p.py", ExampleScripts.repoRoot()),
                s -> GraalPyFrontend.bind(s, "p.py", ExampleScripts.repoRoot()));
    }

    @Test
    void columnsThePlanCannotTellArePrintedFromThePreview() {
        for (var frontend : frontends()) {
            List<ScriptAction> actions = frontend.apply(HEAD + "print('columns:', X.columns)\nprint(X.shape)\n").actions();
            assertEquals(2, actions.size());
            var columns = (ScriptAction.ShowEvaluation) actions.get(0);
            assertEquals("columns: <GetAttr 'columns'>\nResult:\n―――――――\n", columns.prefix());
            assertEquals(io.stratum.frontend.api.DataOpPrint.View.COLUMNS, columns.view());
            assertEquals(io.stratum.frontend.api.DataOpPrint.View.SHAPE, ((ScriptAction.ShowEvaluation) actions.get(1)).view());
        }
    }

    @Test
    void columnsThePlanCannotTellAreRefusedWhereTheyWouldSteerTheScript() {
        for (String use : List.of("cols = [c for c in X.columns]", "n = len(X.columns)", "ok = 'wind' in X.columns",
                "t = X.dtypes['wind']", "r = X.shape[0] + 1")) {
            for (var frontend : frontends()) {
                ScriptError e = assertThrows(ScriptError.class, () -> frontend.apply(HEAD + use + "\n"), use);
                assertEquals(6, e.line(), use + ": " + e.getMessage());
                assertTrue(e.getMessage().contains("not known while the plan is built"), use + ": " + e.getMessage());
            }
        }
    }

    @Test
    void aDataOpWithoutValuesPrintsItsHeaderAlone() {
        for (var frontend : frontends()) {
            List<ScriptAction> actions = frontend.apply("""
                    import skrub
                    z = skrub.var("z")
                    print(z)
                    print((z * 2).skb.set_name("twice"))
                    """).actions();
            assertEquals(List.of("<Var 'z'>", "<twice | BinOp: mul>"),
                    actions.stream().map(a -> ((ScriptAction.PrintText) a).text()).toList());
        }
    }

    @Test
    void aPandasFramesFactsAndValuesPrintAsPython() {
        for (var frontend : frontends()) {
            List<ScriptAction> actions = frontend.apply("""
                    import pandas as pd
                    df = pd.read_csv("examples/data/seattle-weather.csv")
                    print(df.columns)
                    print(df.head(2))
                    """).actions();
            assertEquals("['date', 'precipitation', 'temp_max', 'temp_min', 'wind', 'weather']",
                    ((ScriptAction.PrintText) actions.get(0)).text());
            var head = (ScriptAction.ShowEvaluation) actions.get(1);
            assertEquals("", head.prefix());
            assertEquals(io.stratum.frontend.api.DataOpPrint.View.VALUE, head.view());
        }
    }

    @Test
    void anAttributeStratumDoesNotKnowIsAnErrorAtItsLineNotAPlaceholder() {
        // the subset frontend once wrote "<method nbytes>" where pandas writes a number (GraalPy records the attribute
        // as a step, which the plan refuses at the same line when it is lowered)
        for (String use : List.of("print(df.nbytes)", "print(f\"{df.memory_usage} bytes\")")) {
            ScriptError e = assertThrows(ScriptError.class, () -> ScriptBinder.bind("""
                    import pandas as pd
                    df = pd.read_csv("examples/data/seattle-weather.csv")
                    """ + use + "\n", "p.py", ExampleScripts.repoRoot()));
            assertEquals(3, e.line(), e.getMessage());
            assertTrue(e.getMessage().contains("Stratum cannot write ."), e.getMessage());
        }
    }
}
