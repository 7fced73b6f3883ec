# t_prop.sh - casestat prop: every form, format and bad input.
# Wilson limits below agree with R 4.2.2 prop.test(x, n, correct = FALSE)
# to a few ulps; the other methods are checked to 1e-9 in test_proportion.c.

t "calculator, csv by default on a pipe"
run prop 6/7 800/7000
expect_rc 0
expect_out <<'OUT'
group,x,n,missing,estimate,lower,upper,method,conf
6/7,6,7,0,0.8571428571428571,0.48687217072568112,0.97432037565525642,wilson,0.94999999999999996
800/7000,800,7000,0,0.11428571428571428,0.10704312750203135,0.1219514133153944,wilson,0.94999999999999996
OUT
expect_err_empty

t "table format with explanations"
run prop 6/7 800/7000 --format table --explain
expect_rc 0
expect_out <<'OUT'
group       x     n  missing  estimate   lower   upper  method  conf
6/7         6     7        0    0.8571  0.4869  0.9743  wilson  0.95
800/7000  800  7000        0    0.1143  0.1070  0.1220  wilson  0.95

6 of 7 (86%). With 95% confidence, the underlying share lies between 49% and
97% (Wilson score). Caution: with only 7 cases the range is wide.

800 of 7,000 (11.4%). With 95% confidence, the underlying share lies between
10.7% and 12.2% (Wilson score).
OUT

t "json with an explanation field"
run prop 6/7 --format json --explain
expect_rc 0
expect_out <<'OUT'
[
  {"group": "6/7", "x": 6, "n": 7, "missing": 0, "estimate": 0.8571428571428571, "lower": 0.48687217072568112, "upper": 0.97432037565525642, "method": "wilson", "conf": 0.94999999999999996, "explanation": "6 of 7 (86%). With 95% confidence, the underlying share lies between 49% and 97% (Wilson score). Caution: with only 7 cases the range is wide."}
]
OUT

t "markdown"
run prop 6/7 --format md
expect_rc 0
expect_out <<'OUT'
| group | x | n | missing | estimate | lower | upper | method | conf |
|:---|---:|---:|---:|---:|---:|---:|:---|---:|
| 6/7 | 6 | 7 | 0 | 0.8571 | 0.4869 | 0.9743 | wilson | 0.95 |
OUT

t "--method all gives one row per method, in table order"
run prop 6/7 --method all
expect_rc 0
if [ "$(cut -d, -f8 "$T/out" | tr '\n' ' ')" = "method wald wilson wilson-cc agresti-coull jeffreys clopper-pearson mid-p logit arcsine likelihood blaker " ]; then ok; else bad "methods: $(cut -d, -f8 "$T/out" | tr '\n' ' ')"; fi

t "an alias is accepted and the canonical name printed"
run prop 6/7 --method exact
expect_rc 0
expect_out_has "6/7,6,7,0,0.8571428571428571,0.42127680295680"
expect_out_has ",clopper-pearson,"

# R 4.2.2: binom.test(6, 7, conf.level = 0.99) and (..., 0.90) for the
# one-sided 95% limits.
t "--conf 0.99 and one-sided intervals"
run prop 6/7 --conf 0.99 --method clopper-pearson
expect_num lower 1 0.31508836075326985 1e-14
expect_num upper 1 0.99928417891887444 1e-14
run prop 6/7 --sides lower --method exact
expect_rc 0
expect_num lower 1 0.47929702640869282 1e-14
expect_num upper 1 1 0
run prop 6/7 --sides upper --method exact
expect_num lower 1 0 0
expect_num upper 1 0.99269916802098535 1e-14

t "one-sided needs conf above 0.5"
run prop 6/7 --sides lower --conf 0.5
expect_rc 2
expect_err_has "casestat: one-sided intervals (--sides lower) need --conf above 0.5"

t "Wald at small counts warns"
run prop 0/20 --method wald --explain --format md
expect_rc 0
expect_out_has "The Wald method is unreliable at counts like these"

t "logit at x = 0 says it falls back to Clopper-Pearson"
run prop 0/20 --method logit --explain --format md
expect_out_has "the Clopper-Pearson exact limits are shown instead"
expect_out_has "| 0/20 | 0 | 20 | 0 | 0.0000 | 0.0000 | 0.1684 | logit | 0.95 |"

# R 4.2.2 binom.test: 0/1 -> [0, 0.975]; 1/1 -> [0.025, 1];
# 100000/100000 -> [0.99996311188584208, 1].
t "edge counts: 0/1, 1/1, 100000/100000"
run prop 0/1 1/1 100000/100000 --method clopper-pearson
expect_rc 0
expect_out <<'OUT'
group,x,n,missing,estimate,lower,upper,method,conf
0/1,0,1,0,0,0,0.97499999999999998,clopper-pearson,0.94999999999999996
1/1,1,1,0,1,0.025000000000000022,1,clopper-pearson,0.94999999999999996
100000/100000,100000,100000,0,1,0.99996311188584208,1,clopper-pearson,0.94999999999999996
OUT

t "data form: --success, --by, missing counted"
run prop "$DATA/small.csv" --success complained --by region --format csv
expect_rc 0
expect_out <<'OUT'
group,x,n,missing,estimate,lower,upper,method,conf
Almaty,2,3,0,0.66666666666666663,0.20765960080204782,0.93850805527960379,wilson,0.94999999999999996
"Astana, city",0,1,1,0,0,0.79345068562276255,wilson,0.94999999999999996
Шымкент,1,2,0,0.5,0.094531205734230753,0.90546879426576921,wilson,0.94999999999999996
OUT

t "data form: --success COL=VALUE and repeated --where"
run prop "$DATA/small.csv" --success channel=Kaspi --where region=Almaty --where questioned=yes
expect_rc 0
expect_out_has "all,1,1,0,1,"
run prop "$DATA/small.csv" --success channel=Kaspi --explain --format md
expect_out_has "4 of 7 (57%) have channel = 'Kaspi'."

t "--where matching nothing is an error"
run prop "$DATA/small.csv" --success complained --where region=Nowhere
expect_rc 1
expect_err_has "no row matches the --where conditions"

t "aggregated data: --count, --total, --label; rows with one label add up"
run prop "$DATA/aggregated.csv" --count complaints --total donors --label region --explain --format md
expect_rc 0
expect_out_has "| Almaty | 4 | 6 | 0 | 0.6667 |"
expect_out_has "| Astana | 2 | 2 | 0 | 1.0000 |"
expect_out_has "| Shymkent | 0 | 0 | 1 |  |  |  | wilson | 0.95 |"
expect_out_has "Shymkent: no usable values (1 empty), so there is nothing to estimate."

t "aggregated data: count above total"
run_at "$DATA" prop agg_bad.csv --count complaints --total donors
expect_rc 1
expect_err <<'ERR'
casestat: agg_bad.csv:2: count 6 (column 'complaints') is larger than total 5 (column 'donors')
ERR

t "usage errors exit 2 with a message and a hint"
for bad_arg in 0/0 7/6 -1/5 a/b 6/-7 6 /7 ""; do
	run prop "$bad_arg"
	expect_rc 2
	expect_err_has "casestat: invalid proportion '$bad_arg'"
	expect_err_has "Try 'casestat prop --help' for more information."
	expect_out_empty
done
run prop 6/7 --conf 1.5
expect_rc 2
expect_err_has "casestat: invalid --conf '1.5'"
run prop 6/7 --conf 0
expect_rc 2
expect_err_has "casestat: invalid --conf '0'"
run prop 6/7 --conf abc
expect_rc 2
run prop 6/7 --method foo
expect_rc 2
expect_err_has "casestat: unknown method 'foo'; the methods are: wald, wilson,"
run prop 6/7 --foo
expect_rc 2
expect_err_has "casestat: prop: unrecognized option '--foo'"
run prop 6/7 --format xml
expect_rc 2
run prop 6/7 --conf
expect_rc 2
expect_err_has "option '--conf' needs a value"
run prop
expect_rc 2
expect_err_has "nothing to do"
run prop "$DATA/small.csv"
expect_rc 2
expect_err_has "to read a file, add --success COL"
run prop "$DATA/small.csv" --success complained --count x --total y
expect_rc 2
run prop 6/7 --by region
expect_rc 2

t "-o writes the file atomically and prints nothing"
run prop 6/7 -o "$T/result.csv"
expect_rc 0
expect_out_empty
if head -1 "$T/result.csv" | grep -q '^group,x,n,missing,estimate,lower,upper,method,conf$'; then ok; else bad "no header in -o file"; fi
if [ -z "$(ls -A "$T" | grep '^\.result')" ]; then ok; else bad "temporary file left behind"; fi

t "a failing run leaves an existing -o file untouched and no temporary"
echo "precious" > "$T/keep.csv"
run prop "$DATA/quoted_nl.csv" --success complained -o "$T/keep.csv"
expect_rc 1
if [ "$(cat "$T/keep.csv")" = "precious" ]; then ok; else bad "keep.csv was changed"; fi
if [ -z "$(ls -A "$T" | grep '^\.keep')" ]; then ok; else bad "temporary file left behind"; fi

t "an -o directory that does not exist is exit 3"
run prop 6/7 -o "$T/no/such/dir/out.csv"
expect_rc 3
expect_err_has "casestat: cannot write '$T/no/such/dir/out.csv'"

t "a full disk is exit 3"
if [ -w /dev/full ]; then
	"$CS" prop 6/7 >/dev/full 2>"$T/err"
	rc=$?
	expect_rc 3
	expect_err_has "casestat: write error: No space left on device"
fi

t "numbers use '.' whatever the locale"
for loc in ru_RU.UTF-8 kk_KZ.UTF-8 de_DE.UTF-8; do
	LC_ALL=$loc "$CS" prop 6/7 >"$T/out" 2>/dev/null
	expect_out_has "0.8571428571428571,0.48687217072568112"
done

t "explanations use '.' too, and the locales really are comma-decimal"
for loc in ru_RU.UTF-8 kk_KZ.UTF-8 de_DE.UTF-8; do
	if LC_ALL=$loc locale -k decimal_point 2>/dev/null | grep -q '","'; then ok; else
		bad "$loc is not a comma-decimal locale here (LOCPATH=${LOCPATH:-unset}): the checks above ran in C"
	fi
done
LC_ALL=ru_RU.UTF-8 "$CS" prop 800/7000 --explain --format md >"$T/out" 2>/dev/null
expect_out_has "800 of 7,000 (11.4%)"

t "a --success VALUE that no row holds: the share is 0, with a warning"
run prop "$ROOT/datasets/cases.csv" --success police_action=nonee --format csv
expect_rc 0
expect_out_has "all,0,4000,0,0,0,"
expect_err <<'ERR'
casestat: warning: no row has police_action = 'nonee'; values are compared exactly, letter case included: is it spelt as in the data?
ERR
run prop "$ROOT/datasets/cases.csv" --success police_action=none --format csv
expect_err_empty
run compare "$ROOT/datasets/donors.csv" --success channel=kaspi --by region --groups Almaty,Astana --format csv
expect_rc 0
expect_err_has "warning: no row has channel = 'kaspi'"

t "run prints a warning once, though it runs each section twice"
mkdir -p "$T/warn"
printf '[prop p]\ninput = %s\nsuccess = police_action=nonee\n' "$ROOT/datasets/cases.csv" >"$T/warn/w.recipe"
run run "$T/warn/w.recipe" -o "$T/warn/out"
expect_rc 0
if [ "$(grep -c 'warning: no row has' "$T/err")" = 1 ]; then ok; else bad "warnings: $(cat "$T/err")"; fi

t "long Cyrillic labels stay whole in sentences and chart titles"
awk 'BEGIN { s = ""; for (i = 0; i < 1100; i++) s = s "Ш"; c = ""; for (i = 0; i < 300; i++) c = c "Ж"
	print "g," c; print s ",1"; print s ",0" }' >"$T/long.csv"
long=$(awk 'BEGIN { for (i = 0; i < 1100; i++) printf "Ш" }')
col=$(awk 'BEGIN { for (i = 0; i < 300; i++) printf "Ж" }')
run prop "$T/long.csv" --success "$col" --by g --format json --explain
expect_rc 0
# the sentence names the whole label and ends as a JSON string should
expect_out_has "\"explanation\": \"$long: 1 of 2 (50%) are marked '$col'."
run prop "$T/long.csv" --success "$col" --by g --plot "$T/long.gp"
expect_rc 0
expect_err_empty
# (the script doubles the quotes of a label)
if grep -qF "Share of rows that are marked ''$col'', by g" "$T/long.gp"; then ok; else bad "the chart title is not whole"; fi
