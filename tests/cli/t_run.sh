# t_run.sh - casestat run and verify: reproducible directories, atomic
# publication, and recipe errors that name their line.

mkdir -p "$T/rcp"
cp "$DATA/small.csv" "$T/rcp/donors.csv"
cat >"$T/rcp/ok.recipe" <<'RECIPE'
; the donors, by channel
[run]
title = Test run
output = out
conf = 0.9

[prop by_channel]
input = donors.csv
success = questioned
by = channel

[prop story]
args = 6/7 800/7000
method = clopper-pearson
RECIPE

t "run writes the directory, report, record and manifest"
run_at "$T/rcp" run ok.recipe
expect_rc 0
expect_err_has "casestat: wrote out (report: out/report.md)"
for f in by_channel.csv story.csv report.md run.txt MANIFEST.sha256; do
	if [ -f "$T/rcp/out/$f" ]; then ok; else bad "no $f"; fi
done
if (cd "$T/rcp/out" && sha256sum -c --quiet MANIFEST.sha256); then ok; else bad "sha256sum -c failed"; fi
if grep -q '^conf = 0.9$' "$T/rcp/out/run.txt" && grep -q '^input = donors.csv$' "$T/rcp/out/run.txt" &&
   grep -q '^method = clopper-pearson$' "$T/rcp/out/run.txt" && grep -q '^sides = two$' "$T/rcp/out/run.txt"; then ok
else bad "run.txt lacks effective parameters"; fi
if grep -q "$T" "$T/rcp/out/run.txt" "$T/rcp/out/report.md"; then bad "an absolute path leaked"; else ok; fi
if grep -q "Methods*: clopper-pearson, Clopper & Pearson (1934)" "$T/rcp/out/report.md"; then ok; else bad "no method reference"; fi

t "verify passes, then finds a changed and an added file"
run verify "$T/rcp/out"
expect_rc 0
expect_out_has "OK       input donors.csv"
echo tampered >>"$T/rcp/out/story.csv"
touch "$T/rcp/out/extra.txt"
run verify "$T/rcp/out"
expect_rc 1
expect_out_has "CHANGED  story.csv"
expect_out_has "ADDED    extra.txt (not in the manifest)"

t "an existing directory is refused and left as it was"
run_at "$T/rcp" run ok.recipe
expect_rc 2
expect_err_has "'out' exists; use --force to replace it"
if grep -q tampered "$T/rcp/out/story.csv" && [ -f "$T/rcp/out/extra.txt" ]; then ok; else bad "out was touched"; fi

t "--force replaces it; two runs give identical bytes"
run_at "$T/rcp" run ok.recipe --force
expect_rc 0
run_at "$T/rcp" run ok.recipe -o again
expect_rc 0
if diff -r "$T/rcp/out" "$T/rcp/again" >/dev/null; then ok; else bad "two runs differ"; diff -r "$T/rcp/out" "$T/rcp/again" | head -5; fi
if ls -a "$T/rcp" | grep -q '\.tmp\.'; then bad "a temporary directory was left"; else ok; fi

t "a run that fails on its data leaves nothing"
cp "$DATA/quoted_nl.csv" "$T/rcp/bad.csv"
cat >"$T/rcp/bad.recipe" <<'RECIPE'
[prop fine]
args = 1/2

[prop broken]
input = bad.csv
success = complained
RECIPE
run_at "$T/rcp" run bad.recipe -o failed
expect_rc 1
expect_err_has "casestat: bad.recipe:4: [prop broken]: "
expect_no_file "$T/rcp/failed"
if ls -a "$T/rcp" | grep -q '\.tmp\.'; then bad "a temporary directory was left"; else ok; fi

t "recipe errors name the line"
# printf ... >"$R"; check_recipe LINE MESSAGE  (no pipe into it: a function
# at the end of a pipeline runs in a subshell, and its counts would be lost)
R=$T/rcp/e.recipe
check_recipe() {
	run_at "$T/rcp" run e.recipe -o e_out
	expect_rc 2
	expect_err_has "casestat: e.recipe:$1: $2"
	expect_no_file "$T/rcp/e_out"
}
printf '[prop a]\nargs = 1/2\nbogus = 3\n' >"$R"; check_recipe 3 "unknown key 'bogus' for prop"
printf '[frob a]\nargs = 1/2\n' >"$R"; check_recipe 1 "unknown command 'frob' in a section header; recipes can run: prop"
printf '[prop a]\nargs = 1/2\n\n[prop a]\nargs = 3/4\n' >"$R"; check_recipe 4 "the name 'a' is used twice (first on line 1)"
printf '[prop a]\ninput = nowhere.csv\nsuccess = x\n' >"$R"; check_recipe 2 "input 'nowhere.csv' not found"
printf 'args = 1/2\n[prop a]\n' >"$R"; check_recipe 1 "'args' comes before any [section]"
printf '[prop a]\nmethod = exact\n' >"$T/rcp/e.recipe"
run_at "$T/rcp" run e.recipe -o e_out
expect_rc 2
expect_err_has "casestat: e.recipe:1: [prop a]: nothing to do"
expect_no_file "$T/rcp/e_out"
printf '[prop a b]\nargs = 1/2\n' >"$R"; check_recipe 1 "a section is [run] or [COMMAND NAME]"
printf '[prop a/b]\nargs = 1/2\n' >"$R"; check_recipe 1 "section [prop a/b] needs a name of letters, digits"
printf '[prop a]\nargs = 1/2\nthis line has no equals sign\n' >"$R"; check_recipe 3 "expected 'key = value'"
printf '[run]\ncolour = red\n[prop a]\nargs = 1/2\n' >"$R"; check_recipe 2 "unknown key 'colour' in [run]"
printf '[prop a]\nargs = 1/2\nmethod = wilson\nmethod = exact\n' >"$R"; check_recipe 4 "'method' is set twice in this section"
printf '[prop a]\nargs = 1/2\nformat = json\n' >"$R"; check_recipe 3 "unknown key 'format' for prop (its keys are the long options in 'casestat help prop')"
printf '[prop a]\nargs = 1/2\nplot = jpeg\n' >"$R"; check_recipe 3 "plot = 'jpeg': use png, svg, pdf, gp or none"
awk 'BEGIN { printf "[prop a]\nargs = 1/2\ntitle = "; for (i = 0; i < 250; i++) printf "x"; print "" }' >"$R"
check_recipe 3 "unknown key 'title' for prop"
printf '[prop a]\nargs = 1/2\nnote = one\000two\n' >"$R"; check_recipe 3 "the line holds a NUL byte"
printf '[prop a]\nnote = bell\007\nargs = 1/2\n' >"$R"; check_recipe 2 "the line holds a control character"
printf '[prop a]\nnote = caf\351\nargs = 1/2\n' >"$R"; check_recipe 2 "the line is not valid UTF-8"
printf '[prop a]\r\nargs = 1/2\r\nnote = CRLF is fine\r\nplot = jpeg\r\n' >"$R"
check_recipe 4 "plot = 'jpeg': use png, svg, pdf, gp or none"
printf '[prop a] x\nargs = 1/2\n' >"$R"; check_recipe 1 "text after the ']' of a section header"
t "a note may be a long line, and may go on over indented lines"
awk 'BEGIN { printf "[prop a]\nargs = 1/2\nnote = "; for (i = 0; i < 300; i++) printf "word "; print "end ; a comment" }' >"$R"
printf '[prop b]\nnote = The first line,\n  the second,\n\n    and the third.\nargs = 3/4\n  method = wald\n' >>"$R"
run_at "$T/rcp" run e.recipe -o e_out
expect_rc 0
if grep -q "^\(word \)\{300\}end\$" "$T/rcp/e_out/report.md"; then ok; else bad "the long note is not whole in report.md"; fi
if grep -qx "The first line, the second, and the third." "$T/rcp/e_out/report.md"; then ok; else bad "the continued note is not one paragraph"; fi
if grep -qx "method = wald" "$T/rcp/e_out/run.txt"; then ok; else bad "an indented key after args is not a key"; fi
rm -rf "$T/rcp/e_out"
printf '[prop a]\nargs = 1/2\n  more\n' >"$R"; check_recipe 3 "expected 'key = value'"
# indented lines are keys, never the continuation of the value above
printf '[prop a]\nnote = one\n  [prop b]\n  args = 1/2\n' >"$R"; check_recipe 1 "[prop a]: nothing to do"

t "indenting and a byte-order mark mean nothing"
printf '\357\273\277[prop a] ; the first\n  args = 6/7\n\tmethod = exact\n' >"$R"
run_at "$T/rcp" run e.recipe -o e_out
expect_rc 0
if grep -q '^6/7,6,7,0,0.857142857142857.,0.42127680295680' "$T/rcp/e_out/a.csv"; then ok; else bad "a.csv: $(cat "$T/rcp/e_out/a.csv")"; fi
rm -rf "$T/rcp/e_out"

t "a recipe that cannot be read, and usage"
run run "$T/rcp/none.recipe" -o x
expect_rc 3
run run
expect_rc 2
run run "$T/rcp/ok.recipe"
expect_rc 2
expect_err_has "exists"

t "the demo recipe: two runs are identical and verify passes"
run run "$ROOT/datasets/recipes/demo.recipe" -o "$T/demo1"
expect_rc 0
run run "$ROOT/datasets/recipes/demo.recipe" -o "$T/demo2"
expect_rc 0
if diff -r "$T/demo1" "$T/demo2" >/dev/null; then ok; else bad "demo runs differ"; fi
run verify "$T/demo1"
expect_rc 0
if (cd "$T/demo1" && sha256sum -c --quiet MANIFEST.sha256); then ok; else bad "sha256sum -c failed"; fi
# the sections read four files: each is checked and counted once
expect_err_has "files and 4 of 4 inputs verified"
if [ "$(grep -c "^OK       input " "$T/out")" = 4 ]; then ok; else bad "an input is listed more than once"; fi

t "verify shows a file name that could drive the terminal cleaned"
cp -r "$T/demo1" "$T/demo3"
printf 'x' >"$T/demo3/$(printf 'bad\033[2Jname')"
run verify "$T/demo3"
expect_rc 1
expect_out_has 'ADDED    bad\x1B[2Jname (not in the manifest)'
if grep -q "$(printf '\033')" "$T/out"; then bad "an escape character reached the output"; else ok; fi
