package io.stratum.ir.node;

import java.util.HexFormat;

/** A 256-bit structural hash of a plan node and its inputs; equal plans have equal fingerprints. */
public record Fingerprint(byte[] bytes) {

    public Fingerprint {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a fingerprint has 32 bytes");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The full fingerprint as 64 lowercase hex digits. */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** The first 12 hex digits, enough to tell nodes apart in EXPLAIN. */
    public String shortHex() {
        return hex().substring(0, 12);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && java.util.Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8 | (bytes[3] & 0xff);
    }

    @Override
    public String toString() {
        return shortHex();
    }
}
