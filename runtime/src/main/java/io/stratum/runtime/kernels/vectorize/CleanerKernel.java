package io.stratum.runtime.kernels.vectorize;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.DataType;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.kernels.datetime.DatetimeParser;
import io.stratum.runtime.kernels.datetime.DatetimeValues;
import java.util.ArrayList;
import java.util.List;

/**
 * skrub's {@code Cleaner} (skrub 0.11) and its {@code ToDatetime} step, column by column and in input order:
 * null strings become nulls ({@code CleanNullStrings}), uninformative columns are dropped ({@code
 * DropUninformative}), text columns that all parse as datetimes become datetime columns ({@code ToDatetime}: the
 * format skrub guesses, or {@code datetime_format}), then with {@code parse_numbers} text columns that all parse as
 * numbers, and with {@code cast_to_float32} numeric columns, become float32 ({@code ToFloat}). The decisions are
 * made on the training rows; later rows are converted the same way, values that do not parse becoming missing.
 * With {@code cast_to_str}, the columns that are still neither numeric nor datetimes become text ({@code ToStr}): of
 * the runtime's types only bool columns change, to "True"/"False" with their nulls kept. Differences by design of the runtime's types: float32 values are held in
 * float64 columns (rounded to float32), datetimes are microsecond timestamps.
 */
public final class CleanerKernel {
    private CleanerKernel() {
    }

    /** skrub's Cleaner parameters (defaults: 1.0, false, false, None, skrub's null strings, false, false, false). */
    public record Params(double dropNullFraction, boolean dropIfConstant, boolean dropIfUnique, String datetimeFormat,
                         List<String> nullStrings, boolean parseNumbers, boolean castToFloat32, boolean castToStr) {
        public Params {
            nullStrings = List.copyOf(nullStrings);
            if (!(dropNullFraction >= 0.0 && dropNullFraction <= 1.0)) {
                throw new DataException("Cleaner: drop_null_fraction must be between 0 and 1, got " + dropNullFraction);
            }
        }

        TableVectorizerParams asVectorizerParams() {
            TableVectorizerParams d = TableVectorizerParams.DEFAULT;
            return new TableVectorizerParams(d.cardinalityThreshold(), dropNullFraction, dropIfConstant, dropIfUnique,
                    datetimeFormat, nullStrings, d.highCardinality(), d.datetime());
        }
    }

    /** What happens to one input column. */
    public enum Action {
        DROP, KEEP, TO_DATETIME, TO_FLOAT32, TO_STR
    }

    /** One column's decision: the action and, for text parsed as datetimes, the strptime format. */
    public record Step(String column, Action action, String format) {
    }

    /** The fitted Cleaner: one step per training column, in order. */
    public record Fitted(List<Step> steps, List<String> nullStrings) {
        public Fitted {
            steps = List.copyOf(steps);
            nullStrings = List.copyOf(nullStrings);
        }

        public Table transform(MemoryContext memory, Table input) {
            List<Column> out = new ArrayList<>();
            for (Step step : steps) {
                if (!input.hasColumn(step.column())) {
                    throw new DataException("Cleaner: column '" + step.column() + "' was seen when fitting but is"
                            + " missing now; the columns are: " + String.join(", ", input.columnNames()));
                }
                Column c = Cleaning.cleanNullStrings(memory, input.column(step.column()), nullStrings);
                switch (step.action()) {
                    case DROP -> {
                    }
                    case KEEP -> out.add(c);
                    case TO_DATETIME -> out.add(toTimestamp(memory, c, step.format(), false));
                    case TO_FLOAT32 -> out.add(Cleaning.float32Column(memory, c.name(), Cleaning.toFloat32(c, false)));
                    case TO_STR -> out.add(boolText(memory, (BoolColumn) c));
                }
            }
            return out.isEmpty() ? Table.empty(input.rowCount()) : Table.of(out);
        }
    }

    public static Fitted fit(MemoryContext memory, Table train, Params params) {
        TableVectorizerParams checks = params.asVectorizerParams();
        List<Step> steps = new ArrayList<>();
        for (Column raw : train.columns()) {
            Column c = Cleaning.cleanNullStrings(memory, raw, params.nullStrings());
            Step step;
            if (Cleaning.uninformative(c, checks)) {
                step = new Step(c.name(), Action.DROP, null);
            } else if (c instanceof io.stratum.runtime.data.TimedeltaColumn) {
                // skrub's Cleaner keeps durations (its DurationToFloat is the TableVectorizer's only)
                step = new Step(c.name(), Action.KEEP, null);
            } else if (c.type() == DataType.CATEGORY) {
                // skrub's ToDatetime, ToFloat and ToStr reject a category column; CleanCategories keeps it one
                step = new Step(c.name(), Action.KEEP, null);
            } else if (c instanceof StringColumn s && datetimeFormat(s, params.datetimeFormat()) != null) {
                step = new Step(c.name(), Action.TO_DATETIME, datetimeFormat(s, params.datetimeFormat()));
            } else if (c instanceof StringColumn s && params.parseNumbers() && Cleaning.toFloat32(s, true) != null) {
                step = new Step(c.name(), Action.TO_FLOAT32, null);
            } else if (params.castToFloat32() && (c.type().isNumeric()
                    || params.parseNumbers() && c instanceof BoolColumn)) {
                // with both, skrub's ToFloat takes every column (bools too); with cast_to_float32 alone only
                // numeric ones, which for skrub excludes bools
                step = new Step(c.name(), Action.TO_FLOAT32, null);
            } else if (params.castToStr() && c instanceof BoolColumn) {
                // skrub's ToStr takes every column that is not numeric (bools are not, for skrub), datetime or
                // categorical; text stays text, so bools are the only ones that change
                step = new Step(c.name(), Action.TO_STR, null);
            } else {
                step = new Step(c.name(), Action.KEEP, null);
            }
            steps.add(step);
        }
        return new Fitted(steps, params.nullStrings());
    }

    /** pandas' {@code astype("str")} of a bool column, nulls kept as nulls (skrub's {@code to_string}). */
    static StringColumn boolText(MemoryContext memory, BoolColumn c) {
        String[] values = new String[c.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = c.isNull(i) ? null : c.getBoolean(i) ? "True" : "False";
        }
        return StringColumn.of(memory, c.name(), values);
    }

    /** The format ToDatetime fits on a text column (the given one, or the one guessed), or null when it rejects it. */
    static String datetimeFormat(StringColumn s, String given) {
        String format = given != null ? given : DatetimeParser.guessFormat(s);
        return format != null && DatetimeParser.parse(s, format, true) != null ? format : null;
    }

    /** A text column parsed with {@code format} (a datetime column is returned as it is). */
    static Column toTimestamp(MemoryContext memory, Column c, String format, boolean strict) {
        if (c instanceof TimestampColumn) {
            return c;
        }
        DatetimeValues v = DatetimeParser.parse((StringColumn) c, format, strict);
        return TimestampColumn.of(memory, c.name(), v.ticks(), v.missing(), v.unit());
    }

    /**
     * skrub's {@code ToDatetime(format=...)} used on its own: every column must be text that parses as datetimes
     * (or already be datetimes), else the step fails naming the column, as skrub does.
     */
    public static Fitted fitToDatetime(Table train, String format) {
        List<Step> steps = new ArrayList<>();
        for (Column c : train.columns()) {
            if (c instanceof TimestampColumn) {
                steps.add(new Step(c.name(), Action.KEEP, null));
                continue;
            }
            if (!(c instanceof StringColumn s)) {
                throw new DataException("ToDatetime: column '" + c.name() + "' does not contain strings (it is "
                        + c.type().pandasName() + "); apply ToDatetime to text columns only (cols=[...])");
            }
            String found = datetimeFormat(s, format);
            if (found == null) {
                throw new DataException("ToDatetime: " + (format == null ? "could not find a datetime format for column '"
                        + c.name() + "'" : "failed to convert column '" + c.name() + "' to datetimes using the format '"
                        + format + "'") + "; pass format=... or leave the column out");
            }
            steps.add(new Step(c.name(), Action.TO_DATETIME, found));
        }
        return new Fitted(steps, List.of());
    }
}
