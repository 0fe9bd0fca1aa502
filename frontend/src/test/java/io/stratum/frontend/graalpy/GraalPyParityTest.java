package io.stratum.frontend.graalpy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.frontend.bind.ScriptAction;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.syntax.ScriptError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example script, and every test script under {@code frontend/src/test/resources}, gives the same plans through GraalPy as through the subset binder: the same searches
 * (by fingerprint), and the same printed text and shown results in the same order. Binding reads no data, so
 * this runs without the shared data set.
 */
class GraalPyParityTest {

    static Stream<String> scripts() {
        return Stream.concat(ExampleScripts.all().stream(), ExampleScripts.testScripts().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void graalPyBuildsTheSubsetBindersPlan(String script) {
        String source = ExampleScripts.source(script);
        BoundScript subset;
        try {
            subset = ScriptBinder.bind(source, script, ExampleScripts.repoRoot());
        } catch (ScriptError e) {
            assumeTrue(false, () -> script + " is outside the subset (" + e.problem() + "); only GraalPy runs it, nothing to compare");
            return;
        }
        BoundScript python = GraalPyFrontend.bind(source, script, ExampleScripts.repoRoot());

        if (subset.mainSearch() == null) {
            // A script that only evaluates DataOps (.skb.eval(), .skb.preview()) builds no search in either frontend.
            assertNull(python.mainSearch(), script + " builds a search under GraalPy only");
        } else {
            assertNotNull(python.mainSearch(), script + " builds no search under GraalPy");
            assertEquals(subset.mainSearch().node().fingerprint(), python.mainSearch().node().fingerprint(),
                    script + ": the main search differs");
        }
        assertEquals(fingerprints(subset.searches()), fingerprints(python.searches()), script + ": searches differ");
        assertEquals(describe(subset.actions()), describe(python.actions()), script + ": printed output differs");
    }

    static List<String> fingerprints(List<DataOp> searches) {
        List<String> out = new ArrayList<>();
        for (DataOp s : searches) {
            out.add(s.node().fingerprint().hex());
        }
        return out;
    }

    /** What predictions stand for: the learner's search, or (on new data) the fitted and predicting plans and the search picking choices. */
    private static String predicted(io.stratum.frontend.api.LearnerPredictions p) {
        if (p.newData() == null) {
            return p.search().node().fingerprint().hex();
        }
        return "new data " + p.newData().fitted().node().fingerprint().hex() + " -> "
                + p.newData().predicted().node().fingerprint().hex()
                + (p.newData().bestOf() == null ? "" : " best of " + p.newData().bestOf().node().fingerprint().hex());
    }

    private static String predictionFrame(io.stratum.frontend.api.PredictionFrame f) {
        StringBuilder b = new StringBuilder(f.layout().toString());
        if (f.base() != null) {
            b.append(" base ").append(f.base().node().fingerprint().hex());
        }
        for (io.stratum.frontend.api.PredictionFrame.Part p : f.parts()) {
            b.append(" ").append(p.name()).append("=").append(p.column() != null ? p.column().node().fingerprint().hex()
                    : predicted(p.predictions()) + " " + p.predictions().slice()).append("@").append(p.origin().line());
        }
        for (io.stratum.frontend.api.PredictionFrame.Step s : f.steps()) {
            b.append(" ").append(s.kind()).append(s.n()).append(s.names()).append("@").append(s.origin().line());
        }
        return b.toString();
    }

    static List<String> describe(List<ScriptAction> actions) {
        List<String> out = new ArrayList<>();
        for (ScriptAction a : actions) {
            out.add(switch (a) {
                case ScriptAction.PrintText t -> "text " + t.text();
                case ScriptAction.WriteSearchCsv w -> "to_csv " + w.write().path().getFileName() + " of " + w.attribute()
                        + " " + w.view() + " of " + w.search().node().fingerprint().hex() + " index=" + w.write().index()
                        + " at line " + w.origin().line();
                case ScriptAction.WriteCsv w -> "to_csv " + w.write().path().getFileName() + " sep=" + w.write().sep()
                        + " na_rep=" + w.write().naRep() + " columns=" + w.write().columns() + " header=" + w.write().header()
                        + " index=" + w.write().index() + " of " + w.write().value().plan().node().fingerprint().hex()
                        + " at line " + w.origin().line();
                case ScriptAction.ShowSearch s -> "show " + s.attribute() + " '" + s.prefix() + "' of "
                        + s.search().node().fingerprint().hex() + " at line " + s.origin().line();
                case ScriptAction.ShowScore s -> "score '" + s.prefix() + "' '" + s.suffix() + "' of " + s.search().node().fingerprint().hex() + " at line " + s.origin().line();
                case ScriptAction.ShowEvaluation e -> e.evaluation().method() + " '" + e.prefix() + "' '" + e.suffix()
                        + "' of " + e.evaluation().plan().node().fingerprint().hex() + " at line " + e.origin().line();
                case ScriptAction.ShowReport r -> r.report().function() + " digits=" + r.report().digits() + " '" + r.prefix()
                        + "' '" + r.suffix() + "' of " + predicted(r.report().predictions()) + (r.report().truth() == null
                        ? "" : " against " + r.report().truth().node().fingerprint().hex()) + " at line " + r.origin().line();
                case ScriptAction.ShowPredictions p -> "predictions " + p.predictions().method() + " '" + p.prefix() + "' '"
                        + p.suffix() + "' of " + predicted(p.predictions()) + " at line " + p.origin().line();
                case ScriptAction.ShowTestTarget t -> "test target '" + t.prefix() + "' '" + t.suffix() + "' of "
                        + t.split().dataOp().node().fingerprint().hex() + " test_size=" + t.split().testSize() + " random_state="
                        + t.split().randomState() + " shuffle=" + t.split().shuffle() + " at line " + t.origin().line();
                case ScriptAction.ShowSearchRow r -> "row " + r.row() + " '" + r.prefix() + "' of " + r.attribute() + " of "
                        + r.search().node().fingerprint().hex() + " at line " + r.origin().line();
                case ScriptAction.ShowPredictionFrame f -> "prediction frame " + f.view() + " '" + f.prefix() + "' '"
                        + f.suffix() + "' of " + predictionFrame(f.frame()) + " at line " + f.origin().line();
                case ScriptAction.WritePredictionFrameCsv w -> "to_csv " + w.write().path().getFileName() + " sep="
                        + w.write().sep() + " columns=" + w.write().columns() + " index=" + w.write().index() + " of "
                        + predictionFrame(w.frame()) + " at line " + w.origin().line();
                case ScriptAction.ShowCrossValidation c -> "cross_validate" + (c.column() == null ? "" : "[" + c.column() + "]")
                        + " '" + c.prefix() + "' " + c.view() + " train=" + c.cv().returnTrainScore() + " of " + c.cv().search().node().fingerprint().hex()
                        + " at line " + c.origin().line();
            });
        }
        return out;
    }
}
