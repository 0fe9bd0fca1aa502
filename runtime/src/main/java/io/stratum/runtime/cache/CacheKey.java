package io.stratum.runtime.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The name of one cache entry: a SHA-256 digest over everything the stored value depends on. */
public record CacheKey(String hex) {
    public CacheKey {
        if (hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("a cache key is 64 lower-case hex digits, got '" + hex + "'");
        }
    }

    /** Starts a key; every part added is length-prefixed, so different part lists never give the same bytes. */
    public static Builder builder(String domain) {
        return new Builder().add(domain);
    }

    /** Accumulates the parts of a key. */
    public static final class Builder {
        private final MessageDigest digest;

        private Builder() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-256", e);
            }
        }

        public Builder add(String part) {
            return add(part.getBytes(StandardCharsets.UTF_8));
        }

        public Builder add(byte[] part) {
            int n = part.length;
            digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
            digest.update(part);
            return this;
        }

        public Builder add(long part) {
            byte[] b = new byte[8];
            for (int i = 0; i < 8; i++) {
                b[i] = (byte) (part >>> (56 - 8 * i));
            }
            return add(b);
        }

        public CacheKey build() {
            return new CacheKey(HexFormat.of().formatHex(digest.digest()));
        }
    }
}
