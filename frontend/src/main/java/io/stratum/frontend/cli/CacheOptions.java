package io.stratum.frontend.cli;

import io.stratum.ir.diagnostics.StratumError;
import io.stratum.ir.node.Origin;
import io.stratum.runtime.cache.LineageCache;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** {@code --cache DIR} and {@code --cache-size SIZE}: where results are kept between runs, and how much of them. */
final class CacheOptions {
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(i?b?)", Pattern.CASE_INSENSITIVE);

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep intermediate results and fitted models in DIR and reuse them in later runs whose steps"
                    + " and input files are unchanged.")
    Path directory;

    @Option(names = "--cache-size", paramLabel = "SIZE", defaultValue = "2GiB",
            description = "Largest total size of the cache, e.g. 500MiB or 2GiB; least recently used entries are"
                    + " evicted beyond it (default: ${DEFAULT-VALUE}).")
    String size;

    /** The opened cache, or null without {@code --cache}. */
    LineageCache open() {
        if (directory == null) {
            return null;
        }
        long bytes = parseSize(size, "--cache-size");
        try {
            return LineageCache.open(directory, bytes);
        } catch (IOException | RuntimeException e) {
            throw new StratumError(Origin.NONE, "cannot use '" + directory + "' as the cache directory: " + e.getMessage(),
                    "pass --cache a directory you can write to");
        }
    }

    /** Bytes from {@code 1048576}, {@code 500MB}, {@code 500MiB}, {@code 2G}...; units are powers of 1024. */
    static long parseSize(String text) {
        return parseSize(text, "--cache-size");
    }

    /** {@link #parseSize(String)} for {@code option}, which errors name. */
    static long parseSize(String text, String option) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new StratumError(Origin.NONE, "cannot read " + option + " '" + text + "'", "write a size such as 500MiB or 2GiB");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "" -> 0;
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 40;
        };
        double bytes = Double.parseDouble(m.group(1)) * (1L << shift);
        if (bytes < 1 || bytes > Long.MAX_VALUE / 2) {
            throw new StratumError(Origin.NONE, option + " '" + text + "' is out of range", "write a size such as 500MiB or 2GiB");
        }
        return (long) bytes;
    }
}
