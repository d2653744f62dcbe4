/**
 * SwiftBolt core: bar series, the options model, Black-Scholes-Merton pricing and Greeks,
 * implied volatility and return metrics.
 *
 * <p>Two numeric layers throughout: {@code final} classes of static {@code double} kernels for
 * hot loops (e.g. {@link io.swiftbolt.core.pricing.BlackScholesKernels}) and a typed, validated
 * API on top (e.g. {@link io.swiftbolt.core.pricing.BlackScholesMerton}).
 */
module io.swiftbolt.core {
    requires org.apache.commons.csv;
    requires org.apache.commons.numbers.gamma;

    exports io.swiftbolt.core.util;
    exports io.swiftbolt.core.math;
    exports io.swiftbolt.core.options;
    exports io.swiftbolt.core.pricing;
    exports io.swiftbolt.core.series;
    exports io.swiftbolt.core.io;
    exports io.swiftbolt.core.data;
    exports io.swiftbolt.core.metrics;

    opens io.swiftbolt.core.data.bundled;
}
