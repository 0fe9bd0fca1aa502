package io.stratum.runtime.kernels.optimize;

/**
 * Limited-memory BFGS for smooth unconstrained minimization: two-loop recursion over the last {@code memory}
 * steps, a backtracking line search on the Armijo condition, stopping when the largest gradient component is at
 * most {@code gtol} (the test scipy's L-BFGS-B applies with {@code gtol}) or after {@code maxIter} iterations.
 */
public final class Lbfgs {
    private Lbfgs() {
    }

    /** A function with its gradient: returns f(x) and writes the gradient into {@code gradient}. */
    public interface Objective {
        double valueAndGradient(double[] x, double[] gradient);
    }

    /** Where the search stopped: the minimizer found, its value, the iterations used, and whether it converged. */
    public record Result(double[] x, double value, int iterations, boolean converged) {
    }

    public static Result minimize(Objective f, double[] start, int memory, double gtol, int maxIter) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.valueAndGradient(x, g);
        double[][] s = new double[memory][n];
        double[][] y = new double[memory][n];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        int stored = 0;
        int newest = -1;
        double[] d = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        int iter = 0;
        while (maxAbs(g) > gtol) {
            if (iter >= maxIter) {
                return new Result(x, fx, iter, false);
            }
            // Two-loop recursion: d = -H g.
            for (int i = 0; i < n; i++) {
                d[i] = -g[i];
            }
            for (int m = 0; m < stored; m++) {
                int k = Math.floorMod(newest - m, memory);
                alpha[k] = rho[k] * dot(s[k], d);
                axpy(-alpha[k], y[k], d);
            }
            if (stored > 0) {
                double gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
                for (int i = 0; i < n; i++) {
                    d[i] *= gamma;
                }
            }
            for (int m = stored - 1; m >= 0; m--) {
                int k = Math.floorMod(newest - m, memory);
                double beta = rho[k] * dot(y[k], d);
                axpy(alpha[k] - beta, s[k], d);
            }
            double slope = dot(g, d);
            if (!(slope < 0)) {
                // Curvature pairs gone stale: restart from steepest descent.
                stored = 0;
                for (int i = 0; i < n; i++) {
                    d[i] = -g[i];
                }
                slope = dot(g, d);
            }
            // The first step has no curvature scale yet; keep it to a unit move, as scipy's first iteration does.
            double step = stored == 0 ? Math.min(1.0, 1.0 / Math.sqrt(-slope)) : 1.0;
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int ls = 0; ls < 60; ls++) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + step * d[i];
                }
                fNew = f.valueAndGradient(xNew, gNew);
                if (fNew <= fx + 1e-4 * step * slope) {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            iter++;
            if (!accepted) {
                // No decrease is representable along d: x is a minimizer to machine precision.
                return new Result(x, fx, iter, true);
            }
            int k = Math.floorMod(newest + 1, memory);
            double sy = 0;
            double yy = 0;
            for (int i = 0; i < n; i++) {
                s[k][i] = xNew[i] - x[i];
                y[k][i] = gNew[i] - g[i];
                sy += s[k][i] * y[k][i];
                yy += y[k][i] * y[k][i];
            }
            // Keep a pair only when it carries positive curvature, so the implied inverse Hessian stays definite.
            if (sy > 1e-16 * yy && yy > 0) {
                rho[k] = 1.0 / sy;
                newest = k;
                stored = Math.min(stored + 1, memory);
            }
            double previous = fx;
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            // scipy's ftol test with ftol = 64 eps, as scikit-learn sets it: further progress is rounding noise.
            if ((previous - fx) <= 64 * Math.ulp(1.0) * Math.max(Math.max(Math.abs(previous), Math.abs(fx)), 1.0)) {
                return new Result(x, fx, iter, true);
            }
        }
        return new Result(x, fx, iter, true);
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double e : v) {
            m = Math.max(m, Math.abs(e));
        }
        return m;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
