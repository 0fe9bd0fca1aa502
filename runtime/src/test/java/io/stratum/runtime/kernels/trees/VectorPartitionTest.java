package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.kernels.vector.DotProduct;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link VectorPartition} against a stable partition written out sample by sample: the same left and right samples
 * in the same order, for nodes of every length around the sixteen lanes (the tail loop), the rows themselves and
 * samples read from a partition, in place and to another array, missing values going left or right, and a split
 * at the last bin or before the first.
 */
class VectorPartitionTest {

    @Test
    void sameSamplesInTheSameOrderAsOneByOne() {
        assertTrue(DotProduct.VECTOR_API, "the tests must run with the Vector API module");
        SplittableRandom random = new SplittableRandom(17);
        int rows = 1_000;
        int features = 3;
        byte[] byColumn = new byte[rows * features];
        for (int i = 0; i < byColumn.length; i++) {
            // few bins in feature 0 (many ties with the split's bin), all 256 in the others, 255 the missing one
            byColumn[i] = (byte) (i < rows ? random.nextInt(5) : random.nextInt(256));
        }
        int checked = 0;
        for (int trial = 0; trial < 400; trial++) {
            int feature = trial % features;
            int column = feature * rows;
            int from = random.nextInt(40);
            int length = trial < 60 ? trial : random.nextInt(rows - from);
            int to = from + length;
            boolean fromRows = trial % 5 == 0;
            int[] partition = new int[rows];
            // a node's samples: increasing rows, as the grower keeps them
            for (int k = from, row = 0; k < to; k++) {
                row += fromRows ? 1 : 1 + random.nextInt(2);
                partition[k] = Math.min(row, rows - 1);
            }
            int bin = switch (trial % 7) {
                case 0 -> 0;
                case 1 -> 254;
                case 2 -> 2;
                default -> random.nextInt(feature == 0 ? 5 : 255);
            };
            int missingLeftBin = trial % 3 == 0 ? 255 : -1;
            boolean inPlace = trial % 2 == 0;

            int[] expectedLefts = new int[rows];
            int[] expectedRights = new int[rows];
            int l = from;
            int r = from;
            for (int k = from; k < to; k++) {
                int i = fromRows ? k : partition[k];
                int b = byColumn[column + i] & 0xFF;
                if (b <= bin || b == missingLeftBin) {
                    expectedLefts[l++] = i;
                } else {
                    expectedRights[r++] = i;
                }
            }

            int[] lefts = inPlace ? partition : new int[rows];
            int[] rights = new int[rows];
            int[] before = partition.clone();
            int n = VectorPartition.numeric(partition, from, to, byColumn, column, bin, missingLeftBin, lefts, rights,
                    fromRows);
            assertEquals(l - from, n, "trial " + trial);
            assertArrayEquals(Arrays.copyOfRange(expectedLefts, from, l), Arrays.copyOfRange(lefts, from, from + n),
                    "lefts, trial " + trial);
            assertArrayEquals(Arrays.copyOfRange(expectedRights, from, r),
                    Arrays.copyOfRange(rights, from, from + length - n), "rights, trial " + trial);
            // nothing written outside the node's range [from, to) of either array
            if (inPlace) {
                assertArrayEquals(Arrays.copyOfRange(before, to, rows), Arrays.copyOfRange(partition, to, rows),
                        "past the node, trial " + trial);
                assertArrayEquals(Arrays.copyOfRange(before, 0, from), Arrays.copyOfRange(partition, 0, from),
                        "before the node, trial " + trial);
            }
            for (int k = to; k < rows; k++) {
                assertEquals(0, rights[k], "past the node in the right side's array, trial " + trial);
            }
            checked += length;
        }
        assertTrue(checked > 100_000, "too few samples checked: " + checked);
    }
}
