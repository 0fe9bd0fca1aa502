package io.stratum.runtime.kernels.decompose;

import io.stratum.runtime.kernels.split.LegacyRandomState;
import io.stratum.runtime.data.CsrMatrix;

/**
 * scikit-learn's {@code _randomized_svd} (Halko et al.) of a sparse matrix: a Gaussian test matrix drawn from
 * numpy's legacy {@code RandomState} in scikit-learn's shape and order, {@code n_iter} power iterations normalized by
 * LU (or QR, or none) as {@code power_iteration_normalizer} says, a final QR, and the exact SVD of the small
 * projected matrix. The input is transposed when it has fewer rows than columns, as scikit-learn does.
 *
 * <p>Because every normalizer only changes the basis of the same subspace, the result depends on the random draws
 * and the arithmetic order alone: with the same {@code random_state} it agrees with scikit-learn to rounding (see
 * {@code TruncatedSvdTest} for the tolerance measured).
 */
public final class RandomizedSvd {
    private RandomizedSvd() {
    }

    /** How the power iterations are re-normalized ({@code power_iteration_normalizer}). */
    public enum Normalizer {
        AUTO, LU, QR, NONE;

        public static Normalizer parse(String name) {
            return switch (name) {
                case "auto" -> AUTO;
                case "LU" -> LU;
                case "QR" -> QR;
                case "none" -> NONE;
                default -> throw new IllegalArgumentException("power_iteration_normalizer must be 'auto', 'LU', 'QR'"
                        + " or 'none', got '" + name + "'");
            };
        }
    }

    /** The leading {@code k} singular triplets: {@code u} row-major {@code rows x k}, {@code vt} row-major {@code k x cols}. */
    public record Result(double[] u, double[] s, double[] vt, int rows, int cols, int k) {
    }

    /**
     * The rank-{@code k} randomized SVD of {@code m}, not sign-flipped ({@code flip_sign=False}, as
     * {@code TruncatedSVD} calls it before its own {@code svd_flip}).
     */
    public static Result compute(CsrMatrix m, int k, int nOversamples, int nIter, Normalizer normalizer,
                                 LegacyRandomState random) {
        boolean transpose = m.rows() < m.cols();
        if (transpose) {
            // Features no row uses (most hash buckets) are zero rows of Mᵀ: they never pivot and get zero
            // components, and the draws depend only on Mᵀ's column count, so they can be left out and restored.
            int[] used = usedColumns(m);
            if (used.length < m.cols()) {
                Result r = compute(keepColumns(m, used), true, k, nOversamples, nIter, normalizer, random);
                double[] vt = new double[r.k() * m.cols()];
                for (int c = 0; c < r.k(); c++) {
                    for (int j = 0; j < used.length; j++) {
                        vt[c * m.cols() + used[j]] = r.vt()[c * used.length + j];
                    }
                }
                return new Result(r.u(), r.s(), vt, r.rows(), m.cols(), r.k());
            }
        }
        return compute(m, transpose, k, nOversamples, nIter, normalizer, random);
    }

    private static Result compute(CsrMatrix m, boolean transpose, int k, int nOversamples, int nIter,
                                  Normalizer normalizer, LegacyRandomState random) {
        CsrMatrix a = transpose ? m.transpose() : m;
        // A text column's rows repeat (one per repeated value): with enough distinct rows, the whole SVD runs on them.
        io.stratum.runtime.data.DistinctRows distinct = transpose ? null : io.stratum.runtime.data.DistinctRows.of(a);
        if (distinct != null && distinct.distinct().rows() >= k + nOversamples) {
            return onDistinctRows(a, distinct, k, nOversamples, nIter, normalizer, random);
        }
        int n = a.rows();
        int p = a.cols();
        int size = k + nOversamples;
        double[] q = new double[p * size];
        for (int i = 0; i < q.length; i++) {
            q[i] = random.nextGaussian();
        }
        Normalizer norm = normalizer == Normalizer.AUTO ? (nIter <= 2 ? Normalizer.NONE : Normalizer.LU) : normalizer;
        // Aᵀ·X streams X's rows through A's rows (CsrMatrix.transposeTimes), the same sums as an explicit transpose.
        // a normalizer of a panel with fewer rows than columns narrows it, as scipy's economic factors do
        int width = size;
        for (int it = 0; it < nIter; it++) {
            q = normalize(times(a, distinct, q, width), n, width, norm);
            width = norm == Normalizer.NONE ? width : Math.min(n, width);
            q = normalize(a.transposeTimes(q, width), p, width, norm);
            width = norm == Normalizer.NONE ? width : Math.min(p, width);
        }
        int r = Math.min(width, n);
        q = DenseFactorizations.orthonormalBasis(times(a, distinct, q, width), n, width);
        Result small = smallSvd(a.transposeTimes(q, r), p, r, k);
        int kk = small.k();
        double[] u = new double[n * kk];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < kk; c++) {
                double sum = 0.0;
                for (int l = 0; l < r; l++) {
                    sum += q[i * r + l] * small.u()[l * kk + c];
                }
                u[i * kk + c] = sum;
            }
        }
        double[] vt = small.vt();
        double[] s = small.s();
        if (!transpose) {
            return new Result(u, s, vt, n, p, kk);
        }
        // A = Mᵀ = U S Vt, so M = Vtᵀ S Uᵀ
        double[] mu = new double[p * kk];
        for (int c = 0; c < kk; c++) {
            for (int l = 0; l < p; l++) {
                mu[l * kk + c] = vt[c * p + l];
            }
        }
        double[] mvt = new double[kk * n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < kk; c++) {
                mvt[c * n + i] = u[i * kk + c];
            }
        }
        return new Result(mu, s, mvt, p, n, kk);
    }

    /**
     * The SVD of {@code B = Qᵀ·A} given {@code Bᵀ} (row-major {@code p x r}): from the economic QR {@code Bᵀ = Q₂·R}
     * and the SVD of the small {@code Rᵀ}. Returns {@code Û} (row-major {@code r x kk}), the leading {@code kk}
     * singular values and {@code Vᵀ = V̂ᵀ·Q₂ᵀ} ({@code kk x p}), {@code kk = min(k, r, p)}.
     */
    private static Result smallSvd(double[] bt, int p, int r, int k) {
        int rr = Math.min(r, p);
        double[] q2 = DenseFactorizations.orthonormalBasis(bt, p, r);
        double[] rt = new double[r * rr];
        // Rᵀ = Bᵀᵀ Q₂ restricted: R = Q₂ᵀ Bᵀ (rr x r), so Rᵀ (r x rr)[i][c] = sum_l Bᵀ[l][i] Q₂[l][c]
        for (int l = 0; l < p; l++) {
            for (int i = 0; i < r; i++) {
                double b = bt[l * r + i];
                if (b == 0.0) {
                    continue;
                }
                for (int c = 0; c < rr; c++) {
                    rt[i * rr + c] += b * q2[l * rr + c];
                }
            }
        }
        int sq = Math.max(r, rr);
        double[] square = new double[sq * sq];
        for (int i = 0; i < r; i++) {
            System.arraycopy(rt, i * rr, square, i * sq, rr);
        }
        DenseFactorizations.SmallSvd small = DenseFactorizations.SmallSvd.of(square, sq);
        int kk = Math.min(k, Math.min(r, rr));
        double[] uhat = new double[r * kk];
        for (int l = 0; l < r; l++) {
            System.arraycopy(small.u(), l * sq, uhat, l * kk, kk);
        }
        double[] vt = new double[kk * p];
        for (int c = 0; c < kk; c++) {
            for (int l = 0; l < p; l++) {
                double sum = 0.0;
                for (int j = 0; j < rr; j++) {
                    sum += small.vt()[c * sq + j] * q2[l * rr + j];
                }
                vt[c * p + l] = sum;
            }
        }
        return new Result(uhat, java.util.Arrays.copyOf(small.s(), kk), vt, r, p, kk);
    }

    /**
     * The randomized SVD of {@code a} computed on its distinct rows, each weighted by how often it occurs ({@code c_r}):
     * the same subspaces as over all rows. {@code A·X} has equal rows for equal rows of A; partial-pivoting LU gives
     * them equal rows of {@code L} (copies of the pivot row get multiplier 1 and a zero remainder, so their rows of
     * {@code P·L} equal the pivot's), hence the LU of the distinct rows, copied out, is the LU of all rows, the same
     * bits (unless two different rows tie exactly for a pivot, where the first by row position wins in both). {@code
     * Aᵀ·L} is {@code A_dᵀ·(C·L_d)}, the same sum grouped by row (rounding differs). The final orthonormal basis is
     * that of {@code C^½·Y_d}, scaled back by {@code C^-½} row by row: another orthonormal basis of the same column
     * space, so {@code B = Qᵀ·A} changes by a rotation that the small SVD absorbs (U, S and V agree to rounding). The
     * QR normalizer keeps the span the same way. Needs at least {@code k + nOversamples} distinct rows, so no panel is
     * narrowed where the full one would not be.
     */
    private static Result onDistinctRows(CsrMatrix a, io.stratum.runtime.data.DistinctRows distinct, int k,
                                         int nOversamples, int nIter, Normalizer normalizer, LegacyRandomState random) {
        CsrMatrix ad = distinct.distinct();
        int d = ad.rows();
        int p = a.cols();
        double[] counts = new double[d];
        for (int r : distinct.rowOf()) {
            counts[r]++;
        }
        int size = k + nOversamples;
        double[] q = new double[p * size];
        for (int i = 0; i < q.length; i++) {
            q[i] = random.nextGaussian();
        }
        Normalizer norm = normalizer == Normalizer.AUTO ? (nIter <= 2 ? Normalizer.NONE : Normalizer.LU) : normalizer;
        int width = size;
        for (int it = 0; it < nIter; it++) {
            double[] y = normalize(ad.times(q, width), d, width, norm);
            scaleRows(y, counts, width, false);
            q = normalize(ad.transposeTimes(y, width), p, width, norm);
            width = norm == Normalizer.NONE ? width : Math.min(p, width);
        }
        double[] sqrt = new double[d];
        for (int r = 0; r < d; r++) {
            sqrt[r] = Math.sqrt(counts[r]);
        }
        double[] y = ad.times(q, width);
        scaleRows(y, sqrt, width, false);
        int r = Math.min(width, d);
        double[] qw = DenseFactorizations.orthonormalBasis(y, d, width);
        // Bᵀ = Aᵀ·Q with Q = C^-½·Q_w copied to every row: A_dᵀ·(C^½·Q_w)
        double[] weighted = qw.clone();
        scaleRows(weighted, sqrt, r, false);
        double[] bt = ad.transposeTimes(weighted, r);
        Result small = smallSvd(bt, p, r, k);
        // U = Q·Û: per distinct row Q_w·Û / √c_r, copied to its rows
        scaleRows(qw, sqrt, r, true);
        int kk = small.k();
        double[] ud = new double[d * kk];
        for (int i = 0; i < d; i++) {
            for (int c = 0; c < kk; c++) {
                double sum = 0.0;
                for (int l = 0; l < r; l++) {
                    sum += qw[i * r + l] * small.u()[l * kk + c];
                }
                ud[i * kk + c] = sum;
            }
        }
        return new Result(distinct.expand(ud, kk), small.s(), small.vt(), a.rows(), p, kk);
    }

    /** Multiplies (or divides) row i of the row-major {@code rows x width} array by {@code factors[i]}, in place. */
    private static void scaleRows(double[] m, double[] factors, int width, boolean divide) {
        for (int i = 0; i < factors.length; i++) {
            double f = factors[i];
            for (int c = 0; c < width; c++) {
                m[i * width + c] = divide ? m[i * width + c] / f : m[i * width + c] * f;
            }
        }
    }

    private static double[] times(CsrMatrix a, io.stratum.runtime.data.DistinctRows distinct, double[] b, int k) {
        return distinct == null ? a.times(b, k) : distinct.times(b, k);
    }

    private static int[] usedColumns(CsrMatrix m) {
        boolean[] used = new boolean[m.cols()];
        int count = 0;
        for (int idx : m.indices()) {
            if (!used[idx]) {
                used[idx] = true;
                count++;
            }
        }
        int[] out = new int[count];
        int w = 0;
        for (int j = 0; j < used.length; j++) {
            if (used[j]) {
                out[w++] = j;
            }
        }
        return out;
    }

    /** The matrix restricted to the given (sorted) columns, renumbered 0..n-1. */
    private static CsrMatrix keepColumns(CsrMatrix m, int[] columns) {
        int[] newIndex = new int[m.cols()];
        java.util.Arrays.fill(newIndex, -1);
        for (int j = 0; j < columns.length; j++) {
            newIndex[columns[j]] = j;
        }
        int[] indices = new int[m.nonZeros()];
        for (int p = 0; p < indices.length; p++) {
            indices[p] = newIndex[m.indices()[p]];
        }
        return new CsrMatrix(m.rows(), columns.length, m.indptr(), indices, m.data());
    }

    private static double[] normalize(double[] panel, int n, int k, Normalizer norm) {
        return switch (norm) {
            case NONE, AUTO -> panel;
            case LU -> DenseFactorizations.permutedLower(panel, n, k);
            case QR -> DenseFactorizations.orthonormalBasis(panel, n, k);
        };
    }
}
