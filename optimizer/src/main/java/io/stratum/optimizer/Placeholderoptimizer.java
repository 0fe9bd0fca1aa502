package io.stratum.optimizer; final class Placeholderoptimizer {}
