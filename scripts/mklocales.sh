#!/bin/sh
# mklocales.sh DIR - compile the comma-decimal locales the tests use
# (ru_RU.UTF-8, kk_KZ.UTF-8, de_DE.UTF-8) into DIR, for LOCPATH.  Where
# localedef or the locale sources (Debian's locales package, which deps.sh
# installs) are missing it builds nothing, and the tests that need them fail.
dir=${1:?usage: mklocales.sh DIR}
command -v localedef >/dev/null 2>&1 || exit 0
mkdir -p "$dir" || exit 0
for l in ru_RU kk_KZ de_DE; do
	[ -d "$dir/$l.UTF-8" ] || localedef -i "$l" -f UTF-8 "$dir/$l.UTF-8" >/dev/null 2>&1 || true
done
exit 0
