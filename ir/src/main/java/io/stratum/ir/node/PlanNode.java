package io.stratum.ir.node;

import java.util.List;

/**
 * What every plan node — logical or physical — offers: its inputs, a way to rebuild it with new inputs,
 * and its attributes as terms. Traversal, rewriting, fingerprints and EXPLAIN all go through these.
 *
 * @param <N> the node family (logical or physical)
 */
public interface PlanNode<N extends PlanNode<N>> {

    /** The nodes this one reads, in a fixed order. */
    List<N> inputs();

    /** The same node reading {@code newInputs} instead (same size and order as {@link #inputs()}). */
    N withInputs(List<N> newInputs);

    /** The operator's name as EXPLAIN shows it, e.g. {@code Drop}. */
    String kind();

    /** Writes the node's attributes (not its inputs) in a fixed order. */
    void terms(Terms terms);

    /** Names of the inputs' roles as EXPLAIN labels them (same size as inputs), or empty for none. */
    default List<String> inputRoles() {
        return List.of();
    }

    /** Where in a script this node was written; never part of the fingerprint or of equality. */
    default Origin origin() {
        return Origin.NONE;
    }

    /** The structural hash of this node and everything it reads; cached per node. */
    default Fingerprint fingerprint() {
        return Fingerprints.of(this);
    }

    /** Structural equality through fingerprints, for records that override {@code equals}. */
    static boolean sameStructure(PlanNode<?> self, Object other) {
        if (self == other) {
            return true;
        }
        return other instanceof PlanNode<?> o
                && o.getClass() == self.getClass()
                && o.fingerprint().equals(self.fingerprint());
    }

    /** Checks that a {@code withInputs} call got as many inputs as the node has. */
    static void checkArity(PlanNode<?> node, List<?> newInputs, int expected) {
        if (newInputs.size() != expected) {
            throw new IllegalArgumentException(node.kind() + " takes " + expected + " inputs, got " + newInputs.size());
        }
    }
}
