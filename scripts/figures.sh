#!/bin/sh
# figures.sh - render the example charts of docs/figures/ (PNG and the
# gnuplot script of each) from the story's numbers.  Run from the
# repository root after `make`:   sh scripts/figures.sh
set -eu
CS=${1:-./casestat}
OUT=docs/figures
mkdir -p "$OUT"
BUILD=${BUILD:-build}
${CC:-cc} -std=c11 -D_GNU_SOURCE -I. -o "$BUILD/figures" scripts/figures.c "$BUILD/libcasestat.a" \
	-lcsv $(pkg-config --libs gsl 2>/dev/null || echo -lgsl -lgslcblas) -lm
"$BUILD/figures" "$OUT"
"$CS" prop 6/7 800/7000 --plot "$OUT/prop.png" > /dev/null
"$CS" prop datasets/donors.csv --success questioned --by channel --plot "$OUT/prop_by_channel.png" > /dev/null
"$CS" coverage --n 7 --method wald,wilson,clopper-pearson --summary --plot "$OUT/coverage.png" > /dev/null
echo "figures written to $OUT"
