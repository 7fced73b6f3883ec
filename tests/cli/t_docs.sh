# t_docs.sh - the manual page is lint-clean (when mandoc is installed) and
# mentions every command the program lists.

t "man page lints clean"
if command -v mandoc >/dev/null 2>&1; then
	if mandoc -Tlint -W warning "$ROOT/docs/casestat.1" >"$T/lint" 2>&1; then ok; else
		bad "mandoc -Tlint:"
		head -10 "$T/lint" | sed 's/^/    /'
	fi
else
	echo "  (mandoc not installed: lint skipped)"
fi

t "every command in --help has a section in the man page"
"$CS" --help >"$T/help"
rc=$?
expect_rc 0
awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }' "$T/help" >"$T/cmds"
n=$(wc -l <"$T/cmds")
if [ "$n" -ge 12 ]; then ok; else bad "only $n commands read from casestat --help"; fi
while read -r c; do
	if grep -q "^\.SH $(echo "$c" | tr a-z A-Z)\$" "$ROOT/docs/casestat.1"; then ok; else bad "no .SH section for $c"; fi
done <"$T/cmds"
