package io.stratum.runtime.kernels.encode;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/** Fits scikit-learn's {@code OneHotEncoder} on every column of a table (select the columns to encode first). */
public final class OneHotEncoderKernel {
    private OneHotEncoderKernel() {
    }

    public static FittedOneHot fit(Table input, OneHotParams params) {
        List<ColumnCategories> cats = new ArrayList<>(input.columnCount());
        int[] drop = new int[input.columnCount()];
        for (int j = 0; j < input.columnCount(); j++) {
            Column c = input.column(j);
            ColumnCategories cc = ColumnCategories.of(c);
            cats.add(cc);
            drop[j] = switch (params.drop()) {
                case NONE -> -1;
                case FIRST -> 0;
                case IF_BINARY -> cc.size() == 2 ? 0 : -1;
            };
        }
        return new FittedOneHot(cats, drop, params);
    }
}
