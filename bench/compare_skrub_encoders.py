#!/usr/bin/env python3
"""StringEncoder and TableVectorizer: Stratum's kernels (JMH) against skrub on the same data, in one run.

Usage (from the repository root, after `mvn -pl bench -am package -DskipTests` and `python3 bench/e2e/make_data.py`):
    SKRUB_SRC=/tmp/skrub-src python3 bench/compare_skrub_encoders.py [--reps 3]
Runs bench/target/benchmarks.jar SkrubEncodersBenchmark (1 warm-up, 3 measured iterations, one thread), then times
skrub's StringEncoder().fit_transform and TableVectorizer().fit_transform on the same CSV (median of --reps), and prints
milliseconds per operation and the ratio. Without SKRUB_SRC the StringEncoder row uses scikit-learn's
TfidfVectorizer(char_wb, (3, 4)) + TruncatedSVD(30) (what StringEncoder runs) and the TableVectorizer row is skipped.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def data_file():
    for path in (os.path.join(ROOT, "bench", "data", "employee_salaries_100k.csv"),
                 os.path.join(os.path.dirname(ROOT), "shared", "data", "employee_salaries.csv")):
        if os.path.exists(path):
            return path
    sys.exit("no employee_salaries data: run python3 bench/e2e/make_data.py")


def jmh(path):
    java = os.path.join(os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java")
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = f.name
    subprocess.run([java, f"-Dstratum.bench.data={os.path.dirname(path)}", "-jar",
                    os.path.join(ROOT, "bench", "target", "benchmarks.jar"), "SkrubEncodersBenchmark",
                    "-rf", "json", "-rff", out], check=True, cwd=ROOT)
    with open(out) as f:
        results = json.load(f)
    return {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in results}


def timed(fn, reps):
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args()
    path = data_file()
    ours = jmh(path)
    x = pd.read_csv(path).drop(columns=["current_annual_salary"])
    rows = []
    if os.environ.get("SKRUB_SRC"):
        sys.path.insert(0, os.path.join(ROOT, "runtime", "reference"))
        from skrub_source import import_skrub
        skrub = import_skrub()
        rows.append(("StringEncoder().fit_transform(title)", "stringEncoderFitTransform", "skrub",
                     timed(lambda: skrub.StringEncoder().fit_transform(x["employee_position_title"]), args.reps)))
        rows.append(("TableVectorizer().fit_transform(X)", "tableVectorizerFitTransform", "skrub",
                     timed(lambda: skrub.TableVectorizer().fit_transform(x), args.reps)))
    else:
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import make_pipeline

        def sklearn_string_encoder():
            docs = x["employee_position_title"].fillna("")
            make_pipeline(TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4)), TruncatedSVD(30)).fit_transform(docs)

        rows.append(("TF-IDF + TruncatedSVD(30) of title", "stringEncoderFitTransform", "scikit-learn",
                     timed(sklearn_string_encoder, args.reps)))
    print(f"\ndata: {path} ({len(x)} rows)")
    print("| operation | Stratum (ms) | baseline | baseline (ms) | ratio |")
    print("|---|---:|---|---:|---:|")
    for label, bench, who, theirs in rows:
        print(f"| {label} | {ours[bench]:.0f} | {who} | {theirs:.0f} | {theirs / ours[bench]:.2f}x |")


if __name__ == "__main__":
    main()
