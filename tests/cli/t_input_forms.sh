# t_input_forms.sh - a FILE in the forms users export (cli/io/input.c):
# ';' and tab separators found from the header line, Excel's "Unicode
# text" (UTF-16 with its mark), workbooks (.xlsx, .ods, .xls) read
# directly, files that are not CSV refused saying what they are, bytes in
# Windows-1251 named as such, and the line rules (a lone CR ends a line; a
# header field's error names the line it starts on).  Each form gives
# exactly what the comma-separated UTF-8 CSV of the same table gives.

SHEETS=$ROOT/tests/data/sheet
F=$T/forms
mkdir -p "$F"

# the same table in each form
printf 'donor_id,region,questioned\n1,Almaty,yes\n2,"Astana, city",no\n3,Шымкент,1\n4,Almaty,0\n5,"Astana, city",true\n6,Шымкент,\n' >"$F/ref.csv"
printf '\357\273\277donor_id;region;questioned\r\n1;Almaty;yes\r\n2;"Astana, city";no\r\n3;Шымкент;1\r\n4;Almaty;0\r\n5;"Astana, city";true\r\n6;Шымкент;\r\n' >"$F/semi.csv"
tr ';' '\t' <"$F/semi.csv" >"$F/tab.txt"
sed '1s/^\xEF\xBB\xBF//' "$F/tab.txt" >"$F/named.tsv"
{ printf '\377\376'; sed '1s/^\xEF\xBB\xBF//' "$F/tab.txt" | iconv -f UTF-8 -t UTF-16LE; } >"$F/unicode.txt"
tr ';' '|' <"$F/semi.csv" >"$F/pipe.csv"

run prop "$F/ref.csv" --success questioned --by region --format csv
cp "$T/out" "$F/ref.out"

for form in semi.csv tab.txt named.tsv unicode.txt; do
	t "$form reads as the comma CSV"
	run prop "$F/$form" --success questioned --by region --format csv
	expect_rc 0
	expect_err_empty
	expect_out <"$F/ref.out"
done

t "a UTF-16 file from standard input"
run_in "$F/unicode.txt" prop - --success questioned --by region --format csv
expect_rc 0
expect_out <"$F/ref.out"

t "'|' is never guessed: without --delimiter the header is one name"
run_at "$F" prop pipe.csv --success questioned
expect_rc 1
expect_err <<'ERR'
casestat: pipe.csv:1: no column 'questioned' in the header; the columns are: 'donor_id|region|questioned'
ERR

t "';' and tabs in the header, and no comma: say which"
printf 'id;v\tw\n1;2\t3\n' >"$F/both.csv"
run_at "$F" tab both.csv --by id
expect_rc 1
expect_err <<'ERR'
casestat: both.csv:1: the header line has both ';' and tabs between names, and no comma: say which one separates the fields with --delimiter
ERR

t "the separator comes from the header line, not from data rows"
printf 'id,v\n1;2,3\n' >"$F/rows.csv"
run tab "$F/rows.csv" --by v --format csv
expect_rc 0
expect_out_has "3,1,1,0,1,"

t "a ';' file of several megabytes: the same on one thread and on two"
awk 'BEGIN { print "id;region;questioned"; for (i = 1; i <= 250000; i++)
	printf "%d;%s;%s\n", i, (i % 3 ? "Almaty" : "\"Astana; city\""), (i % 7 ? "yes" : "no") }' >"$F/big.csv"
run prop "$F/big.csv" --success questioned --by region --format csv --threads 1
cp "$T/out" "$F/big1.out"
run prop "$F/big.csv" --success questioned --by region --format csv --threads 2
expect_rc 0
expect_out <"$F/big1.out"
expect_out_has 'Astana; city,71429,83333,'

# ---- workbooks --------------------------------------------------------------

printf 'Case ID,Region,Closed\n1001,Алматы,TRUE\n1002,Қарағанды,FALSE\n' >"$F/cases.csv"
run prop "$F/cases.csv" --success Closed --by Region --format csv
cp "$T/out" "$F/cases.out"
for book in cases.xlsx cases.ods cases.xls; do
	t "$book reads as the CSV of its cells"
	run prop "$SHEETS/$book" --success Closed --by Region --format csv
	expect_rc 0
	expect_err_empty
	expect_out <"$F/cases.out"
done

t "a workbook from standard input"
run_in "$SHEETS/cases.xlsx" prop - --success Closed --by Region --format csv
expect_rc 0
expect_out <"$F/cases.out"

t "a workbook under a name without an extension is read as one"
cp "$SHEETS/cases.ods" "$F/cases-export"
run prop "$F/cases-export" --success Closed --by Region --format csv
expect_rc 0
expect_out <"$F/cases.out"

t "a bad value names the sheet's cell"
run_at "$SHEETS" prop cases.xlsx --success Region
expect_rc 1
expect_err <<'ERR'
casestat: cases.xlsx: Cases!B2: column 'Region' has 'Алматы', which is neither true (1, true, yes, y, t, да, истина, иә, ақиқат) nor false (0, false, no, n, f, нет, ложь, жоқ, жалған); name the words with --true and --false; leave a cell empty for missing, or use --success Region=VALUE
ERR

t "an error cell in a column that is read"
run_at "$SHEETS" tab cases.ods --by Check
expect_rc 1
expect_err <<'ERR'
casestat: cases.ods: Cases!K4: the cell holds the error #DIV/0!
ERR

t "an error cell in a column that is not read is not looked at"
run_at "$SHEETS" tab cases.xlsx --by Region
expect_rc 0

t "a column the sheet's header lacks"
run_at "$SHEETS" tab cases.xlsx --by Regoin
expect_rc 1
expect_err <<'ERR'
casestat: cases.xlsx: Cases, row 1: no column 'Regoin' in the header (did you mean 'Region'?); the columns are: 'Case ID', 'Region', 'Filed', 'Amount', 'Closed', 'Ratio', 'Note', 'Hearing', 'Time', 'Share', 'Check'
ERR

# ---- what is not CSV --------------------------------------------------------

t "a workbook under a .csv name"
cp "$SHEETS/cases.xlsx" "$F/book.csv"
run_at "$F" tab book.csv --by Region
expect_rc 1
expect_err <<'ERR'
casestat: book.csv: this is an Excel workbook (.xlsx), not CSV text: give it a name ending in .xlsx to read it as a workbook, or save the sheet as CSV (UTF-8)
ERR

t "a PDF, a zip and a binary file under .csv names"
printf '%%PDF-1.4\n%%\342\343\317\323\n1 0 obj\n' >"$F/report.csv"
run_at "$F" tab report.csv --by region
expect_rc 1
expect_err <<'ERR'
casestat: report.csv: this is a PDF document, not CSV text
ERR
printf 'PK\005\006\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' >"$F/archive.csv"
run_at "$F" tab archive.csv --by region
expect_rc 1
expect_err <<'ERR'
casestat: archive.csv: this is a zip archive, not CSV text
ERR
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$F/image.csv"
run_at "$F" tab image.csv --by region
expect_rc 1
expect_err <<'ERR'
casestat: image.csv: this is a binary file, not CSV text
ERR

t "UTF-16 without its byte-order mark"
sed '1s/^\xEF\xBB\xBF//' "$F/tab.txt" | iconv -f UTF-8 -t UTF-16LE >"$F/nomark.txt"
run_at "$F" tab nomark.txt --by region
expect_rc 1
expect_err <<'ERR'
casestat: nomark.txt: this looks like UTF-16 text without a byte-order mark: add --encoding utf-16le
ERR

t "Windows-1251 bytes read as UTF-8: the message names the encoding and the option"
printf 'Регион;Итог\nАлматы;1\n' | iconv -f UTF-8 -t CP1251 >"$F/cp1251.csv"
run_at "$F" tab cp1251.csv --by Регион
expect_rc 1
expect_err <<'ERR'
casestat: cp1251.csv:1:1: the header is not valid UTF-8; it reads as Cyrillic in windows-1251: add --encoding windows-1251
ERR
printf 'region,n\nАлматы,1\n' | iconv -f UTF-8 -t KOI8-R >"$F/koi8.csv"
run_at "$F" tab koi8.csv --by region
expect_rc 1
expect_err <<'ERR'
casestat: koi8.csv:2:1: the value in column 'region' is not valid UTF-8; it reads as Cyrillic in koi8-r: add --encoding koi8-r
ERR

# ---- lines ------------------------------------------------------------------

t "a lone CR (old Mac files) ends a line: later messages name the right one"
printf 'a,b\r1,1\r2,"x\ry"\r3,maybe\r' >"$F/mac.csv"
run_at "$F" prop mac.csv --success b=1
expect_rc 0
run_at "$F" prop mac.csv --success b
expect_rc 1
expect_err_has "casestat: mac.csv:3:2: column 'b' has 'x\\ry'"
printf 'a,b\r1,1\r2,maybe\r' >"$F/mac2.csv"
run_at "$F" prop mac2.csv --success b
expect_rc 1
expect_err_has "casestat: mac2.csv:3:2: column 'b' has 'maybe'"

t "a header field's error names the line where the field starts"
printf '"\n",\377\n' >"$F/h.csv"
run_at "$F" tab h.csv --by x
expect_rc 1
expect_err <<'ERR'
casestat: h.csv:2:2: the header is not valid UTF-8
ERR

# ---- pseudonymize -----------------------------------------------------------

printf 'casestat test key for input forms' >"$F/key"
chmod 600 "$F/key"

t "pseudonymize writes comma-separated UTF-8 whatever it read"
run pseudonymize "$F/ref.csv" --columns donor_id --key-file "$F/key"
cp "$T/out" "$F/ref.copy"
for form in semi.csv unicode.txt; do
	run pseudonymize "$F/$form" --columns donor_id --key-file "$F/key"
	expect_rc 0
	expect_out <"$F/ref.copy"
done

t "pseudonymize reads a workbook: every column, rows padded to the header"
run_at "$SHEETS" pseudonymize cases.xls --columns Region --key-file "$F/key"
expect_rc 0
expect_out_has 'Case ID,Region,Filed,Amount,Closed,Ratio,Note,Hearing,Time,Share,Check'
expect_out_has ',0,100000000000000000000,,,,,'
run_at "$SHEETS" pseudonymize cases.xlsx --columns Region --key-file "$F/key" -o "$F/never.csv"
expect_rc 1
expect_err <<'ERR'
casestat: cases.xlsx: Cases!K4: the cell holds the error #DIV/0!
ERR
expect_no_file "$F/never.csv"

t "pseudonymize quotes a first name that would make its copy look like a PDF (found by fuzz_csv)"
printf '\n\n%%PDF-1,x\n1,2\n' >"$F/pdfname.csv"
run pseudonymize "$F/pdfname.csv" --columns x --key-file "$F/key" -o "$F/pdfname.copy.csv"
expect_rc 0
if [ "$(head -c 9 "$F/pdfname.copy.csv")" = '"%PDF-1",' ]; then ok; else bad "copy starts with $(head -c 9 "$F/pdfname.copy.csv")"; fi
run tab "$F/pdfname.copy.csv" --by %PDF-1 --format csv
expect_rc 0
expect_out_has "1,1,1,0,1,"
