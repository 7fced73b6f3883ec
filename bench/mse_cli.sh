#!/bin/sh
# mse_cli.sh - wall time of casestat mse through the command line: median
# of RUNS runs of each command (run by hand from the repository root after
# make; nothing asserts it).  The model fits themselves are timed by
# bench/mse_time.c; this adds process start, parsing, reading, the profile
# intervals of the rows shown, sentences and output.
#
#   sh bench/mse_cli.sh [./casestat] [RUNS]
set -eu
CS=${1:-./casestat}
RUNS=${2:-21}
REF=tests/ref/mse/data.txt
ops() {
	awk -v n="$1" '$1 == n { t = $2; s = ""
		for (p = 1; p < 2 ^ t; p++) { pat = ""; for (k = 0; k < t; k++) pat = pat (int(p / 2 ^ k) % 2)
			s = s " " pat "=" $(p + 2) }
		print substr(s, 2) }' "$REF"
}
# median wall time in ms of "$@", RUNS times
median() {
	i=0
	: >"${TMPDIR:-/tmp}/mse_cli.$$"
	while [ $i -lt "$RUNS" ]; do
		a=$(date +%s%N)
		"$@" >/dev/null 2>&1
		b=$(date +%s%N)
		echo $(((b - a) / 1000)) >>"${TMPDIR:-/tmp}/mse_cli.$$"
		i=$((i + 1))
	done
	sort -n "${TMPDIR:-/tmp}/mse_cli.$$" | awk '{ v[NR] = $1 } END { printf "%9.1f ms\n", v[int((NR + 1) / 2)] / 1000 }'
	rm -f "${TMPDIR:-/tmp}/mse_cli.$$"
}
L=$(ops lesbian)
H5=$(ops hare5)
H6=$(ops hare6)
LISTS=hotline,lawyers,media,official
printf '%-72s' "casestat --version (process start)"; median "$CS" --version
printf '%-72s' "mse lesbian: 113 models fitted, 5 shown with profile intervals"; median "$CS" mse $L
printf '%-72s' "mse lesbian --models all --interval wald: 113 fitted and shown"; median "$CS" mse $L --models all --interval wald
printf '%-72s' "mse lesbian --models all: 113 fitted, 113 profile intervals"; median "$CS" mse $L --models all
printf '%-72s' "mse lesbian --explain --format md"; median "$CS" mse $L --explain --format md
printf '%-72s' "mse datasets/lists.csv (2,817 rows, 4 lists)"; median "$CS" mse datasets/lists.csv --lists $LISTS
printf '%-72s' "mse datasets/lists.csv --by region (5 strata x 113 models)"; median "$CS" mse datasets/lists.csv --lists $LISTS --by region
RUNS=5
printf '%-72s' "mse hare5: 6,893 five-list models, 5 profile intervals"; median "$CS" mse $H5
printf '%-72s' "mse hare6: 32,768 six-list models, 5 profile intervals"; median "$CS" mse $H6
