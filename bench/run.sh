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
echo "runs per command: $RUNS, in rounds that run every command once (median wall time)"
echo

# The commands, registered first and then run in rounds, so that a change
# in how fast the machine is (its vCPUs are shared) touches all of them.
n=0
add() {         # add NAME SHELL-COMMAND
	n=$((n + 1))
	printf '%s\n' "$1" >"$DIR/.bench.$n.name"
	printf '%s\n' "$2" >"$DIR/.bench.$n.cmd"
	: >"$DIR/.bench.$n.times"
}

# One-thread runs are pinned to one CPU, the same for all, when taskset is
# there: CPUs of a virtual machine can differ in speed, and the ratio to the
# bare parse is only fair on the same one.
PIN=
command -v taskset >/dev/null 2>&1 && taskset -c 0 true 2>/dev/null && PIN="taskset -c 0"
one=${PIN:+", pinned"}
add "bare libcsv parse, 1 thread$one" "$PIN $B/bare_libcsv '$FILE'"
add "bare libcsv parse, 2 threads" "$B/bare_libcsv '$FILE' 2"
add "casestat prop --by region --threads 1$one" "$PIN '$CS' prop '$FILE' --success questioned --by region --threads 1"
add "casestat prop --by region (all CPUs)" "'$CS' prop '$FILE' --success questioned --by region"
add "casestat prop --by region, stdin$one" "$PIN '$CS' prop - --success questioned --by region <'$FILE'"
if command -v datamash >/dev/null 2>&1; then
	add "datamash -s -g region count sum (unquoted)" "datamash -t, -H -s -g 2 count 2 sum 4 <'$PLAIN'"
fi
if command -v mlr >/dev/null 2>&1; then
	add "mlr stats1 -a count,sum -g region" "mlr --icsv --ojson stats1 -a count,sum -f amount_kzt -g region '$FILE'"
fi
if command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(data.table)' >/dev/null 2>&1; then
	# R's start and library(data.table) are in the time; measured alone too
	add "R start + library(data.table) alone" "Rscript -e 'suppressMessages(library(data.table))'"
	add "R data.table fread + group-by, 2 threads" "Rscript bench/datatable.R '$FILE' 2"
fi

round=0
while [ $round -lt "$RUNS" ]; do
	k=1
	while [ $k -le $n ]; do
		s=$(date +%s.%N)
		if sh -c "$(cat "$DIR/.bench.$k.cmd")" >/dev/null 2>&1; then
			e=$(date +%s.%N)
			echo "$e - $s" | bc >>"$DIR/.bench.$k.times"
		else
			echo "FAILED: $(cat "$DIR/.bench.$k.cmd")" >&2
		fi
		k=$((k + 1))
	done
	round=$((round + 1))
done

results=""
k=1
while [ $k -le $n ]; do
	name=$(cat "$DIR/.bench.$k.name")
	if [ -s "$DIR/.bench.$k.times" ]; then
		t=$(sort -n "$DIR/.bench.$k.times" | awk '{ v[NR] = $1 }
			END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f\n", m }')
		printf '%-48s %8s s\n' "$name" "$t"
		results="$results$name|$t
"
	fi
	rm -f "$DIR/.bench.$k.name" "$DIR/.bench.$k.cmd" "$DIR/.bench.$k.times"
	k=$((k + 1))
done
echo
echo "ratios to casestat (all CPUs):"
echo "$results" | awk -F'|' 'NF == 2 { t[NR] = $2; n[NR] = $1; if ($1 ~ /all CPUs/) ref = $2 }
	END { for (i = 1; i <= NR; i++) if (n[i] != "") printf "  %-48s %6.2fx\n", n[i], t[i] / ref }'
echo
echo "peak memory of casestat prop (all CPUs): $(/usr/bin/time -f %M "$CS" prop "$FILE" --success questioned --by region 2>&1 >/dev/null | tail -1) KB"
