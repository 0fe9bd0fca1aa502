package io.stratum.optimizer.driver;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.logical.LogicalNode;
import io.stratum.ir.node.Fingerprint;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What rules may consult while the driver runs: the API catalog, the batches already run, per-pass state. */
public final class RuleContext {
    private final ApiCatalog catalog;
    private final Set<String> completedBatches = new LinkedHashSet<>();
    private final Map<Fingerprint, LogicalNode> canonicalNodes = new HashMap<>();

    public RuleContext(ApiCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public ApiCatalog catalog() {
        return catalog;
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

    void beginPass() {
        canonicalNodes.clear();
    }
}
