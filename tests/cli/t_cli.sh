# t_cli.sh - the driver: help, version, unknown commands.

t "--help is on stdout and exits 0"
run --help
expect_rc 0
expect_out_has "Usage: casestat COMMAND"
expect_out_has "prop"
expect_out_has "or a sheet of an .xlsx, .ods or .xls workbook;"
expect_err_empty

t "help prop, prop --help and prop -h are the same text"
run help prop
expect_rc 0
cp "$T/out" "$T/help1"
run prop --help
if cmp -s "$T/help1" "$T/out"; then ok; else bad "help prop differs from prop --help"; fi
run prop 6/7 --conf 7 -h
expect_rc 0
if cmp -s "$T/help1" "$T/out"; then ok; else bad "--help did not win over other arguments"; fi
expect_out_has "Usage: casestat prop X/N"
expect_out_has "clopper-pearson [exact, beta]"
expect_out_has "wilson [score]"
expect_out_has "Exit status:"

t "--version"
run --version
expect_rc 0
if head -1 "$T/out" | grep -Eq '^casestat [0-9]+\.[0-9]+\.[0-9]+$'; then ok; else bad "first line: $(head -1 "$T/out")"; fi
expect_out_has "GSL "
expect_out_has "libcsv 3."

t "no arguments: usage on stderr, exit 2"
run
expect_rc 2
expect_err_has "Usage: casestat COMMAND"

t "unknown command and unknown top-level option"
run frobnicate
expect_rc 2
expect_err <<'ERR'
casestat: unknown command 'frobnicate'
Try 'casestat --help' for more information.
ERR
run --frob
expect_rc 2
expect_err_has "casestat: unrecognized option '--frob'"
run help frobnicate
expect_rc 2
