# t_plot.sh - --plot FILE: scripts, pictures, atomic files, hostile labels.
# Rendering checks run only when gnuplot is installed (said below).
P=$T/plot
mkdir -p "$P"

t "--plot x.gp writes the script alone, the table as usual"
run prop 6/7 800/7000 --plot "$P/a.gp"
expect_rc 0
expect_out_has "6/7,6,7,0,0.8571428571428571"
expect_err_empty
if grep -q "cs_output = './a.png'" "$P/a.gp"; then ok; else bad "a.gp does not draw a.png"; fi
expect_no_file "$P/a.png"

t "--plot with an unknown extension is a usage error, nothing written"
run prop 6/7 --plot "$P/b.jpg"
expect_rc 2
expect_err_has "invalid --plot '$P/b.jpg': the name must end in .gp (script), .png, .svg or .pdf (picture)"
expect_out_empty
expect_no_file "$P/b.gp"

t "--plot names that gnuplot could read as a pipe are refused"
run prop 6/7 --plot "$P/|touch x.png"
expect_rc 2
expect_err_has "invalid --plot"

t "without gnuplot, --plot x.png fails with exit 3 naming the package; x.gp works"
rc=$(PATH=/nonexistent; export PATH; "$CS" prop 6/7 --plot "$P/c.png" >"$T/out" 2>"$T/err" </dev/null; echo $?)
expect_rc 3
expect_err_has "gnuplot is not installed (on Debian or Ubuntu: apt-get install gnuplot-nox)"
expect_out_empty
expect_no_file "$P/c.png"
expect_no_file "$P/c.gp"
rc=$(PATH=/nonexistent; export PATH; "$CS" prop 6/7 --plot "$P/c.gp" >"$T/out" 2>"$T/err" </dev/null; echo $?)
expect_rc 0
if [ -s "$P/c.gp" ]; then ok; else bad "c.gp not written without gnuplot"; fi

if command -v gnuplot >/dev/null 2>&1; then
	t "--plot x.png renders, keeps x.gp, leaves no temporary file"
	run prop 6/7 800/7000 --plot "$P/d.png"
	expect_rc 0
	expect_err_empty
	if [ -s "$P/d.png" ] && [ -s "$P/d.gp" ]; then ok; else bad "d.png or d.gp missing"; fi
	if [ "$(head -c 4 "$P/d.png" | od -An -c | tr -d ' ')" = "211PNG" ]; then ok; else bad "d.png is not a PNG"; fi
	if ls -a "$P" | grep -q '^\.'"[a-z]"; then bad "temporary files left: $(ls -a "$P")"; else ok; fi

	t "PNG, SVG and PDF are byte-identical across runs"
	for ext in png svg pdf; do
		run prop 6/7 800/7000 --plot "$P/e1.$ext"
		sleep 1
		run prop 6/7 800/7000 --plot "$P/e2.$ext"
		if cmp -s "$P/e1.$ext" "$P/e2.$ext"; then ok; else bad "$ext differs between runs"; fi
	done
	if grep -aq "/CreationDate (D:19700101000000" "$P/e1.pdf"; then ok; else bad "PDF date is not the fixed one"; fi
	rc=$(SOURCE_DATE_EPOCH=1700000000; export SOURCE_DATE_EPOCH; "$CS" prop 6/7 --plot "$P/f.pdf" >/dev/null 2>"$T/err"; echo $?)
	expect_rc 0
	if grep -aq "/CreationDate (D:20231114221320" "$P/f.pdf"; then ok; else bad "PDF date ignores SOURCE_DATE_EPOCH"; fi

	t "hostile labels from data are drawn, and run nothing"
	printf 'group,ok\n' > "$P/hostile.csv"
	printf '"x\n!touch %s/marker1",1\n' "$P" >> "$P/hostile.csv"
	printf '"`touch %s/marker2`",0\n' "$P" >> "$P/hostile.csv"
	printf "\"a'.system('touch %s/marker3').'\",1\n" "$P" >> "$P/hostile.csv"
	printf '"CASESTAT_EOD\n!touch %s/marker4",1\n' "$P" >> "$P/hostile.csv"
	printf '"%%s @cmd | <x",0\n' >> "$P/hostile.csv"
	printf '"Донорлар (жалоба) Қазақ",1\n' >> "$P/hostile.csv"
	run prop "$P/hostile.csv" --success ok --by group --plot "$P/h.png"
	expect_rc 0
	expect_err_empty
	for i in 1 2 3 4; do expect_no_file "$P/marker$i"; done
	if [ -s "$P/h.png" ]; then ok; else bad "h.png not drawn"; fi
	if grep -q "^    'x !touch " "$P/h.gp"; then ok; else bad "newline not replaced in h.gp"; fi
	run prop "$P/hostile.csv" --success ok --by group --plot "$P/h.svg"
	expect_rc 0
	if grep -q "Қазақ" "$P/h.svg"; then ok; else bad "Kazakh label missing from the SVG"; fi

	t "an unwritable directory is exit 3 and leaves nothing"
	run prop 6/7 --plot "$P/nodir/x.png"
	expect_rc 3
	expect_err_has "cannot write '$P/nodir/x.gp'"
else
	echo "   (gnuplot is not installed: rendering checks of t_plot.sh skipped)"
fi

t "tab, rate and funnel draw their charts"
run tab "$ROOT/datasets/cases.csv" --by police_action --plot "$T/tab.gp"
expect_rc 0
if grep -q "simultaneous" "$T/tab.gp" && grep -q "'none'" "$T/tab.gp"; then ok; else bad "tab chart script"; fi
run tab "$ROOT/datasets/cases.csv" --by report_date:year --plot "$T/years.gp"
expect_rc 0
if grep -q "Rows per year of report_date" "$T/years.gp"; then ok; else bad "time chart script"; fi
run rate 6/7214 12/4000 --per 1000 --plot "$T/rate.gp"
expect_rc 0
if grep -q "per 1,000" "$T/rate.gp"; then ok; else bad "rate chart script"; fi
run funnel identified=7214 questioned=800 case_file=7 complained=6 --method all --plot "$T/funnel.gp"
expect_rc 0
if grep -q "'identified'" "$T/funnel.gp" && [ "$(grep -c "'complained'" "$T/funnel.gp")" -ge 1 ]; then ok; else bad "funnel chart script"; fi
if command -v gnuplot >/dev/null 2>&1; then
	run funnel identified=7214 questioned=800 case_file=7 complained=6 --plot "$T/funnel.png"
	expect_rc 0
	if [ -s "$T/funnel.png" ] && [ -s "$T/funnel.gp" ]; then ok; else bad "funnel.png not rendered"; fi
fi

t "compare, amounts and disparity draw their charts"
run compare 6/7 800/7000 --method all --plot "$T/cmp.gp"
expect_rc 0
if grep -q "'Newcombe hybrid score'" "$T/cmp.gp" && grep -q "logscale" "$T/cmp.gp"; then ok; else bad "forest plot script"; fi
run compare 6/7 800/7000 --measure test --plot "$T/cmp2.gp"
expect_rc 2
expect_err_has "the tests alone have no chart"
run amounts "$ROOT/datasets/donors.csv" --value amount_kzt --by channel --currency KZT --boot 50 --plot "$T/am.gp"
expect_rc 0
if grep -q "Amounts in amount_kzt by channel" "$T/am.gp" && grep -q "logscale" "$T/am.gp"; then ok; else bad "amounts script"; fi
run disparity public_claim=2000000 prosecution=23000 complaints=16000 --currency KZT --plot "$T/disp.gp"
expect_rc 0
if grep -q "'public_claim vs complaints'" "$T/disp.gp"; then ok; else bad "disparity script"; fi
run disparity "$ROOT/datasets/case_file.csv" --a alleged_by_prosecution_kzt --b alleged_in_complaint_kzt --boot 50 --plot "$T/disp2.gp"
expect_rc 0
if grep -q "alleged_by_prosecution_kzt" "$T/disp2.gp"; then ok; else bad "disparity data script"; fi
