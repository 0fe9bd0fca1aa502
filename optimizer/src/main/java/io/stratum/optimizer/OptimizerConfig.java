package io.stratum.optimizer;

import io.stratum.ir.catalog.ApiCatalog;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.optimizer.driver.RuleDriver;
import java.util.Objects;

/**
 * Optimizer settings. With {@code enabled} off only binding runs (lowering needs typed operators) and lowering
 * shares nothing the logical plan does not already share, so the runtime repeats work but must give the same
 * results — tests run both ways.
 */
public record OptimizerConfig(boolean enabled, RuleDriver.Config driver, ApiCatalog catalog) {
    public static final OptimizerConfig DEFAULT = new OptimizerConfig(true, RuleDriver.Config.DEFAULT, StandardCatalog.get());

    public OptimizerConfig {
        Objects.requireNonNull(driver, "driver");
        Objects.requireNonNull(catalog, "catalog");
    }

    /** The same settings with the optimizer switched on or off. */
    public OptimizerConfig withEnabled(boolean on) {
        return new OptimizerConfig(on, driver, catalog);
    }
}
