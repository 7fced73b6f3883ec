# prop_ref.R - reference limits for every single-proportion method of casestat.
#
# Produced with R (Debian r-base-core 4.2.2) by:   Rscript tests/ref/prop_ref.R
# and committed as tests/ref/prop_ref.csv; the tests read the CSV, never R.
# Written independently of the C code: textbook formulas, R's qbeta/pbinom/
# dbinom (TOMS 708 / Loader), uniroot at full precision, and Blaker's own
# acceptbin() (Blaker 2000) on a 20000-point grid refined by bisection.
# One-sided limits are the two-sided ones at level 2*conf - 1.

z_of <- function(conf) qnorm((1 - conf) / 2, lower.tail = FALSE)
root <- function(f, lo, hi) uniroot(f, c(lo, hi), tol = 1e-300, maxiter = 10000)$root

wald <- function(x, n, conf) { p <- x/n; z <- z_of(conf); h <- z*sqrt(p*(1-p)/n); c(p-h, p+h) }
wilson <- function(x, n, conf) {
  p <- x/n; z <- z_of(conf)
  c0 <- (p + z^2/(2*n)) / (1 + z^2/n); h <- z*sqrt(p*(1-p)/n + z^2/(4*n^2)) / (1 + z^2/n)
  c(if (x == 0) 0 else c0 - h, if (x == n) 1 else c0 + h)
}
wilsoncc <- function(x, n, conf) {
  p <- x/n; q <- 1-p; z <- z_of(conf)
  l <- (2*n*p + z^2 - 1 - z*sqrt(z^2 - 2 - 1/n + 4*p*(n*q + 1))) / (2*(n + z^2))
  u <- (2*n*p + z^2 + 1 + z*sqrt(z^2 + 2 - 1/n + 4*p*(n*q - 1))) / (2*(n + z^2))
  c(if (x == 0) 0 else l, if (x == n) 1 else u)
}
ac <- function(x, n, conf) {
  z <- z_of(conf); nt <- n + z^2; pt <- (x + z^2/2)/nt; h <- z*sqrt(pt*(1-pt)/nt); c(pt-h, pt+h)
}
cp <- function(x, n, conf) {
  a <- (1-conf)/2
  c(if (x == 0) 0 else qbeta(a, x, n-x+1), if (x == n) 1 else qbeta(a, x+1, n-x, lower.tail = FALSE))
}
jeffreys <- function(x, n, conf) {
  a <- (1-conf)/2
  c(if (x == 0) 0 else qbeta(a, x+0.5, n-x+0.5), if (x == n) 1 else qbeta(a, x+0.5, n-x+0.5, lower.tail = FALSE))
}
midp <- function(x, n, conf) {
  a <- (1-conf)/2
  lo <- if (x == 0) 0 else root(function(p) 0.5*dbinom(x, n, p) + pbinom(x, n, p, lower.tail = FALSE) - a, 0, 1)
  hi <- if (x == n) 1 else root(function(p) 0.5*dbinom(x, n, p) + pbinom(x-1, n, p) - a, 0, 1)
  c(lo, hi)
}
logit <- function(x, n, conf) {
  if (x == 0 || x == n) return(cp(x, n, conf))
  z <- z_of(conf); t <- log(x/(n-x)); se <- sqrt(n/(x*(n-x))); plogis(c(t - z*se, t + z*se))
}
arcsine <- function(x, n, conf) {
  z <- z_of(conf); a <- asin(sqrt(x/n)); h <- z/(2*sqrt(n))
  sin(c(max(0, a-h), min(pi/2, a+h)))^2
}
lik <- function(x, n, conf) {
  z <- z_of(conf); p <- x/n
  ll <- function(q) dbinom(x, n, q, log = TRUE)
  f <- function(q) 2*(ll(p) - ll(q)) - z^2
  lo <- if (x == 0) 0 else root(f, 1e-300, p)
  hi <- if (x == n) 1 else root(f, p, 1 - 1e-16)
  c(lo, hi)
}
# Blaker (2000), acceptbin as published with the paper, except that the
# binomial quantile is found by bisection on pbinom: R 4.2.2's qbinom is
# wrong near p = 1 at large n (qbinom(0.1005262, 10000, 0.9996117438) gives
# 10000; pbinom shows the answer is 9994).  The 64-eps fuzz is qbinom's.
qb <- function(pr, n, p) {
  target <- pr * (1 - 64 * .Machine$double.eps); lo <- 0; hi <- n
  while (lo < hi) { mid <- floor((lo + hi) / 2); if (pbinom(mid, n, p) >= target) hi <- mid else lo <- mid + 1 }
  lo
}
acceptbin <- function(x, n, p) {
  p1 <- pbinom(x - 1, n, p, lower.tail = FALSE)
  p2 <- pbinom(x, n, p)
  a1 <- p1 + pbinom(qb(p1, n, p) - 1, n, p)
  a2 <- p2 + pbinom(qb(1 - p2, n, p), n, p, lower.tail = FALSE)
  min(a1, a2)
}
blaker_edge <- function(x, n, alpha, from, to) {
  grid <- from + (to - from) * (1:20000) / 20000
  prev <- from
  for (p in grid) {
    if (acceptbin(x, n, p) >= alpha) {
      out <- prev; inn <- p
      repeat { mid <- out + (inn - out)/2; if (mid == out || mid == inn) break
               if (acceptbin(x, n, mid) >= alpha) inn <- mid else out <- mid }
      return(inn)
    }
    prev <- p
  }
  to
}
blaker <- function(x, n, conf) {
  b <- cp(x, n, conf); alpha <- 1 - conf; p <- x/n
  c(if (x == 0) 0 else blaker_edge(x, n, alpha, b[1], p),
    if (x == n) 1 else blaker_edge(x, n, alpha, b[2], p))
}
methods <- list(wald = wald, wilson = wilson, "wilson-cc" = wilsoncc, "agresti-coull" = ac,
                jeffreys = jeffreys, "clopper-pearson" = cp, "mid-p" = midp, logit = logit,
                arcsine = arcsine, likelihood = lik, blaker = blaker)

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args)) args[1] else "tests/ref/prop_ref.csv"
con <- file(out, "w")
writeLines("method,x,n,conf,sides,lower,upper", con)
emit <- function(m, x, n, conf, sides, lim)
  writeLines(sprintf("%s,%.0f,%.0f,%s,%s,%.17g,%.17g", m, x, n, conf, sides,
                     max(0, min(1, lim[1])), max(0, min(1, lim[2]))), con)
ns <- c(1, 2, 3, 4, 5, 7, 10, 20, 29, 50, 100, 148, 263, 1000, 10000, 100000)
for (n in ns) {
  xs <- unique(c(0, 1, 2, floor(n/3), n - 1, n)); xs <- xs[xs >= 0 & xs <= n]
  for (x in xs) for (m in names(methods)) {
    for (conf in c(0.5, 0.9, 0.95, 0.99, 0.999))
      emit(m, x, n, conf, "two", methods[[m]](x, n, conf))
    for (conf in c(0.9, 0.95, 0.99)) {
      lim <- methods[[m]](x, n, 2*conf - 1)
      emit(m, x, n, conf, "lower", c(lim[1], 1))
      emit(m, x, n, conf, "upper", c(0, lim[2]))
    }
  }
}
# Large n at x = 0, 1 and small proportions (design.md section 8): every method but
# Blaker (whose grid search is too slow in R at this size) at 95%.
for (n in c(1e6, 1e7)) for (x in c(0, 1, round(n * c(1e-5, 1e-4, 1e-3, 1e-2, 0.1, 1/3)))) {
  for (m in setdiff(names(methods), "blaker")) emit(m, x, n, 0.95, "two", methods[[m]](x, n, 0.95))
}
close(con)
