# t_input.sh - the CSV reader (cli/io/dataset.c), exercised through prop.

# Expected limits agree with R 4.2.2 prop.test(x, n, correct = FALSE) to a few ulps.
t "UTF-8 BOM, CRLF, newline inside a quoted field"
run prop "$DATA/bom_crlf.csv" --success complained --format csv
expect_rc 0
expect_out <<'OUT'
group,x,n,missing,estimate,lower,upper,method,conf
all,2,3,0,0.66666666666666663,0.20765960080204782,0.93850805527960379,wilson,0.94999999999999996
OUT

t "the BOM is not part of the first column's name"
run prop "$DATA/bom_crlf.csv" --success complained --by donor_id --format csv
expect_rc 0
expect_out_has "3,1,1,0,1,"

t "quoted commas and Cyrillic labels as groups"
run prop "$DATA/small.csv" --success questioned --by region --format csv
expect_rc 0
expect_out <<'OUT'
group,x,n,missing,estimate,lower,upper,method,conf
Almaty,1,3,0,0.33333333333333331,0.061491944720396256,0.79234039919795218,wilson,0.94999999999999996
"Astana, city",2,2,0,1,0.3423802275066532,1,wilson,0.94999999999999996
Шымкент,1,2,0,0.5,0.094531205734230753,0.90546879426576921,wilson,0.94999999999999996
OUT

t "blank lines are skipped and still counted as lines"
run prop "$DATA/blank_lines.csv" --success complained --format csv
expect_rc 0
expect_out_has "all,1,2,0,0.5,"

t "standard input is read with -"
run_in "$DATA/small.csv" prop - --success complained --format csv
expect_rc 0
expect_out_has "all,3,6,1,0.5,"

t "physical line of a bad value after a multi-line quoted field"
run_at "$DATA" prop quoted_nl.csv --success complained
expect_rc 1
expect_err <<'ERR'
casestat: quoted_nl.csv:6:3: column 'complained' has 'maybe', which is neither true (1, true, yes, y, t, да, истина, иә, ақиқат) nor false (0, false, no, n, f, нет, ложь, жоқ, жалған); name the words with --true and --false; leave a cell empty for missing, or use --success complained=VALUE
ERR

t "stdin is named <stdin> in messages"
run_in "$DATA/quoted_nl.csv" prop - --success complained
expect_rc 1
expect_err_has "casestat: <stdin>:6:3: column 'complained' has 'maybe'"

t "a row with an extra field"
run_at "$DATA" prop extra_field.csv --success complained
expect_rc 1
expect_err <<'ERR'
casestat: extra_field.csv:4: row has 3 fields but the header has 2
ERR
expect_out_empty

t "a row with a missing field"
run_at "$DATA" prop short_row.csv --success complained
expect_rc 1
expect_err <<'ERR'
casestat: short_row.csv:3: row has 1 field but the header has 2
ERR

t "an unterminated quote names the line where it opened"
run_at "$DATA" prop unterminated.csv --success complained
expect_rc 1
expect_err <<'ERR'
casestat: unterminated.csv:2: unterminated quoted field (the closing '"' is missing)
ERR

t "a quote inside an unquoted field"
run_at "$DATA" prop bad_quote.csv --success complained
expect_rc 1
expect_err_has "casestat: bad_quote.csv:3: malformed quoting"

t "invalid UTF-8 in a column that is read"
run_at "$DATA" prop bad_utf8.csv --success complained --by region
expect_rc 1
expect_err <<'ERR'
casestat: bad_utf8.csv:3:2: the value in column 'region' is not valid UTF-8
ERR

t "an unknown column lists the columns there are"
run_at "$DATA" prop aggregated.csv --success complained
expect_rc 1
expect_err <<'ERR'
casestat: aggregated.csv:1: no column 'complained' in the header (did you mean 'complaints'?); the columns are: 'region', 'complaints', 'donors'
ERR

t "an unknown --by column"
run_at "$DATA" prop small.csv --success complained --by district
expect_rc 1
expect_err_has "no column 'district' in the header"

t "a header and no rows"
run_at "$DATA" prop header_only.csv --success complained
expect_rc 1
expect_err <<'ERR'
casestat: header_only.csv: no data rows after the header
ERR

t "an empty file"
run_at "$DATA" prop empty.csv --success complained
expect_rc 1
expect_err <<'ERR'
casestat: empty.csv: empty input: no header row
ERR

t "a file that does not exist"
run prop "$T/nonexistent.csv" --success complained
expect_rc 3
expect_err_has "cannot read"
expect_err_has "No such file or directory"

t "a value quoted in a message cannot break the line or drive the terminal"
printf 'complained\n"yes\n\033[2Jno"\n' >"$T/esc.csv"
run_at "$T" prop esc.csv --success complained
expect_rc 1
expect_err <<'ERR'
casestat: esc.csv:2:1: column 'complained' has 'yes\n\x1B[2Jno', which is neither true (1, true, yes, y, t, да, истина, иә, ақиқат) nor false (0, false, no, n, f, нет, ложь, жоқ, жалған); name the words with --true and --false; leave a cell empty for missing, or use --success complained=VALUE
ERR
printf 'amount\n"12\n\033[2J"\n' >"$T/esc_amount.csv"
run_at "$T" amounts esc_amount.csv --value amount
expect_rc 1
expect_err_has "casestat: esc_amount.csv:2:1: column 'amount' has '12\n\x1B[2J', which is not a plain amount"
printf 'events,exposure\n"1\r2",5\n' >"$T/esc_rate.csv"
run_at "$T" rate esc_rate.csv --count events --exposure exposure
expect_rc 1
expect_err_has "casestat: esc_rate.csv:2:1: column 'events' has '1\r2', which is not a whole number"
