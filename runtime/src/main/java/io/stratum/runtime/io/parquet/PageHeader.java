package io.stratum.runtime.io.parquet;

/**
 * One Parquet page header (the Thrift {@code PageHeader} struct, compact protocol), reduced to what decoding a
 * flat column needs. Version-1 data pages carry their levels inside the compressed body; version-2 pages carry them
 * uncompressed before it ({@link #defLevelsLength}, {@link #repLevelsLength}) and may leave the values uncompressed
 * ({@link #valuesCompressed}).
 *
 * @param type page type: {@link #DATA_PAGE}, {@link #DICTIONARY_PAGE}, {@link #DATA_PAGE_V2} or another (skipped)
 * @param uncompressedSize bytes of the page body once decompressed (for v2: levels included)
 * @param compressedSize bytes of the page body in the file
 * @param numValues values of a data page including nulls (for a flat column: its rows), or dictionary entries
 * @param encoding the values' encoding (Parquet's {@code Encoding} number)
 * @param numNulls nulls of a v2 page ({@code -1} for v1)
 * @param defLevelsLength bytes of a v2 page's definition levels
 * @param repLevelsLength bytes of a v2 page's repetition levels
 * @param valuesCompressed false when a v2 page's values are stored uncompressed
 * @param headerLength bytes of the header itself
 */
record PageHeader(int type, int uncompressedSize, int compressedSize, int numValues, int encoding, int numNulls,
        int defLevelsLength, int repLevelsLength, boolean valuesCompressed, int headerLength) {

    static final int DATA_PAGE = 0;
    static final int DICTIONARY_PAGE = 2;
    static final int DATA_PAGE_V2 = 3;

    /** Parquet's encoding numbers (format's {@code Encoding} enum). */
    static final int PLAIN = 0;
    static final int PLAIN_DICTIONARY = 2;
    static final int RLE = 3;
    static final int RLE_DICTIONARY = 8;

    /** Reads the header starting at {@code at} in {@code buf}. */
    static PageHeader read(byte[] buf, int at, int limit) {
        CompactReader in = new CompactReader(buf, at, limit);
        int type = -1;
        int uncompressed = -1;
        int compressed = -1;
        int[] sub = {-1, -1, -1, 0, 0, 1};
        short last = 0;
        while (true) {
            int header = in.readFieldHeader(last);
            if (header == 0) {
                break;
            }
            int kind = header & 0xff;
            short id = (short) (header >>> 8);
            last = id;
            switch (id) {
                case 1 -> type = in.readI32(kind);
                case 2 -> uncompressed = in.readI32(kind);
                case 3 -> compressed = in.readI32(kind);
                case 5, 7 -> readValuesHeader(in, kind, sub, false);
                case 8 -> readValuesHeader(in, kind, sub, true);
                default -> in.skip(kind);
            }
        }
        if (type < 0 || uncompressed < 0 || compressed < 0) {
            throw new ParquetFormatException("a page header lacks its type or sizes");
        }
        return new PageHeader(type, uncompressed, compressed, sub[0], sub[1], sub[2], sub[3], sub[4], sub[5] != 0,
                in.position() - at);
    }

    /**
     * DataPageHeader and DictionaryPageHeader (field 1 num_values, 2 encoding) or DataPageHeaderV2 (1 num_values,
     * 2 num_nulls, 3 num_rows, 4 encoding, 5 definition levels bytes, 6 repetition levels bytes, 7 is_compressed) into
     * {@code out}: num_values, encoding, num_nulls, def bytes, rep bytes, compressed flag.
     */
    private static void readValuesHeader(CompactReader in, int kind, int[] out, boolean v2) {
        if (kind != CompactReader.STRUCT) {
            throw new ParquetFormatException("a page header's sub-header is not a struct");
        }
        short last = 0;
        while (true) {
            int header = in.readFieldHeader(last);
            if (header == 0) {
                return;
            }
            int k = header & 0xff;
            short id = (short) (header >>> 8);
            last = id;
            if (id == 1) {
                out[0] = in.readI32(k);
            } else if (!v2 && id == 2) {
                out[1] = in.readI32(k);
            } else if (v2 && id == 2) {
                out[2] = in.readI32(k);
            } else if (v2 && id == 4) {
                out[1] = in.readI32(k);
            } else if (v2 && id == 5) {
                out[3] = in.readI32(k);
            } else if (v2 && id == 6) {
                out[4] = in.readI32(k);
            } else if (v2 && id == 7) {
                out[5] = in.readBool(k) ? 1 : 0;
            } else {
                in.skip(k);
            }
        }
    }
}
