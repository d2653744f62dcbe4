package io.swiftbolt.cli;

import io.swiftbolt.core.pricing.BsmInputs;
import io.swiftbolt.core.pricing.ImpliedVolResult;
import io.swiftbolt.core.pricing.ImpliedVolatility;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code swiftbolt iv}: Black-Scholes-Merton implied volatility for every row of a CSV file. */
@Command(name = "iv", mixinStandardHelpOptions = true,
        description = {
            "Solves the Black-Scholes-Merton implied volatility of option prices.",
            "Input columns (by header name, others copied through): type, spot, strike, T, r, q, price.",
            "Appended: iv (decimal; empty when none exists) and status: ok, below_intrinsic, "
                + "above_upper_bound or not_identifiable."})
final class ImpliedVolCommand implements Callable<Integer> {

    @Mixin
    InOutFiles files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int[] solved = new int[1];
        int n = CsvTransform.transform(files.in, files.out, OptionRows.columnsWith("price"), new String[] {"iv", "status"},
                row -> {
                    BsmInputs inputs = OptionRows.inputs(row);
                    double price = row.number(6);
                    ImpliedVolResult r;
                    try {
                        r = ImpliedVolatility.of(inputs, price);
                    } catch (IllegalArgumentException e) {
                        throw row.error(6, e.getMessage());
                    }
                    if (r.isOk()) {
                        solved[0]++;
                    }
                    return new String[] {
                        r.isOk() ? Double.toString(r.volatility().getAsDouble()) : "", r.status().code()};
                });
        spec.commandLine().getOut().println("solved " + solved[0] + " of " + n + " rows into " + files.out);
        return 0;
    }
}
