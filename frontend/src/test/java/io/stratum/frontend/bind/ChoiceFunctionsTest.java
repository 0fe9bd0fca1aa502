package io.stratum.frontend.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.Value;
import io.stratum.ir.value.Const;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code skrub.choose_int}, {@code choose_float}, {@code choose_bool} and {@code optional} bind to choices with
 * skrub's outcomes in skrub's order, its display names when unnamed, and located errors for what skrub refuses.
 */
class ChoiceFunctionsTest {
    private static final String PREAMBLE = """
            import pandas as pd
            import skrub
            from sklearn.linear_model import LinearRegression, Ridge
            from sklearn.preprocessing import OneHotEncoder, StandardScaler

            data = skrub.var("data", pd.read_csv("d.csv"))
            y = data["t"].skb.mark_as_y()
            X = data.drop(columns=["t"]).skb.mark_as_X()
            """;

    private static GridSearch search(String body) {
        BoundScript bound = ScriptBinder.bind(PREAMBLE + body + "\nsearch = pred.skb.make_grid_search(cv=5)\n", "test.py",
                Path.of("/data").toAbsolutePath());
        return (GridSearch) bound.mainSearch().node();
    }

    private static Choice firstChoice(LogicalNode node) {
        if (node instanceof Choice c) {
            return c;
        }
        for (LogicalNode in : node.inputs()) {
            Choice c = firstChoice(in);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static List<String> reprs(Choice c) {
        List<String> out = new ArrayList<>();
        for (Const l : c.labels()) {
            out.add(l.repr());
        }
        return out;
    }

    @Test
    void chooseFloatInLogSpaceGivesNumpysGridAsFloats() {
        Choice c = firstChoice(search("pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.1, 100.0, log=True, n_steps=4, name='a')), y=y)"));
        assertEquals("a", c.name());
        assertEquals(List.of("0.10000000000000002", "1.0", "9.999999999999998", "100.00000000000004"), reprs(c));
        assertEquals(new Value(Const.of(1.0), c.outcomes().get(1).origin()), c.outcomes().get(1));
    }

    @Test
    void chooseIntWithoutNameIsNamedAsSkrubDisplaysIt() {
        Choice c = firstChoice(search("pred = X.skb.apply(Ridge(alpha=skrub.choose_int(1, 10, n_steps=4)), y=y)"));
        assertEquals("choose_int(1, 10, n_steps=4)", c.name());
        assertEquals(List.of("1", "4", "7", "10"), reprs(c));
        assertInstanceOf(Const.IntConst.class, c.labels().get(0));
    }

    @Test
    void chooseBoolPutsTheDefaultFirst() {
        Choice named = firstChoice(search("pred = X.skb.apply(LinearRegression(fit_intercept=skrub.choose_bool(name='fi')), y=y)"));
        assertEquals("fi", named.name());
        assertEquals(List.of("True", "False"), reprs(named));
        Choice reversed = firstChoice(search("pred = X.skb.apply(LinearRegression(fit_intercept=skrub.choose_bool(default=False)), y=y)"));
        assertEquals("choose_bool(default=False)", reversed.name());
        assertEquals(List.of("False", "True"), reprs(reversed));
    }

    @Test
    void optionalIsTheValueThenNoneAndAppliesAsASkippableStep() {
        GridSearch g = search("""
                X = X.skb.apply(skrub.optional(StandardScaler(), name="scale"), cols=["a"])
                pred = X.skb.apply(Ridge(), y=y)""");
        Choice c = firstChoice(g);
        assertEquals("scale", c.name());
        assertEquals(List.of("'StandardScaler()'", "None"), reprs(c));
        assertInstanceOf(Estimator.class, c.outcomes().get(0));
        assertEquals(Const.none(), ((Value) c.outcomes().get(1)).value());
        Apply scaled = (Apply) ((Apply) g.input()).input();
        assertEquals(c, scaled.estimator());

        Choice noneFirst = firstChoice(search("""
                X = X.skb.apply(OneHotEncoder(drop=skrub.optional("first", default=None)), cols=["c"])
                pred = X.skb.apply(Ridge(), y=y)"""));
        assertEquals("optional('first', default=None)", noneFirst.name());
        assertEquals(List.of("None", "'first'"), reprs(noneFirst));
    }

    @Test
    void aContinuousRangeIsALocatedErrorAskingForSteps() {
        ScriptError e = assertThrows(ScriptError.class,
                () -> search("pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.1, 10.0, log=True)), y=y)"));
        assertEquals(9, e.line());
        assertTrue(e.problem().contains("continuous range choose_float(0.1, 10.0, log=True)"), e.problem());
        assertTrue(e.hint().contains("n_steps"), e.hint());
    }

    @Test
    void badArgumentsAreLocatedErrors() {
        ScriptError e = assertThrows(ScriptError.class,
                () -> search("pred = X.skb.apply(Ridge(alpha=skrub.choose_int(1.5, 3, n_steps=2)), y=y)"));
        assertTrue(e.problem().contains("'low' must be an int"), e.problem());
        e = assertThrows(ScriptError.class,
                () -> search("pred = X.skb.apply(Ridge(alpha=skrub.choose_float(0.0, 3.0, log=True, n_steps=2)), y=y)"));
        assertTrue(e.problem().contains("'low' must be > 0"), e.problem());
        e = assertThrows(ScriptError.class,
                () -> search("pred = X.skb.apply(Ridge(alpha=skrub.choose_float(5.0, 3.0, n_steps=2)), y=y)"));
        assertTrue(e.problem().contains("'high' must be greater than 'low'"), e.problem());
        e = assertThrows(ScriptError.class, () -> search("pred = X.skb.apply(Ridge(alpha=skrub.optional(1.0, default=3)), y=y)"));
        assertTrue(e.problem().contains("'default' must be None"), e.problem());
        e = assertThrows(ScriptError.class, () -> search("pred = X.skb.apply(Ridge(alpha=skrub.choose_int(1, 3, n_step=2)), y=y)"));
        assertTrue(e.hint().contains("n_steps"), e.hint());
        assertEquals(9, e.line());
    }
}
