# t_tab.sh - casestat tab: every form, format and bad input.
# Expected limits: Goodman's formula in R 4.2.2 with
# A = qchisq(alpha/k, 1, lower.tail = FALSE) (as tests/ref/multinom_ref.R),
# and prop.test(x, n, correct = FALSE) for per-category Wilson.

t "calculator: counts, csv, Goodman by default, largest first"
run tab 120,80,45,30,25
expect_rc 0
if [ "$(head -1 "$T/out")" = "category,count,n,missing,share,lower,upper,method,conf" ]; then ok; else bad "header: $(head -1 "$T/out")"; fi
if [ "$(cut -d, -f1,2,3,4,8 "$T/out" | tr '\n' ' ')" = "category,count,n,missing,method 1,120,300,0,goodman 2,80,300,0,goodman 3,45,300,0,goodman 4,30,300,0,goodman 5,25,300,0,goodman " ]; then ok; else bad "rows: $(cut -d, -f1,2,3,4,8 "$T/out" | tr '\n' ' ')"; fi
expect_num share 1 0.4 1e-15
expect_num lower 1 0.33006837048370286 1e-14
expect_num upper 1 0.47425918432142039 1e-14
expect_num lower 2 0.20647073029793478 1e-14
expect_num upper 2 0.33696023091401961 1e-14
expect_num lower 5 0.050705716873074666 1e-14
expect_num upper 5 0.13399242814827247 1e-14
expect_num conf 5 0.95 1e-15
expect_err_empty

t "counts given as several arguments are one list"
run tab 120,80 45 30,25
expect_rc 0
expect_num lower 3 0.10450562379733735 1e-14
expect_num upper 3 0.21064081802059426 1e-14

t "--method wilson: each category alone (R prop.test)"
run tab 120,80,45,30,25 --method wilson
expect_rc 0
expect_num lower 1 0.3461651905860969 1e-14
expect_num upper 1 0.45636340365881228 1e-14
expect_num lower 2 0.21980599244000379 1e-14
expect_num upper 2 0.31942739413145094 1e-14
expect_out_has ",wilson,"

t "--method all: one row per category and method, in table order"
run tab 6,1 --method all
expect_rc 0
if [ "$(cut -d, -f1,8 "$T/out" | tr '\n' ' ')" = "category,method 1,goodman 1,wilson 2,goodman 2,wilson " ]; then ok; else bad "rows: $(cut -d, -f1,8 "$T/out" | tr '\n' ' ')"; fi
run tab 6,1 --method score
expect_out_has ",wilson,"

t "named categories, table with explanations"
run tab Kaspi=120,card=80,transfer=45,cash=30,other=25 --format table --explain
expect_rc 0
expect_out <<'OUT'
category  count    n  missing   share   lower   upper  method   conf
Kaspi       120  300        0  0.4000  0.3301  0.4743  goodman  0.95
card         80  300        0  0.2667  0.2065  0.3370  goodman  0.95
transfer     45  300        0  0.1500  0.1045  0.2106  goodman  0.95
cash         30  300        0  0.1000  0.0637  0.1536  goodman  0.95
other        25  300        0  0.0833  0.0507  0.1340  goodman  0.95

Kaspi: 120 of 300 (40%). With 95% confidence for all 5 categories at once,
this share lies between 33% and 47% (Goodman simultaneous).

card: 80 of 300 (27%). With 95% confidence for all 5 categories at once, this
share lies between 21% and 34% (Goodman simultaneous).

transfer: 45 of 300 (15%). With 95% confidence for all 5 categories at once,
this share lies between 10% and 21% (Goodman simultaneous).

cash: 30 of 300 (10.0%). With 95% confidence for all 5 categories at once,
this share lies between 6.4% and 15.4% (Goodman simultaneous).

other: 25 of 300 (8.3%). With 95% confidence for all 5 categories at once,
this share lies between 5.1% and 13.4% (Goodman simultaneous).
OUT

t "--sort: count ties break by name; name puts numbers in numeric order"
run tab b=5,a=5,10=1,9=7,c=2
expect_rc 0
if [ "$(cut -d, -f1 "$T/out" | tr '\n' ' ')" = "category 9 a b c 10 " ]; then ok; else bad "order: $(cut -d, -f1 "$T/out" | tr '\n' ' ')"; fi
run tab b=5,a=5,10=1,9=7,c=2 --sort name
if [ "$(cut -d, -f1 "$T/out" | tr '\n' ' ')" = "category 9 10 a b c " ]; then ok; else bad "order: $(cut -d, -f1 "$T/out" | tr '\n' ' ')"; fi

t "zero cells and small counts are explained"
run tab yes=6,no=1,unsure=0 --format md --explain
expect_rc 0
expect_out_has "| unsure | 0 | 7 | 0 | 0.0000 | 0.0000 |"
expect_out_has "No case is in this category; the upper limit shows how large its share could still be."
expect_out_has "Caution: with only 7 cases the ranges are wide."
run tab 7 --method wilson --format json --explain
expect_rc 0
expect_out_has '"category": "1", "count": 7, "n": 7, "missing": 0, "share": 1,'
expect_out_has '"upper": 1,'
expect_out_has "With 95% confidence this share lies between"

t "json and md renderings"
run tab 6,1 --format json
expect_rc 0
expect_out_has '[
  {"category": "1", "count": 6, "n": 7, "missing": 0, "share": 0.8571428571428571,'
run tab 6,1 --format md
expect_out_has "| category | count | n | missing | share | lower | upper | method | conf |"

t "data form: --by, Cyrillic and quoted labels, byte order by name"
run tab "$DATA/tab_dates.csv" --by region --sort name
expect_rc 0
for row in '2 Almaty,3,6,0,' '3 Astana,1,6,0,' '4 "Astana, city",1,6,0,' '5 Шымкент,1,6,0,'; do
	case $(sed -n "${row%% *}p" "$T/out") in "${row#* }"*) ok ;; *) bad "row ${row%% *} is not ${row#* }" ;; esac
done
expect_num lower 1 0.14301780557718644 1e-14
expect_num upper 1 0.85698219442281354 1e-14
expect_num lower 2 0.020877643750883822 1e-14
expect_num upper 2 0.65228578860892283 1e-14

t "data form: --where"
run tab "$DATA/tab_dates.csv" --by channel --where region=Almaty
expect_rc 0
if [ "$(cut -d, -f1,2,3 "$T/out" | tr '\n' ' ')" = "category,count,n Kaspi,1,3 card,1,3 cash,1,3 " ]; then ok; else bad "rows: $(cut -d, -f1,2,3 "$T/out" | tr '\n' ' ')"; fi
run tab "$DATA/tab_dates.csv" --by channel --where region=Nowhere
expect_rc 1
expect_err_has "no row matches the --where conditions"

t "months: time order, empty months between first and last listed"
run tab "$DATA/tab_dates.csv" --by date:month
expect_rc 0
if [ "$(cut -d, -f1,2,3,4 "$T/out" | tr '\n' ' ')" = "category,count,n,missing 2023-06,2,5,1 2023-07,0,5,1 2023-08,1,5,1 2023-09,1,5,1 2023-10,0,5,1 2023-11,0,5,1 2023-12,0,5,1 2024-01,1,5,1 " ]; then ok; else bad "rows: $(cut -d, -f1,2,3,4 "$T/out" | tr '\n' ' ')"; fi
expect_num lower 1 0.075982372222583139 1e-14
expect_num upper 1 0.84386869606332959 1e-14
expect_num lower 2 0 0
expect_num upper 2 0.59925534142956394 1e-14
expect_num lower 3 0.021725654364773226 1e-14
expect_num upper 8 0.73782755049296511 1e-14
run tab "$DATA/tab_dates.csv" --by date:month --sort count
if [ "$(cut -d, -f1 "$T/out" | head -3 | tr '\n' ' ')" = "category 2023-06 2023-08 " ]; then ok; else bad "order: $(cut -d, -f1 "$T/out" | tr '\n' ' ')"; fi

t "quarters and ISO weeks: time order, empty periods between first and last listed"
run tab "$DATA/tab_dates.csv" --by date:quarter
expect_rc 0
if [ "$(cut -d, -f1,2 "$T/out" | tr '\n' ' ')" = "category,count 2023-Q2,2 2023-Q3,2 2023-Q4,0 2024-Q1,1 " ]; then ok; else bad "rows: $(cut -d, -f1,2 "$T/out" | tr '\n' ' ')"; fi
run tab "$DATA/tab_dates.csv" --by date:week
expect_rc 0
# 2023-06-18 is a Sunday (W24), 2024-01-15 a Monday (2024-W03): 29 + 3 weeks
if [ "$(sed -n '2p;3p;4p;$p' "$T/out" | cut -d, -f1,2 | tr '\n' ' ')" = "2023-W24,1 2023-W25,0 2023-W26,1 2024-W03,1 " ] &&
   [ "$(wc -l <"$T/out")" -eq 33 ]; then ok; else bad "rows: $(cut -d, -f1,2 "$T/out" | tr '\n' ' ')"; fi

t "years"
run tab "$DATA/tab_dates.csv" --by date:year --explain --format md
expect_rc 0
expect_out_has "| 2023 | 4 | 5 | 1 | 0.8000 | 0.3290 | 0.9703 | goodman | 0.95 |"
expect_out_has "| 2024 | 1 | 5 | 1 | 0.2000 | 0.0297 | 0.6710 | goodman | 0.95 |"
expect_out_has "1 row with an empty date was left out."
run tab "$DATA/tab_dates.csv" --by date:year --format csv
expect_num lower 1 0.32902129902313593 1e-14
expect_num upper 2 0.67097870097686418 1e-14

t "real sample data: donations per month"
run tab "$ROOT/datasets/donors.csv" --by date:month
expect_rc 0
if [ "$(cut -d, -f1,2,3 "$T/out" | tr '\n' ' ')" = "category,count,n 2023-06,1576,7214 2023-07,3888,7214 2023-08,1750,7214 " ]; then ok; else bad "rows: $(cut -d, -f1,2,3 "$T/out" | tr '\n' ' ')"; fi

t "bad dates name the file, line and field"
run_at "$DATA" tab tab_baddate.csv --by date:month
expect_rc 1
expect_err <<'ERR'
casestat: tab_baddate.csv:4:2: column 'date' has '09.07.2023', which is not a date in the form YYYY-MM-DD (e.g. 2023-07-09); it reads as a date with --date-format '%d.%m.%Y'
ERR
expect_out_empty
run_at "$DATA" tab tab_noday.csv --by date:year
expect_rc 1
expect_err <<'ERR'
casestat: tab_noday.csv:3:2: column 'date' has '2023-02-30', which is not a day of the calendar
ERR
run_at "$DATA" tab tab_dates.csv --by region:month
expect_rc 1
expect_err_has "tab_dates.csv:2:2: column 'region' has 'Almaty', which is not a date"

t "data errors"
run tab "$DATA/tab_dates.csv" --by nosuch
expect_rc 1
expect_err_has "nosuch"
run tab "$DATA/header_only.csv" --by region
expect_rc 1
printf 'id,region\n1,\n2, \n' >"$T/blank.csv"
run tab "$T/blank.csv" --by region
expect_rc 1
expect_err_has "column 'region' is empty in every row: there is nothing to count"

t "usage errors exit 2 with a message and a hint"
for bad_arg in 5,,3 5, a,b -5,3 5,-3 =5 x=; do
	run tab "$bad_arg"
	expect_rc 2
	expect_err_has "Try 'casestat tab --help' for more information."
	expect_out_empty
done
run tab 5,-3
expect_err_has "casestat: invalid count '-3' in '5,-3': counts cannot be negative"
run tab "$DATA/tab_dates.csv"
expect_err_has "(to read a file, add --by COL)"
run tab 0,0
expect_rc 2
expect_err_has "all counts are 0"
run tab a=1,a=2
expect_rc 2
expect_err_has "the count name 'a' is given twice"
run tab 4503599627370496,4503599627370497
expect_rc 2
expect_err_has "the counts add up to more than"
run tab "$DATA/tab_dates.csv" --by date:decade
expect_rc 2
expect_err_has "invalid --by 'date:decade': after ':' write year, quarter, month, week or day"
run tab 5,3 --method sison-glaz
expect_rc 2
expect_err_has "unknown method 'sison-glaz'; the methods are: goodman, wilson, all"
run tab 5,3 --sort size
expect_rc 2
run tab 5,3 --where region=Almaty
expect_rc 2
run tab
expect_rc 2
expect_err_has "nothing to do"
run tab a.csv b.csv --by region
expect_rc 2
run tab 5,3 --conf 1
expect_rc 2

t "--conf changes every interval; --help is complete"
run tab 120,80,45,30,25 --conf 0.99
expect_num conf 1 0.99 1e-15
run tab --help
expect_rc 0
expect_out_has "Output columns: category,count,n,missing,share,lower,upper,method,conf"
expect_out_has "goodman"
expect_out_has "periods with no cases"

t "--threads 1, 2, 3 and stdin agree byte for byte"
awk 'BEGIN {
	print "id,region,date,note"
	for (i = 1; i <= 150000; i++) {
		r = (i % 5 == 0) ? "\"Almaty, city\"" : (i % 3 ? "Astana" : "Шымкент")
		d = (i % 11 == 0) ? "" : sprintf("%04d-%02d-%02d", 2020 + i % 3, 1 + (i % 7) * (i % 2), 1 + i % 28)
		note = (i % 997 == 0) ? "\"called twice,\nno answer\"" : "none"
		printf "%d,%s,%s,%s\n", i, r, d, note
	}
}' >"$T/tab_big.csv"
for by in region date:month; do
	run tab "$T/tab_big.csv" --by $by --threads 1
	expect_rc 0
	cp "$T/out" "$T/one.csv"
	for n in 2 3; do
		run tab "$T/tab_big.csv" --by $by --threads $n
		if cmp -s "$T/one.csv" "$T/out"; then ok; else bad "--by $by --threads $n differs from --threads 1"; fi
	done
	run_in "$T/tab_big.csv" tab - --by $by
	if cmp -s "$T/one.csv" "$T/out"; then ok; else bad "--by $by: stdin differs from --threads 1"; fi
done
# months 2020-01 ... 2022-07 in time order, empty ones included
if [ "$(sed -n '2p;$p' "$T/out" | cut -d, -f1 | tr '\n' ' ')" = "2020-01 2022-07 " ]; then ok; else bad "first/last month: $(sed -n '2p;$p' "$T/out" | cut -d, -f1 | tr '\n' ' ')"; fi
if [ "$(wc -l <"$T/out")" -eq 32 ]; then ok; else bad "$(wc -l <"$T/out") lines, expected 31 months and a header"; fi

t "a bad date late in a big file names the same line with any number of threads"
cp "$T/tab_big.csv" "$T/tab_bad.csv"
echo "150001,Astana,2023-13-01,none" >>"$T/tab_bad.csv"
for n in 1 2 3; do
	run tab "$T/tab_bad.csv" --by date:year --threads $n
	expect_rc 1
	expect_err_has ":150152:3: column 'date' has '2023-13-01', which is not a day of the calendar"
done
