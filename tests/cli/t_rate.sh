# t_rate.sh - casestat rate: every form, format and bad input.
# Expected values: R 4.2.2 poisson.test(x, T, conf.level)$estimate and
# $conf.int (times --per), and poisson.test(c(x1, x2), c(T1, T2)) for ratios.

t "one rate: count only (exposure 1), csv"
run rate 6
expect_rc 0
if [ "$(head -1 "$T/out")" = "group,count,exposure,missing,rate,lower,upper,per,method,conf" ]; then ok; else bad "header: $(head -1 "$T/out")"; fi
expect_out_has "6,6,1,0,6,"
expect_num lower 1 2.2018942534908512 1e-14
expect_num upper 1 13.059474022518685 1e-13
expect_out_has ",1,exact,0.94999999999999996"
expect_err_empty

t "one rate over an exposure, --per 1000"
run rate 6/1000 --per 1000
expect_rc 0
expect_num rate 1 6 1e-14
expect_num lower 1 2.2018942534908512 1e-14
expect_num upper 1 13.059474022518685 1e-13
expect_num per 1 1000 0

t "zero events: lower limit 0, upper -log(alpha/2)/T; decimal exposure"
run rate 0/0.5 --conf 0.99
expect_rc 0
expect_num lower 1 0 0
expect_num upper 1 10.596634733096071 1e-13
expect_num exposure 1 0.5 0

t "table with explanations"
run rate 6/1000 --per 1000 --explain --format table
expect_rc 0
expect_out <<'OUT'
group   count  exposure  missing  rate  lower  upper   per  method  conf
6/1000      6      1000        0     6  2.202  13.06  1000  exact   0.95

6 events in an exposure of 1,000: a rate of 6 per 1,000. With 95% confidence
the underlying rate lies between 2.2 and 13.1 per 1,000 (exact Poisson,
Garwood). Caution: with only 6 events the rate is unstable and the range is
wide.
OUT

t "two rates and their ratio (6 in 1,000 against 12 in 4,000)"
run rate 6/1000 12/4000
expect_rc 0
expect_out <<'OUT'
measure,group,count,exposure,estimate,lower,upper,per,method,conf
rate,6/1000,6,1000,0.0060000000000000001,0.0022018942534908523,0.013059474022518683,1,exact,0.94999999999999996
rate,12/4000,12,4000,0.0030000000000000001,0.0015501437771805544,0.0052403962620442383,1,exact,0.94999999999999996
rate_ratio,6/1000 vs 12/4000,,,2,0.61588562985718442,5.7578768700280012,,exact,0.94999999999999996
OUT
# the digits above agree with R to these tolerances:
# R: poisson.test(c(6, 12), c(1000, 4000)): 2, 0.61588562985718642, 5.7578768700279914
expect_num estimate 3 2 1e-15
expect_num lower 3 0.61588562985718642 1e-14
expect_num upper 3 5.7578768700279914 1e-13
# R: poisson.test(12, 4000)$conf.int = 0.0015501437771805542 0.0052403962620442383
expect_num lower 2 0.0015501437771805542 1e-17
expect_num upper 2 0.0052403962620442383 1e-17
expect_num lower 1 0.0022018942534908514 1e-17
expect_num upper 1 0.013059474022518685 1e-17

t "ratio with no events in the second group: no upper limit, empty cells"
run rate 5/100 0/100 --explain --format md
expect_rc 0
expect_out_has "| rate_ratio | 5/100 vs 0/100 |  |  |  | 0.9164 |  |  | exact | 0.95 |"
expect_out_has "so the ratio of the first to the second has no upper limit; with 95% confidence it is at least 0.916"
run rate 5/100 0/100
expect_num lower 3 0.91635585731546021 1e-14
run rate 5/100 0/100 --format json
expect_out_has '"measure": "rate_ratio", "group": "5/100 vs 0/100", "count": null, "exposure": null, "estimate": null, "lower": 0.91635585731546'
expect_out_has '"upper": null, "per": null,'

t "ratio with no events at all is undefined and explained"
run rate 0/100 0/50 --explain --format md
expect_rc 0
expect_out_has "| rate_ratio | 0/100 vs 0/50 |  |  |  |  |  |  | exact | 0.95 |"
expect_out_has "Neither has any events, so there is nothing to compare."

t "a ratio that excludes 1 says so"
run rate 120/5000.5 20/7000 --explain --format md
expect_rc 0
expect_out_has "The range excludes 1."

t "data form: --count, --exposure, --by; decimals add up; blanks are missing"
run rate "$DATA/rate_regions.csv" --count complaints --exposure person_years --by region --per 1000
expect_rc 0
if [ "$(cut -d, -f1,2,3,4 "$T/out" | tr '\n' ' ')" = "group,count,exposure,missing Almaty,5,2000.75,0 Astana,0,950,0 Shymkent,7,1500,1 " ]; then ok; else bad "rows: $(cut -d, -f1,2,3,4 "$T/out" | tr '\n' ' ')"; fi
# R: poisson.test(5, 2000.75), (0, 950), (7, 1500), times 1000
expect_num rate 1 2.4990628514307134 1e-14
expect_num lower 1 0.81143890546965936 1e-14
expect_num upper 1 5.831979047518514 1e-13
expect_num lower 2 0 0
expect_num upper 2 3.8830310043304581 1e-14
expect_num lower 3 1.876242034346578 1e-14
expect_num upper 3 9.6151169078015855 1e-13
run rate "$DATA/rate_regions.csv" --count complaints --exposure person_years --where region=Shymkent --explain --format md
expect_rc 0
expect_out_has "| all | 7 | 1500 | 1 |"
expect_out_has "1 row with an empty count or exposure was left out."

t "zero total exposure gives empty cells and a reason"
run rate "$DATA/rate_zeroexposure.csv" --count complaints --exposure person_years --by region --explain --format md
expect_rc 0
expect_out_has "| Almaty | 3 | 0 | 0 |  |  |  | 1 | exact | 0.95 |"
expect_out_has "Almaty: 3 events but no exposure, so there is no rate."

t "bad data names the file, line and field"
run_at "$DATA" rate rate_badcount.csv --count complaints --exposure person_years
expect_rc 1
expect_err <<'ERR'
casestat: rate_badcount.csv:3:2: column 'complaints' has '2.5', which is not a whole number of events (0 or more)
ERR
run_at "$DATA" rate rate_badexposure.csv --count complaints --exposure person_years
expect_rc 1
expect_err <<'ERR'
casestat: rate_badexposure.csv:3:3: column 'person_years' has '-100', which is not an exposure (a number, 0 or more)
ERR
run rate "$DATA/rate_regions.csv" --count complaints --exposure nosuch
expect_rc 1
expect_err_has "nosuch"

t "large counts (10^6 events)"
run rate 1000000/2 --conf 0.999
expect_rc 0
# R: poisson.test(1e6, 2, conf.level = 0.999)$conf.int = 498356.37438676850 501647.40229074511
expect_num lower 1 498356.37438676850 1e-8
expect_num upper 1 501647.40229074511 1e-8

t "usage errors exit 2 with a message and a hint"
for bad_arg in 6/0 6/-1 -6/100 a 6/abc 6.5/100 /100 "" 6/1e999 1000000000001; do
	run rate "$bad_arg"
	expect_rc 2
	expect_err_has "casestat: invalid rate '$bad_arg'"
	expect_err_has "Try 'casestat rate --help' for more information."
	expect_out_empty
done
run rate 1/2 3/4 5/6
expect_rc 2
expect_err_has "give one rate (6/1000) or two to compare"
run rate
expect_rc 2
expect_err_has "nothing to do"
run rate 6/1000 --per 0
expect_rc 2
expect_err_has "invalid --per '0'"
run rate "$DATA/rate_regions.csv" --count complaints
expect_rc 2
expect_err_has "--count and --exposure go together"
run rate 6/1000 --by region
expect_rc 2
run rate --count a --exposure b
expect_rc 2
expect_err_has "missing input FILE"

t "--help is complete"
run rate --help
expect_rc 0
expect_out_has "group,count,exposure,missing,rate,lower,upper,per,method,conf"
expect_out_has "measure,group,count,exposure,estimate,lower,upper,per,method,conf"
expect_out_has "poisson.test(c(x1, x2), c(T1, T2))"
