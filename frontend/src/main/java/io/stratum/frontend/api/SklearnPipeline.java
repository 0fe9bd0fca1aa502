package io.stratum.frontend.api;

import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * scikit-learn's {@code Pipeline([(name, step), ...])} and {@code make_pipeline(step, ...)} given to
 * {@code .skb.apply(pipeline, y=y)}: its steps applied one after the other, as the pipeline fits each step's
 * {@code fit_transform} on the previous one's output and its last step on the result, and predicts through
 * the steps' {@code transform}s — which is what a chain of {@code .skb.apply} steps does in a search. A step
 * {@code "passthrough"} or {@code None} is skipped, as scikit-learn skips it. A step may itself be a pipeline or a
 * {@link SklearnColumnTransformer}, and a pipeline may be a transformer of one. Only these uses exist: a pipeline is not
 * a value of its own (in a choice, as a parameter) in Stratum, and {@code cols=}/{@code exclude_cols=} with it are
 * refused, since the first step's output columns are not the selected ones.
 *
 * @param steps the steps in order: estimator DataOps or {@link SklearnComposite}s, or null for a skipped step
 * @param names the steps' names ({@code make_pipeline}'s are scikit-learn's lower-cased class names)
 */
public record SklearnPipeline(List<Object> steps, List<String> names) implements SklearnComposite {
    public SklearnPipeline {
        steps = java.util.Collections.unmodifiableList(new ArrayList<>(steps));
        names = List.copyOf(names);
    }

    /**
     * A pipeline of {@code steps} ({@code Pipeline}'s named steps or {@code make_pipeline}'s arguments: each a DataOp
     * estimator, {@code "passthrough"} or None), with scikit-learn's other arguments at their defaults.
     */
    public static SklearnPipeline of(List<String> names, List<?> steps, Map<String, ?> options) {
        if (steps.isEmpty()) {
            throw DataOp.error("a Pipeline needs at least one step", "write make_pipeline(StandardScaler(), Ridge())");
        }
        for (Map.Entry<String, ?> e : options.entrySet()) {
            Object v = e.getValue();
            boolean atDefault = switch (e.getKey()) {
                case "memory", "transform_input" -> v == null || v instanceof Const.NoneConst;
                case "verbose" -> v instanceof Const.BoolConst b && !b.value() || Boolean.FALSE.equals(v);
                default -> throw DataOp.error("Pipeline got an unexpected keyword argument '" + e.getKey() + "'",
                        "scikit-learn's Pipeline takes steps, memory, transform_input and verbose");
            };
            if (!atDefault) {
                throw DataOp.error("Pipeline(" + e.getKey() + "=...) is not supported by Stratum",
                        "leave " + e.getKey() + " at its default (Stratum never computes a step twice anyway)");
            }
        }
        List<Object> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Object s = steps.get(i);
            if (!seen.add(names.get(i))) {
                throw DataOp.error("Pipeline: the step name '" + names.get(i) + "' is used twice",
                        "give each step its own name, as scikit-learn requires");
            }
            if (s == null || s instanceof Const c && (c instanceof Const.NoneConst || Skb.isPassthrough(c))) {
                out.add(null);
            } else if (s instanceof DataOp d && d.node() instanceof io.stratum.ir.logical.Estimator
                    || s instanceof SklearnComposite) {
                out.add(s);
            } else {
                throw DataOp.error("Pipeline step '" + names.get(i) + "' must be an estimator, 'passthrough' or None, got "
                        + (s instanceof DataOp d ? "a " + d.node().kind() + " DataOp" : s instanceof Const c ? c.repr()
                        : s instanceof SklearnColumnSelector c ? c.display()
                        : String.valueOf(s)), "write make_pipeline(StandardScaler(), Ridge())");
            }
        }
        return new SklearnPipeline(out, names);
    }

    /**
     * {@code make_pipeline}'s and {@code make_column_transformer}'s names: each class's name lower-cased, a string
     * ({@code "drop"}, {@code "passthrough"}) itself, numbered when repeated ({@code ridge-1}).
     */
    public static List<String> generatedNames(List<?> steps) {
        List<String> base = new ArrayList<>();
        for (Object s : steps) {
            String n = s instanceof DataOp d && d.node() instanceof io.stratum.ir.logical.Estimator e
                    ? e.simpleName().toLowerCase(java.util.Locale.ROOT) : s instanceof SklearnComposite c ? c.generatedName()
                    : s instanceof Const.StrConst str ? str.value() : "passthrough";
            base.add(n);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            String n = base.get(i);
            int count = java.util.Collections.frequency(base, n);
            if (count > 1) {
                int k = 0;
                for (int j = 0; j <= i; j++) {
                    if (base.get(j).equals(n)) {
                        k++;
                    }
                }
                n = n + "-" + k;
            }
            out.add(n);
        }
        return out;
    }

    /**
     * {@code x.skb.apply(this, y=y)}: each step applied in turn, the skipped ones left out, {@code y} given to the last
     * one (scikit-learn hands it to every step's {@code fit_transform}, where the transformers Stratum has ignore it),
     * so the plan is the one of the steps written one by one.
     */
    @Override
    public DataOp applyTo(DataOp x, DataOp y) {
        int last = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) != null) {
                last = i;
            }
        }
        DataOp out = x;
        for (int i = 0; i <= last; i++) {
            DataOp yStep = i == last ? y : null;
            switch (steps.get(i)) {
                case null -> { }
                case SklearnComposite c -> out = c.applyTo(out, yStep);
                case DataOp d -> out = out.skb().apply(d, yStep, null);
                default -> throw new IllegalStateException("unchecked step " + steps.get(i));
            }
        }
        return out;
    }

    @Override
    public String generatedName() {
        return "pipeline";
    }

    @Override
    public String display() {
        return "scikit-learn Pipeline";
    }

    @Override
    public String shortRepr() {
        return "Pipeline(...)";
    }
}
