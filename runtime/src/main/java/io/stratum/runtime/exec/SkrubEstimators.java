package io.stratum.runtime.exec;

import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.TimestampColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.datetime.DatetimeEncoderKernel;
import io.stratum.runtime.kernels.datetime.DatetimeValues;
import io.stratum.runtime.kernels.vectorize.CleanerKernel;
import io.stratum.runtime.kernels.vectorize.ColumnDecision;
import io.stratum.runtime.kernels.vectorize.ColumnStep;
import io.stratum.runtime.kernels.vectorize.MinHashEncoderKernel;
import io.stratum.runtime.kernels.vectorize.FittedStringEncoder;
import io.stratum.runtime.kernels.vectorize.FittedTableVectorizer;
import io.stratum.runtime.kernels.vectorize.StringEncoderKernel;
import io.stratum.runtime.kernels.vectorize.TableVectorizerKernel;
import io.stratum.runtime.kernels.vectorize.TableVectorizerParams;
import java.util.ArrayList;
import java.util.List;

/** Binds skrub's encoder names to Stratum's kernels, translating parameters from the estimator spec. */
final class SkrubEstimators {
    private SkrubEstimators() {
    }

    /** skrub's ToCategorical of each column: str columns as categories, category columns as they are, others refused. */
    private static Table categorical(Table columns) {
        List<Column> out = new ArrayList<>(columns.columnCount());
        for (Column c : columns.columns()) {
            if (!(c instanceof io.stratum.runtime.data.StringColumn s)) {
                throw new DataException("ToCategorical: column '" + c.name() + "' does not contain strings (its dtype is "
                        + c.type().pandasName() + "); apply it to str columns only, e.g. with cols=s.string()");
            }
            out.add(io.stratum.runtime.data.CategoryEncoding.of(s));
        }
        return out.isEmpty() ? columns : Table.of(out).withLabelsOf(columns);
    }

    static void register(EstimatorKernels kernels) {
        SkrubColumnSteps.register(kernels);
        ApplyToColsStep.register(kernels);
        kernels.register("skrub.Cleaner", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                // the deprecated numeric_dtype="float32" turns on parse_numbers and cast_to_float32, as skrub does
                String numericDtype = spec.stringParam("numeric_dtype");
                if (numericDtype != null && !numericDtype.equals("float32")) {
                    throw new DataException("Cleaner: unsupported value for `numeric_dtype`: '" + numericDtype
                            + "'. The only supported value is 'float32' (deprecated: use cast_to_float32=True)");
                }
                boolean float32 = numericDtype != null;
                CleanerKernel.Params params = explained("Cleaner", () -> new CleanerKernel.Params(
                        spec.doubleParam("drop_null_fraction"), spec.boolParam("drop_if_constant"),
                        spec.boolParam("drop_if_unique"), spec.stringParam("datetime_format"),
                        nullStrings(spec, "Cleaner"), float32 || spec.boolParam("parse_numbers"),
                        float32 || spec.boolParam("cast_to_float32"), spec.boolParam("cast_to_str")));
                return CleanerKernel.fit(memory, columns, params);
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((CleanerKernel.Fitted) fitted).transform(memory, columns);
            }
        });
        kernels.register("skrub.ToDatetime", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return CleanerKernel.fitToDatetime(columns, spec.stringParam("format"));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((CleanerKernel.Fitted) fitted).transform(memory, columns);
            }
        });
        kernels.register("skrub.ToCategorical", new EstimatorKernels.Transformer() {
            // Nothing to learn: skrub checks at fit that each column holds strings, and makes the categories of the
            // values it is given at every call (downstream encoders and HistGradientBoosting map them by value).
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                categorical(columns);
                return Boolean.TRUE;
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return categorical(columns);
            }
        });
        kernels.register("skrub.TableVectorizer", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                return explained("TableVectorizer", () -> TableVectorizerKernel.fit(memory, columns,
                        tableVectorizerParams(spec, kernels)));
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                return ((FittedTableVectorizer) fitted).transform(memory, columns);
            }
        });
        kernels.register("skrub.MinHashEncoder", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                MinHashEncoderKernel.Params params = minHashParams(spec);
                List<MinHashEncoderKernel.Fitted> fitted = new ArrayList<>();
                for (Column c : columns.columns()) {
                    fitted.add(MinHashEncoderKernel.fit(c, params));
                }
                return fitted;
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                List<Column> out = new ArrayList<>();
                @SuppressWarnings("unchecked")
                List<MinHashEncoderKernel.Fitted> encoders = (List<MinHashEncoderKernel.Fitted>) fitted;
                for (int j = 0; j < encoders.size(); j++) {
                    out.addAll(encoders.get(j).transform(memory, columns.column(j)).columns());
                }
                return Table.of(out);
            }
        });
        kernels.register("skrub.StringEncoder", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                StringEncoderKernel.Params params = stringEncoderParams(spec);
                List<FittedStringEncoder> fitted = new ArrayList<>();
                for (Column c : columns.columns()) {
                    fitted.add(explained("StringEncoder", () -> StringEncoderKernel.fit(c, params)));
                }
                return fitted;
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                List<Column> out = new ArrayList<>();
                @SuppressWarnings("unchecked")
                List<FittedStringEncoder> encoders = (List<FittedStringEncoder>) fitted;
                for (int j = 0; j < encoders.size(); j++) {
                    out.addAll(encoders.get(j).transform(memory, columns.column(j)));
                }
                return Table.of(out);
            }
        });
        kernels.register("skrub.DatetimeEncoder", new EstimatorKernels.Transformer() {
            @Override
            public Object fit(MemoryContext memory, Table columns, EstimatorSpec spec) {
                DatetimeEncoderKernel.Params params = explained("DatetimeEncoder", () -> datetimeParams(spec));
                List<DatetimeEncoderKernel.Fitted> fitted = new ArrayList<>();
                for (Column c : columns.columns()) {
                    fitted.add(DatetimeEncoderKernel.fit(datetimes(c), params));
                }
                return fitted;
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Table columns) {
                List<Column> out = new ArrayList<>();
                @SuppressWarnings("unchecked")
                List<DatetimeEncoderKernel.Fitted> encoders = (List<DatetimeEncoderKernel.Fitted>) fitted;
                for (int j = 0; j < encoders.size(); j++) {
                    out.addAll(encoders.get(j).transform(memory, datetimes(columns.column(j))).columns());
                }
                return Table.of(out);
            }
        });
    }

    /** A datetime column's values; like skrub, anything else is refused (text must be parsed first). */
    private static DatetimeValues datetimes(Column c) {
        if (c instanceof TimestampColumn t) {
            return DatetimeValues.of(t);
        }
        throw new DataException("DatetimeEncoder: column '" + c.name() + "' does not have a Date or Datetime dtype (it"
                + " is " + c.type().pandasName() + "); parse it first (pd.to_datetime(...) or skrub's TableVectorizer,"
                + " which finds datetime text itself)");
    }

    /** A kernel's refusal of its input or parameters, as the data error users see (named after the estimator). */
    private static <T> T explained(String estimator, java.util.function.Supplier<T> fit) {
        try {
            return fit.get();
        } catch (IllegalArgumentException e) {
            throw new DataException(estimator + ": " + e.getMessage());
        }
    }

    /** The TableVectorizer's encoder groups given an encoder or "passthrough"/"drop" instead of skrub's default. */
    private static java.util.Map<ColumnDecision.Kind, ColumnStep> encoders(EstimatorSpec spec, EstimatorKernels kernels) {
        java.util.Map<ColumnDecision.Kind, ColumnStep> out = new java.util.EnumMap<>(ColumnDecision.Kind.class);
        for (var group : java.util.Map.of("numeric", ColumnDecision.Kind.NUMERIC, "datetime",
                ColumnDecision.Kind.DATETIME, "low_cardinality", ColumnDecision.Kind.LOW_CARDINALITY,
                "high_cardinality", ColumnDecision.Kind.HIGH_CARDINALITY).entrySet()) {
            Const value = spec.param(group.getKey());
            if (!(value instanceof Const.NoneConst)) {
                out.put(group.getValue(), columnStep(value, group.getKey(), kernels));
            }
        }
        return out;
    }

    /** {@code specific_transformers}: (transformer, [column names]) pairs, each column named once. */
    private static java.util.Map<String, ColumnStep> specific(EstimatorSpec spec, EstimatorKernels kernels) {
        Const value = spec.param("specific_transformers");
        java.util.Map<String, ColumnStep> out = new java.util.LinkedHashMap<>();
        if (!(value instanceof Const.ListConst list)) {
            throw new DataException("TableVectorizer: 'specific_transformers' must be a list of (transformer, list of"
                    + " columns) pairs, got " + value.repr());
        }
        for (int i = 0; i < list.items().size(); i++) {
            Const item = list.items().get(i);
            if (!(item instanceof Const.ListConst pair) || pair.items().size() != 2
                    || !(pair.items().get(1) instanceof Const.ListConst cols) || cols.asStrings() == null
                    || EstimatorSpec.fromConst(pair.items().get(1)) != null) {
                throw new DataException("TableVectorizer: 'specific_transformers' must be a list of (transformer, list"
                        + " of column names) pairs; got " + item.repr() + " at index " + i);
            }
            ColumnStep step = columnStep(pair.items().get(0), "specific_transformers[" + i + "]", kernels);
            for (String c : cols.asStrings()) {
                if (out.put(c, step) != null) {
                    throw new DataException("TableVectorizer: column '" + c + "' is used twice in"
                            + " 'specific_transformers'");
                }
            }
        }
        return out;
    }

    /** An encoder given to the TableVectorizer (a transformer, "passthrough" or "drop"), applied to one column. */
    private static ColumnStep columnStep(Const value, String where, EstimatorKernels kernels) {
        if (value instanceof Const.StrConst name) {
            return switch (name.value()) {
                case "passthrough" -> ColumnStep.PASSTHROUGH;
                case "drop" -> ColumnStep.DROP;
                default -> throw new DataException("TableVectorizer: " + where + "='" + name.value()
                        + "' is not understood; give a transformer, 'passthrough' or 'drop'");
            };
        }
        EstimatorSpec inner = EstimatorSpec.fromConst(value);
        if (inner == null) {
            throw new DataException("TableVectorizer: " + where + " must be a transformer, 'passthrough' or 'drop', got "
                    + value.repr());
        }
        EstimatorKernels.Transformer kernel = kernels.transformer(inner, io.stratum.ir.node.Origin.NONE);
        return new ColumnStep() {
            @Override
            public Object fit(MemoryContext memory, Column column) {
                return kernel.fit(memory, Table.of(column), inner);
            }

            @Override
            public Table transform(MemoryContext memory, Object fitted, Column column) {
                return kernel.transform(memory, fitted, Table.of(column));
            }
        };
    }

    static TableVectorizerParams tableVectorizerParams(EstimatorSpec spec, EstimatorKernels kernels) {
        TableVectorizerParams d = TableVectorizerParams.DEFAULT;
        List<String> nulls = nullStrings(spec, "TableVectorizer");
        return new TableVectorizerParams((int) spec.doubleParam("cardinality_threshold"),
                spec.doubleParam("drop_null_fraction"), spec.boolParam("drop_if_constant"),
                spec.boolParam("drop_if_unique"), spec.stringParam("datetime_format"), nulls, d.highCardinality(),
                d.datetime(), encoders(spec, kernels), specific(spec, kernels));
    }

    static MinHashEncoderKernel.Params minHashParams(EstimatorSpec spec) {
        Const range = spec.param("ngram_range");
        if (!(range instanceof Const.ListConst l && l.items().size() == 2 && l.items().get(0) instanceof Const.IntConst a
                && l.items().get(1) instanceof Const.IntConst b)) {
            throw new DataException("MinHashEncoder: ngram_range must be a pair of ints such as (2, 4), got "
                    + range.repr());
        }
        String hashing = spec.stringParam("hashing");
        return new MinHashEncoderKernel.Params((int) spec.doubleParam("n_components"), (int) a.value(),
                (int) b.value(), "murmur".equals(hashing), spec.boolParam("minmax_hash"));
    }

    /** skrub's {@code null_strings}: its default list, plus the given string or strings (skrub adds, not replaces). */
    static List<String> nullStrings(EstimatorSpec spec, String estimator) {
        Const nullStrings = spec.param("null_strings");
        List<String> out = new ArrayList<>(TableVectorizerParams.SKRUB_NULL_STRINGS);
        switch (nullStrings) {
            case Const.NoneConst n -> {
            }
            case Const.StrConst str -> out.add(str.value());
            case Const.ListConst l when l.asStrings() != null -> out.addAll(l.asStrings());
            default -> throw new DataException(estimator + ": null_strings must be a string or a list of strings, got "
                    + nullStrings.repr());
        }
        return out;
    }

    static StringEncoderKernel.Params stringEncoderParams(EstimatorSpec spec) {
        Const range = spec.param("ngram_range");
        if (!(range instanceof Const.ListConst l && l.items().size() == 2 && l.items().get(0) instanceof Const.IntConst lo
                && l.items().get(1) instanceof Const.IntConst hi)) {
            throw new DataException("StringEncoder: ngram_range must be a pair of integers such as (3, 4), got "
                    + range.repr());
        }
        Const seed = spec.param("random_state");
        Long randomState = switch (seed) {
            case Const.NoneConst n -> null;
            case Const.IntConst i -> i.value();
            default -> throw new DataException("StringEncoder: random_state must be an integer or None, got "
                    + seed.repr());
        };
        return new StringEncoderKernel.Params((int) spec.doubleParam("n_components"), spec.stringParam("vectorizer"),
                (int) lo.value(), (int) hi.value(), spec.stringParam("analyzer"), randomState);
    }

    static DatetimeEncoderKernel.Params datetimeParams(EstimatorSpec spec) {
        return new DatetimeEncoderKernel.Params(spec.stringParam("resolution"), spec.boolParam("add_weekday"),
                spec.boolParam("add_total_seconds"), spec.boolParam("add_day_of_year"),
                spec.stringParam("periodic_encoding"));
    }
}
