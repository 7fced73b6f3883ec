# t_amounts.sh - casestat amounts: money input, summaries, quantiles,
# intervals, bootstrap determinism and every kind of bad amount.
# Expected statistics agree with R 4.2.2 on tests/cli/data/amounts_cases.csv:
# sum(), mean(), sd(), quantile(x, p, type = t), t.test(x)$conf.int.

A=$DATA/amounts_cases.csv

t "by group, --boot 0: every column, n = 0 and n = 1 groups"
run amounts "$A" --value amount --by region --boot 0
expect_rc 0
expect_out <<'OUT'
group,n,missing,sum,mean,sd,min,q1,median,q3,max,mean_lower,mean_upper,median_lower,median_upper,currency
Almaty,4,1,49000.5,12250.125,8845.9736639049515,5000,5000,10500.25,17750.375,23000,-1825.7931016656476,26326.043101665648,,,
"Astana, city",2,0,100012.5,50006.25,70701.839283889916,12.5,25009.375,50006.25,75003.125,100000,-585224.57302913349,685237.07302913349,,,
Turkistan,0,1,,,,,,,,,,,,,
Шымкент,1,0,250,250,,250,250,250,250,250,,,,,
OUT
expect_err_empty

t "all rows: statistics against R"
run amounts "$A" --value amount
expect_rc 0
expect_num n 1 7 0
expect_num missing 1 2 0
expect_num sum 1 149263 0
expect_num mean 1 21323.285714285714 1e-9
expect_num sd 1 35712.511955262424 1e-9
expect_num q1 1 2625 0
expect_num median 1 5000 0
expect_num q3 1 19500.25 0
expect_num mean_lower 1 -11705.279129295946 1e-9
expect_num mean_upper 1 54351.850557867372 1e-9
# the bootstrap interval holds the median and lies within the data
expect_num median_lower 1 2000 1988
expect_num median_upper 1 50000 50000

t "--quantile-type 1..9 as R's quantile(x, c(.25, .5, .75), type = t)"
for spec in "1 250 5000 23000" "2 250 5000 23000" "3 250 5000 16000.5" \
	"4 190.625 5000 17750.375" "5 1437.5 5000 21250.125" "6 250 5000 23000" \
	"7 2625 5000 19500.25" "8 1041.6666666666681 5000 21833.416666666664" \
	"9 1140.625 5000 21687.59375"; do
	set -- $spec
	run amounts "$A" --value amount --quantile-type "$1" --boot 0
	expect_rc 0
	expect_num q1 1 "$2" 1e-9
	expect_num median 1 "$3" 1e-9
	expect_num q3 1 "$4" 1e-9
done

t "--quantiles adds pNN columns after currency; --rate adds _usd columns after them"
run amounts "$A" --value amount --quantiles 0.1,0.9 --rate 460 --currency KZT --boot 0
expect_rc 0
if head -1 "$T/out" | grep -q '^group,n,missing,sum,mean,sd,min,q1,median,q3,max,mean_lower,mean_upper,median_lower,median_upper,currency,p10,p90,sum_usd,mean_usd,sd_usd,min_usd,q1_usd,median_usd,q3_usd,max_usd,mean_lower_usd,mean_upper_usd,median_lower_usd,median_upper_usd,p10_usd,p90_usd$'; then ok; else bad "header: $(head -1 "$T/out")"; fi
expect_num p10 1 155.00000000000003 1e-9
expect_num p90 1 53800.000000000029 1e-9
expect_num sum_usd 1 324.48478260869564 1e-9
expect_num mean_usd 1 46.354968944099376 1e-9
expect_out_has ",KZT,"
run amounts "$A" --value amount --rate EUR=500.5 --boot 0
expect_rc 0
expect_out_has ",sum_eur,"
expect_num sum_eur 1 298.22777222777222 1e-9

t "same seed, same bytes; another seed, other numbers"
awk 'BEGIN { print "g,v"; for (i = 1; i <= 60; i++) printf "%s,%d.%02d\n", i % 2 ? "odd" : "even", (i * 7919) % 1000, i }' >"$T/sixty.csv"
run amounts "$T/sixty.csv" --value v --by g --seed 7
cp "$T/out" "$T/seed7a"
run amounts "$T/sixty.csv" --value v --by g --seed 7
if cmp -s "$T/out" "$T/seed7a"; then ok; else bad "two runs with --seed 7 differ"; fi
# The bootstrap medians of 30 amounts take few distinct values, so with
# 10,000 resamples two seeds usually give the same percentile limits; with
# 99 they differ.
run amounts "$T/sixty.csv" --value v --by g --boot 99 --seed 7
cp "$T/out" "$T/b99seed7"
run amounts "$T/sixty.csv" --value v --by g --boot 99
cp "$T/out" "$T/b99seed1"
if cmp -s "$T/out" "$T/b99seed7"; then bad "--seed 7 and the default seed agree"; else ok; fi
run amounts "$T/sixty.csv" --value v --by g --boot 99 --seed 1
if cmp -s "$T/out" "$T/b99seed1"; then ok; else bad "the default seed is not 1"; fi
run amounts "$T/sixty.csv" --value v --by g
cp "$T/out" "$T/seed1"
# a group's interval does not depend on the other groups (the generator is
# seeded again for each group)
run amounts "$T/sixty.csv" --value v --where g=odd
if [ "$(cut -d, -f14,15 "$T/out" | tail -1)" = "$(grep '^odd,' "$T/seed1" | cut -d, -f14,15)" ]; then ok; else
	bad "the odd group's interval changed with --where"; fi

t "the exact-sum property through the command: a million rows of 0.10"
awk 'BEGIN { print "v"; for (i = 0; i < 1000000; i++) print "0.10" }' >"$T/dimes.csv"
run amounts "$T/dimes.csv" --value v --boot 0
expect_rc 0
expect_out_has "all,1000000,0,100000,0.10000000000000001,0,0.10000000000000001,"

t "thousands separators"
printf 'v\n"1,234,567.50"\n"2,000"\n' >"$T/comma.csv"
run amounts "$T/comma.csv" --value v --thousands , --boot 0
expect_rc 0
expect_num sum 1 1236567.5 0
printf 'v\n23 000\n1 000 000\n' >"$T/space.csv"
run amounts "$T/space.csv" --value v --thousands ' ' --boot 0
expect_rc 0
expect_num sum 1 1023000 0
run amounts "$T/space.csv" --value v --thousands space --boot 0
expect_num sum 1 1023000 0

t "bad amounts: FILE:LINE:FIELD and the reason"
check_bad() {
	printf 'id,v\n1,5\n2,%s\n' "$1" >"$T/bad.csv"
	shift
	run_at "$T" amounts bad.csv --value v "$@"
	expect_rc 1
	expect_out_empty
}
check_bad '"12,5"'
expect_err_has "casestat: bad.csv:3:2: column 'v' has '12,5', which is not an amount written with the decimal point and no thousands separator; it reads as one with --decimal ','"
check_bad 1e5
expect_err_has "casestat: bad.csv:3:2: column 'v' has '1e5', which uses exponent notation"
check_bad nan
expect_err_has "casestat: bad.csv:3:2: column 'v' has 'nan', which is not a plain amount"
check_bad inf
expect_err_has "column 'v' has 'inf', which is not a plain amount"
check_bad --
expect_err_has "column 'v' has '--', which is not a plain amount"
check_bad +
expect_err_has "column 'v' has '+', which is not a plain amount"
check_bad 1.2.3
expect_err_has "casestat: bad.csv:3:2: column 'v' has '1.2.3', which has more than one decimal point"
check_bad '12 34'
expect_err_has "column 'v' has '12 34', which has a blank inside the number"
check_bad 0x10
expect_err_has "column 'v' has '0x10', which is not a plain amount"
check_bad 1.23456
expect_err_has "column 'v' has '1.23456', which has more than 4 decimals"
check_bad '"1,2345"' --thousands ,
expect_err_has "column 'v' has '1,2345', which is not an amount written with the decimal point and the thousands separator ','; it reads as one with --decimal ',' --thousands none"
check_bad 1000000000000000
expect_err_has "column 'v' has '1000000000000000', which is too large"
check_bad '$12'
expect_err_has "column 'v' has '\$12', an amount in USD: if every amount is in USD, say so with --currency USD"
check_bad '500 ₽' --currency KZT
expect_err_has "column 'v' has '500 ₽', an amount in RUB, but --currency is KZT: currencies are never mixed"

t "empty and blank cells are missing, not errors"
printf 'v\n5\n\n \n7\n' >"$T/blank.csv"
run amounts "$T/blank.csv" --value v --boot 0
expect_rc 0
expect_out_has "all,2,1,12,6,"

t "--where and standard input"
run amounts "$A" --value amount --where channel=Kaspi --boot 0
expect_rc 0
expect_num n 1 5 0
expect_num sum 1 133250 0
run_in "$A" amounts - --value amount --boot 0
expect_rc 0
expect_num sum 1 149263 0

t "explanations: n = 0, n = 1, skew, small n, missing"
run amounts "$A" --value amount --by region --currency KZT --explain --format md --boot 200
expect_rc 0
expect_out_has "- Almaty: 4 amounts adding up to 49,000.50 KZT. The mean is 12,250.12 KZT; with 95% confidence the underlying mean lies between -1,825.79 and 26,326.04 KZT (t interval)."
expect_out_has "(percentile bootstrap, 200 resamples, seed 1)."
expect_out_has "1 row with an empty amount was left out."
expect_out_has "- Turkistan: no amounts (1 empty), so there is nothing to summarise."
expect_out_has "- Шымкент: 1 amount adding up to 250.00 KZT. With a single amount there is no spread"
expect_out_has "Caution: with only 2 amounts these ranges are rough."
run amounts "$A" --value amount --explain --format json --boot 0 --rate 460 --currency KZT
expect_out_has "7 amounts adding up to 149,263.00 KZT (324.48 USD at 460 KZT per USD)."
expect_out_has "The mean is well above the median"

t "usage errors"
run amounts "$A"
expect_rc 2
expect_err_has "casestat: name the column of amounts with --value COL"
expect_err_has "Try 'casestat amounts --help' for more information."
run amounts --value amount
expect_rc 2
expect_err_has "missing input FILE"
for bad_opt in "--quantile-type 0" "--quantile-type 10" "--quantile-type x" "--quantiles 1.5" \
	"--quantiles ," "--boot -1" "--boot x" "--seed 0" "--seed 4294967296" "--rate 0" \
	"--rate US1=5" "--rate abc" "--thousands ." "--conf 1"; do
	run amounts "$A" --value amount $bad_opt
	expect_rc 2
	expect_out_empty
done
run amounts "$A" --value nosuch
expect_rc 1
expect_err_has "nosuch"
run amounts "$A" --value amount --where region=Nowhere
expect_rc 1
expect_err_has "no row matches the --where conditions"

t "--help lists the options, the quantile types and the columns"
run amounts --help
expect_rc 0
expect_out_has "--quantile-type T"
expect_out_has "  7  p(k) = (k-1)/(n-1)"
expect_out_has "mean_lower,mean_upper,median_lower,median_upper,currency"
run help amounts
expect_rc 0
expect_out_has "Usage: casestat amounts FILE --value COL"

t "table and markdown"
run amounts "$A" --value amount --by region --boot 0 --format table --currency KZT
expect_rc 0
expect_out_has "Almaty        4        1   49000.50  12250.12   8845.97  5000.00"
run amounts "$A" --value amount --boot 0 --format md
expect_out_has "| all | 7 | 2 | 149263.00 |"
