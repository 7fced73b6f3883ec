# multinom_ref.R - reference limits for analysis/multinom.c.
#
# Produced with R (Debian r-base-core 4.2.2) by:   Rscript tests/ref/multinom_ref.R
# and committed as tests/ref/multinom_ref.csv; the tests read the CSV, never R.
# Written independently of the C code:
#   goodman  Goodman (1965), as DescTools MultinomCI(method = "goodman") and
#            statsmodels multinomial_proportions_confint(method = "goodman"):
#            A = qchisq(1 - alpha/k, df = 1) (computed as the upper tail,
#            qchisq(alpha/k, 1, lower.tail = FALSE), which does not round
#            1 - alpha/k first) and the limits
#            (A + 2x -/+ sqrt(A (A + 4 x (n - x)/n))) / (2 (n + A)),
#            typed from the paper's formula, in R's own arithmetic.
#   wilson   each category alone: prop.test(x, n, correct = FALSE)$conf.int.
# Columns: method,conf,counts (';'-separated),i (0-based),lower,upper.
goodman <- function(x, conf) {
  k <- length(x); n <- sum(x); A <- qchisq((1 - conf)/k, df = 1, lower.tail = FALSE)
  d <- sqrt(A * (A + 4 * x * (n - x) / n))
  cbind((A + 2*x - d) / (2 * (n + A)), (A + 2*x + d) / (2 * (n + A)))
}
wilson <- function(x, conf) {
  n <- sum(x)
  t(sapply(x, function(xi) suppressWarnings(prop.test(xi, n, correct = FALSE, conf.level = conf)$conf.int)))
}
sets <- list(
  c(56, 72, 73, 59, 62, 87, 58),                                # Sison & Glaz (1995), example 1
  rep(5, 50),                                                   # example 2
  c(rep(1, 10), rep(12, 10), rep(5, 10), rep(3, 10), rep(4, 10)), # example 3
  c(120, 80, 45, 30, 25), c(6, 1), c(1, 1), c(7), c(0, 5, 0), c(0, 1),
  c(3, 0, 0, 2, 1, 0, 0, 0, 0, 0, 0, 1),
  c(1e6, 1, 0, 5e5), c(1e9, 3, 1e7), c(4000, 2500, 700, 14))
con <- file("tests/ref/multinom_ref.csv", "w")
writeLines("method,conf,counts,i,lower,upper", con)
for (x in sets) for (conf in c(0.5, 0.9, 0.95, 0.99, 0.999)) {
  for (m in c("goodman", "wilson")) {
    lim <- if (m == "goodman") goodman(x, conf) else wilson(x, conf)
    lim <- pmin(pmax(lim, 0), 1)
    for (i in seq_along(x))
      writeLines(sprintf("%s,%s,%s,%d,%.17g,%.17g", m, conf, paste(sprintf("%.0f", x), collapse = ";"),
                         i - 1, lim[i, 1], lim[i, 2]), con)
  }
}
close(con)
