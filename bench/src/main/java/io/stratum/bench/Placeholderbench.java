package io.stratum.bench; final class Placeholderbench {}
