/**
 * SwiftBolt trading: the order model, the order management system, a paper-trading engine that
 * fills against quotes and bars with pre-trade risk checks, a durable journal, and the broker
 * interface that live brokers will implement.
 *
 * <ul>
 *   <li>{@link io.swiftbolt.trading.order}: order requests, types, time in force, instruments,
 *       bracket, one-cancels-other and multi-leg groups, exact prices ({@link io.swiftbolt.trading.order.Money});</li>
 *   <li>{@link io.swiftbolt.trading.oms}: the {@link io.swiftbolt.trading.oms.OrderManager} state
 *       machine, its sealed {@link io.swiftbolt.trading.oms.TradingEvent}s and reason codes;</li>
 *   <li>{@link io.swiftbolt.trading.paper}: the {@link io.swiftbolt.trading.paper.PaperTradingEngine},
 *       its account and fill rules;</li>
 *   <li>{@link io.swiftbolt.trading.journal}: the {@link io.swiftbolt.trading.journal.Journal}
 *       interface and the fsynced, checksummed {@link io.swiftbolt.trading.journal.FileJournal};</li>
 *   <li>{@link io.swiftbolt.trading.broker}: {@link io.swiftbolt.trading.broker.BrokerInterface}.</li>
 * </ul>
 *
 * <p>Threading: all trading state has one writer; see {@link io.swiftbolt.trading.oms.OrderManager}
 * and {@link io.swiftbolt.trading.oms.SingleWriterLoop}.
 */
module io.swiftbolt.trading {
    requires transitive io.swiftbolt.core;

    exports io.swiftbolt.trading.order;
    exports io.swiftbolt.trading.oms;
    exports io.swiftbolt.trading.paper;
    exports io.swiftbolt.trading.journal;
    exports io.swiftbolt.trading.broker;
}
