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
 * What a number reduced from a {@code .skb.eval()} value is not written as: Python's errors (a format specification of
 * a Series or a frame, round() of NaN, a division by zero after round()) and Stratum's refusals (arithmetic after
 * round() other than with a number, the full digits after np.log1p), at the same line and column in both frontends. What works is held to skrub's text by
 * {@code skb_ops/eval_evaluated_numbers.py} (EvalCliTest).
 */
class EvaluatedNumbersCliTest {
    @TempDir
    Path dir;

    private void assertErrorAt(String body, String lineColumn, String message) throws Exception {
        String head = """
                import numpy as np
                import pandas as pd
                import skrub
                data = skrub.var("data", pd.read_csv("%s"))
                X = data.skb.apply_func(lambda df: df.assign(l=np.log1p(df["wind"])))
                """.formatted(ExampleScripts.repoRoot().resolve("examples/data/seattle-weather.csv").toString()
                .replace("\\", "/"));
        for (String frontend : List.of("subset", "graalpy")) {
            Path script = dir.resolve("e.py");
            Files.writeString(script, head + body);
            Cli.Result r = Cli.run("run", "--threads", "1", "--frontend", frontend, script.toString());
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("e.py:" + lineColumn + ": error: " + message), frontend + ": " + r);
        }
    }

    /**
     * Numbers written in the script are folded with Python's arithmetic, the same as numbers known once the plan has
     * run (PythonArithmetic): 0.0 ** -1 is Python's ZeroDivisionError at its line in both frontends, where the subset
     * frontend had folded it to inf.
     */
    @Test
    void scriptConstantsTakePythonsArithmetic() throws Exception {
        Path script = dir.resolve("c.py");
        Files.writeString(script, "print(2 ** 10, 7 / 2, 2 ** -2)\nprint(0.0 ** -1)\n");
        for (String frontend : List.of("subset", "graalpy")) {
            Cli.Result r = Cli.run("run", "--frontend", frontend, script.toString());
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.out().startsWith("1024 3.5 0.25\n"), frontend + ": " + r);
            assertTrue(r.err().contains("c.py:2:") && r.err().contains(
                    "error: ZeroDivisionError: 0.0 cannot be raised to a negative power"), frontend + ": " + r);
        }
    }

    /**
     * round(x) is Python's int once the plan has run (skb_ops/eval_round_to_int.py, eval_round_arithmetic.py): Python's
     * errors, and arithmetic after it with a number only.
     */
    @Test
    void roundWithoutDigitsIsAnIntTakingArithmeticWithANumber() throws Exception {
        assertErrorAt("m = data.skb.eval()['wind'].mean()\nprint(round(m) // 2)\n", "7:7", "Stratum computes +, -, *, / and"
                + " ** of the int round() gives with a number written in the script, not // with int\nprint(round(m) // 2)\n"
                + "      ^\nhint: compute before rounding: round(x // ...)");
        assertErrorAt("m = data.skb.eval()['wind'].mean()\nprint(round(m) + True)\n", "7:7", "Stratum computes +, -, *, / and"
                + " ** of the int round() gives with a number written in the script, not + with bool");
        // the operation's first character, as Python's traceback points at it, where GraalPy located the right call's name
        assertErrorAt("m = data.skb.eval()['wind'].mean()\nprint(round(m) + round(m))\n", "7:7", "Stratum computes +, -, *,"
                + " / and ** of the int round() gives with a number written in the script, not + with round() of a value"
                + " known once the plan has run");
        assertErrorAt("m = data.skb.eval()['wind'].mean()\nprint(round(m) / 0)\n", "7:1", "ZeroDivisionError: division by zero");
        assertErrorAt("m = data.skb.eval()['wind'].mean()\nprint(round(m) * 1.5 / 0)\n", "7:1",
                "ZeroDivisionError: float division by zero");
        assertErrorAt("print(round(data.skb.eval()['wind'].head(0).max()))\n", "6:1",
                "ValueError: cannot convert float NaN to integer");
        assertErrorAt("print('max', round(data['wind'].max()))\n", "6:14", "type DataOp doesn't define __round__ method");
    }

    @Test
    void aFormatSpecOfASeriesOrFrameIsPythonsTypeError() throws Exception {
        assertErrorAt("print(f\"{data.skb.eval()['wind']:.2f}\")\n", "6:9",
                "TypeError: unsupported format string passed to Series.__format__");
        assertErrorAt("w = data.skb.eval()[['wind']]\nprint(f\"wind: {w:>8}\")\n", "7:15",
                "TypeError: unsupported format string passed to DataFrame.__format__");
    }

    @Test
    void theFullDigitsAfterLog1pAreRefusedAtTheWrite() throws Exception {
        assertErrorAt("print(f\"{X.skb.eval()['l'].mean()}\")\n", "6:1",
                "Stratum does not write in full a number computed after np.log1p (line 5)");
        assertErrorAt("text = 'sum ' + str(X.skb.eval()['l'].sum())\nprint(text)\n", "7:1",
                "Stratum does not write in full a number computed after np.log1p (line 5)");
    }
}
