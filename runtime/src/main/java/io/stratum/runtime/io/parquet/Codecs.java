package io.stratum.runtime.io.parquet;

import com.github.luben.zstd.Zstd;
import dev.hardwood.metadata.CompressionCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.lz4.BlockLZ4CompressorInputStream;
import org.xerial.snappy.Snappy;

/**
 * Decompresses page bodies with the codecs pandas' and polars' writers use: none, Snappy (pyarrow's default), ZSTD
 * (polars' default), GZIP and LZ4_RAW, through the same zstd-jni and snappy-java libraries hardwood uses (and
 * commons-compress for LZ4). The others (Hadoop-framed LZ4, Brotli, LZO) are left to hardwood.
 */
final class Codecs {
    private Codecs() {
    }

    static boolean accepts(CompressionCodec codec) {
        return codec == CompressionCodec.UNCOMPRESSED || codec == CompressionCodec.SNAPPY
                || codec == CompressionCodec.ZSTD || codec == CompressionCodec.GZIP || codec == CompressionCodec.LZ4_RAW;
    }

    /** Decompresses {@code src[from, from + length)} into {@code dst[at, at + size)}, which it must fill exactly. */
    static void decompress(CompressionCodec codec, byte[] src, int from, int length, byte[] dst, int at, int size) {
        int got;
        try {
            got = switch (codec) {
                case UNCOMPRESSED -> {
                    System.arraycopy(src, from, dst, at, Math.min(length, size));
                    yield length;
                }
                case SNAPPY -> Snappy.uncompress(src, from, length, dst, at);
                case ZSTD -> {
                    long n = Zstd.decompressByteArray(dst, at, size, src, from, length);
                    if (Zstd.isError(n)) {
                        throw new ParquetFormatException("a ZSTD page does not decompress: " + Zstd.getErrorName(n));
                    }
                    yield (int) n;
                }
                case GZIP -> {
                    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(src, from, length))) {
                        yield in.readNBytes(dst, at, size);
                    }
                }
                case LZ4_RAW -> {
                    // LZ4 blocks without framing (pyarrow's compression="lz4"), through commons-compress, which
                    // Arrow's compression module already brings.
                    try (InputStream in = new BlockLZ4CompressorInputStream(new ByteArrayInputStream(src, from, length))) {
                        yield in.readNBytes(dst, at, size);
                    }
                }
                default -> throw new ParquetFormatException("codec " + codec + " is read through hardwood");
            };
        } catch (IOException e) {
            throw new ParquetFormatException("a " + codec + " page does not decompress: " + e.getMessage());
        }
        if (got != size) {
            throw new ParquetFormatException("a " + codec + " page decompressed to " + got + " bytes, its header says "
                    + size);
        }
    }
}
