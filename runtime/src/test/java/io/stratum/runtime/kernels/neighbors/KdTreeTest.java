package io.stratum.runtime.kernels.neighbors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.reference.Reference;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The k-d tree's row order is scikit-learn's KDTree's ({@code idx_array}, kd_tree_order.csv of
 * runtime/reference/make_neighbors_reference.py: Seattle's weather, a grid of integers full of equal coordinates and
 * normal draws, leaf sizes 1 to 30), and the pieces it is built from keep their contracts: libstdc++'s
 * {@code nth_element} partitions as sorting would, scikit-learn's simultaneous sort sorts.
 */
class KdTreeTest {

    @Test
    void rowOrderIsScikitLearnsKdTrees() throws Exception {
        List<String> lines = Files.readAllLines(io.stratum.runtime.exec.TestPlans.seattleWeather());
        double[] seattle = new double[1000 * 4];
        for (int i = 0; i < 1000; i++) {
            String[] cells = lines.get(i + 1).split(",");
            for (int j = 0; j < 4; j++) {
                seattle[i * 4 + j] = Double.parseDouble(cells[j + 1]);
            }
        }
        int cases = 0;
        for (Map<String, String> r : Reference.rows("kd_tree_order.csv")) {
            int p = Integer.parseInt(r.get("p"));
            double[] data = r.get("case").equals("seattle") ? seattle : Reference.numbers(r.get("x"));
            int leafSize = Integer.parseInt(r.get("leaf_size"));
            KdTree tree = new KdTree(data, data.length / p, p, leafSize);
            assertArrayEquals(Reference.ints(r.get("idx")), tree.order(), r.get("case") + " leaf_size=" + leafSize);
            cases++;
        }
        assertEquals(12, cases);
    }

    @Test
    void nthElementPartitionsAsSortingWould() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(200);
            double[] data = new double[n];
            for (int i = 0; i < n; i++) {
                // few distinct values in half the rounds: the index decides between equal ones
                data[i] = random.nextInt(round % 2 == 0 ? 4 : 1000);
            }
            Integer[] sorted = new Integer[n];
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = i;
                idx[i] = i;
            }
            Arrays.sort(sorted, (a, b) -> data[a] == data[b] ? Integer.compare(a, b) : Double.compare(data[a], data[b]));
            int nth = random.nextInt(n);
            NthElement.select(idx, 0, nth, n, data, 1, 0);
            assertEquals(sorted[nth], idx[nth], "n=" + n + " nth=" + nth);
            java.util.Set<Integer> before = new java.util.HashSet<>(Arrays.asList(sorted).subList(0, nth));
            for (int i = 0; i < nth; i++) {
                assertTrue(before.contains(idx[i]), "row " + idx[i] + " before the nth");
            }
        }
    }

    @Test
    void simultaneousSortSortsAndMovesIndicesAlong() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(120);
            double[] values = new double[n];
            int[] indices = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(round % 3 == 0 ? 3 : 50);
                indices[i] = i;
            }
            double[] original = values.clone();
            SimultaneousSort.sort(values, indices, n);
            double[] expected = original.clone();
            Arrays.sort(expected);
            assertArrayEquals(expected, values, "n=" + n);
            for (int i = 0; i < n; i++) {
                assertEquals(original[indices[i]], values[i], "index moved with its value");
            }
        }
    }
}
