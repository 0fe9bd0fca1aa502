package io.stratum.runtime; final class Placeholderruntime {}
