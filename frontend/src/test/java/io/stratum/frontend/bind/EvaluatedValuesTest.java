package io.stratum.frontend.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.frontend.api.DataOpPrint;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * pandas operations on what {@code .skb.eval()} returns, in both frontends: they extend the evaluated plan (what they
 * print is held to skrub by EvalCliTest's {@code eval_then_pandas.py}); what Stratum cannot do with an evaluated value
 * while the plan is built is an error at its line.
 */
class EvaluatedValuesTest {
    private static final String HEAD = """
            import pandas as pd
            import skrub
            data = skrub.var("data", pd.read_csv("examples/data/seattle-weather.csv"))
            from sklearn.preprocessing import OneHotEncoder
            encoded = data[["weather"]].skb.apply(OneHotEncoder(sparse_output=False))
            """;

    @Test
    void operationsOnAnEvaluatedFrameArePrintedAfterThePlanRuns() {
        String source = HEAD + """
                ev = data.skb.eval()
                print(ev["wind"].max() - ev["wind"].min())
                print(encoded.skb.eval().columns)
                print(ev.shape)
                print(encoded.skb.preview().columns.tolist())
                """;
        for (Function<String, BoundScript> frontend : BothFrontends.ALL) {
            List<ScriptAction> actions = frontend.apply(source).actions();
            assertEquals(4, actions.size(), actions.toString());
            var difference = (ScriptAction.ShowEvaluation) actions.get(0);
            assertEquals(".skb.eval", difference.evaluation().method());
            assertEquals(DataOpPrint.View.VALUE, difference.view());
            // the encoder's columns are known only when it has been fitted: printed then, as pandas' Index
            assertEquals(DataOpPrint.View.COLUMNS, ((ScriptAction.ShowEvaluation) actions.get(1)).view());
            assertEquals(DataOpPrint.View.SHAPE, ((ScriptAction.ShowEvaluation) actions.get(2)).view());
            // and printed as a list, after .tolist()
            assertEquals(DataOpPrint.View.COLUMN_LIST, ((ScriptAction.ShowEvaluation) actions.get(3)).view());
        }
    }

    @Test
    void whatAnEvaluatedValueCannotDoWhileThePlanIsBuiltIsAnErrorAtItsLine() {
        String[][] cases = {
                {"data.skb.eval().skb.apply_func(len)", "which has no .skb namespace"},
                {"print(encoded.skb.eval().columns[0])", "are known only when the plan runs"},
                {"print(encoded.skb.eval().columns.tolist()[0])", "are known only when the plan runs"},
                {"data.columns = ['a', 'b']", "Do not modify a DataOp in-place"},
                {"data.columns = ['a', 'b']", "df = df.rename(columns="},
                {"data['a'] = 1", "Do not modify a DataOp in-place"},
                {"data.loc[data['wind'] > 1, 'wind'] = 0", "Do not modify a DataOp in-place"},
                {"data.loc[data['wind'] > 1] = 0", "only one column's rows by a boolean mask"},
                {"print(encoded.skb.eval().shape[0])", "is known only when the plan runs"},
                {"print(data.skb.eval()['wind'] - data.skb.preview()['wind'])", "evaluate both the same way"}};
        for (String[] c : cases) {
            BothFrontends.assertErrorAt(HEAD + c[0] + "\n", 6, c[1]);
        }
    }
}
