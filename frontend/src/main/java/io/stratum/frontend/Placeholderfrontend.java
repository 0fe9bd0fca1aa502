package io.stratum.frontend; final class Placeholderfrontend {}
