# t_readme.sh - every example in README.md (```console blocks whose first line
# is "$ casestat ...") is run from the repository root and must print exactly
# what the README shows.

awk -v dir="$T/readme" '
	/^```console$/ { inblock = 1; n++; first = 1; next }
	/^```$/ && inblock { inblock = 0; next }
	inblock && first { sub(/^\$ /, ""); print > (dir "." n ".cmd"); first = 0; next }
	inblock { print > (dir "." n ".out") }
' "$ROOT/README.md"
for cmd in "$T"/readme.*.cmd; do
	[ -e "$cmd" ] || break
	line=$(cat "$cmd")
	t "README: $line"
	case $line in casestat\ *) ;; *) bad "not a casestat command"; continue ;; esac
	(cd "$ROOT" && eval "\"\$CS\" ${line#casestat }") >"$T/out" 2>"$T/err"
	expect_out <"${cmd%.cmd}.out"
done
