package io.stratum.optimizer.lower;

import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.RandomizedSearch;
import io.stratum.ir.logical.Value;
import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.random.NumpyRandomState;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The candidates of a randomized search, drawn as skrub's {@code make_randomized_search} draws them, so a seed gives
 * skrub's candidates in skrub's order.
 *
 * <p>skrub builds a parameter grid ({@code _expand_grid}) whose keys are {@code data_op__<id>}, ids numbered in the
 * order its traversal <em>leaves</em> each choice (inputs in order, an estimator's parameters by name, a choice after
 * its outcomes), and hands it to scikit-learn's {@code ParameterSampler} with a legacy numpy {@code RandomState}.
 * When every range is a list (no {@code choose_float}/{@code choose_int}), the sampler picks grid indices without
 * replacement ({@code sample_without_replacement}: a permutation, tracking selection or reservoir sampling by the
 * ratio of draws to grid size) and reads them through {@code ParameterGrid}; otherwise, for each of {@code n_iter}
 * draws, it picks a sub-grid, then, keys sorted as strings, draws an index for a list, a grid value for a discretized
 * range and {@code uniform}/{@code loguniform} for a continuous one. Choices used to build X or y are clamped to their
 * default (the first outcome; the middle of a numeric range), as skrub does.
 *
 * <p>The result is the plan with every continuous range replaced by a choice of the values drawn (in order of first
 * draw) and one point per candidate, in {@link SearchSpace}'s numbering.
 */
public final class ParameterSampling {

    /** The sampled search: its plan (continuous ranges made finite), its choices and a point per candidate. */
    public record Sample(LogicalNode input, SearchSpace space, List<int[]> points) {
    }

    /** One draw for a choice: an outcome index, or a value of a continuous range. */
    private record Draw(int index, Const value) {
        static Draw of(int index) {
            return new Draw(index, null);
        }
    }

    /** What a sub-grid holds for a choice: a list to pick from, or a distribution (a numeric range). */
    private sealed interface Range {
        record Listed(List<Draw> items) implements Range {
        }

        record Distributed(Choice choice) implements Range {
        }
    }

    private record Outcome(int choice, int index) {
    }

    private final List<Choice> choices = new ArrayList<>();
    private final Map<Fingerprint, Integer> ids = new HashMap<>();
    private final Map<PrintOutcome, List<Fingerprint>> childrenByPrint = new LinkedHashMap<>();
    private final List<Fingerprint> topByPrint = new ArrayList<>();
    private final Map<Outcome, List<Integer>> children = new HashMap<>();
    private final Set<Integer> clamped = new HashSet<>();

    private ParameterSampling() {
    }

    /** Draws {@code search.nIter()} candidates with {@code RandomState(seed)}. */
    public static Sample sample(RandomizedSearch search, long seed) {
        ParameterSampling s = new ParameterSampling();
        s.discover(search.input());
        SearchSpace declared = SearchSpace.withoutGrid(search.input());
        for (int id = 0; id < s.choices.size(); id++) {
            if (declared.isClamped(s.choices.get(id))) {
                s.clamped.add(id);
            }
        }
        List<Map<Integer, Range>> grids = s.expand(s.resolve(s.topByPrint), new LinkedHashMap<>());
        List<Map<Integer, Draw>> draws = s.draw(grids, search.nIter(), new NumpyRandomState(seed));
        return s.materialize(search.input(), draws);
    }

    /**
     * One sub-grid entry of skrub's parameter grid ({@code param_grid}): a choice and what the grid holds for it, the
     * outcome indices of a listed choice (one when clamped or split on), the numeric choice itself (a range), or, for
     * a numeric choice clamped to its default, that value.
     */
    record GridEntry(Choice choice, List<Integer> indices, Const clampedValue) {
    }

    /** skrub's {@code param_grid(data_op)}: its sub-grids in order, each choice in the sub-grid's key order. */
    static List<List<GridEntry>> paramGrid(LogicalNode root) {
        ParameterSampling s = new ParameterSampling();
        s.discover(root);
        SearchSpace declared = SearchSpace.withoutGrid(root);
        for (int id = 0; id < s.choices.size(); id++) {
            if (declared.isClamped(s.choices.get(id))) {
                s.clamped.add(id);
            }
        }
        List<List<GridEntry>> out = new ArrayList<>();
        if (s.choices.isEmpty()) {
            return out;
        }
        for (Map<Integer, Range> grid : s.expand(s.resolve(s.topByPrint), new LinkedHashMap<>())) {
            List<GridEntry> entries = new ArrayList<>();
            for (Map.Entry<Integer, Range> e : grid.entrySet()) {
                Choice c = s.choices.get(e.getKey());
                switch (e.getValue()) {
                    case Range.Distributed d -> entries.add(new GridEntry(c, null, null));
                    case Range.Listed l when c.range() != null -> {
                        Draw d = l.items().get(0);
                        entries.add(new GridEntry(c, null, d.value() != null ? d.value() : c.labels().get(d.index())));
                    }
                    case Range.Listed l -> {
                        List<Integer> indices = new ArrayList<>();
                        for (Draw d : l.items()) {
                            indices.add(d.index());
                        }
                        entries.add(new GridEntry(c, indices, null));
                    }
                }
            }
            out.add(entries);
        }
        return out;
    }

    /**
     * The choices skrub's {@code eval_choices(data_op)} reaches with every choice at its default, in skrub's choice
     * id order (a choice inside another's outcome first), each with the index of its default outcome: the first
     * outcome of {@code choose_from}/{@code optional}/{@code choose_bool}, the middle of a numeric grid; -1 for a
     * continuous range (its default is {@code range().continuousDefault()}).
     */
    static Map<Choice, Integer> defaultChoices(LogicalNode root) {
        ParameterSampling s = new ParameterSampling();
        s.discover(root);
        java.util.TreeMap<Integer, Integer> active = new java.util.TreeMap<>();
        java.util.ArrayDeque<Integer> pending = new java.util.ArrayDeque<>(s.resolve(s.topByPrint));
        while (!pending.isEmpty()) {
            int id = pending.pop();
            if (active.containsKey(id)) {
                continue;
            }
            Choice c = s.choices.get(id);
            int index = c.continuous() ? -1 : c.range() == null ? 0 : (c.outcomes().size() - 1) / 2;
            active.put(id, index);
            if (index >= 0) {
                pending.addAll(s.children.getOrDefault(new Outcome(id, index), List.of()));
            }
        }
        Map<Choice, Integer> out = new LinkedHashMap<>();
        active.forEach((id, index) -> out.put(s.choices.get(id), index));
        return out;
    }

    // ---- skrub's choice graph ---------------------------------------------------------------------------------

    private void discover(LogicalNode root) {
        walk(root, null, new HashMap<>());
        for (Map.Entry<PrintOutcome, List<Fingerprint>> e : childrenByPrint.entrySet()) {
            children.put(new Outcome(ids.get(e.getKey().choice()), e.getKey().index()), resolve(e.getValue()));
        }
    }

    private List<Integer> resolve(List<Fingerprint> prints) {
        List<Integer> out = new ArrayList<>();
        for (Fingerprint f : prints) {
            int id = ids.get(f);
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Outcomes are keyed by the choice's fingerprint while walking, since ids are known only when a choice is left. */
    private record PrintOutcome(Fingerprint choice, int index) {
    }

    /** Numbers {@code c} when first left; a match of a choice already numbered (same name and labels) is that choice. */
    private void register(Choice c) {
        if (ids.containsKey(c.fingerprint())) {
            return;
        }
        for (int id = 0; id < choices.size(); id++) {
            Choice known = choices.get(id);
            if (known.name().equals(c.name()) && (known.match() || c.match()) && known.labels().equals(c.labels())) {
                ids.put(c.fingerprint(), id);
                return;
            }
        }
        ids.put(c.fingerprint(), choices.size());
        choices.add(c);
    }

    private void walk(LogicalNode node, PrintOutcome context, Map<PrintOutcome, Set<LogicalNode>> visited) {
        Set<LogicalNode> seen = visited.computeIfAbsent(context, k -> Collections.newSetFromMap(new IdentityHashMap<>()));
        if (node instanceof Choice c) {
            (context == null ? topByPrint : childrenByPrint.computeIfAbsent(context, k -> new ArrayList<>()))
                    .add(c.fingerprint());
        }
        if (!seen.add(node)) {
            return;
        }
        switch (node) {
            // A deferred call's image: its outcomes at the call's level, the choice left after them (SearchSpace).
            case Choice c when c.perCall() -> {
                for (LogicalNode o : c.outcomes()) {
                    walk(o, context, visited);
                }
                register(c);
            }
            case Choice c -> {
                if (c.match()) {
                    // skrub visits the matched choice before the match's outcomes (SearchSpace's javadoc).
                    register(c);
                }
                if (c.range() == null) {
                    for (int i = 0; i < c.outcomes().size(); i++) {
                        walk(c.outcomes().get(i), new PrintOutcome(c.fingerprint(), i), visited);
                    }
                }
                register(c);
            }
            case Estimator e -> {
                // scikit-learn's get_params() lists parameters by name, and skrub walks them in that order.
                List<Estimator.Param> params = new ArrayList<>(e.params());
                params.sort(Comparator.comparing(Estimator.Param::name));
                for (Estimator.Param p : params) {
                    walk(p.value(), context, visited);
                }
            }
            default -> {
                for (LogicalNode in : node.inputs()) {
                    walk(in, context, visited);
                }
            }
        }
    }

    // ---- skrub's _expand_grid ---------------------------------------------------------------------------------

    private List<Integer> childrenOf(int choice, int outcome) {
        return children.getOrDefault(new Outcome(choice, outcome), List.of());
    }

    private Range rangeOf(int id) {
        Choice c = choices.get(id);
        if (clamped.contains(id)) {
            if (c.range() == null) {
                return new Range.Listed(List.of(Draw.of(0)));
            }
            // A numeric choice's default: the middle grid value, or the middle of a continuous range.
            return new Range.Listed(List.of(c.continuous() ? new Draw(-1, c.range().continuousDefault())
                    : Draw.of((c.outcomes().size() - 1) / 2)));
        }
        if (c.range() != null) {
            return new Range.Distributed(c);
        }
        List<Draw> all = new ArrayList<>();
        for (int i = 0; i < c.outcomes().size(); i++) {
            all.add(Draw.of(i));
        }
        return new Range.Listed(all);
    }

    private boolean hasChildren(int id) {
        if (choices.get(id).range() != null) {
            return false;
        }
        if (rangeOf(id) instanceof Range.Listed l) {
            for (Draw d : l.items()) {
                if (!childrenOf(id, d.index()).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Map<Integer, Range>> expand(List<Integer> top, Map<Integer, Range> base) {
        Map<Integer, Range> grid = new LinkedHashMap<>(base);
        for (int c : top) {
            if (!hasChildren(c)) {
                grid.put(c, rangeOf(c));
            }
        }
        List<Integer> remaining = new ArrayList<>();
        for (int c : top) {
            if (!grid.containsKey(c)) {
                remaining.add(c);
            }
        }
        if (remaining.isEmpty()) {
            return List.of(grid);
        }
        int split = remaining.getFirst();
        List<Map<Integer, Range>> out = new ArrayList<>();
        for (Draw outcome : ((Range.Listed) rangeOf(split)).items()) {
            Map<Integer, Range> sub = new LinkedHashMap<>(grid);
            sub.put(split, new Range.Listed(List.of(outcome)));
            List<Integer> next = new ArrayList<>(childrenOf(split, outcome.index()));
            next.addAll(remaining.subList(1, remaining.size()));
            out.addAll(expand(next, sub));
        }
        return out;
    }

    // ---- scikit-learn's ParameterSampler ----------------------------------------------------------------------

    /** A sub-grid's choice ids in the order of their keys {@code data_op__<id>} sorted as strings. */
    private static List<Integer> sortedKeys(Map<Integer, Range> grid) {
        TreeMap<String, Integer> byKey = new TreeMap<>();
        for (int id : grid.keySet()) {
            byKey.put("data_op__" + id, id);
        }
        return new ArrayList<>(byKey.values());
    }

    private List<Map<Integer, Draw>> draw(List<Map<Integer, Range>> grids, int nIter, NumpyRandomState rng) {
        boolean allLists = true;
        for (Map<Integer, Range> g : grids) {
            for (Range r : g.values()) {
                allLists &= r instanceof Range.Listed;
            }
        }
        List<Map<Integer, Draw>> out = new ArrayList<>();
        if (allLists) {
            long size = 0;
            for (Map<Integer, Range> g : grids) {
                size += gridSize(g);
            }
            // scikit-learn warns and runs the whole grid when it is smaller than n_iter.
            int n = (int) Math.min(nIter, size);
            for (long index : SampleWithoutReplacement.sample(size, n, rng)) {
                out.add(gridPoint(grids, index));
            }
            return out;
        }
        for (int i = 0; i < nIter; i++) {
            Map<Integer, Range> grid = grids.get((int) rng.randint(grids.size()));
            Map<Integer, Draw> point = new LinkedHashMap<>();
            for (int id : sortedKeys(grid)) {
                point.put(id, switch (grid.get(id)) {
                    case Range.Listed l -> l.items().get((int) rng.randint(l.items().size()));
                    // A discretized range draws one of its grid values; a continuous one a scipy variate.
                    case Range.Distributed d when !d.choice().continuous() -> Draw.of((int) rng.randint(d.choice().outcomes().size()));
                    case Range.Distributed d -> new Draw(-1, d.choice().range().draw(rng.randomSample()));
                });
            }
            out.add(point);
        }
        return out;
    }

    private static long gridSize(Map<Integer, Range> grid) {
        long size = 1;
        for (Range r : grid.values()) {
            size = Math.multiplyExact(size, ((Range.Listed) r).items().size());
        }
        return size;
    }

    /** {@code ParameterGrid(grids)[index]}: sub-grids in order, the last sorted key varying fastest. */
    private static Map<Integer, Draw> gridPoint(List<Map<Integer, Range>> grids, long index) {
        for (Map<Integer, Range> g : grids) {
            long size = gridSize(g);
            if (index >= size) {
                index -= size;
                continue;
            }
            List<Integer> keys = sortedKeys(g);
            Map<Integer, Draw> point = new LinkedHashMap<>();
            for (int k = keys.size() - 1; k >= 0; k--) {
                List<Draw> items = ((Range.Listed) g.get(keys.get(k))).items();
                point.put(keys.get(k), items.get((int) (index % items.size())));
                index /= items.size();
            }
            return point;
        }
        throw new IllegalStateException("grid index out of range");
    }

    // ---- back to the plan -------------------------------------------------------------------------------------

    private Sample materialize(LogicalNode input, List<Map<Integer, Draw>> draws) {
        // Each continuous range becomes a choice of the values drawn for it, in order of first draw.
        Map<Integer, List<Const>> drawn = new HashMap<>();
        for (Map<Integer, Draw> point : draws) {
            for (Map.Entry<Integer, Draw> e : point.entrySet()) {
                if (e.getValue().value() != null) {
                    List<Const> values = drawn.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                    if (!values.contains(e.getValue().value())) {
                        values.add(e.getValue().value());
                    }
                }
            }
        }
        Map<Fingerprint, Choice> replacements = new HashMap<>();
        for (Map.Entry<Integer, List<Const>> e : drawn.entrySet()) {
            Choice c = choices.get(e.getKey());
            List<LogicalNode> nodes = new ArrayList<>();
            for (Const v : e.getValue()) {
                nodes.add(new Value(v, c.origin()));
            }
            replacements.put(c.fingerprint(), new Choice(c.name(), e.getValue(), nodes, null, c.origin()));
        }
        LogicalNode rewritten = replace(input, replacements, new IdentityHashMap<>());
        SearchSpace space = SearchSpace.withoutGrid(rewritten);
        Map<String, Integer> numberByName = new HashMap<>();
        for (int i = 0; i < space.choices().size(); i++) {
            numberByName.put(space.choices().get(i).name(), i);
        }
        List<int[]> points = new ArrayList<>();
        for (Map<Integer, Draw> point : draws) {
            int[] p = new int[space.choices().size()];
            java.util.Arrays.fill(p, -1);
            for (Map.Entry<Integer, Draw> e : point.entrySet()) {
                Integer number = numberByName.get(choices.get(e.getKey()).name());
                if (number == null) {
                    continue;
                }
                Draw d = e.getValue();
                p[number] = d.value() == null ? d.index() : drawn.get(e.getKey()).indexOf(d.value());
            }
            points.add(p);
        }
        return new Sample(rewritten, space, points);
    }

    private static LogicalNode replace(LogicalNode node, Map<Fingerprint, Choice> replacements,
                                       Map<LogicalNode, LogicalNode> done) {
        LogicalNode known = done.get(node);
        if (known != null) {
            return known;
        }
        LogicalNode out;
        if (node instanceof Choice c && replacements.containsKey(c.fingerprint())) {
            out = replacements.get(c.fingerprint());
        } else {
            List<LogicalNode> inputs = new ArrayList<>(node.inputs().size());
            boolean changed = false;
            for (LogicalNode in : node.inputs()) {
                LogicalNode r = replace(in, replacements, done);
                changed |= r != in;
                inputs.add(r);
            }
            out = changed ? node.withInputs(inputs) : node;
        }
        done.put(node, out);
        return out;
    }
}
