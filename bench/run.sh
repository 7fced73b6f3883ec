#!/bin/sh
# run.sh CASESTAT [ROWS] [RUNS] - time casestat beside its peers on the same
# synthetic donors file, several runs each, and print medians and ratios.
# Peers run only when installed: GNU datamash (on an unquoted copy, as it
# cannot read quoted fields), Miller (mlr), R with data.table
# (bench/datatable.R).  Nothing here is asserted: machines are noisy;
# record the figures in bench/RESULTS.md.
set -eu
CS=${1:?usage: bench/run.sh CASESTAT [ROWS] [RUNS]}
ROWS=${2:-10000000}
RUNS=${3:-5}
B=build/bench
DIR=${BENCH_DIR:-$( [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo $B )}
FILE=$DIR/casestat-bench-$ROWS.csv
PLAIN=$DIR/casestat-bench-$ROWS-unquoted.csv

[ -s "$FILE" ] || $B/gen "$ROWS" >"$FILE"
[ -s "$PLAIN" ] || sed 's/"\([A-Za-z]*\), city"/\1 city/; s/"called twice,/called twice/; /^no answer"/d' "$FILE" >"$PLAIN"
bytes=$(wc -c <"$FILE")
echo "file: $FILE ($ROWS rows, $bytes bytes; $(grep -c '"' "$FILE") lines with quotes)"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "runs per command: $RUNS (median wall time)"
echo

# median wall-clock seconds of RUNS runs of "$@"
median() {
	i=0
	: >"$DIR/.times"
	while [ $i -lt "$RUNS" ]; do
		s=$(date +%s.%N)
		"$@" >/dev/null 2>&1 || { echo "FAILED: $*" >&2; return 1; }
		e=$(date +%s.%N)
		echo "$e - $s" | bc >>"$DIR/.times"
		i=$((i + 1))
	done
	sort -n "$DIR/.times" | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f\n", m }'
}

results=""
bench() {
	name=$1
	shift
	t=$(median "$@") || return 0
	printf '%-44s %8s s\n' "$name" "$t"
	results="$results$name|$t
"
}

bench "bare libcsv parse, 1 thread" $B/bare_libcsv "$FILE"
bench "bare libcsv parse, 2 threads" $B/bare_libcsv "$FILE" 2
bench "casestat prop --by region --threads 1" "$CS" prop "$FILE" --success questioned --by region --threads 1
bench "casestat prop --by region (all CPUs)" "$CS" prop "$FILE" --success questioned --by region
bench "casestat prop --by region, stdin" sh -c "\"$CS\" prop - --success questioned --by region <\"$FILE\""
if command -v datamash >/dev/null 2>&1; then
	bench "datamash -s -g region count sum (unquoted)" sh -c "datamash -t, -H -s -g 2 count 2 sum 4 <\"$PLAIN\""
fi
if command -v mlr >/dev/null 2>&1; then
	bench "mlr stats1 -a count,sum -g region" mlr --icsv --ojson stats1 -a count,sum -f amount_kzt -g region "$FILE"
fi
if command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(data.table)' >/dev/null 2>&1; then
	# R's start and library(data.table) are in the time; measured alone too
	bench "R start + library(data.table) alone" Rscript -e 'suppressMessages(library(data.table))'
	bench "R data.table fread + group-by, 2 threads" Rscript bench/datatable.R "$FILE" 2
fi
echo
echo "ratios to casestat (all CPUs):"
echo "$results" | awk -F'|' 'NF == 2 { t[NR] = $2; n[NR] = $1; if ($1 ~ /all CPUs/) ref = $2 }
	END { for (i = 1; i <= NR; i++) if (n[i] != "") printf "  %-44s %6.2fx\n", n[i], t[i] / ref }'
echo
echo "peak memory of casestat prop (all CPUs): $(/usr/bin/time -f %M "$CS" prop "$FILE" --success questioned --by region 2>&1 >/dev/null | tail -1) KB"
