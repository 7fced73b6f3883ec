# t_readme.sh - every example in README.md and docs/tutorial.md (```console
# blocks whose first line is "$ casestat ...") is run from the repository
# root and must print exactly what the document shows.

for doc in README.md docs/tutorial.md; do
	awk -v dir="$T/readme" -v doc="$(echo "$doc" | tr / _)" '
		/^```console$/ { inblock = 1; n++; first = 1; next }
		/^```$/ && inblock { inblock = 0; next }
		inblock && first { sub(/^\$ /, ""); print > (dir "." doc "." n ".cmd"); first = 0; next }
		inblock { print > (dir "." doc "." n ".out") }
	' "$ROOT/$doc"
done
for cmd in "$T"/readme.*.cmd; do
	[ -e "$cmd" ] || break
	line=$(cat "$cmd")
	t "docs: $line"
	case $line in casestat\ *) ;; *) bad "not a casestat command"; continue ;; esac
	(cd "$ROOT" && eval "\"\$CS\" ${line#casestat }") >"$T/out" 2>"$T/err"
	expect_out <"${cmd%.cmd}.out"
done
