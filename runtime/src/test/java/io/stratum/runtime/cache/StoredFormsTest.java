package io.stratum.runtime.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import io.stratum.runtime.kernels.scale.FittedStandardScaler;
import io.stratum.runtime.kernels.scale.ScalerParams;
import io.stratum.runtime.kernels.scale.StandardScalerKernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stored forms read back to the same thing, bit for bit: tables through Arrow IPC (NaN, nulls, empty
 * strings and unicode included), and fitted states through their {@link Persistable} form, checked by applying
 * the restored state to data and comparing with the original.
 */
class StoredFormsTest {

    private static Table sample(MemoryContext ctx) {
        double negativeNan = Double.longBitsToDouble(0xfff8000000000001L);
        return Table.of(
                Float64Column.of(ctx, "x", new double[] {1.5, -0.0, negativeNan, 1e308, 7}, new boolean[] {false, false, false, false, true}),
                Int64Column.of(ctx, "n", new long[] {Long.MIN_VALUE, 0, 3, 4, 5}, new boolean[] {false, false, true, false, false}),
                StringColumn.of(ctx, "s", new String[] {"rain", "", null, "snow ❄", "sun"}),
                BoolColumn.of(ctx, "b", new boolean[] {true, false, false, true, true}, new boolean[] {false, false, true, false, false}));
    }

    @Test
    void tablesRoundTripBitForBit() throws IOException {
        try (MemoryContext ctx = MemoryContext.open(); MemoryContext other = MemoryContext.open()) {
            Table t = sample(ctx);
            Table back = ArrowPayloads.read(ArrowPayloads.write(t), other);
            assertEquals(t.columnNames(), back.columnNames());
            assertEquals(t.types(), back.types());
            assertEquals(t.rowCount(), back.rowCount());
            for (int j = 0; j < t.columnCount(); j++) {
                Column a = t.column(j);
                Column b = back.column(j);
                for (int i = 0; i < t.rowCount(); i++) {
                    assertEquals(a.isNull(i), b.isNull(i), a.name() + " row " + i);
                    assertEquals(a.format(i), b.format(i), a.name() + " row " + i);
                }
            }
            Float64Column x = (Float64Column) t.column("x");
            Float64Column xb = (Float64Column) back.column("x");
            for (int i = 0; i < t.rowCount(); i++) {
                assertEquals(Double.doubleToRawLongBits(x.getDouble(i)), Double.doubleToRawLongBits(xb.getDouble(i)));
            }
            assertEquals(ArrowPayloads.bufferBytes(t) > 0, true);
        }
    }

    @Test
    void emptyTablesKeepTheirRowCount() throws IOException {
        try (MemoryContext ctx = MemoryContext.open()) {
            assertEquals(7, ArrowPayloads.read(ArrowPayloads.write(Table.empty(7)), ctx).rowCount());
            Table noRows = sample(ctx).take(new int[0]);
            Table back = ArrowPayloads.read(ArrowPayloads.write(noRows), ctx);
            assertEquals(0, back.rowCount());
            assertEquals(noRows.columnNames(), back.columnNames());
        }
    }

    @Test
    void truncatedTablePayloadIsRefused() throws IOException {
        try (MemoryContext ctx = MemoryContext.open()) {
            byte[] bytes = ArrowPayloads.write(sample(ctx));
            assertThrows(Exception.class, () -> ArrowPayloads.read(java.util.Arrays.copyOf(bytes, bytes.length / 2), ctx));
        }
    }

    private static byte[] bytesOf(Persistable p) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            p.writeTo(out);
        }
        return bytes.toByteArray();
    }

    private static DataInputStream in(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    @Test
    void oneHotEncoderRestoresItsCategoriesAndOutput() throws IOException {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = sample(ctx);
            for (OneHotParams.Drop drop : OneHotParams.Drop.values()) {
                FittedOneHot fitted = OneHotEncoderKernel.fit(t.select(List.of("x", "n", "s", "b")),
                        new OneHotParams(OneHotParams.HandleUnknown.IGNORE, drop));
                byte[] bytes = bytesOf(fitted);
                FittedOneHot back = FittedOneHot.readFrom(in(bytes));
                assertEquals(fitted.featureNames(), back.featureNames());
                assertEquals(fitted.params(), back.params());
                assertArrayEquals(fitted.transformToMatrix(t).toColumnMajorArray(), back.transformToMatrix(t).toColumnMajorArray());
                assertArrayEquals(bytes, bytesOf(back), "writing the restored state gives the same bytes");
            }
        }
    }

    @Test
    void standardScalerRestoresItsStatistics() throws IOException {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = Table.of(Float64Column.of(ctx, "a", new double[] {1, 2, 4, Double.NaN}),
                    Float64Column.of(ctx, "b", new double[] {3, 3, 3, 3}));
            for (ScalerParams p : List.of(ScalerParams.DEFAULT, new ScalerParams(true, false), new ScalerParams(false, true))) {
                FittedStandardScaler fitted = StandardScalerKernel.fit(t, p);
                FittedStandardScaler back = FittedStandardScaler.readFrom(in(bytesOf(fitted)));
                assertArrayEquals(fitted.mean(), back.mean());
                assertArrayEquals(fitted.var(), back.var());
                assertArrayEquals(fitted.scale(), back.scale());
                assertArrayEquals(fitted.samplesSeen(), back.samplesSeen());
                assertEquals(fitted.params(), back.params());
                Table a = fitted.transform(ctx, t);
                Table b = back.transform(ctx, t);
                for (int j = 0; j < a.columnCount(); j++) {
                    assertArrayEquals(a.column(j).toDoubleArray(), b.column(j).toDoubleArray());
                }
            }
        }
    }

    @Test
    void linearModelRestoresItsCoefficients() throws IOException {
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(4, List.of("f", "g ü"), new double[] {1, 2, 3, 5, 0.5, -1, 2, 8});
        FittedLinearModel fitted = RidgeKernel.fit(x, new double[] {1, 3, 2, 9}, new RidgeParams(0.3, true));
        FittedLinearModel back = FittedLinearModel.readFrom(in(bytesOf(fitted)));
        assertEquals(fitted.featureNames(), back.featureNames());
        assertArrayEquals(fitted.coef(), back.coef());
        assertEquals(Double.doubleToRawLongBits(fitted.intercept()), Double.doubleToRawLongBits(back.intercept()));
        assertEquals(fitted.rank(), back.rank());
        assertArrayEquals(fitted.predict(x), back.predict(x));
    }

    private static void assertSameTables(Table a, Table b) {
        assertEquals(a.columnNames(), b.columnNames());
        for (int j = 0; j < a.columnCount(); j++) {
            double[] x = a.column(j).toDoubleArray();
            double[] y = b.column(j).toDoubleArray();
            assertEquals(x.length, y.length);
            for (int i = 0; i < x.length; i++) {
                assertEquals(Double.doubleToRawLongBits(x[i]), Double.doubleToRawLongBits(y[i]), a.column(j).name() + " row " + i);
            }
        }
    }

    @Test
    void minMaxMaxAbsAndRobustScalersRestoreTheirTransform() throws IOException {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = Table.of(Float64Column.of(ctx, "a", new double[] {1, -2, 4, Double.NaN, 9}),
                    Float64Column.of(ctx, "b", new double[] {3, 3, 3, 3, 3}));
            List<io.stratum.runtime.kernels.scale.FittedFeatureScaler> fitted = List.of(
                    io.stratum.runtime.kernels.scale.MinMaxScalerKernel.fit(t, 0, 1, true),
                    io.stratum.runtime.kernels.scale.MaxAbsScalerKernel.fit(t, false),
                    io.stratum.runtime.kernels.scale.RobustScalerKernel.fit(t, true, true, 25.0, 75.0));
            for (io.stratum.runtime.kernels.scale.FittedFeatureScaler f : fitted) {
                byte[] bytes = bytesOf(f);
                io.stratum.runtime.kernels.scale.FittedFeatureScaler back =
                        io.stratum.runtime.kernels.scale.FittedFeatureScaler.readFrom(in(bytes));
                assertSameTables(f.transform(ctx, t), back.transform(ctx, t));
                assertArrayEquals(bytes, bytesOf(back));
            }
        }
    }

    @Test
    void ordinalEncoderRestoresItsCodes() throws IOException {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = sample(ctx);
            io.stratum.runtime.kernels.encode.FittedOrdinal f = io.stratum.runtime.kernels.encode.OrdinalEncoderKernel.fit(
                    t, new io.stratum.runtime.kernels.encode.OrdinalParams(true, -1, Double.NaN));
            byte[] bytes = bytesOf(f);
            io.stratum.runtime.kernels.encode.FittedOrdinal back = io.stratum.runtime.kernels.encode.FittedOrdinal.readFrom(in(bytes));
            assertSameTables(f.transform(ctx, t), back.transform(ctx, t));
            assertArrayEquals(bytes, bytesOf(back));
        }
    }

    @Test
    void dummyRegressorRestoresItsConstant() throws IOException {
        io.stratum.runtime.kernels.baseline.FittedDummyRegressor f = new io.stratum.runtime.kernels.baseline.FittedDummyRegressor(0.1 + 0.2);
        assertEquals(f, io.stratum.runtime.kernels.baseline.FittedDummyRegressor.readFrom(in(bytesOf(f))));
    }

    @Test
    void simpleImputerRestoresNumbersTextAndDroppedColumns() throws IOException {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table t = Table.of(Float64Column.of(ctx, "a", new double[] {1, Double.NaN, 4}),
                    Float64Column.of(ctx, "gone", new double[] {Double.NaN, Double.NaN, Double.NaN}),
                    StringColumn.of(ctx, "s", new String[] {"x", null, "y\u00e9"}));
            io.stratum.runtime.kernels.impute.FittedSimpleImputer f = io.stratum.runtime.kernels.impute.SimpleImputerKernel
                    .fit(t, io.stratum.runtime.kernels.impute.ImputeStrategy.MOST_FREQUENT, null, true);
            byte[] bytes = bytesOf(f);
            io.stratum.runtime.kernels.impute.FittedSimpleImputer back =
                    io.stratum.runtime.kernels.impute.FittedSimpleImputer.readFrom(in(bytes));
            assertEquals(f.columns(), back.columns());
            assertEquals(List.of("a", "gone", "s"), back.indicated());
            assertEquals(f.statistics(), back.statistics());
            Table expected = f.transform(ctx, t);
            Table actual = back.transform(ctx, t);
            assertEquals(expected.columnNames(), actual.columnNames());
            assertArrayEquals(((Float64Column) expected.column("a")).toDoubleArray(),
                    ((Float64Column) actual.column("a")).toDoubleArray());
            assertArrayEquals(((StringColumn) expected.column("s")).toStringArray(),
                    ((StringColumn) actual.column("s")).toStringArray());
            assertArrayEquals(bytes, bytesOf(back));
        }
    }

    @Test
    void lassoRestoresItsModelIterationsAndDualGap() throws IOException {
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(4, List.of("a", "b"), new double[] {1, 2, 3, 4, 0, 1, 0, 1});
        io.stratum.runtime.kernels.linear.CoordinateDescentFit f = io.stratum.runtime.kernels.linear.CoordinateDescentKernel
                .fit(x, new double[] {1, 2, 2, 5}, io.stratum.runtime.kernels.linear.ElasticNetParams.lasso(0.1, true,
                        1000, 1e-4), "Lasso");
        byte[] bytes = bytesOf(f);
        io.stratum.runtime.kernels.linear.CoordinateDescentFit back =
                io.stratum.runtime.kernels.linear.CoordinateDescentFit.readFrom(in(bytes));
        assertEquals(f.nIter(), back.nIter());
        assertEquals(f.dualGap(), back.dualGap());
        assertArrayEquals(f.predict(x), back.predict(x));
        assertArrayEquals(bytes, bytesOf(back));
    }
}
