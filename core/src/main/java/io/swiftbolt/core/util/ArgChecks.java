package io.swiftbolt.core.util;

/**
 * Argument validation that checks and returns in one line, naming the argument and its value in
 * the message of the {@link IllegalArgumentException} it throws.
 *
 * <pre>{@code
 * this.strike = ArgChecks.positive(strike, "strike");
 * }</pre>
 *
 * <p>The {@code double} overloads never box. Every public constructor and entry point of SwiftBolt
 * validates through this class; private hot loops do not re-validate.
 *
 * <p>Thread-safe (stateless).
 */
public final class ArgChecks {

    private ArgChecks() {
    }

    /**
     * Checks that {@code value} is finite (not NaN, not infinite).
     *
     * @param value the value
     * @param name  the argument's name, used in the message
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is finite and strictly positive.
     *
     * @param value the value
     * @param name  the argument's name
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN, infinite, zero or negative
     */
    public static double positive(double value, String name) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be positive and finite, was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is finite and zero or positive.
     *
     * @param value the value
     * @param name  the argument's name
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN, infinite or negative
     */
    public static double notNegative(double value, String name) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be zero or positive and finite, was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} lies in the closed interval {@code [min, max]}.
     *
     * @param value the value
     * @param min   the smallest allowed value
     * @param max   the largest allowed value
     * @param name  the argument's name
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN or outside {@code [min, max]}
     */
    public static double inRange(double value, double min, double max, String name) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    name + " must be in [" + min + ", " + max + "], was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is strictly positive.
     *
     * @param value the value
     * @param name  the argument's name
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is zero or negative
     */
    public static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is zero or positive.
     *
     * @param value the value
     * @param name  the argument's name
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public static int notNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} lies in {@code [min, max]}.
     *
     * @param value the value
     * @param min   the smallest allowed value
     * @param max   the largest allowed value
     * @param name  the argument's name
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is outside {@code [min, max]}
     */
    public static int inRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    name + " must be in [" + min + ", " + max + "], was " + value);
        }
        return value;
    }

    /**
     * Checks that {@code value} is not null.
     *
     * @param value the value
     * @param name  the argument's name
     * @param <T>   the value's type
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is null
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * Checks that a string is neither null nor blank.
     *
     * @param value the value
     * @param name  the argument's name
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is null or blank
     */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, was " + quote(value));
        }
        return value;
    }

    /**
     * Checks that every element of an array is finite.
     *
     * @param values the array
     * @param name   the argument's name
     * @return {@code values}
     * @throws IllegalArgumentException if the array is null or an element is NaN or infinite; the
     *                                  message names the first bad index and its value
     */
    public static double[] allFinite(double[] values, String name) {
        notNull(values, name);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must be finite, was " + values[i]);
            }
        }
        return values;
    }

    /**
     * Checks that two lengths are equal.
     *
     * @param length   the length to check
     * @param expected the length it must equal
     * @param name     the argument's name
     * @return {@code length}
     * @throws IllegalArgumentException if the lengths differ
     */
    public static int sameLength(int length, int expected, String name) {
        if (length != expected) {
            throw new IllegalArgumentException(
                    name + " must have length " + expected + ", had " + length);
        }
        return length;
    }

    /**
     * Checks a condition about an argument.
     *
     * @param condition the condition that must hold
     * @param name      the argument's name
     * @param value     the argument's value, shown in the message
     * @param rule      what the condition requires, e.g. {@code "must be below the high"}
     * @throws IllegalArgumentException if {@code condition} is false
     */
    public static void check(boolean condition, String name, Object value, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(name + " " + rule + ", was " + value);
        }
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
