package io.stratum.bench.frames;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;

/**
 * CPU time of the whole process (every thread: the kernels', the JIT compilers', the GC's, including threads that
 * have ended), read from the clock Python's {@code time.process_time()} reads, so that the JVM's and the Python
 * engines' CPU seconds count the same thing at the same resolution: {@code clock_gettime(CLOCK_PROCESS_CPUTIME_ID)},
 * called through the foreign function API.
 *
 * <p>{@code OperatingSystemMXBean.getProcessCpuTime()} counts the same threads, but on Linux it comes from
 * {@code times()}, in clock ticks ({@code CLK_TCK} = 100: 10 ms steps), too coarse for a 20-30 ms operation. A sum of
 * {@code ThreadMXBean} times would be precise but misses the GC's threads (not Java threads), the hidden JIT
 * compiler threads and threads that ended during the repetition. Where the C library has no such clock (not Linux),
 * the MXBean's count is used.
 */
final class ProcessCpu {
    /** Linux's {@code CLOCK_PROCESS_CPUTIME_ID}. */
    private static final int CLOCK_PROCESS_CPUTIME_ID = 2;
    private static final MethodHandle CLOCK_GETTIME = clockGettime();
    private static final MemorySegment TIMESPEC = CLOCK_GETTIME == null ? null
            : Arena.global().allocate(2 * Long.BYTES, Long.BYTES);
    private static final com.sun.management.OperatingSystemMXBean MXBEAN =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ProcessCpu() {
    }

    /** Whether {@link #nanos} reads the precise clock (else the MXBean's 10 ms steps). */
    static boolean precise() {
        return CLOCK_GETTIME != null;
    }

    /** The process's CPU nanoseconds so far (compare two readings of one thread: the scratch struct is shared). */
    static synchronized long nanos() {
        if (CLOCK_GETTIME == null) {
            return MXBEAN.getProcessCpuTime();
        }
        try {
            int rc = (int) CLOCK_GETTIME.invokeExact(CLOCK_PROCESS_CPUTIME_ID, TIMESPEC);
            if (rc != 0) {
                return MXBEAN.getProcessCpuTime();
            }
        } catch (Throwable t) {
            throw new IllegalStateException("clock_gettime failed", t);
        }
        // struct timespec on 64-bit Linux: tv_sec, tv_nsec, both 8 bytes.
        return TIMESPEC.get(ValueLayout.JAVA_LONG, 0) * 1_000_000_000L + TIMESPEC.get(ValueLayout.JAVA_LONG, 8);
    }

    private static MethodHandle clockGettime() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                || !"amd64".equals(System.getProperty("os.arch")) && !"aarch64".equals(System.getProperty("os.arch"))) {
            return null;
        }
        Linker linker = Linker.nativeLinker();
        return linker.defaultLookup().find("clock_gettime").map(f -> linker.downcallHandle(f,
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS))).orElse(null);
    }
}
