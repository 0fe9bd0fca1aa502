package io.stratum.runtime.io.parquet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Parquet's RLE / bit-packing hybrid encoding (definition levels, dictionary indices, RLE booleans): runs of one
 * repeated value and groups of eight bit-packed values, least significant bit first. Bit-packed values are read
 * eight bytes at a time: each value is one shift and mask of a little-endian word.
 */
final class HybridRle {
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private HybridRle() {
    }

    /**
     * Decodes {@code count} values of {@code bitWidth} bits (0 to 32) from {@code buf[at, end)} into
     * {@code out[0, count)}; returns the position after the last run read.
     */
    static int decode(byte[] buf, int at, int end, int bitWidth, int[] out, int count) {
        if (bitWidth < 0 || bitWidth > 32) {
            throw new ParquetFormatException("bit width " + bitWidth + " of an RLE / bit-packed run is out of range");
        }
        int pos = at;
        int done = 0;
        long mask = bitWidth == 32 ? 0xffffffffL : (1L << bitWidth) - 1;
        int valueBytes = (bitWidth + 7) >>> 3;
        while (done < count) {
            if (pos >= end) {
                throw new ParquetFormatException("an RLE / bit-packed run ends after " + done + " of " + count + " values");
            }
            // ULEB128 run header.
            int header = 0;
            for (int shift = 0; ; shift += 7) {
                if (pos >= end || shift > 28) {
                    throw new ParquetFormatException("a malformed RLE / bit-packed run header");
                }
                int b = buf[pos++] & 0xff;
                header |= (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            if ((header & 1) == 0) {
                int run = header >>> 1;
                if (pos + valueBytes > end) {
                    throw new ParquetFormatException("an RLE run's value runs past its page");
                }
                int value = 0;
                for (int k = 0; k < valueBytes; k++) {
                    value |= (buf[pos + k] & 0xff) << (8 * k);
                }
                pos += valueBytes;
                int n = Math.min(run, count - done);
                Arrays.fill(out, done, done + n, value);
                done += n;
            } else {
                int groups = header >>> 1;
                int bytes = groups * bitWidth;
                if (bytes < 0 || pos + bytes > end) {
                    // The last group of a page may be cut short by the writer when its values are not needed.
                    bytes = end - pos;
                }
                int n = Math.min(groups * 8, count - done);
                unpack(buf, pos, pos + bytes, bitWidth, mask, out, done, n);
                pos += bytes;
                done += n;
            }
        }
        return pos;
    }

    private static void unpack(byte[] buf, int from, int end, int bitWidth, long mask, int[] out, int at, int n) {
        if (bitWidth == 0) {
            Arrays.fill(out, at, at + n, 0);
            return;
        }
        long bit = (long) from << 3;
        // Fast: one unaligned 8-byte read per value while eight bytes remain in the array.
        int fast = n;
        long lastSafe = (long) buf.length - 8;
        long needed = (((long) n * bitWidth + 7) >>> 3) + from;
        if (needed > end) {
            fast = 0;
        }
        int i = 0;
        for (; i < fast; i++) {
            long b = bit >>> 3;
            if (b > lastSafe) {
                break;
            }
            long word = (long) LONG_LE.get(buf, (int) b);
            out[at + i] = (int) ((word >>> (bit & 7)) & mask);
            bit += bitWidth;
        }
        for (; i < n; i++) {
            long v = 0;
            int got = 0;
            long b = bit;
            while (got < bitWidth) {
                int index = (int) (b >>> 3);
                int byteValue = index < end ? buf[index] & 0xff : 0;
                int offset = (int) (b & 7);
                int take = Math.min(8 - offset, bitWidth - got);
                v |= (long) ((byteValue >>> offset) & ((1 << take) - 1)) << got;
                got += take;
                b += take;
            }
            out[at + i] = (int) v;
            bit += bitWidth;
        }
    }
}
