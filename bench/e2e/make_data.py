"""Builds the scaled-up data sets of the end-to-end suite into bench/data/ (not committed).

Rows of the real data sets are resampled with replacement, with a fixed seed, to 100k and 1M rows, so the
pipelines keep the real columns, categories and value distributions at a larger scale.

Usage (from the repository root):  python3 bench/e2e/make_data.py [--shared ../shared/data]
"""
import argparse
import os
import shutil

import numpy as np
import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def resample(src, dst, rows, seed):
    if os.path.exists(dst):
        return
    frame = pd.read_csv(src, keep_default_na=False, dtype=str)  # keep the text exactly as written
    rng = np.random.default_rng(seed)
    picked = frame.iloc[rng.integers(0, len(frame), size=rows)]
    tmp = dst + ".tmp"
    picked.to_csv(tmp, index=False)
    os.replace(tmp, dst)
    print(f"wrote {dst} ({rows} rows)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared", "data"))
    args = parser.parse_args()
    out = os.path.join(ROOT, "bench", "data")
    os.makedirs(out, exist_ok=True)
    employees = os.path.join(args.shared, "employee_salaries.csv")
    if not os.path.exists(employees):
        raise SystemExit(f"{employees} is absent: the scaled data sets need it")
    resample(employees, os.path.join(out, "employee_salaries_100k.csv"), 100_000, seed=1)
    resample(employees, os.path.join(out, "employee_salaries_1m.csv"), 1_000_000, seed=2)
    flights(args.shared, out, 300_000)


def flights(shared, out, rows):
    """The first rows of flights-3m.parquet as CSV (date as text) and airports.csv, for the flights_delay pipeline."""
    parquet = os.path.join(shared, "flights-3m.parquet")
    dst = os.path.join(out, f"flights_{rows // 1000}k.csv")
    if not os.path.exists(parquet):
        print(f"note: {parquet} is absent; the flights pipeline is skipped")
        return
    if not os.path.exists(dst):
        frame = pd.read_parquet(parquet).head(rows)
        frame["date"] = frame["date"].dt.strftime("%Y-%m-%d %H:%M:%S")
        frame.to_csv(dst + ".tmp", index=False)
        os.replace(dst + ".tmp", dst)
        print(f"wrote {dst} ({rows} rows)")
    airports = os.path.join(out, "airports.csv")
    if not os.path.exists(airports):
        shutil.copyfile(os.path.join(shared, "airports.csv"), airports)


if __name__ == "__main__":
    main()
