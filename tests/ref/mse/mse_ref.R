# mse_ref.R - reference values for analysis/mse*.c from Rcapture.
#
# Run from the repository root with Rcapture on the library path:
#   Rscript tests/ref/mse/mse_ref.R
# It writes the *.txt files beside it; the tests read those, never R.
# Values are printed with 12 significant digits; Rcapture's own print()
# rounds abundance and stderr to 1 decimal and deviance, AIC, BIC to 3.
# Also needs vegan (Debian's r-cran-vegan) for Chao's bound.
suppressMessages(library(Rcapture))
suppressMessages(library(vegan))
out <- "tests/ref/mse"
ver <- sprintf("# R %s, Rcapture %s", paste(R.version$major, R.version$minor, sep = "."),
               as.character(packageVersion("Rcapture")))
g <- function(x) ifelse(is.na(x), "NA", sprintf("%.12g", x))
# Counts of the 2^t - 1 observed patterns, indexed by bitmask (bit i = list i+1).
cells <- function(X, dfreq) {
  t <- if (dfreq) ncol(X) - 1 else ncol(X)
  f <- if (dfreq) X[, t + 1] else rep(1, nrow(X))
  y <- numeric(2^t - 1)
  for (r in seq_len(nrow(X))) {
    b <- sum(X[r, 1:t] * 2^(0:(t - 1)))
    if (b > 0) y[b] <- y[b] + f[r]
  }
  y
}
# Marginal table of some lists (people seen by none of them drop out).
margin <- function(X, keep) {
  Y <- cbind(X[, keep, drop = FALSE], X[, ncol(X)])
  Y <- Y[rowSums(Y[, seq_along(keep), drop = FALSE]) > 0, , drop = FALSE]
  agg <- aggregate(Y[, ncol(Y)], by = as.data.frame(Y[, seq_along(keep), drop = FALSE]), FUN = sum)
  as.matrix(agg)
}
hare.f <- {  # hare: one row per animal, 6 occasions -> frequencies
  k <- apply(hare, 1, paste, collapse = "")
  tab <- table(k)
  cbind(do.call(rbind, lapply(strsplit(names(tab), ""), as.numeric)), as.vector(tab))
}
sets <- list(
  lesbian = list(X = lesbian, src = "Rcapture data set 'lesbian' (4 lists; Aaron, Chang, Markovic & LaPorte 2003)"),
  HIV = list(X = HIV, src = "Rcapture data set 'HIV' (4 lists; Abeni, Brancato & Perucci 1994)"),
  lesbian3 = list(X = margin(lesbian, 1:3), src = "lists A, B, C of Rcapture's 'lesbian'"),
  HIV3 = list(X = margin(HIV, 1:3), src = "lists 1-3 of Rcapture's 'HIV'"),
  hare5 = list(X = margin(hare.f, 1:5), src = "occasions 1-5 of Rcapture's 'hare'"),
  hare6 = list(X = hare.f, src = "Rcapture data set 'hare' (6 occasions; Cormack 1989, Agresti 1994)"),
  seber = list(X = matrix(c(1,1,167, 1,0,781, 0,1,254), byrow = TRUE, ncol = 3),
               src = "Seber (1982) p.107, as in Rcapture's closedp examples (2 lists)"))

# data.txt: name t counts(1..2^t-1) and the source
con <- file(file.path(out, "data.txt"), "w")
writeLines(c("# Capture counts by pattern bitmask 1..2^t-1 (bit i = list i+1).", ver,
             "# name t counts... | source"), con)
for (nm in names(sets)) {
  X <- sets[[nm]]$X; t <- ncol(X) - 1
  writeLines(sprintf("%s %d %s | %s", nm, t, paste(cells(X, TRUE), collapse = " "), sets[[nm]]$src), con)
}
close(con)

# models.txt: getAllModels() for 3 and 4 lists, counts for 5 and 6
con <- file(file.path(out, "models.txt"), "w")
writeLines(c("# Rcapture getAllModels(t): the model space of closedpMS.t.", ver,
             sprintf("# count 5 %d   (getAllModels(5))", length(getAllModels(5))),
             sprintf("# count 6 %d   (getAllModels(6, maxorder = 2); larger orders refused unless stopiflong = FALSE)",
                     length(getAllModels(6, maxorder = 2)))), con)
for (t in 3:4) for (m in getAllModels(t)) writeLines(sprintf("%d %s", t, m), con)
close(con)

# ms_<name>.txt: closedpMS.t() for every model
for (nm in c("lesbian", "HIV", "lesbian3", "HIV3")) {
  X <- sets[[nm]]$X
  ms <- closedpMS.t(X, dfreq = TRUE)
  r <- ms$results
  con <- file(file.path(out, sprintf("ms_%s.txt", nm)), "w")
  writeLines(c(sprintf("# closedpMS.t(X, dfreq = TRUE), X = %s; n = %d", sets[[nm]]$src, ms$n), ver,
               "# infoFit: 0 OK, 1 non-convergence or large bias, 2 singular design, -1 error",
               "# model abundance stderr deviance df AIC BIC infoFit"), con)
  for (i in seq_len(nrow(r)))
    writeLines(paste(rownames(r)[i], paste(g(r[i, ]), collapse = " ")), con)
  close(con)
}

# ci.txt: closedpCI.t() for single models, profile interval
ci <- list(
  list("lesbian", "[12,13,14]", 0.05), list("lesbian", "[12,13,14]", 0.5), list("lesbian", "[12,13,14]", 0.001),
  list("lesbian", "[1,2,3,4]", 0.05), list("lesbian", "[123,14,24,34]", 0.05),
  list("HIV", "[1,2,3,4]", 0.05), list("HIV", "[12,13,24,34]", 0.05), list("HIV", "[12,3,4]", 0.05),
  list("HIV", "[12,13,23,14,24,34]", 0.05),
  list("lesbian3", "[1,2,3]", 0.05), list("lesbian3", "[12,13]", 0.05), list("lesbian3", "[12,13,23]", 0.05),
  list("HIV3", "[1,2,3]", 0.05), list("HIV3", "[12,3]", 0.05), list("HIV3", "[12,13,23]", 0.10),
  list("hare5", "[1,2,3,4,5]", 0.05), list("hare5", "[12,23,34,45]", 0.05),
  list("hare6", "[1,2,3,4,5,6]", 0.05), list("hare6", "[12,34,56]", 0.05),
  list("seber", "[1,2]", 0.05), list("seber", "[1,2]", 0.5), list("seber", "[1,2]", 0.001))
con <- file(file.path(out, "ci.txt"), "w")
writeLines(c("# closedpCI.t(X, dfreq = TRUE, mX = model, alpha = alpha)$results and $CI;",
             "# the two-list rows use m = \"Mt\" (the same model, named [1,2] here).", ver,
             "# data model alpha abundance stderr deviance df AIC BIC Nmax infCL supCL infoCI"), con)
for (a in ci) {
  X <- sets[[a[[1]]]]$X
  f <- if (a[[2]] == "[1,2]") closedpCI.t(X, dfreq = TRUE, m = "Mt", alpha = a[[3]])
       else closedpCI.t(X, dfreq = TRUE, mX = a[[2]], alpha = a[[3]])
  r <- f$results[1, c("abundance", "stderr", "deviance", "df", "AIC", "BIC")]
  writeLines(paste(a[[1]], a[[2]], a[[3]], paste(g(r), collapse = " "),
                   paste(g(as.numeric(f$CI[1, ])), collapse = " ")), con)
}
close(con)

# two.txt: Lincoln-Petersen and Chapman typed from the formulas (Seber 1982:
# LP variance n1 n2 (n1-m)(n2-m)/m^3; Chapman's, Seber's form,
# (n1+1)(n2+1)(n1-m)(n2-m)/((m+1)^2 (m+2))), with the Wald interval
# N -/+ z se (lower limit at least n) and the log-normal one of Chao (1987):
# n + f0/C, n + f0 C with f0 = N - n, C = exp(z sqrt(log(1 + se^2/f0^2))).
two <- list(c(781, 254, 167), c(60, 45, 5), c(30, 20, 0), c(12, 9, 1), c(400, 300, 2))
con <- file(file.path(out, "two.txt"), "w")
writeLines(c("# Two-list estimators typed from the formulas in R (see mse_ref.R).", ver,
             "# y1 y2 y12 method conf N se wald_lower wald_upper lognormal_lower lognormal_upper"), con)
for (y in two) for (meth in c("lincoln-petersen", "chapman")) for (conf in c(0.5, 0.95, 0.999)) {
  n1 <- y[1] + y[3]; n2 <- y[2] + y[3]; m <- y[3]; n <- sum(y)
  if (meth == "lincoln-petersen") {
    if (m == 0) next
    N <- n1 * n2 / m; se <- sqrt(n1 * n2 * (n1 - m) * (n2 - m) / m^3)
  } else {
    N <- (n1 + 1) * (n2 + 1) / (m + 1) - 1
    se <- sqrt((n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1)^2 * (m + 2)))
  }
  z <- qnorm(1 - (1 - conf) / 2)
  f0 <- N - n; C <- exp(z * sqrt(log(1 + se^2 / f0^2)))
  writeLines(paste(paste(y, collapse = " "), meth, conf,
                   paste(g(c(N, se, max(n, N - z * se), N + z * se, n + f0 / C, n + f0 * C)), collapse = " ")), con)
}
close(con)

# chao.txt: Chao's bound and its se from vegan's specpool() (lists as its
# "sites", people as its "species"; smallsample = TRUE gives the (t-1)/t
# factor and the bias-corrected form when f2 = 0), and the log-normal
# interval typed from Chao (1987) as above.
chaosets <- c(list(small3 = list(X = cbind(matrix(c(1,0,0, 0,1,0, 0,0,1, 1,1,1), byrow = TRUE, ncol = 3),
                                           c(10, 8, 5, 2)),
                                 src = "made up: 3 lists, nobody on exactly two (f2 = 0)")),
              sets[c("lesbian", "HIV", "lesbian3", "HIV3", "hare5", "hare6", "seber")])
con <- file(file.path(out, "chao.txt"), "w")
writeLines(c("# Chao's lower bound: vegan::specpool(incidence)$chao, $chao.se; log-normal interval (Chao 1987).",
             sprintf("%s, vegan %s", ver, as.character(packageVersion("vegan"))),
             "# data conf N se lower upper   (data 'small3' t=3 counts: pattern 1:10 2:8 4:5 7:2)"), con)
for (nm in names(chaosets)) {
  X <- chaosets[[nm]]$X; t <- ncol(X) - 1
  inc <- t(X[rep(seq_len(nrow(X)), X[, t + 1]), 1:t, drop = FALSE])   # lists x people
  sp <- specpool(inc)
  n <- sum(X[, t + 1]); N <- sp$chao; se <- sp$chao.se
  for (conf in c(0.5, 0.95, 0.999)) {
    z <- qnorm(1 - (1 - conf) / 2); f0 <- N - n; C <- exp(z * sqrt(log(1 + se^2 / f0^2)))
    writeLines(paste(nm, conf, paste(g(c(N, se, n + f0 / C, n + f0 * C)), collapse = " ")), con)
  }
}
close(con)
