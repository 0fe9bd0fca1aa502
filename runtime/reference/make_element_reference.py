#!/usr/bin/env python3
"""Reference outputs of pandas' element-wise column operations, for ElementKernelsTest.

Run from anywhere:  python3 runtime/reference/make_element_reference.py
Writes runtime/src/test/resources/reference/element_ops.csv: one row per (dataset, column, case) with the result's
dtype, its number of missing values, the first values and a SHA-256 digest of every value, each written as
`value_text` below writes it. A case is a chain of pandas calls named by an id; ElementKernelsTest holds the same
ids mapped to Stratum's ElementOp chains. Datasets: the committed inputs/element_small.csv, examples/data/
seattle-weather.csv, and (when present) ../shared/data employee_salaries, bike_sharing and birdstrikes.

Also writes element_dropna.csv: the rows pandas' dropna keeps for a few subset/how settings.
"""
import hashlib
import math
import os
from pathlib import Path

import numpy as np
import pandas as pd

from fixture_format import OUT, write

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SHARED = ROOT.parent / "shared" / "data"

NAN = float("nan")

# id -> function of a Series; the Java test maps each id to the same operations.
CASES = {
    "fillna_0": lambda s: s.fillna(0),
    "fillna_neg_half": lambda s: s.fillna(-1.5),
    "fillna_str": lambda s: s.fillna("none"),
    "isna": lambda s: s.isna(),
    "notna": lambda s: s.notna(),
    "isin_num": lambda s: s.isin([1.5, 0, NAN]),
    "isin_int": lambda s: s.isin([0, 2, 1990, 2000]),
    "isin_true": lambda s: s.isin([True]),
    "isin_str": lambda s: s.isin(["apple", "F", "rain", "sun", None]),
    "clip_both": lambda s: s.clip(-1, 2),
    "clip_upper_float": lambda s: s.clip(None, 1.0),
    "clip_int": lambda s: s.clip(0, 2),
    "clip_lower_float": lambda s: s.clip(0.5, None),
    "clip_years": lambda s: s.clip(1990, 2010),
    "clip_range": lambda s: s.clip(50, 300),
    "round_0": lambda s: s.round(0),
    "round_1": lambda s: s.round(1),
    "round_2": lambda s: s.round(2),
    "round_neg1": lambda s: s.round(-1),
    "round_neg3": lambda s: s.round(-3),
    "astype_int": lambda s: s.astype(int),
    "astype_float": lambda s: s.astype(float),
    "astype_str": lambda s: s.astype(str),
    "astype_bool": lambda s: s.astype(bool),
    "lower": lambda s: s.str.lower(),
    "upper": lambda s: s.str.upper(),
    "len": lambda s: s.str.len(),
    "contains_an": lambda s: s.str.contains("an"),
    "contains_ci": lambda s: s.str.contains("B", case=False),
    "contains_literal": lambda s: s.str.contains("-", regex=False),
    "contains_gull": lambda s: s.str.contains("gull", case=False),
    "contains_regex": lambda s: s.str.contains(r"^[A-Z][a-z]+ [a-z]"),
    "startswith": lambda s: s.str.startswith("ch"),
    "endswith": lambda s: s.str.endswith("x"),
    "replace_literal": lambda s: s.str.replace("-", "_"),
    "replace_space": lambda s: s.str.replace(" ", "_"),
    "replace_regex": lambda s: s.str.replace(r"([aeiou])", r"<\1>", regex=True),
    "strip": lambda s: s.str.strip(),
    "strip_chars": lambda s: s.str.strip("x-a"),
    "split_dash_0": lambda s: s.str.split("-").str[0],
    "split_dash_1": lambda s: s.str.split("-").str[1],
    "split_ws_last": lambda s: s.str.split().str[-1],
    "split_space_0": lambda s: s.str.split(" ").str[0],
    "slice_0_3": lambda s: s.str.slice(0, 3),
    "slice_reverse": lambda s: s.str.slice(None, None, -1),
    "slice_1_step2": lambda s: s.str.slice(1, None, 2),
    "slice_neg": lambda s: s.str.slice(-4, -1),
    "to_datetime_coerce": lambda s: pd.to_datetime(s, errors="coerce"),
    "to_datetime": lambda s: pd.to_datetime(s),
    "to_datetime_mdy_coerce": lambda s: pd.to_datetime(s, format="%m/%d/%Y", errors="coerce"),
    "to_datetime_mdy": lambda s: pd.to_datetime(s, format="%m/%d/%Y"),
}
FIELDS = ["year", "month", "day", "hour", "minute", "second", "weekday", "dayofweek", "dayofyear", "quarter"]
for parse in ["to_datetime_coerce", "to_datetime", "to_datetime_mdy_coerce", "to_datetime_mdy"]:
    for field in FIELDS:
        CASES[parse + "|" + field] = (lambda p, f: lambda s: getattr(CASES[p](s).dt, f))(parse, field)
for parse in ["to_datetime_coerce", "to_datetime"]:
    CASES[parse + "|weekend"] = (lambda p: lambda s: (CASES[p](s).dt.weekday >= 5).astype(int))(parse)

SMALL_FIELDS = [f"to_datetime_coerce|{f}" for f in FIELDS]
MDY_FIELDS = [f"to_datetime_mdy_coerce|{f}" for f in FIELDS]
STRING_CASES = ["fillna_str", "isna", "notna", "isin_str", "lower", "upper", "len", "contains_an", "contains_ci",
                "contains_literal", "contains_regex", "startswith", "endswith", "replace_literal", "replace_regex",
                "strip", "strip_chars", "split_dash_0", "split_dash_1", "split_ws_last", "slice_0_3", "slice_reverse",
                "slice_1_step2", "slice_neg", "astype_bool"]

PLAN = {
    "small": (ROOT / "runtime" / "src" / "test" / "resources" / "reference" / "inputs" / "element_small.csv", {
        "f": ["fillna_0", "fillna_neg_half", "isna", "notna", "isin_num", "isin_int", "isin_true", "clip_both",
              "clip_upper_float", "round_0", "round_1", "round_2", "round_neg1", "astype_str", "astype_bool"],
        "i": ["fillna_0", "isna", "isin_num", "isin_int", "isin_true", "isin_str", "clip_int", "clip_lower_float",
              "round_1", "round_neg1", "astype_float", "astype_str", "astype_bool"],
        "b": ["isna", "isin_int", "isin_true", "astype_int", "astype_float", "astype_str"],
        "s": STRING_CASES,
        "d": ["to_datetime_coerce", "to_datetime_coerce|weekend"] + SMALL_FIELDS,
        "t": ["to_datetime_mdy_coerce"] + MDY_FIELDS + ["to_datetime_coerce", "to_datetime_coerce|dayofyear"],
    }),
    "seattle": (ROOT / "examples" / "data" / "seattle-weather.csv", {
        "date": ["to_datetime", "to_datetime|month", "to_datetime|dayofyear", "to_datetime|weekday",
                 "to_datetime|weekend"],
        "weather": ["isin_str", "upper", "len", "slice_0_3"],
        "precipitation": ["round_0", "clip_both", "astype_str", "isin_num"],
    }),
    "employee": (SHARED / "employee_salaries.csv", {
        "gender": ["fillna_str", "isna", "isin_str", "lower", "len"],
        "date_first_hired": ["to_datetime_mdy"] + [f"to_datetime_mdy|{f}" for f in
                                                   ["year", "month", "day", "dayofweek", "dayofyear", "quarter"]]
                            + ["to_datetime", "to_datetime|year"],
        "year_first_hired": ["clip_years", "astype_float", "astype_str", "round_neg1", "isin_int"],
        "current_annual_salary": ["round_neg3", "round_1", "astype_int", "clip_range", "astype_str"],
        "employee_position_title": ["upper", "split_space_0", "contains_regex", "replace_space", "strip"],
    }),
    "bike": (SHARED / "bike_sharing.csv", {
        "date": ["to_datetime"] + [f"to_datetime|{f}" for f in FIELDS] + ["to_datetime|weekend"],
        "hum": ["clip_both", "round_1"],
        "temp": ["astype_str", "round_1"],
        "cnt": ["clip_range", "astype_float", "astype_bool"],
    }),
    "birdstrikes": (SHARED / "birdstrikes.csv", {
        "Effect Amount of damage": ["fillna_str", "isna", "lower"],
        "Flight Date": ["to_datetime", "to_datetime|year", "to_datetime|month", "to_datetime|weekday"],
        "Speed IAS in knots": ["fillna_0", "round_neg1", "clip_range", "isna", "astype_str"],
        "Wildlife Species": ["split_space_0", "split_ws_last", "contains_gull", "upper", "len", "slice_0_3",
                             "replace_space"],
        "Cost Total $": ["clip_range", "astype_bool", "round_neg3"],
    }),
}

DROPNA = {
    "small": [("", "any"), ("", "all"), ("f", "any"), ("f,s", "any"), ("f,s", "all")],
    "employee": [("gender", "any"), ("", "any")],
    "birdstrikes": [("Effect Amount of damage,Speed IAS in knots", "any"),
                    ("Effect Amount of damage,Speed IAS in knots", "all")],
}


def value_text(v):
    """One value as the Java test writes it: floats as repr, NaN as nan, missing str as <NA>, NaT as NaT."""
    if v is pd.NaT:
        return "NaT"
    if isinstance(v, pd.Timestamp):
        return str(v)
    if isinstance(v, (bool, np.bool_)):
        return "True" if v else "False"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return "nan" if math.isnan(v) else repr(float(v))
    if v is None or v is pd.NA:
        return "<NA>"
    return str(v)


def describe(series):
    texts = [value_text(v) for v in series.tolist()] if series.dtype.kind != "M" else \
        ["NaT" if pd.isna(v) else str(v) for v in series]
    if series.dtype == object or str(series.dtype) == "str":
        texts = ["<NA>" if (t == "nan" and isinstance(v, float)) else t for t, v in zip(texts, series.tolist())]
    digest = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()
    return str(series.dtype), int(series.isna().sum()), " | ".join(texts[:6]), digest


WHERE_OTHERS = {"nan": NAN, "int0": 0, "half": 0.5, "str": "z"}
WHERE_CONDITIONS = {"b": lambda f: f["b"], "i_notna": lambda f: f["i"].notna()}


def where_rows():
    """Series.where(cond, other) on the small data: every value column, condition and constant."""
    frame = pd.read_csv(PLAN["small"][0])
    out = []
    for column in ["f", "i", "s", "b"]:
        for cond_id, cond in WHERE_CONDITIONS.items():
            for other_id, other in WHERE_OTHERS.items():
                result = frame[column].where(cond(frame), other)
                if result.dtype == object:
                    out.append([column, cond_id, other_id, "object", 0, "", "", "object"])
                    continue
                dtype, nulls, head, digest = describe(result)
                out.append([column, cond_id, other_id, dtype, nulls, head, digest, ""])
    return out


def main():
    write("element_where.csv", ["column", "cond", "other", "dtype", "nulls", "head", "sha256", "error"], where_rows())
    rows = []
    drop_rows = []
    for dataset, (path, columns) in PLAN.items():
        if not path.exists():
            print(f"note: {path} is absent; skipping {dataset}")
            continue
        frame = pd.read_csv(path)
        for column, cases in columns.items():
            for case in cases:
                try:
                    out = CASES[case](frame[column])
                    dtype, nulls, head, digest = describe(out)
                    rows.append([dataset, column, case, dtype, nulls, len(out), head, digest, ""])
                except Exception as e:  # the Java kernel must fail too
                    rows.append([dataset, column, case, "error", 0, len(frame), "", "", type(e).__name__])
        for subset, how in DROPNA.get(dataset, []):
            kept = frame.dropna(subset=subset.split(",") if subset else None, how=how)
            idx = kept.index.to_numpy()
            digest = hashlib.sha256(" ".join(str(i) for i in idx).encode()).hexdigest()
            drop_rows.append([dataset, subset, how, len(idx), " ".join(str(i) for i in idx[:10]), digest])
    write("element_ops.csv", ["dataset", "column", "case", "dtype", "nulls", "rows", "head", "sha256", "error"], rows)
    write("element_dropna.csv", ["dataset", "subset", "how", "kept", "head", "sha256"], drop_rows)
    print(f"pandas {pd.__version__}, numpy {np.__version__}")


if __name__ == "__main__":
    os.chdir(HERE)
    main()
