#!/usr/bin/env python3
"""Reference outputs of scikit-learn's text vectorizers and TruncatedSVD, and of skrub's encoders (issue 7).

Run from the repository root:
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 python3 runtime/reference/make_skrub_reference.py
Writes the committed small inputs (inputs/skrub_small_*.csv, generated here from a fixed seed, so no third-party
data is redistributed) and the skrub_*.csv / text_*.csv fixtures next to them. When ../shared/data holds
employee_salaries.csv it also writes skrub_employee_table_vectorizer.csv (column names and the first rows of
skrub's TableVectorizer output on it).
"""
import os
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer, TfidfTransformer, TfidfVectorizer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import OUT, fmt, fmt_list, write  # noqa: E402
from skrub_source import import_skrub, skrub_version  # noqa: E402

skrub = import_skrub()
warnings.filterwarnings("ignore")
INPUTS = OUT / "inputs"
SHARED = Path(os.environ.get("STRATUM_SHARED_DATA", HERE.parent.parent.parent / "shared" / "data"))

WORDS = ["Police", "Officer", "Fire", "Rescue", "Library", "Assistant", "Manager", "Senior", "Office", "Services",
         "Coordinator", "Bus", "Operator", "Correctional", "Nurse", "Community", "Health", "Engineer", "Planner",
         "Crossing", "Guard", "Liquor", "Store", "Clerk", "Program", "Specialist", "Technician", "Aide", "Supervisor",
         "Deputy", "Sheriff", "Accountant", "Auditor", "Firefighter", "Paramedic", "Recreation", "Inspector", "IT"]
DEPTS = ["POL", "FRS", "HHS", "DOT", "LIB", "COR", "REC", "DGS", "DLC", "SHF"]


def small_frames():
    """A frame like employee_salaries, built from a fixed seed: text with repeats, categories, dates with nulls."""
    rng = np.random.RandomState(7)
    n = 160
    titles = []
    for _ in range(n):
        k = rng.randint(1, 5)
        titles.append(" ".join(WORDS[i] for i in rng.randint(0, len(WORDS), size=k)))
    # repeats make the cardinality realistic; some titles get punctuation, digits, case and accents
    for i in range(0, n, 7):
        titles[i] = titles[(i * 3) % n]
    titles[5] = "Manager III - Café"
    titles[11] = "  Office   Services, Coordinator (IT) 2 "
    titles[17] = None
    titles[23] = ""
    dept = [DEPTS[i] for i in rng.randint(0, len(DEPTS), size=n)]
    gender = [["F", "M", None][i] for i in rng.choice(3, size=n, p=[0.45, 0.5, 0.05])]
    days = rng.randint(0, 365 * 40, size=n)
    base = np.datetime64("1970-01-01")
    hired = [str(pd.Timestamp(base + np.timedelta64(int(d), "D")).strftime("%m/%d/%Y")) for d in days]
    hired[9] = None
    seconds = rng.randint(0, 86400 * 3, size=n)
    stamp = [str(pd.Timestamp("2021-03-01") + pd.Timedelta(seconds=int(s))) for s in seconds]
    stamp[4] = None
    year = [int(h[-4:]) if h else 2000 for h in hired]
    ratio = np.round(rng.normal(size=n), 3)
    constant = ["x"] * n
    salary = np.round(30000 + 1000 * rng.gamma(4, 8, size=n), 2)
    frame = pd.DataFrame({"gender": gender, "department": dept, "title": titles, "hired": hired, "stamp": stamp,
                          "year": year, "ratio": ratio, "constant": constant, "salary": salary})
    return frame.iloc[:120].reset_index(drop=True), frame.iloc[120:].reset_index(drop=True)


def write_inputs():
    train, test = small_frames()
    train.to_csv(INPUTS / "skrub_small_train.csv", index=False)
    test.to_csv(INPUTS / "skrub_small_test.csv", index=False)
    print("wrote inputs/skrub_small_{train,test}.csv")
    # read back as pandas reads them, which is what the Java side sees
    return pd.read_csv(INPUTS / "skrub_small_train.csv"), pd.read_csv(INPUTS / "skrub_small_test.csv")


def texts(frame):
    return frame["title"].fillna("").astype(str).tolist()


VECTORIZERS = [
    ("TfidfVectorizer(analyzer='char_wb', ngram_range=(3, 4))", lambda: TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4))),
    ("TfidfVectorizer(analyzer='char', ngram_range=(2, 3), sublinear_tf=True, norm='l1')",
     lambda: TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True, norm="l1")),
    ("TfidfVectorizer(ngram_range=(1, 2), smooth_idf=False)", lambda: TfidfVectorizer(ngram_range=(1, 2), smooth_idf=False)),
    ("TfidfVectorizer(lowercase=False, use_idf=False)", lambda: TfidfVectorizer(lowercase=False, use_idf=False)),
    ("CountVectorizer(analyzer='char_wb', ngram_range=(3, 4))", lambda: CountVectorizer(analyzer="char_wb", ngram_range=(3, 4))),
    ("CountVectorizer(binary=True)", lambda: CountVectorizer(binary=True)),
    ("HashingVectorizer(analyzer='char_wb', ngram_range=(3, 4), n_features=1024)",
     lambda: HashingVectorizer(analyzer="char_wb", ngram_range=(3, 4), n_features=1024)),
    ("HashingVectorizer(n_features=64, alternate_sign=False, norm=None)",
     lambda: HashingVectorizer(n_features=64, alternate_sign=False, norm=None)),
    ("HashingVectorizer(analyzer='char_wb', ngram_range=(3, 4))+TfidfTransformer()",
     lambda: sklearn.pipeline.make_pipeline(HashingVectorizer(analyzer="char_wb", ngram_range=(3, 4)), TfidfTransformer())),
]


def sparse_rows(matrix):
    matrix = matrix.tocsr()
    matrix.sort_indices()
    out = []
    for i in range(matrix.shape[0]):
        lo, hi = matrix.indptr[i], matrix.indptr[i + 1]
        out.append(" ".join(f"{int(j)}:{fmt(float(v))}" for j, v in zip(matrix.indices[lo:hi], matrix.data[lo:hi])))
    return out


def vectorizers(train, test):
    rows, vocab = [], []
    for name, make in VECTORIZERS:
        v = make()
        fitted = v.fit_transform(texts(train))
        outputs = {"train": fitted, "test": v.transform(texts(test))}
        for split, m in outputs.items():
            for i, entries in enumerate(sparse_rows(m)):
                rows.append([name, split, i, m.shape[1], entries])
        if isinstance(v, (TfidfVectorizer, CountVectorizer)):
            for j, f in enumerate(v.get_feature_names_out()):
                vocab.append([name, j, f])
    write("text_vectorizers.csv", ["vectorizer", "split", "row", "n_features", "entries"], rows)
    write("text_vocabulary.csv", ["vectorizer", "index", "feature"], vocab)


SVDS = [
    # rows < features: scikit-learn's randomized_svd transposes
    ("TruncatedSVD(n_components=5, random_state=0) of char_wb tfidf",
     lambda: TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4)), lambda: TruncatedSVD(n_components=5, random_state=0)),
    # rows > features: no transpose
    ("TruncatedSVD(n_components=4, random_state=3, n_iter=7) of word tfidf",
     lambda: TfidfVectorizer(), lambda: TruncatedSVD(n_components=4, random_state=3, n_iter=7)),
    ("TruncatedSVD(n_components=6, random_state=0, power_iteration_normalizer='QR', n_oversamples=4) of word counts",
     lambda: CountVectorizer(), lambda: TruncatedSVD(n_components=6, random_state=0, power_iteration_normalizer="QR",
                                                     n_oversamples=4)),
]


def svds(train, test):
    rows = []
    for name, make_vec, make_svd in SVDS:
        vec = make_vec()
        x_train = vec.fit_transform(texts(train))
        x_test = vec.transform(texts(test))
        svd = make_svd()
        out_train = svd.fit_transform(x_train)
        for split, out in (("train", out_train), ("test", svd.transform(x_test))):
            for i in range(out.shape[0]):
                rows.append([name, split, i, fmt_list(out[i])])
        rows.append([name, "singular_values", 0, fmt_list(svd.singular_values_)])
        rows.append([name, "explained_variance_ratio", 0, fmt_list(svd.explained_variance_ratio_)])
    write("text_truncated_svd.csv", ["case", "split", "row", "values"], rows)


def frame_rows(name, out_train, out_test):
    rows = [[name, "columns", -1, " | ".join(out_train.columns)]]
    for split, out in (("train", out_train), ("test", out_test)):
        values = out.to_numpy(dtype="float64", na_value=np.nan)
        for i in range(values.shape[0]):
            rows.append([name, split, i, fmt_list(values[i])])
    return rows


def string_encoders(train, test):
    rows = []
    cases = [
        ("StringEncoder(n_components=8, random_state=0)", lambda: skrub.StringEncoder(n_components=8, random_state=0)),
        ("StringEncoder(n_components=5, vectorizer='hashing', random_state=1)",
         lambda: skrub.StringEncoder(n_components=5, vectorizer="hashing", random_state=1)),
        ("StringEncoder(n_components=3, analyzer='word', ngram_range=(1, 1), random_state=0)",
         lambda: skrub.StringEncoder(n_components=3, analyzer="word", ngram_range=(1, 1), random_state=0)),
        ("StringEncoder(n_components=30, random_state=0) of department", None),
    ]
    for name, make in cases:
        column = "title"
        if make is None:
            # fewer distinct 3-4-grams than... no: 10 codes give a vocabulary smaller than 30, so skrub keeps columns
            enc = skrub.StringEncoder(n_components=30, random_state=0)
            column = "department"
        else:
            enc = make()
        out_train = enc.fit_transform(train[column])
        out_test = enc.transform(test[column])
        rows += frame_rows(name, out_train, out_test)
    write("skrub_string_encoder.csv", ["case", "split", "row", "values"], rows)


def datetime_encoders(train, test):
    rows = []
    to_dt = skrub.ToDatetime()
    cases = [
        ("DatetimeEncoder() of hired", "hired", skrub.DatetimeEncoder()),
        ("DatetimeEncoder() of stamp", "stamp", skrub.DatetimeEncoder()),
        ("DatetimeEncoder(resolution='second', add_weekday=True, add_day_of_year=True) of stamp", "stamp",
         skrub.DatetimeEncoder(resolution="second", add_weekday=True, add_day_of_year=True)),
        ("DatetimeEncoder(resolution='month', add_total_seconds=False) of hired", "hired",
         skrub.DatetimeEncoder(resolution="month", add_total_seconds=False)),
        ("DatetimeEncoder(resolution=None, add_weekday=True) of hired", "hired",
         skrub.DatetimeEncoder(resolution=None, add_weekday=True)),
        ("DatetimeEncoder(periodic_encoding='circular', add_weekday=True) of stamp", "stamp",
         skrub.DatetimeEncoder(periodic_encoding="circular", add_weekday=True)),
        ("DatetimeEncoder(periodic_encoding='spline') of stamp", "stamp",
         skrub.DatetimeEncoder(periodic_encoding="spline")),
        ("DatetimeEncoder(periodic_encoding='spline', add_weekday=True) of hired", "hired",
         skrub.DatetimeEncoder(periodic_encoding="spline", add_weekday=True)),
    ]
    for name, column, enc in cases:
        tdt = skrub.ToDatetime()
        d_train = tdt.fit_transform(train[column])
        d_test = tdt.transform(test[column])
        out_train = enc.fit_transform(d_train)
        rows += frame_rows(name, out_train, enc.transform(d_test))
    write("skrub_datetime_encoder.csv", ["case", "split", "row", "values"], rows)
    formats = []
    samples = {
        "iso date": ["2021-03-04", "1999-12-31", None],
        "iso datetime": ["2021-03-04 10:11:12", "1999-12-31 23:59:59"],
        "iso T": ["2021-03-04T10:11:12", "1999-12-31T23:59:59"],
        "iso minutes": ["2021-03-04 10:11", "1999-12-31 23:59"],
        "month first": ["03/04/2021", "12/31/1999"],
        "day first only": ["13/04/2021", "31/12/1999"],
        "ambiguous": ["03/04/2021", "04/05/1999"],
        "slashed iso": ["2021/03/04", "1999/12/31"],
        "not dates": ["apple", "2021-03-04"],
        "numbers": ["12", "13"],
        "mixed formats": ["2021-03-04", "03/04/2021"],
        "dashed month first": ["03-04-2021", "12-31-1999"],
    }
    for name, values in samples.items():
        col = pd.Series(values, name="d", dtype="str")
        tdt = skrub.ToDatetime()
        try:
            out = tdt.fit_transform(col)
            parsed = [fmt(None) if pd.isna(v) else str(pd.Timestamp(v).value // 1000) for v in out]
            formats.append([name, " | ".join("" if v is None else v for v in values), tdt.format_, " ".join(parsed)])
        except Exception:
            formats.append([name, " | ".join("" if v is None else v for v in values), "REJECT", ""])
    write("skrub_to_datetime.csv", ["case", "values", "format", "micros"], formats)


def table_vectorizers(train, test):
    rows = []
    x_train = train.drop(columns=["salary"])
    x_test = test.drop(columns=["salary"])
    cases = [
        ("TableVectorizer()", lambda: skrub.TableVectorizer(high_cardinality=skrub.StringEncoder(random_state=0))),
        ("TableVectorizer(cardinality_threshold=5)",
         lambda: skrub.TableVectorizer(cardinality_threshold=5, high_cardinality=skrub.StringEncoder(random_state=0))),
        ("TableVectorizer(cardinality_threshold=200)",
         lambda: skrub.TableVectorizer(cardinality_threshold=200, high_cardinality=skrub.StringEncoder(random_state=0))),
        ("TableVectorizer(drop_if_constant=True)",
         lambda: skrub.TableVectorizer(drop_if_constant=True, high_cardinality=skrub.StringEncoder(random_state=0))),
    ]
    for name, make in cases:
        tv = make()
        out_train = tv.fit_transform(x_train)
        rows += frame_rows(name, out_train, tv.transform(x_test))
    write("skrub_table_vectorizer.csv", ["case", "split", "row", "values"], rows)


def table_vectorizer_encoders(train, test):
    """The TableVectorizer with other encoders in its groups (transformers, "passthrough", "drop"), skrub's
    preprocessing and ToFloat post-processing around them; kinds and values of every output column."""
    from sklearn.preprocessing import OrdinalEncoder, StandardScaler

    x_train = train.drop(columns=["salary"])
    x_test = test.drop(columns=["salary"])
    cases = [
        ("high_cardinality=MinHashEncoder(n_components=4)",
         lambda: skrub.TableVectorizer(high_cardinality=skrub.MinHashEncoder(n_components=4))),
        ("low_cardinality=OrdinalEncoder(...), high_cardinality='drop', numeric=StandardScaler()",
         lambda: skrub.TableVectorizer(
             low_cardinality=OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
             high_cardinality="drop", numeric=StandardScaler())),
        ("datetime='passthrough', low_cardinality='passthrough', high_cardinality=MinHashEncoder(murmur)",
         lambda: skrub.TableVectorizer(datetime="passthrough", low_cardinality="passthrough",
                                       high_cardinality=skrub.MinHashEncoder(n_components=3, hashing="murmur"))),
        ("datetime=DatetimeEncoder(resolution='day', add_weekday=True), numeric='drop', cardinality_threshold=5",
         lambda: skrub.TableVectorizer(datetime=skrub.DatetimeEncoder(resolution="day", add_weekday=True),
                                       numeric="drop", cardinality_threshold=5,
                                       high_cardinality=skrub.MinHashEncoder(n_components=2))),
        ("specific_transformers=[(MinHashEncoder(n_components=2), ['title']), ('passthrough', ['gender', 'year'])]",
         lambda: skrub.TableVectorizer(specific_transformers=[(skrub.MinHashEncoder(n_components=2), ["title"]),
                                                              ("passthrough", ["gender", "year"])])),
    ]
    rows = []
    for name, make in cases:
        tv = make()
        rows += column_rows(name, "train", tv.fit_transform(x_train))
        rows += column_rows(name, "test", tv.transform(x_test))
    write("skrub_table_vectorizer_encoders.csv", ["case", "split", "column", "dtype", "values"], rows)


def squashing_input():
    """Columns for each of SquashingScaler's rules: robust (with NaN and infinities), min-max (equal quartiles),
    constant (zero), integers and booleans; generated from a fixed seed."""
    rng = np.random.RandomState(11)
    n = 60
    wide = np.round(rng.standard_t(2, size=n) * 10, 3)
    wide[[3, 17]] = np.nan
    wide[5], wide[40] = np.inf, -np.inf
    spiky = np.zeros(n)
    spiky[rng.choice(n, size=6, replace=False)] = np.round(rng.normal(50, 30, size=6), 2)
    constant = np.full(n, 4.5)
    constant[[8, 9]] = np.nan
    counts = rng.poisson(3, size=n)
    flag = rng.rand(n) < 0.3
    frame = pd.DataFrame({"wide": wide, "spiky": spiky, "constant": constant, "counts": counts, "flag": flag})
    frame.to_csv(INPUTS / "skrub_squash.csv", index=False)
    print("wrote inputs/skrub_squash.csv")
    return pd.read_csv(INPUTS / "skrub_squash.csv")


def squashing_scalers():
    frame = squashing_input()
    train, test = frame.iloc[:40].reset_index(drop=True), frame.iloc[40:].reset_index(drop=True)
    rows = []
    cases = [
        ("SquashingScaler()", lambda: skrub.SquashingScaler()),
        ("SquashingScaler(max_absolute_value=1.5, quantile_range=(10.0, 90.0))",
         lambda: skrub.SquashingScaler(max_absolute_value=1.5, quantile_range=(10.0, 90.0))),
        ("SquashingScaler(quantile_range=(40, 60))", lambda: skrub.SquashingScaler(quantile_range=(40, 60))),
    ]
    for name, make in cases:
        scaler = make()
        out_train = pd.DataFrame(scaler.fit_transform(train), columns=train.columns)
        out_test = pd.DataFrame(scaler.transform(test), columns=train.columns)
        rows += frame_rows(name, out_train, out_test)
    write("skrub_squashing_scaler.csv", ["case", "split", "row", "values"], rows)


def cleaner_input(train, test):
    """The small frame plus columns the Cleaner treats specially: numbers written as text with '?' and 'n/a' for
    missing ones (pandas reads the column as text), an all-missing column and a unique id."""
    frame = pd.concat([train, test], ignore_index=True)
    rng = np.random.RandomState(5)
    measure = [str(v) for v in np.round(rng.normal(10, 3, size=len(frame)), 2)]
    for i in range(0, len(frame), 13):
        measure[i] = "?"
    measure[7] = "n/a"
    frame["measure"] = measure
    frame["empty"] = np.nan
    frame["uid"] = [f"id-{i:04d}" for i in range(len(frame))]
    # a bool column: skrub's ToStr (cast_to_str=True) turns it into "True"/"False" text
    frame["active"] = rng.uniform(size=len(frame)) < 0.6
    frame.to_csv(INPUTS / "skrub_clean.csv", index=False)
    print("wrote inputs/skrub_clean.csv")
    frame = pd.read_csv(INPUTS / "skrub_clean.csv")
    return frame.iloc[:120].reset_index(drop=True), frame.iloc[120:].reset_index(drop=True)


def cell(v):
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return "NA"
    if isinstance(v, pd.Timestamp):
        return str(v.value // 1000)
    if isinstance(v, (bool, np.bool_)):
        return str(bool(v))
    if isinstance(v, (float, np.floating)):
        return fmt(float(v))
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    assert " | " not in v and v != "NA", v
    return v


def column_rows(name, split, out):
    rows = []
    for c in out.columns:
        dtype = str(out[c].dtype)
        values = [cell(v) for v in out[c].tolist()] if not dtype.startswith("datetime") else \
            ["NA" if pd.isna(v) else str(pd.Timestamp(v).as_unit("ns").value // 1000) for v in out[c]]
        rows.append([name, split, c, dtype, " | ".join(values)])
    return rows


def cleaners(train, test):
    train, test = cleaner_input(train, test)
    rows = []
    cases = [
        ("Cleaner()", lambda: skrub.Cleaner()),
        ("Cleaner(parse_numbers=True)", lambda: skrub.Cleaner(parse_numbers=True)),
        ("Cleaner(parse_numbers=True, cast_to_float32=True)", lambda: skrub.Cleaner(parse_numbers=True, cast_to_float32=True)),
        ("Cleaner(drop_if_constant=True, drop_if_unique=True, drop_null_fraction=0.5)",
         lambda: skrub.Cleaner(drop_if_constant=True, drop_if_unique=True, drop_null_fraction=0.5)),
        ("Cleaner(datetime_format='%Y-%m-%d %H:%M:%S', null_strings=['?'])",
         lambda: skrub.Cleaner(datetime_format="%Y-%m-%d %H:%M:%S", null_strings=["?"])),
        ("Cleaner(cast_to_str=True)", lambda: skrub.Cleaner(cast_to_str=True)),
        ("Cleaner(parse_numbers=True, cast_to_str=True)", lambda: skrub.Cleaner(parse_numbers=True, cast_to_str=True)),
        # deprecated in skrub: parse_numbers=True and cast_to_float32=True
        ("Cleaner(numeric_dtype='float32')", lambda: skrub.Cleaner(numeric_dtype="float32")),
    ]
    for name, make in cases:
        cleaner = make()
        rows += column_rows(name, "train", cleaner.fit_transform(train))
        rows += column_rows(name, "test", cleaner.transform(test))
    for name, cols, make in [("ToDatetime()", ["hired", "stamp"], lambda: skrub.ToDatetime()),
                             ("ToDatetime(format='%m/%d/%Y')", ["hired"], lambda: skrub.ToDatetime(format="%m/%d/%Y"))]:
        for c in cols:
            tdt = make()
            rows += column_rows(name, "train", tdt.fit_transform(train[c]).to_frame())
            rows += column_rows(name, "test", tdt.transform(test[c]).to_frame())
    write("skrub_cleaner.csv", ["case", "split", "column", "dtype", "values"], rows)


def apply_to_cols():
    """skrub's ApplyToCols on the Cleaner's frame: a transformer of several columns (outputs after the others), a
    single-column one (outputs in each column's place), exclude_cols, keep_original and rename_columns."""
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler
    from skrub import selectors as s

    frame = pd.read_csv(INPUTS / "skrub_clean.csv")
    train, test = frame.iloc[:120].reset_index(drop=True), frame.iloc[120:].reset_index(drop=True)
    cases = [
        ("scaler on ratio, salary", lambda: skrub.ApplyToCols(StandardScaler(), cols=["ratio", "salary"])),
        ("scaler on numeric but empty, kept, renamed",
         lambda: skrub.ApplyToCols(StandardScaler(), cols=s.numeric(), exclude_cols=["empty"], keep_original=True,
                                   rename_columns="scaled_{}")),
        ("one-hot on gender, department",
         lambda: skrub.ApplyToCols(OneHotEncoder(sparse_output=False, handle_unknown="ignore"),
                                   cols=["department", "gender"])),
        ("ordinal on strings but title, uid, measure",
         lambda: skrub.ApplyToCols(OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
                                   cols=s.string(), exclude_cols=["title", "uid", "measure"])),
        ("to_datetime on hired, stamp", lambda: skrub.ApplyToCols(skrub.ToDatetime(), cols=["stamp", "hired"])),
        ("to_datetime on stamp, kept, renamed",
         lambda: skrub.ApplyToCols(skrub.ToDatetime(), cols="stamp", keep_original=True,
                                   rename_columns="{}_parsed")),
        # allow_reject=True: the columns the transformer rejects (RejectColumn) pass through in their place.
        ("to_datetime on all, allow_reject", lambda: skrub.ApplyToCols(skrub.ToDatetime(), allow_reject=True)),
        ("minhash on all, allow_reject",
         lambda: skrub.ApplyToCols(skrub.MinHashEncoder(n_components=2), allow_reject=True)),
        # After parsing stamp and hired: DatetimeEncoder takes those two and rejects every other column.
        ("after to_datetime: datetime_encoder on all, allow_reject",
         lambda: make_pipeline(skrub.ApplyToCols(skrub.ToDatetime(), cols=["stamp", "hired"]),
                               skrub.ApplyToCols(skrub.DatetimeEncoder(), allow_reject=True))),
    ]
    rows = []
    for name, make in cases:
        step = make()
        rows += column_rows(name, "train", step.fit_transform(train))
        rows += column_rows(name, "test", step.transform(test))
    write("skrub_apply_to_cols.csv", ["case", "split", "column", "dtype", "values"], rows)


def minhash():
    """skrub's MinHashEncoder, "fast" (numpy's int32 correlations of UTF-8 bytes with RandomState atoms) and "murmur"
    (sklearn's murmurhash3_32 of lower-cased, space-padded character n-grams) hashing, on job titles plus strings
    with accents, other scripts, repeated blanks, one- and two-character strings and missing values."""
    frame = pd.read_csv(INPUTS / "skrub_clean.csv")
    texts = list(frame["title"].iloc[:40])
    texts[3] = "Café Crème  Brûlée"
    texts[5] = "naïve   Straße"
    texts[8] = "日本語のテキスト"
    texts[11] = None
    texts[13] = "A"
    texts[17] = "ab"
    texts[21] = "  spaced   OUT  "
    texts[33] = "Ünïcödé tést"
    texts[36] = None
    pd.DataFrame({"text": texts}).to_csv(INPUTS / "minhash_text.csv", index=False)
    print("wrote inputs/minhash_text.csv")
    col = pd.read_csv(INPUTS / "minhash_text.csv")["text"]
    train, test = col.iloc[:30].reset_index(drop=True), col.iloc[30:].reset_index(drop=True)
    cases = [
        ("MinHashEncoder()", lambda: skrub.MinHashEncoder()),
        ("MinHashEncoder(n_components=8, ngram_range=(3, 3))",
         lambda: skrub.MinHashEncoder(n_components=8, ngram_range=(3, 3))),
        ("MinHashEncoder(n_components=6, minmax_hash=True)", lambda: skrub.MinHashEncoder(n_components=6,
                                                                                          minmax_hash=True)),
        ("MinHashEncoder(n_components=12, hashing='murmur')",
         lambda: skrub.MinHashEncoder(n_components=12, hashing="murmur")),
        ("MinHashEncoder(n_components=4, ngram_range=(1, 2), hashing='murmur')",
         lambda: skrub.MinHashEncoder(n_components=4, ngram_range=(1, 2), hashing="murmur")),
    ]
    rows = []
    for name, make in cases:
        enc = make()
        rows += column_rows(name, "train", enc.fit_transform(train))
        rows += column_rows(name, "test", enc.transform(test))
    write("skrub_minhash.csv", ["case", "split", "column", "dtype", "values"], rows)


def employee():
    path = SHARED / "employee_salaries.csv"
    if not path.exists():
        print(f"skipping skrub_employee_table_vectorizer.csv: {path} is absent")
        return
    data = pd.read_csv(path)
    x = data.drop(columns=["current_annual_salary"])
    tv = skrub.TableVectorizer(high_cardinality=skrub.StringEncoder(random_state=0))
    out = tv.fit_transform(x.iloc[:7000])
    test = tv.transform(x.iloc[7000:])
    rows = frame_rows("TableVectorizer() fit on rows 0-6999", out.iloc[:50], test.iloc[:50])
    write("skrub_employee_table_vectorizer.csv", ["case", "split", "row", "values"], rows)


def main():
    print(skrub_version(), "scikit-learn", sklearn.__version__, "pandas", pd.__version__, "numpy", np.__version__)
    train, test = write_inputs()
    vectorizers(train, test)
    svds(train, test)
    string_encoders(train, test)
    datetime_encoders(train, test)
    table_vectorizers(train, test)
    table_vectorizer_encoders(train, test)
    squashing_scalers()
    cleaners(train, test)
    apply_to_cols()
    minhash()
    employee()


if __name__ == "__main__":
    main()
