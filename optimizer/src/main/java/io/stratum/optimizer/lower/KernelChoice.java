package io.stratum.optimizer.lower;

import java.util.Objects;

/** A kernel the lowering picked and why, in words EXPLAIN prints next to the operator. */
public record KernelChoice(String kernel, String reason) {
    public KernelChoice {
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(reason, "reason");
    }
}
