package io.swiftbolt.core.testing;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Seeded property tests in plain JUnit 5: run a property over many generated inputs and, on a
 * failure, report the trial's seed and the failing input.
 *
 * <pre>{@code
 * PropertyTesting.forAll(0x5EEDL, 500,
 *         rnd -> Generators.dailyReturns(rnd, 1, 300),
 *         returns -> assertThat(ReturnMetrics.maxDrawdown(returns)).isBetween(0.0, 1.0));
 * }</pre>
 *
 * <p>Trial {@code i} draws its input from {@code Generators.random(seed(baseSeed, i))}, so a
 * reported seed regenerates the input with {@link #replay}. The failure is an
 * {@link AssertionError} whose message holds the base seed, the trial, the trial seed and the
 * input (arrays printed element by element, long texts shortened), and whose cause is the
 * original failure. Deterministic: no clock, no unseeded randomness.
 */
public final class PropertyTesting {

    /** Inputs are printed up to this many characters in failure messages. */
    private static final int MAX_INPUT_CHARS = 4000;

    private PropertyTesting() {
    }

    /**
     * A check on one input that may throw (assertion errors and any exception count as failure).
     *
     * @param <T> the input type
     */
    @FunctionalInterface
    public interface Property<T> {
        /**
         * Checks the property.
         *
         * @param input the generated input
         * @throws Exception if the property does not hold
         */
        void check(T input) throws Exception;
    }

    /**
     * Runs {@code property} on {@code trials} inputs made by {@code generator}.
     *
     * @param baseSeed  the base seed; trial seeds derive from it
     * @param trials    the number of trials, positive
     * @param generator makes an input from a seeded generator
     * @param property  the property to check
     * @param <T>       the input type
     * @throws AssertionError on the first failing trial, naming its seed and input
     */
    public static <T> void forAll(long baseSeed, int trials, Function<RandomGenerator, T> generator,
                                  Property<T> property) {
        if (trials <= 0) {
            throw new IllegalArgumentException("trials must be positive, was " + trials);
        }
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(property, "property");
        for (int trial = 0; trial < trials; trial++) {
            long seed = seed(baseSeed, trial);
            T input = generator.apply(Generators.random(seed));
            try {
                property.check(input);
            } catch (Throwable failure) {
                throw new AssertionError(String.format(
                        "property failed at trial %d of %d (baseSeed=0x%XL, trial seed=0x%XL; "
                                + "PropertyTesting.replay(0x%XL, ...) reproduces it)%n  input: %s%n  failure: %s",
                        trial, trials, baseSeed, seed, seed, describe(input), failure), failure);
            }
        }
    }

    /**
     * Re-runs one trial from the seed printed by a failure of {@link #forAll}.
     *
     * @param trialSeed the trial seed from the failure message
     * @param generator the same generator as in the failing test
     * @param property  the property
     * @param <T>       the input type
     * @throws Exception whatever the property throws
     */
    public static <T> void replay(long trialSeed, Function<RandomGenerator, T> generator,
                                  Property<T> property) throws Exception {
        property.check(generator.apply(Generators.random(trialSeed)));
    }

    /**
     * The seed of trial {@code trial}: a mix of base seed and trial number, so that neighbouring
     * trials and neighbouring base seeds get unrelated streams.
     *
     * @param baseSeed the base seed
     * @param trial    the trial number
     * @return the trial's seed
     */
    public static long seed(long baseSeed, int trial) {
        // SplitMix64 finalizer over the pair.
        long z = baseSeed + 0x9E3779B97F4A7C15L * (trial + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Text for an input in a failure message: arrays (also nested) element by element with full
     * {@code double} precision, records component by component (so a record holding arrays shows
     * their elements), other objects by {@code toString()}; shortened to a few thousand
     * characters.
     *
     * @param input the input, may be null
     * @return the description
     */
    public static String describe(Object input) {
        String text = render(input);
        return text.length() <= MAX_INPUT_CHARS ? text
                : text.substring(0, MAX_INPUT_CHARS) + "... (" + text.length() + " chars)";
    }

    private static String render(Object input) {
        if (input instanceof Record) {
            RecordComponent[] components = input.getClass().getRecordComponents();
            StringJoiner joiner = new StringJoiner(", ", input.getClass().getSimpleName() + "[", "]");
            for (RecordComponent component : components) {
                try {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    joiner.add(component.getName() + "=" + render(accessor.invoke(input)));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return input.toString(); // not accessible from here: fall back
                }
            }
            return joiner.toString();
        }
        String text = Arrays.deepToString(new Object[] {input});
        return text.substring(1, text.length() - 1);
    }
}
