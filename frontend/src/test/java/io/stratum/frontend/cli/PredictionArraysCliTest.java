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
 * numpy on a learner's predictions ({@code api.ArrayStep}) where numpy fails or Stratum does not follow: an error at
 * the script's line and column in both frontends, with numpy's message where numpy raises and what to write instead
 * where Stratum refuses (a metric or report of transformed predictions is never the learner's own score). What works
 * is held to numpy's and pandas' text by {@code skb_ops/eval_prediction_numpy.py}, {@code eval_prediction_residuals.py}
 * (EvalCliTest) and {@code skb_ops/write_prediction_numpy.py} (CsvWriteCliTest).
 */
class PredictionArraysCliTest {
    @TempDir
    Path dir;

    private String head() {
        return """
                import numpy as np
                import pandas as pd
                import skrub
                from sklearn.ensemble import HistGradientBoostingClassifier
                from sklearn.linear_model import Ridge
                from sklearn.metrics import accuracy_score, classification_report, confusion_matrix, mean_absolute_error
                df = pd.read_csv("%s")
                data = skrub.var("data", df)
                X = data[["precipitation", "temp_min", "wind"]].skb.mark_as_X()
                pred = X.skb.apply(Ridge(), y=data["temp_max"].skb.mark_as_y())
                split = pred.skb.train_test_split(test_size=0.25, random_state=42)
                learner = pred.skb.make_learner()
                learner.fit(split["train"])
                preds = learner.predict(split["test"])
                """.formatted(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString()
                .replace("\\", "/"));
    }

    /** Line 15 of each script is the line after {@link #head}. */
    private void assertErrorAt(String body, String lineColumn, String message) throws Exception {
        for (String frontend : List.of("subset", "graalpy")) {
            Path script = dir.resolve("p.py");
            Files.writeString(script, head() + body);
            Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("p.py:" + lineColumn + ": error: " + message), frontend + ": " + r);
        }
    }

    @Test
    void aMetricOfTransformedArraysIsARegressionMetricWrittenRoundedAfterExp() throws Exception {
        assertErrorAt("print(mean_absolute_error(split[\"y_test\"], np.expm1(preds)))\n", "15:7",
                "the full-precision value of a number computed after np.expm1() may differ from numpy's in its last digit");
        assertErrorAt("mae = mean_absolute_error(np.log1p(split[\"y_test\"]), np.log1p(preds))\nprint(mae * 2)\n", "15:7",
                "the full-precision value of a number computed after np.log1p() may differ");
        assertErrorAt("print(accuracy_score(split[\"y_test\"], np.round(preds)))\n", "15:7",
                "accuracy_score() of transformed arrays: Stratum computes regression metrics of them");
        assertErrorAt("print(mean_absolute_error(split[\"y_test\"], np.expm1(preds[:5])))\n", "15:7",
                "mean_absolute_error() of transformed arrays: Stratum computes it on all the values a learner's predict()"
                        + " gave");
    }

    @Test
    void aReportOfTransformedLabelsIsRefused() throws Exception {
        assertErrorAt("print(classification_report(split[\"y_test\"], np.round(preds)))\n", "15:7",
                "classification_report() takes a learner's predicted labels as it gave them, not after round(0)");
        assertErrorAt("print(confusion_matrix(np.exp(split[\"y_test\"]), preds))\n", "15:7",
                "confusion_matrix() takes the true labels as they are, not after np.exp()");
    }

    @Test
    void numpysFunctionsOfArraysTakePredictionsNotColumns() throws Exception {
        assertErrorAt("print(np.round(data[\"wind\"], 1))\n", "15:10",
                "np.round() of a DataOp is not computed by Stratum");
        // GraalPy said "TypeError: np.mean() of ..." at column 1
        assertErrorAt("print(np.mean(split[\"y_test\"]))\n", "15:10",
                "np.mean() of a split[\"y_test\"] target is not computed by Stratum");
    }

    @Test
    void stepsOfAClassifiersLabelsAreRefusedWherePrinted() throws Exception {
        assertErrorAt("clf = X.skb.apply(HistGradientBoostingClassifier(max_iter=5), y=data[\"weather\"].skb.mark_as_y())\n"
                        + "labels = clf.skb.make_learner(fitted=True).predict({\"data\": df})\nprint(np.expm1(labels)[:3])\n",
                "17:1", "np.expm1() of a learner's string predictions: Stratum computes numpy's element-wise steps of float"
                        + " predictions only");
    }

    @Test
    void arithmeticBeyondTheFiveOperatorsIsRefused() throws Exception {
        assertErrorAt("print((preds // 2)[:3])\n", "15:8",
                "Stratum computes +, -, *, / and ** of a learner's predictions with a number, not //");
        assertErrorAt("print((preds + \"a\")[:3])\n", "15:8",
                "unsupported operand types for +: a learner's predictions and str");
    }

    @Test
    void aPowerOtherThanNumpysExactOnesIsWrittenRounded() throws Exception {
        assertErrorAt("m = (preds ** 3).mean()\nprint(m)\n", "15:18",
                "the full-precision value of a number computed after ** 3 may differ from numpy's in its last digit");
        assertErrorAt("print((2 ** preds).max())\n", "15:20",
                "the full-precision value of a number computed after 2 ** may differ");
    }

    @Test
    void aFileOfPredictionsAfterExpOrLogIsWrittenRounded() throws Exception {
        // numpy's expm1/log1p/exp/log bits differ between machines (AVX-512 routines or the C library's) and from Java's
        String out = dir.resolve("out.csv").toString().replace("\\", "/");
        assertErrorAt("pd.DataFrame({\"p\": np.expm1(preds)}).to_csv(\"" + out + "\")\n", "15:38",
                "to_csv() would write the full-precision values of a learner's predictions after np.expm1()");
        assertErrorAt("s = pd.Series(np.round(np.log1p(preds), 2) ** 3, name=\"p\")\ns.to_csv(\"" + out + "\")\n",
                "16:3", "to_csv() would write the full-precision values of a learner's predictions after ** 3");
        assertTrue(Files.notExists(dir.resolve("out.csv")));
    }

    @Test
    void theTestTargetIsRefusedOutsideAMetricOrAResidual() throws Exception {
        // it printed a placeholder (<split["y_test"] target>, <split y_test>) and GraalPy named its facade class
        // print(split["y_test"]) prints pandas' Series (skb_ops/eval_split_target.py); into text it is refused
        assertErrorAt("print(f\"{split['y_test']}\")\n", "15:9", "Stratum prints split[\"y_test\"] (the target of"
                + " the test rows) as it is, not after numpy's functions nor written into text");
        assertErrorAt("print(np.expm1(split[\"y_test\"]))\n", "15:1", "Stratum prints split[\"y_test\"] (the target of"
                + " the test rows) as it is, not after numpy's functions nor written into text");
        assertErrorAt("print(split[\"y_test\"].mean())\n", "15:23",
                "split[\"y_test\"] target has no attribute 'mean' that Stratum knows");
        assertErrorAt("print(split[\"y_test\"] - 1)\n", "15:7",
                "unsupported operand types for -: split[\"y_test\"] target and int");
        assertErrorAt("print(pd.DataFrame({\"y\": split[\"y_test\"], \"p\": preds}))\n", "15:10",
                "split[\"y_test\"] target cannot be used as a value in a pipeline");
    }

    @Test
    void numpysRoundOfANumberTakesIntDecimalsOnce() throws Exception {
        assertErrorAt("print(np.round(round(preds.mean()), 2))\n", "15:10",
                "Stratum computes np.round() of a score before round() or a format spec, not after");
        assertErrorAt("print(np.round(preds.mean(), 1.5))\n", "15:10", "np.round(): decimals must be an int, got 1.5");
    }

    @Test
    void residualsAreOfTheWholeArrayAndNotPlacedByPosition() throws Exception {
        assertErrorAt("print(preds[:5] - split[\"y_test\"])\n", "15:7",
                "ValueError: a slice of a learner's predictions and split[\"y_test\"] have different lengths");
        assertErrorAt("r = preds - split[\"y_test\"]\nprint(r[:5])\n", "16:7",
                "Stratum does not index a Series of residuals");
        // CPython's AST starts a subscript of a parenthesized expression at the parenthesis; the subset said 15:8
        assertErrorAt("print((preds - split[\"y_test\"])[:5])\n", "15:7",
                "Stratum does not index a Series of residuals");
        assertErrorAt("print((np.expm1(preds) - split[\"y_test\"]).mean())\n", "15:43",
                "the full-precision value of a number computed after np.expm1() may differ");
        // on new data they are against the new rows' column (skb_ops/eval_prediction_residuals_new_data.py): of the rows
        // predicted, a pandas column, with + - * /
        assertErrorAt("new = df.iloc[1000:]\nprint(preds - new[\"temp_max\"])\n", "16:7", "unsupported operand types for"
                + " -: a learner's predictions and DataOp\nprint(preds - new[\"temp_max\"])\n      ^\nhint: Stratum computes"
                + " residuals (+ - * /) of predictions on split[\"test\"] against split[\"y_test\"]");
        assertErrorAt("new = df.iloc[1000:]\nfresh = pred.skb.make_learner(fitted=True).predict({\"data\": new})\n"
                + "print(fresh - df[\"temp_max\"])\n", "17:1",
                "ValueError: operands could not be broadcast together with shapes (461,) (1461,)");
        assertErrorAt("fresh = pred.skb.make_learner(fitted=True).predict({\"data\": df})\nprint(data[\"temp_max\"] - fresh)\n",
                "16:7", "new[\"y\"] - preds with a skrub DataOp: it has no value until its pipeline runs");
        assertErrorAt("fresh = pred.skb.make_learner(fitted=True).predict({\"data\": df})\nprint(fresh ** df[\"temp_max\"])\n",
                "16:7", "unsupported operand types for **: a learner's predictions and DataOp");
        // the column's own np.log1p is in the plan: a number of the residuals is written rounded
        assertErrorAt("fresh = pred.skb.make_learner(fitted=True).predict({\"data\": df})\n"
                + "print((fresh - np.log1p(df[\"temp_max\"])).mean())\n", "16:42",
                "the full-precision value of a number computed after np.log1p (line 16) may differ from numpy's");
        assertErrorAt("print(pd.DataFrame({\"r\": preds - split[\"y_test\"]}))\n", "15:10",
                "Stratum puts a learner's predictions into a frame, not a Series of residuals");
        assertErrorAt("print(split[\"y_test\"] ** preds)\n", "15:7",
                "Stratum computes +, -, * and / of a learner's predictions and split[\"y_test\"], not **");
        assertErrorAt("print(mean_absolute_error(split[\"y_test\"], preds - split[\"y_test\"]))\n", "15:7",
                "mean_absolute_error() of residuals (predictions - split[\"y_test\"])");
        assertErrorAt("print(preds.abs(), preds.median())\n", "15:13",
                "AttributeError: 'numpy.ndarray' object has no attribute 'abs'");
        assertErrorAt("print(preds.describe())\n", "15:13",
                "AttributeError: 'numpy.ndarray' object has no attribute 'describe'");
        assertErrorAt("clf = X.skb.apply(HistGradientBoostingClassifier(max_iter=5), y=data[\"weather\"].skb.mark_as_y())\n"
                        + "s = clf.skb.train_test_split(test_size=0.25, random_state=42)\nlabels = clf.skb.make_learner()"
                        + ".fit(s[\"train\"]).predict(s[\"test\"])\nprint(labels - s[\"y_test\"])\n", "18:1",
                "a residual of a learner's string predictions: Stratum computes residuals of a regressor's float predictions");
    }

    /**
     * A Series of residuals takes head() and tail() (skb_ops/eval_prediction_residual_rows.py); what Stratum does not
     * know of it is refused at the attribute in both frontends, and numpy's array has no head().
     */
    @Test
    void aSeriesOfResidualsTakesHeadAndTailOnly() throws Exception {
        assertErrorAt("r = preds - split[\"y_test\"]\nprint(r.round(2).iloc[0])\n", "16:18",
                "Series of residuals has no attribute 'iloc' that Stratum knows");
        assertErrorAt("r = preds - split[\"y_test\"]\nx = r.head(3).sort_values()\n", "16:15",
                "Series of residuals has no attribute 'sort_values' that Stratum knows");
        assertErrorAt("print(preds.head())\n", "15:13", "AttributeError: 'numpy.ndarray' object has no attribute 'head'");
        assertErrorAt("print((preds - split[\"y_test\"]).tail(2.5))\n", "15:33",
                "TypeError: tail(n) takes an int n, got float");
        assertErrorAt("print((preds - split[\"y_test\"]).head(3, n=2))\n", "15:33",
                "TypeError: head() takes one argument, n");
    }

    @Test
    void reductionsTakeTheWholeArrayOfFloats() throws Exception {
        assertErrorAt("print(preds.mean(axis=0))\n", "15:13",
                "preds.mean(): Stratum reduces the whole array, without axis, dtype or out");
        assertErrorAt("print(np.std(preds, ddof=2))\n", "15:10",
                "np.std(preds) with ddof=2: Stratum computes ddof=0 and ddof=1");
        assertErrorAt("clf = X.skb.apply(HistGradientBoostingClassifier(max_iter=5), y=data[\"weather\"].skb.mark_as_y())\n"
                        + "labels = clf.skb.make_learner(fitted=True).predict({\"data\": df})\nm = labels.max()\n"
                        + "print(m)\n", "17:12", "max() of a learner's string predictions: Stratum reduces a 1-d array of floats");
    }

    @Test
    void theLengthIsPrintedAsTheShapeOnceKnown() throws Exception {
        assertErrorAt("n = len(preds)\n", "15:5", "len() of a learner's predictions is known once the learner has predicted");
        assertErrorAt("print(f\"{preds.shape} rows\")\n", "15:9",
                "Stratum writes a learner's predictions (their shape, a frame of them) with print() only");
        assertErrorAt("text = str(pd.Series(preds).shape)\n", "15:8",
                "Stratum writes a learner's predictions (their shape, a frame of them) with print() only");
    }

    @Test
    void clipTakesItsBoundsAsNumpyTwoDoes() throws Exception {
        assertErrorAt("print(np.clip(preds, 0)[:3])\n", "15:10",
                "TypeError: clip() missing 1 required positional argument: 'a_max'");
        assertErrorAt("print(np.clip(preds, 0, 1, max=2)[:3])\n", "15:10",
                "ValueError: Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.");
    }
}
