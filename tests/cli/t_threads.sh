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
