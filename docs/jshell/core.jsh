// SwiftBolt core: Black-Scholes-Merton, implied volatility, bundled data and metrics.
// Run: jshell --class-path "cli/target/classes:$(cat cli/target/classpath.txt)" docs/jshell/core.jsh   (the build runs it too)
import io.swiftbolt.core.data.BundledData;
import io.swiftbolt.core.metrics.*;
import io.swiftbolt.core.options.*;
import io.swiftbolt.core.pricing.*;
import io.swiftbolt.core.series.BarSeries;
import java.time.LocalDate;

void check(boolean ok, String what) { if (!ok) throw new AssertionError("check failed: " + what); }
boolean near(double a, double b, double tol) { return Math.abs(a - b) <= tol; }

// Hull's example: S = 42, K = 40, T = 0.5 years, r = 10 %, q = 0, vol 20 %.
var in = new BsmInputs(OptionRight.CALL, 42, 40, 0.5, 0.10, 0.0);
double price = BlackScholesMerton.price(in, 0.20);
System.out.println("Hull call: " + price);                        // 4.759422392871532 (Hull: 4.7594)
check(near(price, 4.7594, 5e-5), "Hull's 4.7594");
Greeks g = BlackScholesMerton.greeks(in, 0.20);
System.out.printf("delta %.6f gamma %.6f vega %.4f theta/day %.6f rho %.4f%n",
        g.delta(), g.gamma(), g.vega(), g.thetaPerDay(), g.rho());
check(near(g.delta(), 0.7791312909426691, 1e-12), "delta");
check(near(g.vega(), 8.813415059602853, 1e-9), "vega per 1.00 of vol");

// Put-call parity: C - P = S e^(-qT) - K e^(-rT).
double put = BlackScholesMerton.price(new BsmInputs(OptionRight.PUT, 42, 40, 0.5, 0.10, 0.0), 0.20);
check(near(price - put, 42 - 40 * Math.exp(-0.05), 1e-12), "put-call parity");

// Implied volatility: a value with a status, never an exception for "no solution".
ImpliedVolResult iv = ImpliedVolatility.of(in, price);
System.out.println(iv);
check(iv.status() == ImpliedVolStatus.OK && near(iv.volatility().getAsDouble(), 0.20, 1e-12), "IV round trip");
check(ImpliedVolatility.of(in, 1.0).status() == ImpliedVolStatus.BELOW_INTRINSIC, "below intrinsic");

// Bundled real data and metrics.
BarSeries sp = BundledData.sp500();
System.out.println(sp.size() + " bars " + sp.firstDate() + " .. " + sp.lastDate());
check(sp.size() == 5105, "5,105 bars");
PerformanceMetrics m = MetricsCalculator.defaults().compute(sp);
Drawdown dd = m.maxDrawdown().orElseThrow();
System.out.println("max drawdown " + dd);
check(near(dd.depth(), 0.5677538775030552, 1e-12), "56.78 % drawdown");
check(dd.peak().equals(LocalDate.of(2007, 10, 9)) && dd.trough().equals(LocalDate.of(2009, 3, 9)), "GFC dates");
check(near(m.totalReturn(), 0.9753, 5e-5), "total return 97.53 %");
/exit
