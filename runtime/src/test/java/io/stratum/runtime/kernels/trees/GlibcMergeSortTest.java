package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link GlibcMergeSort} against the C library's own {@code qsort} (called through the foreign function API) with
 * scikit-learn's {@code compare_cat_infos} on its 16-byte {@code categorical_info} records, on arrays full of equal
 * values: the orders must be the same. Skipped where the C library is not glibc (its qsort is what scikit-learn
 * calls on Linux; another libc sorts ties differently).
 */
class GlibcMergeSortTest {

    /** scikit-learn's comparator: -1 when a's value is smaller, else 1 (never 0). */
    static int compare(MemorySegment a, MemorySegment b) {
        double va = a.reinterpret(16).get(ValueLayout.JAVA_DOUBLE, 8);
        double vb = b.reinterpret(16).get(ValueLayout.JAVA_DOUBLE, 8);
        return va < vb ? -1 : 1;
    }

    @Test
    void sameOrderAsGlibcQsortOnTies() throws Throwable {
        Linker linker = Linker.nativeLinker();
        Optional<MemorySegment> gnu = linker.defaultLookup().find("gnu_get_libc_version");
        Assumptions.assumeTrue(gnu.isPresent(), "skipped: the C library is not glibc");
        MethodHandle qsort = linker.downcallHandle(linker.defaultLookup().find("qsort").orElseThrow(),
                FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                        ValueLayout.ADDRESS));
        MethodHandle compare = MethodHandles.lookup().findStatic(GlibcMergeSortTest.class, "compare",
                MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class));
        SplittableRandom random = new SplittableRandom(5);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment comparator = linker.upcallStub(compare, FunctionDescriptor.of(ValueLayout.JAVA_INT,
                    ValueLayout.ADDRESS, ValueLayout.ADDRESS), arena);
            for (int trial = 0; trial < 300; trial++) {
                int n = 1 + random.nextInt(trial < 100 ? 12 : 257);
                int distinct = 1 + random.nextInt(Math.max(1, n / 2));
                double[] values = new double[n];
                MemorySegment records = arena.allocate(16L * n, 8);
                for (int i = 0; i < n; i++) {
                    values[i] = random.nextInt(distinct) * 0.25 - 1;
                    records.set(ValueLayout.JAVA_INT, 16L * i, i);
                    records.set(ValueLayout.JAVA_DOUBLE, 16L * i + 8, values[i]);
                }
                qsort.invokeExact(records, (long) n, 16L, comparator);
                int[] expected = new int[n];
                for (int i = 0; i < n; i++) {
                    expected[i] = records.get(ValueLayout.JAVA_INT, 16L * i);
                }
                assertArrayEquals(expected, GlibcMergeSort.order(values, n), "trial " + trial + ", n = " + n);
            }
        }
    }
}
