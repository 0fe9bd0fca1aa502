package io.stratum.runtime.kernels.optimize;

/**
 * Limited-memory BFGS for smooth unconstrained minimization, following scipy's L-BFGS-B (Byrd, Lu, Nocedal and Zhu;
 * scipy 1.17's C translation) on a problem without bounds, so that a solver scikit-learn runs through
 * {@code scipy.optimize.minimize(method="L-BFGS-B")} takes the same steps and stops at the same iteration:
 * <ul>
 *   <li>the direction is the quasi-Newton step {@code -H g} of the last {@code memory} correction pairs with
 *   {@code H0 = I / theta}, {@code theta = y'y / s'y} of the newest pair (L-BFGS-B's compact form computes the same
 *   product; here it is the two-loop recursion), or {@code -g} with an empty memory;</li>
 *   <li>the step comes from the Moré-Thuente line search ({@code dcsrch}: sufficient decrease {@code 1e-3},
 *   curvature {@code 0.9}, {@code xtol 0.1}) from {@code min(1, 1/||d||)} on the first iteration and {@code 1}
 *   afterwards, at most {@code maxLineSearch} evaluations; a line search that fails, or a direction that is not one
 *   of descent, empties the memory and restarts from {@code -g} (or stops when the memory was already empty);</li>
 *   <li>after each iteration it stops when the largest gradient entry is at most {@code pgtol}, or when the relative
 *   reduction {@code (f_old - f) / max(|f_old|, |f|, 1)} is at most {@code factr * eps}, or after {@code maxIter}
 *   iterations (scipy's wrapper checks that count first);</li>
 *   <li>a correction pair is kept only when {@code s'y > eps * (-g'd) * step}, with {@code s'y} computed from the
 *   directional derivatives as L-BFGS-B computes it.</li>
 * </ul>
 */
public final class Lbfgs {
    private static final double EPS = 2.220446049250313e-16;
    /** dcsrch's tolerances as L-BFGS-B calls it. */
    private static final double FTOL = 1e-3;
    private static final double GTOL = 0.9;
    private static final double XTOL = 0.1;
    private static final double STPMAX = 1e10;

    private Lbfgs() {
    }

    /** A function with its gradient: returns f(x) and writes the gradient into {@code gradient}. */
    public interface Objective {
        double valueAndGradient(double[] x, double[] gradient);
    }

    /**
     * Where the search stopped: the minimizer found, its value, the iterations used (scipy's {@code nit}), the
     * function evaluations ({@code nfev}) and whether a stopping test other than the iteration limit fired.
     */
    public record Result(double[] x, double value, int iterations, int evaluations, boolean converged) {
    }

    /**
     * Minimizes {@code f} from {@code start} as {@code scipy.optimize.minimize(method="L-BFGS-B", options={"maxcor":
     * memory, "gtol": pgtol, "ftol": factr * eps, "maxiter": maxIter, "maxls": maxLineSearch})} does.
     */
    public static Result minimize(Objective f, double[] start, int memory, double pgtol, double factr, int maxIter,
                                  int maxLineSearch) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.valueAndGradient(x, g);
        int nfev = 1;
        if (maxAbs(g) <= pgtol) {
            return new Result(x, fx, 0, nfev, true);
        }
        Memory pairs = new Memory(memory, n);
        double[] d = new double[n];
        double[] xOld = new double[n];
        double[] gOld = new double[n];
        double[] xTrial = new double[n];
        double[] z = new double[n];
        double[] gTrial = new double[n];
        double tol = factr * EPS;
        int iter = 0;
        while (true) {
            // The search direction: the quasi-Newton step, or -g / theta with an empty memory (theta is then 1).
            pairs.direction(g, d);
            // L-BFGS-B forms the Newton point z = x + d and searches along z - x, trying z itself at step 1.
            for (int i = 0; i < n; i++) {
                z[i] = x[i] + d[i];
                d[i] = z[i] - x[i];
            }
            double dtd = dot(d, d);
            double dnorm = Math.sqrt(dtd);
            double stp = iter == 0 ? Math.min(1.0 / dnorm, STPMAX) : 1.0;
            System.arraycopy(x, 0, xOld, 0, n);
            System.arraycopy(g, 0, gOld, 0, n);
            double fOld = fx;
            double gdOld = dot(g, d);
            LineSearch search = null;
            boolean failed = !(gdOld < 0);
            double gd = gdOld;
            double fTrial = fx;
            if (!failed) {
                search = new LineSearch(fx, gdOld, stp);
                int evaluations = 0;
                while (true) {
                    if (stp == 1.0) {
                        System.arraycopy(z, 0, xTrial, 0, n);
                    } else {
                        for (int i = 0; i < n; i++) {
                            xTrial[i] = stp * d[i] + xOld[i];
                        }
                    }
                    fTrial = f.valueAndGradient(xTrial, gTrial);
                    evaluations++;
                    nfev++;
                    gd = dot(gTrial, d);
                    int status = search.next(fTrial, gd);
                    if (status != LineSearch.EVALUATE) {
                        break;
                    }
                    if (evaluations >= maxLineSearch) {
                        failed = true;
                        break;
                    }
                    stp = search.step();
                }
                if (!failed) {
                    // dcsrch stops with the step it was given last, the point just evaluated.
                    stp = search.step();
                }
            }
            if (failed) {
                if (pairs.isEmpty()) {
                    // Abnormal termination: no descent from steepest descent either.
                    return new Result(xOld, fOld, iter + 1, nfev, false);
                }
                pairs.clear();
                continue;
            }
            System.arraycopy(xTrial, 0, x, 0, n);
            System.arraycopy(gTrial, 0, g, 0, n);
            fx = fTrial;
            iter++;
            if (iter >= maxIter) {
                return new Result(x, fx, iter, nfev, maxAbs(g) <= pgtol);
            }
            if (maxAbs(g) <= pgtol) {
                return new Result(x, fx, iter, nfev, true);
            }
            if (fOld - fx <= tol * Math.max(Math.max(Math.abs(fOld), Math.abs(fx)), 1.0)) {
                return new Result(x, fx, iter, nfev, true);
            }
            double dr;
            double ddum;
            double[] s = new double[n];
            double[] y = new double[n];
            double rr = 0;
            for (int i = 0; i < n; i++) {
                y[i] = g[i] - gOld[i];
                rr += y[i] * y[i];
            }
            if (stp == 1.0) {
                dr = gd - gdOld;
                ddum = -gdOld;
                System.arraycopy(d, 0, s, 0, n);
            } else {
                dr = (gd - gdOld) * stp;
                for (int i = 0; i < n; i++) {
                    s[i] = stp * d[i];
                }
                ddum = -gdOld * stp;
            }
            if (dr > EPS * ddum) {
                pairs.add(s, y, dr, rr);
            }
        }
    }

    /** The last correction pairs, oldest first, with {@code s'y} as L-BFGS-B stores it and its theta. */
    private static final class Memory {
        private final int capacity;
        private final double[][] s;
        private final double[][] y;
        private final double[] sy;
        private final double[] alpha;
        private int head;
        private int count;
        private double theta = 1.0;

        Memory(int capacity, int n) {
            this.capacity = capacity;
            this.s = new double[capacity][];
            this.y = new double[capacity][];
            this.sy = new double[capacity];
            this.alpha = new double[capacity];
        }

        boolean isEmpty() {
            return count == 0;
        }

        void clear() {
            count = 0;
            head = 0;
            theta = 1.0;
        }

        void add(double[] sNew, double[] yNew, double dr, double rr) {
            int at = (head + count) % capacity;
            if (count == capacity) {
                head = (head + 1) % capacity;
            } else {
                count++;
            }
            s[at] = sNew;
            y[at] = yNew;
            sy[at] = dr;
            theta = rr / dr;
        }

        /** {@code d = -H g}: the two-loop recursion over the pairs, newest first, with {@code H0 = I / theta}. */
        void direction(double[] g, double[] d) {
            int n = g.length;
            for (int i = 0; i < n; i++) {
                d[i] = -g[i];
            }
            for (int m = count - 1; m >= 0; m--) {
                int k = (head + m) % capacity;
                alpha[k] = dot(s[k], d) / sy[k];
                axpy(-alpha[k], y[k], d);
            }
            double scale = 1.0 / theta;
            for (int i = 0; i < n; i++) {
                d[i] *= scale;
            }
            for (int m = 0; m < count; m++) {
                int k = (head + m) % capacity;
                double beta = dot(y[k], d) / sy[k];
                axpy(alpha[k] - beta, s[k], d);
            }
        }
    }

    /**
     * The Moré-Thuente line search of MINPACK-2 ({@code dcsrch} with {@code dcstep}) as L-BFGS-B drives it: the
     * caller evaluates f and its directional derivative at {@link #step()} and passes them to {@link #next} until it
     * answers other than {@link #EVALUATE}.
     */
    static final class LineSearch {
        static final int EVALUATE = 0;
        static final int CONVERGED = 1;
        static final int WARNING = 2;
        private static final double XTRAPL = 1.1;
        private static final double XTRAPU = 4.0;

        private boolean bracketed;
        private int stage = 1;
        private final double finit;
        private final double ginit;
        private final double gtest;
        private double width;
        private double width1;
        private double stx;
        private double fx;
        private double gx;
        private double sty;
        private double fy;
        private double gy;
        private double stmin;
        private double stmax;
        private double stp;

        LineSearch(double f0, double g0, double firstStep) {
            finit = f0;
            ginit = g0;
            gtest = FTOL * g0;
            width = STPMAX;
            width1 = width / 0.5;
            fx = f0;
            gx = g0;
            fy = f0;
            gy = g0;
            stmax = firstStep + XTRAPU * firstStep;
            stp = firstStep;
        }

        double step() {
            return stp;
        }

        /** Takes f and its derivative at {@link #step()}; says whether to evaluate at the new {@link #step()}. */
        int next(double f, double g) {
            double ftest = finit + stp * gtest;
            if (stage == 1 && f <= ftest && g >= 0.0) {
                stage = 2;
            }
            int task = EVALUATE;
            if (bracketed && (stp <= stmin || stp >= stmax)) {
                task = WARNING;
            }
            if (bracketed && stmax - stmin <= XTOL * stmax) {
                task = WARNING;
            }
            if (stp == STPMAX && f <= ftest && g <= gtest) {
                task = WARNING;
            }
            if (stp == 0.0 && (f > ftest || g >= gtest)) {
                task = WARNING;
            }
            if (f <= ftest && Math.abs(g) <= GTOL * (-ginit)) {
                task = CONVERGED;
            }
            if (task != EVALUATE) {
                return task;
            }
            if (stage == 1 && f <= fx && f > ftest) {
                // The modified function psi(stp) = f(stp) - f(0) - ftol * stp * f'(0) predicts the step.
                double[] state = {stx, fx - stx * gtest, gx - gtest, sty, fy - sty * gtest, gy - gtest};
                step(state, f - stp * gtest, g - gtest, stmin, stmax);
                stx = state[0];
                sty = state[3];
                fx = state[1] + stx * gtest;
                fy = state[4] + sty * gtest;
                gx = state[2] + gtest;
                gy = state[5] + gtest;
            } else {
                double[] state = {stx, fx, gx, sty, fy, gy};
                step(state, f, g, stmin, stmax);
                stx = state[0];
                fx = state[1];
                gx = state[2];
                sty = state[3];
                fy = state[4];
                gy = state[5];
            }
            if (bracketed) {
                if (Math.abs(sty - stx) >= 0.66 * width1) {
                    stp = stx + 0.5 * (sty - stx);
                }
                width1 = width;
                width = Math.abs(sty - stx);
            }
            if (bracketed) {
                stmin = Math.min(stx, sty);
                stmax = Math.max(stx, sty);
            } else {
                stmin = stp + XTRAPL * (stp - stx);
                stmax = stp + XTRAPU * (stp - stx);
            }
            stp = Math.max(stp, 0.0);
            stp = Math.min(stp, STPMAX);
            if (bracketed && (stp <= stmin || stp >= stmax) || bracketed && stmax - stmin <= XTOL * stmax) {
                stp = stx;
            }
            return EVALUATE;
        }

        /**
         * dcstep: a safeguarded cubic or quadratic step from the interval {@code state = {stx, fx, dx, sty, fy, dy}}
         * (updated in place) and the trial {@code stp} with value {@code fp} and derivative {@code dp}, kept within
         * {@code [lower, upper]} (dcsrch's extrapolation bounds, not the global step bounds).
         */
        private void step(double[] state, double fp, double dp, double lower, double upper) {
            double stx = state[0];
            double fx = state[1];
            double dx = state[2];
            double sty = state[3];
            double fy = state[4];
            double dy = state[5];
            double sgnd = dp * (dx / Math.abs(dx));
            double stpf;
            if (fp > fx) {
                double theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp;
                double s = Math.max(Math.abs(theta), Math.max(Math.abs(dx), Math.abs(dp)));
                double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
                if (stp < stx) {
                    gamma = -gamma;
                }
                double p = (gamma - dx) + theta;
                double q = ((gamma - dx) + gamma) + dp;
                double r = p / q;
                double stpc = stx + r * (stp - stx);
                double stpq = stx + ((dx / ((fx - fp) / (stp - stx) + dx)) / 2.0) * (stp - stx);
                stpf = Math.abs(stpc - stx) < Math.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2.0;
                bracketed = true;
            } else if (sgnd < 0.0) {
                double theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp;
                double s = Math.max(Math.abs(theta), Math.max(Math.abs(dx), Math.abs(dp)));
                double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
                if (stp > stx) {
                    gamma = -gamma;
                }
                double p = (gamma - dp) + theta;
                double q = ((gamma - dp) + gamma) + dx;
                double r = p / q;
                double stpc = stp + r * (stx - stp);
                double stpq = stp + (dp / (dp - dx)) * (stx - stp);
                stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
                bracketed = true;
            } else if (Math.abs(dp) < Math.abs(dx)) {
                double theta = 3.0 * (fx - fp) / (stp - stx) + dx + dp;
                double s = Math.max(Math.abs(theta), Math.max(Math.abs(dx), Math.abs(dp)));
                double gamma = s * Math.sqrt(Math.max(0.0, (theta / s) * (theta / s) - (dx / s) * (dp / s)));
                if (stp > stx) {
                    gamma = -gamma;
                }
                double p = (gamma - dp) + theta;
                double q = (gamma + (dx - dp)) + gamma;
                double r = p / q;
                double stpc;
                if (r < 0.0 && gamma != 0.0) {
                    stpc = stp + r * (stx - stp);
                } else if (stp > stx) {
                    stpc = upper;
                } else {
                    stpc = lower;
                }
                double stpq = stp + (dp / (dp - dx)) * (stx - stp);
                if (bracketed) {
                    stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
                    stpf = stp > stx ? Math.min(stp + 0.66 * (sty - stp), stpf)
                            : Math.max(stp + 0.66 * (sty - stp), stpf);
                } else {
                    stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
                    stpf = Math.min(upper, stpf);
                    stpf = Math.max(lower, stpf);
                }
            } else {
                if (bracketed) {
                    double theta = 3.0 * (fp - fy) / (sty - stp) + dy + dp;
                    double s = Math.max(Math.abs(theta), Math.max(Math.abs(dy), Math.abs(dp)));
                    double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dy / s) * (dp / s));
                    if (stp > sty) {
                        gamma = -gamma;
                    }
                    double p = (gamma - dp) + theta;
                    double q = ((gamma - dp) + gamma) + dy;
                    double r = p / q;
                    stpf = stp + r * (sty - stp);
                } else {
                    stpf = stp > stx ? upper : lower;
                }
            }
            if (fp > fx) {
                sty = stp;
                fy = fp;
                dy = dp;
            } else {
                if (sgnd < 0.0) {
                    sty = stx;
                    fy = fx;
                    dy = dx;
                }
                stx = stp;
                fx = fp;
                dx = dp;
            }
            stp = stpf;
            state[0] = stx;
            state[1] = fx;
            state[2] = dx;
            state[3] = sty;
            state[4] = fy;
            state[5] = dy;
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double e : v) {
            if (Double.isNaN(e)) {
                return e;
            }
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
