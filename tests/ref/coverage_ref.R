# coverage_ref.R - reference coverage probabilities for analysis/coverage.c.
#
# Produced with R (Debian r-base-core 4.2.2) by:   Rscript tests/ref/coverage_ref.R
# and committed as tests/ref/coverage_ref.csv; the tests read the CSV.
# Written independently of the C code: intervals from R's own binom.test
# (Clopper-Pearson) and prop.test(correct = FALSE) (Wilson), textbook
# Wald, Agresti-Coull and Jeffreys (qbeta), and the coverage sum
#   C(p) = sum(dbinom(x, n, p) * (L(x) <= p & p <= U(x))), x = 0..n.
# Rows: kind "point" gives C(p) at one p; kind "mean"/"min" summarise the
# grid p = 1/1000 ... 999/1000 (the casestat default).

z_of <- function(conf) qnorm((1 - conf) / 2, lower.tail = FALSE)
wald <- function(x, n, conf) { p <- x/n; h <- z_of(conf)*sqrt(p*(1-p)/n); cbind(pmax(0, p-h), pmin(1, p+h)) }
ac <- function(x, n, conf) {
  z <- z_of(conf); nt <- n + z^2; pt <- (x + z^2/2)/nt; h <- z*sqrt(pt*(1-pt)/nt)
  cbind(pmax(0, pt-h), pmin(1, pt+h))
}
jeffreys <- function(x, n, conf) {
  a <- (1-conf)/2
  cbind(ifelse(x == 0, 0, qbeta(a, x+0.5, n-x+0.5)), ifelse(x == n, 1, qbeta(1-a, x+0.5, n-x+0.5)))
}
cp <- function(x, n, conf) t(sapply(x, function(k) binom.test(k, n, conf.level = conf)$conf.int))
wilson <- function(x, n, conf)
  t(sapply(x, function(k) suppressWarnings(prop.test(k, n, conf.level = conf, correct = FALSE)$conf.int)))
methods <- list(wald = wald, wilson = wilson, "agresti-coull" = ac, jeffreys = jeffreys,
                "clopper-pearson" = cp)

coverage <- function(lim, n, p) { x <- 0:n; sum(dbinom(x, n, p)[lim[, 1] <= p & p <= lim[, 2]]) }

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args)) args[1] else "tests/ref/coverage_ref.csv"
con <- file(out, "w")
writeLines("method,n,conf,kind,p,value", con)
grid <- (1:999) / 1000
points <- c(0.001, 0.005, 0.01, 0.05, 0.1, 0.137, 0.2, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999)
for (n in c(1, 2, 5, 7, 10, 20, 50, 100)) for (conf in c(0.5, 0.9, 0.95, 0.99)) for (m in names(methods)) {
  lim <- methods[[m]](0:n, n, conf)
  for (p in points)
    writeLines(sprintf("%s,%d,%s,point,%s,%.17g", m, n, conf, p, coverage(lim, n, p)), con)
  cv <- sapply(grid, function(p) coverage(lim, n, p))
  writeLines(sprintf("%s,%d,%s,mean,,%.17g", m, n, conf, mean(cv)), con)
  writeLines(sprintf("%s,%d,%s,min,,%.17g", m, n, conf, min(cv)), con)
}
# The Wald examples of Brown, Cai & DasGupta (2001), section 2.1, at 95%.
for (a in list(c(591, 0.005), c(592, 0.005), c(17, 0.5), c(40, 0.5)))
  writeLines(sprintf("wald,%d,0.95,point,%s,%.17g", a[1], a[2], coverage(wald(0:a[1], a[1], 0.95), a[1], a[2])), con)
close(con)
