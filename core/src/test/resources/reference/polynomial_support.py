"""Support shared by the polynomial generator scripts beside this file (mpmath): Chebyshev
interpolation and the writers of the generated Java constants and of the reference samples.

interpolant_monomials(f, n) interpolates f on [-1, 1] at the n + 1 Chebyshev points of the first
kind, y_k = cos(pi (k + 1/2) / (n + 1)), and returns the interpolant's monomial coefficients
c_0 .. c_n (p(y) = sum c_i y^i), at the working precision of mpmath.
"""

import mpmath as mp


def interpolant_monomials(f, n):
    nodes = [mp.cos(mp.pi * (k + mp.mpf(1) / 2) / (n + 1)) for k in range(n + 1)]
    values = [f(y) for y in nodes]
    cheb = []
    for j in range(n + 1):
        s = sum(values[k] * mp.cos(j * mp.pi * (k + mp.mpf(1) / 2) / (n + 1)) for k in range(n + 1))
        cheb.append(2 * s / (n + 1))
    cheb[0] /= 2
    # T_0 .. T_n as monomial coefficient lists, then the Chebyshev sum in monomials
    basis = [[mp.mpf(1)], [mp.mpf(0), mp.mpf(1)]]
    for _ in range(2, n + 1):
        nxt = [mp.mpf(0)] + [2 * x for x in basis[-1]]
        for i, x in enumerate(basis[-2]):
            nxt[i] -= x
        basis.append(nxt)
    mono = [mp.mpf(0)] * (n + 1)
    for k in range(n + 1):
        for i, x in enumerate(basis[k]):
            mono[i] += cheb[k] * x
    return mono


def write_constants_class(path, class_name, doc_lines, constants, coeffs, variable):
    """Writes a package-private Java class of io.swiftbolt.core.math holding constants.

    doc_lines: the class javadoc's lines (without the comment markers); constants: (javadoc, name,
    double) triples, written first; coeffs: doubles written as C0, C1, ... documented as
    coefficients of powers of `variable`.
    """
    lines = ["package io.swiftbolt.core.math;", "", "/**"]
    lines += [(" * " + line) if line else " *" for line in doc_lines]
    lines += [" */", "final class %s {" % class_name, ""]
    for doc, name, value in constants:
        lines.append("    /** %s */" % doc)
        lines.append("    static final double %s = %s;" % (name, repr(value)))
    for i, c in enumerate(coeffs):
        lines.append("    /** Coefficient of %s^%d. */" % (variable, i))
        lines.append("    static final double C%d = %s;" % (i, repr(c)))
    lines += ["", "    private %s() {" % class_name, "    }", "}"]
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def write_samples(path, comment, points, function):
    """Writes the CSV of reference samples: a # comment, the header x,value, then each point
    (ascending, exactly as a double) and function(point) to 25 significant digits."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("# %s\n" % comment)
        out.write("x,value\n")
        for x in sorted(points):
            out.write("%s,%s\n" % (repr(x), mp.nstr(function(mp.mpf(x)), 25)))
