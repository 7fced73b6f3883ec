# t_compare.sh - casestat compare: every form, format and bad input.
# Every number below was checked against R 4.2.2 (the functions of
# tests/ref/compare_ref.R, fisher.test and chisq.test) to within 1e-14
# relative before it was pasted in; test_compare.c checks all methods on a
# grid of 40,500 rows to 1e-9.

t "calculator, csv by default on a pipe: default methods and three tests"
run compare 6/7 800/7000
expect_rc 0
expect_out <<'OUT'
measure,estimate,lower,upper,method,conf
difference,0.74285714285714277,0.37250711361256406,0.86025827533908639,newcombe,0.94999999999999996
ratio,7.5,4.2480372788713243,8.7418916923122634,koopman,0.94999999999999996
odds_ratio,46.451352486512292,5.6247145692681171,2139.200204076008,exact,0.94999999999999996
test,1.4387243905024824e-05,,,fisher,
test,7.4123496310373459e-10,37.90897409887063,,chisq,
test,2.6303690486005405e-08,30.962687690200855,,chisq_yates,
OUT
expect_err_empty

t "table format with explanations"
run compare 6/7 800/7000 --format table --explain --measure difference,ratio
expect_rc 0
expect_out <<'OUT'
measure     estimate   lower   upper  method    conf
difference    0.7429  0.3725  0.8603  newcombe  0.95
ratio            7.5   4.248   8.742  koopman   0.95

Group 1: 6 of 7 (86%); group 2: 800 of 7,000 (11.4%). The share is 74
percentage points higher in group 1. With 95% confidence the difference (the
first minus the second) lies between 37 and 86 points (Newcombe hybrid score).
Caution: with only 7 cases in group 1 the range is wide.

The share in group 1 (86%) is 7.5 times the share in group 2 (11.4%). With 95%
confidence the ratio lies between 4.2 and 8.7 (Koopman score). Caution: with
only 7 cases in group 1 the range is wide.
OUT

t "json: undefined cells are null, explanations in a field"
run compare 6/7 800/7000 --format json --measure test --method fisher --explain
expect_rc 0
expect_out <<'OUT'
[
  {"measure": "test", "estimate": 1.4387243905024824e-05, "lower": null, "upper": null, "method": "fisher", "conf": null, "explanation": "Fisher's exact test: if the underlying share were the same in both groups, a split at least as uneven as this one would turn up by chance with probability below 0.0001 (two-sided). A small p-value says chance alone is an unlikely explanation; it does not say how large the gap is."}
]
OUT

t "markdown"
run compare 6/7 800/7000 --format md --measure odds_ratio
expect_rc 0
expect_out <<'OUT'
| measure | estimate | lower | upper | method | conf |
|:---|---:|---:|---:|:---|---:|
| odds_ratio | 46.45 | 5.625 | 2139 | exact | 0.95 |
OUT

t "--method all: every method, in table order"
run compare 6/7 800/7000 --method all
expect_rc 0
if [ "$(cut -d, -f1,5 "$T/out" | tr '\n' ' ')" = "measure,method difference,wald difference,newcombe difference,newcombe-cc difference,agresti-caffo difference,miettinen-nurminen ratio,katz ratio,adjusted-log ratio,koopman odds_ratio,woolf odds_ratio,exact odds_ratio,mid-p test,fisher test,chisq test,chisq_yates " ]; then ok; else bad "rows: $(cut -d, -f1,5 "$T/out" | tr '\n' ' ')"; fi
# R: 6/7 vs 800/7000 at 95%
expect_num lower 1 0.48352515418315073 1e-14
expect_num upper 1 1 0
expect_num lower 5 0.37248400906245077 1e-14
expect_num upper 5 0.86043504377017277 1e-14
expect_num lower 7 5.681508789637653 1e-13
expect_num upper 9 386.73334763027617 1e-11
expect_num estimate 9 46.5 0
expect_num lower 11 6.8483624179451414 1e-13
expect_num upper 11 1077.0867512434975 1e-10

t "--method NAME replaces the default of its measure only"
run compare 6/7 800/7000 --method wald
expect_rc 0
if [ "$(cut -d, -f5 "$T/out" | tr '\n' ' ')" = "method wald koopman exact fisher chisq chisq_yates " ]; then ok; else bad "methods: $(cut -d, -f5 "$T/out" | tr '\n' ' ')"; fi
run compare 6/7 800/7000 --method wald,woolf --method mid-p --measure difference,odds_ratio
if [ "$(cut -d, -f5 "$T/out" | tr '\n' ' ')" = "method wald woolf mid-p " ]; then ok; else bad "methods: $(cut -d, -f5 "$T/out" | tr '\n' ' ')"; fi
run compare 6/7 800/7000 --measure test --method chisq
if [ "$(cut -d, -f5 "$T/out" | tr '\n' ' ')" = "method chisq " ]; then ok; else bad "methods: $(cut -d, -f5 "$T/out" | tr '\n' ' ')"; fi

t "aliases are accepted and the canonical name printed"
run compare 6/7 800/7000 --method mn,midp,adj.log --measure difference,ratio,odds_ratio
expect_rc 0
expect_out_has ",miettinen-nurminen,"
expect_out_has ",adjusted-log,"
expect_out_has ",mid-p,"

# R: the reference functions at conf = 0.99
t "--conf 0.99"
run compare 6/7 800/7000 --conf 0.99 --measure difference,ratio,odds_ratio
expect_rc 0
expect_num lower 1 0.26931188033893588 1e-14
expect_num upper 1 0.86906668760444883 1e-14
expect_num lower 2 3.3456044258212421 1e-13
expect_num upper 2 8.9506050687058334 1e-13
expect_num lower 3 3.5530965840034936 1e-12
expect_num upper 3 10820.690045382546 1e-8
expect_num conf 1 0.99 1e-15

t "zero in both groups: undefined cells are empty, and --explain says why"
run compare 0/10 0/20 --method katz,adjusted-log,koopman,woolf
expect_rc 0
expect_out <<'OUT'
measure,estimate,lower,upper,method,conf
difference,0,-0.16112515805281932,0.27753279986288915,newcombe,0.94999999999999996
ratio,,,,katz,0.94999999999999996
ratio,,0.041599645226082047,91.63038200215334,adjusted-log,0.94999999999999996
ratio,,0,,koopman,0.94999999999999996
odds_ratio,,,,woolf,0.94999999999999996
test,1,,,fisher,
test,,,,chisq,
test,,,,chisq_yates,
OUT
run compare 0/10 0/20 --method katz,koopman,woolf --explain --format md
expect_out_has "so there is no ratio to estimate. The Katz log interval does not exist when either group has a count of 0"
expect_out_has "The Koopman score interval runs from 0 to infinity: these counts say nothing about the ratio."
expect_out_has "there are no odds to compare: the odds ratio is undefined."
expect_out_has "only one split is possible and p = 1."
expect_out_has "The chi-squared test needs both outcomes to occur"
if grep -qiw 'nan\|inf' "$T/out"; then bad "NaN or Inf printed"; else ok; fi

# R: 5/56 vs 0/29 (Newcombe 1998b example (d))
t "a zero in group 2: infinite ratio and upper limits are empty and explained"
run compare 5/56 0/29 --method all
expect_rc 0
expect_num lower 2 -0.038137147903536853 1e-14
expect_num upper 2 0.19256001385511157 1e-14
expect_out_has "ratio,,,,katz,"
expect_out_has "ratio,,0.72568888359361"
expect_out_has "odds_ratio,6.3009708737864"
expect_out_has "odds_ratio,,0.48327150104200"
expect_num estimate 12 0.16062144320947117 1e-15
run compare 5/56 0/29 --measure ratio,odds_ratio --explain --format md
expect_out_has "group 2: 0 of 29, so the ratio of the shares is infinite. With 95% confidence the ratio is at least 0.73 (Koopman score); with none in group 2, the data set no upper limit."
expect_out_has "the conditional maximum likelihood estimate of the odds ratio is infinite."
run compare 5/56 0/29 --method woolf --measure odds_ratio --explain --format md
expect_out_has "Because a count is 0, 1/2 was added to each of the four counts (Haldane)."

t "Wald at small counts warns; chi-squared with small expected counts warns"
run compare 6/7 3/12 --method wald --measure difference,test --explain --format md
expect_out_has "The Wald method is unreliable at counts like these"
expect_out_has "an expected count is below 5, so this approximation is poor here"

t "edge counts: n = 1, x = n, margins of 100,000"
run compare 1/1 0/1 --measure difference
expect_rc 0
expect_out_has "difference,1,"
run compare 99999/100000 1/1 --measure odds_ratio
expect_rc 0
# exact: the upper limit solves 1 / (1 + psi / 10^5) = 0.025, psi = 3.9e6
expect_num upper 1 3900000 1e-6
run compare 33333/100000 33000/100000 --measure test --method fisher
expect_rc 0
expect_out_has "test,"

t "margins beyond the conditional methods: a clear error, and the others still work"
run compare 500000000000/1000000000000 499000000000/1000000000000
expect_rc 1
expect_err_has "cannot compute exact (odds_ratio) for 500000000000/1000000000000 against 499000000000/1000000000000"
expect_err_has "choose other methods, e.g. --method woolf,chisq"
run compare 500000000000/1000000000000 499000000000/1000000000000 --method woolf,chisq
expect_rc 0
expect_out_has ",woolf,"

t "data form: --success, --by with two values in strcmp order, missing counted"
run compare "$DATA/compare_donors.csv" --success complained --by channel
expect_rc 0
cp "$T/out" "$T/data_out"
run compare 6/7 3/12
if cmp -s "$T/out" "$T/data_out"; then ok; else bad "data form differs from 6/7 3/12"; fi
# R: 6/7 vs 3/12
expect_num lower 1 0.14152854963953387 1e-14
expect_num upper 3 916.72003508968692 1e-10
expect_num estimate 4 0.019766611097880443 1e-15
run compare "$DATA/compare_donors.csv" --success complained --by channel --measure ratio --explain --format md
expect_out_has "Rows with channel = 'Kaspi' are marked 'complained' 3.4 times as often as rows with channel = 'card' (86% against 25%)."
expect_out_has "1 row with an empty value was left out."

t "data form: --groups picks and orders the groups"
run compare "$DATA/compare_donors.csv" --success complained --by channel --groups card,Kaspi --measure difference
expect_rc 0
expect_num estimate 1 -0.6071428571428571 1e-15
expect_num lower 1 -0.80631704478878252 1e-14
expect_num upper 1 -0.14152854963953387 1e-14

t "data form: a --groups value holding a comma"
run compare "$DATA/compare_donors.csv" --success complained --by region --groups "Shymkent, south,Almaty" --measure difference
expect_rc 0
# R: 1/3 vs 4/10
expect_num estimate 1 -0.066666666666666707 1e-15
expect_num lower 1 -0.4622094622805884 1e-14
expect_num upper 1 0.44755881505196232 1e-14

t "data form: --success COL=VALUE, --where, standard input"
run compare "$DATA/compare_donors.csv" --success region=Almaty --by channel --measure difference
expect_rc 0
# Almaty: Kaspi 4 of 8, card 6 of 12
expect_num estimate 1 0 0
run compare "$DATA/compare_donors.csv" --success complained --by channel --where region=Astana --measure test --method fisher
expect_rc 0
# Astana: Kaspi 2 of 2 (one empty), card 2 of 4; fisher.test(matrix(c(2,2,0,2),2))$p.value = 0.4666667 (7/15)
expect_num estimate 1 0.46666666666666667 1e-14
run_in "$DATA/compare_donors.csv" compare - --success complained --by channel
expect_rc 0
if cmp -s "$T/out" "$T/data_out"; then ok; else bad "stdin differs from the file"; fi

t "data form: more than two groups need --groups"
run compare "$DATA/compare_donors.csv" --success complained --by region
expect_rc 2
expect_err <<'ERR'
casestat: column 'region' has 3 values ('Almaty', 'Astana', 'Shymkent, south'); choose two with --groups A,B
Try 'casestat compare --help' for more information.
ERR

t "data form: bad data exits 1 naming the file"
run_at "$DATA" compare compare_donors.csv --success complained --by region --groups Almaty,Nowhere
expect_rc 1
expect_err <<'ERR'
casestat: compare_donors.csv: no row has region = 'Nowhere'; its values are: 'Almaty', 'Astana', 'Shymkent, south'
ERR
run_at "$DATA" compare compare_donors.csv --success complained --by channel --where region=Almaty --where channel=card
expect_rc 1
expect_err <<'ERR'
casestat: compare_donors.csv: every selected row has channel = 'card': there is only one group, so nothing to compare
ERR
run_at "$DATA" compare compare_bad.csv --success complained --by channel
expect_rc 1
expect_err_has "casestat: compare_bad.csv:4:3: column 'complained' has 'maybe'"
run_at "$DATA" compare compare_empty_group.csv --success complained --by channel
expect_rc 1
expect_err <<'ERR'
casestat: compare_empty_group.csv: group channel = 'card' has no usable values in column 'complained' (2 empty)
ERR
run_at "$DATA" compare compare_donors.csv --success complained --by channel --where region=Nowhere
expect_rc 1
expect_err_has "no row matches the --where conditions"
run_at "$DATA" compare compare_donors.csv --success complained --by nosuch
expect_rc 1
expect_err_has "nosuch"
run_at "$DATA" compare header_only.csv --success complained --by region
expect_rc 1
run compare "$T/no-such-file.csv" --success complained --by channel
expect_rc 3

t "usage errors exit 2 with a message and a hint"
for bad_arg in 0/0 7/6 -1/5 a/b 6/-7 /7; do
	run compare "$bad_arg" 1/2
	expect_rc 2
	expect_err_has "casestat: invalid proportion '$bad_arg'"
	expect_err_has "Try 'casestat compare --help' for more information."
	expect_out_empty
done
run compare 6/7
expect_rc 2
expect_err_has "give two proportions, group 1 first"
run compare 6/7 1/2 3/4
expect_rc 2
run compare
expect_rc 2
run compare "$DATA/compare_donors.csv"
expect_rc 2
expect_err_has "add --success COL and --by COL"
run compare "$DATA/compare_donors.csv" --success complained
expect_rc 2
expect_err_has "--by COL is required with a FILE"
run compare 6/7 1/2 --by channel
expect_rc 2
expect_err_has "--by, --groups and --where need a FILE and --success COL"
run compare "$DATA/compare_donors.csv" --success complained --by channel --groups Kaspi
expect_rc 2
expect_err_has "invalid --groups 'Kaspi': name two values separated by a comma"
run compare 6/7 1/2 --method foo
expect_rc 2
expect_err_has "unknown method 'foo'; the methods are: wald, newcombe,"
run compare 6/7 1/2 --measure risk
expect_rc 2
expect_err_has "unknown measure 'risk'"
run compare 6/7 1/2 --method woolf --measure difference
expect_rc 2
expect_err_has "--method woolf belongs to the measure odds_ratio, which --measure leaves out"
run compare 6/7 1/2 --conf 1
expect_rc 2
run compare 6/7 1/2 --sides lower
expect_rc 2
expect_err_has "unrecognized option '--sides'"

t "-o writes the file and prints nothing"
run compare 6/7 800/7000 -o "$T/cmp.csv"
expect_rc 0
expect_out_empty
if head -1 "$T/cmp.csv" | grep -q '^measure,estimate,lower,upper,method,conf$'; then ok; else bad "no header in -o file"; fi

t "help compare and compare --help are the same, and list every method"
run help compare
expect_rc 0
cp "$T/out" "$T/help1"
run compare --help
if cmp -s "$T/help1" "$T/out"; then ok; else bad "help compare differs from compare --help"; fi
expect_out_has "Usage: casestat compare X1/N1 X2/N2"
expect_out_has "strcmp order"
expect_out_has "* koopman"
expect_out_has "miettinen-nurminen [mn]"
expect_out_has "Output columns: measure,estimate,lower,upper,method,conf"

t "numbers use '.' whatever the locale"
for loc in ru_RU.UTF-8 kk_KZ.UTF-8; do
	LC_ALL=$loc "$CS" compare 6/7 800/7000 >"$T/out" 2>/dev/null
	expect_out_has "difference,0.74285714285714277,0.37250711361256406"
done
