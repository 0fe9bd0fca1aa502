package io.stratum.frontend.cli;

import io.stratum.frontend.session.SessionConfig;
import picocli.CommandLine.Option;

/** {@code --memory-limit SIZE}: the most memory the runtime's buffer pool may hold in intermediate results. */
final class MemoryOptions {
    @Option(names = "--memory-limit", paramLabel = "SIZE",
            description = "Hold at most SIZE (e.g. 512MiB, 4GiB) of intermediate results in memory; beyond it they are"
                    + " spilled to a temporary folder or dropped and recomputed, whichever is cheaper (default: no limit).")
    String limit;

    /** {@code config} with the limit applied, if one was given. */
    SessionConfig apply(SessionConfig config) {
        return limit == null ? config : config.withMemoryLimit(CacheOptions.parseSize(limit, "--memory-limit"));
    }
}
