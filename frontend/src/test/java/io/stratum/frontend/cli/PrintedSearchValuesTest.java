package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.ir.value.Const;
import io.stratum.ir.value.PyFormatSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search's best_score_ and best_params_ written into text as Python writes them, in both frontends: on the line of
 * print()'s other arguments, through f-string format specifications and round(); and Python's round(), format(), min(),
 * max() and sum() of numbers written in the script (CPython's answers for these expressions are in the comments); a
 * cross_validate column's mean, std (ddof=1) and max, as pandas reduces the Series.
 */
class PrintedSearchValuesTest {

    @Test
    void bestScoreIsWrittenIntoTheLineAsPythonWouldWriteIt(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("printed.py");
        Files.writeString(script, """
                import pandas as pd
                import skrub
                from sklearn.linear_model import Ridge

                data = skrub.var("data", pd.read_csv("DATA"))
                y = data["temp_max"].skb.mark_as_y()
                X = data[["temp_min", "wind", "precipitation"]].skb.mark_as_X()
                pred = X.skb.apply(Ridge(alpha=skrub.choose_from([0.1, 10.0], name="alpha")), y=y)
                search = pred.skb.make_grid_search(cv=3, fitted=True)
                print("best:", search.best_params_, search.best_score_)
                print(f"best score {search.best_score_:.4f} | {search.best_score_:>12.2e}|")
                print("rounded", round(search.best_score_, 3), round(search.best_score_))
                print(round(2.71828, 2), round(7.5), round(-2.5), round(1234.5, -2), format(0.125, ".2f"), f"{3:03d}")
                print(min(3, 1.5, 2), max([1, 7, 3]), sum([1, 2, 3.5]), sum([1, 2], 10))
                cv = pred.skb.cross_validate(cv=4)
                print(cv)
                print(cv["test_score"].mean(), f"{cv['test_score'].std():.4f}", round(cv["test_score"].max(), 2))
                """.replace("DATA", ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString()));
        for (String frontend : List.of("subset", "graalpy")) {
            Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
            assertEquals(0, r.code(), r::toString);
            List<String> lines = r.out().lines().toList();
            String first = lines.get(0);
            assertTrue(first.startsWith("best: {'alpha': "), first);
            double best = Double.parseDouble(first.substring(first.lastIndexOf(' ') + 1));
            assertEquals("best score " + PyFormatSpec.format(Const.of(best), ".4f") + " | "
                    + PyFormatSpec.format(Const.of(best), ">12.2e") + "|", lines.get(1), frontend);
            assertEquals("rounded " + io.stratum.ir.value.PyFormat.floatRepr(PyFormatSpec.round(best, 3)) + " "
                    + Math.round(best), lines.get(2), frontend);
            // CPython 3.11: 2.72 8 -2 1200.0 0.12 003
            assertEquals("2.72 8 -2 1200.0 0.12 003", lines.get(3), frontend);
            // CPython 3.11: 1.5 7 6.5 13
            assertEquals("1.5 7 6.5 13", lines.get(4), frontend);
            // cross_validate's table (six decimals), then its test_score column reduced as pandas reduces a Series
            double[] folds = new double[4];
            for (int f = 0; f < 4; f++) {
                String[] cells = lines.get(6 + f).trim().split("\\s+");
                folds[f] = Double.parseDouble(cells[cells.length - 1]);
            }
            String[] reduced = lines.get(10).split(" ");
            double mean = java.util.Arrays.stream(folds).average().orElseThrow();
            double std = Math.sqrt(java.util.Arrays.stream(folds).map(v -> (v - mean) * (v - mean)).sum() / 3);
            assertEquals(mean, Double.parseDouble(reduced[0]), 1e-6, lines.get(10));
            assertEquals(std, Double.parseDouble(reduced[1]), 1e-4, lines.get(10));
            assertEquals(Math.round(java.util.Arrays.stream(folds).max().orElseThrow() * 100) / 100.0,
                    Double.parseDouble(reduced[2]), 1e-12, lines.get(10));
            assertTrue(!r.out().contains("\uE000"), r.out());
        }
    }
}
