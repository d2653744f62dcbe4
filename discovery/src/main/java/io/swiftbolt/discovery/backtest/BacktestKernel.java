package io.swiftbolt.discovery.backtest;

import java.util.List;

/**
 * The bar loop of the {@link Backtester}: one pass over {@code double[]} prices, no allocation
 * unless trades are recorded. Arguments are trusted (validated by the caller).
 */
final class BacktestKernel {

    static final int SHARPE = 0;
    static final int TOTAL_RETURN = 1;
    static final int ANNUALIZED_RETURN = 2;
    static final int VOLATILITY = 3;
    static final int MAX_DRAWDOWN = 4;
    static final int WIN_RATE = 5;
    static final int TRADE_COUNT = 6;
    static final int STATS_LENGTH = 7;

    private BacktestKernel() {
    }

    /**
     * Runs a strategy; see {@link Backtester} for the fill rules.
     *
     * @param equityOut null, or an array of length n receiving the equity at each close
     * @param trades    null, or a list receiving the trades
     * @param stats     receives the metrics at the indexes above
     */
    static void run(PriceBars bars, Strategy strategy, double capital, double commission, double slippage,
                    double periodsPerYear, double[] equityOut, List<Trade> trades, double[] stats) {
        final double[] o = bars.open;
        final double[] h = bars.high;
        final double[] l = bars.low;
        final double[] c = bars.close;
        final int n = c.length;
        final RiskRules risk = strategy.riskRules();
        final double size = risk.positionSize();
        final double sl = risk.stopLossPct();
        final double tp = risk.takeProfitPct();

        double cash = capital;
        double units = 0;          // quantity held, always >= 0; the sign is in dir
        int dir = 0;
        int entryBar = -1;
        double entryPrice = 0;
        double entryCommission = 0;
        double stop = 0;
        double take = 0;
        int target = 0;
        boolean ruined = false;

        double previous = capital;
        double peak = capital;
        double maxDrawdown = 0;
        double drawdownLevel = capital; // equity below peak * (1 - maxDrawdown): a deeper drawdown
        double sum = 0;
        double sumSquares = 0;
        int count = 0;
        int tradeCount = 0;
        int wins = 0;

        for (int t = 0; t < n; t++) {
            // 1. Trade at the open to the target decided at the previous close.
            if (target != dir) {
                if (dir != 0) {
                    double fill = o[t] * (1.0 - dir * slippage);
                    double exitCommission = commission * units * fill;
                    cash += dir * units * fill - exitCommission;
                    double pnl = dir * units * (fill - entryPrice) - entryCommission - exitCommission;
                    tradeCount++;
                    if (pnl > 0) {
                        wins++;
                    }
                    if (trades != null) {
                        trades.add(new Trade(entryBar, t, dir, units, entryPrice, fill,
                                entryCommission + exitCommission, pnl, ExitReason.SIGNAL));
                    }
                    dir = 0;
                    units = 0;
                }
                if (target != 0) {
                    double fill = o[t] * (1.0 + target * slippage);
                    double notional = size * cash;
                    dir = target;
                    units = notional / fill;
                    entryCommission = commission * notional;
                    cash -= dir * notional + entryCommission;
                    entryPrice = fill;
                    entryBar = t;
                    stop = sl > 0 ? fill * (1.0 - dir * sl) : 0;
                    take = tp > 0 ? fill * (1.0 + dir * tp) : 0;
                }
            }

            // 2. Stop-loss and take-profit inside the bar (stop first when both are touched).
            if (dir != 0) {
                double fill = 0;
                ExitReason reason = null;
                boolean afterEntry = t > entryBar;
                if (dir > 0) {
                    if (sl > 0 && afterEntry && o[t] <= stop) {
                        fill = o[t] * (1.0 - slippage);
                        reason = ExitReason.STOP_LOSS;
                    } else if (tp > 0 && afterEntry && o[t] >= take) {
                        fill = o[t];
                        reason = ExitReason.TAKE_PROFIT;
                    } else if (sl > 0 && l[t] <= stop) {
                        fill = stop * (1.0 - slippage);
                        reason = ExitReason.STOP_LOSS;
                    } else if (tp > 0 && h[t] >= take) {
                        fill = take;
                        reason = ExitReason.TAKE_PROFIT;
                    }
                } else {
                    if (sl > 0 && afterEntry && o[t] >= stop) {
                        fill = o[t] * (1.0 + slippage);
                        reason = ExitReason.STOP_LOSS;
                    } else if (tp > 0 && afterEntry && o[t] <= take) {
                        fill = o[t];
                        reason = ExitReason.TAKE_PROFIT;
                    } else if (sl > 0 && h[t] >= stop) {
                        fill = stop * (1.0 + slippage);
                        reason = ExitReason.STOP_LOSS;
                    } else if (tp > 0 && l[t] <= take) {
                        fill = take;
                        reason = ExitReason.TAKE_PROFIT;
                    }
                }
                if (reason == null && t == n - 1) {
                    fill = c[t] * (1.0 - dir * slippage);
                    reason = ExitReason.END_OF_DATA;
                }
                if (reason != null) {
                    double exitCommission = commission * units * fill;
                    cash += dir * units * fill - exitCommission;
                    double pnl = dir * units * (fill - entryPrice) - entryCommission - exitCommission;
                    tradeCount++;
                    if (pnl > 0) {
                        wins++;
                    }
                    if (trades != null) {
                        trades.add(new Trade(entryBar, t, dir, units, entryPrice, fill,
                                entryCommission + exitCommission, pnl, reason));
                    }
                    dir = 0;
                    units = 0;
                }
            }

            // 3. Mark to market at the close.
            double equity = cash + dir * units * c[t];
            if (!ruined && equity <= 0) {
                if (dir != 0) {
                    double pnl = dir * units * (c[t] - entryPrice) - entryCommission;
                    tradeCount++;
                    if (trades != null) {
                        trades.add(new Trade(entryBar, t, dir, units, entryPrice, c[t], entryCommission,
                                pnl, ExitReason.RUIN));
                    }
                }
                ruined = true;
                dir = 0;
                units = 0;
                cash = 0;
                equity = 0;
            }
            if (equityOut != null) {
                equityOut[t] = equity;
            }
            if (t > 0) {
                // Plain sums, not Welford: Welford's running mean puts a division on the loop's
                // critical path. Daily returns are small, so sum of squares minus n mean^2 loses
                // no significant digits.
                double r = previous == 0 ? 0.0 : equity / previous - 1.0;
                count++;
                sum += r;
                sumSquares += r * r;
            }
            if (equity > peak) {
                peak = equity;
                drawdownLevel = peak * (1.0 - maxDrawdown);
            } else if (equity < drawdownLevel) {
                maxDrawdown = 1.0 - equity / peak;
                drawdownLevel = equity;
            }
            previous = equity;

            // 4. Decide at the close; the fill comes at the next open.
            if (t < n - 1 && !ruined) {
                target = strategy.target(t, dir);
                if (target < -1 || target > 1) {
                    throw new IllegalStateException("strategy target at bar " + t + " must be -1, 0 or 1, was " + target);
                }
            } else {
                target = dir;
            }
        }

        double growth = previous / capital;
        double mean = count == 0 ? 0.0 : sum / count;
        double m2 = Math.max(0.0, sumSquares - count * mean * mean);
        // A curve that never moves has m2 of rounding size only; treat as flat.
        if (m2 <= 1e-30 * count) {
            m2 = 0.0;
        }
        stats[SHARPE] = count >= 2 && m2 > 0 ? mean / Math.sqrt(m2 / (count - 1)) * Math.sqrt(periodsPerYear) : 0.0;
        stats[TOTAL_RETURN] = growth - 1.0;
        stats[ANNUALIZED_RETURN] = count == 0 ? 0.0 : Math.pow(growth, periodsPerYear / count) - 1.0;
        stats[VOLATILITY] = count >= 2 ? Math.sqrt(m2 / (count - 1)) * Math.sqrt(periodsPerYear) : 0.0;
        stats[MAX_DRAWDOWN] = Math.min(1.0, maxDrawdown);
        stats[WIN_RATE] = tradeCount == 0 ? 0.0 : (double) wins / tradeCount;
        stats[TRADE_COUNT] = tradeCount;
    }
}
