#!/bin/sh
# demo.sh CASESTAT - a short scripted walk through the sample data, printing
# each command before its output.  `make demo` runs it.
set -eu
CS=${1:-./casestat}
DATA=datasets
show() {
	printf '\n$ casestat'
	for a in "$@"; do
		case $a in *' '*) printf " '%s'" "$a" ;; *) printf ' %s' "$a" ;; esac
	done
	printf '\n'
	"$CS" "$@"
}
echo "casestat demo: the donors of a women's-rights foundation (synthetic data,"
echo "datasets/README.md).  Authorities identified 7,214 donors, questioned 800,"
echo "and built a case on complaints from 6 of the 7 donors in the case file."

echo
echo "1. What share of the identified donors were questioned?"
show prop $DATA/donors.csv --success questioned --explain --format table

echo
echo "2. Were some donors questioned more often than others?"
show prop $DATA/donors.csv --success questioned --by channel --format table

echo
echo "3. Six of the seven donors in the case file complained.  How sure is that?"
show prop $DATA/donors.csv --success complained --where in_case_file=true --explain --format table

echo
echo "4. The same 6 of 7 with every interval method: they differ at small n."
show prop 6/7 --method all --format table

echo
echo "5. The same analysis as CSV, for a spreadsheet or another program:"
show prop 6/7 800/7214 --format csv
