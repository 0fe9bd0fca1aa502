#!/usr/bin/env python3
"""OneHotEncoder, Ridge and LogisticRegression at 100k rows: Stratum's kernels (JMH LinearModelsBenchmark) against
scikit-learn on the same CSV, in one run, with the ratios.

Usage (from the repository root, after `mvn -B -o -q -pl bench -am package -DskipTests` and
`python3 bench/e2e/make_data.py`):
    python3 bench/kernels/linear_compare.py [--reps 3] [--baseline-jar OLD.jar]

With --baseline-jar, the same JMH benchmark also runs from an older build's benchmarks jar in the same session, and
the table gets a column for it (before/after ratios measured at the same moment).

The design matches the Java side: OneHotEncoder(handle_unknown="ignore") of gender, department, division and
employee_position_title (sparse CSR, scikit-learn's default), plus year_first_hired standardized with the population
standard deviation. Ridge() is fitted to the salary twice: on the sparse design (scikit-learn's "auto" then runs
sparse_cg at tol=1e-4, an approximate solution) and on the same design made dense (Cholesky, the exact solution that
Stratum computes). LogisticRegression() (lbfgs) is fitted to assignment_category on the sparse design. Besides the
times it prints the training r2 / accuracy of each scikit-learn fit so the runs can be checked against each other.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.preprocessing import OneHotEncoder

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CATEGORICAL = ["gender", "department", "division", "employee_position_title"]


def data_file():
    path = os.path.join(ROOT, "bench", "data", "employee_salaries_100k.csv")
    if not os.path.exists(path):
        sys.exit("bench/data/employee_salaries_100k.csv is missing: run python3 bench/e2e/make_data.py")
    return path


def jmh(path, jar=None, label="Stratum"):
    java = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = f.name
    jar = jar or os.path.join(ROOT, "bench", "target", "benchmarks.jar")
    run = subprocess.run([java, f"-Dstratum.bench.data={os.path.dirname(path)}", "-jar", jar,
                          "LinearModelsBenchmark", "-rf", "json", "-rff", out], check=True, cwd=ROOT,
                         stdout=subprocess.PIPE, text=True)
    seen = []
    for line in run.stdout.splitlines():
        if line.startswith("# check:") and line not in seen:
            seen.append(line)
            print(label + " " + line[2:])
    with open(out) as f:
        results = json.load(f)
    return {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in results}


def timed(fn, reps):
    times, result = [], None
    for _ in range(reps):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--baseline-jar", help="an older build's bench/target/benchmarks.jar, run in the same session")
    args = parser.parse_args()
    path = data_file()
    before = jmh(path, args.baseline_jar, "Stratum (baseline)") if args.baseline_jar else None
    ours = jmh(path)
    frame = pd.read_csv(path)
    cats = frame[CATEGORICAL]
    year = frame["year_first_hired"].to_numpy(float)
    year = (year - year.mean()) / year.std()
    salary = frame["current_annual_salary"].to_numpy(float)
    assignment = frame["assignment_category"].to_numpy()

    one_hot_ms, block = timed(lambda: OneHotEncoder(handle_unknown="ignore").fit_transform(cats), args.reps)
    sparse = sp.hstack([sp.csr_matrix(year.reshape(-1, 1)), block]).tocsr()
    dense = sparse.toarray()
    ridge_sparse_ms, ridge_sparse = timed(lambda: Ridge().fit(sparse, salary), args.reps)
    ridge_dense_ms, ridge_dense = timed(lambda: Ridge().fit(dense, salary), args.reps)
    logistic_ms, logistic = timed(lambda: LogisticRegression().fit(sparse, assignment), args.reps)

    print(f"\ndata: {path} ({len(frame)} rows, {sparse.shape[1]} features, {block.nnz} non-zeros in the one-hot block)")
    print(f"scikit-learn training fit: Ridge sparse_cg r2 {ridge_sparse.score(sparse, salary):.10f}, "
          f"Ridge dense r2 {ridge_dense.score(dense, salary):.10f}, "
          f"LogisticRegression accuracy {logistic.score(sparse, assignment):.10f} "
          f"({int(logistic.n_iter_[0])} lbfgs iterations)")
    rows = [
        ("OneHotEncoder(handle_unknown='ignore').fit_transform (CSR)", "oneHotFitTransform", one_hot_ms),
        ("Ridge().fit, sparse design (scikit-learn: sparse_cg, tol 1e-4)", "ridgeFit", ridge_sparse_ms),
        ("Ridge().fit, dense design (scikit-learn: Cholesky)", "ridgeFit", ridge_dense_ms),
        ("LogisticRegression().fit (lbfgs), sparse design", "logisticRegressionFit", logistic_ms),
    ]
    if before is None:
        print("| operation | Stratum (ms) | scikit-learn (ms) | scikit-learn / Stratum |")
        print("|---|---:|---:|---:|")
        for label, bench, theirs in rows:
            print(f"| {label} | {ours[bench]:.0f} | {theirs:.0f} | {theirs / ours[bench]:.2f}x |")
        return
    print("| operation | Stratum before (ms) | Stratum (ms) | scikit-learn (ms) | scikit-learn / before |"
          " scikit-learn / Stratum |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, bench, theirs in rows:
        print(f"| {label} | {before[bench]:.0f} | {ours[bench]:.0f} | {theirs:.0f} | {theirs / before[bench]:.2f}x |"
              f" {theirs / ours[bench]:.2f}x |")


if __name__ == "__main__":
    main()
