#!/bin/sh
# layers.sh - fail when a source file includes a header from a layer above
# its own.  The layers, lowest first (docs/architecture.md):
#   analysis/  cli/core/  plots/  cli/io/  cli/frame/  cli/cmd/  cli/report/  cli/
# A file may include headers of its own layer and of the layers below it.
# Prints "layers: N includes checked, M up a layer" and fails on any, or
# when it checked none.
set -u
rank() {
	case $1 in
	analysis/*) echo 0 ;;
	cli/core/*) echo 1 ;;
	plots/*) echo 2 ;;
	cli/io/*) echo 3 ;;
	cli/frame/*) echo 4 ;;
	cli/cmd/*) echo 5 ;;
	cli/report/*) echo 6 ;;
	cli/*) echo 7 ;;
	*) echo -1 ;;
	esac
}
checked=0
bad=0
for f in analysis/*.[ch] cli/*.[ch] cli/*/*.[ch] plots/*.[ch]; do
	[ -e "$f" ] || continue
	fr=$(rank "$f")
	dir=${f%/*}
	for inc in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
		# a bare name is a header beside the file
		case $inc in */*) ;; *) inc=$dir/$inc ;; esac
		ir=$(rank "$inc")
		[ "$ir" -ge 0 ] || continue
		checked=$((checked + 1))
		if [ "$ir" -gt "$fr" ]; then
			echo "layers: $f includes $inc, a layer above its own"
			bad=$((bad + 1))
		fi
	done
done
echo "layers: $checked includes checked, $bad up a layer"
[ "$checked" -gt 0 ] && [ "$bad" -eq 0 ]
