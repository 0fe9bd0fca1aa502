package io.stratum.ir.catalog;

import static io.stratum.ir.catalog.ParamSpec.of;
import static io.stratum.ir.catalog.ParamType.ANY;
import static io.stratum.ir.catalog.ParamType.BOOL;
import static io.stratum.ir.catalog.ParamType.FLOAT;
import static io.stratum.ir.catalog.ParamType.INT;
import static io.stratum.ir.catalog.ParamType.STR;

import io.stratum.ir.value.Const;
import java.util.List;

/** scikit-learn 1.9's matrix decompositions in the catalog: PCA and TruncatedSVD, with scikit-learn's parameter names and defaults. */
final class DecompositionEntries {
    private DecompositionEntries() {
    }

    private static Const s(String v) {
        return Const.of(v);
    }

    static void register(ApiCatalog c) {
        c.register(new ApiEntry("sklearn.decomposition.PCA", EntryKind.TRANSFORMER, List.of(
                // an int, a float in (0, 1) (the share of variance to keep), "mle" or None (all components)
                of("n_components", ANY, Const.none()).orNone(),
                of("copy", BOOL, Const.of(true)),
                of("whiten", BOOL, Const.of(false)),
                of("svd_solver", STR, s("auto")).oneOf(s("auto"), s("full"), s("covariance_eigh"), s("arpack"),
                        s("randomized")),
                of("tol", FLOAT, Const.of(0.0)).atLeast(0.0),
                // an int, or "auto" (7 power iterations for few components, else 4)
                of("iterated_power", ANY, s("auto")),
                of("n_oversamples", INT, Const.of(10L)).atLeast(1),
                of("power_iteration_normalizer", STR, s("auto")).oneOf(s("auto"), s("QR"), s("LU"), s("none")),
                of("random_state", ANY, Const.none()).orNone()),
                "Projects the numeric columns on their principal components (centered, optionally whitened),"
                        + " named pca0, pca1, ..."));
        c.register(new ApiEntry("sklearn.decomposition.TruncatedSVD", EntryKind.TRANSFORMER, List.of(
                of("n_components", INT, Const.of(2L)).atLeast(1),
                of("algorithm", STR, s("randomized")).oneOf(s("arpack"), s("randomized")),
                of("n_iter", INT, Const.of(5L)).atLeast(0),
                of("n_oversamples", INT, Const.of(10L)).atLeast(1),
                of("power_iteration_normalizer", STR, s("auto")).oneOf(s("auto"), s("QR"), s("LU"), s("none")),
                of("random_state", ANY, Const.none()).orNone(),
                of("tol", FLOAT, Const.of(0.0)).atLeast(0.0)),
                "Projects a matrix (a text vectorizer's sparse output) on its leading right singular vectors by"
                        + " scikit-learn's randomized SVD (or the exact ones, algorithm='arpack'): a numpy array of"
                        + " n_components columns."));
    }
}
