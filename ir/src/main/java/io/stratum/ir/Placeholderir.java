package io.stratum.ir; final class Placeholderir {}
