package io.stratum.ir.catalog;

import static io.stratum.ir.catalog.ParamSpec.of;
import static io.stratum.ir.catalog.ParamType.ANY;
import static io.stratum.ir.catalog.ParamType.BOOL;
import static io.stratum.ir.catalog.ParamType.FLOAT;
import static io.stratum.ir.catalog.ParamType.INT;
import static io.stratum.ir.catalog.ParamType.STR;

import io.stratum.ir.value.Const;
import java.util.List;

/**
 * skrub's encoders in the catalog, with skrub's parameter names and defaults (skrub 0.11, commit 9fb3ac55).
 * Parameters whose skrub default is an estimator object ({@code TableVectorizer(low_cardinality=...)}) are
 * listed with None standing for skrub's default encoder; other encoders there are not supported yet.
 */
final class SkrubCatalog {
    private SkrubCatalog() {
    }

    private static Const s(String v) {
        return Const.of(v);
    }

    private static Const none() {
        return Const.none();
    }

    private static Const pair(long a, long b) {
        return new Const.ListConst(List.of(Const.of(a), Const.of(b)), true);
    }

    static void register(ApiCatalog c) {
        c.register(new ApiEntry("skrub.TableVectorizer", EntryKind.TRANSFORMER, List.of(
                of("cardinality_threshold", INT, Const.of(40L)).atLeast(0),
                // None stands for skrub's default encoder of the group
                of("low_cardinality", ParamType.ESTIMATOR, none()).orNone(),
                of("high_cardinality", ParamType.ESTIMATOR, none()).orNone(),
                of("numeric", ParamType.ESTIMATOR, none()).orNone(),
                of("datetime", ParamType.ESTIMATOR, none()).orNone(),
                of("specific_transformers", ANY, new Const.ListConst(List.of(), true)),
                of("drop_null_fraction", FLOAT, Const.of(1.0)).atLeast(0.0),
                of("drop_if_constant", BOOL, Const.of(false)),
                of("drop_if_unique", BOOL, Const.of(false)),
                of("datetime_format", STR, none()).orNone(),
                of("null_strings", ANY, none()).orNone(),
                of("n_jobs", INT, none()).orNone()),
                "Turns a frame into numeric features: numbers pass through, datetimes get DatetimeEncoder, columns with"
                        + " fewer than cardinality_threshold distinct values OneHotEncoder, other text StringEncoder(30)."));
        c.register(new ApiEntry("skrub.StringEncoder", EntryKind.TRANSFORMER, List.of(
                of("n_components", INT, Const.of(30L)).atLeast(1),
                of("vectorizer", STR, s("tfidf")).oneOf(s("tfidf"), s("hashing")),
                of("ngram_range", ANY, pair(3, 4)),
                of("analyzer", STR, s("char_wb")).oneOf(s("char_wb"), s("char"), s("word")),
                of("stop_words", ANY, none()).orNone().runsOnly(none()),
                of("random_state", ANY, none()).orNone(),
                of("vocabulary", ANY, none()).orNone().runsOnly(none())),
                "Encodes each text column by TF-IDF of character n-grams reduced by truncated SVD to n_components."));
        c.register(new ApiEntry("skrub.MinHashEncoder", EntryKind.TRANSFORMER, List.of(
                of("n_components", INT, Const.of(30L)).atLeast(1),
                of("ngram_range", ANY, pair(2, 4)),
                of("hashing", STR, s("fast")).oneOf(s("fast"), s("murmur")),
                of("minmax_hash", BOOL, Const.of(false)),
                of("n_jobs", INT, none()).orNone()),
                "Encodes each text column by the min-hashes of its character n-grams (n_components float32 values)."));
        c.register(new ApiEntry("skrub.DatetimeEncoder", EntryKind.TRANSFORMER, List.of(
                of("resolution", STR, s("hour")).orNone().oneOf(s("year"), s("month"), s("day"), s("hour"),
                        s("minute"), s("second"), s("microsecond"), s("nanosecond")),
                of("add_weekday", BOOL, Const.of(false)),
                of("add_total_seconds", BOOL, Const.of(true)),
                of("add_day_of_year", BOOL, Const.of(false)),
                of("periodic_encoding", STR, none()).orNone().oneOf(s("circular"), s("spline"))),
                "Extracts year, month, day, hour, ... and total seconds from each datetime column."));
        c.register(new ApiEntry("skrub.Cleaner", EntryKind.TRANSFORMER, List.of(
                of("drop_null_fraction", FLOAT, Const.of(1.0)).atLeast(0.0),
                of("drop_if_constant", BOOL, Const.of(false)),
                of("drop_if_unique", BOOL, Const.of(false)),
                of("datetime_format", STR, none()).orNone(),
                of("null_strings", ANY, none()).orNone(),
                of("parse_numbers", BOOL, Const.of(false)),
                of("cast_to_float32", BOOL, Const.of(false)),
                of("cast_to_str", BOOL, Const.of(false)),
                of("n_jobs", INT, Const.of(1L)).orNone(),
                // deprecated in skrub: "float32" means parse_numbers=True and cast_to_float32=True
                of("numeric_dtype", STR, none()).orNone()),
                "Cleans a frame: null strings to nulls, uninformative columns dropped, datetime text parsed, optionally"
                        + " numeric text parsed and numbers cast to float32."));
        c.register(new ApiEntry("skrub.ToDatetime", EntryKind.TRANSFORMER, List.of(
                of("format", STR, none()).orNone()),
                "Parses text columns as datetimes, with the given strptime format or the one skrub guesses."));
        c.register(new ApiEntry("skrub.ToCategorical", EntryKind.TRANSFORMER, List.of(),
                "Marks str columns as categories (pandas' astype(\"category\")), which HistGradientBoosting's"
                        + " categorical_features=\"from_dtype\" then treats as categorical; category columns pass through."));
        c.register(new ApiEntry("skrub.SquashingScaler", EntryKind.TRANSFORMER, List.of(
                of("max_absolute_value", FLOAT, Const.of(3.0)).greaterThan(0.0),
                of("quantile_range", ANY, new Const.ListConst(List.of(Const.of(25.0), Const.of(75.0)), true))),
                "Centres and scales each numeric column robustly, then squashes it smoothly into"
                        + " (-max_absolute_value, max_absolute_value); infinities map to the bounds."));
        // transformer has no default in skrub; None here stands for "missing" and is refused when the step runs.
        c.register(new ApiEntry("skrub.ApplyToCols", EntryKind.TRANSFORMER, List.of(
                of("transformer", ParamType.ESTIMATOR, none()),
                // skrub's default is the selector s.all(); None stands for it
                of("cols", ANY, none()).orNone(),
                of("exclude_cols", ANY, none()).orNone(),
                of("allow_reject", BOOL, Const.of(false)),
                of("keep_original", BOOL, Const.of(false)),
                of("rename_columns", STR, s("{}")),
                of("n_jobs", INT, none()).orNone()),
                "Applies a transformer to the columns cols selects: a single-column one to each column in its place,"
                        + " any other to the selected columns together, their outputs after the other columns."));
        // cols has no default in skrub; None here stands for "missing" and is refused when the step runs.
        c.register(new ApiEntry("skrub.SelectCols", EntryKind.TRANSFORMER, List.of(
                of("cols", ANY, none())),
                "Keeps only the columns cols selects (names, in their order, or a skrub selector)."));
        c.register(new ApiEntry("skrub.DropCols", EntryKind.TRANSFORMER, List.of(
                of("cols", ANY, none())),
                "Drops the columns cols selects (names or a skrub selector)."));
    }
}
