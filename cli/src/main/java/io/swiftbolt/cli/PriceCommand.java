package io.swiftbolt.cli;

import io.swiftbolt.core.options.Greeks;
import io.swiftbolt.core.pricing.BlackScholesMerton;
import io.swiftbolt.core.pricing.BsmInputs;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code swiftbolt price}: Black-Scholes-Merton prices and Greeks for every row of a CSV file. */
@Command(name = "price", mixinStandardHelpOptions = true,
        description = {
            "Prices European options with Black-Scholes-Merton and appends price and Greeks.",
            "Input columns (by header name, any order, others copied through): "
                + "type (C/P/call/put), spot, strike, T (years), r, q, vol (decimals).",
            "Appended: price, delta, gamma, vega (per 1.00 vol), theta (per year), rho (per 1.00 rate)."})
final class PriceCommand implements Callable<Integer> {

    @Mixin
    InOutFiles files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int n = CsvTransform.transform(files.in, files.out, OptionRows.columnsWith("vol"),
                new String[] {"price", "delta", "gamma", "vega", "theta", "rho"}, row -> {
                    BsmInputs inputs = OptionRows.inputs(row);
                    double vol = row.number(6);
                    Greeks g;
                    try {
                        g = BlackScholesMerton.greeks(inputs, vol);
                    } catch (IllegalArgumentException e) {
                        throw row.error(6, e.getMessage());
                    }
                    return new String[] {
                        Double.toString(g.price()), Double.toString(g.delta()), Double.toString(g.gamma()),
                        Double.toString(g.vega()), Double.toString(g.theta()), Double.toString(g.rho())};
                });
        spec.commandLine().getOut().println("priced " + n + " options into " + files.out);
        return 0;
    }
}
