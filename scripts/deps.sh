#!/bin/sh
# deps.sh - check for what casestat needs to build and test (compiler,
# pkg-config, GSL, libcsv, cmocka, inih, nettle, libzip, expat, FreeXL,
# gnuplot and its DejaVu fonts, mandoc); on Debian or
# Ubuntu, running as root (or with password-less sudo), install what is
# missing with apt-get; otherwise print the command and fail.
set -u

missing=""
need() { missing="$missing $1"; }

command -v cc >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || need build-essential
command -v make >/dev/null 2>&1 || need make
command -v pkg-config >/dev/null 2>&1 || need pkg-config
command -v timeout >/dev/null 2>&1 || need coreutils

have_header() {  # have_header HEADER LIB: compile and link a one-line test
	tmp=$(mktemp -d) || return 1
	printf '#include <%s>\nint main(void){return 0;}\n' "$1" > "$tmp/t.c"
	${CC:-cc} "$tmp/t.c" -o "$tmp/t" $2 >/dev/null 2>&1
	rc=$?
	rm -rf "$tmp"
	return $rc
}
if command -v pkg-config >/dev/null 2>&1; then
	pkg-config --exists gsl || need libgsl-dev
	pkg-config --exists cmocka || need libcmocka-dev
	pkg-config --exists inih || need libinih-dev
	pkg-config --exists nettle || need nettle-dev
	# spreadsheets: .xlsx/.ods are zip archives of XML (libzip, expat), .xls is BIFF (FreeXL)
	pkg-config --exists libzip || need libzip-dev
	pkg-config --exists expat || need libexpat1-dev
	pkg-config --exists freexl || need libfreexl-dev
else
	need libgsl-dev
	need libcmocka-dev
	need libinih-dev
	need nettle-dev
	need libzip-dev
	need libexpat1-dev
	need libfreexl-dev
fi
# libcsv ships no pkg-config file: try to compile against it.
if command -v ${CC:-cc} >/dev/null 2>&1; then
	have_header csv.h -lcsv || need libcsv-dev
else
	need libcsv-dev
fi
command -v gnuplot >/dev/null 2>&1 || need gnuplot-nox
# charts name DejaVu Sans, which has Cyrillic and Kazakh letters
if command -v fc-list >/dev/null 2>&1; then
	fc-list 2>/dev/null | grep -q 'DejaVu Sans' || need fonts-dejavu-core
fi
# tests: the comma-decimal locales' sources (scripts/mklocales.sh)
[ -f /usr/share/i18n/locales/ru_RU ] || need locales
# tests: the manual page lint
command -v mandoc >/dev/null 2>&1 || need mandoc

[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
if [ -r /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
	sudo=""
	if [ "$(id -u)" -ne 0 ]; then
		if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
			sudo="sudo -n"
		else
			echo "casestat: missing:$missing" >&2
			echo "casestat: install them with: sudo apt-get update && sudo $cmd" >&2
			exit 1
		fi
	fi
	echo "casestat: installing:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get update -qq >&2 && $sudo $cmd >&2 || {
		echo "casestat: apt-get failed; run: apt-get update && $cmd" >&2
		exit 1
	}
	exit 0
fi
echo "casestat: missing:$missing" >&2
echo "casestat: on Debian or Ubuntu install them with: apt-get update && $cmd" >&2
echo "casestat: elsewhere install GSL, libcsv, cmocka, pkg-config and gnuplot" >&2
exit 1
