package io.swiftbolt.ml.predict;

/** What a predictor forecasts, from a level series {@code L} (a close price, an option price). */
public enum TargetKind {

    /** The h-step log return {@code ln(L[t+h] / L[t])}, a decimal. */
    LOG_RETURN,

    /** The level {@code L[t+h]} itself, in the series' units (e.g. dollars). */
    PRICE
}
