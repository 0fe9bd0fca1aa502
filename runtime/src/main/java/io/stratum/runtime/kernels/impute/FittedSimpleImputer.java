package io.stratum.runtime.kernels.impute;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable state of a fitted simple imputer: per column, scikit-learn's {@code statistics_} entry. Missing
 * values (NaN, null) are replaced by it; numeric and boolean columns come out float64, string columns as strings,
 * and columns that were all missing at fit are dropped, as scikit-learn does. With {@code add_indicator=True} the
 * columns that had a missing value at fit ({@code indicated}, in the input's order; scikit-learn's
 * {@code MissingIndicator(features="missing-only")}) each add a column {@code missingindicator_<name>} after the
 * imputed ones, 1 where the value is missing: float64 beside numeric columns (scikit-learn stacks them in one float
 * array), bool beside text only; a column missing values only at transform gets none.
 */
public final class FittedSimpleImputer implements io.stratum.runtime.cache.Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedSimpleImputer/2";

    private static final byte NUMBER = 0;
    private static final byte TEXT = 1;
    private static final byte DROPPED = 2;

    private final List<String> columns;
    private final List<FillValue> statistics;
    private final List<String> indicated;

    FittedSimpleImputer(List<String> columns, List<FillValue> statistics, List<String> indicated) {
        this.columns = List.copyOf(columns);
        this.statistics = List.copyOf(statistics);
        this.indicated = List.copyOf(indicated);
    }

    /** The columns that get a missing-value indicator (empty without {@code add_indicator}). */
    public List<String> indicated() {
        return indicated;
    }

    public List<String> columns() {
        return columns;
    }

    /** scikit-learn's {@code statistics_}, one entry per fitted column. */
    public List<FillValue> statistics() {
        return statistics;
    }

    public Table transform(MemoryContext ctx, Table input) {
        List<Column> out = new ArrayList<>(columns.size());
        for (int j = 0; j < columns.size(); j++) {
            Column c = input.column(columns.get(j));
            switch (statistics.get(j)) {
                case FillValue.Dropped d -> {
                }
                case FillValue.Number number -> {
                    if (c.type().isText()) {
                        throw new DataException("SimpleImputer was fitted on a numeric column '" + c.name()
                                + "' but got strings; transform data with the same column types");
                    }
                    double[] x = c.toDoubleArray();
                    double fill = number.value();
                    for (int i = 0; i < x.length; i++) {
                        if (Double.isNaN(x[i])) {
                            x[i] = fill;
                        }
                    }
                    out.add(Float64Column.of(ctx, c.name(), x));
                }
                case FillValue.Text text -> {
                    if (!(c instanceof StringColumn s)) {
                        throw new DataException("SimpleImputer was fitted on a string column '" + c.name()
                                + "' but got " + c.type().pandasName() + "; transform data with the same column types");
                    }
                    String[] values = s.toStringArray();
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] == null) {
                            values[i] = text.value();
                        }
                    }
                    out.add(StringColumn.of(ctx, c.name(), values));
                }
            }
        }
        // scikit-learn stacks the indicators beside the imputed values in one array: float64 1.0/0.0 beside numbers
        boolean numeric = out.stream().anyMatch(c -> !c.type().isText());
        for (String name : indicated) {
            Column c = input.column(name);
            boolean[] missing = new boolean[c.length()];
            double[] asNumber = new double[c.length()];
            for (int i = 0; i < missing.length; i++) {
                missing[i] = c.isMissing(i);
                asNumber[i] = missing[i] ? 1.0 : 0.0;
            }
            out.add(numeric ? Float64Column.of(ctx, "missingindicator_" + name, asNumber)
                    : io.stratum.runtime.data.BoolColumn.of(ctx, "missingindicator_" + name, missing));
        }
        return out.isEmpty() ? Table.empty(input.rowCount()) : Table.of(out);
    }

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeInt(columns.size());
        for (int j = 0; j < columns.size(); j++) {
            writeText(out, columns.get(j));
            switch (statistics.get(j)) {
                case FillValue.Number n -> {
                    out.writeByte(NUMBER);
                    out.writeDouble(n.value());
                }
                case FillValue.Text t -> {
                    out.writeByte(TEXT);
                    writeText(out, t.value());
                }
                case FillValue.Dropped d -> out.writeByte(DROPPED);
            }
        }
        out.writeInt(indicated.size());
        for (String name : indicated) {
            writeText(out, name);
        }
    }

    /** Rebuilds an imputer written by {@link #writeTo}. */
    public static FittedSimpleImputer readFrom(java.io.DataInput in) throws java.io.IOException {
        int p = in.readInt();
        if (p < 0) {
            throw new java.io.IOException("negative column count");
        }
        List<String> columns = new ArrayList<>(p);
        List<FillValue> statistics = new ArrayList<>(p);
        for (int j = 0; j < p; j++) {
            columns.add(readText(in));
            byte kind = in.readByte();
            statistics.add(switch (kind) {
                case NUMBER -> new FillValue.Number(in.readDouble());
                case TEXT -> new FillValue.Text(readText(in));
                case DROPPED -> new FillValue.Dropped();
                default -> throw new java.io.IOException("unknown fill kind " + kind);
            });
        }
        int k = in.readInt();
        if (k < 0 || k > p) {
            throw new java.io.IOException("bad indicator count " + k);
        }
        List<String> indicated = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            indicated.add(readText(in));
        }
        return new FittedSimpleImputer(columns, statistics, indicated);
    }

    /** UTF-8 with a length, so strings of any length (writeUTF stops at 64 KiB) round-trip. */
    private static void writeText(java.io.DataOutput out, String s) throws java.io.IOException {
        byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readText(java.io.DataInput in) throws java.io.IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new java.io.IOException("negative string length");
        }
        byte[] utf8 = new byte[n];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }
}
