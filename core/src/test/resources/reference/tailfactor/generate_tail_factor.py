#!/usr/bin/python3
"""Generate SwiftBolt's branch-free normal tail-factor polynomial and its reference samples.

The tail factor is g(u) = erfcx(u / sqrt(2)) / 2, so that Phi(-u) = exp(-u^2 / 2) * g(u).

Run with Debian's interpreter (it needs python3-mpmath), from this directory:

    /usr/bin/python3 generate_tail_factor.py

It writes two files:

* core/src/main/java/io/swiftbolt/core/math/TailFactorPolynomial.java: the constants used by
  io.swiftbolt.core.math.TailFactor on 0 <= u <= U_MAX.
* tail_factor_samples.csv (next to this script): u and g(u) to 25 significant digits.

Method. One polynomial covers the whole range, so that the evaluation has no table lookup and no
branch and a loop of it can be vectorised by the JIT. With Z = (u - L) / (u + L), which maps
[0, infinity) onto [-1, 1), f(Z) = (u + L) * g(u) is smooth on the image [-1, Z_MAX] of
[0, U_MAX] and tends to 1/sqrt(2 pi) at infinity. f is interpolated at DEGREE + 1 Chebyshev
points of the first kind in y, the affine image of [-1, Z_MAX] on [-1, 1], at 50 digits, and the
interpolant converted to monomial coefficients in y. The evaluation forms
y = (A u - L) / (u + L) (A folds the affine map in) and returns p(y) / (u + L).
The script checks, in exact arithmetic with the coefficients rounded to double as written, that
the polynomial is within MAX_APPROX_ERROR of g in relative terms at 20,001 points, and fails
otherwise. The sum of the coefficients' magnitudes is printed: it bounds how much rounding the
evaluation can amplify (|y| <= 1).
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
                        "TailFactorPolynomial.java")
CSV_OUT = os.path.join(HERE, "tail_factor_samples.csv")

L = mp.mpf(6)
# |d1| beyond 38.7 makes exp(-d1^2/2) underflow; pricing kernels clamp there
U_MAX = mp.mpf("38.7")
DEGREE = 22
MAX_APPROX_ERROR = mp.mpf("5e-17")
SEED = 20261125


def g(u):
    return mp.erfc(u / mp.sqrt(2)) * mp.exp(u * u / 2) / 2


def main():
    z_max = (U_MAX - L) / (U_MAX + L)
    lo, hi = mp.mpf(-1), z_max
    n = DEGREE
    def f_of_y(y):
        z = (lo + hi) / 2 + (hi - lo) / 2 * y
        u = L * (1 + z) / (1 - z)
        return (u + L) * g(u)

    mono = interpolant_monomials(f_of_y, n)
    coeffs = [float(c) for c in mono]
    # y = (2 Z - (lo + hi)) / (hi - lo) with Z = (u - L)/(u + L)  =>  y = (A u + B) / (u + L)
    alpha = 2 / (hi - lo)
    beta = -(lo + hi) / (hi - lo)
    a_coef = float(alpha + beta)
    b_coef = (beta - alpha) * L
    assert abs(b_coef + L) < mp.mpf("1e-40"), b_coef   # lo = -1 makes B = -L exactly

    def approx(u):
        y = (mp.mpf(a_coef) * u - L) / (u + L)
        p = mp.mpf(0)
        for c in reversed(coeffs):
            p = p * y + mp.mpf(c)
        return p / (u + L)

    worst = mp.mpf(0)
    worst_u = None
    for i in range(20001):
        u = U_MAX * i / 20000
        err = abs(approx(u) / g(u) - 1)
        if err > worst:
            worst, worst_u = err, u
    print("max relative approximation error %s at u = %s" % (mp.nstr(worst, 3), mp.nstr(worst_u, 8)))
    print("sum of |coefficients| %s, f(-1) = %s" % (mp.nstr(sum(abs(mp.mpf(c)) for c in coeffs), 6),
                                                     mp.nstr(f_of_y(-1), 6)))
    if worst > MAX_APPROX_ERROR:
        raise SystemExit("approximation error above %s" % MAX_APPROX_ERROR)

    write_constants_class(JAVA_OUT, "TailFactorPolynomial", [
        "Constants of {@link TailFactor}'s polynomial on 0 &le; u &le; {@value #U_MAX}.",
        "",
        "<p>GENERATED FILE, do not edit. Written by",
        "{@code core/src/test/resources/reference/tailfactor/generate_tail_factor.py}",
        "(Debian {@code /usr/bin/python3} with {@code python3-mpmath} 1.2.1), which explains the",
        "method and checks the approximation error of the rounded coefficients: at most",
        "%s relative on 20,001 points of [0, %s]." % (mp.nstr(worst, 2), mp.nstr(U_MAX, 4)),
        "",
        "<p>{@code g(u) ≈ p(y)/(u + L)} with {@code y = (A·u − L)/(u + L)} and",
        "{@code p(y) = C0 + C1·y + … + C%d·y^%d}." % (n, n),
    ], [
        ("The largest u the polynomial covers.", "U_MAX", float(U_MAX)),
        ("The shift L of the map {@code Z = (u − L)/(u + L)}.", "L", float(L)),
        ("The slope A of {@code y = (A·u − L)/(u + L)}, the map's image scaled onto [−1, 1].", "A", a_coef),
    ], coeffs, "y")

    rnd = random.Random(SEED)
    points = set()
    for i in range(1501):
        points.add(float(U_MAX) * i / 1500)
    for _ in range(1200):
        points.add(rnd.uniform(0, float(U_MAX)))
    for _ in range(300):
        points.add(10 ** rnd.uniform(-12, 0))
    for _ in range(200):
        points.add(rnd.uniform(0, 3))
    write_samples(CSV_OUT, "g(u) = erfcx(u/sqrt(2))/2 = exp(u^2/2) * Phi(-u), mpmath %s at 50 digits, "
                  "written by generate_tail_factor.py" % mp.__version__, points, g)
    print("wrote %s and %d samples to %s" % (JAVA_OUT, len(points), CSV_OUT))


if __name__ == "__main__":
    main()
