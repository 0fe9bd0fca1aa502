"""Reference outputs of pandas' readers for the Java reader tests (run from anywhere; needs pandas, pyarrow).

Writes reader_csv_options.csv: for each case (a committed input read with some read_csv options), every column's
dtype and every cell (missing cells flagged), which CsvReaderOptionsTest compares with Stratum's reader.
Writes small Parquet (snappy and zstd), Arrow IPC file and stream, and JSON inputs under inputs/ and
reader_files.csv with pandas' reading of them cell by cell; reader_json_dates.csv with read_json's date conversion
(convert_dates, keep_default_dates) of committed JSON inputs, epoch numbers in every unit, and the ones Stratum refuses; and reader_shared.csv with dtypes, missing counts,
sums and sample rows of the shared data files (flights, cars, movies, penguins), which TableFilesTest checks.
"""
import csv
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.parquet as pq

from fixture_format import OUT, fmt

INPUTS = OUT / "inputs"

# case name -> (input file, read_csv keyword arguments); CsvReaderOptionsTest defines the same cases in Java.
CSV_CASES = {
    "defaults": ("csv_options.csv", {}),
    "usecols": ("csv_options.csv", {"usecols": ["note", "id", "n"]}),
    "dtype_str": ("csv_options.csv", {"dtype": {"zip": "str", "id": "float64"}}),
    "dtype_all_str": ("csv_options.csv", {"dtype": "str"}),
    "na_values_list": ("csv_options.csv", {"na_values": ["-", "missing"]}),
    "na_values_dict": ("csv_options.csv", {"na_values": {"s": ["x"], "n": ["-"]}}),
    "no_default_na": ("csv_options.csv", {"keep_default_na": False}),
    "no_default_na_with_values": ("csv_options.csv", {"keep_default_na": False, "na_values": ["x", "-"]}),
    "semicolon": ("csv_semicolon.csv", {"sep": ";"}),
    "quote_none": ("csv_quote_none.csv", {"quoting": 3}),
    "parse_dates": ("csv_dates.csv", {"parse_dates": ["d", "mixed"]}),
    "parse_dates_ns": ("csv_dates_ns.csv", {"parse_dates": ["t", "u"]}),
    "parse_dates_offsets": ("csv_dates_offsets.csv", {"parse_dates": ["z", "o", "m"]}),
}


def dtype_name(dtype):
    name = str(dtype)
    return "str" if name in ("object", "str", "string") else name


def csv_options():
    # text with a fraction of more than six digits: pandas reads the column as datetime64[ns]
    (INPUTS / "csv_dates_ns.csv").write_text("t,u,v\n2020-01-01 10:00:00.123456789,2020-01-01 10:00:00.5,1\n"
                                             "2021-06-30 23:59:59.000000001,,2\n,2021-03-04 05:06:07.25,3\n",
                                             encoding="utf-8")
    # one UTC offset shared by a column makes pandas' time-zone-aware dtype; mixed offsets stay text
    (INPUTS / "csv_dates_offsets.csv").write_text("z,o,m\n2020-01-01T10:00:00Z,2020-03-29T01:30:00+02:00,"
                                                  "2020-01-01T00:00:00+02:00\n2020-06-30T23:59:59Z,,"
                                                  "2020-06-02T00:00:00+01:00\n", encoding="utf-8")
    rows = []
    for case, (file, kwargs) in CSV_CASES.items():
        df = pd.read_csv(INPUTS / file, **kwargs)
        for c in df.columns:
            for i, v in enumerate(df[c].tolist()):
                missing = bool(pd.isna(v))
                rows.append([case, c, dtype_name(df[c].dtype), i, "True" if missing else "False",
                             "" if missing else fmt(v)])
    path = OUT / "reader_csv_options.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "column", "dtype", "row", "missing", "value"])
        w.writerows(rows)
    print(f"wrote {path.name} ({len(rows)} rows)")


SHARED = OUT.parents[4].parent / "shared" / "data"


def cells(label, df, rows, sample=None):
    for c in df.columns:
        values = df[c].tolist()
        for i in (range(len(values)) if sample is None else sample):
            v = values[i]
            missing = bool(pd.isna(v))
            rows.append([label, c, dtype_name(df[c].dtype), i, "True" if missing else "False",
                         "" if missing else fmt(v)])


def small_files():
    table = pa.table({
        "i": pa.array([1, 2, 3, 4, 5], pa.int64()),
        "i_null": pa.array([10, None, 30, 40, None], pa.int64()),
        "small": pa.array([-3, 0, 7, 120, -128], pa.int16()),
        "f": pa.array([0.5, -1.25, None, 1e300, float("nan")], pa.float64()),
        "f32": pa.array([0.1, 2.5, -3.75, None, 8.0], pa.float32()),
        "s": pa.array(["a", None, "ünï", "", "long text, with comma"], pa.string()),
        "b": pa.array([True, False, True, True, False], pa.bool_()),
        "cat": pa.array(["x", "y", "x", None, "y"]).dictionary_encode(),
        "ts": pa.array([0, 1_600_000_000_123_456, None, -86_400_000_001, 1_700_000_000_000_000], pa.timestamp("us")),
        "ts_ms": pa.array([0, 1_600_000_000_123, 5, None, -1], pa.timestamp("ms")),
    })
    pq.write_table(table.drop(["cat"]), INPUTS / "table_snappy.parquet", compression="snappy")
    pq.write_table(table.drop(["cat"]), INPUTS / "table_zstd.parquet", compression="zstd", row_group_size=2)
    feather.write_feather(table, INPUTS / "table.feather", compression="uncompressed")
    with pa.ipc.new_stream(INPUTS / "table.arrows", table.schema) as w:
        for batch in table.to_batches(max_chunksize=2):
            w.write_batch(batch)
    (INPUTS / "records.json").write_text(
        '[{"n": 1, "x": 1.5, "s": "a", "flag": true, "ints_as_floats": 1.0, "digits": "7", "mixed": 1},\n'
        ' {"n": 2, "x": null, "s": null, "flag": false, "ints_as_floats": 2.0, "digits": "8", "mixed": "b"},\n'
        ' {"n": 3, "s": "c", "flag": true, "ints_as_floats": 3.0, "digits": "9", "mixed": 2.5, "late": "z"}]\n',
        encoding="utf-8")
    rows = []
    cells("table_snappy.parquet", pd.read_parquet(INPUTS / "table_snappy.parquet"), rows)
    cells("table_zstd.parquet", pd.read_parquet(INPUTS / "table_zstd.parquet"), rows)
    cells("table.feather", pd.read_feather(INPUTS / "table.feather"), rows)
    with pa.ipc.open_stream(INPUTS / "table.arrows") as r:
        cells("table.arrows", r.read_pandas(), rows)
    cells("records.json", pd.read_json(INPUTS / "records.json"), rows)
    path = OUT / "reader_files.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "column", "dtype", "row", "missing", "value"])
        w.writerows(rows)
    print(f"wrote {path.name} ({len(rows)} rows)")

# read_json's date conversion (pandas' _try_convert_to_date). "records_dates.json" holds every case Stratum
# reproduces; each "refused_*" input is one pandas converts in a way Stratum cannot hold (JsonRecordsTest expects an
# error naming the column for those, and the fixture shows pandas' dtype).
DATE_RECORDS = {
    "date": ["2020-01-01", "2021-03-04", None, ""],
    "created_at": ["2020-01-01 10:11:12", "2020-01-01T10:11:12.5", "NaT", "2020-02-29 00:00"],
    "Modified": ["1999-12-31", "2000-01-01", "2000-01-02", "nan"],
    "when": ["2020-01-01", "2020-06-30 12:00:00", None, "2020-12-31"],
    "updated_at": [5, 6, None, 8],
    "flag_time": [True, False, True, True],
    "timestamp_note": ["hello", "world", None, "n/a"],
    "sold_at": ["12", "13", "14", "15"],
    # epoch microseconds (too large for seconds and milliseconds in pandas' nanosecond range): datetime64[us]
    "paid_at": [1600000000123456, 1600000001000000, None, 1700000000000001],
    "shipped_at": ["1600000000123456", "1600000001000000", "1600000002000000", "1600000003000000"],
    # under one year in microseconds: pandas leaves them as numbers with date_unit="us", reads seconds without
    "seen": [1600000000, 1600000001, 1600000002, 1600000003],
    "x": [1.5, 2.5, 3.5, 4.5],
}
DATE_CASES = {
    "defaults": {},
    "no_dates": {"convert_dates": False},
    "listed": {"convert_dates": ["when"]},
    "no_default_names": {"keep_default_dates": False},
    "listed_only": {"convert_dates": ["when"], "keep_default_dates": False},
    "unit_us": {"date_unit": "us", "keep_default_dates": False, "convert_dates": ["paid_at", "seen", "when"]},
}
# Epoch numbers pandas reads in another unit than microseconds: datetime64[s], [ms] or [ns] of the same ticks, which
# Stratum holds too (JsonDatesTest reads each "units_*" input and compares dtype and cells).
UNIT_DATES = {
    "epoch_seconds": {"date": [1600000000, 1600000001]},
    "epoch_ms_missing": {"date": [1600000000000, None]},
    "all_missing": {"date": [None, None]},
    "epoch_text": {"date": ["1600000000", "1600000001"]},
    "epoch_nanoseconds": {"date": [1600000000123456789, 1600000001000000000]},
    "epoch_seconds_unit_ms": {"date": [-1600000000, 1600000001]},
    "iso_nanoseconds": {"date": ["2020-01-01 00:00:00.123456789", "2020-01-01"]},
    "iso_utc": {"date": ["2020-01-01T00:00:00Z", "2020-01-02T00:00:00Z"]},
    "iso_offset": {"date": ["2020-01-01T00:00:00+02:00", None]},
    "iso_mixed_offsets": {"date": ["2020-01-01T00:00:00+02:00", "2020-06-02T00:00:00+01:00"]},
}
REFUSED_DATES = {
    "epoch_float": {"date": [1600000000.5, 1600000001.0]},
    "slashes": {"date": ["01/02/2020", "03/04/2020"]},
    "month_name": {"date": ["May 2020", "June 2020"]},
    "text_and_numbers": {"date": ["2020-01-01", 1600000000]},
}


def records(columns):
    n = len(next(iter(columns.values())))
    return [{k: v[i] for k, v in columns.items()} for i in range(n)]


def json_dates():
    import json
    (INPUTS / "records_dates.json").write_text(json.dumps(records(DATE_RECORDS)) + "\n", encoding="utf-8")
    rows = []
    for case, kwargs in DATE_CASES.items():
        cells(case, pd.read_json(INPUTS / "records_dates.json", orient="records", **kwargs), rows)
    for case, columns in UNIT_DATES.items():
        name = f"units_{case}.json"
        (INPUTS / name).write_text(json.dumps(records(columns)) + "\n", encoding="utf-8")
        cells(name, pd.read_json(INPUTS / name, orient="records"), rows)
    for case, columns in REFUSED_DATES.items():
        name = f"refused_{case}.json"
        (INPUTS / name).write_text(json.dumps(records(columns)) + "\n", encoding="utf-8")
        cells(name, pd.read_json(INPUTS / name, orient="records"), rows)
    path = OUT / "reader_json_dates.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "column", "dtype", "row", "missing", "value"])
        w.writerows(rows)
    print(f"wrote {path.name} ({len(rows)} rows)")


def shared_files():
    frames = {
        "flights-3m.parquet": pd.read_parquet,
        "flights-200k.arrow": pd.read_feather,
        "cars.json": pd.read_json,
        "movies.json": pd.read_json,
        "penguins.json": pd.read_json,
    }
    rows = []
    summary = []
    for name, read in frames.items():
        path = SHARED / name
        if not path.exists():
            print(f"skipping {path}: not present")
            continue
        df = read(path)
        n = len(df)
        for c in df.columns:
            col = df[c]
            total = float(col.astype("float64").sum()) if col.dtype.kind in "if" else (
                float(col.astype("int64").astype("float64").sum()) if col.dtype.kind == "M" else "")
            summary.append([name, c, dtype_name(col.dtype), n, int(col.isna().sum()), fmt(total) if total != "" else ""])
        cells(name, df, rows, sample=sorted({0, 1, n // 3, n // 2, n - 1}))
    for fname, data in (("reader_shared_summary.csv", (["file", "column", "dtype", "rows", "missing", "sum"], summary)),
                        ("reader_shared_cells.csv", (["file", "column", "dtype", "row", "missing", "value"], rows))):
        path = OUT / fname
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(data[0])
            w.writerows(data[1])
        print(f"wrote {path.name} ({len(data[1])} rows)")


# Parquet layouts (ParquetLayoutsTest): one table written with every codec, data page version, dictionary setting
# and a few value encodings pyarrow writes; every file must read as pandas reads the first. "direct" says whether
# Stratum's own page decoder reads all its columns (else hardwood reads the columns it does not).
LAYOUT_ROWS = 300


def layout_table():
    n = LAYOUT_ROWS
    rng = np.random.default_rng(7)
    ids = np.arange(n, dtype=np.int64) * 7919 - 1_000_000
    cities = np.array(["Paris", "Lyon", "Nice", "Zürich", "", "São Paulo"])
    def masked(values, every, offset=0):
        return [None if (i + offset) % every == 0 else v for i, v in enumerate(values)]
    return pa.table({
        "id": pa.array(ids, pa.int64()),
        "small_int": pa.array(rng.integers(0, 5, n), pa.int64()),
        "int_null": pa.array(masked(rng.integers(-50, 50, n).tolist(), 7), pa.int64()),
        "int32": pa.array(rng.integers(-2**31, 2**31 - 1, n), pa.int32()),
        "uint32": pa.array(rng.integers(0, 2**32 - 1, n, dtype=np.uint64), pa.uint32()),
        "x": pa.array(masked([float(v) for v in rng.normal(size=n)], 11, 3), pa.float64()),
        "x_nan": pa.array([float("nan") if i % 13 == 0 else float(i % 4) / 3 for i in range(n)], pa.float64()),
        "f32": pa.array(masked([float(v) for v in rng.normal(size=n)], 17), pa.float32()),
        "flag": pa.array(masked([bool(v) for v in rng.integers(0, 2, n)], 5, 1), pa.bool_()),
        "city": pa.array(masked([str(v) for v in rng.choice(cities, n)], 9, 2), pa.string()),
        "text": pa.array(masked([f"row {i} " + "x" * (i % 23) for i in range(n)], 31), pa.string()),
        "no_text": pa.array([None] * n, pa.string()),
        "no_int": pa.array([None] * n, pa.int64()),
        "ts": pa.array(masked([1_600_000_000_000_000 + 3_600_000_123 * (i % 40) for i in range(n)], 6), pa.timestamp("us")),
        "ts_ms": pa.array(masked([-86_400_000 * 3 + 1_234_567 * (i % 9) for i in range(n)], 8), pa.timestamp("ms")),
        "ts_ns": pa.array([1_000 * (1_700_000_000_000_000 + 1_001 * i) for i in range(n)], pa.timestamp("ns")),
    })


def layout_files():
    table = layout_table()
    out = INPUTS / "parquet_layouts"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.parquet"):
        old.unlink()
    files = []
    for codec in ["none", "snappy", "gzip", "zstd", "lz4"]:
        for version in ["1.0", "2.0"]:
            for dictionary in [True, False]:
                name = f"{codec}_v{version[0]}_{'dict' if dictionary else 'plain'}.parquet"
                # Small pages and row groups: many pages per chunk, several chunks per column.
                pq.write_table(table, out / name, compression=codec, data_page_version=version,
                               use_dictionary=dictionary, row_group_size=128, data_page_size=512)
                files.append((name, True))
    # A dictionary that outgrows its page limit: pyarrow falls back to PLAIN pages within the chunk.
    pq.write_table(table, out / "dict_fallback.parquet", compression="snappy", dictionary_pagesize_limit=200,
                   row_group_size=300, data_page_size=256)
    files.append(("dict_fallback.parquet", True))
    # Value encodings hardwood reads for us: delta and byte-stream-split.
    pq.write_table(table, out / "delta_encodings.parquet", use_dictionary=False, compression="zstd",
                   column_encoding={"id": "DELTA_BINARY_PACKED", "int32": "DELTA_BINARY_PACKED",
                                    "x": "BYTE_STREAM_SPLIT", "text": "DELTA_LENGTH_BYTE_ARRAY",
                                    "city": "DELTA_BYTE_ARRAY"})
    files.append(("delta_encodings.parquet", False))
    # Brotli, which Stratum refuses with a message naming the codec (ParquetLayoutsTest).
    pq.write_table(table.select(["id", "city"]), out / "brotli.parquet", compression="brotli")
    expected = pd.read_parquet(out / files[0][0])
    for name, _ in files:
        got = pd.read_parquet(out / name)
        pd.testing.assert_frame_equal(expected, got, check_exact=True)
    rows = []
    cells("layouts", expected, rows)
    for r in rows:
        # pandas reads a bool column with missing values as object (True, False, None): say so, not "str".
        if r[1] == "flag":
            r[2] = str(expected["flag"].dtype)
    with open(OUT / "reader_parquet_layouts.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "column", "dtype", "row", "missing", "value"])
        w.writerows(rows)
    with open(OUT / "reader_parquet_layout_files.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "direct"])
        w.writerows([[name, "True" if direct else "False"] for name, direct in files])
    print(f"wrote {len(files)} Parquet layouts and reader_parquet_layouts.csv ({len(rows)} rows)")


def weather_copies():
    """seattle-weather.csv as Parquet, Feather and JSON records, for the frontend's reader pipeline tests."""
    repo = OUT.parents[4]
    out = repo / "frontend" / "src" / "test" / "resources" / "readers"
    out.mkdir(parents=True, exist_ok=True)
    df = pd.read_csv(repo / "examples" / "data" / "seattle-weather.csv")
    df.to_parquet(out / "seattle-weather.parquet", index=False, compression="zstd")
    df.to_feather(out / "seattle-weather.feather")
    df.to_json(out / "seattle-weather.json", orient="records")
    print(f"wrote seattle-weather copies in {out}")


if __name__ == "__main__":
    print(f"pandas {pd.__version__}, pyarrow {pa.__version__}", file=sys.stderr)
    csv_options()
    small_files()
    layout_files()
    json_dates()
    shared_files()
    weather_copies()
