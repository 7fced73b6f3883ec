# t_readme.sh - every example in README.md and docs/tutorial.md (```console
# blocks whose first line is "$ casestat ...") is run from the repository
# root, must succeed and print exactly what the document shows; each
# document must have examples (a change of format must not leave none).

for doc in README.md docs/tutorial.md; do
	awk -v dir="$T/readme" -v doc="$(echo "$doc" | tr / _)" '
		/^```console$/ { inblock = 1; n++; first = 1; next }
		/^```$/ && inblock { inblock = 0; next }
		inblock && first { sub(/^\$ /, ""); print > (dir "." doc "." n ".cmd"); first = 0; next }
		inblock { print > (dir "." doc "." n ".out") }
	' "$ROOT/$doc"
done
for doc in README.md docs/tutorial.md; do
	t "docs: $doc has examples"
	n=$(ls "$T"/readme."$(echo "$doc" | tr / _)".*.cmd 2>/dev/null | wc -l)
	if [ "$n" -ge 5 ]; then ok; else bad "$n examples found in $doc"; fi
done
for cmd in "$T"/readme.*.cmd; do
	[ -e "$cmd" ] || break
	line=$(cat "$cmd")
	t "docs: $line"
	case $line in casestat\ *) ;; *) bad "not a casestat command"; continue ;; esac
	(cd "$ROOT" && eval "\"\$CS\" ${line#casestat }") >"$T/out" 2>"$T/err"
	rc=$?
	expect_rc 0
	expect_out <"${cmd%.cmd}.out"
done
