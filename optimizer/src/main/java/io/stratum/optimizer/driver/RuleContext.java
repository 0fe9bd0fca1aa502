package io.stratum.optimizer.driver;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.node.Fingerprint;
import io.stratum.optimizer.metadata.SourceStatistics;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What rules may consult while the driver runs: the API catalog, the statistics of the sources, the batches already
 * run, the whole plan of the current pass and analyses of it.
 */
public final class RuleContext {
    private final ApiCatalog catalog;
    private final SourceStatistics sources;
    private final Set<String> completedBatches = new LinkedHashSet<>();
    private final Map<Fingerprint, LogicalNode> canonicalNodes = new HashMap<>();
    private final Map<Object, Object> passAnalyses = new HashMap<>();
    private LogicalNode passPlan;

    public RuleContext(ApiCatalog catalog, SourceStatistics sources) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /** A context without source statistics. */
    public RuleContext(ApiCatalog catalog) {
        this(catalog, SourceStatistics.NONE);
    }

    public ApiCatalog catalog() {
        return catalog;
    }

    /** The statistics of the plan's sources (schemas, rows), as the session collected them. */
    public SourceStatistics sources() {
        return sources;
    }

    /**
     * An analysis of the whole plan as it was when the current pass began (say, which columns each node's consumers
     * read), computed once per pass by {@code analysis} and shared by every node the pass offers the rule. Rules that
     * need to know a node's consumers use this instead of walking the plan themselves.
     */
    @SuppressWarnings("unchecked")
    public <T> T passAnalysis(Object key, Function<LogicalNode, T> analysis) {
        if (passPlan == null) {
            throw new IllegalStateException("no pass is running");
        }
        return (T) passAnalyses.computeIfAbsent(key, k -> analysis.apply(passPlan));
    }

    /** True when a batch of that name has completed in this driver run. */
    public boolean hasRun(String batchName) {
        return completedBatches.contains(batchName);
    }

    void markCompleted(String batchName) {
        completedBatches.add(batchName);
    }

    /**
     * The first node seen with {@code node}'s fingerprint during the current pass, registering {@code node}
     * when it is the first. Cleared before every pass, so it only ever holds nodes of the plan being walked.
     */
    public LogicalNode canonical(LogicalNode node) {
        return canonicalNodes.computeIfAbsent(node.fingerprint(), f -> node);
    }

    void beginPass(LogicalNode plan) {
        canonicalNodes.clear();
        passAnalyses.clear();
        passPlan = plan;
    }
}
