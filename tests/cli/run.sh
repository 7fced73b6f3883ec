#!/bin/sh
# run.sh - command-level tests: runs the casestat binary given as $1 through
# every tests/cli/t_*.sh (or only those named after it) and prints
# "N passed, N failed".  Run from the repository root (make cli-tests).
set -u
CS=${1:?usage: tests/cli/run.sh CASESTAT [t_NAME.sh ...]}
shift
case $CS in /*) ;; *) CS=$PWD/$CS ;; esac
export CS
ROOT=$PWD
DATA=$ROOT/tests/cli/data
T=$(mktemp -d "${TMPDIR:-/tmp}/casestat-cli.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
# The comma-decimal locales the tests switch to (make check builds them).
if [ -z "${LOCPATH:-}" ]; then
	sh "$ROOT/scripts/mklocales.sh" "$T/locale"
	LOCPATH=$T/locale
	export LOCPATH
fi
# Results must not depend on the caller's locale or terminal.
LC_ALL=C.UTF-8
export LC_ALL
. "$ROOT/tests/cli/lib.sh"

if [ $# -gt 0 ]; then files=$*; else files=$(ls "$ROOT"/tests/cli/t_*.sh); fi
for f in $files; do
	case $f in /*) ;; *) f=$ROOT/tests/cli/$f ;; esac
	echo "== ${f#"$ROOT"/}"
	. "$f"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
