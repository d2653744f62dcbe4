#!/usr/bin/python3
"""Generate SwiftBolt's erfcx polynomial table and its reference sample vectors.

erfcx(x) = exp(x^2) * erfc(x), the scaled complementary error function.

Run with Debian's interpreter (it needs python3-mpmath), from this directory:

    /usr/bin/python3 generate_erfcx_table.py

It writes two files:

* core/src/main/java/io/swiftbolt/core/math/ErfcxTable.java: the coefficient table used by
  io.swiftbolt.core.math.ScaledErfc for 0 <= x <= 50.
* erfcx_samples.csv (next to this script): x and erfcx(x) to 17 significant digits.

Method for the table. x in [0, 50] is mapped to y = 400 / (4 + x), in [7.407..., 100]. The
interval [J - 1/2, J + 1/2] of y (J = round(y) = 7 .. 100) gets a polynomial of degree DEGREE in
the local variable t = y - J, t in [-1/2, 1/2]. It is the
Chebyshev interpolant at DEGREE + 1 Chebyshev points of the first kind, computed with mpmath at
50 significant digits and converted to monomial coefficients for Horner/Estrin evaluation.
The constant coefficient is stored as a double-double (c0hi, c0lo) so that the last rounding of
the evaluation is the only one that reaches half an ulp; the others are rounded to double.
Every interval is checked here: the polynomial with the coefficients actually written (rounded
to double) must be within MAX_APPROX_ERROR of erfcx in relative terms, in exact arithmetic, at
1001 points per interval. The script fails otherwise.

Method for the reference values. erfcx is mpmath's erfc(x) * exp(x^2) at 50 digits for
|x| < 1000, and Laplace's continued fraction
    erfcx(x) = (1/sqrt(pi)) / (x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
with 60 levels for x >= 1000 (mpmath's erfc overflows internally above about 1e150). The two
are checked against each other between 100 and 1000.
"""

import os
import random
import sys

import mpmath as mp

mp.mp.dps = 50

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_CORE = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
JAVA_OUT = os.path.join(REPO_CORE, "src", "main", "java", "io", "swiftbolt", "core", "math",
                        "ErfcxTable.java")
CSV_OUT = os.path.join(HERE, "erfcx_samples.csv")

Y_SCALE = 400          # y = Y_SCALE / (X_SHIFT + x)
X_SHIFT = 4
X_MAX = 50             # the table covers 0 <= x <= X_MAX
J_MIN = 7              # round(Y_SCALE / (X_SHIFT + X_MAX)) = round(7.407...)
J_MAX = 100            # round(Y_SCALE / X_SHIFT): the interval holding x = 0
DEGREE = 6
STRIDE = DEGREE + 2    # c0hi, c0lo, c1 .. cDEGREE
MAX_APPROX_ERROR = mp.mpf("5e-17")
SEED = 20240611


def erfcx_cf(x, levels=60):
    """Laplace's continued fraction, for large x."""
    x = mp.mpf(x)
    d = x
    for k in range(levels, 0, -1):
        d = x + (mp.mpf(k) / 2) / d
    return 1 / (mp.sqrt(mp.pi) * d)


def erfcx(x):
    """erfcx at 50 digits, for any real x (overflowing values are not requested)."""
    x = mp.mpf(x)
    if x >= 1000:
        return erfcx_cf(x)
    return mp.erfc(x) * mp.exp(x * x)


def erfcx_of_y(y):
    return erfcx(mp.mpf(Y_SCALE) / y - X_SHIFT)


def chebyshev_monomial(j):
    """Monomial coefficients in t = y - j of the Chebyshev interpolant on [j - 1/2, j + 1/2]."""
    n = DEGREE + 1
    # nodes u_k in [-1, 1], t = u / 2
    theta = [mp.pi * (k + mp.mpf(1) / 2) / n for k in range(n)]
    u = [mp.cos(th) for th in theta]
    f = [erfcx_of_y(j + uk / 2) for uk in u]
    # Chebyshev coefficients a_m (discrete cosine transform)
    a = []
    for m in range(n):
        s = mp.fsum(f[k] * mp.cos(m * theta[k]) for k in range(n))
        a.append(s * 2 / n)
    a[0] /= 2
    # sum a_m T_m(u) as a monomial series in u, via T_{m+1} = 2u T_m - T_{m-1}
    t_prev, t_cur = [mp.mpf(1)], [mp.mpf(0), mp.mpf(1)]
    poly_u = [mp.mpf(0)] * n
    poly_u[0] += a[0]
    for m in range(1, n):
        for i, c in enumerate(t_cur):
            poly_u[i] += a[m] * c
        nxt = [mp.mpf(0)] * (len(t_cur) + 1)
        for i, c in enumerate(t_cur):
            nxt[i + 1] += 2 * c
        for i, c in enumerate(t_prev):
            nxt[i] -= c
        t_prev, t_cur = t_cur, nxt
    # u = 2t
    return [poly_u[i] * mp.mpf(2) ** i for i in range(n)], a[-1]


def to_double_coefficients(c):
    hi = float(c[0])
    lo = float(c[0] - mp.mpf(hi))
    return [hi, lo] + [float(ci) for ci in c[1:]]


def check_interval(j, dc):
    """Max relative error of the double coefficients, evaluated exactly, on [j - 1/2, j + 1/2]."""
    c = [mp.mpf(dc[0]) + mp.mpf(dc[1])] + [mp.mpf(v) for v in dc[2:]]
    worst = mp.mpf(0)
    for k in range(1001):
        t = mp.mpf(k) / 1000 - mp.mpf(1) / 2
        p = mp.polyval(c[::-1], t)
        worst = max(worst, abs(p / erfcx_of_y(j + t) - 1))
    return worst


def asymptotic_truncation_error():
    """Relative error of the 5-level continued fraction used by ScaledErfc above x = 50."""
    worst = mp.mpf(0)
    for x in [50, 50.5, 55, 60, 80, 100, 200, 1000]:
        x = mp.mpf(x)
        u = 1 / (x * x)
        q = u * (mp.mpf("0.5") + u * (3 + mp.mpf("1.875") * u)) \
            / (1 + u * (mp.mpf("7.5") + u * (mp.mpf("11.25") + mp.mpf("1.875") * u)))
        approx = (1 - q) / (x * mp.sqrt(mp.pi))
        worst = max(worst, abs(approx / erfcx(x) - 1))
    return worst


def java_double(v):
    r = repr(v)
    if "e" not in r and "." not in r and r not in ("inf", "-inf", "nan"):
        r += ".0"
    return r


def write_java(rows, worst):
    lines = []
    lines.append("package io.swiftbolt.core.math;")
    lines.append("")
    lines.append("/**")
    lines.append(" * Polynomial coefficients for {@link ScaledErfc} on 0 &le; x &le; %d." % X_MAX)
    lines.append(" *")
    lines.append(" * <p>GENERATED FILE, do not edit. Written by")
    lines.append(" * {@code core/src/test/resources/reference/erfcx/generate_erfcx_table.py}")
    lines.append(" * (Debian {@code /usr/bin/python3} with {@code python3-mpmath} %s). To regenerate, run"
                 % mp.__version__)
    lines.append(" * {@code /usr/bin/python3 generate_erfcx_table.py} in that directory; it also rewrites")
    lines.append(" * {@code erfcx_samples.csv} there.")
    lines.append(" *")
    lines.append(" * <p>With {@code y = %d/(%d + x)} and {@code J = round(y)} (%d to %d), interval J holds"
                 % (Y_SCALE, X_SHIFT, J_MIN, J_MAX))
    lines.append(" * {@value #STRIDE} numbers starting at {@code (J - %d)·%d}: {@code c0hi, c0lo, c1, ..., c%d},"
                 % (J_MIN, STRIDE, DEGREE))
    lines.append(" * with erfcx ≈ (c0hi + c0lo) + c1·t + ... + c%d·t^%d and {@code t = y - J} in [-1/2, 1/2]."
                 % (DEGREE, DEGREE))
    lines.append(" * Each polynomial is the Chebyshev interpolant (mpmath, 50 digits) at %d points, in monomial"
                 % (DEGREE + 1))
    lines.append(" * form; with the coefficients rounded as stored, its largest relative error is %s."
                 % mp.nstr(worst, 2))
    lines.append(" */")
    lines.append("final class ErfcxTable {")
    lines.append("")
    lines.append("    /** The numerator of the map {@code y = Y_SCALE/(X_SHIFT + x)}. */")
    lines.append("    static final double Y_SCALE = %d;" % Y_SCALE)
    lines.append("    /** The shift of the map {@code y = Y_SCALE/(X_SHIFT + x)}. */")
    lines.append("    static final double X_SHIFT = %d;" % X_SHIFT)
    lines.append("    /** The largest x the table covers. */")
    lines.append("    static final double X_MAX = %d;" % X_MAX)
    lines.append("    /** The first interval index, {@code round(Y_SCALE/(X_SHIFT + X_MAX))}. */")
    lines.append("    static final int J_MIN = %d;" % J_MIN)
    lines.append("    /** The last interval index, {@code round(Y_SCALE/X_SHIFT)}. */")
    lines.append("    static final int J_MAX = %d;" % J_MAX)
    lines.append("    /** The polynomial degree. */")
    lines.append("    static final int DEGREE = %d;" % DEGREE)
    lines.append("    /** Numbers per interval: c0hi, c0lo, c1 .. c{@value #DEGREE}. */")
    lines.append("    static final int STRIDE = %d;" % STRIDE)
    lines.append("")
    lines.append("    /** The coefficients, {@value #STRIDE} per interval, interval {@value #J_MIN} first. */")
    lines.append("    static final double[] COEFFICIENTS = {")
    for j, dc in rows:
        lines.append("        // J = %d: y in [%s, %s]" % (j, j - 0.5, j + 0.5))
        vals = [java_double(v) for v in dc]
        for part in (vals[:2], vals[2:5], vals[5:]):
            lines.append("        " + ", ".join(part) + ",")
    lines.append("    };")
    lines.append("")
    lines.append("    private ErfcxTable() {")
    lines.append("    }")
    lines.append("}")
    with open(JAVA_OUT, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def sample_points():
    rng = random.Random(SEED)
    xs = set()
    for k in range(1201):                      # dense grid on [0, 60], step 0.05
        xs.add(float(mp.mpf(k) / 20))
    for _ in range(400):                       # irregular points on [0, 60]
        xs.add(rng.uniform(0.0, 60.0))
    for _ in range(100):                       # irregular points on [0, 1]
        xs.add(rng.uniform(0.0, 1.0))
    for k in range(241):                       # log-spaced 60 .. 1e300
        xs.add(float(mp.mpf(60) * mp.power(mp.mpf(10) ** 300 / 60, mp.mpf(k) / 240)))
    for j in range(J_MIN, J_MAX):              # interval boundaries y = j + 1/2, their neighbours
        xb = float(mp.mpf(Y_SCALE) / (j + mp.mpf(1) / 2) - X_SHIFT)
        for v in (xb, float(mp.mpf(xb) * (1 + mp.mpf(2) ** -52)), float(mp.mpf(xb) * (1 - mp.mpf(2) ** -52))):
            if v >= 0:
                xs.add(v)
    for v in (50.0, 49.999999999999993, 50.000000000000007, 1e-300, 1e-20, 1e-10, 1e-5,
              1e8, 1e154, 1.4e154, 1e200, 1e300):
        xs.add(v)
    for k in range(1, 53):                     # negatives down to -26
        xs.add(-k * 0.5)
    for _ in range(60):
        xs.add(-rng.uniform(0.0, 26.0))
    for v in (-1e-10, -1e-3, -0.1):
        xs.add(v)
    return sorted(xs)


def main():
    rows = []
    worst = mp.mpf(0)
    for j in range(J_MIN, J_MAX + 1):
        c, last_cheb = chebyshev_monomial(j)
        dc = to_double_coefficients(c)
        err = check_interval(j, dc)
        worst = max(worst, err)
        print("J=%3d max rel approx error %s (last Chebyshev coefficient %s)"
              % (j, mp.nstr(err, 3), mp.nstr(last_cheb, 3)))
        if err > MAX_APPROX_ERROR:
            sys.exit("interval %d: approximation error %s too large" % (j, mp.nstr(err, 3)))
        rows.append((j, dc))
    print("table: %d intervals, degree %d, worst relative approximation error %s"
          % (len(rows), DEGREE, mp.nstr(worst, 3)))

    asym = asymptotic_truncation_error()
    print("asymptotic continued fraction (5 levels), worst relative truncation error for x >= 50: %s"
          % mp.nstr(asym, 3))
    if asym > mp.mpf("1e-19"):
        sys.exit("asymptotic form not accurate enough")

    for x in (100, 250, 500, 999):
        d = abs(erfcx_cf(x) / (mp.erfc(x) * mp.exp(mp.mpf(x) ** 2)) - 1)
        if d > mp.mpf("1e-40"):
            sys.exit("continued fraction and erfc disagree at %s: %s" % (x, mp.nstr(d, 3)))

    write_java(rows, worst)

    xs = sample_points()
    with open(CSV_OUT, "w", encoding="utf-8") as out:
        out.write("# erfcx(x) = exp(x^2)*erfc(x) from generate_erfcx_table.py (mpmath %s, 50 digits)\n"
                  % mp.__version__)
        out.write("x,erfcx\n")
        for x in xs:
            out.write("%s,%s\n" % (repr(x), mp.nstr(erfcx(x), 17, min_fixed=-4, max_fixed=4)))
    print("wrote %s and %d samples to %s" % (JAVA_OUT, len(xs), CSV_OUT))


if __name__ == "__main__":
    main()
