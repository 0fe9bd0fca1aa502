package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.FeatureMatrix;
import java.util.ArrayDeque;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link TreePredictor.BinnedWalk}, eight rows down the tree at a time through tables, against
 * {@link TreePredictor#addBinnedTo}, one row at a time through the nodes: the same sums for trees grown on features
 * with missing values (sent left and right), few distinct values and a categorical one, on rows the tree was not
 * grown on (bins a split never saw), and for every start and end of a block of rows around the eight-row groups.
 */
class BinnedWalkTest {

    @Test
    void walkAddsWhatOneRowAtATimeAdds() {
        SplittableRandom random = new SplittableRandom(11);
        int rows = 3_000;
        int features = 4;
        double[] columnMajor = new double[rows * features];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double a = random.nextDouble() < 0.1 ? Double.NaN : random.nextGaussian();
            double b = random.nextInt(5);
            double c = random.nextInt(12); // categorical codes
            double d = random.nextDouble() < 0.3 ? Double.NaN : random.nextDouble();
            // the categorical feature first, as BinMapper takes them
            columnMajor[i] = c;
            columnMajor[rows + i] = a;
            columnMajor[2 * rows + i] = b;
            columnMajor[3 * rows + i] = d;
            y[i] = (Double.isNaN(a) ? 2 : a) + b * b - (c % 3 == 0 ? 3 : 0) + (Double.isNaN(d) ? -1 : d)
                    + random.nextGaussian() * 0.1;
        }
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(rows, List.of("c", "a", "b", "d"), columnMajor);
        BinMapper mapper = BinMapper.fit(x, 255, new int[] {12}, null, Parallel.sequential());
        BinnedSamples samples = BinnedSamples.of(mapper, x, 256, Parallel.sequential());
        float[][] g = new float[1][rows];
        for (int i = 0; i < rows; i++) {
            g[0][i] = (float) -y[i];
        }
        Replica replica = Replica.of(new double[1][rows], g, null);
        int checkedTrees = 0;
        for (GrowerSettings settings : List.of(new GrowerSettings(31, 0, 20, 0, 0, 1e-3, 0.1),
                new GrowerSettings(0, 3, 5, 0, 0, 1e-3, 0.1), new GrowerSettings(8, 0, 50, 1, 0, 1e-3, 0.1))) {
            TreeGrower.Node root;
            TreeGrower grower;
            try (Crew solo = Crew.solo()) {
                grower = new TreeGrower(samples, mapper, new Replica[] {replica}, 0, 1f, settings, solo,
                        new ArrayDeque<>());
                root = grower.grow();
            }
            TreePredictor tree = TreePredictor.of(root, grower.nodeCount(), mapper);
            TreePredictor.BinnedWalk walk = tree.binnedWalk(mapper.missingBin());
            // new rows' bins: every bin of every feature, the missing one included
            int newRows = 517;
            byte[] binned = new byte[newRows * features];
            for (int i = 0; i < binned.length; i++) {
                binned[i] = (byte) random.nextInt(256);
            }
            for (int from = 0; from < 9; from++) {
                for (int to = newRows - 9; to <= newRows; to++) {
                    double[] expected = new double[newRows];
                    double[] actual = new double[newRows];
                    tree.addBinnedTo(binned, newRows, mapper.missingBin(), from, to, expected);
                    walk.addTo(binned, newRows, from, to, actual);
                    assertArrayEquals(expected, actual, "[" + from + ", " + to + ")");
                }
            }
            assertTrue(grower.nodeCount() > 5, "a tree with splits: " + grower.nodeCount() + " nodes");
            checkedTrees++;
        }
        assertTrue(checkedTrees == 3);
    }
}
