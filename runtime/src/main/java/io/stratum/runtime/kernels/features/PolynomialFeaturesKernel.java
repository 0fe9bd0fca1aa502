package io.stratum.runtime.kernels.features;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits scikit-learn's {@code PolynomialFeatures}: the monomials of the input columns of total degree
 * {@code minDegree..maxDegree} (first a bias column "1" when asked, whatever {@code minDegree}), in scikit-learn's order
 * (by degree, then lexicographic in the column positions) and with its names ({@code "a^2 b"}).
 */
public final class PolynomialFeaturesKernel {
    private PolynomialFeaturesKernel() {
    }

    public static FittedPolynomialFeatures fit(Table input, int minDegree, int maxDegree, boolean interactionOnly,
                                               boolean includeBias) {
        if (maxDegree < 0 || minDegree < 0 || minDegree > maxDegree) {
            throw new DataException("PolynomialFeatures: degree=(min_degree, max_degree) must be non-negative integers"
                    + " with min_degree <= max_degree, got (" + minDegree + ", " + maxDegree + ")");
        }
        if (maxDegree == 0 && !includeBias) {
            throw new DataException("PolynomialFeatures: setting degree to 0 and include_bias to False would result in"
                    + " an empty output array");
        }
        List<String> names = input.columnNames();
        for (int j = 0; j < input.columnCount(); j++) {
            requireNumeric(input.column(j));
        }
        List<int[]> terms = new ArrayList<>();
        if (includeBias) {
            terms.add(new int[0]);
        }
        int p = names.size();
        for (int d = Math.max(1, minDegree); d <= maxDegree; d++) {
            combinations(p, d, interactionOnly, new int[d], 0, 0, terms);
        }
        return new FittedPolynomialFeatures(names, terms);
    }

    /** Column positions {@code i1 <= i2 <= ...} (strictly increasing when interactions only), in lexicographic order. */
    private static void combinations(int p, int d, boolean strict, int[] current, int at, int from, List<int[]> out) {
        if (at == d) {
            out.add(current.clone());
            return;
        }
        for (int i = from; i < p; i++) {
            current[at] = i;
            combinations(p, d, strict, current, at + 1, strict ? i + 1 : i, out);
        }
    }

    static void requireNumeric(Column c) {
        if (!c.type().isNumeric() && c.type() != DataType.BOOL) {
            throw new DataException("PolynomialFeatures needs numeric columns, but column '" + c.name() + "' is "
                    + c.type().pandasName() + "; encode it first or leave it out of the step");
        }
    }
}
