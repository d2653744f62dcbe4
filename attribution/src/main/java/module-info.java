/**
 * SwiftBolt attribution: where an active return came from.
 *
 * <ul>
 *   <li>{@link io.swiftbolt.attribution.brinson}: Brinson-Hood-Beebower and Brinson-Fachler
 *       allocation, selection and interaction by sector, and Carino and Menchero linking of many
 *       periods so that linked effects add up to the compounded active return.</li>
 *   <li>{@link io.swiftbolt.attribution.factors}: ordinary least squares of (excess) returns on
 *       factor returns with classical or Newey-West standard errors, rolling exposures, monthly
 *       returns from daily bars and the bundled Fama-French monthly factors.</li>
 * </ul>
 *
 * <p>Two numeric layers, as in {@code core}: {@code final} classes of static kernels on
 * {@code double[]} ({@link io.swiftbolt.attribution.brinson.BrinsonKernels},
 * {@link io.swiftbolt.attribution.factors.OlsKernels}) and validated, typed engines on top.
 * The least squares are a Householder QR written here on plain arrays (checked against statsmodels).
 */
module io.swiftbolt.attribution {
    requires io.swiftbolt.core;
    requires org.apache.commons.statistics.distribution;

    exports io.swiftbolt.attribution.brinson;
    exports io.swiftbolt.attribution.factors;

    opens io.swiftbolt.attribution.factors.data;
}
