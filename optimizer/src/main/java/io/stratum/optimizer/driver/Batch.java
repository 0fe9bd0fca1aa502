package io.stratum.optimizer.driver;

import java.util.List;
import java.util.Objects;

/**
 * A named group of rules run together, once or until nothing fires; {@code requires} names the batches that
 * must have run before it, which the driver asserts instead of trusting the order in which batches are listed.
 */
public record Batch(String name, Strategy strategy, List<Rule> rules, List<String> requires) {

    public Batch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategy, "strategy");
        rules = List.copyOf(rules);
        requires = List.copyOf(requires);
    }

    public static Batch once(String name, List<Rule> rules, String... requires) {
        return new Batch(name, new Strategy.Once(), rules, List.of(requires));
    }

    public static Batch fixpoint(String name, int maxIterations, List<Rule> rules, String... requires) {
        return new Batch(name, new Strategy.Fixpoint(maxIterations), rules, List.of(requires));
    }

    /** How often a batch runs its rules. */
    public sealed interface Strategy {
        /** Every rule once, in order. */
        record Once() implements Strategy {
        }

        /** All rules again and again until a full round fires nothing, at most {@code maxIterations} rounds. */
        record Fixpoint(int maxIterations) implements Strategy {
            public Fixpoint {
                if (maxIterations < 1) {
                    throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
                }
            }
        }
    }
}
