package io.swiftbolt.cli;

import io.swiftbolt.core.options.OptionRight;
import io.swiftbolt.core.pricing.BsmInputs;

/**
 * The columns {@code type,spot,strike,T,r,q} shared by {@code price} and {@code iv}, parsed and
 * validated into {@link BsmInputs}; a bad value fails naming file, line and column.
 */
final class OptionRows {

    /** Required columns, in order, followed by one command-specific column. */
    static final String[] INPUT_COLUMNS = {"type", "spot", "strike", "T", "r", "q"};

    /** The argument names of {@link BsmInputs}, aligned with {@link #INPUT_COLUMNS}. */
    private static final String[] ARGUMENTS = {"right", "spot", "strike", "timeToExpiry", "rate", "dividendYield"};

    private OptionRows() {
    }

    /** The required columns followed by {@code last}. */
    static String[] columnsWith(String last) {
        String[] c = java.util.Arrays.copyOf(INPUT_COLUMNS, INPUT_COLUMNS.length + 1);
        c[INPUT_COLUMNS.length] = last;
        return c;
    }

    /** Parses the first six required columns of a row. */
    static BsmInputs inputs(CsvTransform.Row row) {
        OptionRight right;
        try {
            right = OptionRight.parse(row.text(0));
        } catch (IllegalArgumentException e) {
            throw row.error(0, e.getMessage());
        }
        double spot = row.number(1);
        double strike = row.number(2);
        double t = row.number(3);
        double r = row.number(4);
        double q = row.number(5);
        try {
            return new BsmInputs(right, spot, strike, t, r, q);
        } catch (IllegalArgumentException e) {
            throw row.error(columnOf(e.getMessage()), e.getMessage());
        }
    }

    /** Which column a validation message is about, from the argument name it starts with. */
    static int columnOf(String message) {
        for (int k = 0; k < ARGUMENTS.length; k++) {
            if (message != null && message.startsWith(ARGUMENTS[k] + " ")) {
                return k;
            }
        }
        return 0;
    }
}
