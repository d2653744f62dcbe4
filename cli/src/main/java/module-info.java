/**
 * The {@code swiftbolt} command: every SwiftBolt module from the shell, CSV in, CSV and tables out.
 * See {@link io.swiftbolt.cli.SwiftBoltCommand}.
 */
module io.swiftbolt.cli {
    requires io.swiftbolt.core;
    requires io.swiftbolt.attribution;
    requires io.swiftbolt.chain;
    requires io.swiftbolt.discovery;
    requires io.swiftbolt.ml;
    requires io.swiftbolt.rebalancing;
    requires io.swiftbolt.trading;
    requires io.swiftbolt.trading.alpaca;
    requires info.picocli;
    requires org.apache.commons.csv;
    requires java.desktop;
    requires xchart;

    exports io.swiftbolt.cli;
    opens io.swiftbolt.cli to info.picocli;
}
