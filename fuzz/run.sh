#!/bin/sh
# run.sh - drive the libFuzzer targets (called by fuzz/fuzz.mk).
#
#   sh fuzz/run.sh probe CC                  can CC build a libFuzzer program?
#   sh fuzz/run.sh fuzz BUILD SECONDS OPTS T...    fuzz each target for SECONDS
#   sh fuzz/run.sh merge BUILD 0 OPTS T...         shrink each corpus
#   sh fuzz/run.sh replay BUILD 0 OPTS T...        run each saved input once
set -u
mode=$1
shift

if [ "$mode" = probe ]; then
	cc=$1
	command -v "$cc" >/dev/null 2>&1 || exit 1
	tmp=$(mktemp -d) || exit 1
	printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
		'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' >"$tmp/p.c"
	"$cc" -fsanitize=fuzzer,address,undefined "$tmp/p.c" -o "$tmp/p" >/dev/null 2>&1
	rc=$?
	rm -rf "$tmp"
	exit $rc
fi

build=$1 seconds=$2 opts=$3
shift 3
status=0
for t in "$@"; do
	bin=$build/fuzz_$t
	corpus=fuzz/corpus/$t
	regress=fuzz/regressions/$t
	mkdir -p "$corpus" "$regress"
	case $mode in
	fuzz)
		echo "== fuzz $t for $seconds s"
		# new inputs go to the first directory (the corpus); regressions are read
		# shellcheck disable=SC2086
		"$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
			-artifact_prefix="$build/$t-" $opts "$corpus" "$regress" || status=1
		;;
	merge)
		echo "== merge $t"
		new=$build/merge-$t
		rm -rf "$new"
		mkdir -p "$new"
		# hand-made seeds (any name but libFuzzer's 40 hex digits) stay as
		# they are; of the rest, only inputs that add coverage are kept
		find "$corpus" -type f ! -name 'README*' | grep -Ev '/[0-9a-f]{40}$' |
			while read -r f; do cp "$f" "$new"/; done
		# shellcheck disable=SC2086
		if "$bin" -merge=1 $opts "$new" "$corpus" >"$build/merge-$t.log" 2>&1; then
			find "$corpus" -type f ! -name 'README*' -delete
			cp "$new"/* "$corpus"/ 2>/dev/null
			echo "   $(ls "$corpus" | wc -l) inputs, $(cat "$corpus"/* | wc -c) bytes"
		else
			echo "   merge failed: see $build/merge-$t.log"
			status=1
		fi
		;;
	replay)
		list=$build/replay-$t.list
		find "$corpus" "$regress" -type f ! -name 'README*' | sort >"$list"
		n=$(wc -l <"$list")
		if [ "$n" -eq 0 ]; then
			echo "== fuzz replay $t: no inputs"
			continue
		fi
		# given files, a libFuzzer binary runs each once and stops
		if xargs "$bin" -timeout=30 -rss_limit_mb=2048 <"$list" >"$build/replay-$t.log" 2>&1; then
			echo "== fuzz replay $t: $n inputs, no failure"
		else
			echo "FAILED: fuzz replay $t (log: $build/replay-$t.log)"
			grep -E 'ERROR|invariant|SUMMARY|Running:' "$build/replay-$t.log" | tail -5 | sed 's/^/    /'
			status=1
		fi
		;;
	esac
done
exit $status
