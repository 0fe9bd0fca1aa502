#!/usr/bin/env python3
"""Reference outputs of pandas' relational frame operations, for RelationalKernelsTest.

Run from anywhere:  python3 runtime/reference/make_relational_reference.py
1. Inputs (committed, so tests need no shared data): a 1,200-row sample of ../shared/data/flights-3m.parquet
   (date as text), the airports of ../shared/data/airports.csv that the sample touches minus a few (so joins have
   unmatched rows) plus some it does not, and two small hand-made frames with missing keys and values. Re-running
   needs ../shared/data (or STRATUM_SHARED_DATA=<dir>); the inputs already committed are otherwise read as they are.
2. Outputs: one file per case under reference/relational/: the column names, then pandas' dtypes, then the rows;
   floats by repr() (exact), missing values (NaN or None) as <NA>, booleans as True/False.
Every frame is read back with pd.read_csv, as Stratum's CSV reader reads it, before the operation runs.
"""
import csv
import os
import sys
from pathlib import Path

import pandas as pd

from pandas_format import dtype_name, fmt

HERE = Path(__file__).resolve().parent
REF = HERE.parent / "src" / "test" / "resources" / "reference"
INPUTS = REF / "inputs"
OUT = REF / "relational"
SHARED = Path(os.environ.get("STRATUM_SHARED_DATA", HERE.parent.parent.parent / "shared" / "data"))


def make_inputs():
    flights_path = INPUTS / "flights_sample.csv"
    if (SHARED / "flights-3m.parquet").exists():
        flights = pd.read_parquet(SHARED / "flights-3m.parquet").sample(1200, random_state=7).reset_index(drop=True)
        flights["date"] = flights["date"].dt.strftime("%Y-%m-%d %H:%M")
        flights.to_csv(flights_path, index=False)
        airports = pd.read_csv(SHARED / "airports.csv")
        used = set(flights["origin"]) | set(flights["destination"])
        touched = airports[airports["iata"].isin(used)]
        touched = touched[~touched["iata"].isin(sorted(used)[::25])]  # leave some codes unmatched
        others = airports[~airports["iata"].isin(used)].sample(60, random_state=7)
        pd.concat([touched, others]).sort_values("iata").to_csv(INPUTS / "airports_sample.csv", index=False)
    elif not flights_path.exists():
        sys.exit("need ../shared/data/flights-3m.parquet and airports.csv to make the inputs")
    with open(INPUTS / "merge_left.csv", "w") as f:
        f.write("k1,k2,a,s,b\n"
                "1,x,10,red,True\n3,y,11,,False\n2,x,12,blue,True\n1,y,13,green,False\n"
                ",x,14,pink,True\n3,y,15,gray,True\n5,z,16,teal,False\n1,x,17,,True\n")
    with open(INPUTS / "merge_right.csv", "w") as f:
        f.write("k1,k2,a,c\n"
                "3,y,1.5,u\n1,x,2.5,v\n1,x,3.5,\n,x,4.5,w\n7,q,5.5,z\n2,y,6.5,y\n3,y,,t\n")
    with open(INPUTS / "groups_nulls.csv", "w") as f:
        f.write("g,h,x,n,s\n"
                "b,1,1.5,4,kiwi\na,2,,7,apple\nb,1,-2.25,1,\n,2,3.0,9,fig\nc,1,,5,\na,1,0.1,2,pear\n"
                "b,2,0.2,3,plum\na,2,0.7,8,apple\nc,2,,6,lime\nb,1,1e-17,4,kiwi\n,1,2.0,3,date\na,1,0.3,2,fig\n")


def read(name):
    return pd.read_csv(INPUTS / name)




def write(case, df):
    with open(OUT / f"{case}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(list(df.columns))
        w.writerow([dtype_name(d) for d in df.dtypes])
        for row in df.itertuples(index=False):
            w.writerow([fmt(v) for v in row])
    print(f"wrote relational/{case}.csv ({len(df)} rows)")


def cases():
    flights = read("flights_sample.csv")
    airports = read("airports_sample.csv")
    left = read("merge_left.csv")
    right = read("merge_right.csv")
    nulls = read("groups_nulls.csv")
    out = {}
    for how in ["inner", "left", "right", "outer"]:
        out[f"merge_flights_airports_{how}"] = flights.merge(airports, left_on="origin", right_on="iata", how=how)
        out[f"merge_multikey_{how}"] = left.merge(right, on=["k1", "k2"], how=how, suffixes=("_l", "_r"))
        out[f"merge_nullkey_{how}"] = left.merge(right, on="k1", how=how)
    out["merge_dest_leftright_names"] = flights.merge(
        airports.rename(columns={"iata": "destination", "name": "origin"}), left_on=["destination"],
        right_on=["destination"], how="left", suffixes=("_flight", "_airport"))

    def agg_all(df, keys, col, sort=True):
        return df.groupby(keys, sort=sort).agg(
            mean=(col, "mean"), sum=(col, "sum"), count=(col, "count"), size=(col, "size"), min=(col, "min"),
            max=(col, "max"), median=(col, "median"), std=(col, "std"), var=(col, "var"),
            nunique=(col, "nunique"), first=(col, "first"), last=(col, "last")).reset_index()

    out["groupby_origin_delay"] = agg_all(flights, ["origin"], "delay")
    out["groupby_origin_dest_unsorted"] = flights.groupby(["origin", "destination"], sort=False).agg(
        delay_mean=("delay", "mean"), distance_max=("distance", "max"), n=("delay", "size"),
        first_date=("date", "first"), last_date=("date", "last")).reset_index()
    out["groupby_state_latitude"] = agg_all(airports, ["state"], "latitude")
    out["groupby_nulls_float"] = agg_all(nulls, ["g"], "x")
    out["groupby_nulls_int"] = agg_all(nulls, ["g", "h"], "n")
    out["groupby_nulls_string"] = nulls.groupby("g").agg(
        count=("s", "count"), size=("s", "size"), min=("s", "min"), max=("s", "max"), nunique=("s", "nunique"),
        first=("s", "first"), last=("s", "last")).reset_index()

    out["filter_mask"] = flights[((flights["delay"] > 10) & (flights["distance"] < 1000))
                                 | ~(flights["origin"] == "LAX")]
    out["filter_xor_strings"] = flights[(flights["origin"] >= "M") ^ (flights["delay"] <= 0)]
    out["sort_origin_delay_desc"] = flights.sort_values(["origin", "delay"], ascending=[True, False], kind="stable")
    # pandas' default kind="quicksort" orders ties arbitrarily; Stratum always sorts stably, as kind="stable".
    out["sort_delay_stable"] = flights.sort_values("delay", kind="stable")
    out["sort_nulls_desc"] = nulls.sort_values("x", ascending=False, kind="stable")
    out["sort_nulls_two_keys"] = nulls.sort_values(["g", "x"], ascending=[False, True], kind="stable")
    out["concat_rows"] = pd.concat([left, right, left.head(2)], ignore_index=True)
    out["concat_columns"] = pd.concat([left[["k1", "a"]], right.head(8).rename(columns={"a": "ra"})
                                       .reindex(range(8)).drop(columns=["k1"])], axis=1)
    for keep in ["first", "last", False]:
        out[f"drop_duplicates_{str(keep).lower()}"] = flights.drop_duplicates(subset=["origin", "destination"],
                                                                              keep=keep)
    out["drop_duplicates_all_nulls"] = nulls.drop_duplicates()
    out["value_counts_origin"] = flights["origin"].value_counts().reset_index()
    out["value_counts_pairs_normalized"] = flights.value_counts(["origin", "destination"], normalize=True).reset_index()
    out["value_counts_nulls"] = nulls["s"].value_counts().reset_index()
    # isin with a column: as a mask (semi/anti joins must give exactly these rows). NaN/None match each other,
    # duplicates in the lookup count once, strings never equal numbers, int64 values match equal float64 ones.
    lookup = flights.head(40)
    out["isin_destination_in_origins"] = flights[flights["destination"].isin(lookup["origin"])]
    out["isin_not_origin_in_airports"] = flights[~flights["origin"].isin(airports["iata"])]
    out["isin_nullkey_semi"] = left[left["k1"].isin(right["k1"])]
    out["isin_nullkey_anti"] = left[~left["k1"].isin(right["k1"])]
    out["isin_strings_with_missing"] = left[left["s"].isin(right["c"])]
    out["isin_strings_vs_numbers_anti"] = left[~left["s"].isin(right["a"])]
    out["isin_int_in_float_with_nan"] = nulls[nulls["n"].isin(right["k1"])]
    out["isin_mask_column"] = left["k1"].isin(right["k1"]).to_frame()
    out["head_7"] = flights.head(7)
    out["tail_5"] = flights.tail(5)
    out["head_negative"] = nulls.head(-9)
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    make_inputs()
    for case, df in cases().items():
        write(case, df)


if __name__ == "__main__":
    main()
