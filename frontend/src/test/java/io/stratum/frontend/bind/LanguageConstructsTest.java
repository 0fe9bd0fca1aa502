package io.stratum.frontend.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.value.Const;
import io.stratum.optimizer.lower.SearchSpace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * skrub's language constructs in the subset: {@code skrub.deferred}, {@code lambda}, row slices and masks,
 * {@code choice.match} and {@code choose_bool().if_else}. Each must build exactly the plan of the plain spelling
 * (fingerprints compare), and a misuse is an error at its line. Scores against skrub itself are held by
 * {@code examples/language_constructs.py} in the example parity test.
 */
class LanguageConstructsTest {
    private static final Path WORKING_DIRECTORY = Path.of("/data").toAbsolutePath();

    private static final String PREAMBLE = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import Ridge
            from sklearn.preprocessing import StandardScaler

            data = skrub.var("data", pd.read_csv("d.csv"))
            y = data["t"].skb.mark_as_y()
            X = data.drop(columns=["t"]).skb.mark_as_X()
            """;

    private static final String SEARCH = "search = pred.skb.make_grid_search(cv=5, scoring=\"r2\")\n";

    private static BoundScript bind(String source) {
        return ScriptBinder.bind(source, "test.py", WORKING_DIRECTORY);
    }

    private static Fingerprint plan(String body) {
        BoundScript bound = bind(PREAMBLE + body + SEARCH);
        assertNotNull(bound.mainSearch(), "the script builds no search");
        return bound.mainSearch().node().fingerprint();
    }

    private static ScriptError error(String body) {
        return assertThrows(ScriptError.class, () -> bind(PREAMBLE + body + SEARCH));
    }

    private static final String PLAIN = """
            X = X.assign(w=X["a"] * 2)
            pred = X.skb.apply(Ridge(), y=y)
            """;

    @Test
    void deferredFunctionsAreTracedLikePlainFunctions() {
        Fingerprint plain = plan(PLAIN);
        assertEquals(plain, plan("""
                @skrub.deferred
                def double(frame, factor=2):
                    return frame.assign(w=frame["a"] * factor)
                X = double(X)
                pred = X.skb.apply(Ridge(), y=y)
                """));
        assertEquals(plain, plan("""
                def double(frame):
                    return frame.assign(w=frame["a"] * 2)
                X = skrub.deferred(double)(X)
                pred = X.skb.apply(Ridge(), y=y)
                """));
        assertNotEquals(plain, plan(PLAIN.replace("* 2", "* 3")), "guard: a different factor is a different plan");
    }

    @Test
    void lambdasWorkWhereSkrubTakesAFunction() {
        Fingerprint plain = plan(PLAIN);
        assertEquals(plain, plan("""
                X = X.skb.apply_func(lambda frame, k=2: frame.assign(w=frame["a"] * k))
                pred = X.skb.apply(Ridge(), y=y)
                """));
        assertEquals(plain, plan("""
                twice = lambda column: column * 2
                X = X.assign(w=twice(X["a"]))
                pred = X.skb.apply(Ridge(), y=y)
                """));
        assertEquals(plain, plan("""
                X = skrub.deferred(lambda frame: frame.assign(w=frame["a"] * 2))(X)
                pred = X.skb.apply(Ridge(), y=y)
                """));
    }

    /** dicts and lists change in place as in Python: every name bound to one sees d[k] = v, lst[i] = v, append, ... */
    @Test
    void dictsAndListsAreMutableAsInPython() {
        BoundScript bound = ScriptBinder.bind("""
                d = {}
                e = d
                d["a"] = 1
                lst = [1, 2]
                alias = lst
                lst.append(3)
                lst[0] = 10
                lst[-1] = 30
                lst.extend([4])
                d.update({"b": 2})
                d["a"] = 5
                print(d, e, lst, alias, d.get("zz", 0), d.get("a"))
                """, "mutable.py", WORKING_DIRECTORY);
        // CPython 3.11 prints: {'a': 5, 'b': 2} {'a': 5, 'b': 2} [10, 2, 30, 4] [10, 2, 30, 4] 0 5
        assertEquals(List.of(new io.stratum.frontend.bind.ScriptAction.PrintText(
                "{'a': 5, 'b': 2} {'a': 5, 'b': 2} [10, 2, 30, 4] [10, 2, 30, 4] 0 5",
                new io.stratum.ir.node.Origin("mutable.py", 12, 1))), bound.actions());
        ScriptError tuple = org.junit.jupiter.api.Assertions.assertThrows(ScriptError.class,
                () -> ScriptBinder.bind("t = (1, 2)\nt[0] = 3\n", "tuple.py", WORKING_DIRECTORY));
        assertTrue(tuple.getMessage().contains("'tuple' object does not support item assignment"), tuple.getMessage());
        ScriptError range = org.junit.jupiter.api.Assertions.assertThrows(ScriptError.class,
                () -> ScriptBinder.bind("l = [1]\nl[3] = 0\n", "range.py", WORKING_DIRECTORY));
        assertTrue(range.getMessage().contains("list assignment index out of range"), range.getMessage());
    }

    @Test
    void sortedOrdersWhatThePlanKnowsOrIsRefusedAtItsLine() {
        // the order Python gives is held to CPython's by skb_ops/eval_sorted_names.py (EvalCliTest); here, what is refused
        ScriptError key = assertThrows(ScriptError.class,
                () -> bind("print(sorted(['b', 'a'], key=lambda s: s[-1]))\n"));
        assertTrue(key.getMessage().contains("sorted(key=...) is not supported"), key.getMessage());
        assertEquals(1, key.line());
        ScriptError mixed = assertThrows(ScriptError.class, () -> bind("x = 1\nprint(sorted([x, 'a']))\n"));
        assertTrue(mixed.getMessage().contains("'<' not supported between instances of 'str' and 'int'"), mixed.getMessage());
        assertEquals(2, mixed.line());
        ScriptError plan = error("print(sorted(X['a']))\n" + PLAIN);
        assertTrue(plan.getMessage().contains("cannot be iterated while the plan is built"), plan.getMessage());
    }

    @Test
    void rowSlicesAreHeadAndTailSteps() {
        String head = "pred = X.head(10).tail(-2).skb.apply(Ridge(), y=y)\n";
        assertEquals(plan(head), plan("pred = X[2:10].skb.apply(Ridge(), y=y)\n"));
        assertEquals(plan(head), plan("pred = X.iloc[2:10].skb.apply(Ridge(), y=y)\n"));
        assertEquals(plan("pred = X.tail(5).skb.apply(Ridge(), y=y)\n"), plan("pred = X.iloc[-5:].skb.apply(Ridge(), y=y)\n"));
        assertEquals(plan("pred = X.tail(5).head(-1).skb.apply(Ridge(), y=y)\n"),
                plan("pred = X.iloc[-5:-1].skb.apply(Ridge(), y=y)\n"));
        assertEquals(plan("pred = X.head(-3).skb.apply(Ridge(), y=y)\n"), plan("pred = X[:-3].skb.apply(Ridge(), y=y)\n"));
        assertEquals(plan("pred = X.skb.apply(Ridge(), y=y)\n"), plan("pred = X[:].skb.apply(Ridge(), y=y)\n"));
    }

    @Test
    void slicesOfConstantsFollowPython() {
        assertEquals(plan("pred = X[[\"b\", \"c\"]].skb.apply(Ridge(), y=y)\n"),
                plan("cols = [\"a\", \"b\", \"c\", \"d\"]\npred = X[cols[1:3]].skb.apply(Ridge(), y=y)\n"));
        assertEquals(plan("pred = X[[\"d\", \"b\"]].skb.apply(Ridge(), y=y)\n"),
                plan("cols = [\"a\", \"b\", \"c\", \"d\"]\npred = X[cols[::-2]].skb.apply(Ridge(), y=y)\n"));
        assertEquals(plan("pred = X[\"bc\"].skb.apply(Ridge(), y=y)\n"),
                plan("pred = X[\"abcd\"[1:-1]].skb.apply(Ridge(), y=y)\n"));
    }

    @Test
    void masksThroughLocAreMasks() {
        assertEquals(plan("pred = X[X[\"a\"] > 0].skb.apply(Ridge(), y=y)\n"),
                plan("pred = X.loc[X[\"a\"] > 0].skb.apply(Ridge(), y=y)\n"));
    }

    @Test
    void unsupportedSlicesAreLocatedErrors() {
        ScriptError step = error("pred = X[::0].skb.apply(Ridge(), y=y)\n");
        assertEquals(9, step.line());
        assertTrue(step.problem().contains("slice step cannot be zero"), step.problem());
        ScriptError loc = error("pred = X.loc[2:5].skb.apply(Ridge(), y=y)\n");
        assertTrue(loc.problem().contains(".loc"), loc.problem());
    }

    @Test
    void matchIsTheSameChoiceInTheSearchSpace() {
        BoundScript bound = bind(PREAMBLE + """
                kind = skrub.choose_from(["weak", "strong"], name="strength")
                scale = skrub.choose_bool(name="scale")
                X = X.skb.apply(scale.if_else(StandardScaler(), "passthrough"))
                pred = X.skb.apply(Ridge(alpha=kind.match({"strong": 10.0}, default=0.1)), y=y)
                """ + SEARCH);
        LogicalNode root = ((GridSearch) bound.mainSearch().node()).input();
        SearchSpace space = new SearchSpace(root);
        // Only the matches are in the plan; each stands for its choice, with the choice's name and labels.
        assertEquals(List.of("scale", "strength"), space.names());
        assertEquals(List.of(Const.of(true), Const.of(false)), space.choices().get(0).labels());
        assertEquals(List.of(Const.of("weak"), Const.of("strong")), space.choices().get(1).labels());
        assertEquals(4, space.points().size());
    }

    @Test
    void aMatchAndItsChoiceAreOneParameter() {
        BoundScript bound = bind(PREAMBLE + """
                kind = skrub.choose_from(["small", "large"], name="size")
                X = X.assign(w=X["a"] * kind.match({"small": 1, "large": 100}))
                pred = X.skb.apply(Ridge(alpha=kind.match({"small": 0.1, "large": 10.0})), y=y)
                pred = pred + 0 * kind.match({"small": 0, "large": 0}).match({0: 1})
                """ + SEARCH);
        SearchSpace space = new SearchSpace(((GridSearch) bound.mainSearch().node()).input());
        assertEquals(List.of("size"), space.names());
        assertEquals(2, space.points().size());
        Choice c = space.choices().get(0);
        assertTrue(c.match());
    }

    @Test
    void matchMistakesAreLocatedErrors() {
        ScriptError missing = error("""
                kind = skrub.choose_from(["weak", "strong"], name="strength")
                pred = X.skb.apply(Ridge(alpha=kind.match({"strong": 10.0})), y=y)
                """);
        assertEquals(10, missing.line());
        assertTrue(missing.problem().contains("'weak'") && missing.problem().contains("no entry"), missing.problem());
        ScriptError extra = error("""
                kind = skrub.choose_from(["weak", "strong"], name="strength")
                pred = X.skb.apply(Ridge(alpha=kind.match({"medium": 1.0}, default=0.1)), y=y)
                """);
        assertTrue(extra.problem().contains("'medium'") && extra.problem().contains("not outcomes"), extra.problem());
        ScriptError ifElse = error("""
                kind = skrub.choose_from(["weak", "strong"], name="strength")
                pred = X.skb.apply(Ridge(alpha=kind.if_else(1.0, 2.0)), y=y)
                """);
        assertTrue(ifElse.problem().contains("choose_bool"), ifElse.problem());
        ScriptError onData = error("""
                pred = X.skb.apply(Ridge(alpha=(X["a"] > 0).skb.if_else(1.0, 2.0)), y=y)
                """);
        assertTrue(onData.problem().contains(".skb.if_else on a column: its truth value is ambiguous"), onData.problem());
    }

    @Test
    void theBenchmarksLongScriptBinds() throws java.io.IOException {
        // bench/frontend/long_script_200.py is what FrontendBenchmark parses and binds: it must stay a valid script.
        Path script = io.stratum.frontend.ExampleScripts.repoRoot().resolve("bench/frontend/long_script_200.py");
        String source = java.nio.file.Files.readString(script);
        assertEquals(200, source.lines().count());
        BoundScript bound = ScriptBinder.bind(source, "long_script_200.py", io.stratum.frontend.ExampleScripts.repoRoot());
        SearchSpace space = new SearchSpace(((GridSearch) bound.mainSearch().node()).input());
        // skrub's choice_graph on the same choices (checked with skrub itself): the matched 'family' is visited before
        // the match's outcomes, so it is numbered before the choices nested in them.
        assertEquals(List.of("scaler", "family", "alpha", "l1_ratio"), space.names());
    }
}
