/* test_output.c - tests of cli/io/output.c: the four renderings. */
#include "test_util.h"
#include "cli/io/output.h"

#include <locale.h>

static const struct cs_column cols[] = {
	{ "group", CS_COL_TEXT, NULL },
	{ "x", CS_COL_INT, NULL },
	{ "estimate", CS_COL_REAL, "%.4f" },
};

static char *render(const struct cs_result *t, enum cs_format f, int explain)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	assert_non_null(out);
	assert_int_equal(cs_result_write(out, t, f, explain), 0);
	fclose(out);
	return buf;
}

static void fill(struct cs_result *t)
{
	cs_result_init(t, cols, 3, 0);
	long r = cs_result_add_row(t);
	cs_result_text(t, (size_t)r, 0, "Astana, \"city\"");
	cs_result_int(t, (size_t)r, 1, 6);
	cs_result_real(t, (size_t)r, 2, 6.0 / 7);
	cs_result_explain(t, (size_t)r, "Six of seven.");
	r = cs_result_add_row(t);
	cs_result_text(t, (size_t)r, 0, "Шымкент|a\nb");
	cs_result_int(t, (size_t)r, 1, -3);
	cs_result_real(t, (size_t)r, 2, NAN);
}

static void test_csv(void **state)
{
	(void)state;
	struct cs_result t;
	fill(&t);
	char *s = render(&t, CS_FMT_CSV, 1);
	assert_string_equal(s, "group,x,estimate\n"
			       "\"Astana, \"\"city\"\"\",6,0.8571428571428571\n"
			       "\"Шымкент|a\nb\",-3,\n");
	free(s);
	cs_result_free(&t);
}

static void test_json(void **state)
{
	(void)state;
	struct cs_result t;
	fill(&t);
	char *s = render(&t, CS_FMT_JSON, 1);
	assert_string_equal(s, "[\n"
			       "  {\"group\": \"Astana, \\\"city\\\"\", \"x\": 6, \"estimate\": 0.8571428571428571, \"explanation\": \"Six of seven.\"},\n"
			       "  {\"group\": \"Шымкент|a\\nb\", \"x\": -3, \"estimate\": null, \"explanation\": null}\n"
			       "]\n");
	free(s);
	cs_result_free(&t);
	cs_result_init(&t, cols, 3, 0);
	s = render(&t, CS_FMT_JSON, 0);
	assert_string_equal(s, "[]\n");
	free(s);
	cs_result_free(&t);
}

/* An explanation the same as the one printed before it is printed once in
 * the human formats, and kept per row in JSON. */
static void test_repeated_explanation(void **state)
{
	(void)state;
	struct cs_result t;
	cs_result_init(&t, cols, 3, 0);
	const char *say[] = { "Same.", NULL, "Same.", "Other.", "Same." };
	for (int i = 0; i < 5; i++) {
		long r = cs_result_add_row(&t);
		cs_result_text(&t, (size_t)r, 0, "g");
		cs_result_int(&t, (size_t)r, 1, i);
		cs_result_real(&t, (size_t)r, 2, 0.5);
		if (say[i])
			cs_result_explain(&t, (size_t)r, say[i]);
	}
	char *s = render(&t, CS_FMT_MD, 1);
	assert_non_null(strstr(s, "\n- Same.\n- Other.\n- Same.\n"));
	assert_null(strstr(s, "- Same.\n- Same."));
	free(s);
	s = render(&t, CS_FMT_TABLE, 1);
	assert_non_null(strstr(s, "\nSame.\n\nOther.\n\nSame.\n"));
	free(s);
	s = render(&t, CS_FMT_JSON, 1);
	int n = 0;
	for (const char *p = s; (p = strstr(p, "\"Same.\"")) != NULL; p++)
		n++;
	assert_int_equal(n, 3);
	free(s);
	cs_result_free(&t);
}

static void test_markdown(void **state)
{
	(void)state;
	struct cs_result t;
	fill(&t);
	char *s = render(&t, CS_FMT_MD, 1);
	assert_string_equal(s, "| group | x | estimate |\n"
			       "|:---|---:|---:|\n"
			       "| Astana, \"city\" | 6 | 0.8571 |\n"
			       "| Шымкент\\|a b | -3 |  |\n"
			       "\n"
			       "- Six of seven.\n");
	free(s);
	cs_result_free(&t);
}

/* Columns align by display width: Cyrillic letters are one column each. */
static void test_table(void **state)
{
	(void)state;
	struct cs_result t;
	fill(&t);
	char *s = render(&t, CS_FMT_TABLE, 1);
	assert_string_equal(s, "group            x  estimate\n"
			       "Astana, \"city\"   6    0.8571\n"
			       "Шымкент|a b     -3\n"
			       "\n"
			       "Six of seven.\n");
	free(s);
	cs_result_free(&t);
}

static void test_width(void **state)
{
	(void)state;
	assert_int_equal(cs_display_width("Донорлар"), 8);
	assert_int_equal(cs_display_width("Қазақстан"), 9);
	assert_int_equal(cs_display_width("e\xCC\x81"), 1);
	assert_int_equal(cs_display_width("日本"), 4);
}

/* Suppressed cells: the mark for people, empty or null for machines;
 * booleans unquoted in json. */
static void test_hidden_and_bool(void **state)
{
	(void)state;
	static const struct cs_column c4[] = {
		{ "group", CS_COL_TEXT, NULL },
		{ "x", CS_COL_INT, NULL },
		{ "estimate", CS_COL_REAL, "%.4f" },
	};
	struct cs_result t;
	assert_int_equal(cs_result_init(&t, c4, 3, 5), 0);   /* adds 'suppressed' */
	long r = cs_result_add_row(&t);
	cs_result_text(&t, (size_t)r, 0, "a");
	cs_result_hidden(&t, (size_t)r, 1, "<5");
	cs_result_real(&t, (size_t)r, 2, NAN);
	cs_result_bool(&t, (size_t)r, 3, 1);
	r = cs_result_add_row(&t);
	cs_result_text(&t, (size_t)r, 0, "b");
	cs_result_int(&t, (size_t)r, 1, 40);
	cs_result_real(&t, (size_t)r, 2, 0.5);
	cs_result_bool(&t, (size_t)r, 3, 0);
	char *s = render(&t, CS_FMT_CSV, 0);
	assert_string_equal(s, "group,x,estimate,suppressed\na,,,true\nb,40,0.5,false\n");
	free(s);
	s = render(&t, CS_FMT_JSON, 0);
	assert_string_equal(s, "[\n"
			       "  {\"group\": \"a\", \"x\": null, \"estimate\": null, \"suppressed\": true},\n"
			       "  {\"group\": \"b\", \"x\": 40, \"estimate\": 0.5, \"suppressed\": false}\n"
			       "]\n");
	free(s);
	s = render(&t, CS_FMT_MD, 0);
	assert_string_equal(s, "| group | x | estimate | suppressed |\n|:---|---:|---:|:---|\n"
			       "| a | <5 |  | true |\n| b | 40 | 0.5000 | false |\n");
	free(s);
	s = render(&t, CS_FMT_TABLE, 0);
	assert_string_equal(s, "group   x  estimate  suppressed\n"
			       "a      <5            true\n"
			       "b      40    0.5000  false\n");
	free(s);
	cs_result_free(&t);
}

/* Long text is never cut: a label of 1,100 Cyrillic letters and an
 * explanation of 3,000 bytes come out whole in every format (a fixed
 * buffer once cut them in the middle of a letter, giving invalid JSON). */
static void test_long_text(void **state)
{
	(void)state;
	char label[2201], say[3001];
	for (int i = 0; i < 1100; i++)
		memcpy(label + 2 * i, "Ш", 2);
	label[2200] = '\0';
	memset(say, 'a', 3000);
	say[3000] = '\0';
	struct cs_result t;
	assert_int_equal(cs_result_init(&t, cols, 3, 0), 0);
	long r = cs_result_add_row(&t);
	cs_result_text(&t, (size_t)r, 0, label);
	cs_result_explain(&t, (size_t)r, say);
	assert_true(cs_result_ok(&t));
	for (int f = CS_FMT_TABLE; f <= CS_FMT_MD; f++) {
		char *s = render(&t, (enum cs_format)f, 1);
		assert_non_null(strstr(s, label));
		if (f != CS_FMT_CSV)
			assert_non_null(strstr(s, say));
		free(s);
	}
	cs_result_free(&t);
}

static void test_format_names(void **state)
{
	(void)state;
	assert_int_equal(cs_format_parse("table"), CS_FMT_TABLE);
	assert_int_equal(cs_format_parse("csv"), CS_FMT_CSV);
	assert_int_equal(cs_format_parse("json"), CS_FMT_JSON);
	assert_int_equal(cs_format_parse("md"), CS_FMT_MD);
	assert_int_equal(cs_format_parse("markdown"), CS_FMT_MD);
	assert_int_equal(cs_format_parse("xml"), -1);
}

int main(void)
{
	setlocale(LC_CTYPE, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_repeated_explanation),
		cmocka_unit_test(test_hidden_and_bool),
		cmocka_unit_test(test_long_text),
		cmocka_unit_test(test_format_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
