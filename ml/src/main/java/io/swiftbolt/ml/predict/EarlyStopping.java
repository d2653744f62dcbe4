package io.swiftbolt.ml.predict;

import io.swiftbolt.core.util.ArgChecks;

/**
 * Early stopping on a validation loss: stop after {@code patience} consecutive epochs without a
 * strict improvement of the best loss. Mutable, one per training run, not thread-safe.
 */
final class EarlyStopping {

    private final int patience;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch = -1;
    private int epoch = -1;

    EarlyStopping(int patience) {
        this.patience = ArgChecks.positive(patience, "patience");
    }

    /**
     * Records the next epoch's validation loss.
     *
     * @param loss the loss
     * @return true if it is a new best (the caller checkpoints the model)
     */
    boolean record(double loss) {
        epoch++;
        if (loss < best) {
            best = loss;
            bestEpoch = epoch;
            return true;
        }
        return false;
    }

    /** Whether {@code patience} epochs have passed since the best one. */
    boolean shouldStop() {
        return bestEpoch >= 0 && epoch - bestEpoch >= patience;
    }

    /** The 0-based epoch of the best loss, −1 before any. */
    int bestEpoch() {
        return bestEpoch;
    }

    /** The best loss. */
    double best() {
        return best;
    }
}
