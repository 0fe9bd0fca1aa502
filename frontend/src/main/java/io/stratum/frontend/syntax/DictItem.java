package io.stratum.frontend.syntax;

import java.util.Objects;

/** One entry of a dict literal: {@code key: value}, or {@code **value} when {@code key} is null. */
public record DictItem(Expr key, Expr value) {

    public DictItem {
        Objects.requireNonNull(value);
    }

    /** True for {@code **mapping}. */
    public boolean isUnpacking() {
        return key == null;
    }
}
