# dist_ref.R - reference values for analysis/dist.c, from R's pbeta/qbeta
# (TOMS 708) and dbinom (Loader).  Run:  Rscript tests/ref/dist_ref.R
# Writes tests/ref/dist_ref.csv: kind,a,b,x,value where
#   kind = lower  value = pbeta(x, a, b)
#   kind = upper  value = pbeta(x, a, b, lower.tail = FALSE)
#   kind = qlower value = qbeta(x, a, b)            (x is the probability)
#   kind = qupper value = qbeta(x, a, b, lower.tail = FALSE)
#   kind = pmf    value = dbinom(x, n = a, prob = b)
# The shapes run up to 10^7 near the mean, where GSL 2.7.1's incomplete beta
# stops at its 512-step limit.
con <- file("tests/ref/dist_ref.csv", "w")
writeLines("kind,a,b,x,value", con)
w <- function(kind, a, b, x, v) writeLines(sprintf("%s,%.17g,%.17g,%.17g,%.17g", kind, a, b, x, v), con)
shapes <- list(c(0.5, 0.5), c(1, 1), c(2, 5), c(6.5, 1.5), c(100, 1e7), c(1000, 99001),
               c(1e6, 9e6 + 1), c(3.3e6, 6.7e6), c(5e6, 5e6 + 1), c(1e7, 100.5), c(0.5, 1e7))
for (s in shapes) {
  a <- s[1]; b <- s[2]; m <- a / (a + b); sd <- sqrt(a * b / ((a + b)^2 * (a + b + 1)))
  for (k in c(-6, -3, -1, 0, 1, 3, 6)) {
    x <- m + k * sd
    if (x <= 0 || x >= 1) next
    w("lower", a, b, x, pbeta(x, a, b)); w("upper", a, b, x, pbeta(x, a, b, lower.tail = FALSE))
  }
  for (p in c(1e-10, 0.0005, 0.025, 0.5, 0.975)) {
    w("qlower", a, b, p, qbeta(p, a, b)); w("qupper", a, b, p, qbeta(p, a, b, lower.tail = FALSE))
  }
}
for (n in c(1, 7, 1000, 1e7)) for (p in c(0.001, 0.3, 0.999)) for (k in unique(round(c(0, 1, n * p, n)))) {
  w("pmf", n, p, k, dbinom(k, n, p))
}
close(con)
