package io.stratum.runtime.kernels.linear;

/**
 * Supplies the shared sufficient statistics of one X and y on one set of rows, and their eigendecomposition on
 * first request; the executor implements it so that each is computed once however many learners read it.
 */
public interface GramSource {
    GramStatistics statistics();

    GramSpectrum spectrum();
}
