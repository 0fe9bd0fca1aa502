package io.stratum.runtime.io.parquet;

/**
 * The few parts of Thrift's compact protocol that page headers use: field headers, zig-zag varints, booleans
 * carried in the field type, and skipping any field this decoder does not need (statistics, CRCs, index pages).
 */
final class CompactReader {
    static final int BOOLEAN_TRUE = 1;
    static final int BOOLEAN_FALSE = 2;
    static final int BYTE = 3;
    static final int I16 = 4;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int DOUBLE = 7;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int SET = 10;
    static final int MAP = 11;
    static final int STRUCT = 12;

    private final byte[] buf;
    private final int limit;
    private int pos;

    CompactReader(byte[] buf, int at, int limit) {
        this.buf = buf;
        this.pos = at;
        this.limit = limit;
    }

    int position() {
        return pos;
    }

    private int next() {
        if (pos >= limit) {
            throw new ParquetFormatException("a page header runs past the end of its column chunk");
        }
        return buf[pos++] & 0xff;
    }

    /** The next field as {@code id << 8 | type}, or 0 at the struct's end; {@code last} is the previous field id. */
    int readFieldHeader(short last) {
        int b = next();
        if (b == 0) {
            return 0;
        }
        int type = b & 0x0f;
        int delta = b >>> 4;
        short id = delta != 0 ? (short) (last + delta) : (short) zigzag(readVarint());
        return (id & 0xffff) << 8 | type;
    }

    long readVarint() {
        long out = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = next();
            out |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return out;
            }
        }
        throw new ParquetFormatException("a varint in a page header is longer than 10 bytes");
    }

    private static long zigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    int readI32(int type) {
        if (type != I32 && type != I16 && type != BYTE) {
            throw new ParquetFormatException("a page header field has type " + type + " where an integer belongs");
        }
        if (type == BYTE) {
            return (byte) next();
        }
        return (int) zigzag(readVarint());
    }

    boolean readBool(int type) {
        if (type == BOOLEAN_TRUE || type == BOOLEAN_FALSE) {
            return type == BOOLEAN_TRUE;
        }
        throw new ParquetFormatException("a page header field has type " + type + " where a boolean belongs");
    }

    void skip(int type) {
        switch (type) {
            case BOOLEAN_TRUE, BOOLEAN_FALSE -> {
            }
            case BYTE -> next();
            case I16, I32, I64 -> readVarint();
            case DOUBLE -> advance(8);
            case BINARY -> advance((int) readVarint());
            case LIST, SET -> {
                int h = next();
                int size = h >>> 4;
                if (size == 15) {
                    size = (int) readVarint();
                }
                int element = h & 0x0f;
                for (int i = 0; i < size; i++) {
                    skipElement(element);
                }
            }
            case MAP -> {
                int size = (int) readVarint();
                if (size > 0) {
                    int kv = next();
                    for (int i = 0; i < size; i++) {
                        skipElement(kv >>> 4);
                        skipElement(kv & 0x0f);
                    }
                }
            }
            case STRUCT -> {
                short last = 0;
                while (true) {
                    int header = readFieldHeader(last);
                    if (header == 0) {
                        return;
                    }
                    last = (short) (header >>> 8);
                    skip(header & 0xff);
                }
            }
            default -> throw new ParquetFormatException("unknown Thrift field type " + type + " in a page header");
        }
    }

    /** Collection elements write booleans as a byte, unlike fields. */
    private void skipElement(int type) {
        if (type == BOOLEAN_TRUE || type == BOOLEAN_FALSE) {
            next();
        } else {
            skip(type);
        }
    }

    private void advance(int n) {
        if (n < 0 || pos + n > limit) {
            throw new ParquetFormatException("a page header runs past the end of its column chunk");
        }
        pos += n;
    }
}
