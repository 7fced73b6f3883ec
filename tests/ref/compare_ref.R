# compare_ref.R - reference values for every method of casestat compare.
#
# Produced with R (Debian r-base-core 4.2.2) by:   Rscript tests/ref/compare_ref.R
# and committed as tests/ref/compare_ref.csv; the tests read the CSV, never R.
# Written independently of the C code (analysis/compare*.c, nchyper.c):
#  - Wilson and Wilson-cc limits from their textbook formulas;
#  - restricted maximum likelihood estimates (Miettinen-Nurminen, Koopman)
#    by uniroot on the score equation of the constrained likelihood, not by
#    the closed-form cubic or quadratic the C code uses;
#  - the exact and mid-p odds-ratio methods by the functions inside R's own
#    fisher.test (dnhyper, pnhyper, mnhyper, ncp.L, ncp.U, mle), with
#    uniroot at full precision instead of its default tol = 1.2e-4;
#  - Fisher's p-value from fisher.test, the chi-squared tests from chisq.test.
# Every uniroot runs with tol = 1e-300: to the last bit of the root.
# Functions that can be infinite at the ends of an interval are searched
# through atan(), which keeps the root and makes them finite.
# Columns: method,x1,n1,x2,n2,conf,estimate,lower,upper; NA = undefined,
# Inf = no finite limit.  Test rows: p-value, statistic, NA.

z_of <- function(conf) qnorm((1 - conf) / 2, lower.tail = FALSE)
root <- function(f, lo, hi) uniroot(f, c(lo, hi), tol = 1e-300, maxiter = 10000)$root
term <- function(cnt, den) if (cnt == 0) 0 else cnt / den
clip <- function(v, lo, hi) max(lo, min(hi, v))

# ---- single-proportion limits --------------------------------------------
wilson <- function(x, n, z) {
  p <- x / n
  c0 <- (p + z^2 / (2 * n)) / (1 + z^2 / n)
  h <- z * sqrt(p * (1 - p) / n + z^2 / (4 * n^2)) / (1 + z^2 / n)
  c(if (x == 0) 0 else clip(c0 - h, 0, 1), if (x == n) 1 else clip(c0 + h, 0, 1))
}
wilsoncc <- function(x, n, z) {   # Newcombe (1998) method 4; L = 0 at x = 0, U = 1 at x = n
  p <- x / n; q <- 1 - p
  l <- function() (2 * n * p + z^2 - 1 - z * sqrt(z^2 - 2 - 1 / n + 4 * p * (n * q + 1))) / (2 * (n + z^2))
  u <- function() (2 * n * p + z^2 + 1 + z * sqrt(z^2 + 2 - 1 / n + 4 * p * (n * q - 1))) / (2 * (n + z^2))
  c(if (x == 0) 0 else clip(l(), 0, 1), if (x == n) 1 else clip(u(), 0, 1))
}

# ---- difference ----------------------------------------------------------
cd <- function(v) clip(v, -1, 1)
d_wald <- function(x1, n1, x2, n2, conf) {
  p1 <- x1 / n1; p2 <- x2 / n2; h <- z_of(conf) * sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
  c(p1 - p2, cd(p1 - p2 - h), cd(p1 - p2 + h))
}
d_hybrid <- function(single) function(x1, n1, x2, n2, conf) {
  z <- z_of(conf); p1 <- x1 / n1; p2 <- x2 / n2; d <- p1 - p2
  w1 <- single(x1, n1, z); w2 <- single(x2, n2, z)
  c(d, cd(d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2)), cd(d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2)))
}
d_ac <- function(x1, n1, x2, n2, conf) {
  q1 <- (x1 + 1) / (n1 + 2); q2 <- (x2 + 1) / (n2 + 2)
  h <- z_of(conf) * sqrt(q1 * (1 - q1) / (n1 + 2) + q2 * (1 - q2) / (n2 + 2))
  c(x1 / n1 - x2 / n2, cd(q1 - q2 - h), cd(q1 - q2 + h))
}
# Restricted MLE (p1, p2) under p1 - p2 = delta: the concave log-likelihood
# in p2 on [max(0, -delta), min(1, 1 - delta)] is maximised where its
# derivative g changes sign, or at an end.  max(0, .) keeps a rounded
# 1 - (1 - delta) - delta from turning an infinite term's sign.
rmle_diff <- function(x1, n1, x2, n2, delta) {
  L <- max(0, -delta); U <- min(1, 1 - delta)
  if (L >= U) return(c(L + delta, L))
  g <- function(p2) term(x1, max(0, p2 + delta)) - term(n1 - x1, max(0, 1 - p2 - delta)) +
    term(x2, p2) - term(n2 - x2, 1 - p2)
  p2 <- if (g(L) <= 0) L else if (g(U) >= 0) U else root(function(p) atan(g(p)), L, U)
  c(p2 + delta, p2)
}
d_mn <- function(x1, n1, x2, n2, conf) {
  z <- z_of(conf); N <- n1 + n2; d <- x1 / n1 - x2 / n2
  Tst <- function(delta) {
    q <- rmle_diff(x1, n1, x2, n2, delta)
    V <- (q[1] * (1 - q[1]) / n1 + q[2] * (1 - q[2]) / n2) * N / (N - 1)
    num <- d - delta
    if (V <= 0) { if (num == 0) 0 else sign(num) * Inf } else num / sqrt(V)
  }
  lo <- if (d == -1) -1 else root(function(dl) atan(Tst(dl)) - atan(z), -1, d)
  hi <- if (d == 1) 1 else root(function(dl) atan(Tst(dl)) + atan(z), d, 1)
  c(d, lo, hi)
}

# ---- ratio ---------------------------------------------------------------
r_est <- function(x1, n1, x2, n2) if (x2 == 0) { if (x1 == 0) NaN else Inf } else (x1 / n1) / (x2 / n2)
r_katz <- function(x1, n1, x2, n2, conf) {
  est <- r_est(x1, n1, x2, n2)
  if (x1 == 0 || x2 == 0) return(c(est, NA, NA))
  h <- z_of(conf) * sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2)
  c(est, est * exp(-h), est * exp(h))
}
r_adj <- function(x1, n1, x2, n2, conf) {
  a1 <- x1 + 0.5; m1 <- n1 + 0.5; a2 <- x2 + 0.5; m2 <- n2 + 0.5
  r <- (a1 / m1) / (a2 / m2); h <- z_of(conf) * sqrt(1 / a1 - 1 / m1 + 1 / a2 - 1 / m2)
  c(r_est(x1, n1, x2, n2), r * exp(-h), r * exp(h))
}
# Restricted MLE under p1 = phi p2, p2 in [0, min(1, 1/phi)].
rmle_ratio <- function(x1, n1, x2, n2, phi) {
  C <- x1 + x2
  if (C == 0) return(c(0, 0))
  U <- min(1, 1 / phi)
  g <- function(p2) term(C, p2) - term(n1 - x1, max(0, 1 - phi * p2) / phi) - term(n2 - x2, 1 - p2)
  p2 <- if (g(U) >= 0) U else root(function(p) atan(g(p)), 0, U)
  c(min(1, phi * p2), p2)
}
r_koopman <- function(x1, n1, x2, n2, conf) {
  z <- z_of(conf); p1 <- x1 / n1; p2 <- x2 / n2
  Tst <- function(t) {
    phi <- exp(t); q <- rmle_ratio(x1, n1, x2, n2, phi)
    V <- q[1] * (1 - q[1]) / n1 + phi^2 * q[2] * (1 - q[2]) / n2
    num <- p1 - phi * p2
    if (V <= 0) { if (num == 0) 0 else sign(num) * Inf } else num / sqrt(V)
  }
  t0 <- if (x1 > 0 && x2 > 0) log(p1 / p2) else log(((x1 + .5) / (n1 + .5)) / ((x2 + .5) / (n2 + .5)))
  edge <- function(target) {            # bracket outward from t0, then solve
    f <- function(t) atan(Tst(t)) - atan(target)   # decreasing in t
    dir <- if (f(t0) > 0) 1 else -1; near <- t0; step <- 1
    repeat { far <- t0 + dir * step; if (sign(f(far)) != sign(f(t0))) break; near <- far; step <- 2 * step }
    exp(root(f, min(near, far), max(near, far)))
  }
  c(r_est(x1, n1, x2, n2), if (x1 == 0) 0 else edge(z), if (x2 == 0) Inf else edge(-z))
}

# ---- odds ratio ----------------------------------------------------------
zero_margin <- function(x1, n1, x2, n2) x1 + x2 == 0 || x1 + x2 == n1 + n2
o_woolf <- function(x1, n1, x2, n2, conf) {
  if (zero_margin(x1, n1, x2, n2)) return(c(NA, NA, NA))
  cells <- c(x1, n1 - x1, x2, n2 - x2)
  if (any(cells == 0)) cells <- cells + 0.5
  or <- (cells[1] / cells[2]) * (cells[4] / cells[3])
  h <- z_of(conf) * sqrt(sum(1 / cells))
  c(or, or * exp(-h), or * exp(h))
}
# R 4.2.2 fisher.test (2 x 2 branch), with its uniroot calls at full precision.
o_conditional <- function(midp) function(x1, n1, x2, n2, conf) {
  if (zero_margin(x1, n1, x2, n2)) return(c(NA, NA, NA))
  m <- x1 + x2; n <- (n1 - x1) + (n2 - x2); k <- n1; x <- x1
  lo <- max(0L, k - n); hi <- min(k, m); support <- lo:hi
  logdc <- dhyper(support, m, n, k, log = TRUE)
  dnhyper <- function(ncp) {
    if (ncp == 0) return(as.numeric(support == lo))
    if (ncp == Inf) return(as.numeric(support == hi))
    d <- logdc + log(ncp) * support; d <- exp(d - max(d)); d / sum(d)
  }
  mnhyper <- function(ncp) {
    if (ncp == 0) return(lo)
    if (ncp == Inf) return(hi)
    sum(support * dnhyper(ncp))
  }
  # the probability that an upper (lower) limit puts beyond the data
  lowtail <- function(ncp) { d <- dnhyper(ncp); sum(d[support < x]) + (if (midp) 0.5 else 1) * d[support == x] }
  uptail <- function(ncp) { d <- dnhyper(ncp); sum(d[support > x]) + (if (midp) 0.5 else 1) * d[support == x] }
  alpha <- (1 - conf) / 2
  ncp.U <- function() {
    if (x == hi) return(Inf)
    p <- lowtail(1)
    if (p < alpha) root(function(t) lowtail(t) - alpha, 0, 1)
    else if (p > alpha) 1 / root(function(t) lowtail(1 / t) - alpha, .Machine$double.eps, 1)
    else 1
  }
  ncp.L <- function() {
    if (x == lo) return(0)
    p <- uptail(1)
    if (p > alpha) root(function(t) uptail(t) - alpha, 0, 1)
    else if (p < alpha) 1 / root(function(t) uptail(1 / t) - alpha, .Machine$double.eps, 1)
    else 1
  }
  mle <- function() {
    if (x == lo) return(0)
    if (x == hi) return(Inf)
    mu <- mnhyper(1)
    if (mu > x) root(function(t) mnhyper(t) - x, 0, 1)
    else if (mu < x) 1 / root(function(t) mnhyper(1 / t) - x, .Machine$double.eps, 1)
    else 1
  }
  c(mle(), ncp.L(), ncp.U())
}

# ---- tests ---------------------------------------------------------------
tab <- function(x1, n1, x2, n2) matrix(c(x1, x2, n1 - x1, n2 - x2), 2)
t_fisher <- function(x1, n1, x2, n2, conf) c(fisher.test(tab(x1, n1, x2, n2))$p.value, NA, NA)
t_chisq <- function(correct) function(x1, n1, x2, n2, conf) {
  r <- suppressWarnings(chisq.test(tab(x1, n1, x2, n2), correct = correct))
  c(r$p.value, unname(r$statistic), NA)
}

intervals <- list(wald = d_wald, newcombe = d_hybrid(wilson), "newcombe-cc" = d_hybrid(wilsoncc),
                  "agresti-caffo" = d_ac, "miettinen-nurminen" = d_mn,
                  katz = r_katz, "adjusted-log" = r_adj, koopman = r_koopman,
                  woolf = o_woolf, exact = o_conditional(FALSE), "mid-p" = o_conditional(TRUE))
tests <- list(fisher = t_fisher, chisq = t_chisq(FALSE), chisq_yates = t_chisq(TRUE))

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args)) args[1] else "tests/ref/compare_ref.csv"
con <- file(out, "w")
writeLines("method,x1,n1,x2,n2,conf,estimate,lower,upper", con)
fmt <- function(v) if (is.na(v)) "NA" else if (is.infinite(v)) (if (v > 0) "Inf" else "-Inf") else sprintf("%.17g", v)
emit <- function(m, x1, n1, x2, n2, conf, r)
  writeLines(sprintf("%s,%.0f,%.0f,%.0f,%.0f,%s,%s,%s,%s", m, x1, n1, x2, n2, conf,
                     fmt(r[1]), fmt(r[2]), fmt(r[3])), con)

# Counts: n = 1 ... 100,000 at x = 0, 1, n/3, n - 1, n; every pair of them,
# at five levels when both n are at most 29 or either is 100,000, else at 95%.
ns <- c(1, 7, 10, 29, 100, 1000, 100000)
cells <- do.call(rbind, lapply(ns, function(n) {
  xs <- unique(c(0, 1, floor(n / 3), n - 1, n)); xs <- xs[xs >= 0 & xs <= n]
  cbind(xs, n)
}))
for (i in seq_len(nrow(cells))) for (j in seq_len(nrow(cells))) {
  x1 <- cells[i, 1]; n1 <- cells[i, 2]; x2 <- cells[j, 1]; n2 <- cells[j, 2]
  confs <- if (max(n1, n2) <= 29 || max(n1, n2) == 100000) c(0.5, 0.9, 0.95, 0.99, 0.999) else 0.95
  for (conf in confs) for (m in names(intervals))
    emit(m, x1, n1, x2, n2, conf, intervals[[m]](x1, n1, x2, n2, conf))
  for (m in names(tests)) emit(m, x1, n1, x2, n2, 0.95, tests[[m]](x1, n1, x2, n2, 0.95))
}
# Published examples (Newcombe 1998b Table II, DescTools#50, fisher.test's help page).
extra <- rbind(c(56, 70, 48, 80), c(9, 10, 3, 10), c(6, 7, 2, 7), c(5, 56, 0, 29), c(0, 10, 0, 20),
               c(0, 10, 0, 10), c(10, 10, 0, 20), c(10, 10, 0, 10), c(63, 93, 38, 92), c(3, 4, 1, 4),
               c(2, 17, 10, 13), c(6, 7, 800, 7000), c(84, 101, 89, 105))
for (i in seq_len(nrow(extra))) {
  e <- extra[i, ]
  for (conf in c(0.9, 0.95, 0.99)) for (m in names(intervals))
    emit(m, e[1], e[2], e[3], e[4], conf, intervals[[m]](e[1], e[2], e[3], e[4], conf))
  for (m in names(tests)) emit(m, e[1], e[2], e[3], e[4], 0.95, tests[[m]](e[1], e[2], e[3], e[4], 0.95))
}
close(con)
