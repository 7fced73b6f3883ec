/* test_delim.c - tests of cli/core/delim.c: the separator from the
 * header line alone, from the file name, and the --delimiter values. */
#include "test_util.h"
#include "cli/core/delim.h"

static int detect(const char *s)
{
	return cs_delim_detect(s, strlen(s));
}

static void test_header(void **state)
{
	(void)state;
	assert_int_equal(detect("id,date,amount"), ',');
	assert_int_equal(detect("Дата;Регион;Сумма"), ';');
	assert_int_equal(detect("id\tdate\tamount"), '\t');
	assert_int_equal(detect("id"), ',');                         /* one column */
	assert_int_equal(detect(""), ',');
	assert_int_equal(detect("id;date,amount"), ',');             /* a comma wins */
	assert_int_equal(detect("id\tdate,amount"), ',');
	assert_int_equal(detect("id;date\tamount"), -1);             /* both: not guessed */
	/* quoted ';', tabs and commas do not count */
	assert_int_equal(detect("\"a;b\",c"), ',');
	assert_int_equal(detect("\"a,b\";c"), ';');
	assert_int_equal(detect("\"Сумма, тг\";Дата"), ';');
	assert_int_equal(detect("\"a\tb\"\tc"), '\t');
	assert_int_equal(detect("\"a;b\""), ',');
	assert_int_equal(detect("\"say \"\"x;y\"\"\",z"), ',');     /* "" inside quotes */
	assert_int_equal(detect("\"say \"\"x,y\"\"\";z"), ';');
	/* only the header line: rows never decide */
	assert_int_equal(detect("id\n1;2;3"), ',');
	assert_int_equal(detect("a;b\r\n1,5;2,5"), ';');
	assert_int_equal(detect("\"multi\nline;\",x\n"), ',');      /* a newline inside quotes */
	assert_int_equal(detect("\"multi\nline,\";x\n"), ';');
	/* the length is respected */
	assert_int_equal(cs_delim_detect("a;b,c", 3), ';');
}

static void test_name(void **state)
{
	(void)state;
	assert_int_equal(cs_delim_from_name("cases.tsv"), '\t');
	assert_int_equal(cs_delim_from_name("dir.csv/CASES.TAB"), '\t');
	assert_int_equal(cs_delim_from_name("cases.csv"), 0);
	assert_int_equal(cs_delim_from_name("tsv"), 0);
	assert_int_equal(cs_delim_from_name("-"), 0);
	assert_int_equal(cs_delim_from_name(NULL), 0);
	assert_int_equal(cs_delim_choose(0, "a.tsv", "a;b", 3), '\t');      /* the name before the header */
	assert_int_equal(cs_delim_choose('|', "a.tsv", "a;b", 3), '|');     /* the option before both */
	assert_int_equal(cs_delim_choose(0, "a.csv", "a;b", 3), ';');
	assert_int_equal(cs_delim_choose(0, "-", "a;b\tc", 5), -1);
}

static void test_option(void **state)
{
	(void)state;
	struct {
		const char *v;
		char c;
	} good[] = { { ",", ',' }, { ";", ';' }, { "|", '|' }, { "tab", '\t' }, { "\\t", '\t' }, { "\t", '\t' },
		     { "comma", ',' }, { "semicolon", ';' }, { "pipe", '|' } };
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		char d = 0;
		struct cs_err err = { 0 };
		assert_int_equal(cs_delim_option(good[i].v, &d, "tab", &err), 0);
		assert_int_equal(d, good[i].c);
	}
	const char *bad[] = { "", " ", ":", ",,", "TAB", "t", "\\", "\"", "\n", "；" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char d = 'x';
		struct cs_err err = { 0 };
		assert_int_equal(cs_delim_option(bad[i], &d, "tab", &err), CS_EXIT_USAGE);
		assert_int_equal(d, 'x');
		assert_non_null(strstr(err.msg, "use ',' (comma), ';' (semicolon), tab or '|'"));
	}
	struct cs_err err = { 0 };
	char d;
	cs_delim_option("\n", &d, "tab", &err);
	assert_string_equal(err.msg, "invalid --delimiter '\\n': use ',' (comma), ';' (semicolon), tab or '|'");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_header),
		cmocka_unit_test(test_name),
		cmocka_unit_test(test_option),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
