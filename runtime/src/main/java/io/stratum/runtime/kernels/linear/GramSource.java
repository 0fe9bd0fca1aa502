package io.stratum.runtime.kernels.linear;

/**
 * Supplies the shared sufficient statistics of one X and y on one set of rows, and their eigendecomposition on
 * first request; the executor implements it so that each is computed once however many learners read it.
 */
public interface GramSource {
    GramStatistics statistics();

    GramSpectrum spectrum();

    /**
     * Statistics the caller already holds, for fits outside the executor (tests, benchmarks, single fits): the
     * spectrum is decomposed on its first request and kept.
     */
    static GramSource of(GramStatistics statistics) {
        return new GramSource() {
            private GramSpectrum spectrum;

            @Override
            public GramStatistics statistics() {
                return statistics;
            }

            @Override
            public synchronized GramSpectrum spectrum() {
                if (spectrum == null) {
                    spectrum = GramSpectrum.of(statistics);
                }
                return spectrum;
            }
        };
    }
}
