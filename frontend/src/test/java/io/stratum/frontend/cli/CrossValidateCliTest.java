package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code stratum run} prints for {@code .skb.cross_validate(...)}: the DataFrame, or one column as pandas prints
 * a Series (the expected text is pandas' own print of skrub's scores from cross_validate_scores.csv).
 */
class CrossValidateCliTest {
    @TempDir
    Path dir;

    private Path withAbsoluteData(String script) throws IOException {
        Path csv = dir.resolve("seattle-weather.csv");
        if (!Files.exists(csv)) {
            Files.copy(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv"), csv);
        }
        String relative = "\"examples/data/seattle-weather.csv\"";
        String source = ExampleScripts.source(script);
        assertTrue(source.contains(relative), script + " no longer reads " + relative);
        Path out = dir.resolve(Path.of(script).getFileName());
        Files.writeString(out, source.replace(relative, "\"" + csv.toString().replace("\\", "/") + "\""));
        return out;
    }

    @Test
    void printsColumnsAsPandasSeries() throws IOException {
        Cli.Result r = Cli.run("run", "--threads", "1",
                withAbsoluteData("frontend/src/test/resources/skb_ops/cv_classifier_train.py").toString());
        assertEquals(0, r.code(), r::toString);
        String expected = """
                0    0.322500
                1    0.306413
                2    0.337500
                3    0.342500
                Name: test_score, dtype: float64
                0    0.330490
                1    0.331250
                2    0.323831
                3    0.324252
                Name: train_score, dtype: float64
                """;
        assertTrue(r.out().startsWith(expected), r::toString);
        assertTrue(r.out().contains("(1 candidates x 4 folds, optimizer on)"), r::toString);
    }

    @Test
    void printsTheTableWithTimesAndScores() throws IOException {
        Cli.Result r = Cli.run("run", "--threads", "2",
                withAbsoluteData("frontend/src/test/resources/skb_ops/cv_regression_defaults.py").toString());
        assertEquals(0, r.code(), r::toString);
        String[] lines = r.out().split("\n");
        // the header's spacing follows the times' widths (a time below 1e-4 s prints in pandas' scientific notation)
        assertEquals(java.util.List.of("fit_time", "score_time", "test_score"), java.util.List.of(lines[0].trim().split(" +")));
        // Scores are skrub's (pandas prints six decimals); times are Stratum's own.
        String[] scores = {"0.820070", "0.858136", "0.768945", "0.835484", "0.846943"};
        for (int f = 0; f < 5; f++) {
            assertTrue(Pattern.matches(f + "  +[0-9.e+-]+ +[0-9.e+-]+ +" + Pattern.quote(scores[f]), lines[1 + f]), lines[1 + f]);
        }
    }
    @Test
    void printsSeveralScorersAsScikitLearnNamesThem() throws IOException {
        for (String frontend : new String[] {"subset", "graalpy"}) {
            Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend,
                    withAbsoluteData("frontend/src/test/resources/skb_ops/cv_multi_scoring_environment.py").toString());
            assertEquals(0, r.code(), r::toString);
            // Six columns do not fit 80 characters: pandas keeps the first and the last around "...", as skrub printed.
            assertTrue(r.out().startsWith("   fit_time  ...  train_neg_mean_absolute_error\n"), r::toString);
            assertTrue(r.out().contains("\n[4 rows x 6 columns]\n"), r::toString);
            // The environment's 600 rows in 4 folds; skrub's scores (cross_validate_columns.csv) as pandas prints them.
            String expected = """
                    0   -2.215938
                    1   -2.493503
                    2   -2.462051
                    3   -2.414222
                    Name: test_neg_mean_absolute_error, dtype: float64
                    """;
            assertTrue(r.out().contains(expected), r::toString);
        }
    }

    /**
     * len() of a cross_validate result is the number of folds, known from the splitter (eval_cv_len.py); a splitter
     * whose folds are the data's groups (LeaveOneGroupOut) cannot tell it while the plan is built, in either frontend.
     */
    @Test
    void lenOfFoldsTheDataDecidesIsRefusedAtItsLine() throws IOException {
        Path script = dir.resolve("g.py");
        Files.writeString(script, "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
                + "from sklearn.model_selection import LeaveOneGroupOut\n"
                + "data = skrub.var('data', pd.read_csv('" + ExampleScripts.repoRoot().resolve(
                        "examples/data/seattle-weather.csv").toString().replace("\\", "/") + "'))\n"
                + "X = data[['precipitation', 'wind']].skb.mark_as_X(cv=LeaveOneGroupOut(),"
                + " split_kwargs={'groups': data['weather']})\n"
                + "scores = X.skb.apply(Ridge(), y=data['temp_max'].skb.mark_as_y()).skb.cross_validate()\n"
                + "print(len(scores['test_score']))\n");
        for (String frontend : java.util.List.of("subset", "graalpy")) {
            Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("g.py:8:7: error: len() of a cross_validate result: the number of folds of"
                    + " this splitter depends on the groups in the data, which Python's len() needs now"), frontend + ": " + r);
        }
    }
}
