package io.stratum.runtime.kernels.split;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.PythonOrder;
import io.stratum.runtime.data.StringColumn;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The groups of a grouped splitter ({@code split_kwargs={"groups": ...}}): each row's position among the sorted
 * distinct group labels, as {@code np.unique(groups, return_inverse=True)} numbers them (strings by code point,
 * numbers and booleans by value). A missing label is refused, as scikit-learn's {@code check_array} refuses NaN.
 */
public record GroupIds(int[] ids, int count) {

    public static GroupIds of(Column groups) {
        int n = groups.length();
        for (int i = 0; i < n; i++) {
            if (groups.isMissing(i)) {
                throw new DataException("the groups column '" + groups.name() + "' has a missing value in row " + i
                        + "; every row needs a group (fill or drop the missing ones before mark_as_X)");
            }
        }
        if (groups.type() == DataType.DATETIME) {
            throw new DataException("the groups column '" + groups.name() + "' holds datetimes; group by a string or"
                    + " number column (e.g. the date's year)");
        }
        int[] ids = new int[n];
        if (groups.type().isText()) {
            StringColumn s = (StringColumn) groups;
            TreeMap<String, Integer> sorted = new TreeMap<>(PythonOrder::compareStrings);
            for (int i = 0; i < n; i++) {
                sorted.put(s.getString(i), 0);
            }
            int k = 0;
            for (Map.Entry<String, Integer> e : sorted.entrySet()) {
                e.setValue(k++);
            }
            Map<String, Integer> index = new HashMap<>(sorted);
            for (int i = 0; i < n; i++) {
                ids[i] = index.get(s.getString(i));
            }
            return new GroupIds(ids, k);
        }
        double[] v = groups.toDoubleArray();
        for (int i = 0; i < n; i++) {
            v[i] += 0.0; // -0.0 and 0.0 are one group, as numpy compares them equal
        }
        double[] distinct = v.clone();
        Arrays.sort(distinct);
        int k = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[k - 1]) {
                distinct[k++] = distinct[i];
            }
        }
        double[] labels = Arrays.copyOf(distinct, k);
        for (int i = 0; i < n; i++) {
            ids[i] = Arrays.binarySearch(labels, v[i]);
        }
        return new GroupIds(ids, k);
    }
}
