#!/usr/bin/python3
"""Generate SwiftBolt's branch-free natural-logarithm polynomial and its reference samples.

Run with Debian's interpreter (it needs python3-mpmath), from this directory:

    /usr/bin/python3 generate_polynomial_log.py

It writes two files:

* core/src/main/java/io/swiftbolt/core/math/PolynomialLogCoefficients.java: the constants used by
  io.swiftbolt.core.math.PolynomialLog on X_MIN <= x <= X_MAX.
* polynomial_log_samples.csv (next to this script): x and ln x to 25 significant digits.

Method. With z = (x - 1)/(x + 1), ln x = 2 atanh z = 2z + 2z w P(w), w = z^2, where
P(w) = (atanh(sqrt w)/sqrt w - 1)/w = 1/3 + w/5 + w^2/7 + ... is smooth on [0, W_MAX], W_MAX the
largest z^2 on [X_MIN, X_MAX] (its nearest singularity is at w = 1). P is interpolated at
DEGREE + 1 Chebyshev points of the first kind at 50 digits and the interpolant converted to
monomial coefficients in w (close to the Taylor coefficients 1/(2k + 3), so well conditioned).
The script checks, in exact arithmetic with the coefficients rounded to double as written, that
2z + 2z w p(w) is within MAX_APPROX_ERROR of ln x in relative terms at 20,001 points, and fails
otherwise. The rounding of the evaluation in double is the Java test's business.
"""

import os
import random
import sys

import mpmath as mp

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from polynomial_support import interpolant_monomials, write_constants_class, write_samples  # noqa: E402

mp.mp.dps = 50

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_CORE = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
JAVA_OUT = os.path.join(REPO_CORE, "src", "main", "java", "io", "swiftbolt", "core", "math",
                        "PolynomialLogCoefficients.java")
CSV_OUT = os.path.join(HERE, "polynomial_log_samples.csv")

# S/K of strikes from 40 % to 200 % of spot; on this range x - 1 is exact in double
X_MIN = mp.mpf("0.5")
X_MAX = mp.mpf("2.5")
DEGREE = 11
MAX_APPROX_ERROR = mp.mpf("1e-17")
SEED = 20261125


def p_exact(w):
    if w == 0:
        return mp.mpf(1) / 3
    s = mp.sqrt(w)
    return (mp.atanh(s) / s - 1) / w


def main():
    z_max = max(abs((X_MIN - 1) / (X_MIN + 1)), abs((X_MAX - 1) / (X_MAX + 1)))
    w_max = z_max * z_max
    n = DEGREE
    # monomial in y on [-1, 1], then y = 2w/W_MAX - 1 -> monomial in w
    mono_y = interpolant_monomials(lambda y: p_exact(w_max * (1 + y) / 2), n)
    a, b = 2 / w_max, mp.mpf(-1)
    mono_w = [mp.mpf(0)] * (n + 1)
    for i, c in enumerate(mono_y):
        for j in range(i + 1):
            mono_w[j] += c * mp.binomial(i, j) * a ** j * b ** (i - j)
    coeffs = [float(c) for c in mono_w]

    def approx(x):
        z = (x - 1) / (x + 1)
        w = z * z
        p = mp.mpf(0)
        for c in reversed(coeffs):
            p = p * w + mp.mpf(c)
        return 2 * z + 2 * z * w * p

    worst = mp.mpf(0)
    worst_x = None
    for i in range(20001):
        x = X_MIN + (X_MAX - X_MIN) * i / 20000
        if x == 1:
            continue
        err = abs(approx(x) / mp.log(x) - 1)
        if err > worst:
            worst, worst_x = err, x
    print("max relative approximation error %s at x = %s" % (mp.nstr(worst, 3), mp.nstr(worst_x, 8)))
    if worst > MAX_APPROX_ERROR:
        raise SystemExit("approximation error above %s" % MAX_APPROX_ERROR)

    write_constants_class(JAVA_OUT, "PolynomialLogCoefficients", [
        "Constants of {@link PolynomialLog}'s polynomial on {@value #X_MIN} &le; x &le; {@value #X_MAX}.",
        "",
        "<p>GENERATED FILE, do not edit. Written by",
        "{@code core/src/test/resources/reference/log/generate_polynomial_log.py}",
        "(Debian {@code /usr/bin/python3} with {@code python3-mpmath} %s), which explains the" % mp.__version__,
        "method and checks the approximation error of the rounded coefficients: at most",
        "%s relative on 20,001 points of [%s, %s]." % (mp.nstr(worst, 2), mp.nstr(X_MIN, 2), mp.nstr(X_MAX, 2)),
        "",
        "<p>{@code ln x ≈ 2z + 2z·w·p(w)} with {@code z = (x − 1)/(x + 1)}, {@code w = z²} and",
        "{@code p(w) = C0 + C1·w + … + C%d·w^%d}." % (n, n),
    ], [
        ("The smallest x the polynomial covers.", "X_MIN", float(X_MIN)),
        ("The largest x the polynomial covers.", "X_MAX", float(X_MAX)),
    ], coeffs, "w")

    rnd = random.Random(SEED)
    points = set()
    lo, hi = float(X_MIN), float(X_MAX)
    for i in range(1001):
        points.add(lo + (hi - lo) * i / 1000)
    for _ in range(1500):
        points.add(rnd.uniform(lo, hi))
    for _ in range(400):
        # near 1, where ln x is small and its relative accuracy is hardest
        points.add(1 + rnd.choice((-1, 1)) * 10 ** rnd.uniform(-15, -1))
    for k in range(1, 60):
        points.add(1 + 2.0 ** -k)
        points.add(1 - 2.0 ** -k)
    points.discard(1.0)   # ln 1 = 0 has no relative error to measure
    write_samples(CSV_OUT, "ln x, mpmath %s at 50 digits, written by generate_polynomial_log.py" % mp.__version__,
                  points, mp.log)
    print("wrote %s and %d samples to %s" % (JAVA_OUT, len(points), CSV_OUT))


if __name__ == "__main__":
    main()
