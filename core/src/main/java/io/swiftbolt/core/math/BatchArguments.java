package io.swiftbolt.core.math;

/** The argument checks shared by the math package's array versions ({@code values(n, in, out)}). */
final class BatchArguments {

    private BatchArguments() {
    }

    /**
     * Checks that {@code n} fits both arrays and that {@code out} is not the argument array.
     *
     * @param n      how many values
     * @param in     the arguments
     * @param out    the results
     * @param inName the name of the argument array, for the message
     * @throws IllegalArgumentException if {@code n} is negative or longer than an array, or
     *                                  {@code out} is {@code in}
     */
    static void check(int n, double[] in, double[] out, String inName) {
        if (n < 0 || n > in.length || n > out.length) {
            throw new IllegalArgumentException("n must be in [0, " + Math.min(in.length, out.length) + "], got " + n);
        }
        if (in == out) {
            throw new IllegalArgumentException("out must not be the argument array " + inName);
        }
    }
}
