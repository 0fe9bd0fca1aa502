package io.stratum.optimizer.lower;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.node.Fingerprint;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.Collections;
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
 * <p><b>Numbering.</b> Choices are numbered 0, 1, ... in order of first appearance in a depth-first walk from
 * the root that follows every node's inputs in order (an outcome's choices come right after the choice that
 * holds them). A choice is identified by its fingerprint, so the same choice reached along several paths — or
 * built twice alike before common sub-plan elimination — is one choice; two different choices with one name
 * are an error. (skrub numbers choices when its walk leaves them, so a nested choice gets a smaller number
 * than its parent; numbers only order the results table's columns, and the grid order below does not depend
 * on that difference.)
 *
 * <p><b>Grid.</b> As skrub's {@code _expand_grid} feeding scikit-learn's {@code ParameterGrid}: the top-level
 * choices none of whose outcomes holds another choice form one sub-grid; the first top-level choice that does
 * hold nested choices is split into one sub-grid per outcome, where that outcome's nested choices join the
 * remaining top-level ones, recursively. Sub-grids are enumerated in that order, each as a cartesian product
 * over its choices sorted by number with the lowest number varying slowest. A choice that does not apply to a
 * candidate (it sits in an outcome not taken) is recorded as -1. Choices used to build X or y (upstream of a
 * {@code mark_as_X}/{@code mark_as_y}) are clamped to their first outcome, as skrub does, because they are
 * needed before the cross-validation split.
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
        Map<Outcome, Set<LogicalNode>> visited = new HashMap<>();
        discover(root, Outcome.TOP, visited);
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

    private void discover(LogicalNode node, Outcome context, Map<Outcome, Set<LogicalNode>> visited) {
        // Visited per context, not globally: a node reached inside an outcome and also outside of it holds
        // choices that are nested in the first place and top-level in the second.
        if (!visited.computeIfAbsent(context, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(node)) {
            return;
        }
        if (node instanceof Choice choice) {
            int number = register(choice);
            List<Integer> siblings = children.computeIfAbsent(context, k -> new ArrayList<>());
            if (!siblings.contains(number)) {
                siblings.add(number);
            }
            for (int i = 0; i < choice.outcomes().size(); i++) {
                discover(choice.outcomes().get(i), new Outcome(number, i), visited);
            }
            return;
        }
        for (LogicalNode in : node.inputs()) {
            discover(in, context, visited);
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
            return List.of(0);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < choices.get(choice).outcomes().size(); i++) {
            out.add(i);
        }
        return out;
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
        List<Integer> keys = new ArrayList<>(grid.keySet());
        Collections.sort(keys);
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
