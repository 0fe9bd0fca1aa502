"""Side by side: reading flights data with Stratum, pandas, polars and DuckDB in one run.

    python3 bench/frames/readers.py [--rows 1000000] [--repeats 5] [--data ../shared/data]

Writes a CSV of the first --rows rows of flights-3m.parquet (delay, distance, origin, destination) to a temporary
directory, then times read_csv and read_parquet (all four columns, and two of them) with each library: median wall
time of --repeats reads after one warm-up read. Stratum runs in one JVM started once (bench/target/benchmarks.jar,
built by `mvn -B -o -q -pl bench -am package -DskipTests`), so its JIT is warm like the Python libraries after
import. Libraries that are not installed are skipped with a message. Prints a table; numbers are wall times on
this machine, so compare within one run only.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
COLUMNS = ["delay", "distance", "origin", "destination"]


def median_ms(fn, repeats):
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def python_cases(csv, parquet):
    cases = {}
    try:
        import pandas as pd
        cases["pandas"] = {
            "read_csv": lambda: pd.read_csv(csv),
            "read_parquet": lambda: pd.read_parquet(parquet, columns=COLUMNS),
            "read_parquet_2_columns": lambda: pd.read_parquet(parquet, columns=["delay", "origin"]),
        }
    except ImportError:
        print("pandas not installed: skipped", file=sys.stderr)
    try:
        import polars as pl
        cases["polars"] = {
            "read_csv": lambda: pl.read_csv(csv),
            "read_parquet": lambda: pl.read_parquet(parquet, columns=COLUMNS),
            "read_parquet_2_columns": lambda: pl.read_parquet(parquet, columns=["delay", "origin"]),
        }
    except ImportError:
        print("polars not installed: skipped", file=sys.stderr)
    try:
        import duckdb
        con = duckdb.connect()
        cases["duckdb"] = {
            "read_csv": lambda: con.execute(f"SELECT * FROM read_csv_auto('{csv}')").arrow(),
            "read_parquet": lambda: con.execute(f"SELECT {', '.join(COLUMNS)} FROM '{parquet}'").arrow(),
            "read_parquet_2_columns": lambda: con.execute(f"SELECT delay, origin FROM '{parquet}'").arrow(),
        }
    except ImportError:
        print("duckdb not installed: skipped", file=sys.stderr)
    return cases


def stratum_times(csv, parquet, repeats):
    jar = Path(os.environ.get("STRATUM_BENCH_JAR", REPO / "bench" / "target" / "benchmarks.jar"))
    if not jar.exists():
        print(f"{jar} not built: Stratum skipped (mvn -B -o -q -pl bench -am package -DskipTests)", file=sys.stderr)
        return {}
    java = Path(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")) / "bin" / "java"
    out = subprocess.run([str(java), "--add-modules=jdk.incubator.vector", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                          "--enable-native-access=ALL-UNNAMED", "-Xmx6g", "-cp", str(jar), "io.stratum.bench.io.ReaderTimes",
                          str(csv), str(parquet), str(repeats)], capture_output=True, text=True, check=True).stdout
    return {name: float(ms) for name, ms in (line.split(",") for line in out.strip().splitlines())}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    a = p.parse_args()
    parquet = Path(a.data) / "flights-3m.parquet"
    if not parquet.exists():
        sys.exit(f"{parquet} not found: pass --data")
    import pandas as pd
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "flights.csv"
        pd.read_parquet(parquet, columns=COLUMNS).head(a.rows).to_csv(csv, index=False)
        results = {"stratum": stratum_times(csv, parquet, a.repeats)}
        for lib, cases in python_cases(csv, parquet).items():
            results[lib] = {name: median_ms(fn, a.repeats) for name, fn in cases.items()}
    names = ["read_csv", "read_parquet", "read_parquet_2_columns"]
    libs = [lib for lib in results if results[lib]]
    print(f"| case ({a.rows:,}-row CSV; 3M-row Parquet) | " + " | ".join(f"{lib} ms" for lib in libs)
          + " | stratum / pandas |")
    print("|---" * (len(libs) + 2) + "|")
    for n in names:
        row = [f"{results[lib].get(n, float('nan')):.0f}" for lib in libs]
        ratio = results.get("stratum", {}).get(n, float("nan")) / results.get("pandas", {}).get(n, float("nan"))
        print(f"| {n} | " + " | ".join(row) + f" | {ratio:.2f} |")


if __name__ == "__main__":
    main()
