# t_written.sh - values as written (cli/frame/cells.c, labels.c, money.c,
# reduce.c, common.c): --decimal and --thousands, yes/no words in English,
# Russian and Kazakh and --true/--false, --date-format and the derived keys
# COL:year|quarter|month|week|day, currency marks against --currency,
# --fold and the warnings about cells and labels that differ only by
# letter case or blanks, and 800/7,000 on the command line.
#
# Expected counts, sums and shares are counted by hand from the small files
# made here; a messy file must give the clean file's output byte for byte.
# The Wilson and Goodman limits written out below agree with the formulas
# of docs/methods.md evaluated independently (Python, to 1e-15); 800/7000
# is R's, as in t_prop.sh.  A file name in a message is the one typed:
# run_at "$T".

# ---- amounts: separators ------------------------------------------------

printf 'region,amount\nA,23000.50\nA,1000\nB,500.25\n' >"$T/w_am_clean.csv"
printf 'region,amount\nA,"23 000,50"\nA,"1 000"\nB,"500,25"\n' >"$T/w_am_space.csv"
printf 'region,amount\nA,"23.000,50"\nA,"1.000"\nB,"500,25"\n' >"$T/w_am_point.csv"

t "amounts: the clean file"
run amounts "$T/w_am_clean.csv" --value amount --by region --boot 0
expect_rc 0
expect_num n 1 2 0
expect_num sum 1 24000.5 0
expect_num sum 2 500.25 0
expect_num mean 1 12000.25 0
cp "$T/out" "$T/w_am_clean.out"

t "amounts: --decimal , --thousands ' ' reads '23 000,50' as 23000.50"
run amounts "$T/w_am_space.csv" --value amount --by region --boot 0 --decimal , --thousands ' '
expect_rc 0
expect_num sum 1 24000.5 0
expect_num sum 2 500.25 0
expect_num max 1 23000.5 0
if cmp -s "$T/out" "$T/w_am_clean.out"; then ok; else bad "output differs from the clean file's"; fi
expect_err_empty
# the same options by name
run amounts "$T/w_am_space.csv" --value amount --by region --boot 0 --decimal comma --thousands space
expect_rc 0
if cmp -s "$T/out" "$T/w_am_clean.out"; then ok; else bad "--decimal comma --thousands space differ"; fi

t "amounts: --thousands . with --decimal , reads '23.000,50'"
run amounts "$T/w_am_point.csv" --value amount --by region --boot 0 --decimal , --thousands .
expect_rc 0
expect_num sum 1 24000.5 0
if cmp -s "$T/out" "$T/w_am_clean.out"; then ok; else bad "output differs from the clean file's"; fi
run amounts "$T/w_am_point.csv" --value amount --by region --boot 0 --decimal point --thousands none
expect_rc 1

t "amounts: without the options the messy file is refused, with a hint"
run_at "$T" amounts w_am_space.csv --value amount --boot 0
expect_rc 1
expect_err <<'ERR'
casestat: w_am_space.csv:2:2: column 'amount' has '23 000,50', which is not an amount written with the decimal point and no thousands separator; it reads as one with --decimal ',' --thousands ' '
ERR
run_at "$T" amounts w_am_point.csv --value amount --boot 0 --decimal ,
expect_rc 1
expect_err <<'ERR'
casestat: w_am_point.csv:2:2: column 'amount' has '23.000,50', which is not an amount written with the decimal comma and no thousands separator; it reads as one with --thousands '.'
ERR

t "--decimal , --thousands , is a usage error (exit 2)"
run amounts "$T/w_am_space.csv" --value amount --decimal , --thousands ,
expect_rc 2
expect_err <<'ERR'
casestat: --decimal ',' and --thousands ',' cannot go together: the decimal separator and the thousands separator are both ','
Try 'casestat amounts --help' for more information.
ERR
expect_out_empty
run amounts "$T/w_am_clean.csv" --value amount --thousands .
expect_rc 2
expect_err_has "--decimal '.' and --thousands '.' cannot go together"
run prop "$T/w_am_clean.csv" --success region=A --decimal comma --thousands comma
expect_rc 2
run amounts "$T/w_am_clean.csv" --value amount --decimal ';'
expect_rc 2
expect_err_has "invalid --decimal ';': use '.' (point) or ',' (comma)"
run amounts "$T/w_am_clean.csv" --value amount --thousands x
expect_rc 2
expect_err_has "invalid --thousands 'x': use ' ' (space), ',' (comma), '.' (point) or none"

# ---- counts and exposures ------------------------------------------------

printf 'g,x,n\nA,800,"7 000"\nB,"1 200","12 000"\n' >"$T/w_pc.csv"
printf 'g,x,n\nA,800,7000\nB,1200,12000\n' >"$T/w_pc_clean.csv"

t "prop --count/--total: '7 000' with --thousands ' '"
run prop "$T/w_pc_clean.csv" --count x --total n --label g
expect_rc 0
cp "$T/out" "$T/w_pc_clean.out"
run prop "$T/w_pc.csv" --count x --total n --label g --thousands ' '
expect_rc 0
expect_num x 1 800 0
expect_num n 1 7000 0
expect_num x 2 1200 0
expect_num n 2 12000 0
expect_num estimate 1 0.11428571428571428 1e-17
expect_num lower 1 0.10704312750203135 1e-17
expect_num upper 1 0.1219514133153944 1e-17
if cmp -s "$T/out" "$T/w_pc_clean.out"; then ok; else bad "output differs from the clean file's"; fi
run_at "$T" prop w_pc.csv --count x --total n --label g
expect_rc 1
expect_err <<'ERR'
casestat: w_pc.csv:2:3: column 'n' has '7 000', which is not a whole number of at least 0; it reads as one with --thousands ' '
ERR

printf 'g,events,exposure\nA,5,"1000,5"\nB,3,"250,25"\n' >"$T/w_rt.csv"
printf 'g,events,exposure\nA,5,1000.5\nB,3,250.25\n' >"$T/w_rt_clean.csv"
printf 'g,events,exposure\nA,5,"1 000,5"\nB,3,"250,25"\n' >"$T/w_rt_space.csv"

t "rate: an exposure with a decimal comma"
run rate "$T/w_rt_clean.csv" --count events --exposure exposure --by g
expect_rc 0
cp "$T/out" "$T/w_rt_clean.out"
run rate "$T/w_rt.csv" --count events --exposure exposure --by g --decimal ,
expect_rc 0
expect_num exposure 1 1000.5 0
expect_num exposure 2 250.25 0
expect_num rate 1 0.0049975012493753126 1e-18
if cmp -s "$T/out" "$T/w_rt_clean.out"; then ok; else bad "output differs from the clean file's"; fi
run rate "$T/w_rt_space.csv" --count events --exposure exposure --by g --decimal , --thousands ' '
expect_rc 0
if cmp -s "$T/out" "$T/w_rt_clean.out"; then ok; else bad "'1 000,5' differs from the clean file's"; fi
run_at "$T" rate w_rt.csv --count events --exposure exposure --by g
expect_rc 1
expect_err <<'ERR'
casestat: w_rt.csv:2:3: column 'exposure' has '1000,5', which is not an exposure (a number, 0 or more); it reads as one with --decimal ','
ERR

# ---- yes and no ------------------------------------------------------------

printf 'id,ok\n1,да\n2,"Да "\n3,ДА\n4,нет\n5,иә\n6,жоқ\n7,ИСТИНА\n8,ЛОЖЬ\n9,\n' >"$T/w_yn.csv"

t "prop --success: да, 'Да ', ДА, иә, ИСТИНА are yes; нет, жоқ, ЛОЖЬ no"
run prop "$T/w_yn.csv" --success ok
expect_rc 0
expect_num x 1 5 0
expect_num n 1 8 0
expect_num missing 1 1 0
expect_num estimate 1 0.625 0
expect_err_empty

t "--true/--false replace the lists"
run prop "$T/w_yn.csv" --success ok --true да,иә,истина --false нет,жоқ,ложь
expect_rc 0
expect_num x 1 5 0
expect_num n 1 8 0
run_at "$T" prop w_yn.csv --success ok --true да,иә --false нет,жоқ
expect_rc 1
expect_err <<'ERR'
casestat: w_yn.csv:8:2: column 'ok' has 'ИСТИНА', which is neither true (да, иә) nor false (нет, жоқ); leave a cell empty for missing, or use --success ok=VALUE
ERR
printf 'id,appeal\n1,обжаловано\n2,не обжаловано\n3,Обжаловано\n4,"не обжаловано "\n5,НЕ ОБЖАЛОВАНО\n' >"$T/w_appeal.csv"
run prop "$T/w_appeal.csv" --success appeal --true обжаловано --false 'не обжаловано'
expect_rc 0
expect_num x 1 2 0
expect_num n 1 5 0
run_at "$T" prop w_appeal.csv --success appeal
expect_rc 1
expect_err_has "w_appeal.csv:2:2: column 'appeal' has 'обжаловано', which is neither true"
run prop "$T/w_yn.csv" --success ok --true ''
expect_rc 2
expect_err_has "invalid --true '': give words separated by commas, e.g. да,иә"
run prop "$T/w_yn.csv" --success ok --true да --false ДА
expect_rc 2
expect_err_has "is both true and false"

t "an unknown word is an error naming FILE:LINE:FIELD"
printf 'id,ok\n1,да\n2,может\n' >"$T/w_yn2.csv"
run_at "$T" prop w_yn2.csv --success ok
expect_rc 1
expect_err <<'ERR'
casestat: w_yn2.csv:3:2: column 'ok' has 'может', which is neither true (1, true, yes, y, t, да, истина, иә, ақиқат) nor false (0, false, no, n, f, нет, ложь, жоқ, жалған); name the words with --true and --false; leave a cell empty for missing, or use --success ok=VALUE
ERR
expect_out_empty

printf 'id,found,asked,filed\n1,да,"Да ",ДА\n2,иә,иә,жоқ\n3,ИСТИНА,ЛОЖЬ,нет\n4,да,нет,нет\n5,нет,нет,нет\n' >"$T/w_fn.csv"

t "funnel: stages written in Russian and Kazakh"
run funnel "$T/w_fn.csv" --stages found,asked,filed
expect_rc 0
expect_out_has "found,previous,4,5,"
expect_out_has "asked,previous,2,4,"
expect_out_has "filed,previous,1,2,"
expect_out_has "filed,first,1,5,"
cp "$T/out" "$T/w_fn.out"
run funnel "$T/w_fn.csv" --stages found,asked,filed --true да,иә,истина --false нет,жоқ,ложь
expect_rc 0
if cmp -s "$T/out" "$T/w_fn.out"; then ok; else bad "--true/--false with the same words differ"; fi
run_at "$T" funnel w_fn.csv --stages found,asked,filed --true да,иә --false нет,жоқ,ложь
expect_rc 1
expect_err <<'ERR'
casestat: w_fn.csv:4:2: column 'found' has 'ИСТИНА', which is neither true (да, иә) nor false (нет, жоқ, ложь)
ERR

# ---- --success COL=VALUE and --fold ---------------------------------------

printf 'id,жалоба,город\n1,да,Алматы\n2,Да,Алматы\n3,"да ",Алматы \n4,ДА,алматы\n5,нет,Астана\n6,да,Алматы\n7,Да,Астана\n8,нет,Алматы\n' >"$T/w_cp.csv"

t "--success жалоба=да: Да, 'да ' and ДА are named with their rows"
run prop "$T/w_cp.csv" --success жалоба=да
expect_rc 0
expect_num x 1 2 0
expect_num n 1 8 0
expect_err <<'ERR'
casestat: warning: --success жалоба=да: 4 rows of column 'жалоба' have 'ДА' (1 row), 'Да' (2 rows) and 'да ' (1 row), which differ from 'да' only by letter case or by blanks before or after, and were counted as not 'да'; --fold counts them as 'да'
ERR

t "--success жалоба=да --fold counts them"
run prop "$T/w_cp.csv" --success жалоба=да --fold
expect_rc 0
expect_num x 1 6 0
expect_num n 1 8 0
expect_num estimate 1 0.75 0
expect_err <<'ERR'
casestat: note: --fold: --success жалоба=да also matched 'ДА' (1 row), 'Да' (2 rows) and 'да ' (1 row) in column 'жалоба'
ERR
# the VALUE in another case matches the same cells
run prop "$T/w_cp.csv" --success жалоба=ДА --fold
expect_rc 0
expect_num x 1 6 0
expect_num n 1 8 0

# ---- group labels -----------------------------------------------------------

t "labels Алматы, 'Алматы ' and алматы: a warning without --fold"
run prop "$T/w_cp.csv" --success жалоба=да --by город
expect_rc 0
expect_out <<'OUT'
group,x,n,missing,estimate,lower,upper,method,conf
Алматы,2,4,0,0.5,0.15003898915214953,0.84996101084785047,wilson,0.94999999999999996
Алматы ,0,1,0,0,0,0.79345068562276255,wilson,0.94999999999999996
Астана,0,2,0,0,0,0.6576197724933468,wilson,0.94999999999999996
алматы,0,1,0,0,0,0.79345068562276255,wilson,0.94999999999999996
OUT
expect_err_has "casestat: warning: column 'город' has labels that differ only by letter case or by blanks before or after, counted as different groups: 'Алматы' (4 rows), 'Алматы ' (1 row) and 'алматы' (1 row); --fold counts them as one"

t "--fold: one group, named 'Алматы' (most rows)"
run prop "$T/w_cp.csv" --success жалоба=да --by город --fold
expect_rc 0
expect_out <<'OUT'
group,x,n,missing,estimate,lower,upper,method,conf
Алматы,5,6,0,0.83333333333333337,0.43649717781352981,0.96994663025169336,wilson,0.94999999999999996
Астана,1,2,0,0.5,0.094531205734230753,0.90546879426576921,wilson,0.94999999999999996
OUT
expect_err <<'ERR'
casestat: note: --fold: --success жалоба=да also matched 'ДА' (1 row), 'Да' (2 rows) and 'да ' (1 row) in column 'жалоба'
casestat: note: --fold: column 'город': 'Алматы' (6 rows in all) takes in 'Алматы ' (1 row) and 'алматы' (1 row)
ERR

t "--fold: the spelling of most rows; of as many, the first in byte order"
printf 'город\nалматы\nАлматы\nалматы\nАСТАНА\nАстана\n' >"$T/w_spell.csv"
run tab "$T/w_spell.csv" --by город --fold
expect_rc 0
expect_out_has "алматы,3,5,"
expect_out_has "АСТАНА,2,5,"
if grep -q '^Алматы\|^Астана' "$T/out"; then bad "a spelling with fewer rows named a group"; else ok; fi
expect_err_has "casestat: note: --fold: column 'город': 'алматы' (3 rows in all) takes in 'Алматы' (1 row)"
expect_err_has "casestat: note: --fold: column 'город': 'АСТАНА' (2 rows in all) takes in 'Астана' (1 row)"
printf 'город\nалматы\nАлматы\n' >"$T/w_tie.csv"
run tab "$T/w_tie.csv" --by город --fold
expect_rc 0
expect_out_has "Алматы,2,2,"
run tab "$T/w_tie.csv" --by город
expect_rc 0
expect_out_has "Алматы,1,2,"
expect_out_has "алматы,1,2,"
expect_err_has "'Алматы' (1 row) and 'алматы' (1 row); --fold counts them as one"

printf 'город,amount,events,exposure,a,b,s1,s2\nАлматы,100,1,10,5,10,да,да\nАлматы ,200,2,20,6,10,да,нет\nалматы,300,3,30,7,10,нет,нет\nАстана,400,4,40,8,10,да,да\nАлматы,500,5,50,9,10,да,да\n' >"$T/w_gr.csv"

t "--fold in tab, amounts, rate and disparity"
run tab "$T/w_gr.csv" --by город --fold
expect_rc 0
expect_out_has "Алматы,4,5,0,"
expect_out_has "Астана,1,5,0,"
run tab "$T/w_gr.csv" --by город
expect_rc 0
expect_out_has "Алматы,2,5,0,"
expect_err_has "'Алматы' (2 rows), 'Алматы ' (1 row) and 'алматы' (1 row); --fold counts them as one"
run amounts "$T/w_gr.csv" --value amount --by город --boot 0 --fold
expect_rc 0
expect_num n 1 4 0
expect_num sum 1 1100 0
expect_num sum 2 400 0
expect_out_has "Алматы,4,0,1100,"
run amounts "$T/w_gr.csv" --value amount --by город --boot 0
expect_rc 0
expect_err_has "column 'город' has labels that differ only by letter case"
run rate "$T/w_gr.csv" --count events --exposure exposure --by город --fold
expect_rc 0
expect_out_has "Алматы,11,110,0,"
expect_out_has "Астана,4,40,0,"
run rate "$T/w_gr.csv" --count events --exposure exposure --by город
expect_rc 0
expect_err_has "'Алматы' (2 rows), 'Алматы ' (1 row) and 'алматы' (1 row)"
run disparity "$T/w_gr.csv" --a a --b b --by город --boot 0 --fold
expect_rc 0
expect_out_has "Алматы,total_a,27,"
expect_out_has "Алматы,total_b,40,"
expect_out_has "Астана,total_a,8,"
run disparity "$T/w_gr.csv" --a a --b b --by город --boot 0
expect_rc 0
expect_err_has "'Алматы' (2 rows), 'Алматы ' (1 row) and 'алматы' (1 row)"

t "prop --count/--total --label: the warning counts rows, as the --fold note does"
printf 'g,x,n\nАлматы,1,10\nалматы,2,10\nАстана,3,10\n' >"$T/w_pl.csv"
run prop "$T/w_pl.csv" --count x --total n --label g --fold
expect_rc 0
expect_out_has "Алматы,3,20,0,"
expect_err_has "'Алматы' (2 rows in all) takes in 'алматы' (1 row)"
run prop "$T/w_pl.csv" --count x --total n --label g
expect_rc 0
# rows, not the sum of --total (which once gave "(10 rows)")
expect_err_has "'Алматы' (1 row) and 'алматы' (1 row); --fold counts them as one"

# ---- --where with --fold -------------------------------------------------------

t "--where город=алматы: cells that differ by case or blanks are named, --fold keeps them"
run prop "$T/w_cp.csv" --success жалоба=да --where город=алматы
expect_rc 0
expect_num x 1 0 0
expect_num n 1 1 0
expect_err_has "casestat: warning: --where город=алматы: 5 rows of column 'город' have 'Алматы' (4 rows) and 'Алматы ' (1 row), which differ from 'алматы' only by letter case or by blanks before or after, and were left out; --fold keeps them"
run prop "$T/w_cp.csv" --success жалоба=да --where город=алматы --fold
expect_rc 0
expect_num x 1 5 0
expect_num n 1 6 0
expect_err_has "casestat: note: --fold: --where город=алматы also matched 'Алматы' (4 rows) and 'Алматы ' (1 row) in column 'город'"
run funnel "$T/w_gr.csv" --stages s1,s2 --where город=алматы --fold
expect_rc 0
expect_out_has "s1,previous,3,4,"
expect_out_has "s2,previous,2,3,"
run funnel "$T/w_gr.csv" --stages s1,s2 --where город=алматы
expect_rc 0
expect_out_has "s1,previous,0,1,"
expect_err_has "3 rows of column 'город' have 'Алматы' (2 rows) and 'Алматы ' (1 row)"
run amounts "$T/w_gr.csv" --value amount --where 'город=АЛМАТЫ' --boot 0 --fold
expect_rc 0
expect_num sum 1 1100 0

# ---- compare --groups with --fold -----------------------------------------------

t "compare --groups with --fold"
run compare "$T/w_cp.csv" --success жалоба=да --by город --groups Алматы,Астана --fold --measure difference,ratio
expect_rc 0
# 5/6 - 1/2 and (5/6) / (1/2)
expect_num estimate 1 0.33333333333333337 1e-16
expect_num estimate 2 1.6666666666666667 1e-15
cp "$T/out" "$T/w_cmp.out"
run compare "$T/w_cp.csv" --success жалоба=да --by город --groups алматы,астана --fold --measure difference,ratio
expect_rc 0
if cmp -s "$T/out" "$T/w_cmp.out"; then ok; else bad "--groups in other case differ"; fi
# the two groups there are, after folding
run compare "$T/w_cp.csv" --success жалоба=да --by город --fold --measure difference,ratio
expect_rc 0
if cmp -s "$T/out" "$T/w_cmp.out"; then ok; else bad "the only two groups differ"; fi
# without --fold: 2/4 - 0/2
run compare "$T/w_cp.csv" --success жалоба=да --by город --groups Алматы,Астана --measure difference
expect_rc 0
expect_num estimate 1 0.5 0
expect_err_has "counted as different groups: 'Алматы' (4 rows), 'Алматы ' (1 row) and 'алматы' (1 row)"
run compare "$T/w_cp.csv" --success жалоба=да --by город --measure difference
expect_rc 2
expect_err_has "column 'город' has 4 values ('Алматы', 'Алматы ', 'Астана', 'алматы'); choose two with --groups A,B"

# ---- dates ----------------------------------------------------------------------------

printf 'date,ok\n18.06.2023,да\n30.06.2023,нет\n01.07.2023,да\n15.10.2023,да\n,нет\n01.01.2022,нет\n' >"$T/w_dt.csv"

t "tab --by date:month with --date-format %d.%m.%Y"
run tab "$T/w_dt.csv" --by date:month --date-format %d.%m.%Y
expect_rc 0
# 2022-01 .. 2023-10: 22 months, the empty ones too
if [ "$(wc -l <"$T/out")" -eq 23 ]; then ok; else bad "$(wc -l <"$T/out") lines, expected 23"; fi
expect_out_has "2022-01,1,5,1,"
expect_out_has "2022-02,0,5,1,"
expect_out_has "2023-06,2,5,1,"
expect_out_has "2023-07,1,5,1,"
expect_out_has "2023-10,1,5,1,"
run_at "$T" tab w_dt.csv --by date:month
expect_rc 1
expect_err <<'ERR'
casestat: w_dt.csv:2:1: column 'date' has '18.06.2023', which is not a date in the form YYYY-MM-DD (e.g. 2023-07-09); it reads as a date with --date-format '%d.%m.%Y'
ERR

t "prop --by date:quarter"
run prop "$T/w_dt.csv" --success ok --by date:quarter --date-format %d.%m.%Y
expect_rc 0
expect_out <<'OUT'
group,x,n,missing,estimate,lower,upper,method,conf
,0,1,0,0,0,0.79345068562276255,wilson,0.94999999999999996
2022-Q1,0,1,0,0,0,0.79345068562276255,wilson,0.94999999999999996
2023-Q2,1,2,0,0.5,0.094531205734230753,0.90546879426576921,wilson,0.94999999999999996
2023-Q3,1,1,0,1,0.20654931437723745,1,wilson,0.94999999999999996
2023-Q4,1,1,0,1,0.20654931437723745,1,wilson,0.94999999999999996
OUT

t "--where date:year=2023 and date:month"
run prop "$T/w_dt.csv" --success ok --where date:year=2023 --date-format %d.%m.%Y
expect_rc 0
expect_num x 1 3 0
expect_num n 1 4 0
run tab "$T/w_dt.csv" --by ok --where date:month=2023-06 --date-format %d.%m.%Y
expect_rc 0
expect_out_has "да,1,2,"
expect_out_has "нет,1,2,"

t "date-times by default"
printf 'date\n2023-06-18 14:30:00\n2023-06-30T23:59\n2023-07-01 00:00:00\n2023-06-18T14:30:00Z\n' >"$T/w_dtt.csv"
run tab "$T/w_dtt.csv" --by date:month
expect_rc 0
expect_out_has "2023-06,3,4,0,"
expect_out_has "2023-07,1,4,0,"
run tab "$T/w_dtt.csv" --by date:day
expect_rc 0
expect_out_has "2023-06-18,2,4,0,"
expect_out_has "2023-07-01,1,4,0,"

t "ISO weeks: 2021-01-03 is 2020-W53, 2019-12-30 is 2020-W01"
printf 'date\n2020-12-28\n2021-01-03\n2021-01-04\n' >"$T/w_wk.csv"
run tab "$T/w_wk.csv" --by date:week
expect_rc 0
expect_out <<'OUT'
category,count,n,missing,share,lower,upper,method,conf
2020-W53,2,3,0,0.66666666666666663,0.17498146058725195,0.94964642877400551,goodman,0.94999999999999996
2021-W01,1,3,0,0.33333333333333331,0.050353571225994487,0.82501853941274805,goodman,0.94999999999999996
OUT
printf 'date\n2019-12-29\n2019-12-30\n' >"$T/w_wk2.csv"
run tab "$T/w_wk2.csv" --by date:week
expect_rc 0
expect_out_has "2019-W52,1,2,"
expect_out_has "2020-W01,1,2,"
run tab "$T/w_wk.csv" --by date:year
expect_rc 0
expect_out_has "2020,1,3,"
expect_out_has "2021,2,3,"

t "derived keys in every command's --by and --where"
printf 'date,ok,amount,events,exposure\n2022-03-01,да,100,1,10\n2022-05-01,нет,200,2,20\n2023-01-10,да,300,3,30\n2023-06-18 14:30:00,да,400,4,40\n2023-12-31,нет,500,5,50\n' >"$T/w_d2.csv"
run compare "$T/w_d2.csv" --success ok --by date:year --groups 2023,2022 --measure difference
expect_rc 0
# 2/3 - 1/2
expect_num estimate 1 0.16666666666666663 1e-16
run rate "$T/w_d2.csv" --count events --exposure exposure --by date:quarter
expect_rc 0
expect_out_has "2022-Q2,2,20,0,"
expect_out_has "2023-Q4,5,50,0,"
run amounts "$T/w_d2.csv" --value amount --by date:year --boot 0
expect_rc 0
expect_out_has "2022,2,0,300,"
expect_out_has "2023,3,0,1200,"
run amounts "$T/w_d2.csv" --value amount --where date:year=2023 --boot 0
expect_rc 0
expect_num sum 1 1200 0
run funnel "$T/w_d2.csv" --stages ok --where date:year=2022
expect_rc 0
expect_out_has "ok,previous,1,2,"
run disparity "$T/w_d2.csv" --a amount --b exposure --where date:quarter=2023-Q2 --boot 0
expect_rc 0
expect_out_has "all,total_a,400,"
expect_out_has "all,total_b,40,"
run prop "$T/w_d2.csv" --success ok --where date:month=2023-06
expect_rc 0
expect_num x 1 1 0
expect_num n 1 1 0

t "bad derived keys and dates"
run tab "$T/w_d2.csv" --by :month
expect_rc 2
run tab "$T/w_d2.csv" --by date:fortnight
expect_rc 2
expect_err_has "after ':' write year, quarter, month, week or day"
run tab "$T/w_d2.csv" --by date:month --date-format %q
expect_rc 2
printf 'date\n2023-02-30\n' >"$T/w_feb.csv"
run_at "$T" tab w_feb.csv --by date:month
expect_rc 1
expect_err <<'ERR'
casestat: w_feb.csv:2:1: column 'date' has '2023-02-30', which is not a day of the calendar
ERR

t "06/07/2023: ambiguous, both formats suggested"
printf 'date\n06/07/2023\n' >"$T/w_amb.csv"
run_at "$T" tab w_amb.csv --by date:month
expect_rc 1
expect_err <<'ERR'
casestat: w_amb.csv:2:1: column 'date' has '06/07/2023', which is not a date in the form YYYY-MM-DD (e.g. 2023-07-09); it could be day/month or month/day: say which with --date-format '%d/%m/%Y' or '%m/%d/%Y'
ERR
run tab "$T/w_amb.csv" --by date:month --date-format %d/%m/%Y
expect_rc 0
expect_out_has "2023-07,1,1,"
run tab "$T/w_amb.csv" --by date:month --date-format %m/%d/%Y
expect_rc 0
expect_out_has "2023-06,1,1,"

# ---- currency -----------------------------------------------------------------------

t "'23000 ₸' and '500 тг.' with --currency KZT"
printf 'amount\n23000 ₸\n500 тг.\n' >"$T/w_kzt.csv"
run amounts "$T/w_kzt.csv" --value amount --currency KZT --boot 0
expect_rc 0
expect_num n 1 2 0
expect_num sum 1 23500 0
expect_num max 1 23000 0
expect_out_has ",KZT"
run_at "$T" amounts w_kzt.csv --value amount --boot 0
expect_rc 1
expect_err <<'ERR'
casestat: w_kzt.csv:2:1: column 'amount' has '23000 ₸', an amount in KZT: if every amount is in KZT, say so with --currency KZT
ERR
printf 'amount\n"23 000,50 ₸"\n"1 500 тг."\n' >"$T/w_kzt2.csv"
run amounts "$T/w_kzt2.csv" --value amount --currency KZT --decimal , --thousands ' ' --boot 0
expect_rc 0
expect_num sum 1 24500.5 0

t "'\$12' is refused with --currency KZT and without --currency"
printf 'amount\n100\n$12\n' >"$T/w_usd.csv"
run_at "$T" amounts w_usd.csv --value amount --currency KZT --boot 0
expect_rc 1
expect_err <<'ERR'
casestat: w_usd.csv:3:1: column 'amount' has '$12', an amount in USD, but --currency is KZT: currencies are never mixed
ERR
run_at "$T" amounts w_usd.csv --value amount --boot 0
expect_rc 1
expect_err <<'ERR'
casestat: w_usd.csv:3:1: column 'amount' has '$12', an amount in USD: if every amount is in USD, say so with --currency USD
ERR
run amounts "$T/w_usd.csv" --value amount --currency USD --boot 0
expect_rc 0
expect_num sum 1 112 0

# ---- the calculator ----------------------------------------------------------------------

t "prop 800/7,000 and 800/'7 000' are prop 800/7000"
run prop 800/7000
expect_rc 0
cp "$T/out" "$T/w_calc.out"
run prop 800/7,000
expect_rc 0
expect_out_has '"800/7,000",800,7000,0,0.11428571428571428,'
# the group label differs ("800/7,000" is quoted): the fields after it agree
got=$(tail -1 "$T/out" | sed 's/^"[^"]*",//')
want=$(tail -1 "$T/w_calc.out" | sed 's/^[^,]*,//')
if [ -n "$want" ] && [ "$got" = "$want" ]; then ok; else bad "800/7,000 gives '$got', 800/7000 '$want'"; fi
run prop '800/7 000'
expect_rc 0
expect_num n 1 7000 0
expect_num lower 1 0.10704312750203135 1e-17
expect_num upper 1 0.1219514133153944 1e-17
run prop '1 200/1 234 567'
expect_rc 0
expect_num x 1 1200 0
expect_num n 1 1234567 0
for bad_arg in 800/7,00 800/7.000 800/70,00 800/,700 800/7,0000; do
	run prop "$bad_arg"
	expect_rc 2
	expect_err_has "invalid proportion '$bad_arg': write X/N with whole numbers"
done
run compare 6/7 800/7,000 --measure difference
expect_rc 0
cp "$T/out" "$T/w_cmpcalc.out"
run compare 6/7 800/7000 --measure difference
if cmp -s "$T/out" "$T/w_cmpcalc.out"; then ok; else bad "compare 800/7,000 differs from 800/7000"; fi

# ---- many threads --------------------------------------------------------------------------

t "--fold on several threads: the same groups, spellings and notes as on one"
awk 'BEGIN { print "город,жалоба"; for (i = 1; i <= 200000; i++) { r = i % 10;
	c = r < 5 ? "Алматы" : r < 7 ? "алматы" : r < 8 ? "Алматы " : r < 9 ? "АСТАНА" : "Астана";
	j = i % 3 == 0 ? "Да" : i % 3 == 1 ? "да" : "нет"; printf "%s,%s\n", c, j } }' >"$T/w_big.csv"
run prop "$T/w_big.csv" --success жалоба=да --by город --fold --threads 1
expect_rc 0
cp "$T/out" "$T/w_big1.out"
cp "$T/err" "$T/w_big1.err"
expect_out_has "АСТАНА,26667,40000,"
expect_out_has "Алматы,106666,160000,"
expect_err_has "'АСТАНА' (40000 rows in all) takes in 'Астана' (20000 rows)"
run prop "$T/w_big.csv" --success жалоба=да --by город --fold --threads 4
expect_rc 0
if cmp -s "$T/out" "$T/w_big1.out"; then ok; else bad "--threads 4 output differs from --threads 1"; fi
if cmp -s "$T/err" "$T/w_big1.err"; then ok; else bad "--threads 4 notes differ from --threads 1"; fi
run prop "$T/w_big.csv" --success жалоба=да --by город --threads 4
expect_rc 0
expect_err_has "--success жалоба=да: 66666 rows of column 'жалоба' have 'Да' (66666 rows)"
expect_err_has "'Алматы' (100000 rows), 'Алматы ' (20000 rows) and 'алматы' (40000 rows)"
rm -f "$T"/w_big*

# ---- calculators: commas that separate counts, numbers grouped by threes ----------

t "tab and funnel: '7,000' is refused, not read as the counts 7 and 0"
run funnel a=7,000 b=800
expect_rc 2
expect_err_has "invalid stage '000' in 'a=7,000': a count does not start with 0"
run tab 7,000
expect_rc 2
expect_err_has "write thousands without a separator (7000, not 7,000)"
run tab 120,80,0
expect_rc 0
expect_out_has "3,0,200,"

t "rate: counts and exposures grouped by threes, and the decimal comma"
run rate '6/1 000' --format csv
expect_rc 0
expect_num exposure 1 1000 0
run rate 6/1000,5 --decimal , --format csv
expect_rc 0
expect_out_has '"6/1000,5",6,1000.5,0,'
run rate 6/1,000.5 --format csv
expect_out_has '"6/1,000.5",6,1000.5,0,'
run rate 6/1,5 --format csv
expect_rc 2
expect_err_has "the exposure after '/' must be a positive number"

t "exposures grouped by threes keep all their decimals"
printf 'x,e\n1,"1 000,12345"\n2,"2 000"\n' >"$T/w_ex.csv"
run rate "$T/w_ex.csv" --count x --exposure e --decimal , --thousands ' ' --format csv
expect_rc 0
expect_num exposure 1 3000.12345 1e-9
printf 'x,e\n1,"1 00,5"\n' >"$T/w_ex.csv"
run rate "$T/w_ex.csv" --count x --exposure e --decimal , --thousands ' '
expect_rc 1
expect_err_has "w_ex.csv:2:2: column 'e' has '1 00,5', which is not an exposure (a number, 0 or more); a thousands separator stands only between groups of three digits"

t "two-digit years: a day-or-month date names both formats"
printf 'd\n06/07/23\n' >"$T/w_d2.csv"
run tab "$T/w_d2.csv" --by d:month
expect_rc 1
expect_err_has "it could be day/month or month/day: say which with --date-format '%d/%m/%y' or '%m/%d/%y'"

t "a number the settings do not read names the options that do"
printf 'id,v\n1,5\n2,"2,500"\n' >"$T/w_hint.csv"
run amounts "$T/w_hint.csv" --value v --boot 0
expect_rc 1
expect_err_has "column 'v' has '2,500', which is not an amount written with the decimal point and no thousands separator; it reads as one with --decimal ',' or with --thousands ','"
printf 'id,v\n1,5\n2,"1 500,00"\n' >"$T/w_hint.csv"
run amounts "$T/w_hint.csv" --value v --boot 0
expect_err_has "it reads as one with --decimal ',' --thousands ' '"
run amounts "$T/w_hint.csv" --value v --boot 0 --decimal ,
expect_err_has "written with the decimal comma and no thousands separator; it reads as one with --thousands ' '"
printf 'x,n\n"7 000",8000\n' >"$T/w_hint.csv"
run prop "$T/w_hint.csv" --count x --total n
expect_rc 1
expect_err_has "column 'x' has '7 000', which is not a whole number of at least 0; it reads as one with --thousands ' '"

t "three decimals in every amount: a thousands separator taken for the decimal one is named"
printf 'v\n"2,500"\n"1,250"\n3\n' >"$T/w_three.csv"
run amounts "$T/w_three.csv" --value v --boot 0 --decimal ,
expect_rc 0
expect_err_has "column 'v': every amount with a decimal comma has three digits after it (as in 2,500): if ',' separates thousands there, give --thousands ',' and not --decimal ','"
printf 'v\n1.500\n2.25\n' >"$T/w_three.csv"
run amounts "$T/w_three.csv" --value v --boot 0
expect_rc 0
expect_err_empty
