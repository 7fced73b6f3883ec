# blaker_ref.R - reference Blaker limits for tests/test_blaker.c.
#
# Produced with R (Debian r-base-core 4.2.2, base functions only) by:
#     Rscript tests/ref/blaker_ref.R
# and committed as tests/ref/blaker_ref.csv; the tests read the CSV, never R.
#
# Written from Blaker's definition alone, independently of the C code: the
# acceptability of p given x is P(g(Y) <= g(x)), g(y) = min(P(Y <= y),
# P(Y >= y)), Y ~ Bin(n, p).  Since g(y) <= t exactly when P(Y <= y) <= t or
# P(Y >= y) <= t, the outcomes counted are {0 .. lo} and {hi .. n}, found by
# bisection on R's pbinom (TOMS 708).  The acceptability never exceeds
# 2 g(x), so the limits lie between x/n and the Clopper-Pearson limits.  That
# range is sampled on a grid, 32 cells for every change of lo or hi in it,
# walking in from the Clopper-Pearson limit; in every cell where lo or hi
# differs between the ends, the p where each outcome enters or leaves is
# solved for with uniroot, and the acceptability is evaluated on both sides
# of it with that side's outcomes.  The limit is the first accepted p met.

F <- function(y, n, p) if (y < 0) 0 else if (y >= n) 1 else pbinom(y, n, p)
S <- function(y, n, p) if (y <= 0) 1 else if (y > n) 0 else pbinom(y - 1, n, p, lower.tail = FALSE)
g <- function(y, n, p) min(F(y, n, p), S(y, n, p))

# The largest y in [-1, n] with F(y) <= t, and the smallest y in [0, n + 1]
# with S(y) <= t.
lo_of <- function(t, n, p) {
  a <- -1; b <- n + 1                   # F(a) <= t < F(b) (F(n) = 1)
  if (F(n, n, p) <= t) return(n)
  while (b - a > 1) { m <- floor((a + b) / 2); if (F(m, n, p) <= t) a <- m else b <- m }
  a
}
hi_of <- function(t, n, p) {
  a <- -1; b <- n + 1                   # S(a) > t >= S(b)
  if (S(0, n, p) <= t) return(0)
  while (b - a > 1) { m <- floor((a + b) / 2); if (S(m, n, p) <= t) b <- m else a <- m }
  b
}
members <- function(x, n, p) { t <- g(x, n, p); c(lo_of(t, n, p), hi_of(t, n, p)) }
value <- function(set, n, p) if (set[1] + 1 >= set[2]) 1 else F(set[1], n, p) + S(set[2], n, p)
inside <- function(set, y) y <= set[1] || y >= set[2]

root <- function(f, a, b) {
  if (a > b) { t <- a; a <- b; b <- t }
  fa <- f(a); fb <- f(b)
  if (fa == 0) return(a)
  if (fb == 0) return(b)
  uniroot(f, c(a, b), f.lower = fa, f.upper = fb, tol = 1e-15 * max(abs(a), abs(b)),
          maxiter = 1000)$root
}

# The accepted p nearest `from` in the cell between `from` and `to` (sets
# and values at both ends given), or NA.
cell <- function(x, n, alpha, from, sf, af, to, st, at) {
  ys <- integer(0)
  for (y in c(seq_len(max(0, abs(sf[1] - st[1]))) + min(sf[1], st[1]),
              seq_len(max(0, abs(sf[2] - st[2]))) + min(sf[2], st[2]) - 1))
    if (y != x && inside(sf, y) != inside(st, y)) ys <- c(ys, y)
  pts <- sort(unique(c(vapply(ys, function(y)
    root(function(p) g(y, n, p) - g(x, n, p), min(from, to), max(from, to)), 0))),
    decreasing = to < from)
  pts <- c(from, pts, to)
  k <- length(pts) - 1
  for (i in seq_len(k)) {
    set <- if (i == 1) sf else if (i == k) st else members(x, n, (pts[i] + pts[i + 1]) / 2)
    near <- if (i == 1) af else value(set, n, pts[i])
    if (near >= alpha) return(pts[i])
    far <- if (i == k) at else value(set, n, pts[i + 1])
    if (far >= alpha) return(root(function(p) value(set, n, p) - alpha, pts[i], pts[i + 1]))
  }
  NA
}

# One limit: from the Clopper-Pearson limit `cp` towards x/n.
limit <- function(x, n, alpha, cp) {
  phat <- x / n
  # (at x/n = 0 or 1 every outcome counts; look just inside instead)
  s0 <- members(x, n, cp); s1 <- members(x, n, phat + (cp - phat) * 1e-6)
  changes <- abs(s0[1] - s1[1]) + abs(s0[2] - s1[2])
  M <- 32 * (changes + 2)
  grid <- cp + (phat - cp) * (0:M) / M
  from <- grid[1]; sf <- s0; af <- value(sf, n, from)
  for (i in 2:(M + 1)) {
    to <- grid[i]; st <- members(x, n, to); at <- value(st, n, to)
    r <- cell(x, n, alpha, from, sf, af, to, st, at)
    if (!is.na(r)) return(r)
    from <- to; sf <- st; af <- at
  }
  phat
}

blaker <- function(x, n, conf) {
  alpha <- 1 - conf
  c(if (x == 0) 0 else limit(x, n, alpha, qbeta(alpha / 2, x, n - x + 1)),
    if (x == n) 1 else limit(x, n, alpha, qbeta(alpha / 2, x + 1, n - x, lower.tail = FALSE)))
}

cases <- list()
add <- function(x, n, conf) cases[[length(cases) + 1]] <<- c(x, n, conf)
# BlakerCI's documented examples, and intervals with a short accepted
# stretch next to a jump (found by comparing with a coarse search)
for (xn in list(c(3, 10), c(29, 99), c(70, 99), c(59, 355), c(296, 355))) add(xn[1], xn[2], 0.95)
for (xn in list(c(3, 41), c(38, 41))) add(xn[1], xn[2], 0.90)
# edge and moderate cases at every level
for (n in c(1, 2, 3, 7, 20, 99)) for (x in unique(c(0, 1, floor(n / 3), n)))
  for (conf in c(0.5, 0.9, 0.95, 0.99, 0.999)) add(x, n, conf)
# large n
for (n in c(1000, 10000, 100000, 1e6, 1e7))
  for (x in unique(round(c(0, 1, 2, 10, 100, n / 1000, n / 100, n / 3, n / 2, n - 1))))
    for (conf in c(0.9, 0.95, 0.99)) add(x, n, conf)
for (n in c(1e6, 1e7)) for (conf in c(0.5, 0.999)) add(100, n, conf)
# beyond the exhaustive scan of the C test (n <= 400): a random sample
set.seed(20001)
for (i in 1:300) {
  n <- sample(401:5000, 1)
  add(sample(0:n, 1), n, sample(c(0.8, 0.9, 0.95, 0.99, 0.999), 1))
}

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args)) args[1] else "tests/ref/blaker_ref.csv"
con <- file(out, "w")
writeLines("x,n,conf,lower,upper", con)
for (cs in cases) {
  lim <- blaker(cs[1], cs[2], cs[3])
  writeLines(sprintf("%.0f,%.0f,%s,%.17g,%.17g", cs[1], cs[2], cs[3], lim[1], lim[2]), con)
}
close(con)
