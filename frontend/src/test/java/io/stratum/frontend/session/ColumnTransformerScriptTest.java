package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.BothFrontends;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import org.junit.jupiter.api.Test;

/**
 * scikit-learn column transformers in {@code .skb.apply}: each transformer applied to its columns, renamed
 * {@code name__column}, side by side — the plan of the same parts written with selections, {@code add_prefix} and
 * {@code .skb.concat(axis=1)} (so the same scores, optimizer on and off), in both frontends; the forms Stratum or
 * scikit-learn refuse are errors at their line in both. Printed results are held to skrub by
 * {@code skb_ops/eval_column_transformer.py} (EvalCliTest).
 */
class ColumnTransformerScriptTest {
    private static final String SCRIPT = """
            import numpy as np
            import pandas as pd
            import skrub
            from sklearn.compose import ColumnTransformer, make_column_selector, make_column_transformer
            from sklearn.feature_extraction.text import TfidfVectorizer
            from sklearn.impute import SimpleImputer
            from sklearn.linear_model import Ridge
            from sklearn.pipeline import Pipeline, make_pipeline
            from sklearn.preprocessing import OneHotEncoder, StandardScaler
            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            y = data["temp_max"].skb.mark_as_y()
            X = data[["precipitation", "temp_min", "wind", "weather"]].skb.mark_as_X()
            pred = STEP
            search = pred.skb.make_grid_search(cv=3, scoring="r2")
            """;
    private static final String RIDGE = "Ridge(alpha=skrub.choose_from([1.0, 30.0], name='a'))";
    private static final String WRITTEN = "X[['weather']].skb.apply(OneHotEncoder(sparse_output=False,"
            + " handle_unknown='ignore')).add_prefix('onehotencoder__').skb.concat([X[['precipitation', 'temp_min', 'wind']]"
            + ".skb.apply(SimpleImputer()).skb.apply(StandardScaler()).add_prefix('pipeline__')], axis=1)"
            + ".skb.apply(" + RIDGE + ", y=y)";

    private static DataOp bind(String step) {
        return ScriptBinder.bind(SCRIPT.replace("STEP", step), "c.py", ExampleScripts.repoRoot()).mainSearch();
    }

    @Test
    void aColumnTransformerIsItsPartsSideBySideInBothFrontends() {
        DataOp written = bind(WRITTEN);
        String ct = "make_column_transformer((OneHotEncoder(sparse_output=False, handle_unknown='ignore'), ['weather']),"
                + " (make_pipeline(SimpleImputer(), StandardScaler()), make_column_selector(dtype_include=np.number)))";
        String named = "ColumnTransformer([('onehotencoder', OneHotEncoder(sparse_output=False, handle_unknown='ignore'),"
                + " [3]), ('pipeline', Pipeline([('i', SimpleImputer()), ('s', StandardScaler())]), ['precipitation',"
                + " 'temp_min', 'wind'])], remainder='drop')";
        for (String form : new String[] {
                "X.skb.apply(make_pipeline(" + ct + ", " + RIDGE + "), y=y)",
                "X.skb.apply(" + named + ").skb.apply(" + RIDGE + ", y=y)"}) {
            assertEquals(written.node().fingerprint(), bind(form).node().fingerprint(), form);
            DataOp graal = GraalPyFrontend.bind(SCRIPT.replace("STEP", form), "c.py", ExampleScripts.repoRoot()).mainSearch();
            assertEquals(written.node().fingerprint(), graal.node().fingerprint(), "GraalPy: " + form);
        }
        String form = "X.skb.apply(make_pipeline(" + ct + ", " + RIDGE + "), y=y)";
        SearchResults on = new Session(new SessionConfig(true, 2)).run(bind(form));
        SearchResults off = new Session(new SessionConfig(false, 1)).run(bind(form));
        for (int r = 0; r < 2; r++) {
            assertArrayEquals(on.rows().get(r).foldScores(), off.rows().get(r).foldScores(), 1e-12);
        }
    }

    @Test
    void theRemainderIsTheColumnsNoTransformerNamedAfterThem() {
        // passthrough: the other columns in the frame's order, renamed remainder__; without prefixes, their own names
        assertEquals(bind("X[['wind']].skb.apply(StandardScaler()).add_prefix('standardscaler__').skb.concat("
                        + "[X[['precipitation', 'temp_min']].add_prefix('remainder__')], axis=1).skb.apply(Ridge(), y=y)")
                        .node().fingerprint(),
                bind("X.skb.apply(make_column_transformer((StandardScaler(), ['wind']), ('drop', ['weather']),"
                        + " remainder='passthrough')).skb.apply(Ridge(), y=y)").node().fingerprint());
        assertEquals(bind("pd.concat([X[['wind']].skb.apply(StandardScaler()), X[['precipitation', 'temp_min',"
                        + " 'weather']].skb.apply(OneHotEncoder(sparse_output=False))], axis=1).skb.apply(Ridge(), y=y)")
                        .node().fingerprint(),
                bind("X.skb.apply(make_column_transformer((StandardScaler(), ['wind']), remainder=OneHotEncoder("
                        + "sparse_output=False), verbose_feature_names_out=False)).skb.apply(Ridge(), y=y)")
                        .node().fingerprint());
        // the frame's columns unknown (an estimator's output): all but the named ones
        assertEquals(bind("X.skb.apply(StandardScaler(), cols=['wind']).drop(columns=['wind']).add_prefix('remainder__')"
                        + ".skb.apply(Ridge(), y=y)").node().fingerprint(),
                bind("X.skb.apply(StandardScaler(), cols=['wind']).skb.apply(make_column_transformer(('drop', ['wind']),"
                        + " remainder='passthrough')).skb.apply(Ridge(), y=y)").node().fingerprint());
    }

    @Test
    void formsScikitLearnOrStratumRefuseAreErrorsAtTheirLineInBothFrontends() {
        String[][] cases = {
                {"X.skb.apply(make_column_transformer((Ridge(), ['wind'])), y=y)", "does not implement transform"},
                {"X.skb.apply(make_column_transformer((TfidfVectorizer(), 'weather')), y=y)", "sparse matrix"},
                {"X.skb.apply(ColumnTransformer([('a__b', StandardScaler(), ['wind'])]))", "must not contain __"},
                {"X.skb.apply(ColumnTransformer([('a', StandardScaler(), ['wind']), ('a', 'drop', ['weather'])]))",
                        "used twice"},
                {"X.skb.apply(ColumnTransformer([('a', StandardScaler(), ['wind'])], transformer_weights={'a': 2}))",
                        "transformer_weights"},
                {"X.skb.apply(make_column_transformer((StandardScaler(), ['wind']), transformer_weights=None))",
                        "unexpected keyword argument 'transformer_weights'"},
                {"X.skb.apply(make_column_transformer((StandardScaler(), [7])))", "out of range for 4 columns"},
                {"X.skb.apply(make_column_transformer((StandardScaler(), [True, False])))", "2 values for 4 columns"},
                {"X.skb.apply(make_column_transformer(('drop', ['wind'])))", "outputs no column"},
                {"X.skb.apply(make_column_transformer((StandardScaler(), 3.5)))", "must be a column name"},
                {"X.skb.apply(make_column_transformer((StandardScaler(), ['wind'])), cols=['wind'])", "takes y only"},
                {"X.skb.apply(make_column_transformer(StandardScaler(), ['wind']))", "(transformer, columns) tuples"},
                {"X.skb.apply(make_column_transformer((StandardScaler(), ['wind']), remainder=3))", "remainder"},
                {"X.skb.apply(StandardScaler()).skb.apply(make_column_transformer((StandardScaler(),"
                        + " make_column_selector(dtype_include=np.number))))", "estimator's output"},
                {"X.skb.apply(make_column_transformer((StandardScaler(), make_column_selector(pattern='('))))",
                        "regular expression"},
                {"X.skb.apply(Ridge(), y=skrub.choose_from([make_column_transformer((StandardScaler(), ['wind']))],"
                        + " name='c'))", "pipelines is made where .skb.apply applies it"}};
        for (String[] c : cases) {
            BothFrontends.assertErrorAt(SCRIPT.replace("STEP", c[0]), 13, c[1]);
        }
    }
}
