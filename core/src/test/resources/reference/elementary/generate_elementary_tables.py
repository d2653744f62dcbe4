#!/usr/bin/python3
"""Generate SwiftBolt's table-driven exp and log tables and their reference sample vectors.

Run with Debian's interpreter (it needs python3-mpmath), from this directory:

    /usr/bin/python3 generate_elementary_tables.py

It writes:

* core/src/main/java/io/swiftbolt/core/math/ElementaryTables.java: the tables used by
  io.swiftbolt.core.math.Elementary (exp and log);
* exp_samples.csv and log_samples.csv (next to this script): x and the function value at
  mpmath's 40 significant digits, printed with 25 significant digits.

exp. exp(x) = 2^m * 2^(j/128) * exp(r) with n = round(x * 128/ln 2), m = floor(n / 128),
j = n mod 128 and r = x - n * ln2/128, |r| <= ln2/256. The table holds 2^(j/128) for
j = 0 .. 127 as a double-double (hi = nearest double, lo = nearest double to the rest).
ln2/128 is split as L_HI (36 significant bits, so that n * L_HI is exact for |n| < 2^17) plus
L_LO (nearest double to the rest).

log. For a normal x > 0 with bit pattern b, t = b - OFF (OFF = bits of 0.70703125) gives
k = t >> 52 and z = x / 2^k in [0.70703125, 1.4140625). Bits 44 .. 51 of t pick one of 256
bins of z (width 2^-9 below 1, 2^-8 above). Bin i has a centre c (its midpoint, which needs few
bits; c = 1 exactly for the two bins that touch 1, so that log keeps full relative accuracy near
1), 1/c rounded to double, and log(c) as a double-double. Then r = (z - c) * (1/c), with z - c
exact (Sterbenz), |r| < 2^-8, and log(x) = k ln2 + log(c) + log1p(r), log1p by its Taylor
polynomial of degree 7 (truncation below 2e-18 relative).
"""

import os
import random

import mpmath as mp

mp.mp.dps = 60
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..', '..', '..'))
TARGET = os.path.join(ROOT, 'core', 'src', 'main', 'java', 'io', 'swiftbolt', 'core', 'math', 'ElementaryTables.java')

EXP_BITS = 7
EXP_N = 1 << EXP_BITS
LOG_BITS = 8
LOG_N = 1 << LOG_BITS
OFF_VALUE = 0.70703125


def to_double(v):
    """Nearest double to the mpmath number v (round half even, as mpmath's float conversion)."""
    return float(mp.mpf(v))


def split(v):
    hi = to_double(v)
    lo = to_double(mp.mpf(v) - mp.mpf(hi))
    return hi, lo


def truncate(v, bits):
    """v rounded to `bits` significant bits (as a double)."""
    m, e = mp.frexp(mp.mpf(v))
    scaled = mp.nint(m * mp.mpf(2) ** bits)
    return to_double(scaled * mp.mpf(2) ** (e - bits))


def double_bits(x):
    import struct
    return struct.unpack('<q', struct.pack('<d', x))[0]


def bits_double(b):
    import struct
    return struct.unpack('<d', struct.pack('<q', b))[0]


def exp_table():
    rows = []
    for j in range(EXP_N):
        rows.append(split(mp.power(2, mp.mpf(j) / EXP_N)))
    return rows


def log_table():
    off = double_bits(OFF_VALUE)
    one_bin = (double_bits(1.0) - off) >> 44
    rows = []
    for i in range(LOG_N):
        lo = bits_double(off + (i << 44))
        hi = bits_double(off + ((i + 1) << 44))
        if i in (one_bin - 1, one_bin):
            c = 1.0
        else:
            c = (lo + hi) / 2  # exact: both are multiples of the bin width's half
            assert mp.mpf(c) == (mp.mpf(lo) + mp.mpf(hi)) / 2
        inv = to_double(1 / mp.mpf(c))
        lh, ll = split(mp.log(mp.mpf(c)))
        rows.append((c, inv, lh, ll))
        # |r| bound for the bin
        rmax = max(abs(mp.mpf(lo) - c), abs(mp.mpf(hi) - c)) / c
        assert rmax <= mp.mpf(2) ** -8, (i, rmax)
    return rows, one_bin


def java_double(x):
    r = repr(x)
    if 'e' not in r and '.' not in r:
        r += '.0'
    return r


def write_java(exp_rows, log_rows, one_bin):
    ln2 = mp.log(2)
    l = ln2 / EXP_N
    l_hi = truncate(l, 36)
    l_lo = to_double(l - mp.mpf(l_hi))
    ln2_hi = truncate(ln2, 42)
    ln2_lo = to_double(ln2 - mp.mpf(ln2_hi))
    inv_l = to_double(EXP_N / ln2)
    out = []
    out.append('package io.swiftbolt.core.math;\n')
    out.append('/**')
    out.append(' * Tables for {@link Elementary}: {@code 2^(j/128)} for exp and the 256 bins of log.')
    out.append(' *')
    out.append(' * <p>GENERATED FILE, do not edit. Written by')
    out.append(' * {@code core/src/test/resources/reference/elementary/generate_elementary_tables.py}')
    out.append(' * (Debian {@code /usr/bin/python3} with {@code python3-mpmath}); its docstring explains the method.')
    out.append(' */')
    out.append('final class ElementaryTables {\n')
    out.append('    /** 128/ln 2 rounded to double. */')
    out.append('    static final double EXP_INV_STEP = %s;' % java_double(inv_l))
    out.append('    /** ln2/128 to 36 significant bits: n times it is exact for |n| &lt; 2^17. */')
    out.append('    static final double EXP_STEP_HI = %s;' % java_double(l_hi))
    out.append('    /** ln2/128 minus EXP_STEP_HI, rounded to double. */')
    out.append('    static final double EXP_STEP_LO = %s;' % java_double(l_lo))
    out.append('    /** ln 2 to 42 significant bits: k times it is exact for |k| &lt; 2^11. */')
    out.append('    static final double LN2_HI = %s;' % java_double(ln2_hi))
    out.append('    /** ln 2 minus LN2_HI, rounded to double. */')
    out.append('    static final double LN2_LO = %s;' % java_double(ln2_lo))
    out.append('    /** The bit pattern of %s, the lower end of the reduced log argument. */' % OFF_VALUE)
    out.append('    static final long LOG_OFFSET_BITS = 0x%XL;' % double_bits(OFF_VALUE))
    out.append('    /** The log bin whose lower end is 1.0. */')
    out.append('    static final int LOG_ONE_BIN = %d;\n' % one_bin)
    out.append('    /** 2^(j/128) for j = 0 .. 127 as pairs (hi, lo). */')
    out.append('    static final double[] EXP_TABLE = {')
    for j, (hi, lo) in enumerate(exp_rows):
        out.append('        %s, %s, // j = %d' % (java_double(hi), java_double(lo), j))
    out.append('    };\n')
    out.append('    /** Per log bin: centre c, 1/c rounded, log(c) hi, log(c) lo. */')
    out.append('    static final double[] LOG_TABLE = {')
    for i, (c, inv, lh, ll) in enumerate(log_rows):
        out.append('        %s, %s, %s, %s, // bin %d' % (java_double(c), java_double(inv), java_double(lh), java_double(ll), i))
    out.append('    };\n')
    out.append('    private ElementaryTables() {')
    out.append('    }')
    out.append('}')
    with open(TARGET, 'w') as f:
        f.write('\n'.join(out) + '\n')


def write_samples():
    rnd = random.Random(20261124)
    xs = []
    xs += [rnd.uniform(-708, 708) for _ in range(800)]
    xs += [rnd.uniform(-40, 5) for _ in range(1200)]
    xs += [rnd.uniform(-1, 1) * 10 ** rnd.uniform(-20, 0) for _ in range(300)]
    # both sides of table steps: x = n ln2/128
    for _ in range(200):
        n = rnd.randint(-130000, 130000)
        x = to_double(n * mp.log(2) / EXP_N)
        xs += [x, x + 1e-13 * max(1, abs(x)), x - 1e-13 * max(1, abs(x))]
    xs += [0.0, 1.0, -1.0, 707.9, -707.9, 1e-300, -1e-300]
    with open(os.path.join(HERE, 'exp_samples.csv'), 'w') as f:
        f.write('x,exp\n')
        for x in xs:
            f.write('%s,%s\n' % (repr(x), mp.nstr(mp.exp(mp.mpf(x)), 25, min_fixed=0, max_fixed=0)))
    ys = []
    ys += [10 ** rnd.uniform(-307, 308) for _ in range(800)]
    ys += [rnd.uniform(0.3, 3) for _ in range(1200)]
    ys += [1 + rnd.choice([-1, 1]) * 10 ** rnd.uniform(-16, -1) for _ in range(500)]
    # both sides of bin boundaries
    off = double_bits(OFF_VALUE)
    for _ in range(150):
        b = off + (rnd.randrange(LOG_N) << 44) + (rnd.randint(-1000, 1000) << 52)
        y = bits_double(b)
        ys += [y, bits_double(b - 1), bits_double(b + 1)]
    ys += [1.0, 2.0, 0.5, 2.2250738585072014e-308, 1.7976931348623157e308, 0.7070312499999999, 1.4140624999999998]
    with open(os.path.join(HERE, 'log_samples.csv'), 'w') as f:
        f.write('x,log\n')
        for y in ys:
            v = mp.log(mp.mpf(y))
            f.write('%s,%s\n' % (repr(y), '0' if v == 0 else mp.nstr(v, 25, min_fixed=0, max_fixed=0)))


if __name__ == '__main__':
    exp_rows = exp_table()
    log_rows, one_bin = log_table()
    write_java(exp_rows, log_rows, one_bin)
    write_samples()
    print('wrote', TARGET)
