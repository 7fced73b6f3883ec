# t_suppress.sh - --min-cell K: every command in csv, json, table and md
# with --explain, its chart, and a recipe; and no hidden value anywhere.
#
# Fixture tests/cli/data/suppress_cases.csv: 953 cases in four regions,
# made once by a script (kept in the commit that added it):
#   region  rows  complained       events  amount        alleged / documented
#   Alpha    400  131 of 400       60      1000 + 3i     2000 + i / 1500 + i
#   Beta      17   11 of 17         7      777.77 each   5555.55 / 1111.11
#   Gamma    236  223 of 236      150      2000 + 7i     3000 + i / 2900 + i
#   Delta    300  150 of 282 (18 empty)  12  4000 + 11i  6000 + i / 5000 + i
# and, over all rows in order, 412 investigated, 57 charged, 44 convicted.
# At K = 20: Beta is small (17 cases); Gamma's 223 leaves 13 out; Delta's
# 18 empty cells; 12 and 7 events; 44 convicted leaves 13 of the 57 out.
#
# The leak check: each command also runs without --min-cell, and every
# number of the rows that --min-cell hides must be absent from everything
# the command writes with --min-cell: whole numbers of two digits or more
# as whole words, other numbers by their first six characters (csv and json
# print them in full, table and md round them: the rows hidden there are
# checked for empty cells), in the four formats and in the chart's texts
# and data (its quoted strings other than fonts and colours, and its
# datablocks).
D=$DATA/suppress_cases.csv
S=$T/suppress
mkdir -p "$S"

# all_formats NAME ARGS...: run casestat ARGS --min-cell 20 in the four
# formats (with --explain) and a chart script; $S/NAME.csv, .json, .table,
# .md, .gp and $S/NAME.all (all of them together).
all_formats() {
	_n=$1
	shift
	for _f in csv json table md; do
		"$CS" "$@" --min-cell 20 --format $_f --explain >"$S/$_n.$_f" 2>"$T/err" </dev/null
		rc=$?
		expect_rc 0
	done
	"$CS" "$@" --min-cell 20 --format csv --plot "$S/$_n.gp" >/dev/null 2>"$T/err" </dev/null
	rc=$?
	expect_rc 0
	{
		cat "$S/$_n.csv" "$S/$_n.json" "$S/$_n.table" "$S/$_n.md"
		sed -n '/<< CASESTAT_EOD/,/^CASESTAT_EOD/p' "$S/$_n.gp"
		grep -o "'[^']*'" "$S/$_n.gp" | grep -v "^'[,#]"
	} >"$S/$_n.all"
	"$CS" "$@" --format csv >"$S/$_n.plain" 2>/dev/null </dev/null
}

# leaks NAME 'AWK CONDITION' COLUMN...: the values of COLUMNs in the rows
# of the unsuppressed output that match the condition (on named fields
# f["group"] etc.) must not appear in NAME.all.
leaks() {
	_n=$1
	_cond=$2
	shift 2
	awk -F, -v cols="$*" '
		NR == 1 { for (i = 1; i <= NF; i++) name[i] = $i; next }
		{
			for (i = 1; i <= NF; i++) f[name[i]] = $i
			if (!('"$_cond"')) next
			n = split(cols, c, " ")
			for (k = 1; k <= n; k++) {
				v = f[c[k]]
				if (v ~ /^[0-9]+$/) { if (v + 0 >= 10) print "w " v }
				else if (length(v) >= 6) print "s " substr(v, 1, 6)
			}
		}' "$S/$_n.plain" | sort -u >"$S/$_n.terms"
	if [ -s "$S/$_n.terms" ]; then ok; else bad "no hidden values found for $_n (test error)"; fi
	while read -r _kind _v; do
		if [ "$_kind" = w ]; then _hit=$(grep -cwF -- "$_v" "$S/$_n.all"); else _hit=$(grep -cF -- "$_v" "$S/$_n.all"); fi
		if [ "$_hit" = 0 ]; then ok; else
			bad "$_n: hidden value '$_v' appears in the output"
			grep -nF -- "$_v" "$S/$_n.csv" "$S/$_n.json" "$S/$_n.table" "$S/$_n.md" "$S/$_n.gp" | head -3 | sed 's/^/    /'
		fi
	done <"$S/$_n.terms"
}

# has FILE TEXT: FILE contains TEXT
has() { if grep -qF -- "$2" "$1"; then ok; else bad "$(basename "$1") lacks '$2'"; fi; }

t "prop --by: small groups and complements hidden in every format"
all_formats prop prop "$D" --success complained --by region
if [ "$(head -1 "$S/prop.csv")" = "group,x,n,missing,estimate,lower,upper,method,conf,suppressed" ]; then ok
else bad "prop header: $(head -1 "$S/prop.csv")"; fi
has "$S/prop.csv" "Alpha,131,400,0,0.32750000000000001,"
has "$S/prop.csv" ",wilson,0.94999999999999996,false"
has "$S/prop.csv" "Beta,,,0,,,,wilson,0.94999999999999996,true"
has "$S/prop.csv" "Gamma,,236,0,,,,wilson,0.94999999999999996,true"
has "$S/prop.csv" "Delta,150,282,,0.53191489361702127,"
has "$S/prop.json" '{"group": "Beta", "x": null, "n": null, "missing": 0, "estimate": null, "lower": null, "upper": null, "method": "wilson", "conf": 0.94999999999999996, "suppressed": true, "explanation": "Beta: Hidden under --min-cell 20'
has "$S/prop.table" "Beta   <20  <20        0                            wilson  0.95  true"
has "$S/prop.md" "| Gamma | <20 | 236 | 0 |  |  |  | wilson | 0.95 | true |"
has "$S/prop.table" "The count x is from 1 to 19; the total n is from 1 to 19"
has "$S/prop.table" "The count x is hidden because it would reveal a count from 1"
has "$S/prop.md" "The number of rows with an empty value is from 1 to 19 (printed as <20)."
leaks prop 'f["group"] == "Beta"' x n estimate lower upper
leaks prop 'f["group"] == "Gamma"' x estimate lower upper
leaks prop 'f["group"] == "Delta"' missing

# same_rows FILE: the rows of FILE that end in ',false' are the rows of
# the same command without --min-cell ($T/plain), unchanged.
same_rows() {
	grep ',false$' "$1" | sed 's/,false$//' >"$T/shown"
	if [ -s "$T/shown" ] && grep -qxFf "$T/shown" "$T/plain" &&
	   [ "$(grep -cxFf "$T/plain" "$T/shown")" = "$(wc -l <"$T/shown")" ]; then ok
	else bad "shown rows differ from the output without --min-cell"; fi
}

t "prop calculator: the label masks a hidden count; shown rows unchanged"
"$CS" prop 6/7 40/100 0/3 >"$T/plain"
run prop 6/7 40/100 0/3 --min-cell 5
expect_rc 0
expect_out_has "<5/7,,7,0,,,,wilson,0.94999999999999996,true"
expect_out_has "<5/<5,,,0,,,,wilson,0.94999999999999996,true"
same_rows "$T/out"

t "tab: the small count and the next smallest hidden, hidden ones last"
all_formats tab tab "$D" --by region
if [ "$(cut -d, -f1,2,10 "$S/tab.csv" | tr '\n' ' ')" = "category,count,suppressed Alpha,400,false Delta,300,false Beta,,true Gamma,,true " ]; then ok
else bad "tab rows: $(cut -d, -f1,2,10 "$S/tab.csv" | tr '\n' ' ')"; fi
has "$S/tab.table" "Beta        <20  953        0                          goodman  0.95  true"
has "$S/tab.md" "Gamma: Hidden under --min-cell 20"
has "$S/tab.md" "would let another hidden count be worked out by subtraction"
leaks tab 'f["category"] == "Beta" || f["category"] == "Gamma"' count share lower upper

t "tab: hidden counts add up to fewer than K with the rest: one more goes"
"$CS" tab a=50,b=50,c=2,d=2,e=0 >"$T/plain"
run tab a=50,b=50,c=2,d=2,e=0 --min-cell 5
expect_rc 0
if [ "$(cut -d, -f1,2,10 "$T/out" | tr '\n' ' ')" = "category,count,suppressed b,50,false e,0,false a,,true c,,true d,,true " ]; then ok
else bad "tab rows: $(cut -d, -f1,2,10 "$T/out" | tr '\n' ' ')"; fi
same_rows "$T/out"

t "compare: a small cell of the 2x2 table hides every row"
all_formats compare compare "$D" --success complained --by region --groups Alpha,Gamma
if [ "$(cut -d, -f2-4,7 "$S/compare.csv" | sort -u | tr '\n' ' ')" = ",,,true estimate,lower,upper,suppressed " ]; then ok
else bad "compare: $(cut -d, -f2-4,7 "$S/compare.csv" | sort -u | tr '\n' ' ')"; fi
has "$S/compare.table" "The number of failures in group 2 is from 1 to 19."
has "$S/compare.gp" "suppressed"
leaks compare '1' estimate lower upper
for v in 131 223 236 269 400; do
	if grep -qwF "$v" "$S/compare.all"; then bad "compare: count $v appears"; else ok; fi
done

t "compare: large cells are shown, with suppressed = false"
"$CS" compare "$D" --success complained --by region --groups Alpha,Delta >"$T/plain"
run compare "$D" --success complained --by region --groups Alpha,Delta --min-cell 20
expect_rc 0
same_rows "$T/out"
if [ "$(cut -d, -f7 "$T/out" | sort -u | tr '\n' ' ')" = "false suppressed " ]; then ok; else bad "compare flags"; fi

t "rate --by: small event counts hidden with their rates"
all_formats rate rate "$D" --count events --exposure exposure --by region
has "$S/rate.csv" "Beta,,42.5,0,,,,1,exact,0.94999999999999996,true"
has "$S/rate.table" "Delta    <20       750        0"
leaks rate 'f["group"] == "Beta" || f["group"] == "Delta"' count rate lower upper

t "rate calculator: two rates and their ratio"
run rate 7/1000 150/2000 --min-cell 20 --format table
expect_rc 0
expect_out <<'OUT'
measure     group                 count  exposure  estimate    lower    upper  per  method  conf  suppressed
rate        <20/1000                <20      1000                                1  exact   0.95  true
rate        150/2000                150      2000     0.075  0.06348  0.08801    1  exact   0.95  false
rate_ratio  <20/1000 vs 150/2000                                                    exact   0.95  true
OUT

t "funnel: a stage that leaves a few out is hidden, with its shares"
all_formats funnel funnel "$D" --stages investigated,charged,convicted
has "$S/funnel.csv" "convicted,previous,,57,,,,wilson,0.94999999999999996,true"
has "$S/funnel.csv" "charged,first,57,953,"
has "$S/funnel.gp" "Suppressed: counts from 1 to 19 are not shown."
leaks funnel 'f["stage"] == "convicted"' x estimate lower upper

t "funnel calculator: 7,000 -> 800 -> 7 -> 6 at K = 5"
run funnel identified=7000 questioned=800 case_file=7 complained=6 --min-cell 5
expect_rc 0
expect_out_has "complained,previous,,7,,,,wilson,0.94999999999999996,true"
expect_out_has "case_file,previous,7,800,"

t "amounts: a group of fewer than K amounts has every statistic hidden"
all_formats amounts amounts "$D" --value amount --by region
has "$S/amounts.csv" "Beta,,0,,,,,,,,,,,,,,true"
has "$S/amounts.table" "Beta   <20        0"
has "$S/amounts.md" "The sum, mean, spread and quantiles are not shown either"
has "$S/amounts.gp" "suppressed (small group)"
leaks amounts 'f["group"] == "Beta"' n sum mean sd min q1 median q3 max mean_lower mean_upper median_lower median_upper
for v in 777.77 13222 13,222; do
	if grep -qF "$v" "$S/amounts.all"; then bad "amounts: '$v' appears"; else ok; fi
done

t "disparity: a small group's totals and measures hidden"
all_formats disparity disparity "$D" --a alleged --b documented --by region
has "$S/disparity.csv" "Beta,n,,,,count,,true"
has "$S/disparity.csv" "Beta,total_a,,,,sum,,true"
has "$S/disparity.csv" "Alpha,total_a,879800,,,sum,,false"
has "$S/disparity.gp" "suppressed"
leaks disparity 'f["group"] == "Beta"' estimate lower upper
for v in 94444 94,444 18888 18,888 5555.55 1111.11 75555 75,555; do
	if grep -qF "$v" "$S/disparity.all"; then bad "disparity: '$v' appears"; else ok; fi
done

t "disparity calculator: amounts are not counts, nothing hidden"
run disparity 2000000 23000 --min-cell 20
expect_rc 0
if [ "$(cut -d, -f8 "$T/out" | sort -u | tr '\n' ' ')" = "false suppressed " ]; then ok; else bad "disparity calculator flags"; fi

t "without --min-cell (or with 0) the columns are the documented ones"
run prop 6/7
expect_out_has "group,x,n,missing,estimate,lower,upper,method,conf"
expect_out_has "6/7,6,7,0,"
run prop 6/7 --min-cell 0
if [ "$(head -1 "$T/out")" = "group,x,n,missing,estimate,lower,upper,method,conf" ]; then ok; else bad "--min-cell 0 adds a column"; fi
run compare 6/7 800/7000
if [ "$(head -1 "$T/out")" = "measure,estimate,lower,upper,method,conf" ]; then ok; else bad "compare header"; fi

t "--min-cell needs a whole number of 3 or more (or 0)"
for k in 1 2 -5 abc 2.5; do
	run prop 6/7 --min-cell "$k"
	expect_rc 2
	expect_err_has "invalid --min-cell '$k': give a whole number of 3 or more"
done

t "every analysis command lists --min-cell in --help; coverage has none"
for c in prop compare tab rate funnel amounts disparity; do
	run "$c" --help
	expect_out_has "--min-cell K"
done
run coverage --n 7 --min-cell 5
expect_rc 2

t "a recipe with min_cell = 20 passes it to every command"
mkdir -p "$S/rcp"
cp "$D" "$S/rcp/cases.csv"
cat >"$S/rcp/r.recipe" <<'RECIPE'
[run]
title = Suppressed
min_cell = 20

[prop complained]
input = cases.csv
success = complained
by = region
plot = gp

[tab regions]
input = cases.csv
by = region

[funnel justice]
input = cases.csv
stages = investigated,charged,convicted

[prop calculator]
args = 11/17

[prop big]
args = 300/1000
RECIPE
run_at "$S/rcp" run r.recipe -o out
expect_rc 0
if grep -q '^min_cell = 20$' "$S/rcp/out/run.txt" && [ "$(grep -c '^min-cell = 20$' "$S/rcp/out/run.txt")" = 5 ]; then ok
else bad "run.txt does not record K for every section"; fi
has "$S/rcp/out/complained.csv" "Beta,,,0,,,,wilson,0.94999999999999996,true"
has "$S/rcp/out/report.md" "| Beta | <20 | <20 | 0 |  |  |  | wilson | 0.95 | true |"
has "$S/rcp/out/report.md" "Hidden under --min-cell 20"
has "$S/rcp/out/report.md" "casestat prop OPERANDS --min-cell 20"
# nothing hidden, nothing to keep out: the table shows 300 of 1000 anyway
has "$S/rcp/out/report.md" "casestat prop 300/1000 --min-cell 20"
has "$S/rcp/out/run.txt" "args = 300/1000"
has "$S/rcp/out/complained.gp" "suppressed"
cat "$S/rcp/out/"*.csv "$S/rcp/out/report.md" "$S/rcp/out/run.txt" "$S/rcp/out/"*.gp >"$S/rcp.all"
for v in 11/17 223 0.647 0.944 0.945; do
	if grep -qF "$v" "$S/rcp.all"; then bad "recipe output: '$v' appears"; grep -nF "$v" "$S/rcp.all" | head -2; else ok; fi
done
run verify "$S/rcp/out"
expect_rc 0
