package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Deferred leaf updates: applied a chunk at a time in any interleaving with new leaves, they leave the raw
 * predictions what adding every leaf's value at once gives; a resync drops the ones not yet applied.
 */
class ReplicaTest {

    @Test
    void deferredLeavesAddTheirValuesChunkByChunk() {
        int rows = 10_000;
        SplittableRandom random = new SplittableRandom(3);
        Replica replica = Replica.of(new double[2][rows], new float[2][rows], null);
        int[] partition = replica.partition;
        for (int i = 0; i < rows; i++) {
            partition[i] = i;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = partition[i];
            partition[i] = partition[j];
            partition[j] = t;
        }
        double[][] expected = new double[2][rows];
        int from = 0;
        int leaves = 0;
        while (from < rows) {
            // leaves of 1 to 5,000 rows (past two chunks), values of both trees, some applied between deferrals
            int to = Math.min(rows, from + 1 + random.nextInt(5_000));
            int tree = leaves % 2;
            double value = random.nextGaussian();
            for (int at = from; at < to; at++) {
                expected[tree][partition[at]] += value;
            }
            replica.deferLeaf(tree, from, to, value);
            for (int k = random.nextInt(3); k > 0; k--) {
                replica.updateSome();
            }
            from = to;
            leaves++;
        }
        replica.updateAll();
        assertFalse(replica.updateSome(), "nothing left after updateAll");
        assertArrayEquals(expected[0], replica.raw[0]);
        assertArrayEquals(expected[1], replica.raw[1]);
    }

    @Test
    void aResyncDropsWhatWasNotApplied() {
        Replica first = Replica.of(new double[1][5_000], new float[1][5_000], null);
        Replica other = Replica.like(first);
        other.identity();
        other.deferLeaf(0, 0, 5_000, 1.5);
        assertTrue(other.updateSome(), "a first chunk");
        other.resync(first);
        assertFalse(other.updateSome(), "the rest was dropped");
        assertArrayEquals(first.raw[0], other.raw[0]);
    }
}
