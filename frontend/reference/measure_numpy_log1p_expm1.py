"""How often numpy's np.log1p and np.expm1 give the C library's bits and the correctly rounded ones, on this machine.

numpy 2 computes float64 log1p and expm1 with its bundled AVX-512 routines on a CPU that has AVX-512 (X86_V4 in
numpy's __cpu_features__) and with the C library's elsewhere; Java's Math/StrictMath (fdlibm) give glibc's on all but
about 0.1% of values. So no one Java function gives numpy's bits on every machine, and Stratum writes a number or a
file computed after these functions only rounded (docs/architecture.md, "numpy on a learner's float predictions").

Usage: python3 frontend/reference/measure_numpy_log1p_expm1.py [values per range, default 100000]
(needs numpy and mpmath; prints counts, writes nothing)
"""
import math
import sys

import mpmath
import numpy as np

mpmath.mp.prec = 200
n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
rng = np.random.default_rng(1)
ranges = {
    "uniform(-0.9, 3)": rng.uniform(-0.9, 3, n),
    "tiny": rng.uniform(-1, 1, n) * 10.0 ** rng.uniform(-300, -5, n),
    "1e-13..1e13": np.exp(rng.uniform(-30, 30, n)),
    "just above -1": -1 + 10.0 ** rng.uniform(-15, -1, n),
}
features = np._core._multiarray_umath.__cpu_features__
print("numpy", np.__version__, "AVX512_SKX" if features.get("AVX512_SKX") else "no AVX-512")
for name, x in ranges.items():
    for function in ("log1p", "expm1"):
        # expm1 overflows above 709.78, where Python's math raises
        xs = x if function == "log1p" else np.clip(x, -745.0, 709.0)
        numpy = getattr(np, function)(xs)
        libc = np.array([getattr(math, function)(v) for v in xs])
        exact = np.array([float(getattr(mpmath, function)(mpmath.mpf(float(v)))) for v in xs])
        print(f"{name:18s} {function}: numpy != C library {int(np.sum(numpy != libc)):6d}, numpy != correctly rounded"
              f" {int(np.sum(numpy != exact)):6d}, C library != correctly rounded {int(np.sum(libc != exact)):6d} of {n}")
