package io.stratum.runtime.io.parquet;

import dev.hardwood.metadata.CompressionCodec;
import dev.hardwood.metadata.PhysicalType;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Decodes one column chunk of a flat column (no repetition, at most one definition level) page by page into its
 * rows of a {@link DecodedColumn}: an optional dictionary page, then version-1 or version-2 data pages whose values
 * are PLAIN, dictionary indices (PLAIN_DICTIONARY / RLE_DICTIONARY) or, for booleans, RLE. Dictionary indices are
 * looked up straight into the output (numbers) or kept as the chunk's codes (strings). Anything else throws
 * {@link ParquetFormatException}.
 */
final class ChunkDecoder {
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT_LE = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE_LE = MethodHandles.byteArrayViewVarHandle(double[].class,
            ByteOrder.LITTLE_ENDIAN);

    private final PhysicalType type;
    private final CompressionCodec codec;
    private final int maxDef;
    private final boolean unsigned32;
    private final DecodedColumn out;
    private final int chunk;
    private final int first;
    private final int rows;

    private byte[] page = new byte[0];
    private int[] defs = new int[0];
    private int[] indices = new int[0];
    // The dictionary: numbers widened to long or double, strings as entries of the chunk's StringChunk.
    private long[] longDict;
    private double[] doubleDict;
    private boolean[] boolDict;
    private int[] stringDict;
    private boolean haveDictionary;

    /**
     * @param first the chunk's first row in the column
     * @param rows the chunk's rows
     */
    ChunkDecoder(PhysicalType type, CompressionCodec codec, int maxDef, boolean unsigned32, DecodedColumn out, int chunk,
            int first, int rows) {
        this.type = type;
        this.codec = codec;
        this.maxDef = maxDef;
        this.unsigned32 = unsigned32;
        this.out = out;
        this.chunk = chunk;
        this.first = first;
        this.rows = rows;
        if (out.strings != null) {
            out.strings[chunk] = new StringChunk();
        }
        Scratch scratch = SCRATCH.get();
        page = scratch.page;
        defs = scratch.defs;
        indices = scratch.indices;
    }

    /**
     * Each thread's page buffer and level and index arrays, kept between chunks and reads: fresh arrays of this size
     * for every chunk cost more in zeroing and page faults than decoding into them.
     */
    private static final class Scratch {
        byte[] page = new byte[0];
        int[] defs = new int[0];
        int[] indices = new int[0];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
    /** Buffers above this size are not kept for the next chunk. */
    private static final int KEEP_BYTES = 16 << 20;

    /** Hands this chunk's buffers back to the thread for its next chunk. */
    private void keepScratch() {
        Scratch scratch = SCRATCH.get();
        if (page.length <= KEEP_BYTES) {
            scratch.page = page;
        }
        if (defs.length <= KEEP_BYTES / 4) {
            scratch.defs = defs;
        }
        if (indices.length <= KEEP_BYTES / 4) {
            scratch.indices = indices;
        }
    }

    /** Decodes the chunk's pages held in {@code bytes[0, length)}. */
    void decode(byte[] bytes, int length) {
        decodePages(bytes, length);
        keepScratch();
    }

    private void decodePages(byte[] bytes, int length) {
        int pos = 0;
        int done = 0;
        while (done < rows) {
            if (pos >= length) {
                throw new ParquetFormatException("the column chunk ends after " + done + " of its " + rows + " rows");
            }
            PageHeader h = PageHeader.read(bytes, pos, length);
            int body = pos + h.headerLength();
            pos = body + h.compressedSize();
            if (h.compressedSize() < 0 || pos > length) {
                throw new ParquetFormatException("a page runs past the end of its column chunk");
            }
            switch (h.type()) {
                case PageHeader.DICTIONARY_PAGE -> {
                    int size = h.uncompressedSize();
                    Codecs.decompress(codec, bytes, body, h.compressedSize(), pageBuffer(size), 0, size);
                    dictionary(h, size);
                }
                case PageHeader.DATA_PAGE -> {
                    int size = h.uncompressedSize();
                    Codecs.decompress(codec, bytes, body, h.compressedSize(), pageBuffer(size), 0, size);
                    int p = 0;
                    int n = h.numValues();
                    checkRows(done, n);
                    int nonNull = n;
                    if (maxDef > 0) {
                        if (size < 4) {
                            throw new ParquetFormatException("a data page is too short for its definition levels");
                        }
                        int levelBytes = (int) INT_LE.get(page, 0);
                        if (levelBytes < 0 || 4 + levelBytes > size) {
                            throw new ParquetFormatException("a data page's definition levels run past the page");
                        }
                        nonNull = levels(page, 4, 4 + levelBytes, done, n);
                        p = 4 + levelBytes;
                    }
                    values(h.encoding(), page, p, size, done, n, nonNull);
                    done += n;
                }
                case PageHeader.DATA_PAGE_V2 -> {
                    if (h.repLevelsLength() != 0) {
                        throw new ParquetFormatException("a flat column's page has repetition levels");
                    }
                    int n = h.numValues();
                    checkRows(done, n);
                    int levelBytes = h.defLevelsLength();
                    int nonNull = n;
                    if (levelBytes < 0 || levelBytes > h.compressedSize()) {
                        throw new ParquetFormatException("a data page's definition levels run past the page");
                    }
                    if (maxDef > 0) {
                        nonNull = levels(bytes, body, body + levelBytes, done, n);
                    }
                    int size = h.uncompressedSize() - levelBytes;
                    int stored = h.compressedSize() - levelBytes;
                    byte[] buf = pageBuffer(size);
                    if (h.valuesCompressed()) {
                        Codecs.decompress(codec, bytes, body + levelBytes, stored, buf, 0, size);
                    } else {
                        Codecs.decompress(CompressionCodec.UNCOMPRESSED, bytes, body + levelBytes, stored, buf, 0, size);
                    }
                    values(h.encoding(), buf, 0, size, done, n, nonNull);
                    done += n;
                }
                default -> {
                    // Index pages and unknown page types carry no rows.
                }
            }
        }
    }

    private void checkRows(int done, int n) {
        if (n < 0 || done + n > rows) {
            throw new ParquetFormatException("the pages hold more values than the chunk's " + rows + " rows");
        }
    }

    /** A buffer of at least {@code size} bytes plus eight of slack for the word reads of {@link HybridRle}. */
    private byte[] pageBuffer(int size) {
        if (size < 0) {
            throw new ParquetFormatException("a page has a negative size");
        }
        if (page.length < size + 8) {
            page = new byte[size + 8 + (size >>> 2)];
        }
        return page;
    }

    private int[] ints(int[] a, int n) {
        return a.length >= n ? a : new int[n + (n >>> 2)];
    }

    /** Reads {@code n} definition levels; marks the null rows; returns the number of non-null values. */
    private int levels(byte[] buf, int from, int end, int base, int n) {
        defs = ints(defs, n);
        HybridRle.decode(buf, from, end, 32 - Integer.numberOfLeadingZeros(maxDef), defs, n);
        int nonNull = 0;
        for (int i = 0; i < n; i++) {
            if (defs[i] == maxDef) {
                nonNull++;
            }
        }
        if (nonNull < n) {
            boolean[] nulls = out.nulls[chunk];
            if (nulls == null) {
                nulls = out.nulls[chunk] = new boolean[rows];
            }
            for (int i = 0; i < n; i++) {
                nulls[base + i] = defs[i] != maxDef;
            }
        }
        return nonNull;
    }

    /**
     * Decodes a data page's {@code nonNull} values from {@code buf[from, end)} into the chunk's rows
     * {@code [base, base + n)}, skipping the null rows (their values are not stored).
     */
    private void values(int encoding, byte[] buf, int from, int end, int base, int n, int nonNull) {
        boolean[] nulls = nonNull < n ? out.nulls[chunk] : null;
        int row = first + base;
        switch (encoding) {
            case PageHeader.PLAIN -> plain(buf, from, end, base, n, nonNull, nulls);
            case PageHeader.PLAIN_DICTIONARY, PageHeader.RLE_DICTIONARY -> {
                if (!haveDictionary) {
                    throw new ParquetFormatException("a dictionary-encoded page comes without a dictionary page");
                }
                indices = ints(indices, nonNull);
                if (nonNull > 0) {
                    if (from >= end) {
                        throw new ParquetFormatException("a dictionary-encoded page has no bit width");
                    }
                    HybridRle.decode(buf, from + 1, end, buf[from] & 0xff, indices, nonNull);
                }
                lookUp(base, row, n, nonNull, nulls);
            }
            case PageHeader.RLE -> {
                if (type != PhysicalType.BOOLEAN || end - from < 4) {
                    throw new ParquetFormatException("RLE values of a " + type + " column");
                }
                int length = (int) INT_LE.get(buf, from);
                if (length < 0 || from + 4 + length > end) {
                    throw new ParquetFormatException("RLE booleans run past their page");
                }
                indices = ints(indices, nonNull);
                HybridRle.decode(buf, from + 4, from + 4 + length, 1, indices, nonNull);
                boolean[] bools = out.bools;
                for (int i = 0, k = 0; i < n; i++) {
                    bools[row + i] = nulls != null && nulls[base + i] ? false : indices[k++] != 0;
                }
            }
            default -> throw new ParquetFormatException("encoding " + encoding + " is read through hardwood");
        }
    }

    /** Replaces dictionary indices by values (numbers) or keeps them as the chunk's codes (strings). */
    private void lookUp(int base, int row, int n, int nonNull, boolean[] nulls) {
        int[] idx = indices;
        switch (out.kind) {
            case INTEGER, TIMESTAMP -> {
                long[] dict = longDict;
                MemorySegment dst = out.values;
                if (nulls == null) {
                    for (int i = 0; i < n; i++) {
                        dst.setAtIndex(DecodedColumn.LONG, row + i, dict[idx[i]]);
                    }
                } else {
                    for (int i = 0, k = 0; i < n; i++) {
                        dst.setAtIndex(DecodedColumn.LONG, row + i, nulls[base + i] ? 0 : dict[idx[k++]]);
                    }
                }
            }
            case FLOAT -> {
                double[] dict = doubleDict;
                MemorySegment dst = out.values;
                for (int i = 0, k = 0; i < n; i++) {
                    dst.setAtIndex(DecodedColumn.DOUBLE, row + i,
                            nulls != null && nulls[base + i] ? Double.NaN : dict[idx[k++]]);
                }
            }
            case BOOL -> {
                boolean[] dict = boolDict;
                for (int i = 0, k = 0; i < n; i++) {
                    out.bools[row + i] = nulls == null || !nulls[base + i] ? dict[idx[k++]] : false;
                }
            }
            case STRING -> {
                int[] dict = stringDict;
                int[] codes = out.codes;
                for (int i = 0, k = 0; i < n; i++) {
                    codes[row + i] = nulls != null && nulls[base + i] ? -1 : dict[idx[k++]];
                }
            }
        }
    }

    private void plain(byte[] buf, int from, int end, int base, int n, int nonNull, boolean[] nulls) {
        int row = first + base;
        int width = switch (type) {
            case INT32, FLOAT -> 4;
            case INT64, DOUBLE -> 8;
            default -> 0;
        };
        if (width > 0 && from + (long) nonNull * width > end) {
            throw new ParquetFormatException("a page holds fewer values than its header says");
        }
        int p = from;
        switch (type) {
            case INT64 -> {
                MemorySegment dst = out.values;
                for (int i = 0; i < n; i++) {
                    if (nulls != null && nulls[base + i]) {
                        dst.setAtIndex(DecodedColumn.LONG, row + i, 0L);
                    } else {
                        dst.setAtIndex(DecodedColumn.LONG, row + i, (long) LONG_LE.get(buf, p));
                        p += 8;
                    }
                }
            }
            case INT32 -> {
                MemorySegment dst = out.values;
                for (int i = 0; i < n; i++) {
                    if (nulls != null && nulls[base + i]) {
                        dst.setAtIndex(DecodedColumn.LONG, row + i, 0L);
                    } else {
                        int v = (int) INT_LE.get(buf, p);
                        dst.setAtIndex(DecodedColumn.LONG, row + i, unsigned32 ? Integer.toUnsignedLong(v) : v);
                        p += 4;
                    }
                }
            }
            case DOUBLE -> {
                MemorySegment dst = out.values;
                for (int i = 0; i < n; i++) {
                    if (nulls != null && nulls[base + i]) {
                        dst.setAtIndex(DecodedColumn.DOUBLE, row + i, Double.NaN);
                    } else {
                        dst.setAtIndex(DecodedColumn.DOUBLE, row + i, (double) DOUBLE_LE.get(buf, p));
                        p += 8;
                    }
                }
            }
            case FLOAT -> {
                MemorySegment dst = out.values;
                for (int i = 0; i < n; i++) {
                    if (nulls != null && nulls[base + i]) {
                        dst.setAtIndex(DecodedColumn.DOUBLE, row + i, Double.NaN);
                    } else {
                        dst.setAtIndex(DecodedColumn.DOUBLE, row + i, (float) FLOAT_LE.get(buf, p));
                        p += 4;
                    }
                }
            }
            case BOOLEAN -> {
                if (from + ((long) nonNull + 7) / 8 > end) {
                    throw new ParquetFormatException("a page holds fewer values than its header says");
                }
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (nulls != null && nulls[base + i]) {
                        out.bools[row + i] = false;
                    } else {
                        out.bools[row + i] = (buf[from + (k >>> 3)] >>> (k & 7) & 1) != 0;
                        k++;
                    }
                }
            }
            case BYTE_ARRAY -> {
                StringChunk s = out.strings[chunk];
                for (int i = 0; i < n; i++) {
                    if (nulls != null && nulls[base + i]) {
                        out.codes[row + i] = -1;
                    } else {
                        if (p + 4 > end) {
                            throw new ParquetFormatException("a page holds fewer values than its header says");
                        }
                        int length = (int) INT_LE.get(buf, p);
                        if (length < 0 || p + 4 + length > end) {
                            throw new ParquetFormatException("a string runs past its page");
                        }
                        out.codes[row + i] = s.add(buf, p + 4, length);
                        p += 4 + length;
                    }
                }
            }
            default -> throw new ParquetFormatException(type + " columns are read through hardwood");
        }
    }

    /** Reads a dictionary page (PLAIN values) of {@code size} bytes in the page buffer. */
    private void dictionary(PageHeader h, int size) {
        if (h.encoding() != PageHeader.PLAIN && h.encoding() != PageHeader.PLAIN_DICTIONARY) {
            throw new ParquetFormatException("dictionary page encoding " + h.encoding() + " is read through hardwood");
        }
        int n = h.numValues();
        if (n < 0) {
            throw new ParquetFormatException("a dictionary page has a negative size");
        }
        int width = switch (type) {
            case INT32, FLOAT -> 4;
            case INT64, DOUBLE -> 8;
            default -> 0;
        };
        if (width > 0 && (long) n * width > size) {
            throw new ParquetFormatException("a dictionary page holds fewer values than its header says");
        }
        byte[] buf = page;
        switch (type) {
            case INT64 -> {
                longDict = new long[n];
                for (int i = 0; i < n; i++) {
                    longDict[i] = (long) LONG_LE.get(buf, 8 * i);
                }
            }
            case INT32 -> {
                longDict = new long[n];
                for (int i = 0; i < n; i++) {
                    int v = (int) INT_LE.get(buf, 4 * i);
                    longDict[i] = unsigned32 ? Integer.toUnsignedLong(v) : v;
                }
            }
            case DOUBLE -> {
                doubleDict = new double[n];
                for (int i = 0; i < n; i++) {
                    doubleDict[i] = (double) DOUBLE_LE.get(buf, 8 * i);
                }
            }
            case FLOAT -> {
                doubleDict = new double[n];
                for (int i = 0; i < n; i++) {
                    doubleDict[i] = (float) FLOAT_LE.get(buf, 4 * i);
                }
            }
            case BOOLEAN -> {
                if ((n + 7) / 8 > size) {
                    throw new ParquetFormatException("a dictionary page holds fewer values than its header says");
                }
                boolDict = new boolean[n];
                for (int i = 0; i < n; i++) {
                    boolDict[i] = (buf[i >>> 3] >>> (i & 7) & 1) != 0;
                }
            }
            case BYTE_ARRAY -> {
                StringChunk s = out.strings[chunk];
                stringDict = new int[n];
                int p = 0;
                for (int i = 0; i < n; i++) {
                    if (p + 4 > size) {
                        throw new ParquetFormatException("a dictionary page holds fewer values than its header says");
                    }
                    int length = (int) INT_LE.get(buf, p);
                    if (length < 0 || p + 4 + length > size) {
                        throw new ParquetFormatException("a dictionary string runs past its page");
                    }
                    stringDict[i] = s.add(buf, p + 4, length);
                    p += 4 + length;
                }
            }
            default -> throw new ParquetFormatException(type + " columns are read through hardwood");
        }
        haveDictionary = true;
    }
}
