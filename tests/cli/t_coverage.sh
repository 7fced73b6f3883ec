# t_coverage.sh - casestat coverage.  Numbers agree with R 4.2.2
# (tests/ref/coverage_ref.R: coverage sum with binom.test/prop.test
# intervals); test_coverage.c checks them to 1e-9 on a wider grid.

t "coverage summary at n = 20"
run coverage --n 20 --method wald,wilson,clopper-pearson --summary
expect_rc 0
expect_err_empty
expect_out_has "method,n,conf,mean,min,p_min,below"
if [ "$(cut -d, -f1 "$T/out" | tr '\n' ' ')" = "method wald wilson clopper-pearson " ]; then ok; else bad "methods: $(cut -d, -f1 "$T/out" | tr '\n' ' ')"; fi
# R: mean over p = 1:999/1000 of the Wald coverage at n = 20 (coverage_ref.csv)
expect_num mean 1 "$(awk -F, '$1=="wald" && $2==20 && $3==0.95 && $4=="mean" {print $6}' tests/ref/coverage_ref.csv)" 1e-12
expect_num min 3 "$(awk -F, '$1=="clopper-pearson" && $2==20 && $3==0.95 && $4=="min" {print $6}' tests/ref/coverage_ref.csv)" 1e-12
expect_num below 3 0 0

t "long form: one row per method and p"
run coverage --n 5 --method wald --grid 10
expect_rc 0
expect_out_has "method,n,conf,p,coverage"
if [ "$(wc -l < "$T/out")" -eq 10 ]; then ok; else bad "expected 9 rows and a header"; fi
# R: x <- 0:5; ph <- x/5; h <- qnorm(.975)*sqrt(ph*(1-ph)/5); sum(dbinom(x,5,.5)[ph-h<=.5 & .5<=ph+h]) = 0.9375
expect_num coverage 5 0.9375 1e-15

t "BCD (2001) Wald example: p = 0.005, n = 591 and 592"
run coverage --n 592 --method wald --grid 200
expect_num coverage 1 "$(awk -F, '$2==592 && $5==0.005 {print $6}' tests/ref/coverage_ref.csv)" 1e-12

t "explanations name the method and warn about Wald"
run coverage --n 20 --method wald --summary --format table --explain
expect_rc 0
expect_out_has "Wald intervals from samples of 20 claim 95% confidence."
expect_out_has "do not trust"

t "usage errors"
run coverage
expect_rc 2
expect_err_has "missing --n N"
run coverage --n 0
expect_rc 2
expect_err_has "invalid --n '0'"
run coverage --n 10 --method nonsense
expect_rc 2
expect_err_has "unknown method 'nonsense'"
run coverage --n 10 --grid 1
expect_rc 2
expect_err_has "invalid --grid '1'"
run coverage --n 10 extra
expect_rc 2
run coverage --help
expect_rc 0
expect_out_has "Usage: casestat coverage --n N"

if command -v gnuplot >/dev/null 2>&1; then
	t "coverage --plot draws one panel per method"
	run coverage --n 20 --method wald,wilson --summary --plot "$T/cov.png"
	expect_rc 0
	expect_err_empty
	if [ -s "$T/cov.png" ] && grep -q "Wald: average" "$T/cov.gp"; then ok; else bad "cov.png/cov.gp"; fi
fi
