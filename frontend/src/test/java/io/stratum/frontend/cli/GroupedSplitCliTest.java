package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grouped splitters used in ways skrub or scikit-learn refuse, or Stratum does not run yet: with either frontend, one
 * located {@code script.py:LINE:COL: error: ...} line saying what to do, exit code 2 and no stack trace. (The
 * supported form, {@code mark_as_X(cv=GroupKFold(...), split_kwargs={"groups": ...})}, is held to skrub's scores by
 * examples/splitters/group_kfold.py and skb_ops/cv_group_kfold_marked.py.)
 */
class GroupedSplitCliTest {
    private static final String HEAD = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import LogisticRegression, Ridge\n"
            + "from sklearn.model_selection import GroupKFold, StratifiedGroupKFold\n"
            + "data = skrub.var('data', pd.read_csv(CSV))\ny = data['temp_max'].skb.mark_as_y()\n";

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        String groups = "split_kwargs={'groups': data['weather']}";
        return Stream.of("subset", "graalpy").flatMap(frontend -> Stream.of(
                // scikit-learn's GroupKFold.split(X, y) without groups raises; skrub passes groups only from mark_as_X.
                Arguments.of(frontend, "GroupKFold as the search's cv", "X = data[['wind']].skb.mark_as_X()\n"
                        + "pred = X.skb.apply(Ridge(), y=y)\n"
                        + "print(pred.skb.make_grid_search(cv=GroupKFold(3), fitted=True).results_)\n",
                        "g.py:9:", "mark_as_X(cv=GroupKFold"),
                Arguments.of(frontend, "GroupKFold marked without groups", "X = data[['wind']].skb.mark_as_X(cv=GroupKFold(3))\n"
                        + "pred = X.skb.apply(Ridge(), y=y)\n"
                        + "print(pred.skb.make_grid_search(fitted=True).results_)\n", "g.py:7:", "needs the groups"),
                // skrub: "To pass split_kwargs you must also provide a splitter."
                Arguments.of(frontend, "split_kwargs without cv", "X = data[['wind']].skb.mark_as_X(" + groups + ")\n"
                        + "pred = X.skb.apply(Ridge(), y=y)\n"
                        + "print(pred.skb.make_grid_search(fitted=True).results_)\n", "g.py:7:", "provide a splitter"),
                Arguments.of(frontend, "groups that are not a column", "X = data[['wind']].skb.mark_as_X(cv=GroupKFold(3),"
                        + " split_kwargs={'groups': [1, 2, 3]})\npred = X.skb.apply(Ridge(), y=y)\n"
                        + "print(pred.skb.make_grid_search(fitted=True).results_)\n", "g.py:7:", "groups"),
                // scikit-learn: "Supported target types are: ('binary', 'multiclass'). Got 'continuous' instead."
                Arguments.of(frontend, "StratifiedGroupKFold on a continuous target", "X = data[['wind']].skb.mark_as_X("
                        + "cv=StratifiedGroupKFold(3), " + groups + ")\npred = X.skb.apply(Ridge(), y=y)\n"
                        + "print(pred.skb.make_grid_search(fitted=True).results_)\n", "g.py:6:", "continuous"),
                // scikit-learn: "Cannot have number of splits n_splits=30 greater than the number of groups: 5."
                Arguments.of(frontend, "StratifiedGroupKFold with more splits than groups", "kind = data['weather']"
                        + ".skb.mark_as_y()\nX = data[['wind']].skb.mark_as_X(cv=StratifiedGroupKFold(30), " + groups
                        + ")\npred = X.skb.apply(LogisticRegression(), y=kind)\n"
                        + "print(pred.skb.make_grid_search(fitted=True).results_)\n", "g.py:8:", "number of groups: 5"),
                // skrub holds out the marked splitter's split and takes no scikit-learn settings then.
                Arguments.of(frontend, "train_test_split settings with a marked splitter", "X = data[['wind']].skb"
                        + ".mark_as_X(cv=GroupKFold(3), " + groups + ")\npred = X.skb.apply(Ridge(), y=y)\n"
                        + "split = pred.skb.train_test_split(random_state=0)\nlearner = pred.skb.make_learner()\n"
                        + "learner.fit(split['train'])\nprint(learner.score(split['test']))\n", "g.py:9:",
                        "only split_func_kwarg"),
                // scikit-learn's train_test_split: "got an unexpected keyword argument 'split_index'".
                Arguments.of(frontend, "split_index without a marked splitter", "X = data[['wind']].skb.mark_as_X()\n"
                        + "pred = X.skb.apply(Ridge(), y=y)\nsplit = pred.skb.train_test_split(split_index=0)\n"
                        + "learner = pred.skb.make_learner()\nlearner.fit(split['train'])\n"
                        + "print(learner.score(split['test']))\n", "g.py:9:", "split_index"),
                // skrub's get_single_split: "split_index 3 out of range for splitter ... with 3 splits."
                Arguments.of(frontend, "split_index out of range", "X = data[['wind']].skb.mark_as_X("
                        + "cv=GroupKFold(3), " + groups + ")\npred = X.skb.apply(Ridge(), y=y)\n"
                        + "split = pred.skb.train_test_split(split_index=3)\nlearner = pred.skb.make_learner()\n"
                        + "learner.fit(split['train'])\nprint(learner.score(split['test']))\n", "g.py:7:",
                        "out of range")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void oneLocatedErrorWithoutStackTrace(String frontend, String what, String body, String where, String mentions)
            throws IOException {
        String csv = ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString().replace("\\", "/");
        Path script = dir.resolve("g.py");
        Files.writeString(script, (HEAD + body).replace("CSV", "'" + csv + "'"));
        Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
        assertEquals(2, r.code(), r::toString);
        int located = 0;
        for (String line : r.err().split("\n")) {
            located += line.contains(": error: ") ? 1 : 0;
        }
        assertEquals(1, located, () -> "one error line: " + r);
        assertTrue(r.err().contains(where) && r.err().contains(mentions), r::toString);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), () -> "no stack trace: " + r);
    }
}
