"""numpy's default argsort (kind="quicksort") on keys with many ties, for NumpyQuicksortTest.

numpy 2 sorts datetime64, bool, int8 and int16 keys with its own introsort (the same order on every machine), and
int32/int64/float keys with x86-simd-sort where the CPU has AVX2/AVX-512 (an order of equal keys that depends on the
CPU). Writes sort_numpy_quicksort.csv: per case, the dtype, the keys (as int64: datetime ticks, 0/1, codes) and
numpy's argsort of them; and whether np.argsort of the same keys as int64 on this machine differs from the stable
order (it does on this AVX-512 machine, which is why Stratum does not imitate it).
"""
import numpy as np

from fixture_format import write

rng = np.random.RandomState(7)
rows = []
cases = [(n, spread) for n in (2, 15, 16, 17, 18, 40, 100, 500, 3000) for spread in (1, 3, 20)]
for i, (n, spread) in enumerate(cases):
    keys = rng.randint(0, max(2, n // spread), n)
    for dtype in ("datetime64[s]", "bool", "int8", "int16"):
        arr = (keys % 2 == 0) if dtype == "bool" else (keys % 100).astype(dtype) if dtype == "int8" else keys.astype(dtype)
        as_int = arr.astype("int64")
        order = np.argsort(arr, kind="quicksort")
        rows.append([f"case{i}", dtype, " ".join(str(int(x)) for x in as_int), " ".join(str(int(x)) for x in order)])
# Sorted and reversed runs of ties push the partitions toward the depth limit less often than numpy's adversaries,
# but long runs of one value exercise the equal-key scans.
for name, arr in (("ascending", np.arange(1000) // 7), ("descending", (np.arange(1000) // 7)[::-1].copy()),
                  ("constant", np.zeros(1000, dtype="int64")), ("organ", np.r_[np.arange(500), np.arange(500)[::-1]])):
    a = arr.astype("datetime64[s]")
    rows.append([name, "datetime64[s]", " ".join(str(int(x)) for x in arr), " ".join(str(int(x)) for x in np.argsort(a, kind="quicksort"))])
write("sort_numpy_quicksort.csv", ["case", "dtype", "keys", "argsort"], rows)
k = rng.randint(0, 10, 1000)
print("int64 quicksort equals stable here:", bool((np.argsort(k, kind="quicksort") == np.argsort(k, kind="stable")).all()))
