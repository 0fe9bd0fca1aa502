"""Reference output of .skb.eval() and .skb.preview(), printed by skrub itself.

For every script in frontend/src/test/resources/skb_ops/ named eval_*.py, this runs the script with skrub (imported
from a source checkout, see runtime/reference/skrub_source.py) and records everything it prints (pandas' text of the
frames and series .skb.eval()/.skb.preview() return, Python's of constants) with print() as Python runs it from a
script: pandas' display options at their defaults and a terminal 80 characters wide (COLUMNS=80, as when the output
is not a terminal).

Usage (from the repository root):
    SKRUB_SRC=/tmp/skrub-src SKRUB_COMMIT=9fb3ac55 XGBOOST_SRC=/path/to/xgboost \
        python3 frontend/reference/make_eval_reference.py
Scripts that import xgboost run on XGBoost's Python package staged onto the xgboost4j jar's native library
(runtime/reference/xgboost_from_jar.py).
Writes frontend/src/test/resources/reference/eval_printed.csv; EvalCliTest reads it. Given script paths (relative to
the repository root) as arguments, it runs only those and replaces or adds their rows, keeping the others (and leaves
the two files below alone): the whole run takes minutes. Also writes pandas_print.csv:
frames and series of the kinds eval() returns (floats with NaN, tiny and huge values, ints, strings with missing and
long values, bools; more than 60 rows; wider than 80 characters) with pandas' str of each, which PandasTextTest holds
Stratum's printer to; and index_print.csv: column names with pandas' str of their Index (print(df.columns)), which
PandasIndexTextTest holds Stratum's to.
"""
import contextlib
import csv
import io
import json
import os
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "runtime" / "reference"))
from skrub_source import import_skrub, skrub_version  # noqa: E402

skrub = import_skrub()
import pandas as pd  # noqa: E402
import sklearn  # noqa: E402

SCRIPTS = sorted([*(ROOT / "frontend" / "src" / "test" / "resources" / "skb_ops").glob("eval_*.py"),
                  *(ROOT / "frontend" / "src" / "test" / "resources" / "skb_ops").glob("describe_*.py")])
OUT = ROOT / "frontend" / "src" / "test" / "resources" / "reference" / "eval_printed.csv"
PRINT_OUT = OUT.parent / "pandas_print.csv"
INDEX_OUT = OUT.parent / "index_print.csv"


def printed(path):
    """What the script prints when run with skrub from the repository root."""
    if "from xgboost import" in Path(path).read_text() and "xgboost" not in sys.modules:
        # XGBoost's Python package of the xgboost4j version Stratum uses, on the jar's native library.
        from xgboost_from_jar import import_xgboost

        import_xgboost()
    os.environ["COLUMNS"] = "80"
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(out):
            warnings.simplefilter("ignore")
            exec(compile(Path(path).read_text(), str(path), "exec"), {"__name__": "__main__"})
    finally:
        os.chdir(cwd)
    return out.getvalue()


def print_cases():
    """Frames and series eval() can return, by name."""
    import numpy as np
    rng = np.random.RandomState(0)
    n = 75
    mixed = pd.DataFrame({
        "x": [1.5, np.nan, -2.25, 10.0],
        "count": [3, -12, 7, 100],
        "label": pd.array(["a", None, "ccc", "dd"], dtype="str"),
        "flag": [True, False, True, True],
    })
    long_rows = pd.DataFrame({
        "a": rng.normal(0, 1, n), "b": rng.randint(0, 1000, n), "c": pd.array(rng.choice(["sun", "rain"], n), dtype="str"),
    })
    wide = pd.DataFrame({f"feature_{i:02d}": rng.normal(0, 10 ** (i % 4), n) for i in range(14)})
    return {
        "mixed": mixed,
        "whole_floats": pd.DataFrame({"v": [1.0, 2.0, 30.0], "w": [0.5, 0.25, 0.125]}),
        "tiny": pd.DataFrame({"v": [1e-7, 0.5, 2.0]}),
        "huge_long": pd.DataFrame({"v": [12345678.123, 0.5, 2.0]}),
        "huge_short": pd.DataFrame({"v": [2e6, 1.0]}),
        "long_text": pd.DataFrame({"t": pd.array(["x" * 60, "short"], dtype="str"), "n": [1, 2]}),
        "long_rows": long_rows,
        "wide": wide,
        "wide_short": wide.head(8),
        # cut columns: pandas gives a header its leading space by the dtype at the same position of the whole frame
        "wide_text_then_numbers": pd.DataFrame({**{f"text_column_{i}": pd.array([f"value {i}", None, "x"], dtype="str")
                                                   for i in range(6)},
                                                "year_first_hired": [1986, 1988, 2001],
                                                "current_annual_salary": [69222.18, 97392.47, 104717.28]}),
        "wide_numbers_then_text": pd.DataFrame({**{f"number_column_{i}": [i, 10 * i, -i] for i in range(6)},
                                                "department_name": pd.array(["Police", None, "Health"], dtype="str"),
                                                "flag": [True, False, True]}),
        "series_float": pd.Series([1.5, np.nan, -2.25], name="price"),
        "series_int": pd.Series(np.arange(100) * 7, name="n"),
        "series_str": pd.Series(pd.array(["sun", None, "rain"], dtype="str"), name="weather"),
        "series_bool": pd.Series([True, False], name="wet"),
        # datetimes: dates only when every value is at midnight, else one number of fraction digits (the finest
        # non-zero part's) for every row, whatever the unit; the dtype names the unit
        "datetime_dates_s": pd.Series(pd.to_datetime(["2020-01-01", None, "2021-12-31"]).astype("datetime64[s]"), name="d"),
        "datetime_ms_fraction": pd.DataFrame({"t": pd.to_datetime(["2020-01-01 00:00:00.5", "2020-01-02 10:00:00.0"])
                                              .astype("datetime64[ms]"), "n": [1, 2]}),
        "datetime_us_in_ns": pd.Series(pd.to_datetime(["2020-01-01 00:00:00.000001", "2020-01-02 00:00:00.000000"])
                                       .astype("datetime64[ns]"), name="t"),
        "datetime_ns_fraction": pd.DataFrame({"t": pd.Series([1_600_000_000_000_000_001, None, 1_600_000_000_500_000_000])
                                              .astype("datetime64[ns]"), "s": pd.to_datetime([0, 1, 2], unit="s")}),
        # durations: "3 days" when every value is whole days, else each value in full (negative ones as days down and
        # a positive time; the fraction, six or nine digits, only where not zero)
        "timedelta_days_s": pd.Series(pd.to_timedelta(["1D", None, "-3D", "0D"]).astype("timedelta64[s]"), name="d"),
        "timedelta_mixed": pd.DataFrame({"d": pd.to_timedelta(["1D", "-1h", "2D 00:00:00.001", None]),
                                         "n": [1, 2, 3, 4],
                                         "ns": pd.to_timedelta(["3ns", "-1D", "10D 23:59:59.999999999", "0s"])}),
    }


def encode(value):
    """A frame or series as JSON: names, dtypes and column values (missing as null)."""
    frame = value.to_frame() if isinstance(value, pd.Series) else value
    columns = []
    for name in frame.columns:
        col = frame[name]
        if col.dtype.kind in "Mm":
            # datetimes and durations as their ticks of the column's unit
            columns.append([None if pd.isna(v) else int(t) for v, t in zip(col.tolist(), col.values.view("int64"))])
            continue
        columns.append([None if pd.isna(v) else (v.item() if hasattr(v, "item") else v) for v in col.tolist()])
    return json.dumps({"series": isinstance(value, pd.Series), "names": [str(c) for c in frame.columns],
                       "dtypes": [str(t) for t in frame.dtypes], "columns": columns})


def write_pandas_print():
    with open(PRINT_OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_eval_reference.py with pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "value", "printed"])
        for case, value in print_cases().items():
            w.writerow([case, encode(value), str(value)])
    print(f"wrote {len(print_cases())} rows to {PRINT_OUT}")


def index_cases():
    """Column names as print(df.columns) shows them: few, many (past display.max_seq_items), wide, escaped, non-ASCII."""
    return {
        "empty": [],
        "one": ["a"],
        "two": ["alpha", "beta"],
        "three": ["x", "y", "z"],
        "one_line_79": [f"c{i:02d}" for i in range(13)],
        "just_wrapping": [f"col{i:03d}" for i in range(12)],
        "wrapped": ["precipitation", "temp_min", "wind", "weather_drizzle", "weather_fog", "weather_rain", "weather_snow",
                    "weather_sun"],
        "longer_than_a_line": ["a" * 90, "b", "c" * 40],
        "hundred": [f"feature_{i}" for i in range(100)],
        "hundred_and_one": [f"f{i}" for i in range(101)],
        "many_wide": [f"employee_position_title_{i:03d}" for i in range(150)],
        "escaped": ["tab\there", "new\nline", "it's", 'say "hi"', "back\\slash"],
        "non_ascii": ["température", "日本語の列", "naïve", "ß", "emoji_\U0001F600", "x" * 30, "y" * 30],
    }


def write_index_print():
    with open(INDEX_OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_eval_reference.py with pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "names", "printed"])
        for case, names in index_cases().items():
            w.writerow([case, json.dumps(names), str(pd.Index(names, dtype="str"))])
    print(f"wrote {len(index_cases())} rows to {INDEX_OUT}")


def main():
    only = {Path(a).as_posix() for a in sys.argv[1:]}
    if only:
        unknown = only - {path.relative_to(ROOT).as_posix() for path in SCRIPTS}
        if unknown:
            sys.exit(f"not an eval_*.py or describe_*.py script of skb_ops: {sorted(unknown)}")
        with open(OUT, newline="") as f:
            if f.readline().startswith("#"):  # the header naming the versions; otherwise it was the column names
                kept = {r["script"]: r["printed"] for r in csv.DictReader(f)}
            else:
                f.seek(0)
                kept = {r["script"]: r["printed"] for r in csv.DictReader(f)}
    rows = [[name, printed(path) if not only or name in only else kept[name]]
            for path in SCRIPTS for name in [path.relative_to(ROOT).as_posix()] if not only or name in only or name in kept]
    with open(OUT, "w", newline="") as f:
        f.write(f"# made by frontend/reference/make_eval_reference.py with {skrub_version()}, "
                f"scikit-learn {sklearn.__version__}, pandas {pd.__version__}\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["script", "printed"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}" + (f" ({len(only)} of them run again)" if only else ""))
    if not only:
        write_pandas_print()
        write_index_print()


if __name__ == "__main__":
    main()
