package io.stratum.optimizer.lower;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.node.Fingerprint;
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
import java.util.Objects;
import java.util.Set;

/**
 * The choices of a plan and the points of its grid, enumerated as skrub's grid search does.
 *
 * <p><b>Numbering.</b> As skrub's {@code choice_graph}: choices are numbered 0, 1, ... in the order a depth-first walk
 * from the root <em>leaves</em> them, following every node's inputs in order (an estimator's parameters by name, as
 * scikit-learn's {@code get_params()} lists them), so a choice nested in another's outcome gets a smaller number than
 * its parent. A choice is identified by its fingerprint, so the same choice reached along several paths — or built
 * twice alike before common sub-plan elimination — is one choice; two different choices with one name are an error,
 * except a {@code match} of a choice ({@link Choice#match()}), which is that choice: it is numbered as the choice when
 * first met (skrub visits the matched choice before the match's outcomes), and its outcomes' choices are nested in
 * the choice's outcomes; a {@code skrub.deferred} call's image ({@link Choice#perCall()}) is numbered when left, its
 * outcomes' choices at its own level. Numbers order the results table's columns and the grid below.
 *
 * <p><b>Grid.</b> As skrub's {@code _expand_grid} feeding scikit-learn's {@code ParameterGrid}: the top-level
 * choices none of whose outcomes holds another choice form one sub-grid; the first top-level choice that does
 * hold nested choices is split into one sub-grid per outcome, where that outcome's nested choices join the
 * remaining top-level ones, recursively. Sub-grids are enumerated in that order, each as a cartesian product
 * over its choices sorted by number <em>as text</em> (scikit-learn's {@code ParameterGrid} sorts skrub's keys
 * {@code "data_op__<number>"}, so 10 comes before 2), the first varying slowest. A choice that does not apply to a
 * candidate (it sits in an outcome not taken) is recorded as -1. Choices used to build X or y (upstream of a
 * {@code mark_as_X}/{@code mark_as_y}) are clamped to skrub's default outcome ({@link #defaultOutcome}), as skrub
 * does, because they are needed before the cross-validation split.
 */
public final class SearchSpace {
    private final List<Choice> choices = new ArrayList<>();
    private final Map<Fingerprint, Integer> numbers = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private final Map<Outcome, List<Integer>> children = new HashMap<>();
    private final Set<Integer> clamped = new HashSet<>();
    private final List<int[]> points;

    /** A choice's outcome, or the top level ({@code choice == -1}). */
    private record Outcome(int choice, int index) {
        static final Outcome TOP = new Outcome(-1, -1);
    }

    public SearchSpace(LogicalNode root) {
        this(root, true);
    }

    private SearchSpace(LogicalNode root, boolean grid) {
        discover(root);
        Map<LogicalNode, Boolean> seen = new IdentityHashMap<>();
        findClamped(root, false, seen);
        List<int[]> out = new ArrayList<>();
        if (grid) {
            for (Map<Integer, List<Integer>> g : expand(children.getOrDefault(Outcome.TOP, List.of()), new LinkedHashMap<>())) {
                product(g, out);
            }
        }
        this.points = List.copyOf(out);
    }

    /**
     * The choices of {@code root} without enumerating the grid (a randomized search samples its points instead,
     * and its ranges may be continuous); {@link #points()} is empty.
     */
    public static SearchSpace withoutGrid(LogicalNode root) {
        return new SearchSpace(root, false);
    }

    /** Whether {@code choice} is used to build X or y, so a search cannot tune it. */
    public boolean isClamped(Choice choice) {
        return clamped.contains(numberOf(choice));
    }

    /** The choices in number order. */
    public List<Choice> choices() {
        return Collections.unmodifiableList(choices);
    }

    public List<String> names() {
        List<String> out = new ArrayList<>(choices.size());
        for (Choice c : choices) {
            out.add(c.name());
        }
        return out;
    }

    /** The number of {@code choice}, found by fingerprint. */
    public int numberOf(Choice choice) {
        Integer n = numbers.get(choice.fingerprint());
        if (n == null) {
            throw new IllegalArgumentException("choice '" + choice.name() + "' is not part of this search space");
        }
        return n;
    }

    /** Every point of the grid in enumeration order: the outcome index per choice number, -1 where it does not apply. */
    public List<int[]> points() {
        return points.stream().map(int[]::clone).toList();
    }

    /** The labels of a point, null where a choice does not apply. */
    public List<Const> labels(int[] point) {
        List<Const> out = new ArrayList<>(point.length);
        for (int i = 0; i < point.length; i++) {
            out.add(point[i] < 0 ? null : choices.get(i).labels().get(point[i]));
        }
        return out;
    }

    /** Outcomes keyed by the choice's fingerprint while walking, since numbers are known only when a choice is left. */
    private record PrintOutcome(Fingerprint choice, int index) {
        static final PrintOutcome TOP = new PrintOutcome(null, -1);
    }

    private void discover(LogicalNode root) {
        Map<PrintOutcome, List<Fingerprint>> byPrint = new LinkedHashMap<>();
        walk(root, PrintOutcome.TOP, byPrint, new HashMap<>());
        for (Map.Entry<PrintOutcome, List<Fingerprint>> e : byPrint.entrySet()) {
            Outcome key = e.getKey().choice() == null ? Outcome.TOP
                    : new Outcome(numbers.get(e.getKey().choice()), e.getKey().index());
            List<Integer> list = children.computeIfAbsent(key, k -> new ArrayList<>());
            for (Fingerprint f : e.getValue()) {
                int n = numbers.get(f);
                if (!list.contains(n)) {
                    list.add(n);
                }
            }
        }
    }

    private void walk(LogicalNode node, PrintOutcome context, Map<PrintOutcome, List<Fingerprint>> byPrint,
                      Map<PrintOutcome, Set<LogicalNode>> visited) {
        if (node instanceof Choice c) {
            byPrint.computeIfAbsent(context, k -> new ArrayList<>()).add(c.fingerprint());
        }
        // Visited per context, not globally: a node reached inside an outcome and also outside of it holds
        // choices that are nested in the first place and top-level in the second.
        if (!visited.computeIfAbsent(context, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(node)) {
            return;
        }
        switch (node) {
            // A deferred call's image: the outcomes (the call traced per outcome) read the call's other arguments,
            // whose choices skrub leaves first, at the call's level.
            case Choice choice when choice.perCall() -> {
                for (LogicalNode o : choice.outcomes()) {
                    walk(o, context, byPrint, visited);
                }
                register(choice);
            }
            case Choice choice -> {
                if (choice.match()) {
                    register(choice);
                }
                Fingerprint print = choice.fingerprint();
                for (int i = 0; i < choice.outcomes().size(); i++) {
                    walk(choice.outcomes().get(i), new PrintOutcome(print, i), byPrint, visited);
                }
                register(choice);
            }
            case Estimator e -> {
                List<Estimator.Param> params = new ArrayList<>(e.params());
                params.sort(Comparator.comparing(Estimator.Param::name));
                for (Estimator.Param p : params) {
                    walk(p.value(), context, byPrint, visited);
                }
            }
            default -> {
                for (LogicalNode in : node.inputs()) {
                    walk(in, context, byPrint, visited);
                }
            }
        }
    }

    private int register(Choice choice) {
        Integer known = numbers.get(choice.fingerprint());
        if (known != null) {
            return known;
        }
        Integer sameName = byName.get(choice.name());
        if (sameName != null) {
            Choice first = choices.get(sameName);
            if ((first.match() || choice.match()) && first.labels().equals(choice.labels())) {
                numbers.put(choice.fingerprint(), sameName);
                return sameName;
            }
            throw new StratumError(choice.origin(), "two different choices are named '" + choice.name() + "' (the first at "
                    + first.origin() + ")", "give each choose_from(...) its own name, or reuse the same choice object");
        }
        int number = choices.size();
        choices.add(choice);
        numbers.put(choice.fingerprint(), number);
        byName.put(choice.name(), number);
        return number;
    }

    private void findClamped(LogicalNode node, boolean belowMark, Map<LogicalNode, Boolean> seen) {
        boolean below = belowMark || node instanceof MarkX || node instanceof MarkY;
        Boolean before = seen.get(node);
        if (before != null && (before || !below)) {
            return;
        }
        seen.put(node, below);
        if (below && node instanceof Choice c) {
            clamped.add(numberOf(c));
        }
        for (LogicalNode in : node.inputs()) {
            findClamped(in, below, seen);
        }
    }

    private List<Integer> range(int choice) {
        if (clamped.contains(choice)) {
            return List.of(defaultOutcome(choices.get(choice)));
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < choices.get(choice).outcomes().size(); i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * skrub's default outcome of a choice, which a choice used to build X or y is clamped to: the first outcome, or
     * for a discretized {@code choose_int}/{@code choose_float} the middle of its grid ({@code grid[(n - 1) // 2]}).
     */
    public static int defaultOutcome(Choice choice) {
        return choice.range() != null && !choice.continuous() ? (choice.outcomes().size() - 1) / 2 : 0;
    }

    private boolean hasNested(int choice) {
        for (int i : range(choice)) {
            if (!children.getOrDefault(new Outcome(choice, i), List.of()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private List<Map<Integer, List<Integer>>> expand(List<Integer> topLevel, Map<Integer, List<Integer>> base) {
        Map<Integer, List<Integer>> grid = new LinkedHashMap<>(base);
        for (int c : topLevel) {
            if (!hasNested(c)) {
                grid.put(c, range(c));
            }
        }
        List<Integer> remaining = new ArrayList<>();
        for (int c : topLevel) {
            if (!grid.containsKey(c) && !remaining.contains(c)) {
                remaining.add(c);
            }
        }
        if (remaining.isEmpty()) {
            return List.of(grid);
        }
        int split = remaining.getFirst();
        List<Map<Integer, List<Integer>>> out = new ArrayList<>();
        for (int outcome : range(split)) {
            Map<Integer, List<Integer>> sub = new LinkedHashMap<>(grid);
            sub.put(split, List.of(outcome));
            List<Integer> next = new ArrayList<>(children.getOrDefault(new Outcome(split, outcome), List.of()));
            next.addAll(remaining.subList(1, remaining.size()));
            out.addAll(expand(next, sub));
        }
        return out;
    }

    private void product(Map<Integer, List<Integer>> grid, List<int[]> out) {
        // scikit-learn's ParameterGrid sorts the keys skrub gives it, "data_op__<number>", as strings.
        List<Integer> keys = new ArrayList<>(grid.keySet());
        keys.sort(Comparator.comparing(String::valueOf));
        int[] point = new int[choices.size()];
        java.util.Arrays.fill(point, -1);
        fill(grid, keys, 0, point, out);
    }

    private static void fill(Map<Integer, List<Integer>> grid, List<Integer> keys, int k, int[] point, List<int[]> out) {
        if (k == keys.size()) {
            out.add(point.clone());
            return;
        }
        int choice = keys.get(k);
        for (int outcome : Objects.requireNonNull(grid.get(choice))) {
            point[choice] = outcome;
            fill(grid, keys, k + 1, point, out);
        }
        point[choice] = -1;
    }
}
