# t_signals.sh - SIGINT, SIGTERM and SIGHUP in the middle of a run leave
# neither a temporary file nor a half-written target, and an existing target
# untouched (cli/io/outfile.c).  casestat pseudonymize opens its -o file before
# it reads, so the temporary file exists for the whole run; the input is an
# endless stream (busy case) or a pipe that stays open (blocked case), so the
# signal always arrives mid-run, however loaded the machine.

SIG=$T/sig
rm -rf "$SIG"
mkdir "$SIG"
printf '%s' "signal test key, 32 bytes or more" >"$SIG/k"
chmod 600 "$SIG/k"

# sig_wait_tmp: wait (up to 10 s) until the temporary file beside
# $SIG/out.csv exists and, with "grown", has data in it
sig_wait_tmp() {
	_i=0
	while [ $_i -lt 100 ]; do
		for _f in "$SIG"/.out.csv.*; do
			if [ -e "$_f" ] && { [ "${1-}" != grown ] || [ -s "$_f" ]; }; then
				return 0
			fi
		done
		sleep 0.1
		_i=$((_i + 1))
	done
	return 1
}

# sig_stop PID SIGNAL: send it, wait (up to 10 s) for the process to end and
# set $rc to its status; a process that does not end is killed and fails
sig_stop() {
	kill -"$2" "$1" 2>/dev/null
	_i=0
	while kill -0 "$1" 2>/dev/null && [ $_i -lt 100 ]; do
		sleep 0.1
		_i=$((_i + 1))
	done
	if kill -0 "$1" 2>/dev/null; then
		kill -KILL "$1" 2>/dev/null
		bad "casestat did not stop on SIG$2"
	fi
	wait "$1"
	rc=$?
}

# the only files left in $SIG are the key and those named
sig_expect_files() {
	_got=$(cd "$SIG" && ls -A | grep -v '^k$' | tr '\n' ' ')
	if [ "$_got" = "$*" ]; then ok; else bad "files left: '$_got', expected '$*'"; fi
}

# sig_busy: start casestat on an endless input from a producer through a
# named pipe; sets $pid (casestat) and $prod (the producer)
rm -f "$T/feed"
mkfifo "$T/feed"
sig_busy() {
	awk 'BEGIN { print "id,name,note"; for (i = 0; ; i++) printf "K-%d,\"Иванова, А.\",x\n", i }' \
		>"$T/feed" &
	prod=$!
	"$CS" pseudonymize "$T/feed" --columns id --key-file "$SIG/k" -o "$SIG/out.csv" 2>"$T/err" &
	pid=$!
}
sig_end_busy() {
	kill "$prod" 2>/dev/null
	wait "$prod" 2>/dev/null
}

for s in INT TERM HUP; do
	t "SIG$s while busy: no temporary file, no target"
	sig_busy
	if sig_wait_tmp grown; then ok; else bad "no temporary file appeared"; fi
	sig_stop "$pid" "$s"
	sig_end_busy
	case $s in INT) want=130 ;; TERM) want=143 ;; HUP) want=129 ;; esac
	expect_rc "$want"
	sig_expect_files ""
done

t "SIGTERM while busy: an existing target is left as it was"
printf 'the previous results\n' >"$SIG/out.csv"
cp "$SIG/out.csv" "$SIG/before"
sig_busy
sig_wait_tmp grown || bad "no temporary file appeared"
sig_stop "$pid" TERM
sig_end_busy
expect_rc 143
if cmp -s "$SIG/out.csv" "$SIG/before"; then ok; else bad "the target changed"; fi
sig_expect_files "before out.csv "
rm -f "$SIG/before" "$SIG/out.csv"

t "SIGINT while waiting for input: nothing left behind"
rm -f "$T/fifo"
mkfifo "$T/fifo"
"$CS" pseudonymize "$T/fifo" --columns id --key-file "$SIG/k" -o "$SIG/out.csv" 2>"$T/err" &
pid=$!
exec 3<>"$T/fifo"    # read-write: never blocks, even if casestat has died
printf 'id,x\nK-1,a\n' >&3
sig_wait_tmp || bad "no temporary file appeared"
sig_stop "$pid" INT
exec 3>&-
expect_rc 130
rm -f "$T/fifo" "$T/feed"
sig_expect_files ""

t "after all that, a run that is not interrupted still works"
run_in "$DATA/pseudonymize_cases.csv" pseudonymize - --columns case_id --key-file "$SIG/k" -o "$SIG/out.csv"
expect_rc 0
sig_expect_files "out.csv "
