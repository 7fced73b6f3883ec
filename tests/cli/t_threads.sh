# t_threads.sh - reading one file on several threads gives the same bytes
# as one thread and as standard input (which always streams on one).  The
# file is 5.5 MB: files under 4 MiB are read on one thread anyway.

awk 'BEGIN {
	print "id,region,note,questioned,called"
	for (i = 1; i <= 200000; i++) {
		r = (i % 5 == 0) ? "\"Almaty, city\"" : (i % 3 ? "Astana" : "Шымкент")
		note = (i % 997 == 0) ? "\"called twice,\nno answer\"" : "none"
		q = (i % 9 == 0) ? "true" : ((i % 13 == 0) ? "" : "false")
		printf "%d,%s,%s,%s,%s\n", i, r, note, q, (i % 7 == 0) ? "true" : "false"
	}
}' >"$T/big.csv"

t "--threads 1, 2, 3 and stdin agree byte for byte"
run prop "$T/big.csv" --success questioned --by region --threads 1
expect_rc 0
expect_err_empty    # no progress line on a pipe
cp "$T/out" "$T/one.csv"
for n in 2 3; do
	run prop "$T/big.csv" --success questioned --by region --threads $n
	if cmp -s "$T/one.csv" "$T/out"; then ok; else bad "--threads $n differs from --threads 1"; fi
done
run_in "$T/big.csv" prop - --success questioned --by region
if cmp -s "$T/one.csv" "$T/out"; then ok; else bad "stdin differs from --threads 1"; fi
# Almaty rows: i = 0 mod 5 (40,000); true: i = 0 mod 45 (4,444); empty:
# i = 0 mod 65 but not mod 585 (3,076 - 341 = 2,735); n = 40,000 - 2,735.
expect_out_has '"Almaty, city",4444,37265,2735,'
if [ "$(wc -c <"$T/big.csv")" -gt 4194304 ]; then ok; else bad "big.csv is too small for the parallel path"; fi

t "compare, tab and funnel: the same bytes on 1 and 3 threads"
for args in "compare $T/big.csv --success questioned --by region --groups Astana,Шымкент --method all" \
	    "tab $T/big.csv --by region" "funnel $T/big.csv --stages called"; do
	# shellcheck disable=SC2086
	run $args --threads 1
	expect_rc 0
	cp "$T/out" "$T/one.csv"
	# shellcheck disable=SC2086
	run $args --threads 3
	if cmp -s "$T/one.csv" "$T/out"; then ok; else bad "${args%% *}: --threads 3 differs from --threads 1"; fi
done

t "an error late in a big file names the same line with any number of threads"
cp "$T/big.csv" "$T/bad.csv"
echo "200001,Astana,none,perhaps,false" >>"$T/bad.csv"
run prop "$T/bad.csv" --success questioned --threads 2
expect_rc 1
expect_err_has ":200202:4: column 'questioned' has 'perhaps'"
run prop "$T/bad.csv" --success questioned --threads 1
expect_err_has ":200202:4: column 'questioned' has 'perhaps'"

t "--threads must be 1 to 64"
for v in 0 65 abc -2; do
	run prop "$T/big.csv" --success questioned --threads "$v"
	expect_rc 2
done

t "prop --count/--total: the same answer, or the same error, on 1 and 4 threads"
# 5.5 MB of rows whose totals pass 2^53 (9007199254740992) only together:
# each thread's sum stays below it, the merged sum does not.
awk 'BEGIN { print "place,x,n"; for (i = 1; i <= 300000; i++) printf "p%d,1,90071992547409\n", i % 3 }' >"$T/huge.csv"
if [ "$(wc -c <"$T/huge.csv")" -gt 4194304 ]; then ok; else bad "huge.csv is too small for the parallel path"; fi
for n in 1 4; do
	run prop "$T/huge.csv" --count x --total n --threads $n
	expect_rc 1
	expect_err_has "casestat: $T/huge.csv: the totals add up to more than 9007199254740992"
	cp "$T/err" "$T/err.$n"
done
if cmp -s "$T/err.1" "$T/err.4"; then ok; else bad "the error depends on --threads"; fi
run prop "$T/huge.csv" --count x --total n --label place --threads 4
expect_rc 1
expect_err_has "the totals of 'p0' add up to more than 9007199254740992"
head -101 "$T/huge.csv" >"$T/fine.csv"
run prop "$T/fine.csv" --count x --total n --threads 4
expect_rc 0
expect_out_has "all,100,9007199254740900,0,"
