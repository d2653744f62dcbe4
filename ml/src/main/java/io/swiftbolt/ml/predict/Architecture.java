package io.swiftbolt.ml.predict;

/**
 * The network architectures of the {@link PricePredictor}s. Both read a window of
 * {@code sequenceLength} rows of scaled features and emit one scaled target per horizon.
 */
public enum Architecture {

    /**
     * LSTM(64) → dropout → LSTM(32) → dropout → dense(horizons). The first dropout mask is shared
     * across time steps (variational dropout), the second acts on the last hidden state.
     */
    LSTM,

    /**
     * A one-block Transformer encoder: linear input projection to 64 channels plus sinusoidal
     * positional encoding → 4-head self-attention → dropout → residual + layer norm →
     * feed-forward(128, ReLU) → residual + layer norm → mean over time → dropout →
     * dense(horizons).
     */
    TRANSFORMER
}
