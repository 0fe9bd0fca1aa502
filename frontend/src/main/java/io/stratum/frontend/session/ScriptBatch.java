package io.stratum.frontend.session;

import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.BoundScript;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.GridSearch;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.node.Origin;
import io.stratum.ir.value.Const;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scripts written separately on the same data, run as one search: each script's search space becomes one
 * branch of a choice named {@value #CHOICE_NAME} (labelled by file name), so the optimizer sees one plan and
 * computes the work the scripts share once. Every script must build exactly one search, and all must agree on
 * cv and scoring, since their scores end up in one ranking.
 */
public final class ScriptBatch {
    /** The name of the choice between scripts, the first column of the results. */
    public static final String CHOICE_NAME = "script";

    private final List<BoundScript> scripts;
    private final List<String> labels;
    private final DataOp search;

    private ScriptBatch(List<BoundScript> scripts) {
        if (scripts.isEmpty()) {
            throw new StratumError(Origin.NONE, "a batch needs at least one script", "pass script files or a directory of .py files");
        }
        this.scripts = List.copyOf(scripts);
        this.labels = labels(this.scripts);
        this.search = merge();
    }

    /** Merges {@code scripts} (in the order given, which is the order of the branches and of the labels). */
    public static ScriptBatch of(List<BoundScript> scripts) {
        return new ScriptBatch(scripts);
    }

    public List<BoundScript> scripts() {
        return scripts;
    }

    /** Whether {@code root} is the merged search of a batch: a grid search over the {@value #CHOICE_NAME} choice. */
    public static boolean isBatch(LogicalNode root) {
        return root instanceof GridSearch g && g.input() instanceof Choice c && c.name().equals(CHOICE_NAME)
                && !c.origin().isKnown();
    }

    /** The outcome labels of the {@value #CHOICE_NAME} choice, one per script: file names, or paths where names repeat. */
    public List<String> labels() {
        return labels;
    }

    /** The merged search: a grid search over the choice between the scripts' searched pipelines. */
    public DataOp search() {
        return search;
    }

    private static List<String> labels(List<BoundScript> scripts) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean repeated = false;
        for (BoundScript s : scripts) {
            Path file = Path.of(s.fileName()).getFileName();
            String name = file == null ? s.fileName() : file.toString();
            repeated |= !seen.add(name);
            names.add(name);
        }
        if (!repeated) {
            return List.copyOf(names);
        }
        List<String> paths = new ArrayList<>();
        Set<String> seenPaths = new HashSet<>();
        for (BoundScript s : scripts) {
            if (!seenPaths.add(s.fileName())) {
                throw new StratumError(Origin.NONE, "the script " + s.fileName() + " is given twice", "pass each script once");
            }
            paths.add(s.fileName());
        }
        return List.copyOf(paths);
    }

    private DataOp merge() {
        List<GridSearch> searches = new ArrayList<>();
        for (BoundScript s : scripts) {
            searches.add(onlySearch(s));
        }
        GridSearch first = searches.get(0);
        // Choices are identified by name in the results: a choice of one script whose name another script
        // already uses for a different choice is renamed after its file, rather than merged or refused.
        Map<String, Fingerprint> owners = new HashMap<>();
        owners.put(CHOICE_NAME, null);
        List<LogicalNode> branches = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            GridSearch g = searches.get(i);
            if (!g.cv().equals(first.cv())) {
                throw disagreement(g, "cv", first.cv(), g.cv(), 0, i);
            }
            if (!g.scoring().equals(first.scoring())) {
                throw disagreement(g, "scoring", first.scoring(), g.scoring(), 0, i);
            }
            if (!g.refit().equals(first.refit())) {
                throw disagreement(g, "refit", first.refit(), g.refit(), 0, i);
            }
            branches.add(renameClashingChoices(g.input(), labels.get(i), owners));
        }
        List<Const> choiceLabels = new ArrayList<>();
        for (String l : labels) {
            choiceLabels.add(Const.of(l));
        }
        Choice scriptChoice = new Choice(CHOICE_NAME, choiceLabels, branches, Origin.NONE);
        return DataOp.of(new GridSearch(scriptChoice, first.cv(), first.scoring(), first.refit(), first.fitted(),
                first.origin()));
    }

    private static GridSearch onlySearch(BoundScript s) {
        if (s.searches().size() != 1) {
            Origin at = s.searches().isEmpty() ? new Origin(s.fileName(), 1, 1) : s.searches().get(1).node().origin();
            throw new StratumError(at, s.fileName() + " builds " + s.searches().size()
                    + " searches; in a batch each script builds exactly one",
                    s.searches().isEmpty() ? "end the script's pipeline with .skb.make_grid_search(cv=5, scoring=\"r2\")"
                            : "keep one make_grid_search per script, or run this script on its own");
        }
        return switch (s.searches().get(0).node()) {
            case GridSearch g -> g;
            case LogicalNode other -> throw new StratumError(other.origin(), s.fileName() + " builds a "
                    + other.kind() + "; a batch merges grid searches only",
                    "run this script on its own, or use make_grid_search in every script of the batch");
        };
    }

    private StratumError disagreement(GridSearch g, String what, Const expected, Const got, int firstIndex, int index) {
        return new StratumError(g.origin(), scripts.get(index).fileName() + " searches with " + what + "=" + got.repr()
                + " but " + scripts.get(firstIndex).fileName() + " with " + what + "=" + expected.repr()
                + "; the scripts of a batch are ranked together, so they must agree",
                "use the same " + what + " in every script of the batch");
    }

    /** Rewrites {@code root} so that none of its choices takes a name another script gave a different choice. */
    private static LogicalNode renameClashingChoices(LogicalNode root, String label, Map<String, Fingerprint> owners) {
        Map<String, Fingerprint> mine = new HashMap<>();
        collectChoices(root, mine, new IdentityHashMap<>());
        Set<String> clashing = new HashSet<>();
        for (Map.Entry<String, Fingerprint> e : mine.entrySet()) {
            if (owners.containsKey(e.getKey()) && !e.getValue().equals(owners.get(e.getKey()))) {
                clashing.add(e.getKey());
            }
        }
        LogicalNode out = clashing.isEmpty() ? root : rename(root, clashing, label, new IdentityHashMap<>());
        Map<String, Fingerprint> after = new HashMap<>();
        collectChoices(out, after, new IdentityHashMap<>());
        for (Map.Entry<String, Fingerprint> e : after.entrySet()) {
            if (owners.containsKey(e.getKey()) && !e.getValue().equals(owners.get(e.getKey()))) {
                throw new StratumError(Origin.NONE, "the choice name '" + e.getKey() + "' is used by two scripts of the batch"
                        + " for different choices, even after naming it after the file", "rename the choice in " + label);
            }
            owners.putIfAbsent(e.getKey(), e.getValue());
        }
        return out;
    }

    private static void collectChoices(LogicalNode node, Map<String, Fingerprint> out, Map<LogicalNode, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Choice c) {
            out.putIfAbsent(c.name(), c.fingerprint());
        }
        for (LogicalNode in : node.inputs()) {
            collectChoices(in, out, seen);
        }
    }

    private static LogicalNode rename(LogicalNode node, Set<String> clashing, String label, Map<LogicalNode, LogicalNode> done) {
        LogicalNode known = done.get(node);
        if (known != null) {
            return known;
        }
        List<LogicalNode> inputs = new ArrayList<>(node.inputs().size());
        boolean changed = false;
        for (LogicalNode in : node.inputs()) {
            LogicalNode r = rename(in, clashing, label, done);
            changed |= r != in;
            inputs.add(r);
        }
        LogicalNode out = changed ? node.withInputs(inputs) : node;
        if (out instanceof Choice c && clashing.contains(c.name())) {
            out = c.renamed(c.name() + " (" + label + ")");
        }
        done.put(node, out);
        return out;
    }
}
