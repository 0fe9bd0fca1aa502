package io.stratum.runtime.data;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.FieldVector;

/**
 * Bulk moves between Java primitive arrays and Arrow buffers. Arrow's per-value {@code set}/{@code get} check
 * bounds and reference counts on every call; these copy whole arrays through a little-endian view of the buffer
 * (one intrinsic memory copy each), which is what column builders and kernels reading whole columns need.
 */
public final class ArrowBuffers {
    private ArrowBuffers() {
    }

    private static ByteBuffer view(ArrowBuf buf, long bytes) {
        if (bytes > Integer.MAX_VALUE) {
            throw new DataException("a column buffer of " + bytes + " bytes is larger than 2 GiB");
        }
        if (buf.capacity() < bytes) {
            throw new IllegalStateException("buffer of " + buf.capacity() + " bytes cannot hold " + bytes);
        }
        return buf.nioBuffer(0, (int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * The first {@code bytes} bytes of {@code buf} as a memory segment, for kernels that read or write single values
     * of a whole buffer in a loop: the segment's accesses are bounds-checked once per loop by the JIT, where
     * {@link ArrowBuf}'s own getters check bounds and the reference count on every call.
     */
    public static MemorySegment segment(ArrowBuf buf, long bytes) {
        return MemorySegment.ofBuffer(view(buf, bytes));
    }

    /** Writes {@code src[0, count)} at the start of {@code buf}. */
    public static void putLongs(ArrowBuf buf, long[] src, int count) {
        if (count > 0) {
            view(buf, (long) count * 8).asLongBuffer().put(src, 0, count);
        }
    }

    /** Writes {@code src[0, count)} into {@code buf} from long index {@code from} on. */
    public static void putLongs(ArrowBuf buf, int from, long[] src, int count) {
        if (count > 0) {
            view(buf, ((long) from + count) * 8).asLongBuffer().put(from, src, 0, count);
        }
    }

    public static void putDoubles(ArrowBuf buf, double[] src, int count) {
        if (count > 0) {
            view(buf, (long) count * 8).asDoubleBuffer().put(src, 0, count);
        }
    }

    public static void putInts(ArrowBuf buf, int[] src, int count) {
        if (count > 0) {
            view(buf, (long) count * 4).asIntBuffer().put(src, 0, count);
        }
    }

    /**
     * The 8-byte value at {@code row} of a fixed-width vector of longs (timestamps, durations), whatever its null
     * flag says; an {@link IndexOutOfBoundsException} naming {@code column} outside the vector.
     */
    static long longAt(FieldVector vector, int row, String column) {
        if (row < 0 || row >= vector.getValueCount()) {
            throw new IndexOutOfBoundsException("row " + row + " of column '" + column + "'");
        }
        return vector.getDataBuffer().getLong((long) row * 8);
    }

    /** The first {@code count} longs of {@code buf}. */
    public static long[] getLongs(ArrowBuf buf, int count) {
        long[] out = new long[count];
        if (count > 0) {
            view(buf, (long) count * 8).asLongBuffer().get(out);
        }
        return out;
    }

    /** Copies {@code count} longs of {@code buf} from long index {@code from} on into {@code dst[0, count)}. */
    public static void getLongs(ArrowBuf buf, int from, long[] dst, int count) {
        if (count > 0) {
            view(buf, ((long) from + count) * 8).asLongBuffer().get(from, dst, 0, count);
        }
    }

    public static double[] getDoubles(ArrowBuf buf, int count) {
        double[] out = new double[count];
        if (count > 0) {
            view(buf, (long) count * 8).asDoubleBuffer().get(out);
        }
        return out;
    }

    /** Copies {@code count} doubles of {@code buf} from double index {@code from} on into {@code dst[offset, offset + count)}. */
    public static void getDoubles(ArrowBuf buf, int from, double[] dst, int offset, int count) {
        if (count > 0) {
            view(buf, ((long) from + count) * 8).asDoubleBuffer().get(from, dst, offset, count);
        }
    }

    /** Writes {@code src[offset, offset + count)} into {@code buf} from double index {@code from} on. */
    public static void putDoubles(ArrowBuf buf, int from, double[] src, int offset, int count) {
        if (count > 0) {
            view(buf, ((long) from + count) * 8).asDoubleBuffer().put(from, src, offset, count);
        }
    }

    /** Copies the first {@code count} doubles of {@code buf} into {@code dst[offset, offset + count)}. */
    public static void getDoubles(ArrowBuf buf, double[] dst, int offset, int count) {
        if (count > 0) {
            view(buf, (long) count * 8).asDoubleBuffer().get(0, dst, offset, count);
        }
    }

    /** {@code count} ints of {@code buf} from int index {@code from} on. */
    public static int[] getInts(ArrowBuf buf, int from, int count) {
        int[] out = new int[count];
        if (count > 0) {
            ByteBuffer b = buf.nioBuffer((long) from * 4, count * 4).order(ByteOrder.LITTLE_ENDIAN);
            b.asIntBuffer().get(out);
        }
        return out;
    }

    public static int[] getInts(ArrowBuf buf, int count) {
        int[] out = new int[count];
        if (count > 0) {
            view(buf, (long) count * 4).asIntBuffer().get(out);
        }
        return out;
    }

    /**
     * Fills the validity bitmap of the first {@code n} rows: valid unless {@code nulls[i]} ({@code nulls} may be
     * {@code null} for no nulls). Bits past {@code n} in the last byte are cleared.
     */
    public static void putValidity(ArrowBuf validity, boolean[] nulls, int n) {
        int bytes = (n + 7) >>> 3;
        if (bytes == 0) {
            return;
        }
        byte[] bits = new byte[bytes];
        if (nulls == null) {
            java.util.Arrays.fill(bits, (byte) 0xff);
            if ((n & 7) != 0) {
                bits[bytes - 1] = (byte) ((1 << (n & 7)) - 1);
            }
        } else {
            for (int i = 0; i < n; i++) {
                bits[i >>> 3] |= (byte) ((nulls[i] ? 0 : 1) << (i & 7));
            }
        }
        validity.setBytes(0, bits);
    }

    /** Fills a bool vector's value bitmap: bit {@code i} set when {@code values[i]} and the row is not null. */
    public static void putBits(ArrowBuf data, boolean[] values, boolean[] nulls, int n) {
        int bytes = (n + 7) >>> 3;
        if (bytes == 0) {
            return;
        }
        byte[] bits = new byte[bytes];
        for (int i = 0; i < n; i++) {
            boolean set = values[i] && (nulls == null || !nulls[i]);
            bits[i >>> 3] |= (byte) ((set ? 1 : 0) << (i & 7));
        }
        data.setBytes(0, bits);
    }

    /** A bool vector's values (its data bitmap) for the first {@code n} rows; nulls read as their stored bit. */
    public static boolean[] bits(ArrowBuf data, int n) {
        int bytes = (n + 7) >>> 3;
        byte[] raw = new byte[bytes];
        data.getBytes(0, raw, 0, bytes);
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = (raw[i >>> 3] & (1 << (i & 7))) != 0;
        }
        return out;
    }

    /**
     * The first {@code n} bits of a bitmap as 64-bit words (bit {@code i} is bit {@code i & 63} of word
     * {@code i >>> 6}), the bits past {@code n} cleared: masks are combined and scanned a word at a time.
     */
    public static long[] getWords(ArrowBuf bitmap, int n) {
        long[] words = new long[(n + 63) >>> 6];
        int bytes = (n + 7) >>> 3;
        if (bytes > 0) {
            ByteBuffer b = view(bitmap, bytes);
            int full = bytes >>> 3;
            b.asLongBuffer().get(words, 0, full);
            for (int k = full * 8; k < bytes; k++) {
                words[full] |= (long) (b.get(k) & 0xff) << ((k - full * 8) * 8);
            }
            clearTail(words, n);
        }
        return words;
    }

    /** Writes the words of {@link #getWords} as the first {@code n} bits of a bitmap. */
    public static void putWords(ArrowBuf bitmap, long[] words, int n) {
        int bytes = (n + 7) >>> 3;
        if (bytes == 0) {
            return;
        }
        ByteBuffer b = view(bitmap, bytes);
        int full = bytes >>> 3;
        b.asLongBuffer().put(words, 0, full);
        for (int k = full * 8; k < bytes; k++) {
            b.put(k, (byte) (words[full] >>> ((k - full * 8) * 8)));
        }
    }

    /** Clears the bits past {@code n} in the last word. */
    public static void clearTail(long[] words, int n) {
        if ((n & 63) != 0) {
            words[n >>> 6] &= (1L << (n & 63)) - 1;
        }
    }

    /**
     * The byte length shared by every value of a string vector without nulls (each value starts that many bytes
     * after the previous one), or -1 when lengths differ, a value is null or the vector is empty.
     */
    public static int uniformWidth(BaseVariableWidthVector vector) {
        int n = vector.getValueCount();
        if (n == 0 || vector.getNullCount() > 0) {
            return -1;
        }
        MemorySegment offsets = segment(vector.getOffsetBuffer(), 4L * (n + 1));
        ValueLayout.OfInt at = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
        int first = offsets.getAtIndex(at, 0);
        int w = offsets.getAtIndex(at, 1) - first;
        int expected = first;
        for (int i = 1; i <= n; i++) {
            expected += w;
            if (offsets.getAtIndex(at, i) != expected) {
                return -1;
            }
        }
        return w;
    }

    /** The null flags of a vector's first {@code n} rows, or {@code null} when none of them is null. */
    public static boolean[] nulls(FieldVector vector, int n) {
        if (vector.getNullCount() == 0) {
            return null;
        }
        int bytes = (n + 7) >>> 3;
        byte[] bits = new byte[bytes];
        vector.getValidityBuffer().getBytes(0, bits, 0, bytes);
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = (bits[i >>> 3] & (1 << (i & 7))) == 0;
        }
        return out;
    }
}
