#!/usr/bin/env python3
"""Reference outputs of pandas 3's category dtype through the frame operations, for CategoryDtypeTest.

Run from anywhere:  python3 runtime/reference/make_category_reference.py
Inputs are the committed reference/inputs/groups_nulls.csv and flights_sample.csv (see make_relational_reference.py),
read with pd.read_csv as Stratum's CSV reader reads them. Outputs, under reference/category/:
- one file per case: the column names, pandas' dtypes (``category`` for a category column), then the rows (floats by
  repr(), missing values as <NA>), as make_relational_reference.py writes them;
- categories.csv: case, column, position, category — every category column's categories in pandas' order;
- onehot.csv: scikit-learn's OneHotEncoder categories_ fitted on a category column (case, position, category).
"""
import csv
from pathlib import Path

import pandas as pd
from sklearn.preprocessing import OneHotEncoder

from pandas_format import dtype_name, fmt

HERE = Path(__file__).resolve().parent
REF = HERE.parent / "src" / "test" / "resources" / "reference"
INPUTS = REF / "inputs"
OUT = REF / "category"




def cases():
    nulls = pd.read_csv(INPUTS / "groups_nulls.csv")
    flights = pd.read_csv(INPUTS / "flights_sample.csv")
    cat = nulls.astype({"g": "category", "s": "category"})
    # rows without 'c': the filtered frame keeps category 'c', which no row holds any more
    no_c = cat[cat["n"] < 5]
    out = {}
    out["astype"] = cat
    out["filter_keeps_categories"] = no_c
    out["value_counts"] = no_c["g"].value_counts().reset_index()
    out["value_counts_normalized"] = no_c["s"].value_counts(normalize=True).reset_index()
    out["groupby_observed"] = no_c.groupby("g").agg(x=("x", "sum"), n=("n", "size"), s=("s", "first"),
                                                    k=("s", "nunique")).reset_index()
    out["groupby_two_keys_unsorted"] = cat.groupby(["h", "g"], sort=False).agg(x=("x", "mean")).reset_index()
    out["merge_same_categories"] = cat.merge(cat[["g"]].drop_duplicates().dropna().assign(w=1), on="g")
    out["merge_other_categories"] = cat.merge(no_c[["g"]].drop_duplicates().astype({"g": "str"})
                                              .astype({"g": "category"}).assign(w=2), on="g", how="left")
    out["merge_category_with_str"] = cat.merge(nulls[["g"]].drop_duplicates().dropna().assign(w=3), on="g")
    out["concat_same_categories"] = pd.concat([cat, no_c], ignore_index=True)
    out["concat_with_str"] = pd.concat([cat, nulls], ignore_index=True)
    out["sort_values"] = cat.sort_values(["g", "n"], kind="stable")
    out["drop_duplicates"] = cat.drop_duplicates(["g"])
    out["fillna_category"] = cat.assign(g=cat["g"].fillna("a"))
    out["astype_str"] = cat.astype({"g": "str"})
    out["isin_eq"] = pd.DataFrame({"isin": cat["g"].isin(["a", "c"]), "eq": cat["g"] == "b",
                                   "ne": cat["s"] != "kiwi"})
    out["str_contains_len"] = pd.DataFrame({"has_i": cat["s"].str.contains("i"), "len": cat["s"].str.len()})
    # the .cat accessor (Stratum's codes are int64 where pandas picks int8: the values are compared)
    out["cat_codes"] = pd.DataFrame({"g": no_c["g"].cat.codes.astype("int64"),
                                     "s": no_c["s"].cat.codes.astype("int64")})
    out["remove_unused_categories"] = no_c.assign(g=no_c["g"].cat.remove_unused_categories())
    out["read_csv_dtype"] = pd.read_csv(INPUTS / "groups_nulls.csv", dtype={"h": "category", "g": "category"})
    out["flights_origin"] = flights.astype({"origin": "category"})[["origin", "delay"]].head(300)
    return out


def categories(df):
    return {c: list(df[c].cat.categories) for c in df.columns if isinstance(df[c].dtype, pd.CategoricalDtype)}


def write(case, df):
    with open(OUT / f"{case}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(list(df.columns))
        w.writerow([dtype_name(d) for d in df.dtypes])
        for row in df.itertuples(index=False):
            w.writerow([fmt(v) for v in row])
    print(f"wrote category/{case}.csv ({len(df)} rows)")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    all_cases = cases()
    rows = []
    for case, df in all_cases.items():
        write(case, df)
        for col, cats in categories(df).items():
            rows += [[case, col, i, v] for i, v in enumerate(cats)]
    with open(OUT / "categories.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "column", "position", "category"])
        w.writerows(rows)
    # scikit-learn reads a category column's values, not its categories: the unobserved 'c' is no category here.
    no_c = all_cases["filter_keeps_categories"]
    enc = OneHotEncoder(handle_unknown="ignore").fit(no_c[["g"]])
    with open(OUT / "onehot.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["position", "category"])
        w.writerows([[i, fmt(v)] for i, v in enumerate(enc.categories_[0])])
    print("wrote category/categories.csv and category/onehot.csv")


if __name__ == "__main__":
    main()
