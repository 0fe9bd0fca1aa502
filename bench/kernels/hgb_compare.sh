#!/bin/sh
# HistGradientBoostingRegressor fit at 100,000 rows: scikit-learn and Stratum on the same CSV, one after the other,
# on all cores and on one thread (scikit-learn with OMP_NUM_THREADS=1, Stratum on a one-worker pool), then the
# one-thread fits by CPU time, which load inflates least. Both JVMs have the Vector API module, as the launcher's
# STRATUM_VECTOR=1 gives it (the partition after a split uses it on AVX-512 machines).
# Run from the repository root after: mvn -B -o -q -pl bench -am package -DskipTests
set -e
JAVA="${JAVA_HOME:-/usr}/bin/java"
python3 bench/kernels/hgb_sklearn.py "${1:-3}"
OMP_NUM_THREADS=1 python3 bench/kernels/hgb_sklearn.py "${1:-3}"
"$JAVA" -jar bench/target/benchmarks.jar HistGradientBoostingBenchmark -p threads=0,1
"$JAVA" --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
    -cp bench/target/benchmarks.jar io.stratum.bench.kernels.HistGradientBoostingCpuTime 15
