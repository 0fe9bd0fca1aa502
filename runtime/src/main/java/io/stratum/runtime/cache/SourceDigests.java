package io.stratum.runtime.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Content hashes of input files, so that a cache entry computed from a file is keyed by what the file held, not
 * by its name: an edited file invalidates everything read from it. A file is hashed once per (size, modification
 * time) seen, since a search reads each source many times.
 */
public final class SourceDigests {
    private record Seen(Path path, long size, long modifiedMillis) {
    }

    private final ConcurrentHashMap<Seen, String> digests = new ConcurrentHashMap<>();

    /** The SHA-256 of the file's bytes, in hex; {@code "missing"} when it cannot be read (the scan then fails). */
    public String digest(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(abs, BasicFileAttributes.class);
        } catch (IOException e) {
            return "missing";
        }
        Seen seen = new Seen(abs, attrs.size(), attrs.lastModifiedTime().toMillis());
        return digests.computeIfAbsent(seen, s -> hash(s.path()));
    }

    private static String hash(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return "missing";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
