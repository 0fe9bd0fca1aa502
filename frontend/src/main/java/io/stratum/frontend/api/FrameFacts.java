package io.stratum.frontend.api;

import io.stratum.frontend.session.FileSourceStatistics;
import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.logical.Apply;
import io.stratum.ir.logical.Choice;
import io.stratum.ir.logical.Estimator;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.logical.MarkX;
import io.stratum.ir.logical.MarkY;
import io.stratum.ir.logical.SearchRoot;
import io.stratum.ir.logical.Var;
import io.stratum.optimizer.driver.RuleContext;
import io.stratum.optimizer.driver.RuleDriver;
import io.stratum.optimizer.metadata.ColumnStats;
import io.stratum.optimizer.metadata.ColumnType;
import io.stratum.optimizer.metadata.MetadataDerivation;
import io.stratum.optimizer.metadata.NodeMetadata;
import io.stratum.optimizer.metadata.OutputKind;
import io.stratum.optimizer.metadata.SourceStatistics;
import io.stratum.optimizer.rules.CoreRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a frame or column DataOp's {@code shape}, {@code len()}, {@code columns}, {@code dtypes} and {@code dtype}
 * are while the plan is built, where the plan alone decides them: the sources' schemas and row counts (each file
 * read once, as the optimizer's statistics are) carried through the operators by the optimizer's metadata
 * derivation, after the bind batch has turned method calls into operators.
 *
 * <p>Facts are exact or absent, never estimates: the columns (and dtypes) of anything an estimator produced or a
 * choice picks are unknown (they depend on the fitted data or the candidate); the rows are unknown after a filter,
 * a join, a group-by or anything the data decides, and below {@code mark_as_X}/{@code mark_as_y}, where skrub
 * evaluates them on each fold's rows. Each absent fact carries the reason, for the error at the script line.
 *
 * @param column    true for a Series (one column), false for a frame
 * @param columns   the column names in order, or null with {@code whyNoColumns}
 * @param dtypes    pandas' dtype name of each column ({@code int64}, {@code float64}, {@code str}, {@code bool},
 *                  {@code datetime64[us]}), or null with {@code whyNoDtypes}
 * @param rows      the row count, or -1 with {@code whyNoRows}
 * @param variables the {@code skrub.var} names whose values these facts were read from
 * @param types     the plan's type of each column (time-zone-aware ones without their zone, {@link ColumnType#UNKNOWN}
 *                  where the values decide), or null when the columns are unknown
 */
public record FrameFacts(boolean column, List<String> columns, String whyNoColumns, List<String> dtypes, String whyNoDtypes,
                         long rows, String whyNoRows, Set<String> variables, List<ColumnType> types) {

    /** The facts of {@code op}, or null when it is not a frame or a column (an estimator, a constant, a search). */
    public static FrameFacts of(DataOp op, ApiCatalog catalog) {
        return of(op, catalog, FileSourceStatistics.shared());
    }

    static FrameFacts of(DataOp op, ApiCatalog catalog, SourceStatistics sources) {
        LogicalNode bound = new RuleDriver(List.of(CoreRules.BIND_BATCH), new RuleDriver.Config(true, false))
                .run(op.node(), new RuleContext(catalog, sources)).plan();
        NodeMetadata m = MetadataDerivation.derive(bound, sources, catalog).of(bound);
        if (m.kind() != OutputKind.FRAME && m.kind() != OutputKind.COLUMN) {
            return null;
        }
        // A result whose index holds keys: computed as a frame of the keys then the values; its facts are the values'.
        io.stratum.ir.logical.IndexedResult keyed = bound instanceof io.stratum.ir.logical.IndexedResult r ? r : null;
        if (keyed != null && keyed.view() != null) {
            return null; // to_dict(), .index, .values: printed only
        }
        int keys = keyed == null ? 0 : keyed.levels();
        Below below = new Below();
        below.scan(bound, new IdentityHashMap<>());
        List<String> columns = null;
        List<String> dtypes = null;
        List<ColumnType> types = null;
        String whyNoColumns;
        String whyNoDtypes = null;
        if (below.fitted) {
            whyNoColumns = "they come from an estimator's output, which depends on the data it is fitted on";
        } else if (below.choice) {
            whyNoColumns = "they depend on the outcome of a choice, which differs between candidates";
        } else if (m.schema().isEmpty() && below.missingFile != null) {
            whyNoColumns = "the file " + below.missingFile + " does not exist; relative paths are resolved against the"
                    + " directory stratum runs in, as in Python";
        } else if (m.schema().isEmpty()) {
            whyNoColumns = "the plan cannot tell them before the data is read (a source without a readable file, or an "
                    + "operation whose columns depend on the values)";
        } else {
            whyNoColumns = null;
            columns = new ArrayList<>();
            dtypes = new ArrayList<>();
            types = new ArrayList<>();
            for (ColumnStats c : m.schema().get().subList(Math.min(keys, m.schema().get().size()), m.schema().get().size())) {
                columns.add(c.name());
                types.add(c.type());
                if (c.type() == ColumnType.UNKNOWN) {
                    whyNoDtypes = "the dtype of column '" + c.name() + "' depends on the values";
                    dtypes = null;
                } else if (c.type().isZoned() && dtypes != null) {
                    whyNoDtypes = "the dtype of the time-zone-aware column '" + c.name() + "' names its time zone,"
                            + " which the plan does not carry (Stratum knows it only when the data is read)";
                    dtypes = null;
                } else if (dtypes != null) {
                    dtypes.add(c.type().label());
                }
            }
        }
        if (columns == null) {
            whyNoDtypes = whyNoColumns;
        }
        long rows = -1;
        String whyNoRows = null;
        if (below.split) {
            whyNoRows = "below mark_as_X()/mark_as_y() skrub evaluates it on each fold's rows, so it differs between "
                    + "fitting and predicting";
        } else if (below.choice || below.fitted) {
            whyNoRows = whyNoColumns;
        } else if (m.rows().isEmpty()) {
            whyNoRows = "the number of rows is only known when the pipeline runs (a filter, join, group-by or "
                    + "deduplication keeps as many rows as the data decides)";
        } else {
            rows = m.rows().getAsLong();
        }
        boolean column = keyed != null ? keyed.series() : m.kind() == OutputKind.COLUMN;
        return new FrameFacts(column, columns == null ? null : List.copyOf(columns), whyNoColumns,
                dtypes == null ? null : List.copyOf(dtypes), whyNoDtypes, rows, whyNoRows,
                Collections.unmodifiableSet(below.variables), types == null ? null : List.copyOf(types));
    }

    /** The attributes that are facts of the plan rather than deferred operations. */
    public static final java.util.Set<String> ATTRIBUTES = java.util.Set.of("shape", "columns", "dtypes", "dtype", "ndim", "empty",
            "size");

    /**
     * The value of attribute {@code name} (one of {@link #ATTRIBUTES}) as pandas gives it: {@code shape} a list of
     * longs (a tuple in Python), {@code columns} a list of names, {@code dtypes} an ordered map from column to dtype
     * name for a frame (the dtype name for a column), {@code dtype} a string, {@code ndim} a long, {@code empty} a
     * boolean; a located {@link StratumError} when it is unknown or the object has no such attribute.
     */
    /**
     * {@code shape} with -1 for a row count the plan cannot tell (the caller makes it a value computed when the plan
     * runs, {@link DataOp#rowCount()}); a frame's unknown columns are an error as for {@link #attribute}.
     */
    public List<Long> shapeRowsLazy() {
        long n = rows < 0 ? -1 : rows;
        return column ? List.of(n) : List.of(n, (long) columns(".shape").size());
    }

    public Object attribute(String name) {
        String what = "." + name;
        return switch (name) {
            case "shape" -> column ? List.of(rows(what)) : List.of(rows(what), (long) columns(what).size());
            // pandas' size: a Series' rows, a frame's cells
            case "size" -> column ? rows(what) : rows(what) * columns(what).size();
            case "ndim" -> column ? 1L : 2L;
            case "empty" -> rows(what) == 0 || !column && columns(what).isEmpty();
            case "columns" -> {
                if (column) {
                    throw new StratumError(SourceScope.current(), "a column (pandas Series) has no attribute 'columns'",
                            "use .name for its name and .dtype for its type");
                }
                yield columns(what);
            }
            case "dtypes", "dtype" -> {
                if (column) {
                    yield dtypes(what).getFirst();
                }
                if (name.equals("dtype")) {
                    throw new StratumError(SourceScope.current(), "a frame (pandas DataFrame) has no attribute 'dtype'",
                            "use .dtypes for the dtype of each column");
                }
                java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
                List<String> names = columns(what);
                List<String> types = dtypes(what);
                for (int i = 0; i < names.size(); i++) {
                    out.put(names.get(i), types.get(i));
                }
                yield out;
            }
            default -> throw new IllegalArgumentException("not a plan-time attribute: " + name);
        };
    }

    /** The rows, for {@code what} (e.g. {@code "len()"}); a {@link StratumError} saying why when they are unknown. */
    public long rows(String what) {
        if (rows < 0) {
            throw unknown(what, "number of rows is", whyNoRows);
        }
        return rows;
    }

    /** The column names, for {@code what}; a {@link StratumError} saying why when they are unknown. */
    public List<String> columns(String what) {
        if (columns == null) {
            throw unknown(what, "columns are", whyNoColumns);
        }
        return columns;
    }

    /** pandas' dtype names of the columns, for {@code what}; a {@link StratumError} saying why when unknown. */
    public List<String> dtypes(String what) {
        if (dtypes == null) {
            throw unknown(what, "dtypes are", whyNoDtypes);
        }
        return dtypes;
    }

    private static StratumError unknown(String what, String fact, String why) {
        return new StratumError(SourceScope.current(), what + ": the " + fact + " not known while the plan is built: " + why,
                "skrub would evaluate it when the learner runs, but a value that steers the script (a loop, a column list, "
                        + "arithmetic) is needed now; take " + what + " of the frame before that step (e.g. of the data as read)");
    }

    /** What lies below the node: estimators or their outputs, choices, the train/test split, variables. */
    private static final class Below {
        void missing(String path, String displayPath) {
            if (missingFile == null && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(path))) {
                missingFile = "'" + displayPath + "' (resolved to " + path + ")";
            }
        }

        boolean fitted;
        boolean choice;
        boolean split;
        /** A file read below that does not exist, as the script wrote it and resolved, or null. */
        String missingFile;
        final Set<String> variables = new LinkedHashSet<>();

        void scan(LogicalNode node, IdentityHashMap<LogicalNode, Boolean> seen) {
            if (seen.put(node, Boolean.TRUE) != null) {
                return;
            }
            switch (node) {
                case Apply a -> fitted = true;
                case Estimator e -> fitted = true;
                case SearchRoot s -> fitted = true;
                case Choice c -> choice = true;
                case MarkX x -> split = true;
                case MarkY y -> split = true;
                case Var v -> variables.add(v.name());
                case io.stratum.ir.logical.ReadCsv r -> missing(r.path(), r.displayPath());
                case io.stratum.ir.logical.ReadFile r -> missing(r.path(), r.displayPath());
                default -> {
                }
            }
            for (LogicalNode in : node.inputs()) {
                scan(in, seen);
            }
        }
    }
}
