# lib.sh - assertions for the command-level tests (sourced by run.sh).
#
#   t "name"                 name the checks that follow (printed on failure)
#   run ARGS...              run casestat ARGS with no stdin; sets $rc,
#                            stdout in $T/out, stderr in $T/err
#   run_in FILE ARGS...      the same with FILE as stdin
#   run_at DIR ARGS...       the same, run from directory DIR (so messages
#                            name files as the user typed them)
#   expect_rc N              exit status is N
#   expect_out <<EOF         stdout is exactly the here-document
#   expect_err <<EOF         stderr is exactly the here-document
#   expect_out_has TEXT      stdout contains TEXT (fixed string)
#   expect_err_has TEXT      stderr contains TEXT (fixed string)
#   expect_out_empty / expect_err_empty
#   expect_no_file PATH      PATH does not exist (nothing half-written)
#   expect_num COLUMN ROW VALUE TOL
#                            CSV stdout: field COLUMN (by header name) of data
#                            row ROW (1-based) is a number within TOL of VALUE
#                            (a missing column or row, or text, fails)
pass=0
fail=0
current=""

t() { current=$1; }
ok() { pass=$((pass + 1)); }
bad() {
	fail=$((fail + 1))
	echo "FAIL: $current: $*"
}
run() {
	"$CS" "$@" >"$T/out" 2>"$T/err" </dev/null
	rc=$?
}
run_in() {
	_in=$1
	shift
	"$CS" "$@" >"$T/out" 2>"$T/err" <"$_in"
	rc=$?
}
run_at() {
	_dir=$1
	shift
	rc=$(cd "$_dir" && { "$CS" "$@" >"$T/out" 2>"$T/err" </dev/null; echo $?; })
}
expect_rc() {
	if [ "$rc" = "$1" ]; then ok; else
		bad "exit status $rc, expected $1"
		sed 's/^/    stderr: /' "$T/err" | head -5
	fi
}
expect_out() {
	cat >"$T/expected"
	if cmp -s "$T/expected" "$T/out"; then ok; else
		bad "stdout differs (expected < > got):"
		diff "$T/expected" "$T/out" | head -20 | sed 's/^/    /'
	fi
}
expect_err() {
	cat >"$T/expected"
	if cmp -s "$T/expected" "$T/err"; then ok; else
		bad "stderr differs (expected < > got):"
		diff "$T/expected" "$T/err" | head -20 | sed 's/^/    /'
	fi
}
expect_out_has() {
	if grep -qF -- "$1" "$T/out"; then ok; else
		bad "stdout lacks '$1'"
		head -5 "$T/out" | sed 's/^/    stdout: /'
	fi
}
expect_err_has() {
	if grep -qF -- "$1" "$T/err"; then ok; else
		bad "stderr lacks '$1'"
		head -5 "$T/err" | sed 's/^/    stderr: /'
	fi
}
expect_out_empty() { if [ ! -s "$T/out" ]; then ok; else bad "stdout is not empty"; fi; }
expect_err_empty() {
	if [ ! -s "$T/err" ]; then ok; else
		bad "stderr is not empty"
		head -5 "$T/err" | sed 's/^/    stderr: /'
	fi
}
expect_no_file() { if [ ! -e "$1" ]; then ok; else bad "$1 exists"; fi; }
expect_num() {
	_got=$(awk -F, -v col="$1" -v row="$2" '
		NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i; if (!c) { print "(no column " col ")"; exit } next }
		NR == row + 1 { print $c; found = 1 }
		END { if (c && !found) print "(no row " row ")" }' "$T/out")
	if awk -v g="$_got" -v e="$3" -v tol="$4" 'BEGIN {
		if (g !~ /^[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?$/) exit 1
		d = g - e; if (d < 0) d = -d; exit !(d <= tol) }'; then ok; else
		bad "$1 of row $2 is '$_got', expected $3 (tolerance $4)"
	fi
}
