package io.swiftbolt.ml.features.indicators;

/**
 * Streaming rolling rank {@code (x − min)/(max − min)} over the last {@code n} values (the
 * current one included), in {@code [0, 1]}, 0.5 when the window is flat; equal to
 * {@link IndicatorKernels#rollingRank}. Amortized O(1): the window's minimum and maximum are kept
 * by two monotonic deques. First defined at index {@code n − 1}.
 *
 * <p>Mutable, not thread-safe.
 */
public final class RollingRank extends AbstractIndicator implements ScalarIndicator {

    private final int n;
    private final Deque maxima;
    private final Deque minima;

    /**
     * Makes a rolling rank.
     *
     * @param n the window, {@code >= 1}
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public RollingRank(int n) {
        super("rank_" + n, period(n, 1, "n") - 1);
        this.n = n;
        this.maxima = new Deque(n);
        this.minima = new Deque(n);
    }

    @Override
    public boolean update(double value) {
        checkFinite(value);
        int i = count;
        // Expire before pushing, so neither deque ever holds more than n entries.
        maxima.expire(i - n);
        minima.expire(i - n);
        maxima.push(i, value, true);
        minima.push(i, value, false);
        count++;
        if (count >= n) {
            double max = maxima.frontValue();
            double min = minima.frontValue();
            double range = max - min;
            current = range == 0.0 ? IndicatorKernels.FLAT_RANGE_POSITION : (value - min) / range;
        }
        return isDefined();
    }

    @Override
    public void reset() {
        super.reset();
        maxima.clear();
        minima.clear();
    }

    /** A monotonic deque of (index, value) pairs in ring arrays; at most {@code n} entries. */
    private static final class Deque {
        private final int[] index;
        private final double[] value;
        private int head;
        private int size;

        Deque(int capacity) {
            index = new int[capacity];
            value = new double[capacity];
        }

        /** Appends, first dropping from the back every entry the new value dominates. */
        void push(int i, double v, boolean keepMaximum) {
            while (size > 0) {
                int back = (head + size - 1) % index.length;
                boolean dominated = keepMaximum ? value[back] <= v : value[back] >= v;
                if (!dominated) {
                    break;
                }
                size--;
            }
            int slot = (head + size) % index.length;
            index[slot] = i;
            value[slot] = v;
            size++;
        }

        /** Drops front entries with index at most {@code lastExpired}. */
        void expire(int lastExpired) {
            while (size > 0 && index[head] <= lastExpired) {
                head = (head + 1) % index.length;
                size--;
            }
        }

        double frontValue() {
            return value[head];
        }

        void clear() {
            head = 0;
            size = 0;
        }
    }
}
