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
 * A learner's predictions (or pandas columns, {@code pd.DataFrame({"id": test["id"]})}) put into a pandas frame ({@code api.PredictionFrame}) where pandas fails, or where Stratum does
 * not follow: an error at the script's line in both frontends, with pandas' message where pandas raises (a length
 * mismatch is never a silent misalignment) and what to write instead where Stratum refuses. What works is held to
 * pandas' printed text and written bytes by {@code skb_ops/eval_predictions_frame.py} (EvalCliTest) and
 * {@code skb_ops/write_predictions.py} (CsvWriteCliTest).
 */
class PredictionFrameCliTest {
    @TempDir
    Path dir;

    private String head() {
        return """
                import pandas as pd
                import skrub
                from sklearn.ensemble import HistGradientBoostingClassifier
                from sklearn.linear_model import Ridge
                df = pd.read_csv("%s")
                data = skrub.var("data", df.iloc[:1200])
                X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
                learner = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y()).skb.make_learner(fitted=True)
                clf = X.skb.apply(HistGradientBoostingClassifier(max_iter=5), y=data["weather"].skb.mark_as_y())
                preds = learner.predict({"data": df.iloc[1200:]})
                """.formatted(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString()
                .replace("\\", "/"));
    }

    /** Line 11 of each script: the statement after {@link #head}; line 12 prints or writes what it built. */
    private void assertErrorAtLine(String body, int line, String message) throws Exception {
        for (String frontend : List.of("subset", "graalpy")) {
            Path script = dir.resolve("p.py");
            Files.writeString(script, head() + body);
            Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("p.py:" + line + ":") && r.err().contains(message), frontend + ": " + r);
        }
    }

    @Test
    void aSummaryOfPredictionsIsOfASeriesAndPrintedAsItIs() throws Exception {
        assertErrorAtLine("print(pd.Series(preds).value_counts(normalize=True))\n", 11,
                "value_counts() got an unexpected keyword argument 'normalize'");
        assertErrorAtLine("print(pd.Series(preds).describe().head())\n", 11,
                "Stratum prints the result of describe() as it is");
        assertErrorAtLine("print(pd.DataFrame({\"a\": preds}).describe())\n", 11,
                "describe() of a frame of predictions: Stratum summarizes a Series of them");
        assertErrorAtLine("labels = clf.skb.make_learner(fitted=True).predict({\"data\": df})\n"
                + "print(pd.Series(labels).describe())\n", 12, "describe() of a learner's str predictions: Stratum"
                + " describes numbers");
        assertErrorAtLine("pd.Series(preds).value_counts().to_csv(\"" + dir.resolve("o.csv").toString().replace("\\", "/")
                + "\")\n", 11, "Stratum prints the result of value_counts() of predictions, and does not write it");
    }

    @Test
    void predictionsOfOtherRowsThanTheFrameFailAsInPandas() throws Exception {
        assertErrorAtLine("sub = pd.DataFrame({\"date\": df[\"date\"], \"pred\": preds})\nprint(sub.head())\n", 11,
                "ValueError: array length 261 does not match index length 1461");
        assertErrorAtLine("df[\"pred\"] = preds\ndf.to_csv(\"" + dir.resolve("o.csv").toString().replace("\\", "/")
                + "\", index=False)\n", 11, "ValueError: Length of values (261) does not match length of index (1461)");
        assertErrorAtLine("sub = df.assign(pred=preds)\nprint(sub.shape)\nprint(sub)\n", 11,
                "ValueError: Length of values (261) does not match length of index (1461)");
        assertErrorAtLine("sub = pd.DataFrame({\"a\": preds, \"b\": preds[:5]})\nprint(sub)\n", 11,
                "ValueError: All arrays must be of the same length");
    }

    @Test
    void predictionsGoIntoPandasFramesNotIntoDataOps() throws Exception {
        assertErrorAtLine("data[\"pred\"] = preds\n", 11, "cannot be put into a skrub DataOp");
        assertErrorAtLine("sub = pd.DataFrame({\"x\": X[\"wind\"], \"pred\": preds})\n", 11, "of a skrub DataOp beside");
    }

    @Test
    void aFrameWithPredictionsIsPrintedAndWrittenNotFedToAPipeline() throws Exception {
        assertErrorAtLine("test = df.iloc[1200:]\ntest[\"pred\"] = preds\nprint(learner.predict({\"data\": test}))\n", 13,
                "a frame holding a learner's predictions is assembled once the learner has predicted");
    }

    @Test
    void theClassesProbabilitiesGoInOneColumnEach() throws Exception {
        assertErrorAtLine("proba = clf.skb.make_learner(fitted=True).predict_proba({\"data\": df.iloc[1200:]})\n"
                + "sub = pd.DataFrame({\"p\": proba})\n", 12, "Per-column arrays must each be 1-dimensional");
    }

    @Test
    void aFrameOfPandasColumnsTakesColumnsOfTheSameRows() throws Exception {
        // pandas would align these on the union of their labels
        assertErrorAtLine("sub = pd.DataFrame({\"a\": df[\"wind\"], \"b\": df.iloc[1200:][\"wind\"]})\nprint(sub)\n",
                11, "combines rows with different labels");
        assertErrorAtLine("sub = pd.DataFrame({\"a\": df[\"wind\"], \"b\": 1})\n", 11, "is a constant beside pandas columns");
        assertErrorAtLine("sub = pd.DataFrame({\"a\": X[\"wind\"]})\n", 11, "pd.DataFrame() of a skrub DataOp");
    }

    @Test
    void theRowsOfPredictionsAloneAreKnownOnlyOncePredicted() throws Exception {
        assertErrorAtLine("n = len(pd.DataFrame({\"pred\": preds}))\n", 11, "print(frame.shape)");
    }
}
