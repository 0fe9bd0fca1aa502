package io.stratum.runtime.kernels.vectorize;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.datetime.DatetimeEncoderKernel;
import io.stratum.runtime.kernels.datetime.DatetimeParser;
import io.stratum.runtime.kernels.datetime.DatetimeValues;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import java.util.ArrayList;
import java.util.List;

/** The fitted encoder of one TableVectorizer column: its cleaning and encoding, applied to any rows. */
public sealed interface ColumnEncoder {

    ColumnDecision decision();

    /** The output column names, in order. */
    List<String> featureNames();

    /** The cleaned, encoded column as float32-valued float64 columns. */
    List<Column> transform(MemoryContext memory, Column cleaned);

    /** Numbers passed through (parsed from text if the decision says so), cast to float32. */
    record Numeric(ColumnDecision decision) implements ColumnEncoder {
        public List<String> featureNames() {
            return List.of(decision.column());
        }

        public List<Column> transform(MemoryContext memory, Column cleaned) {
            return List.of(Cleaning.float32Column(memory, decision.column(), Cleaning.toFloat32(cleaned, false)));
        }
    }

    /** Datetimes (or strings parsed with the fitted format), then DatetimeEncoder's features. */
    record Datetime(ColumnDecision decision, DatetimeEncoderKernel.Fitted encoder) implements ColumnEncoder {
        public List<String> featureNames() {
            return encoder.featureNames();
        }

        public List<Column> transform(MemoryContext memory, Column cleaned) {
            DatetimeValues values;
            if (cleaned instanceof io.stratum.runtime.data.TimestampColumn t) {
                values = DatetimeValues.of(t);
            } else if (cleaned instanceof StringColumn s && decision.datetimeFormat() != null) {
                values = DatetimeParser.parse(s, decision.datetimeFormat(), false);
            } else {
                throw new DataException("column '" + decision.column() + "' held datetimes when the TableVectorizer"
                        + " was fitted but is " + cleaned.type().pandasName() + " now");
            }
            List<Column> out = new ArrayList<>();
            for (Column c : encoder.transform(memory, values).columns()) {
                out.add(Cleaning.float32Column(memory, c.name(), Cleaning.toFloat32(c, false)));
            }
            return out;
        }
    }

    /** One-hot indicators (unknown categories all zero, the first of two categories dropped). */
    record LowCardinality(ColumnDecision decision, FittedOneHot encoder) implements ColumnEncoder {
        public List<String> featureNames() {
            return encoder.featureNames();
        }

        public List<Column> transform(MemoryContext memory, Column cleaned) {
            return encoder.transform(memory, Table.of(cleaned)).columns();
        }
    }

    /** StringEncoder's SVD components. */
    record HighCardinality(ColumnDecision decision, FittedStringEncoder encoder) implements ColumnEncoder {
        public List<String> featureNames() {
            return encoder.featureNames();
        }

        public List<Column> transform(MemoryContext memory, Column cleaned) {
            return encoder.transform(memory, cleaned);
        }
    }

    /**
     * An encoder given in place of skrub's default for the column's group, fed the column as skrub's preprocessing
     * leaves it (numbers as float32, datetimes parsed, text cleaned); then skrub's {@code ToFloat} post-processing:
     * numbers and bools become float32, text that all parses as numbers too, other text and datetimes stay.
     */
    record Custom(ColumnDecision decision, ColumnStep step, Object fitted, List<String> featureNames)
            implements ColumnEncoder {
        public List<Column> transform(MemoryContext memory, Column cleaned) {
            List<Column> out = toFloat(memory, step.transform(memory, fitted, prepared(memory, decision, cleaned, false)));
            if (out.size() != featureNames.size()) {
                throw new DataException("the encoder of column '" + decision.column() + "' gave " + out.size()
                        + " columns where it gave " + featureNames.size() + " when fitted");
            }
            return out;
        }

        static Column prepared(MemoryContext memory, ColumnDecision d, Column cleaned, boolean strict) {
            return switch (d.kind()) {
                case NUMERIC -> Cleaning.float32Column(memory, d.column(), Cleaning.toFloat32(cleaned, false));
                case DATETIME -> {
                    if (cleaned instanceof io.stratum.runtime.data.TimestampColumn) {
                        yield cleaned;
                    }
                    DatetimeValues v = DatetimeParser.parse((StringColumn) cleaned, d.datetimeFormat(), strict);
                    yield io.stratum.runtime.data.TimestampColumn.of(memory, d.column(), v.ticks(), v.missing(), v.unit());
                }
                default -> cleaned;
            };
        }

        static List<Column> toFloat(MemoryContext memory, Table encoded) {
            List<Column> out = new ArrayList<>(encoded.columnCount());
            for (Column c : encoded.columns()) {
                if (c.type().isNumeric() || c.type() == io.stratum.runtime.data.DataType.BOOL) {
                    out.add(Cleaning.float32Column(memory, c.name(), Cleaning.toFloat32(c, false)));
                } else if (c instanceof StringColumn s && !s.isCategorical() && Cleaning.toFloat32(s, true) != null) {
                    out.add(Cleaning.float32Column(memory, c.name(), Cleaning.toFloat32(s, true)));
                } else {
                    out.add(c);
                }
            }
            return out;
        }
    }

    /**
     * A column named in {@code specific_transformers}: its transformer on the raw column (no null-string cleaning, no
     * float32 cast afterwards, as skrub leaves such columns alone).
     */
    record Specific(ColumnDecision decision, ColumnStep step, Object fitted, List<String> featureNames)
            implements ColumnEncoder {
        public List<Column> transform(MemoryContext memory, Column raw) {
            return step.transform(memory, fitted, raw).columns();
        }
    }
}
