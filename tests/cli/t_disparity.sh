# t_disparity.sh - casestat disparity: the calculator on the numbers of
# the sample case, chains, division by zero, the data form, bootstrap determinism
# and bad input.  Quotients agree with R 4.2.2 (sprintf("%.17g", a / b));
# the data-form totals and per-row quartiles with R's sum() and
# quantile(a[b > 0] / b[b > 0], c(.25, .5, .75)) on disparity_cases.csv.

D=$DATA/disparity_cases.csv

t "calculator: alleged 2,000,000 vs documented 23,000"
run disparity 2000000 23000
expect_rc 0
expect_out <<'OUT'
group,measure,estimate,lower,upper,method,conf
A vs B,ratio,86.956521739130437,,,arithmetic,
A vs B,share,0.0115,,,arithmetic,
A vs B,gap,1977000,,,arithmetic,
OUT
expect_err_empty

t "calculator chain A -> B -> C: steps, then first vs last"
run disparity 2000000 23000 16000
expect_rc 0
expect_out <<'OUT'
group,measure,estimate,lower,upper,method,conf
A vs B,ratio,86.956521739130437,,,arithmetic,
A vs B,share,0.0115,,,arithmetic,
A vs B,gap,1977000,,,arithmetic,
B vs C,ratio,1.4375,,,arithmetic,
B vs C,share,0.69565217391304346,,,arithmetic,
B vs C,gap,7000,,,arithmetic,
A vs C,ratio,125,,,arithmetic,
A vs C,share,0.0080000000000000002,,,arithmetic,
A vs C,gap,1984000,,,arithmetic,
OUT

t "named amounts, currency and explanations"
run disparity "public claim=2000000" prosecution=23000 complaints=16000 --currency tenge --explain --format md
expect_rc 0
expect_out_has "| public claim vs prosecution | ratio | 86.96 |"
expect_out_has "- public claim (2,000,000 tenge) is 87 times prosecution (23,000 tenge)."
expect_out_has "- prosecution (23,000 tenge) is 1.15% of public claim (2,000,000 tenge)."
expect_out_has "- complaints (16,000 tenge) is 70% of prosecution (23,000 tenge)."
expect_out_has "- prosecution exceeds complaints by 7,000 tenge."
expect_out_has "- public claim (2,000,000 tenge) is 125 times complaints (16,000 tenge)."

t "--rate adds gap_usd rows"
run disparity 2000000 23000 --rate 460 --currency KZT --explain --format json
expect_rc 0
expect_out_has '"measure": "gap_usd", "estimate": 4297.826086956522,'
expect_out_has "The gap is 4,297.83 USD at 460 KZT per USD."

t "division by zero is undefined, not inf"
run disparity 23000 0 --explain --format md
expect_rc 0
expect_out_has "| A vs B | ratio |  |  |  | arithmetic |  |"
expect_out_has "| A vs B | share | 0 |"
expect_out_has "- The ratio A/B is undefined: B is 0."
run disparity 0 0
expect_out <<'OUT'
group,measure,estimate,lower,upper,method,conf
A vs B,ratio,,,,arithmetic,
A vs B,share,,,,arithmetic,
A vs B,gap,0,,,arithmetic,
OUT
if grep -qi 'inf\|nan' "$T/out"; then bad "inf or nan printed"; else ok; fi

t "calculator amounts: thousands separators, cents, bad forms"
run disparity "2,000,000" 23000.50 --thousands ,
expect_rc 0
expect_num estimate 3 1976999.5 0
run disparity "2 000 000" 23000 --thousands ' '
expect_num estimate 1 86.956521739130437 1e-12
for bad_arg in 2,000,000 1e6 nan -5 abc 1.2.3 ""; do
	run disparity "$bad_arg" 23000
	expect_rc 2
	expect_out_empty
	expect_err_has "Try 'casestat disparity --help' for more information."
done
run disparity 1e6 5
expect_err_has "casestat: invalid amount '1e6': it uses exponent notation"
run disparity -5 5
expect_err_has "cannot be negative"

t "data form, --boot 0: counts, totals, measures and per-row quartiles"
run disparity "$D" --a alleged --b documented --by region --boot 0
expect_rc 0
expect_out <<'OUT'
group,measure,estimate,lower,upper,method,conf
Almaty,n,4,,,count,
Almaty,missing,0,,,count,
Almaty,total_a,44000,,,sum,
Almaty,total_b,22000,,,sum,
Almaty,ratio,2,,,bootstrap-percentile,
Almaty,share,0.5,,,bootstrap-percentile,
Almaty,gap,22000,,,bootstrap-percentile,
Almaty,row_ratio_n,3,,,count,
Almaty,row_ratio_q1,1.21875,,,quantile-type-7,
Almaty,row_ratio_median,1.4375,,,quantile-type-7,
Almaty,row_ratio_q3,2.71875,,,quantile-type-7,
Astana,n,3,,,count,
Astana,missing,2,,,count,
Astana,total_a,116000,,,sum,
Astana,total_b,51000.5,,,sum,
Astana,ratio,2.2744875050244606,,,bootstrap-percentile,
Astana,share,0.43965948275862071,,,bootstrap-percentile,
Astana,gap,64999.5,,,bootstrap-percentile,
Astana,row_ratio_n,3,,,count,
Astana,row_ratio_q1,1.7499843751953101,,,quantile-type-7,
Astana,row_ratio_median,2.4999687503906203,,,quantile-type-7,
Astana,row_ratio_q3,2.9999843751953099,,,quantile-type-7,
OUT

t "data form: bootstrap intervals hold the estimate; same seed, same bytes"
run disparity "$D" --a alleged --b documented
expect_rc 0
expect_num estimate 5 2.1917658098232202 1e-12
expect_num estimate 6 0.45625312499999998 1e-12
expect_num estimate 7 86999.5 0
awk -F, 'NR > 1 && $6 == "bootstrap-percentile" && !($4 <= $3 && $3 <= $5) { exit 1 }' "$T/out" && ok || bad "an interval misses its estimate"
expect_out_has ",bootstrap-percentile,0.94999999999999996"
cp "$T/out" "$T/d1"
run disparity "$D" --a alleged --b documented
if cmp -s "$T/out" "$T/d1"; then ok; else bad "two runs differ"; fi
run disparity "$D" --a alleged --b documented --seed 2
if cmp -s "$T/out" "$T/d1"; then bad "--seed 2 gives the default seed's numbers"; else ok; fi

t "data form: --rate rows, explanations"
run disparity "$D" --a alleged --b documented --rate USD=460 --currency KZT --explain --format md --boot 500
expect_rc 0
expect_out_has "| all | total_a_usd | 347.8 |"
expect_out_has "| all | gap_usd | 189.1 |"
expect_out_has "- 7 cases have both amounts."
expect_out_has "- 2 rows with an empty amount in 'alleged' or 'documented' were left out."
expect_out_has "- 'documented' adds up to 73,000.50 KZT."
expect_out_has "- In total, 'alleged' is 2.19 times 'documented'. With 95% confidence between"
expect_out_has "(percentile bootstrap over the 7 cases, 500 resamples, seed 1). Caution: with only 7 cases the range is rough."
expect_out_has "- 6 cases have an amount above 0 in 'documented', so a ratio of their own; 1 with 0 is left out of the per-case ratios."
expect_out_has "- 'alleged' adds up to 347.83 USD at 460 KZT per USD."

t "data form: a documented total of 0 leaves the ratio undefined"
printf 'a,b\n5,0\n7,0\n' >"$T/zero.csv"
run disparity "$T/zero.csv" --a a --b b --explain --format md
expect_rc 0
expect_out_has "| all | ratio |  |  |  | bootstrap-percentile |  |"
expect_out_has "The ratio is undefined: 'b' adds up to 0."
if grep -qi 'inf\|nan' "$T/out"; then bad "inf or nan printed"; else ok; fi

t "data form: a single case has no interval"
printf 'a,b\n5,2\n' >"$T/one.csv"
run disparity "$T/one.csv" --a a --b b --explain --format md
expect_rc 0
expect_out_has "| all | ratio | 2.5 |  |  | bootstrap-percentile |  |"
expect_out_has "With a single case no range can be given."

t "data form: bad and negative amounts name file, line and field"
printf 'id,a,b\n1,5,3\n2,7,1e3\n' >"$T/bad.csv"
run_at "$T" disparity bad.csv --a a --b b
expect_rc 1
expect_err <<'ERR'
casestat: bad.csv:3:3: column 'b' has '1e3', which uses exponent notation; write the digits out (100000, not 1e5)
ERR
printf 'id,a,b\n1,5,3\n2,-7,1\n' >"$T/neg.csv"
run_at "$T" disparity neg.csv --a a --b b
expect_rc 1
expect_err_has "casestat: neg.csv:3:2: column 'a' has '-7', which is negative"

t "usage errors"
run disparity
expect_rc 2
expect_err_has "nothing to do"
run disparity 5
expect_rc 2
expect_err_has "give two amounts or more"
run disparity "$D" --a alleged
expect_rc 2
expect_err_has "--a and --b go together"
run disparity 5 3 --by region
expect_rc 2
run disparity "$D" "$D" --a alleged --b documented
expect_rc 2
run disparity "$D" --a alleged --b nosuch
expect_rc 1
expect_err_has "nosuch"

t "--help documents the rows"
run disparity --help
expect_rc 0
expect_out_has "Output columns: group,measure,estimate,lower,upper,method,conf"
expect_out_has "row_ratio_n (rows with b > 0), row_ratio_q1, row_ratio_median, row_ratio_q3"

t "a rate code whose suffix looks like a measure name (A: total_a_a) keeps every sentence right"
run disparity "$D" --a alleged --b documented --rate A=5 --explain --format md --boot 100
expect_rc 0
expect_out_has "| all | total_a_a | 32000 |"
expect_out_has "- 'alleged' adds up to 160,000.00."
expect_out_has "- 'alleged' adds up to 32,000.00 A at 5 per A."

t "--where selects the cases: the six complainants, none missing"
run disparity "$ROOT/datasets/case_file.csv" --a alleged_by_prosecution_kzt --b alleged_in_complaint_kzt \
	--where complained=true --format csv
expect_rc 0
expect_out_has "all,n,6,,,count,"
expect_out_has "all,missing,0,,,count,"
expect_out_has "all,total_a,21000,,,sum,"
run disparity "$ROOT/datasets/case_file.csv" --a alleged_by_prosecution_kzt --b alleged_in_complaint_kzt \
	--by region --where region=Astana --format csv
expect_rc 0
expect_out_has "Astana,total_a,8000,,,sum,"
expect_out_has "Astana,total_b,6000,,,sum,"
