# t_funnel.sh - casestat funnel: every form, format and bad input.
# Expected limits: R 4.2.2 prop.test(x, n, correct = FALSE)$conf.int
# (Wilson) and binom.test(x, n)$conf.int (Clopper-Pearson).

t "the case's funnel: 7000 -> 800 -> 7 -> 6, csv"
run funnel identified=7000 questioned=800 case_file=7 complained=6
expect_rc 0
if [ "$(head -1 "$T/out")" = "stage,relative_to,x,n,estimate,lower,upper,method,conf" ]; then ok; else bad "header: $(head -1 "$T/out")"; fi
if [ "$(cut -d, -f1-4,8 "$T/out" | tr '\n' ' ')" = "stage,relative_to,x,n,method questioned,previous,800,7000,wilson questioned,first,800,7000,wilson case_file,previous,7,800,wilson case_file,first,7,7000,wilson complained,previous,6,7,wilson complained,first,6,7000,wilson " ]; then ok; else bad "rows: $(cut -d, -f1-4,8 "$T/out" | tr '\n' ' ')"; fi
expect_num lower 1 0.10704312750203132 1e-15
expect_num upper 1 0.1219514133153944 1e-15
expect_num lower 2 0.10704312750203132 1e-15
expect_num lower 3 0.0042448411986720199 1e-15
expect_num upper 3 0.017950404673404682 1e-15
expect_num lower 4 0.00048449065531672652 1e-16
expect_num upper 4 0.0020628912244122109 1e-16
expect_num estimate 5 0.8571428571428571 1e-15
expect_num lower 5 0.48687217072568112 1e-15
expect_num upper 5 0.97432037565525642 1e-15
expect_num lower 6 0.00039289360118435166 1e-16
expect_num upper 6 0.0018689307010695583 1e-16
expect_num conf 6 0.95 1e-15
expect_err_empty

t "explanations: shares of the previous and the first stage, the case-file caution"
run funnel identified=7000 questioned=800 case_file=7 complained=6 --explain --format md
expect_rc 0
expect_out_has "| complained | previous | 6 | 7 | 0.8571 | 0.4869 | 0.9743 | wilson | 0.95 |"
expect_out_has "- Of the 7,000 at stage 'identified', 800 (11.4%) reached stage 'questioned'. With 95% confidence the underlying share lies between 10.7% and 12.2% (Wilson score)."
expect_out_has "- Of the 7 at stage 'case_file', 6 (86%) reached stage 'complained'. With 95% confidence the underlying share lies between 49% and 97% (Wilson score). Caution: with only 7 at stage 'case_file' the range is wide. This share describes the 7 at stage 'case_file'; unless they were picked at random from the 7,000 at stage 'identified', it says nothing about the other 6,993."
expect_out_has "- Of the 7,000 at stage 'identified', 6 (0.09%) reached stage 'complained'."

t "table and json renderings"
run funnel a=10 b=4 --format table
expect_rc 0
expect_out <<'OUT'
stage  relative_to  x   n  estimate   lower   upper  method  conf
b      previous     4  10    0.4000  0.1682  0.6873  wilson  0.95
b      first        4  10    0.4000  0.1682  0.6873  wilson  0.95
OUT
run funnel a=10 b=4 --format json --explain
expect_rc 0
expect_out_has '{"stage": "b", "relative_to": "previous", "x": 4, "n": 10, "estimate": 0.40000000000000002,'
expect_out_has '"explanation": "Of the 10 at stage '"'"'a'"'"', 4 (40%) reached stage '"'"'b'"'"'.'

t "--method: any proportion method, aliases, all"
run funnel identified=7000 questioned=800 case_file=7 complained=6 --method exact
expect_rc 0
expect_out_has ",clopper-pearson,"
expect_num lower 5 0.42127680295680486 1e-15
expect_num upper 5 0.99638970313809938 1e-15
expect_num lower 3 0.0035249834356032724 1e-15
expect_num upper 3 0.017944799407170642 1e-15
run funnel a=10 b=4 --method all
expect_rc 0
if [ "$(wc -l <"$T/out")" -eq 23 ]; then ok; else bad "$(wc -l <"$T/out") lines, expected 1 + 2 x 11"; fi
run funnel a=10 b=0 --method logit --explain --format md
expect_out_has "the Clopper-Pearson exact limits are shown instead"
expect_out_has "Of the 10 at stage 'a', none reached stage 'b'."
run funnel a=10 b=2 --method wald --explain --format md
expect_out_has "The Wald method is unreliable at counts like these"

t "--conf"
run funnel a=7 b=6 --conf 0.99 --method clopper-pearson
expect_num conf 1 0.99 1e-15
# R: binom.test(6, 7, conf.level = 0.99)$conf.int = 0.31508836075326985 0.99928417891887444
expect_num lower 1 0.31508836075326985 1e-14
expect_num upper 1 0.99928417891887444 1e-14

t "bare counts are named by position; an empty stage gives empty cells"
run funnel 50 0 0 --explain --format md
expect_rc 0
expect_out_has "| 2 | previous | 0 | 50 | 0.0000 | 0.0000 |"
expect_out_has "| 3 | previous | 0 | 0 |  |  |  | wilson | 0.95 |"
expect_out_has "| 3 | first | 0 | 50 | 0.0000 | 0.0000 |"
expect_out_has "No one was at stage '2', so there is nothing to estimate."

t "data form: first stage all rows; blanks allowed after a 'no'"
run funnel "$DATA/funnel.csv" --stages identified,questioned,case_file,complained
expect_rc 0
if [ "$(cut -d, -f1-4 "$T/out" | tr '\n' ' ')" = "stage,relative_to,x,n identified,previous,18,20 identified,first,18,20 questioned,previous,8,18 questioned,first,8,20 case_file,previous,3,8 case_file,first,3,20 complained,previous,2,3 complained,first,2,20 " ]; then ok; else bad "rows: $(cut -d, -f1-4 "$T/out" | tr '\n' ' ')"; fi
expect_num lower 1 0.69896635477151281 1e-15
expect_num upper 1 0.97213351878623178 1e-15
expect_num lower 4 0.21880653237281711 1e-15
expect_num upper 4 0.61341849923774683 1e-15
run funnel "$DATA/funnel.csv" --stages identified --explain --format md
expect_out_has "Of all 20 rows, 18 (90%) reached stage 'identified'."
# without the identified stage, the empty 'questioned' of row 20 is unknown
run_at "$DATA" funnel funnel.csv --stages questioned
expect_rc 1
expect_err_has "funnel.csv:21:3: column 'questioned' is empty in a row that is in stage 'all rows'"

t "data form: --base"
run funnel "$DATA/funnel.csv" --base identified --stages questioned,case_file,complained --explain --format md
expect_rc 0
expect_out_has "| questioned | previous | 8 | 18 |"
expect_out_has "| complained | previous | 2 | 3 |"
expect_out_has "| complained | first | 2 | 18 |"
expect_out_has "This share describes the 3 at stage 'case_file'; unless they were picked at random from the 18 at stage 'identified', it says nothing about the other 15."
run funnel "$DATA/funnel.csv" --base identified --stages questioned,case_file,complained --format csv
expect_num lower 1 0.24559518127005645 1e-15
expect_num upper 1 0.66283584357957215 1e-15
expect_num lower 3 0.13684428582359742 1e-15
expect_num upper 3 0.69425760539737269 1e-15
expect_num lower 5 0.20765960080204782 1e-15
expect_num upper 5 0.93850805527960379 1e-15
expect_num lower 6 0.031019522645612387 1e-15
expect_num upper 6 0.32799765130178793 1e-15

t "data form: --where"
run funnel "$DATA/funnel.csv" --stages case_file,complained --where questioned=true
expect_rc 0
expect_out_has "case_file,previous,3,8,"
expect_out_has "complained,previous,2,3,"

t "real sample data: the donors"
run funnel "$ROOT/datasets/donors.csv" --stages questioned,in_case_file,complained
expect_rc 0
expect_out_has "questioned,previous,800,7214,"
expect_out_has "in_case_file,previous,7,800,"
expect_out_has "complained,previous,6,7,0.8571428571428571,0.48687217072568112,0.97432037565525642,wilson,"

t "inconsistent stages name the file and line"
run_at "$DATA" funnel funnel_notnested.csv --stages questioned,case_file,complained
expect_rc 1
expect_err <<'ERR'
casestat: funnel_notnested.csv:4: this row is in stage 'complained' but not in the stage before it, 'case_file': stages must be nested
ERR
expect_out_empty
run_at "$DATA" funnel funnel_empty.csv --stages questioned,case_file,complained
expect_rc 1
expect_err <<'ERR'
casestat: funnel_empty.csv:3:3: column 'case_file' is empty in a row that is in stage 'questioned': it is not known whether this row reached 'case_file'
ERR
run_at "$DATA" funnel funnel_badvalue.csv --stages questioned,case_file,complained
expect_rc 1
expect_err <<'ERR'
casestat: funnel_badvalue.csv:3:2: column 'questioned' has 'maybe', which is neither true (1, true, yes, y, t, да, истина, иә, ақиқат) nor false (0, false, no, n, f, нет, ложь, жоқ, жалған); name the words with --true and --false
ERR
run_at "$DATA" funnel funnel.csv --stages complained,questioned
expect_rc 1
expect_err_has "funnel.csv:4: this row is in stage 'questioned' but not in the stage before it, 'complained'"
run funnel "$DATA/funnel.csv" --stages questioned,nosuch
expect_rc 1
expect_err_has "nosuch"
run funnel "$DATA/funnel.csv" --stages questioned --where id=999
expect_rc 1
expect_err_has "no row matches the --where conditions"

t "usage errors exit 2 with a message and a hint"
run funnel identified=7000 questioned=800 case_file=7 complained=8
expect_rc 2
expect_err <<'ERR'
casestat: stage 'complained' (8) is larger than the stage before it, 'case_file' (7): each stage must be part of the one before
Try 'casestat funnel --help' for more information.
ERR
expect_out_empty
for bad_arg in a=-1 a=x =5 a=1.5 ""; do
	run funnel b=10 "$bad_arg"
	expect_rc 2
	expect_err_has "Try 'casestat funnel --help' for more information."
done
run funnel a=10
expect_rc 2
expect_err_has "a funnel needs at least two stages"
run funnel a=10 a=5
expect_rc 2
expect_err_has "the stage name 'a' is given twice"
run funnel "$DATA/funnel.csv"
expect_rc 2
expect_err_has "(to read a file, add --stages)"
run funnel "$DATA/funnel.csv" --stages a,,b
expect_rc 2
expect_err_has "a column name is empty"
run funnel "$DATA/funnel.csv" --stages a,b,a
expect_rc 2
expect_err_has "column 'a' is named twice"
run funnel "$DATA/funnel.csv" --stages questioned --base questioned
expect_rc 2
run funnel a=10 b=5 --base x
expect_rc 2
run funnel a=10 b=5 --method foo
expect_rc 2
expect_err_has "unknown method 'foo'; the methods are: wald, wilson,"
run funnel
expect_rc 2
expect_err_has "nothing to do"

t "--help is complete"
run funnel --help
expect_rc 0
expect_out_has "Output columns: stage,relative_to,x,n,estimate,lower,upper,method,conf"
expect_out_has "clopper-pearson"
expect_out_has "--base COL"

t "--threads 1, 2, 3 and stdin agree byte for byte"
awk 'BEGIN {
	print "id,note,q,c,k"
	for (i = 1; i <= 150000; i++) {
		q = (i % 9 == 0); c = q && (i % 4 == 0); k = c && (i % 5 != 0)
		note = (i % 997 == 0) ? "\"called twice,\nno answer\"" : "none"
		printf "%d,%s,%s,%s,%s\n", i, note, q ? "true" : "false", c ? "yes" : (q ? "no" : ""), k ? 1 : 0
	}
}' >"$T/funnel_big.csv"
run funnel "$T/funnel_big.csv" --stages q,c,k --threads 1
expect_rc 0
cp "$T/out" "$T/one.csv"
for n in 2 3; do
	run funnel "$T/funnel_big.csv" --stages q,c,k --threads $n
	if cmp -s "$T/one.csv" "$T/out"; then ok; else bad "--threads $n differs from --threads 1"; fi
done
run_in "$T/funnel_big.csv" funnel - --stages q,c,k
if cmp -s "$T/one.csv" "$T/out"; then ok; else bad "stdin differs from --threads 1"; fi
# q: i = 0 mod 9 (16,666); c: also 0 mod 4, i.e. 0 mod 36 (4,166); k: and not 0 mod 5 (4,166 - 833)
expect_out_has "q,previous,16666,150000,"
expect_out_has "c,previous,4166,16666,"
expect_out_has "k,previous,3333,4166,"

t "a row out of order late in a big file names the same line with any number of threads"
cp "$T/funnel_big.csv" "$T/funnel_bad.csv"
echo "150001,none,false,false,1" >>"$T/funnel_bad.csv"
for n in 1 2 3; do
	run funnel "$T/funnel_bad.csv" --stages q,c,k --threads $n
	expect_rc 1
	expect_err_has ":150152: this row is in stage 'k' but not in the stage before it, 'c'"
done
