package io.swiftbolt.rebalancing.lots;

import io.swiftbolt.core.util.ArgChecks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The standard {@link LotSelector}s. Ties are always broken by acquisition date, then lot id, so the
 * order is deterministic.
 *
 * <p>Thread-safe (stateless).
 */
public final class LotSelectors {

    private static final Comparator<TaxLot> BY_DATE =
            Comparator.comparing(TaxLot::acquired).thenComparing(TaxLot::id);

    private LotSelectors() {
    }

    /**
     * First in, first out: oldest acquisition date first.
     *
     * @return the selector
     */
    public static LotSelector fifo() {
        return (lots, price, asOf, rules) -> sorted(lots, BY_DATE);
    }

    /**
     * Highest cost basis per share first (smallest gain, largest loss per share).
     *
     * @return the selector
     */
    public static LotSelector hifo() {
        return (lots, price, asOf, rules) -> sorted(lots,
                Comparator.comparingDouble(TaxLot::costBasisPerShare).reversed().thenComparing(BY_DATE));
    }

    /**
     * Minimum tax: ascending tax per share sold, {@code rate(term) * (price - basis)}, so losses come
     * first (short-term losses, which offset gains taxed at the higher rate, before long-term ones),
     * then the gains that cost the least tax per share. Greedy per share, which minimizes the
     * symbol's stand-alone tax for any number of shares sold; across symbols the netting rules
     * can make a different mix slightly cheaper.
     *
     * @return the selector
     */
    public static LotSelector minTax() {
        return (lots, price, asOf, rules) -> sorted(lots, Comparator.<TaxLot>comparingDouble(
                lot -> rules.rate(rules.term(lot.acquired(), asOf)) * lot.gainPerShare(price)).thenComparing(BY_DATE));
    }

    /**
     * Specific identification: only the named lots are sold, in the order named; lots of other ids
     * are never sold (so a sale can fall short of the goal, which the plan reports).
     *
     * @param lotIds the lot ids in selling order; not empty
     * @return the selector
     * @throws IllegalArgumentException if the list is null or empty
     */
    public static LotSelector specific(List<String> lotIds) {
        ArgChecks.check(lotIds != null && !lotIds.isEmpty(), "lotIds", lotIds, "must not be empty");
        Map<String, Integer> rank = new HashMap<>();
        for (String id : lotIds) {
            rank.putIfAbsent(ArgChecks.notBlank(id, "lot id"), rank.size());
        }
        return (lots, price, asOf, rules) -> {
            List<TaxLot> chosen = new ArrayList<>();
            for (TaxLot lot : lots) {
                if (rank.containsKey(lot.id())) {
                    chosen.add(lot);
                }
            }
            chosen.sort(Comparator.comparingInt(lot -> rank.get(lot.id())));
            return chosen;
        };
    }

    /**
     * The selector for a command-line code: {@code fifo}, {@code hifo} or {@code min-tax}
     * (case-insensitive).
     *
     * @param code the code
     * @return the selector
     * @throws IllegalArgumentException for another code
     */
    public static LotSelector ofCode(String code) {
        String c = ArgChecks.notBlank(code, "lot method").trim().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "fifo" -> fifo();
            case "hifo" -> hifo();
            case "min-tax", "mintax", "min_tax" -> minTax();
            default -> throw new IllegalArgumentException(
                    "lot method must be fifo, hifo or min-tax, was \"" + code + "\"");
        };
    }

    private static List<TaxLot> sorted(List<TaxLot> lots, Comparator<TaxLot> order) {
        List<TaxLot> copy = new ArrayList<>(lots);
        copy.sort(order);
        return copy;
    }
}
