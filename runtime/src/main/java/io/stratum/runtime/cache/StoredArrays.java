package io.stratum.runtime.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Reads and writes the primitive arrays that fitted states persist, with exact bits and a marker for null. */
public final class StoredArrays {
    private StoredArrays() {
    }

    /** Writes {@code v}; -1 as the length marks a null array (say, a scale that with_std=False leaves out). */
    public static void writeDoubles(DataOutput out, double[] v) throws IOException {
        out.writeInt(v == null ? -1 : v.length);
        if (v != null) {
            for (double x : v) {
                out.writeLong(Double.doubleToRawLongBits(x));
            }
        }
    }

    /** Reads what {@link #writeDoubles} wrote; a length below -1 means a damaged entry. */
    public static double[] readDoubles(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < -1) {
            throw new IOException("bad array length " + n);
        }
        if (n == -1) {
            return null;
        }
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = Double.longBitsToDouble(in.readLong());
        }
        return v;
    }
}
