#!/bin/sh
# figures.sh - render the example charts of docs/figures/ (each PNG with
# its gnuplot script) with casestat's own --plot, from the story's numbers
# and the sample data.  Run from the repository root after make:
#     sh scripts/figures.sh
set -eu
CS=${1:-./casestat}
OUT=docs/figures
D=datasets
mkdir -p "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.gp
q() { "$CS" "$@" >/dev/null; }
q prop 6/7 800/7000 --plot "$OUT/prop.png"
q prop $D/donors.csv --success questioned --by channel --plot "$OUT/prop_by_channel.png"
q compare $D/donors.csv --success questioned --by channel --groups Kaspi,card --method all --plot "$OUT/compare.png"
q tab $D/cases.csv --by police_action --plot "$OUT/tab.png"
q tab $D/cases.csv --by report_date:year --plot "$OUT/time.png"
q rate 6/7214 12/4000 --per 1000 --plot "$OUT/rate.png"
q funnel identified=7214 questioned=800 case_file=7 complained=6 --plot "$OUT/funnel.png"
q amounts $D/donors.csv --value amount_kzt --by channel --currency KZT --plot "$OUT/amounts_box.png"
q amounts $D/case_file.csv --value alleged_by_prosecution_kzt --currency KZT --plot "$OUT/amounts_strip.png"
q disparity public_claim=2000000 prosecution=23000 complaints=16000 --currency KZT --plot "$OUT/disparity.png"
q coverage --n 7 --method wald,wilson,clopper-pearson --summary --plot "$OUT/coverage.png"
# also writes mse_patterns.png
q mse $D/lists.csv --lists hotline,lawyers,media,official --by region --models 3 --plot "$OUT/mse.png"
echo "figures written to $OUT"
