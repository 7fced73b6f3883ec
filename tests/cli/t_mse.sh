# t_mse.sh - casestat mse: multiple systems estimation through the
# program.  Reference values are tests/ref/mse (Rcapture 1.4-4 and R 4.2.2,
# made by tests/ref/mse/mse_ref.R; see the notes in those files): the
# tests below reproduce them to the digits Rcapture prints (abundance,
# stderr and interval limits to 1 decimal, deviance, AIC and BIC to 3),
# which are the digits of casestat's table and md formats.
REF=$ROOT/tests/ref/mse

# The PATTERN=COUNT operands of a data set of tests/ref/mse/data.txt.
ops() {
	awk -v n="$1" '$1 == n { t = $2; s = ""
		for (p = 1; p < 2 ^ t; p++) { pat = ""; for (k = 0; k < t; k++) pat = pat (int(p / 2 ^ k) % 2)
			s = s " " pat "=" $(p + 2) }
		print substr(s, 2) }' "$REF/data.txt"
}
# The same data as a FILE: one row per person, one yes/no column per list.
people_csv() {
	awk -v n="$1" '$1 == n { t = $2; h = "id"; for (k = 1; k <= t; k++) h = h ",L" k; print h
		id = 0; for (p = 1; p < 2 ^ t; p++) for (i = 0; i < $(p + 2); i++) { r = ++id
			for (k = 0; k < t; k++) r = r "," (int(p / 2 ^ k) % 2 ? "yes" : "no"); print r } }' "$REF/data.txt"
}
# Compare the md table of every model with a closedpMS.t file of tests/
# ref/mse, as Rcapture prints them (abundance to 1 decimal, deviance, AIC
# and BIC to 3; se within half a printed digit and 1e-5 relative); prints
# "N compared, M without estimate" or the first difference.
compare_ms() {
	awk -F'|' 'NR == FNR { if ($0 ~ /^#/) next; split($0, f, " "); m = f[1]; gsub(/[][]/, "", m)
			ab[m] = f[2]; se[m] = f[3]; dev[m] = f[4]; df[m] = f[5]; aic[m] = f[6]; bic[m] = f[7]; next }
		function z(s) { s = sprintf(s == "" ? "%s" : "%.3f", s); return s == "-0.000" ? "0.000" : s }
		function tr(s) { gsub(/^ +| +$/, "", s); return s }
		FNR > 2 { m = tr($2); if (!(m in ab)) next
			if (tr($5) == "") { none++; next }
			got = tr($5) " " tr($12) " " tr($11) " " tr($13) " " tr($14)
			want = sprintf("%.1f %s %d %.3f %.3f", ab[m], z(dev[m]), df[m], aic[m], bic[m])
			if (got != want && !bad) bad = m ": casestat " got ", Rcapture " want
			# Rcapture takes se from the weights of its last iteration (docs/methods.md):
			# up to 1e-5 relative away, so its printed digit may be the next one
			d = tr($7) - se[m]; if (d < 0) d = -d
			if (d > 0.05 + 1e-5 * se[m] && !bad) bad = m ": se " tr($7) ", Rcapture " se[m]
			n++ }
		END { if (bad) print bad; else printf "%d compared, %d without estimate\n", n, none + 0 }' "$1" "$T/out"
}

t "two lists: Seber (1982) p.107, Chapman by default, profile interval as Rcapture"
run mse 11=167 10=781 01=254 --format table
expect_rc 0
expect_out <<'OUT'
model    lists  observed  estimate  unobserved     se   lower   upper  interval   df  deviance  aic  bic  conf
chapman      2      1202    2382.8      1180.8  129.1  2156.0  2670.3  profile                            0.95
chao         2      1202    2805.6      1603.6  164.1  2514.8  3160.9  lognormal                          0.95
OUT
expect_err <<'ERR'
casestat: note: two lists cannot show dependence between the lists: the estimate assumes that being on one list does not change the chance of being on the other, and nothing in two lists can test it
ERR

# two.txt: the formulas typed in R; ci.txt: closedpCI.t(m = "Mt").
t "two lists: Lincoln-Petersen and Chapman with Seber's se, three intervals, three levels"
while read -r y1 y2 y12 meth conf N se wlo whi llo lhi; do
	case $y1 in '#'*) continue ;; esac
	run mse "11=$y12" "10=$y1" "01=$y2" --method "$meth" --conf "$conf" --interval wald
	expect_rc 0
	expect_num estimate 1 "$N" 1e-6
	expect_num se 1 "$se" 1e-6
	expect_num lower 1 "$wlo" 1e-6
	expect_num upper 1 "$whi" 1e-6
	run mse "11=$y12" "10=$y1" "01=$y2" --method "$meth" --conf "$conf" --interval lognormal
	expect_num lower 1 "$llo" 1e-6
	expect_num upper 1 "$lhi" 1e-6
done <"$REF/two.txt"
run mse 11=0 10=30 01=20 --method lincoln-petersen
expect_rc 0
expect_out_has "lincoln-petersen,2,50,,,,,,,,,,,0.94999999999999996"

t "every closedpCI.t fit of ci.txt: estimate, se, deviance, AIC, BIC and the profile interval"
while read -r data model alpha N se dev df aic bic nmax lo hi info; do
	case $data in '#'*) continue ;; esac
	m=$(echo "$model" | tr -d '[]')
	case $m in 1,2) set -- --method lincoln-petersen ;; *) set -- --model "$m" ;; esac
	conf=$(awk -v a="$alpha" 'BEGIN { printf "%.10g", 1 - a }')
	run mse $(ops "$data") "$@" --conf "$conf" --format md
	expect_rc 0
	row=$(sed -n 3p "$T/out" | tr -d ' ')
	want=$(awk -v N="$N" -v se="$se" -v lo="$lo" -v hi="$hi" 'BEGIN { printf "|%.1f|%.1f|%.1f|%.1f|", N, se, lo, hi }')
	got=$(echo "$row" | awk -F'|' '{ printf "|%s|%s|%s|%s|", $5, $7, $8, $9 }')
	if [ "$got" = "$want" ]; then ok; else bad "$data $model alpha $alpha: casestat $got, Rcapture $want"; fi
	if [ "$m" != 1,2 ]; then
		got=$(echo "$row" | awk -F'|' '{ printf "%s %s %s %s", $11, $12, $13, $14 }')
		want=$(awk -v df="$df" -v d="$dev" -v a="$aic" -v b="$bic" \
			'BEGIN { s = sprintf("%.3f", d); if (s == "-0.000") s = "0.000"; printf "%d %s %.3f %.3f", df, s, a, b }')
		if [ "$got" = "$want" ]; then ok; else bad "$data $model: casestat $got, Rcapture $want"; fi
	fi
done <"$REF/ci.txt"

t "all 113 four-list models and the 8 three-list ones against closedpMS.t, as Rcapture prints them"
for d in lesbian HIV lesbian3 HIV3; do
	run mse $(ops $d) --models all --interval wald --format md
	expect_rc 0
	got=$(compare_ms "$REF/ms_$d.txt")
	case $d in
	lesbian) want="113 compared, 0 without estimate" ;;
	HIV) want="94 compared, 19 without estimate" ;;
	*) want="8 compared, 0 without estimate" ;;
	esac
	if [ "$got" = "$want" ]; then ok; else bad "$d: $got"; fi
done

t "the best model by BIC and by AIC, best first"
run mse $(ops lesbian) --models 2 --format table
expect_rc 0
expect_out <<'OUT'
model           lists  observed  estimate  unobserved     se   lower   upper  interval   df  deviance      aic      bic  conf
12,14,23,24,34      4      2185    6349.0      4164.0  533.5  5421.7  7536.3  profile     5    11.974  124.327  181.221  0.95
14,23,24,34         4      2185    5350.5      3165.5  290.4  4827.6  5972.6  profile     6    21.925  132.278  183.482  0.95
chao                4      2185    4420.0      2235.0  161.5  4125.2  4759.6  lognormal                                  0.95
OUT
expect_err_empty
run mse $(ops lesbian) --models 1 --criterion aic --format csv
expect_out_has '"124,134,23",4,2185,9908.6117505070779,'

# chao.txt: vegan 2.6-4 specpool() and the log-normal interval.
t "Chao's lower bound against vegan's specpool"
while read -r data conf N se lo hi; do
	case $data in '#'*|small3) continue ;; esac
	case $data in seber) set -- ;; *) set -- --models 1 ;; esac
	run mse $(ops "$data") "$@" --conf "$conf"
	expect_rc 0
	n=$(grep -c . "$T/out")
	expect_num estimate $((n - 1)) "$N" 1e-6
	expect_num se $((n - 1)) "$se" 1e-6
	expect_num lower $((n - 1)) "$lo" 1e-6
	expect_num upper $((n - 1)) "$hi" 1e-6
done <"$REF/chao.txt"

t "five and six lists: the model space, and the six-list note"
run mse $(ops hare5) --models 1 --explain --format md
expect_rc 0
expect_out_has "Of the 6,893 models searched, BIC ranks model"
run mse $(ops hare6) --model 12,34,56 --explain --format md
expect_rc 0
expect_out_has "With six lists only the 32,768 models with dependences between two lists are searched"

t "the data form gives the calculator's numbers: one row per person, and --count"
people_csv lesbian >"$T/lesbian.csv"
run mse "$T/lesbian.csv" --lists L1,L2,L3,L4
expect_rc 0
cp "$T/out" "$T/file.out"
run mse $(ops lesbian) --lists L1,L2,L3,L4
if cmp -s "$T/out" "$T/file.out"; then ok; else bad "the FILE and the calculator differ"; fi
run mse "$T/lesbian.csv" --lists L1,L2,L3,L4 --threads 1
if cmp -s "$T/out" "$T/file.out"; then ok; else bad "--threads 1 differs"; fi
run_in "$T/lesbian.csv" mse - --lists L1,L2,L3,L4 --threads 2
if cmp -s "$T/out" "$T/file.out"; then ok; else bad "standard input differs"; fi
# mse_patterns.csv: A only 10 + 2 (two rows add up), B only 20, C only 3,
# A+B 5, A+C 4, B+C 0, A+B+C 1, and a row on no list with 0
run mse "$DATA/mse_patterns.csv" --lists A,B,C --count n
expect_rc 0
cp "$T/out" "$T/count.out"
run mse 100=12 010=20 001=3 110=5 101=4 111=1
if cmp -s "$T/out" "$T/count.out"; then ok; else bad "--count and the calculator differ"; fi

t "yes and no in Russian and Kazakh, and --true/--false"
run mse "$DATA/mse_people.csv" --lists A,B,C --models 1 --format csv
expect_rc 0
expect_out_has '"1,2,3",3,8,8.861001748086121,'
sed 's/yes/oui/; s/,no,/,non,/' "$DATA/mse_people.csv" >"$T/fr.csv"
run mse "$T/fr.csv" --lists A,B,C --models 1 --true oui,да,иә,1,true,yes --false non,нет,жоқ,0,false,no
expect_rc 0
expect_out_has '"1,2,3",3,8,8.861001748086121,'

t "--by: each stratum, then their sum: estimates add up, se in quadrature"
run mse "$DATA/mse_people.csv" --lists A,B,C --by region --models 1 --format csv
expect_rc 0
# North: A 1, A+C 1, B 1, A+B+C 1; South: A 1, A+B 1, A+C 1, B+C 1.  The
# same margins (A 3, B 2, C 2), so the same independence model estimate;
# Chao: 4 + (2/3) f1^2 / (2 f2) with f1, f2 = 2, 1 (North) and 1, 3 (South).
expect_out <<'OUT'
group,model,lists,observed,estimate,unobserved,se,lower,upper,interval,df,deviance,aic,bic,conf
North,"1,2,3",3,4,4.4305008740430605,0.43050087404306003,0.89358390889107719,4,7.2464207969852081,profile,3,3.8585229460846149,19.858522946084616,17.403700390564179,0.94999999999999996
North,chao,3,4,5.333333333333333,1.333333333333333,2.5819888974716112,4.115457132081616,19.397730272055245,lognormal,,,,,0.94999999999999996
South,"1,2,3",3,4,4.4305008740430596,0.43050087404305926,0.89358390889107642,4,7.2464207969852099,profile,3,3.8585229460846144,19.858522946084612,17.403700390564175,0.94999999999999996
South,chao,3,4,4.1111111111111107,0.11111111111111072,0.40572041296678968,4.0045374792325781,6.7208232543977733,lognormal,,,,,0.94999999999999996
all strata,best-bic,3,8,8.8610017480861192,0.86100174808611918,1.2637184830721249,8.1053634987147465,15.035871238618983,lognormal,,,,,0.94999999999999996
all strata,chao,3,8,9.4444444444444429,1.4444444444444429,2.6136709280559036,8.1360830874981982,23.331954847908882,lognormal,,,,,0.94999999999999996
OUT
# the sum: the strata's estimates added, their se in quadrature
awk -F, '{ gsub(/"[^"]*"/, "m"); $0 = $0 } NR == 2 || NR == 4 { e += $5; v += $7 * $7; f += $6 } NR == 6 { d = $5 - e; s = $7 - sqrt(v); u = $6 - f }
	END { exit !(d * d < 1e-24 && s * s < 1e-24 && u * u < 1e-24) }' "$T/out" && ok || bad "the sum row is not the sum"
awk -F, 'NR == 6 { z = 1.959963984540054; f = $6; C = exp(z * sqrt(log(1 + $7 * $7 / (f * f))))
	d1 = $8 - (8 + f / C); d2 = $9 - (8 + f * C) } END { exit !(d1 * d1 < 1e-20 && d2 * d2 < 1e-20) }' "$T/out" &&
	ok || bad "the sum's interval is not log-normal on the unobserved"

t "--by: HRDAG's rule, a list that holds nobody in a stratum, no sum without every stratum"
printf 'region,A,B,C,D\n' >"$T/strata.csv"
awk 'BEGIN { for (i = 0; i < 40; i++) print "East," (i % 2 ? "yes" : "no") "," (i % 3 ? "no" : "yes") "," (i % 2 ? "no" : "yes") ",no"
	for (i = 0; i < 60; i++) print "West," (i % 2 ? "yes" : "no") "," (i % 3 ? "no" : "yes") ",no,no" }' |
	awk -F, '$2 == "yes" || $3 == "yes" || $4 == "yes" || $5 == "yes"' >>"$T/strata.csv"
run mse "$T/strata.csv" --lists A,B,C,D --by region --models 1 --explain --format md
expect_rc 0
expect_out_has "| East | 1,2,3 | 3 |"
expect_out_has "| West |  | 2 |"
expect_out_has "| all strata | best-bic | 4 | 80 |  |  |  |  |  |  |  |  |  |  | 0.95 |"
expect_out_has "East: The 4 lists (A, B, C and D) together name"
expect_out_has "In this group D holds nobody, so the estimates use the other 3 lists."
expect_out_has "West: Only 2 of the 4 lists (A and B) hold anyone here. With three or more lists, casestat gives no total from fewer than three that hold records (HRDAG's practice). Two lists cannot show whether the lists depend on each other."
expect_out_has "name them alone (--lists A,B) with --where for this stratum."
expect_out_has "do not add up to a total: 1 of the 2 strata (the first: 'West') has no estimate, and a total over strata is given only when every stratum has one."

t "--explain: the people named, the estimate, the range over models, the assumptions once"
run mse $(ops lesbian) --lists A,B,C,D --explain --format md
expect_rc 0
expect_out_has "The 4 lists (A, B, C and D) together name 2,185 distinct people. Of the 113 models searched, BIC ranks model 12,14,23,24,34 (dependence between the pairs A–B, A–D, B–C, B–D and C–D) best. Under it the total is estimated at 6,349 people, 4,164 more than the lists name. With 95% confidence it lies between 5,422 and 7,536 (profile likelihood). No other model of the 113 comes within 2 of its BIC."
expect_out_has "Model 14,23,24,34 (dependence between the pairs A–D, B–C, B–D and C–D): BIC 2.3 above the best; total 5,351 (4,828 to 5,973)."
expect_out_has "Chao's lower bound: 1,612 people are on exactly one list and 436 on exactly two, so the total is at least about 4,420."
if [ "$(grep -c 'These estimates rest on four assumptions' "$T/out")" = 1 ]; then ok; else bad "the assumptions are not said once"; fi
expect_out_has "(4) Every person is equally likely to be listed. If some people are harder for every list to reach, the estimate is too low"
run mse datasets/lists.csv --lists hotline,lawyers,media,official --where region="Mangystau Region" --models 1 --explain \
	--format md
expect_out_has "The choice of model matters: 3 other models come within 2 of the best BIC and give totals from 172 to 519. That is beyond this interval"
run mse $(ops HIV) --model 134,2 --explain --format md
expect_rc 0
expect_err <<'ERR'
casestat: note: 1 row of the result has no estimate (a model that cannot be fitted, a group with too few lists, or a sum missing a stratum); --explain says why for each
ERR
expect_out_has "| 134,2 | 4 | 1896 |  |  |  |  |  |  | 6 |  |  |  | 0.95 |"
expect_out_has "Model 134,2 (dependence among 1–3–4) gives no estimate: a combination of lists in one of its terms holds nobody (an empty margin), so the model cannot be fitted. The model BIC ranks best is 1,2,3,4, with a total of 11,125; no other model comes within 2 of its BIC. 19 of the 113 models give no estimate"
run mse $(ops HIV) --model 12,3,4 --explain --format md
expect_out_has "By BIC it is not the best model: 1,2,3,4 fits better by 2.1."
run mse datasets/lists.csv --lists hotline,lawyers,media,official --model 12,13,4 --explain --format md
expect_out_has "Model 12,13,4 (dependence between the pairs hotline–lawyers and hotline–media) is the model given with --model. Under it the total is estimated at 4,639 people, 1,822 more than the lists name. With 95% confidence it lies between 4,424 and 4,876 (profile likelihood). It is also the model BIC ranks best."
run mse datasets/lists.csv --lists hotline,lawyers,media,official --by region --models 1 --explain --format md
expect_out_has "The 5 strata together: the lists name 2,817 people. The strata's estimates, each under its own best model by BIC, add up to an estimate. The total is estimated at 4,456 people, 1,639 more than the lists name. With 95% confidence it lies between 4,269 and 4,668 (log-normal)."
expect_out_has "Chao's lower bounds of the strata add up to a lower bound. The total is at least about 3,818; the bound's 95% confidence interval is 3,693 to 3,962."

t "--explain at the edges: no recapture, no upper limit, lower limit at n, two lists every time"
run mse 11=0 10=30 01=20 --method all --explain --format md
expect_rc 0
expect_out_has "| lincoln-petersen | 2 | 50 |  |"
expect_out_has "| chapman | 2 | 50 | 650.0 | 600.0 | 441.9 | 324.7 | ∞ | profile |"
expect_out_has "Lincoln-Petersen's estimator gives no estimate: it divides by the number of people on both lists, which is 0. No one is on both lists, so the lists say almost nothing about how many they missed. Two lists cannot show whether being on one makes being on the other more or less likely."
expect_out_has "Chapman's estimator: total 650 (at least 325, no upper limit). The profile interval belongs to the lists' independence model, not to the estimator: it is the same for Lincoln-Petersen and Chapman."
run mse 11=0 10=30 01=20 --explain --format json
expect_out_has '"upper": null, "interval": "profile"'
expect_out_has "With 95% confidence it is at least 325 (profile likelihood). The data set no upper limit"
run mse 11=5 10=0 01=0 --explain --format md
expect_out_has "the total is estimated at 5.0 people, no more than the lists name. With 95% confidence it lies between 5.0 and 5.4 (profile likelihood). The lower limit is the number the lists name: the data cannot rule out that the lists missed no one."
expect_out_has "(3) Neither list depends on the other, which two lists cannot check."
run mse 10=10 11=50 --interval wald --explain --format md
expect_out_has "By Chapman's estimator the total is estimated at 60.0 people, no more than the lists name. Its standard error is 0 (for two lists: one holds everyone on the other), so its Wald interval is that number alone."
run mse 11=167 10=0 01=0 --method all --interval wald --explain --format md
expect_out_has "Chapman's estimator: total 167.0, with a standard error of 0 (the interval is that number alone)."
run mse 11=1000000 10=3 01=2 --explain --format md
expect_out_has "With 95% confidence it lies between 1,000,005.00 and 1,000,005.17 (profile likelihood)."
expect_out_has "The bound's 95% confidence interval is 1,000,005.0000 to 1,000,005.0055 (log-normal)."
run mse 111=3 100=1 --explain --format md
expect_out_has "No model of the 8 gives one, so there is no estimate here."
run mse 100=10 010=5 110=2 --explain --format md
expect_out_has "Only 2 of the 3 lists (list 1 and list 2) hold anyone here."
expect_out_lacks_assumptions=$(grep -c 'four assumptions' "$T/out")
if [ "$expect_out_lacks_assumptions" = 0 ]; then ok; else bad "assumptions without any estimate"; fi

t "--format json and md"
run mse 11=167 10=781 01=254 --format json
expect_rc 0
expect_out <<'OUT'
[
  {"model": "chapman", "lists": 2, "observed": 1202, "estimate": 2382.7976190476193, "unobserved": 1180.7976190476193, "se": 129.05625929910178, "lower": 2155.9979554074753, "upper": 2670.3277587727152, "interval": "profile", "df": null, "deviance": null, "aic": null, "bic": null, "conf": 0.94999999999999996},
  {"model": "chao", "lists": 2, "observed": 1202, "estimate": 2805.6302395209582, "unobserved": 1603.6302395209582, "se": 164.13798585720156, "lower": 2514.8262287278308, "upper": 3160.8502185837915, "interval": "lognormal", "df": null, "deviance": null, "aic": null, "bic": null, "conf": 0.94999999999999996}
]
OUT
run mse 11=167 10=781 01=254 --format md
expect_out <<'OUT'
| model | lists | observed | estimate | unobserved | se | lower | upper | interval | df | deviance | aic | bic | conf |
|:---|---:|---:|---:|---:|---:|---:|---:|:---|---:|---:|---:|---:|---:|
| chapman | 2 | 1202 | 2382.8 | 1180.8 | 129.1 | 2156.0 | 2670.3 | profile |  |  |  |  | 0.95 |
| chao | 2 | 1202 | 2805.6 | 1603.6 | 164.1 | 2514.8 | 3160.9 | lognormal |  |  |  |  | 0.95 |
OUT

t "--min-cell: small groups, small pattern counts under two lists, Chao's f1 and f2"
run mse "$DATA/mse_people.csv" --lists A,B,C --by region --models 1 --min-cell 5 --format md --explain
expect_rc 0
expect_out_has "| North | 1,2,3 | 3 | <5 |  |  |  |  |  | profile | 3 |  |  |  | 0.95 | true |"
# 4 + 4 = 8 would pin both strata at 4: the total is hidden too
expect_out_has "| all strata | best-bic | 3 | <5 |  |  |  |  |  | lognormal |  |  |  |  | 0.95 | true |"
expect_out_has "North: Hidden under --min-cell 5, which keeps counts from 1 to 4 out of published tables. The number of people the lists name is from 1 to 4 (printed as <5)."
expect_out_has "the number of people on exactly two lists is from 1 to 4 (printed as <5)."
expect_out_has "all strata: Hidden under --min-cell 5, which keeps counts from 1 to 4 out of published tables. The number of people the lists name is hidden because with the totals it would let another hidden count be worked out by subtraction"
run mse 11=3 10=100 01=120 --min-cell 5 --format md --explain
expect_out_has "| chapman | 2 | 223 |  |  |  |  |  | profile |  |  |  |  | 0.95 | true |"
expect_out_has "the number of people on both lists is from 1 to 4."
run mse 11=300 10=100 01=120 --min-cell 5 --format csv
expect_out_has "chapman,2,520,"
expect_out_has ",false"
lacks_true=$(grep -c ',true$' "$T/out")
if [ "$lacks_true" = 0 ]; then ok; else bad "nothing should be hidden"; fi

# mse_two_strata.csv: North has 3 people on both lists, so its two-list
# estimates are hidden; the sum would give them back (sum minus South)
run mse "$DATA/mse_two_strata.csv" --lists A,B --count n --by region --min-cell 5 --format md --explain
expect_rc 0
expect_out_has "| North | chapman | 2 | 223 |  |  |  |  |  | profile |"
expect_out_has "| South | chapman | 2 | 220 | 361.2 |"
expect_out_has "| all strata | chapman | 2 | 443 |  |  |  |  |  | lognormal |  |  |  |  | 0.95 | true |"
expect_out_has "all strata: Hidden under --min-cell 5, which keeps counts from 1 to 4 out of published tables. The sum over the strata is hidden because with the totals it would let another hidden count be worked out by subtraction."

t "bad input: patterns, counts, cells, models, lists; exit statuses"
run mse 11=1 101=2
expect_rc 2
expect_err_has "casestat: invalid operand '101=2': the pattern has 3 digits but '11' has 2; every pattern has one digit per list"
for bad_op in 11=-3 11=1.5 11=x; do
	run mse "$bad_op" 10=4
	expect_rc 2
	expect_err_has "the count must be a whole number of people, 0 or more"
done
run mse 00=3 11=2
expect_rc 2
expect_err_has "pattern 00 is on no list"
run mse 1=5
expect_rc 2
expect_err_has "multiple systems estimation needs at least two lists"
run mse 11=3 11=4
expect_rc 2
expect_err_has "pattern 11 is given twice"
run mse 11=0 10=0
expect_rc 2
expect_err_has "every count is 0"
run mse "$DATA/mse_people.csv" --lists A
expect_rc 2
expect_err_has "invalid --lists 'A': one list; multiple systems estimation takes 2 to 6 lists"
run mse "$DATA/mse_people.csv" --lists A,B,C,A
expect_rc 2
expect_err_has "column 'A' is named twice"
run mse "$DATA/mse_people.csv" --lists A,B,C --model 14
expect_rc 2
expect_err_has "invalid --model '14': it names list 4, but there are only 3 lists (digits are positions in --lists: 1 is 'A')"
run mse 111=3 110=1 --model 112
expect_rc 2
expect_err_has "term 112 names list 1 twice"
run mse 111=3 110=1 --model 123
expect_rc 2
expect_err_has "term 123 names all 3 lists"
run mse 111=3 110=1 --method chapman
expect_rc 2
expect_err_has "--method chooses a two-list estimator"
run mse 11=3 10=1 --models 3
expect_rc 2
expect_err_has "with two lists there is one model"
run mse 111=3 --models 0
expect_rc 2
run mse "$DATA/mse_people.csv" --count n
expect_rc 2
expect_err_has "name the lists' columns with --lists"
run mse 11=3 10=1 --by region
expect_rc 2
expect_err_has "--count, --by and --where need a FILE"
run_at "$DATA" mse mse_bad_cell.csv --lists A,B,C
expect_rc 1
expect_err <<'ERR'
casestat: mse_bad_cell.csv:3:2: column 'B' has 'maybe', which is neither true (1, true, yes, y, t, да, истина, иә, ақиқат) nor false (0, false, no, n, f, нет, ложь, жоқ, жалған); name the words with --true and --false
ERR
run_at "$DATA" mse mse_empty_cell.csv --lists A,B,C
expect_rc 1
expect_err <<'ERR'
casestat: mse_empty_cell.csv:3:2: list column 'B' is empty: it is not known whether this person is on list 'B'; write yes or no
ERR
run_at "$DATA" mse mse_nolist.csv --lists A,B,C
expect_rc 1
expect_err <<'ERR'
casestat: mse_nolist.csv:3: this row is on none of the lists of --lists (each of their columns says no): people on no list are what is estimated, they cannot be counted; leave such rows out (to use fewer lists than the file has, keep only the rows on at least one of them)
ERR
run_at "$DATA" mse mse_nolist_count.csv --lists A,B,C --count n
expect_rc 1
expect_err_has "casestat: mse_nolist_count.csv:3: this row is on none of the lists of --lists (each of their columns says no): people on no list are what is estimated, they cannot be counted (a row of this pattern may only have a count of 0)"
run_at "$DATA" mse mse_badcount.csv --lists A,B,C --count n
expect_rc 1
expect_err <<'ERR'
casestat: mse_badcount.csv:3:4: column 'n' has '2.5', which is not a whole number of people (0 or more)
ERR

t "--plot: the estimates and the capture patterns, FILE and FILE_patterns"
run mse $(ops lesbian) --lists A,B,C,D --plot "$T/m.gp"
expect_rc 0
if [ -s "$T/m.gp" ] && [ -s "$T/m_patterns.gp" ]; then ok; else bad "m.gp and m_patterns.gp not both written"; fi
if grep -q "'12,14,23,24,34'" "$T/m.gp"; then ok; else bad "m.gp lacks the best model"; fi
if grep -q "'D' 1" "$T/m_patterns.gp"; then ok; else bad "m_patterns.gp lacks the list names"; fi
if command -v gnuplot >/dev/null 2>&1; then
	run mse "$DATA/mse_people.csv" --lists A,B,C --by region --plot "$T/by.png" --min-cell 5
	expect_rc 0
	if [ -s "$T/by.png" ] && [ -s "$T/by_patterns.png" ] && [ -s "$T/by_patterns.gp" ]; then ok; else
		bad "by.png, by_patterns.png not written"; fi
	if grep -q "'<5' at first" "$T/by_patterns.gp"; then ok; else bad "hidden pattern counts not marked"; fi
fi

t "recipe section: NAME.csv, both figures in report.md, methods cited"
mkdir -p "$T/mrcp"
cp "$DATA/mse_people.csv" "$T/mrcp/people.csv"
cat >"$T/mrcp/m.recipe" <<'RECIPE'
[run]
title = mse

[mse lists]
input = people.csv
lists = A,B,C
by = region
models = 1
plot = gp
RECIPE
run_at "$T/mrcp" run m.recipe -o out
expect_rc 0
if [ -s "$T/mrcp/out/lists.csv" ] && [ -s "$T/mrcp/out/lists.gp" ] && [ -s "$T/mrcp/out/lists_patterns.gp" ]; then ok; else
	bad "lists.csv, lists.gp, lists_patterns.gp"; fi
if grep -q "^- loglinear-profile: Fienberg (1972); Cormack (1989); interval: Cormack (1992)" "$T/mrcp/out/report.md"; then ok; else
	bad "report.md does not cite the log-linear method"; fi
if grep -q "^models = 1$" "$T/mrcp/out/run.txt" && grep -q "^method = chapman (2 lists)$" "$T/mrcp/out/run.txt"; then ok; else
	bad "run.txt does not record the options"; fi
run_at "$T/mrcp/out" verify .
expect_rc 0
if command -v gnuplot >/dev/null 2>&1; then
	sed -i 's/^plot = gp/plot = png/' "$T/mrcp/m.recipe"
	run_at "$T/mrcp" run m.recipe -o png
	expect_rc 0
	if grep -q '^!\[lists_patterns\](lists_patterns.png)$' "$T/mrcp/png/report.md"; then ok; else
		bad "report.md lacks the patterns figure"; fi
	if grep -q ' lists_patterns.png$' "$T/mrcp/png/MANIFEST.sha256"; then ok; else bad "MANIFEST lacks it"; fi
fi

t "help names the columns"
run mse --help
expect_rc 0
expect_out_has "Output columns: group,model,lists,observed,estimate,unobserved,se,lower,upper,interval,df,deviance,aic,bic,conf"
