package io.stratum.runtime.kernels.trees;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A thread's scratch for a histogram pass over a node's samples: a chunk of the samples' bins (four or eight
 * consecutive features of a row, as one word) and gradients (and hessians) gathered into consecutive arrays first,
 * then added from there ({@link Histograms#build}). A node deep in the tree holds rows scattered over the whole
 * input, so each of its samples misses the cache twice (its row of bins, its gradient): in one pass, the histograms'
 * sixteen to twenty-four additions per sample fill the core's reorder window and leave few of those misses in flight
 * at once; the gather alone is a few instructions per sample, so many more overlap. The same additions in the same
 * order: the same bits.
 */
final class RowChunk {
    /** Samples per chunk: the chunk's arrays (20 bytes per sample at most) stay in the first-level cache. */
    static final int SIZE = 1024;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final ThreadLocal<RowChunk> OF_THREAD = ThreadLocal.withInitial(RowChunk::new);

    /** Per sample, the bins of its row's features {@code f..f+7} (or {@code f..f+3}), feature {@code f} lowest. */
    final long[] bins = new long[SIZE];
    final float[] gradients = new float[SIZE];
    final float[] hessians = new float[SIZE];

    private RowChunk() {
    }

    /** The calling thread's chunk. */
    static RowChunk ofThread() {
        return OF_THREAD.get();
    }

    /**
     * Gathers samples {@code partition[start, start + n)}: the bins of features {@code f..f+7} of each one's row of
     * the row-major {@code binned}, and its gradient (and hessian, unless {@code h} is null).
     */
    void gatherEight(byte[] binned, int features, int f, int[] partition, int start, int n, float[] g, float[] h) {
        for (int k = 0; k < n; k++) {
            int i = partition[start + k];
            bins[k] = (long) LONGS.get(binned, i * features + f);
            gradients[k] = g[i];
        }
        if (h != null) {
            gatherHessians(partition, start, n, h);
        }
    }

    /** {@link #gatherEight} for features {@code f..f+3}. */
    void gatherFour(byte[] binned, int features, int f, int[] partition, int start, int n, float[] g, float[] h) {
        for (int k = 0; k < n; k++) {
            int i = partition[start + k];
            bins[k] = (int) INTS.get(binned, i * features + f);
            gradients[k] = g[i];
        }
        if (h != null) {
            gatherHessians(partition, start, n, h);
        }
    }

    private void gatherHessians(int[] partition, int start, int n, float[] h) {
        for (int k = 0; k < n; k++) {
            hessians[k] = h[partition[start + k]];
        }
    }
}
