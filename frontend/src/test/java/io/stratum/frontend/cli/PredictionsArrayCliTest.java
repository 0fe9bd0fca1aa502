package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Stratum refuses of a learner's predictions that skrub's {@code .skb.eval()} leaves a numpy array (the learner's X
 * is a text vectorizer's matrix): a pandas method, writing the array into text, a classifier's DataOp preview (numpy's
 * repr of labels), and a one-column frame as the target, at the same line and column in both frontends, with the optimizer on and
 * off. What works is held to skrub's text by {@code skb_ops/eval_predictions_array.py} (EvalCliTest).
 */
class PredictionsArrayCliTest {
    @TempDir
    Path dir;

    private void assertErrorAt(String body, String lineColumn, String message) throws Exception {
        String head = """
                import pandas as pd
                import skrub
                from sklearn.feature_extraction.text import TfidfVectorizer
                from sklearn.linear_model import Ridge
                data = skrub.var("data", pd.read_csv("%s"))
                X = data["weather"].skb.mark_as_X().skb.apply(TfidfVectorizer())
                pred = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y())
                """.formatted(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString()
                .replace("\\", "/"));
        for (String frontend : List.of("subset", "graalpy")) {
            for (boolean optimizer : List.of(true, false)) {
                Path script = dir.resolve("e.py");
                Files.writeString(script, head + body);
                Cli.Result r = optimizer
                        ? Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString())
                        : Cli.run("run", "--threads", "1", "--no-optimizer", "--frontend", frontend, script.toString());
                assertEquals(2, r.code(), r::toString);
                assertTrue(r.err().contains("e.py:" + lineColumn + ": error: " + message), frontend + ": " + r);
            }
        }
    }

    @Test
    void aPandasMethodOfTheArrayIsRefusedAtItsLine() throws Exception {
        assertErrorAt("print(pred.skb.eval().head(3))\n", "8:23", "AttributeError: 'numpy.ndarray' object has no"
                + " attribute 'head': skrub leaves a learner's predictions a numpy array when the learner's X is not a"
                + " DataFrame\nprint(pred.skb.eval().head(3))\n                      ^\nhint: numpy's array is sliced"
                + " (arr[:5]), indexed (arr[0]) and reduced (arr.mean(), np.median(arr))");
        assertErrorAt("h = pred.head(3)\nprint(h.skb.eval())\n", "8:10", "AttributeError: 'numpy.ndarray' object has no"
                + " attribute 'head'");
    }

    /**
     * numpy's reductions, elements and element-wise functions work (skb_ops/eval_predictions_array_steps.py); what
     * numpy's array lacks is its AttributeError, what Stratum does not compute of it or numpy refuses is located.
     */
    @Test
    void whatNumpyLacksOrRefusesIsLocated() throws Exception {
        assertErrorAt("arr = pred.skb.eval()\nprint(arr.median())\n", "9:11", "AttributeError: 'numpy.ndarray' object has"
                + " no attribute 'median': skrub leaves a learner's predictions a numpy array when the learner's X is not"
                + " a DataFrame\nprint(arr.median())\n          ^\nhint: np.median(arr)");
        assertErrorAt("arr = pred.skb.eval()\nprint(arr.cumsum()[:3])\n", "9:11", ".cumsum() of a learner's predictions"
                + " that skrub leaves a numpy array (the learner's X is not a DataFrame) is not supported by Stratum");
        assertErrorAt("arr = pred.skb.eval()\nprint(arr.mean(0))\n", "9:11", "arr.mean(): Stratum reduces the whole"
                + " array of a learner's predictions, without axis, dtype or out");
        assertErrorAt("import numpy as np\nprint(np.std(pred.skb.eval(), ddof=2))\n", "9:10", "np.std(arr): Stratum"
                + " computes ddof=0 (numpy's default) and ddof=1");
        assertErrorAt("arr = pred.skb.eval()\nprint(arr - data[\"temp_min\"].skb.eval())\n", "9:7", "- of numpy's"
                + " array of a learner's predictions (the learner's X is not a DataFrame) with another value computed from"
                + " the data is not supported by Stratum");
        assertErrorAt("arr = pred.skb.eval()\nprint(arr[1461])\n", "9:7",
                "IndexError: index 1461 is out of bounds for axis 0 with size 1461");
        assertErrorAt("arr = pred.skb.eval()\nprint(repr(arr[-1462]))\n", "9:12",
                "IndexError: index -1462 is out of bounds for axis 0 with size 1461");
    }

    @Test
    void theArrayIsPrintedOnlyByItself() throws Exception {
        assertErrorAt("from sklearn.linear_model import LogisticRegression\nprint(X.skb.apply(LogisticRegression(),"
                + " y=data[\"weather\"].skb.mark_as_y()))\n", "9:1", "Stratum prints numpy's str of a learner's"
                + " predictions that skrub leaves a numpy array (print(arr)), not the repr of labels (the DataOp's preview)");
        assertErrorAt("print(\"p\", str(pred.skb.eval()[:2]))\n", "8:12", "Stratum writes a learner's predictions that"
                + " skrub leaves a numpy array only with print(arr), not into text");
        assertErrorAt("print(f\"{pred.skb.eval()[:2]}\")\n", "8:9", "Stratum writes a learner's predictions");
    }

    @Test
    void aFrameTargetOfAMatrixIsRefused() throws Exception {
        assertErrorAt("p2 = X.skb.apply(Ridge(), y=data[[\"temp_max\"]].skb.mark_as_y())\nprint(p2.skb.eval())\n", "8:12",
                "a frame as the target of a learner whose X is the matrix TfidfVectorizer() outputs at line 6");
    }
}
