# amounts_ref.R - reference quantiles (all nine types) and t intervals for
# the amounts tests.
#
# Produced with R (Debian r-base-core 4.2.2) by:   Rscript tests/ref/amounts_ref.R
# and committed as tests/ref/amounts_ref_quantile.csv and
# tests/ref/amounts_ref_mean.csv; the tests read the CSVs, never R.
# Values are written as the decimal text casestat reads (at most 4
# decimals), so the tests parse them with the money parser; R reads the
# same text with as.numeric().  Quantiles come from stats::quantile(x, p,
# type = t); means, standard deviations and intervals from mean(), sd() and
# t.test(x, conf.level = conf)$conf.int.

vectors <- list(
  one       = "23000",
  two       = c("16000.5", "23000"),
  two_equal = c("7", "7"),
  ties      = c("1", "2", "2", "2", "3", "5", "8", "8", "13"),
  money     = c("16000.5", "23000", "23000", "100", "0.25", "99999.99", "23000",
                "5000", "5000", "12.5"),
  ten       = as.character(1:10),
  negative  = c("-12.5", "-3", "0", "0", "7.25", "-3"),
  all_equal = rep("500", 6),
  tiny      = c("0.0001", "0.0002", "0.0002", "0.0003"),
  huge      = c("900000000000000", "12345678901234.5678", "-900000000000000", "1")
)
# 101 amounts with many ties: whole tenge, a few cents, generated once.
set.seed(20260101)
v <- round(exp(rnorm(101, 9, 1.2)) / 50) * 50
v[c(5, 17, 60)] <- v[c(5, 17, 60)] + c(0.5, 0.25, 0.75)
vectors$donations <- format(v, scientific = FALSE, trim = TRUE, drop0trailing = TRUE)
# 1000 amounts for the t interval at a large n.
set.seed(7)
vectors$large <- format(round(rlnorm(1000, 8, 1), 2), scientific = FALSE, trim = TRUE, nsmall = 2)

probs <- c(0, 0.001, 0.01, 0.025, 0.1, 0.2, 0.25, 0.3, 1/3, 0.4, 0.5, 0.6, 2/3, 0.7, 0.75,
           0.8, 0.9, 0.975, 0.99, 1)

args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args)) args[1] else "tests/ref"

con <- file(file.path(dir, "amounts_ref_quantile.csv"), "w")
writeLines("vector,type,p,q", con)
for (name in names(vectors)) {
  if (name == "large") next
  x <- as.numeric(vectors[[name]])
  for (type in 1:9) for (p in probs)
    writeLines(sprintf("%s,%d,%.17g,%.17g", name, type, p,
                       unname(quantile(x, p, type = type))), con)
}
close(con)

con <- file(file.path(dir, "amounts_ref_mean.csv"), "w")
writeLines("vector,conf,n,mean,sd,lower,upper", con)
for (name in names(vectors)) {
  x <- as.numeric(vectors[[name]])
  if (length(x) < 2 || sd(x) == 0) next   # t.test refuses constant data
  for (conf in c(0.5, 0.9, 0.95, 0.99, 0.999)) {
    ci <- t.test(x, conf.level = conf)$conf.int
    writeLines(sprintf("%s,%s,%d,%.17g,%.17g,%.17g,%.17g", name, conf, length(x),
                       mean(x), sd(x), ci[1], ci[2]), con)
  }
}
close(con)

con <- file(file.path(dir, "amounts_ref_vectors.csv"), "w")
writeLines("vector,values", con)
for (name in names(vectors))
  writeLines(sprintf("%s,%s", name, paste(vectors[[name]], collapse = ";")), con)
close(con)
