package io.stratum.runtime.kernels.classify;

import io.stratum.runtime.data.DataException;
import java.util.Arrays;
import java.util.Map;

/** scikit-learn's {@code class_weight}: None, {@code 'balanced'} or a dict from class label to weight. */
public sealed interface ClassWeights {

    /** Every class weighs 1. */
    record Uniform() implements ClassWeights {
    }

    /** {@code n_samples / (n_classes * count(class))}, scikit-learn's {@code compute_class_weight('balanced')}. */
    record Balanced() implements ClassWeights {
    }

    /** Weights keyed by the class as Python prints it; classes not named weigh 1. */
    record Given(Map<String, Double> byClass) implements ClassWeights {
        public Given {
            byClass = Map.copyOf(byClass);
        }
    }

    /**
     * scikit-learn's {@code compute_class_weight("balanced", sample_weight=w)}: the weight sum over the number of
     * classes times each class's weight sum (forests compute their "balanced" weights this way when fitted with
     * sample weights).
     */
    static double[] balancedWeighted(int k, int[] codes, double[] w) {
        double[] counts = new double[k];
        for (int i = 0; i < codes.length; i++) {
            counts[codes[i]] += w[i];
        }
        double total = io.stratum.runtime.kernels.NumpySums.sum(counts);
        double[] out = new double[k];
        for (int j = 0; j < k; j++) {
            out[j] = total / (k * counts[j]);
        }
        return out;
    }

    /** The weight of each class position for the encoded target {@code codes}. */
    default double[] perClass(ClassLabels classes, int[] codes) {
        int k = classes.count();
        double[] w = new double[k];
        switch (this) {
            case Uniform u -> Arrays.fill(w, 1.0);
            case Balanced b -> {
                double[] counts = new double[k];
                for (int c : codes) {
                    counts[c]++;
                }
                for (int j = 0; j < k; j++) {
                    w[j] = codes.length / (k * counts[j]);
                }
            }
            case Given g -> {
                Arrays.fill(w, 1.0);
                java.util.List<String> names = Arrays.asList(classes.displayNames());
                for (Map.Entry<String, Double> e : new java.util.TreeMap<>(g.byClass()).entrySet()) {
                    int at = names.indexOf(e.getKey());
                    if (at < 0) {
                        throw new DataException("class_weight names the class " + e.getKey() + ", which is not one of"
                                + " the classes " + names + " of the training rows");
                    }
                    w[at] = e.getValue();
                }
            }
        }
        return w;
    }
}
