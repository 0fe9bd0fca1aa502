package io.stratum.runtime.exec;

import io.stratum.ir.catalog.ApiEntry;
import io.stratum.ir.catalog.StandardCatalog;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;

/** Estimator specs as the binder makes them: the catalog's defaults, overridden by {@code name=value;...} text. */
final class BoostingSpecs {
    private BoostingSpecs() {
    }

    static EstimatorSpec spec(String qualifiedName, String params) {
        ApiEntry entry = StandardCatalog.get().lookup(qualifiedName);
        List<String> names = new ArrayList<>(entry.paramNames());
        List<Const> values = new ArrayList<>(entry.defaults());
        List<Boolean> explicit = new ArrayList<>();
        names.forEach(n -> explicit.add(false));
        if (!params.isEmpty()) {
            for (String pair : params.split(";")) {
                String name = pair.substring(0, pair.indexOf('='));
                String text = pair.substring(pair.indexOf('=') + 1);
                int at = names.indexOf(name);
                if (at < 0) {
                    throw new IllegalArgumentException(qualifiedName + " has no parameter " + name);
                }
                String err = entry.param(name).check(parse(text));
                if (err != null) {
                    throw new IllegalArgumentException(err);
                }
                values.set(at, parse(text));
                explicit.set(at, true);
            }
        }
        return new EstimatorSpec(qualifiedName, names, values, explicit);
    }

    private static Const parse(String text) {
        if (text.equals("None")) {
            return Const.none();
        }
        if (text.equals("True") || text.equals("False")) {
            return Const.of(text.equals("True"));
        }
        if (text.startsWith("'")) {
            return Const.of(text.substring(1, text.length() - 1));
        }
        if (text.contains(".") || text.contains("e")) {
            return Const.of(Double.parseDouble(text));
        }
        return Const.of(Long.parseLong(text));
    }

    /** What a persisted state reads back from: its bytes as the lineage cache stores them. */
    static java.io.DataInput roundTrip(io.stratum.runtime.cache.Persistable state) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            state.writeTo(out);
        }
        return new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    }
}
