# t_pseudonymize.sh - casestat keygen and casestat pseudonymize.
# Expected pseudonyms: Python 3.11, hmac.new(key, value.encode(),
# hashlib.sha256).hexdigest()[:16] over csv.reader rows, written back with
# csv.writer(lineterminator='\n', quoting=csv.QUOTE_MINIMAL).

KEY="casestat test key: not a secret!!"      # 33 bytes
printf '%s' "$KEY" >"$T/test.key"
chmod 600 "$T/test.key"
PZ=$DATA/pseudonymize_cases.csv

t "keygen: 32 random bytes, mode 600"
rm -f "$T/k1" "$T/k2"
run keygen "$T/k1"
expect_rc 0
expect_out_empty
expect_err_empty
if [ "$(stat -c %a "$T/k1")" = 600 ] && [ "$(stat -c %s "$T/k1")" = 32 ]; then ok; else
	bad "mode $(stat -c %a "$T/k1"), size $(stat -c %s "$T/k1")"; fi
run keygen "$T/k2"
if cmp -s "$T/k1" "$T/k2"; then bad "two keys are equal"; else ok; fi

t "keygen never replaces a file"
cp "$T/k1" "$T/k1.before"
run keygen "$T/k1"
expect_rc 3
expect_err_has "exists: keygen never replaces a file"
if cmp -s "$T/k1" "$T/k1.before"; then ok; else bad "the key changed"; fi

t "keygen usage errors"
run keygen
expect_rc 2
expect_err_has "missing KEY file"
run keygen -
expect_rc 2
expect_err_has "write the key to a file"
run keygen "$T/a" "$T/b"
expect_rc 2
expect_no_file "$T/a"

t "pseudonymize: the named columns replaced, the rest copied, quoting kept"
run pseudonymize "$PZ" --columns case_id,name --columns phone --key-file "$T/test.key"
expect_rc 0
expect_err_empty
expect_out <<'OUT'
case_id,name,phone,region,note
b133a52b904b0bb7,eb839d66f7572b59,7a16114694947846,Алматы,"said ""no"""
d6c060fd676bd422,2525df4bfacd35cf,,Астана,
bad32465a9be1fe6,8a953ddc841351ea,a87d40f1057f6766,Шымкент,"line one
line two"
,672a7c349a6a7641,7a16114694947846,Алматы,phone shared with K-001
OUT

t "the key never appears in outputs or messages"
if grep -qF "$KEY" "$T/out" "$T/err"; then bad "key found"; else ok; fi
run pseudonymize "$PZ" --columns nope --key-file "$T/test.key"
if grep -qF "$KEY" "$T/out" "$T/err"; then bad "key found"; else ok; fi
run pseudonymize "$T/test.key" --columns id --key-file "$T/test.key"
expect_rc 2
expect_err_has "the input is the key file"
if grep -qF "$KEY" "$T/out" "$T/err"; then bad "key found"; else ok; fi
run pseudonymize "$PZ" --columns phone --key-file "$T/test.key" -o "$T/test.key"
expect_rc 2
expect_err_has "-o names the key file"
if [ "$(cat "$T/test.key")" = "$KEY" ]; then ok; else bad "the key file changed"; fi

t "round trip: same key twice gives the same bytes; -o, stdin and stdout agree"
run pseudonymize "$PZ" --columns case_id,phone --key-file "$T/k1"
cp "$T/out" "$T/p1"
run pseudonymize "$PZ" --columns case_id,phone --key-file "$T/k1" -o "$T/p2.csv"
expect_rc 0
expect_out_empty
run_in "$PZ" pseudonymize - --columns case_id,phone --key-file "$T/k1"
if cmp -s "$T/p1" "$T/p2.csv" && cmp -s "$T/p1" "$T/out"; then ok; else bad "runs differ"; fi
if [ "$(stat -c %a "$T/p2.csv")" != 600 ]; then ok; else bad "output has the key's mode"; fi

t "different key: different pseudonyms, same other columns"
printf 'id,phone,region\nK-1,+7 701 1,Алматы\nK-2,,Астана\nK-3,+7 701 1,Алматы\n' >"$T/simple.csv"
run pseudonymize "$T/simple.csv" --columns id,phone --key-file "$T/k1"
cp "$T/out" "$T/s1"
run pseudonymize "$T/simple.csv" --columns id,phone --key-file "$T/k2"
if awk -F, 'NR == FNR { id[FNR] = $1; ph[FNR] = $2; rest[FNR] = $3; next }
	FNR > 1 && ($1 == id[FNR] || ($2 != "" && $2 == ph[FNR])) { exit 1 }
	$3 != rest[FNR] { exit 1 }' "$T/s1" "$T/out"; then ok; else
	bad "pseudonyms equal or other columns changed"; diff "$T/s1" "$T/out" | head; fi

t "the same value gets the same pseudonym in every row (linking)"
if [ "$(awk -F, 'NR == 2 || NR == 4 { print $2 }' "$T/out" | uniq | wc -l)" = 1 ]; then ok; else bad "shared phone differs"; fi
if [ "$(awk -F, 'NR == 3 { print $2 }' "$T/out")" = "" ]; then ok; else bad "empty phone got a pseudonym"; fi

t "empty cells stay empty; a one-column row holding an empty value stays a row"
printf 'id\n7\n""\n\n8\n' >"$T/one.csv"
run pseudonymize "$T/one.csv" --columns id --key-file "$T/test.key"
expect_rc 0
expect_out <<'OUT'
id
c78ecdd5d961ea0c
""
54cbe20c1c58f4f5
OUT

t "CRLF and a byte-order mark in, LF out"
printf '\357\273\277id,x\r\n7,a\r\n' >"$T/crlf.csv"
run pseudonymize "$T/crlf.csv" --columns id --key-file "$T/test.key"
expect_rc 0
expect_out <<'OUT'
id,x
c78ecdd5d961ea0c,a
OUT

t "a file with two byte-order marks: the second is part of the first name"
printf '\357\273\277\357\273\277id,x\n7,a\n' >"$T/bom2.csv"
run_at "$T" pseudonymize bom2.csv --columns id --key-file "$T/test.key"
expect_rc 1
expect_err <<'ERR'
casestat: bom2.csv:1: no column 'id' in the header; the columns are: '\uFEFFid', 'x'
ERR
run pseudonymize "$T/bom2.csv" --columns x --key-file "$T/test.key" -o "$T/bom2-p.csv"
expect_rc 0
# the name keeps its U+FEFF, quoted so that it is not read back as a mark
# (found by fuzz/fuzz_csv.c)
if [ "$(head -1 "$T/bom2-p.csv" | od -An -c | tr -s ' ' | head -1)" = ' " 357 273 277 i d " , x \n' ]; then ok; else
	bad "header: $(head -1 "$T/bom2-p.csv" | od -An -c)"; fi
run pseudonymize "$T/bom2-p.csv" --columns x --key-file "$T/test.key"
expect_rc 0

t "-o onto the input replaces it only when the copy is complete"
cp "$PZ" "$T/inplace.csv"
run pseudonymize "$T/inplace.csv" --columns case_id,phone --key-file "$T/k1" -o "$T/inplace.csv"
expect_rc 0
if cmp -s "$T/p1" "$T/inplace.csv"; then ok; else bad "in-place copy differs"; fi

t "short, shared or missing key files are refused, nothing written"
head -c 31 "$T/k1" >"$T/short.key"
chmod 600 "$T/short.key"
run pseudonymize "$PZ" --columns phone --key-file "$T/short.key" -o "$T/never.csv"
expect_rc 3
expect_err <<ERR
casestat: key file '$T/short.key' holds 31 bytes; a key needs at least 32 (make one with: casestat keygen FILE)
ERR
expect_no_file "$T/never.csv"
cp "$T/k1" "$T/shared.key"
chmod 640 "$T/shared.key"
run pseudonymize "$PZ" --columns phone --key-file "$T/shared.key" -o "$T/never.csv"
expect_rc 3
expect_err_has "is open to other users (mode 0640)"
expect_err_has "chmod 600"
expect_no_file "$T/never.csv"
run pseudonymize "$PZ" --columns phone --key-file "$T/none.key"
expect_rc 3
expect_err_has "cannot read key file"

t "bad columns and bad data"
run_at "$DATA" pseudonymize pseudonymize_cases.csv --columns phone,mobile --key-file "$T/test.key" -o "$T/never.csv"
expect_rc 1
expect_err <<'ERR'
casestat: pseudonymize_cases.csv:1: no column 'mobile' in the header; the columns are: 'case_id', 'name', 'phone', 'region', 'note'
ERR
expect_no_file "$T/never.csv"
printf 'id,id,x\n1,2,3\n' >"$T/dup.csv"
run pseudonymize "$T/dup.csv" --columns id --key-file "$T/test.key"
expect_rc 1
expect_err_has "column 'id' appears twice in the header (fields 1 and 2)"
printf 'id,x\n1,ok\n2,\303\050\n' >"$T/badutf.csv"
run pseudonymize "$T/badutf.csv" --columns id --key-file "$T/test.key" -o "$T/never.csv"
expect_rc 1
expect_err_has ":3:2: the value in column 'x' is not valid UTF-8"
expect_no_file "$T/never.csv"
run pseudonymize "$DATA/unterminated.csv" --columns x --key-file "$T/test.key"
expect_rc 1

t "usage errors"
run pseudonymize "$PZ" --key-file "$T/test.key"
expect_rc 2
expect_err_has "name the columns to pseudonymize with --columns"
run pseudonymize "$PZ" --columns phone
expect_rc 2
expect_err_has "missing --key-file KEY"
run pseudonymize --columns phone --key-file "$T/test.key"
expect_rc 2
expect_err_has "missing input FILE"
run pseudonymize "$PZ" --columns a,,b --key-file "$T/test.key"
expect_rc 2
expect_err_has "an empty column name"

t "help pseudonymize and keygen --help"
run help pseudonymize
expect_rc 0
expect_out_has "Usage: casestat pseudonymize FILE --columns COL[,COL...] --key-file KEY"
expect_out_has "HMAC-SHA256"
expect_out_has "Exit status:"
run keygen --help
expect_rc 0
expect_out_has "Usage: casestat keygen KEY"
