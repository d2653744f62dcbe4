package io.swiftbolt.ml.features;

import io.swiftbolt.core.util.ArgChecks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A per-date series of {@link OptionObservation}s, at most one per date, in strictly increasing
 * date order. Dates need not cover every bar: a bar without an observation has undefined option
 * features.
 *
 * <p>Immutable and thread-safe.
 */
public final class OptionSeries {

    private final List<OptionObservation> observations;

    private OptionSeries(List<OptionObservation> observations) {
        this.observations = observations;
    }

    /**
     * Makes a series.
     *
     * @param observations the observations, dates strictly increasing; copied
     * @return the series
     * @throws IllegalArgumentException if the list or an element is null or dates do not strictly
     *                                  increase (the message names the position and dates)
     */
    public static OptionSeries of(List<OptionObservation> observations) {
        ArgChecks.notNull(observations, "observations");
        List<OptionObservation> copy = new ArrayList<>(observations.size());
        for (int i = 0; i < observations.size(); i++) {
            OptionObservation o = ArgChecks.notNull(observations.get(i), "observations[" + i + "]");
            if (i > 0) {
                OptionObservation prev = copy.get(i - 1);
                ArgChecks.check(o.date().isAfter(prev.date()), "observations[" + i + "].date", o.date(),
                        "must be after observations[" + (i - 1) + "].date = " + prev.date());
            }
            copy.add(o);
        }
        return new OptionSeries(List.copyOf(copy));
    }

    /**
     * The number of observations.
     *
     * @return the size
     */
    public int size() {
        return observations.size();
    }

    /**
     * One observation.
     *
     * @param i the position, {@code 0 <= i < size()}
     * @return the observation
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public OptionObservation get(int i) {
        return observations.get(Objects.checkIndex(i, observations.size()));
    }

    /**
     * All observations, in date order.
     *
     * @return an immutable list
     */
    public List<OptionObservation> observations() {
        return observations;
    }

    @Override
    public String toString() {
        return "OptionSeries[" + size() + " observations"
                + (observations.isEmpty() ? "" : ", " + observations.get(0).date() + ".."
                + observations.get(size() - 1).date()) + "]";
    }
}
