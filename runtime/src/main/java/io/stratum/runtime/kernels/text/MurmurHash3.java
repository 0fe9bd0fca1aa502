package io.stratum.runtime.kernels.text;

import java.nio.charset.StandardCharsets;

/** MurmurHash3 x86 32-bit, signed, as scikit-learn's {@code murmurhash3_32(key, seed)} hashes UTF-8 text. */
public final class MurmurHash3 {
    private MurmurHash3() {
    }

    public static int hash32(String text, int seed) {
        return hash32(text.getBytes(StandardCharsets.UTF_8), seed);
    }

    public static int hash32(byte[] bytes, int seed) {
        final int c1 = 0xcc9e2d51;
        final int c2 = 0x1b873593;
        int h = seed;
        int blocks = bytes.length / 4;
        for (int i = 0; i < blocks; i++) {
            int k = (bytes[4 * i] & 0xff) | (bytes[4 * i + 1] & 0xff) << 8 | (bytes[4 * i + 2] & 0xff) << 16
                    | (bytes[4 * i + 3] & 0xff) << 24;
            k *= c1;
            k = Integer.rotateLeft(k, 15);
            k *= c2;
            h ^= k;
            h = Integer.rotateLeft(h, 13);
            h = h * 5 + 0xe6546b64;
        }
        int tail = blocks * 4;
        int k = 0;
        switch (bytes.length & 3) {
            case 3:
                k ^= (bytes[tail + 2] & 0xff) << 16;
            case 2:
                k ^= (bytes[tail + 1] & 0xff) << 8;
            case 1:
                k ^= bytes[tail] & 0xff;
                k *= c1;
                k = Integer.rotateLeft(k, 15);
                k *= c2;
                h ^= k;
            default:
                break;
        }
        h ^= bytes.length;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
