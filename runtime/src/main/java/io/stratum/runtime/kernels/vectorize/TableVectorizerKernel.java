package io.stratum.runtime.kernels.vectorize;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.kernels.datetime.DatetimeEncoderKernel;
import io.stratum.runtime.kernels.datetime.DatetimeParser;
import io.stratum.runtime.kernels.datetime.DatetimeValues;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import java.util.ArrayList;
import java.util.List;

/**
 * skrub's {@code TableVectorizer}: each column is cleaned (null strings, uninformative columns dropped, datetime
 * text parsed, numeric text parsed), then numbers pass through, datetimes go to {@code DatetimeEncoder()}, columns
 * with fewer than {@code cardinality_threshold} distinct values to {@code OneHotEncoder(drop="if_binary",
 * handle_unknown="ignore", dtype="float32")}, the rest to {@code StringEncoder(30)}; every output is float32 and
 * outputs keep the input columns' order. {@link #decide} is the per-column decision as data; {@link #fit} applies it.
 */
public final class TableVectorizerKernel {
    private static final OneHotParams LOW_CARDINALITY = new OneHotParams(OneHotParams.HandleUnknown.IGNORE,
            OneHotParams.Drop.IF_BINARY);

    private TableVectorizerKernel() {
    }

    /** The decision for every input column, from the training rows, in input order. */
    public static List<ColumnDecision> decide(MemoryContext memory, Table train, TableVectorizerParams params) {
        List<ColumnDecision> out = new ArrayList<>();
        for (Column raw : train.columns()) {
            out.add(params.specific().containsKey(raw.name())
                    ? new ColumnDecision(raw.name(), ColumnDecision.Kind.SPECIFIC, null, false, -1)
                    : decide(Cleaning.cleanNullStrings(memory, raw, params.nullStrings()), params));
        }
        return out;
    }

    private static ColumnDecision decide(Column column, TableVectorizerParams params) {
        String name = column.name();
        int distinct = Cleaning.distinctCount(column);
        if (Cleaning.uninformative(column, params)) {
            return new ColumnDecision(name, ColumnDecision.Kind.DROPPED, null, false, distinct);
        }
        if (column instanceof io.stratum.runtime.data.TimedeltaColumn) {
            // skrub's DurationToFloat runs after DropUninformative: float seconds, then the numeric passthrough
            return new ColumnDecision(name, ColumnDecision.Kind.NUMERIC, null, false, distinct);
        }
        if (column.type().isNumeric() || column instanceof BoolColumn) {
            return new ColumnDecision(name, ColumnDecision.Kind.NUMERIC, null, false, distinct);
        }
        if (column instanceof TimestampColumn) {
            return new ColumnDecision(name, ColumnDecision.Kind.DATETIME, null, false, distinct);
        }
        StringColumn s = (StringColumn) column;
        if (s.isCategorical()) {
            // skrub's ToDatetime and ToFloat reject a category column: only its cardinality decides its encoder
            ColumnDecision.Kind kind = distinct < params.cardinalityThreshold() ? ColumnDecision.Kind.LOW_CARDINALITY
                    : ColumnDecision.Kind.HIGH_CARDINALITY;
            return new ColumnDecision(name, kind, null, false, distinct);
        }
        String format = params.datetimeFormat() != null ? params.datetimeFormat() : DatetimeParser.guessFormat(s);
        if (format != null && DatetimeParser.parse(s, format, true) != null) {
            return new ColumnDecision(name, ColumnDecision.Kind.DATETIME, format, false, distinct);
        }
        if (Cleaning.toFloat32(s, true) != null) {
            return new ColumnDecision(name, ColumnDecision.Kind.NUMERIC, null, true, distinct);
        }
        ColumnDecision.Kind kind = distinct < params.cardinalityThreshold() ? ColumnDecision.Kind.LOW_CARDINALITY
                : ColumnDecision.Kind.HIGH_CARDINALITY;
        return new ColumnDecision(name, kind, null, false, distinct);
    }

    /** Fits every column's encoder on the training rows. */
    public static FittedTableVectorizer fit(MemoryContext memory, Table train, TableVectorizerParams params) {
        List<ColumnDecision> decisions = decide(memory, train, params);
        List<ColumnEncoder> encoders = new ArrayList<>();
        for (String name : params.specific().keySet()) {
            if (!train.hasColumn(name)) {
                throw new io.stratum.runtime.data.DataException("TableVectorizer: specific_transformers names column '"
                        + name + "', which the input lacks; the columns are: " + String.join(", ",
                        train.columnNames()));
            }
        }
        for (ColumnDecision d : decisions) {
            Column column = d.kind() == ColumnDecision.Kind.SPECIFIC ? train.column(d.column())
                    : Cleaning.durationToSeconds(memory, Cleaning.cleanNullStrings(memory, train.column(d.column()),
                            params.nullStrings()));
            ColumnEncoder encoder = fitColumn(memory, d, column, params);
            if (encoder != null) {
                encoders.add(encoder);
            }
        }
        return new FittedTableVectorizer(train.columnNames(), encoders, params.nullStrings());
    }

    /** Fits the encoder one decision names, on that column's cleaned training values (null for a dropped column). */
    public static ColumnEncoder fitColumn(MemoryContext memory, ColumnDecision d, Column cleaned,
                                          TableVectorizerParams params) {
        if (d.kind() == ColumnDecision.Kind.SPECIFIC) {
            ColumnStep step = params.specific().get(d.column());
            Object fitted = step.fit(memory, cleaned);
            return new ColumnEncoder.Specific(d, step, fitted, step.transform(memory, fitted, cleaned).columnNames());
        }
        ColumnStep custom = params.encoders().get(d.kind());
        if (custom != null) {
            Column prepared = ColumnEncoder.Custom.prepared(memory, d, cleaned, true);
            Object fitted = custom.fit(memory, prepared);
            List<String> names = new ArrayList<>();
            for (Column c : ColumnEncoder.Custom.toFloat(memory, custom.transform(memory, fitted, prepared))) {
                names.add(c.name());
            }
            return new ColumnEncoder.Custom(d, custom, fitted, names);
        }
        return switch (d.kind()) {
            case DROPPED -> null;
            case SPECIFIC -> throw new IllegalStateException("specific columns are fitted above");
            case NUMERIC -> new ColumnEncoder.Numeric(d);
            case DATETIME -> {
                DatetimeValues values = cleaned instanceof TimestampColumn t ? DatetimeValues.of(t)
                        : DatetimeParser.parse((StringColumn) cleaned, d.datetimeFormat(), true);
                yield new ColumnEncoder.Datetime(d, DatetimeEncoderKernel.fit(values, params.datetime()));
            }
            case LOW_CARDINALITY -> new ColumnEncoder.LowCardinality(d,
                    OneHotEncoderKernel.fit(Table.of(cleaned), LOW_CARDINALITY));
            case HIGH_CARDINALITY -> new ColumnEncoder.HighCardinality(d,
                    StringEncoderKernel.fit(cleaned, params.highCardinality()));
        };
    }
}
