# rate_ref.R - reference values for analysis/gamma.c and analysis/rate.c.
#
# Produced with R (Debian r-base-core 4.2.2) by:   Rscript tests/ref/rate_ref.R
# and committed as tests/ref/rate_ref.csv; the tests read the CSV, never R.
# Rows (kind, then the columns that kind uses; unused ones are 0):
#   ptail     a,x: pgamma(x, a) and pgamma(x, a, lower.tail = FALSE)
#   garwood   x,exposure,conf: qchisq(alpha/2, 2x)/2 / exposure (0 at x = 0) and
#             qchisq(1 - alpha/2, 2x + 2)/2 / exposure (Garwood 1936)
#   poisson   x,exposure,conf: poisson.test(x, exposure, conf.level = conf)
#             estimate and conf.int
#   ratio     x1,e1,x2,e2,conf: poisson.test(c(x1, x2), c(e1, e2), conf.level = conf)
#             estimate and conf.int (Inf where there is no upper limit)
con <- file("tests/ref/rate_ref.csv", "w")
writeLines("kind,x1,e1,x2,e2,conf,estimate,lower,upper", con)
w <- function(kind, x1, e1, x2, e2, conf, est, lo, hi)
  writeLines(sprintf("%s,%.17g,%.17g,%.17g,%.17g,%s,%.17g,%.17g,%.17g",
                     kind, x1, e1, x2, e2, conf, est, lo, hi), con)
# the gamma tails, from 6 sd below to 6 sd above the mean
for (a in c(0.5, 1, 2, 7, 30, 1000, 1e5, 1e6 + 1, 1e7, 1e8, 1e10))
  for (z in c(-6, -3, -1, -0.1, 0.1, 1, 3, 6)) {
    x <- a + z * sqrt(a) + (if (z > 0) 1 else 0)
    if (x <= 0) next
    w("ptail", a, x, 0, 0, 0, 0, pgamma(x, a), pgamma(x, a, lower.tail = FALSE))
  }
xs <- c(0, 1, 2, 3, 5, 6, 10, 12, 30, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e9)
for (x in xs) for (conf in c(0.5, 0.9, 0.95, 0.99, 0.999)) {
  a <- 1 - conf
  w("garwood", x, 1, 0, 0, conf, x, if (x == 0) 0 else qchisq(a/2, 2*x)/2, qchisq(1 - a/2, 2*x + 2)/2)
}
for (x in c(0, 1, 6, 12, 250, 1e6)) for (e in c(1, 1000, 2.5, 12345.75)) for (conf in c(0.9, 0.95, 0.999)) {
  p <- poisson.test(x, e, conf.level = conf)
  w("poisson", x, e, 0, 0, conf, p$estimate, p$conf.int[1], p$conf.int[2])
}
ratios <- list(c(6, 1000, 12, 4000), c(0, 100, 5, 100), c(5, 100, 0, 100), c(0, 1, 1, 1),
               c(1, 1, 0, 1), c(1, 1, 1, 1), c(3, 2.5, 7, 1.5), c(7, 1, 1, 1), c(120, 5000.5, 80, 7000),
               c(1e6, 1, 2e6, 3), c(1e6, 12345.5, 999000, 12000.25), c(1e6, 1, 1, 1), c(1, 1, 1e6, 1))
for (r in ratios) for (conf in c(0.5, 0.9, 0.95, 0.99, 0.999)) {
  p <- poisson.test(r[c(1, 3)], r[c(2, 4)], conf.level = conf)
  w("ratio", r[1], r[2], r[3], r[4], conf, p$estimate, p$conf.int[1], p$conf.int[2])
}
close(con)
