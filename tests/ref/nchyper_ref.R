# nchyper_ref.R - reference values for analysis/nchyper.c: tails, mean and
# Fisher's p-value of Fisher's noncentral hypergeometric distribution.
#
# Produced with R (Debian r-base-core 4.2.2) by:   Rscript tests/ref/nchyper_ref.R
# and committed as tests/ref/nchyper_ref.csv; the tests read the CSV, never R.
# The weights are R's dhyper (Loader's algorithm) times psi^i, normalised
# over the whole support, as inside R's fisher.test; the p-value is
# fisher.test's own.  Columns: m (successes), f (failures), k (group 1),
# log_psi, x, below = P(X < x), at = P(X = x), above = P(X > x),
# mean_minus = E[X] - x, fisher_p (at psi = 1, else NA).

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args)) args[1] else "tests/ref/nchyper_ref.csv"
con <- file(out, "w")
writeLines("m,f,k,log_psi,x,below,at,above,mean_minus,fisher_p", con)
row <- function(m, f, k, lpsi, x) {
  lo <- max(0, k - f); hi <- min(k, m); s <- lo:hi
  d <- dhyper(s, m, f, k, log = TRUE) + lpsi * s
  w <- exp(d - max(d)); w <- w / sum(w)
  fp <- if (lpsi == 0) fisher.test(matrix(c(x, m - x, k - x, f - k + x), 2))$p.value else NA
  v <- c(sum(w[s < x]), sum(w[s == x]), sum(w[s > x]), sum((s - x) * w), fp)
  writeLines(paste(c(sprintf("%.0f", c(m, f, k)), sprintf("%.17g", lpsi), sprintf("%.0f", x),
                     ifelse(is.na(v), "NA", sprintf("%.17g", v))), collapse = ","), con)
}
for (lpsi in log(c(1e-3, 0.5, 1, 3, 1e4))) for (x in c(0, 2, 5, 8, 10)) row(10, 15, 12, lpsi, x)
for (lpsi in c(0, log(0.98), log(1.02))) for (x in c(49000, 49800, 50000, 50150, 51000)) row(1e5, 1e5, 1e5, lpsi, x)
for (lpsi in c(0, log(2), log(1e-4))) for (x in 0:5) row(5, 100000, 50000, lpsi, x)
for (lpsi in c(0, log(7))) for (x in c(0, 1, 3, 7)) row(7, 7, 7, lpsi, x)
close(con)
