package io.stratum.frontend.bind;

import io.stratum.frontend.api.DataOp;
import java.util.List;

/**
 * A traced script: the searches it built (in order of creation) and what it printed ({@code deferred}: the search
 * results its printed text holds tokens for, {@link DeferredValue}). The session runs the
 * searches; a script that builds a search but prints nothing still gets its results shown by the CLI.
 */
public record BoundScript(String fileName, String sourceText, List<DataOp> searches, List<ScriptAction> actions,
                          List<DeferredValue> deferred) {
    public BoundScript {
        searches = List.copyOf(searches);
        actions = List.copyOf(actions);
        deferred = List.copyOf(deferred);
    }

    /** A script whose printed text holds no search results. */
    public BoundScript(String fileName, String sourceText, List<DataOp> searches, List<ScriptAction> actions) {
        this(fileName, sourceText, searches, actions, List.of());
    }

    /** The search the CLI reports: the one last printed, or else the last one built. */
    public DataOp mainSearch() {
        for (int i = actions.size() - 1; i >= 0; i--) {
            if (actions.get(i) instanceof ScriptAction.ShowSearch s) {
                return s.search();
            }
            if (actions.get(i) instanceof ScriptAction.ShowSearchRow r) {
                return r.search();
            }
            if (actions.get(i) instanceof ScriptAction.ShowCrossValidation c) {
                return c.cv().search();
            }
            if (actions.get(i) instanceof ScriptAction.ShowScore s) {
                return s.search();
            }
            if (actions.get(i) instanceof ScriptAction.ShowReport r && r.report().predictions().search() != null) {
                return r.report().predictions().search();
            }
            if (actions.get(i) instanceof ScriptAction.ShowPredictions p && p.predictions().search() != null) {
                return p.predictions().search();
            }
            if (actions.get(i) instanceof ScriptAction.PrintText t && DeferredValue.hasToken(t.text())) {
                // print(search.best_score_): the search whose value the text's last token stands for
                DeferredValue[] last = new DeferredValue[1];
                DeferredValue.resolve(t.text(), deferred, d -> {
                    last[0] = d;
                    return "";
                });
                if (last[0].search() != null) {
                    return last[0].search();
                }
            }
        }
        return searches.isEmpty() ? null : searches.get(searches.size() - 1);
    }
}
