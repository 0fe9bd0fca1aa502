#!/usr/bin/env python3
"""Reference pop orders of libstdc++'s std::push_heap/std::pop_heap, for Stratum's port (StdHeap, used by the
best-first tree builder exactly as scikit-learn's BestFirstTreeBuilder uses the C++ heap).

Run from anywhere:  python3 runtime/reference/make_std_heap_reference.py
Needs g++ (libstdc++). Compiles a small C++ program that replays random push/pop sequences over records (id,
priority) with many equal priorities, compared by priority only (as scikit-learn compares frontier records by
improvement), and writes std_heap.csv: per sequence the operations and the ids in the order they were popped.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from fixture_format import write  # noqa: E402

PROGRAM = r"""
#include <algorithm>
#include <cstdio>
#include <vector>
struct R { int id; double p; };
static bool less_p(const R& a, const R& b) { return a.p < b.p; }
int main() {
  int n; // operations: 'u id p' pushes, 'o' pops
  while (std::scanf("%d", &n) == 1) {
    std::vector<R> heap;
    for (int k = 0; k < n; k++) {
      char op[2]; std::scanf("%1s", op);
      if (op[0] == 'u') { R r; std::scanf("%d %lf", &r.id, &r.p); heap.push_back(r);
        std::push_heap(heap.begin(), heap.end(), &less_p); }
      else { std::pop_heap(heap.begin(), heap.end(), &less_p); std::printf("%d ", heap.back().id); heap.pop_back(); }
    }
    std::printf("\n");
  }
  return 0;
}
"""


def main():
    rng = np.random.RandomState(3)
    sequences = []
    for _ in range(60):
        ops, size, next_id = [], 0, 0
        for _ in range(rng.randint(5, 120)):
            if size == 0 or rng.uniform() < 0.6:
                ops.append(("u", next_id, float(rng.randint(0, 4)) * 0.5))
                next_id += 1
                size += 1
            else:
                ops.append(("o",))
                size -= 1
        ops += [("o",)] * size
        sequences.append(ops)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "heap.cpp"
        src.write_text(PROGRAM)
        exe = Path(tmp) / "heap"
        subprocess.run(["g++", "-O1", "-o", str(exe), str(src)], check=True)
        text = "".join(f"{len(ops)} " + " ".join(" ".join(str(v) for v in op) for op in ops) + "\n"
                       for ops in sequences)
        out = subprocess.run([str(exe)], input=text, capture_output=True, text=True, check=True).stdout
    rows = [[" ".join(",".join(str(v) for v in op) for op in ops), line.strip()]
            for ops, line in zip(sequences, out.splitlines())]
    write("std_heap.csv", ["operations", "popped"], rows)


if __name__ == "__main__":
    main()
