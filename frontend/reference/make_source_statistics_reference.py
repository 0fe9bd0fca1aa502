"""Reference statistics for CsvSourceStatistics: what pandas 3 and scikit-learn 1.9 say about the CSV files the
tests profile. For every column: pandas' dtype after read_csv, len(df), nunique(), isna().mean(), and the output
names of OneHotEncoder().fit(df[[col]]).get_feature_names_out() (empty for float columns with many values).

    python3 frontend/reference/make_source_statistics_reference.py
"""
import csv
import pathlib

import pandas as pd
from sklearn.preprocessing import OneHotEncoder

root = pathlib.Path(__file__).resolve().parents[2]
files = {
    "seattle-weather": root / "examples/data/seattle-weather.csv",
    "synthetic": root / "frontend/src/test/resources/data/synthetic.csv",
}
out = root / "frontend/src/test/resources/reference/source_statistics.csv"
with out.open("w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["file", "column", "dtype", "rows", "distinct", "null_fraction", "onehot_names"])
    for name, path in files.items():
        df = pd.read_csv(path)
        for col in df.columns:
            s = df[col]
            names = ""
            if s.nunique() <= 20:
                enc = OneHotEncoder().fit(df[[col]])
                names = "|".join(enc.get_feature_names_out())
            w.writerow([name, col, str(s.dtype), len(df), s.nunique(), repr(float(s.isna().mean())), names])
print("wrote", out)
