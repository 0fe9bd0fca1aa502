#!/usr/bin/env python3
"""Frames benchmark: the same frame operations on ../shared/data/flights-3m.parquet joined with airports.csv, side by
side in one run, in Stratum (its kernels, on the JVM), pandas, polars (skipped with a message when not installed) and
DuckDB (embedded in the same JVM as Stratum, through its JDBC driver).

Usage (from the repository root):  python3 bench/frames/run.py [--reps 3] [--rows N] [--skip-python]
                                   [--baseline-jar old-benchmarks.jar]
Operations: load (CSV to a frame), filter (two comparisons and &, then its length), filter_read (the same filter,
then the sum of its delay and a group-by count of its dates: its values read, text included), join (flights.origin = airports.iata, inner),
groupby (per origin: mean delay, max distance, size), join_groupby (join, then per state: mean delay, size),
sort (by origin, delay; stable), load_parquet (the Parquet file to a frame), dt_fields (year, month, day, hour and
dayofweek of its datetime column), group_transform (each row gets its origin's mean delay: pandas'
groupby("origin")["delay"].transform("mean"), polars' mean().over("origin"), a DuckDB window average), rolling
(delay.rolling(30).mean() and .max(); polars' rolling_mean/rolling_max, DuckDB's 30-row window frame), group_cumsum
(groupby("origin")["delay"].cumsum(); polars' cum_sum().over("origin"), DuckDB's partitioned running sum). Each time is
the median of --reps runs after loading; every engine must report the same output rows, or the run fails. CPU seconds
are the process's (all threads) in every engine, read from the same clock (clock_gettime(CLOCK_PROCESS_CPUTIME_ID): Python's time.process_time(), and the JVM side's ProcessCpu); no
engine gets a warm-up repetition (--per-rep prints every repetition, the JVM's with its JIT seconds). The CSV
operations read the same CSV in every engine, written once by this script from the Parquet file into
bench/data/frames/ (date as text); with --rows, the Parquet operations read the first rows written to a Parquet file
there too.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = Path(os.environ.get("STRATUM_SHARED_DATA", ROOT.parent / "shared" / "data"))
DATA = ROOT / "bench" / "data" / "frames"
JAR = Path(os.environ.get("STRATUM_BENCH_JAR", ROOT / "bench" / "target" / "benchmarks.jar"))
OPS = ["load", "filter", "filter_read", "join", "groupby", "join_groupby", "sort", "load_parquet", "dt_fields",
       "group_transform", "rolling", "group_cumsum"]
ENGINES = ["stratum", "pandas", "polars", "duckdb", "before"]
# pandas' default NA strings: polars and DuckDB are told to read them as nulls too, so that every engine sees the
# same missing values (airports.csv has a state "NA" that pandas and Stratum read as missing).
PANDAS_NA = ["", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A",
             "NA", "NULL", "NaN", "None", "n/a", "nan", "null"]


def make_csv(rows):
    import pandas as pd
    DATA.mkdir(parents=True, exist_ok=True)
    name = "flights-3m.csv" if rows is None else f"flights-{rows}.csv"
    out = DATA / name
    if not out.exists():
        flights = pd.read_parquet(SHARED / "flights-3m.parquet")
        if rows is not None:
            flights = flights.head(rows)
        flights["date"] = flights["date"].dt.strftime("%Y-%m-%d %H:%M:%S")
        flights.to_csv(out, index=False)
        print(f"wrote {out} ({len(flights)} rows)", file=sys.stderr)
    return out


def make_parquet(rows):
    if rows is None:
        return SHARED / "flights-3m.parquet"
    import pandas as pd
    out = DATA / f"flights-{rows}.parquet"
    if not out.exists():
        pd.read_parquet(SHARED / "flights-3m.parquet").head(rows).to_parquet(out, index=False)
        print(f"wrote {out}", file=sys.stderr)
    return out


def timed(reps, body):
    """(median wall seconds, output rows, median CPU seconds of the process: all threads, every repetition's CPU
    seconds in order). No repetition is left out as a warm-up, in any engine: the JVM's first ones carry its JIT
    compilation, as the first calls of a Python library carry its lazy imports and caches."""
    seconds = []
    cpu = []
    rows = None
    for _ in range(reps):
        start = time.perf_counter()
        cpu_start = time.process_time()
        rows = body()
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    return sorted(seconds)[reps // 2], rows, sorted(cpu)[reps // 2], cpu


def run_pandas(flights_csv, flights_parquet, airports_csv, reps):
    import pandas as pd
    out = {}
    frames = {}

    def load():
        frames["f"] = pd.read_csv(flights_csv)
        frames["a"] = pd.read_csv(airports_csv)
        return len(frames["f"])
    out["load"] = timed(reps, load)
    f, a = frames["f"], frames["a"]
    out["filter"] = timed(reps, lambda: len(f[(f["delay"] > 10) & (f["distance"] < 1000)]))

    def filter_read():
        kept = f[(f["delay"] > 10) & (f["distance"] < 1000)]
        kept["delay"].sum()
        return len(kept.groupby("date").size())
    out["filter_read"] = timed(reps, filter_read)
    out["join"] = timed(reps, lambda: len(f.merge(a, left_on="origin", right_on="iata")))
    out["groupby"] = timed(reps, lambda: len(f.groupby("origin").agg(
        delay_mean=("delay", "mean"), distance_max=("distance", "max"), n=("delay", "size")).reset_index()))
    out["join_groupby"] = timed(reps, lambda: len(f.merge(a, left_on="origin", right_on="iata").groupby("state").agg(
        delay_mean=("delay", "mean"), n=("delay", "size")).reset_index()))
    out["sort"] = timed(reps, lambda: len(f.sort_values(["origin", "delay"], kind="stable")))
    out["group_transform"] = timed(reps, lambda: len(f.groupby("origin")["delay"].transform("mean")))

    def rolling():
        window = f["delay"].rolling(30)
        return len(pd.DataFrame({"m": window.mean(), "x": window.max()}))
    out["rolling"] = timed(reps, rolling)
    out["group_cumsum"] = timed(reps, lambda: len(f.groupby("origin")["delay"].cumsum()))

    def load_parquet():
        frames["p"] = pd.read_parquet(flights_parquet)
        return len(frames["p"])
    out["load_parquet"] = timed(reps, load_parquet)
    date = frames["p"]["date"]

    def dt_fields():
        fields = [date.dt.year, date.dt.month, date.dt.day, date.dt.hour, date.dt.dayofweek]
        return len(fields[-1])
    out["dt_fields"] = timed(reps, dt_fields)
    return out


def run_polars(flights_csv, flights_parquet, airports_csv, reps):
    import polars as pl
    out = {}
    frames = {}

    def load():
        frames["f"] = pl.read_csv(flights_csv, null_values=PANDAS_NA)
        frames["a"] = pl.read_csv(airports_csv, null_values=PANDAS_NA)
        return frames["f"].height
    out["load"] = timed(reps, load)
    f, a = frames["f"], frames["a"]
    out["filter"] = timed(reps, lambda: f.filter((pl.col("delay") > 10) & (pl.col("distance") < 1000)).height)

    def filter_read():
        kept = f.filter((pl.col("delay") > 10) & (pl.col("distance") < 1000))
        kept["delay"].sum()
        return kept.group_by("date").len().sort("date").height
    out["filter_read"] = timed(reps, filter_read)
    out["join"] = timed(reps, lambda: f.join(a, left_on="origin", right_on="iata").height)
    out["groupby"] = timed(reps, lambda: f.group_by("origin").agg(
        pl.col("delay").mean().alias("delay_mean"), pl.col("distance").max().alias("distance_max"),
        pl.len().alias("n")).sort("origin").height)
    out["join_groupby"] = timed(reps, lambda: f.join(a, left_on="origin", right_on="iata")
                                .filter(pl.col("state").is_not_null()).group_by("state")
                                .agg(pl.col("delay").mean().alias("delay_mean"), pl.len().alias("n")).sort("state").height)
    out["sort"] = timed(reps, lambda: f.sort(["origin", "delay"], maintain_order=True).height)
    out["group_transform"] = timed(reps, lambda: f.select(pl.col("delay").mean().over("origin")).height)
    out["rolling"] = timed(reps, lambda: f.select(pl.col("delay").rolling_mean(30).alias("m"),
                                                  pl.col("delay").rolling_max(30).alias("x")).height)
    out["group_cumsum"] = timed(reps, lambda: f.select(pl.col("delay").cum_sum().over("origin")).height)

    def load_parquet():
        frames["p"] = pl.read_parquet(flights_parquet)
        return frames["p"].height
    out["load_parquet"] = timed(reps, load_parquet)
    p = frames["p"]
    out["dt_fields"] = timed(reps, lambda: p.select(
        pl.col("date").dt.year().alias("year"), pl.col("date").dt.month().alias("month"),
        pl.col("date").dt.day().alias("day"), pl.col("date").dt.hour().alias("hour"),
        (pl.col("date").dt.weekday() - 1).alias("dayofweek")).height)
    return out


def run_jvm(flights_csv, flights_parquet, airports_csv, reps, jar=JAR, engines=("stratum", "duckdb")):
    if not jar.exists() and jar == JAR:
        subprocess.run(["mvn", "-B", "-o", "-q", "-pl", "bench", "-am", "package", "-DskipTests"], cwd=ROOT, check=True)
    java = Path(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")) / "bin" / "java"
    cmd = [str(java), "--add-modules=jdk.incubator.vector", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
           "--enable-native-access=ALL-UNNAMED", "-Xmx6g", "-cp", str(jar), "io.stratum.bench.frames.FramesSuite",
           str(flights_csv), str(flights_parquet), str(airports_csv), str(reps), *engines]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("the JVM side failed:\n" + proc.stderr[-4000:])
    out = {"stratum": {}, "duckdb": {}}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            r = json.loads(line)
            out[r["engine"]][r["op"]] = (r["seconds"], r["rows"], r.get("cpu_seconds", float("nan")),
                                         r.get("cpu_reps", []), r.get("first_cpu_seconds", float("nan")),
                                         r.get("first_jit_seconds", float("nan")), r.get("jit_seconds", float("nan")),
                                         r.get("jit_reps", []))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--rows", type=int, default=None, help="use only the first N flights (default: all 3 million)")
    ap.add_argument("--skip-python", action="store_true", help="only Stratum and DuckDB")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    ap.add_argument("--per-rep", action="store_true", help="also print every repetition's CPU seconds")
    ap.add_argument("--baseline-jar", type=Path, default=None,
                    help="also run Stratum from this benchmark jar (say, built from main) in the same script, as 'before'")
    args = ap.parse_args()
    if not (SHARED / "flights-3m.parquet").exists():
        sys.exit(f"bench/frames: {SHARED / 'flights-3m.parquet'} not found (set STRATUM_SHARED_DATA=<dir>)")
    flights_csv = make_csv(args.rows)
    flights_parquet = make_parquet(args.rows)
    airports_csv = SHARED / "airports.csv"
    results = run_jvm(flights_csv, flights_parquet, airports_csv, args.reps)
    if args.baseline_jar is not None:
        results["before"] = run_jvm(flights_csv, flights_parquet, airports_csv, args.reps, args.baseline_jar,
                                    ("stratum",))["stratum"]
    if not args.skip_python:
        results["pandas"] = run_pandas(flights_csv, flights_parquet, airports_csv, args.reps)
        try:
            import polars  # noqa: F401
            results["polars"] = run_polars(flights_csv, flights_parquet, airports_csv, args.reps)
        except ImportError:
            print("polars is not installed: its column is skipped", file=sys.stderr)
    engines = [e for e in ENGINES if e in results]
    # A baseline jar built before an operation existed has no result for it: shown as nan.
    missing = (float("nan"), 0, float("nan"), [], float("nan"), float("nan"), float("nan"), [])
    for e in engines:
        for op in OPS:
            results[e].setdefault(op, missing)
    disagreements = []
    for op in OPS:
        rows = {e: results[e][op][1] for e in engines if results[e][op] is not missing}
        if len(set(rows.values())) > 1:
            disagreements.append(f"bench/frames: engines disagree on the rows of {op}: {rows}")
    for what, k in (("wall seconds", 0), ("CPU seconds (process, all threads)", 2)):
        print(f"frames benchmark: {flights_csv.name} + airports.csv, median of {args.reps}, {what} "
              f"(ratio = other engine's time / Stratum's; above 1 means Stratum is faster)")
        header = f"{'operation':<13}{'rows':>10}" + "".join(f"{e:>10}" for e in engines) + "".join(
            f"{e + '/str':>12}" for e in engines if e != "stratum")
        print(header)
        for op in OPS:
            s = results["stratum"][op][k]
            line = f"{op:<13}{results['stratum'][op][1]:>10}" + "".join(f"{results[e][op][k]:>10.3f}" for e in engines)
            line += "".join(f"{results[e][op][k] / s:>12.2f}" for e in engines if e != "stratum")
            print(line)
    # The JVM engines run once per process: their first repetition pays the JIT compilation of the kernels, which a
    # long-lived process (a search, a session) pays once. Both are printed; neither replaces the medians above.
    print(f"JVM one-shot costs: CPU seconds of the first repetition, and the JIT compilers' seconds in the first "
          f"repetition and over all {args.reps}")
    jvms = [e for e in ("stratum", "duckdb", "before") if e in results]
    print(f"{'operation':<13}" + "".join(f"{e + ' first':>15}{'jit first':>11}{'jit all':>10}" for e in jvms))
    for op in OPS:
        print(f"{op:<13}" + "".join(f"{results[e][op][4]:>15.3f}{results[e][op][5]:>11.3f}{results[e][op][6]:>10.3f}"
                                    for e in jvms))
    if args.per_rep:
        # What each median is made of: the JVM's first repetitions carry JIT compilation (its seconds in brackets).
        print("CPU seconds of every repetition, in order (JVM engines: the JIT compilers' seconds in brackets)")
        for op in OPS:
            for e in engines:
                v = results[e][op]
                jit = v[7] if len(v) > 7 else []
                print(f"{op:<13}{e:>8}  " + " ".join(
                    f"{c:.4f}" + (f" [{jit[i]:.3f}]" if i < len(jit) else "") for i, c in enumerate(v[3])))
    if disagreements:
        sys.exit("\n".join(disagreements))
    if args.json:
        args.json.write_text(json.dumps({e: {op: dict(zip(("seconds", "rows", "cpu_seconds", "cpu_reps",
                                                            "first_cpu_seconds", "first_jit_seconds", "jit_seconds",
                                                            "jit_reps"), v))
                                             for op, v in r.items()} for e, r in results.items()}, indent=1))


if __name__ == "__main__":
    main()
