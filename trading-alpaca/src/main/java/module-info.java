/**
 * SwiftBolt's Alpaca adapter: {@link io.swiftbolt.trading.alpaca.AlpacaBroker}, a
 * {@link io.swiftbolt.trading.broker.BrokerInterface} over Alpaca's Trading API v2, its market-data
 * API and its {@code trade_updates} websocket, with {@code java.net.http} and Jackson. Kept in its
 * own artifact so that {@code trading} stays free of HTTP and JSON dependencies.
 */
module io.swiftbolt.trading.alpaca {
    requires transitive io.swiftbolt.trading;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;

    exports io.swiftbolt.trading.alpaca;
}
