package io.stratum.ir.catalog;

import io.stratum.ir.diagnostics.NearestNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names of pandas, scikit-learn and skrub that Stratum knows, with their parameters. The binder resolves
 * every import and constructor call here, so an unknown name or parameter is reported before data is read.
 */
public final class ApiCatalog {
    private final Map<String, ApiEntry> entries = new TreeMap<>();

    /** Adds an entry; a second entry of the same qualified name is a programming error. */
    public ApiCatalog register(ApiEntry entry) {
        if (entries.putIfAbsent(entry.qualifiedName(), entry) != null) {
            throw new IllegalStateException("duplicate catalog entry " + entry.qualifiedName());
        }
        return this;
    }

    /** The entry for a qualified name such as {@code sklearn.linear_model.Ridge}, or null. */
    public ApiEntry lookup(String qualifiedName) {
        return entries.get(qualifiedName);
    }

    /** True when some entry lives in {@code module} or one of its submodules. */
    public boolean hasModule(String module) {
        String prefix = module + ".";
        for (String name : entries.keySet()) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The simple names directly inside {@code module}, sorted. */
    public List<String> namesIn(String module) {
        String prefix = module + ".";
        List<String> out = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (name.startsWith(prefix) && name.indexOf('.', prefix.length()) < 0) {
                out.add(name.substring(prefix.length()));
            }
        }
        return out;
    }

    /** Up to three known names of {@code module} closest in spelling to {@code simpleName}. */
    public List<String> suggest(String module, String simpleName) {
        return NearestNames.nearest(simpleName, namesIn(module), 3);
    }

    public List<ApiEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries.values()));
    }
}
