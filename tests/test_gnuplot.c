/* test_gnuplot.c - tests of plots/gnuplot.c, the safe script writer.
 *
 * The hostile labels are those observed to run commands through gnuplot
 * 5.4.4 (backquotes, system(), pipes in set output, a newline that starts a
 * new command, a datablock terminator inside data: tests 1-23), plus the
 * tic-label format trap found while writing the charts ('%s' in a tic
 * label is read as a number format). */
#include "gp_check.h"
#include "plots/chart_prop.h"

static const char *const hostile[] = {
	"`touch /tmp/casestat-pwned1`",
	"a'.system('touch /tmp/casestat-pwned6').'",
	"x\n!touch /tmp/casestat-pwned10",
	"abc\n!touch /tmp/casestat-pwned10b\n'",
	"a\r!touch /tmp/casestat-pwned12\r",
	"tab\there",
	"semi; !touch /tmp/casestat-pwned7c # hash `x` @cmd $data",
	"@cmd",
	"back\\slash\\",
	"say \"hi\"",
	"it's `touch /tmp/casestat-pwned22` @x",
	"EOD",
	"CASESTAT_EOD",
	"CASESTAT_EODx 3 4",
	"|touch /tmp/casestat-pwned15",
	"<touch /tmp/casestat-pwned16; echo 1 2",
	"%s %n %q 100%",
	"del\x7f and C1 \xc2\x85 next line",
	"\xd0\x94\xd0\xbe\xd0\xbd\xd0\xbe\xd1\x80\xd0\xbb\xd0\xb0\xd1\x80 \xd2\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd2\x9b",
	"",
};
#define NHOSTILE (sizeof hostile / sizeof hostile[0])

/* Undo the quoting: strip the outer quotes and halve every doubled one. */
static char *unquote(const char *q)
{
	size_t n = strlen(q);
	assert_true(n >= 2 && q[0] == '\'' && q[n - 1] == '\'');
	char *r = malloc(n), *o = r;
	for (size_t i = 1; i + 1 < n; i++) {
		if (q[i] == '\'') {
			assert_int_equal(q[i + 1], '\'');   /* a lone quote would end the string */
			i++;
		}
		*o++ = q[i];
	}
	*o = '\0';
	return r;
}

static void test_quote_hostile(void **state)
{
	(void)state;
	for (size_t i = 0; i < NHOSTILE; i++) {
		char *q, *clean;
		assert_int_equal(cs_gp_quote_str(hostile[i], &q), CS_PLOT_OK);
		assert_int_equal(cs_gp_clean(hostile[i], 0, &clean), CS_PLOT_OK);
		for (const unsigned char *c = (const unsigned char *)q; *c; c++)
			assert_true(*c >= 0x20 && *c != 0x7f);
		assert_null(strstr(q, "\xc2\x85"));
		char *back = unquote(q);
		assert_string_equal(back, clean);
		assert_true(strlen(clean) <= strlen(hostile[i]));   /* controls became one space each */
		free(back);
		free(clean);
		free(q);
	}
	char *q;
	assert_int_equal(cs_gp_quote_str("x\n!touch file", &q), CS_PLOT_OK);
	assert_string_equal(q, "'x !touch file'");
	free(q);
	assert_int_equal(cs_gp_quote_str("a'.system('touch x').'", &q), CS_PLOT_OK);
	assert_string_equal(q, "'a''.system(''touch x'').'''");
	free(q);
}

static void test_invalid_utf8_refused(void **state)
{
	(void)state;
	static const char *const bad[] = { "\xff", "a\xc0\xafz", "\xed\xa0\x80", "\xe2\x82", "\xf4\x90\x80\x80" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char *q = (char *)1;
		assert_int_equal(cs_gp_quote_str(bad[i], &q), CS_PLOT_ETEXT);
		assert_null(q);
	}
	/* and a chart with such a label fails instead of writing it */
	struct cs_chart_prop_point pt = { "caf\xe9", "Wilson score", 1, 2, 0.5, 0.1, 0.9, 0 };
	struct cs_chart_prop c = { NULL, NULL, 0.95, 0, 1, &pt };
	struct cs_gp_out o = { CS_GP_PNG, "x.png" };
	char *s;
	GP_RENDER_TO_STRING(cs_chart_prop_write(fp, &o, &c), CS_PLOT_ETEXT, s);
	free(s);
}

static void test_clean_cut(void **state)
{
	(void)state;
	char *c;
	assert_int_equal(cs_gp_clean("\xd0\x94\xd0\xbe\xd0\xbd\xd0\xbe\xd1\x80", 3, &c), CS_PLOT_OK);
	assert_string_equal(c, "\xd0\x94\xd0\xbe\xe2\x80\xa6");   /* two letters and an ellipsis */
	free(c);
	assert_int_equal(cs_gp_clean("abc", 3, &c), CS_PLOT_OK);
	assert_string_equal(c, "abc");
	free(c);
}

static void test_names(void **state)
{
	(void)state;
	assert_true(cs_gp_name_ok("fig.png"));
	assert_true(cs_gp_name_ok("it's a chart.svg"));
	assert_true(cs_gp_name_ok("\xd0\x94\xd0\xbe\xd0\xbd.pdf"));
	static const char *const bad[] = { "", ".", "..", "|cat.png", "<x.png", "a/b.png", "a\nb.png",
					   "a\tb.png", "\xff.png" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_false(cs_gp_name_ok(bad[i]));
	struct cs_gp g;
	char *s = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&s, &n);
	cs_gp_init(&g, fp);
	struct cs_gp_out o = { CS_GP_PNG, "|touch x.png" };
	cs_gp_preamble(&g, &o, 100, 100);
	assert_int_equal(cs_gp_finish(&g), CS_PLOT_ENAME);
	fclose(fp);
	assert_null(strstr(s, "|touch"));
	free(s);
}

/* Every writer primitive fed every hostile label gives a script that
 * passes the invariants. */
static void test_script_invariants(void **state)
{
	(void)state;
	char *s = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&s, &n);
	struct cs_gp g;
	cs_gp_init(&g, fp);
	struct cs_gp_out o = { CS_GP_SVG, "it's.svg" };
	cs_gp_preamble(&g, &o, 800, 600);
	for (size_t i = 0; i < NHOSTILE; i++) {
		cs_gp_title(&g, hostile[i]);
		cs_gp_axis_label(&g, "x", hostile[i]);
		cs_gp_label(&g, hostile[i], "at graph %g, graph 0.5", 0.1 * (double)i);
		cs_gp_raw(&g, "set key title ");
		cs_gp_strf(&g, "%s (n = %d)", hostile[i], 7);
		cs_gp_raw(&g, "\n");
	}
	cs_gp_tics_begin(&g, "x");
	for (size_t i = 0; i < NHOSTILE; i++)
		cs_gp_tic(&g, hostile[i], (double)i, 0);
	cs_gp_tics_end(&g, "nomirror");
	cs_gp_block_begin(&g, "d");
	double v[3] = { 1.5, NAN, -INFINITY };
	cs_gp_block_row(&g, v, 3);
	cs_gp_block_row(&g, v, 1);
	cs_gp_block_end(&g);
	cs_gp_raw(&g, "plot $d using 1:2 notitle\n");
	assert_int_equal(cs_gp_finish(&g), CS_PLOT_OK);
	fclose(fp);
	gp_check_script(s);
	assert_non_null(strstr(s, "set output cs_output\n"));
	assert_non_null(strstr(s, "cs_output = './it''s.svg'\n"));
	assert_non_null(strstr(s, "$d << CASESTAT_EOD\n0 1.5 NaN NaN\n1 1.5\nCASESTAT_EOD\n"));
	assert_non_null(strstr(s, "'%%s %%n %%q 100%%' 16"));     /* tic: '%' doubled */
	assert_non_null(strstr(s, "set title '%s %n %q 100%' noenhanced"));   /* title: not */
	assert_non_null(strstr(s, "noenhanced"));
	free(s);
}

static void test_writer_errors(void **state)
{
	(void)state;
	char *s = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&s, &n);
	struct cs_gp g;
	cs_gp_init(&g, fp);
	cs_gp_block_begin(&g, "1bad");
	assert_int_equal(cs_gp_finish(&g), CS_PLOT_ENAME);
	cs_gp_init(&g, fp);
	cs_gp_block_row(&g, NULL, 0);   /* outside a block */
	assert_int_equal(cs_gp_finish(&g), CS_PLOT_EDATA);
	cs_gp_init(&g, fp);
	cs_gp_block_begin(&g, "ok");
	assert_int_equal(cs_gp_finish(&g), CS_PLOT_EDATA);   /* left open */
	cs_gp_init(&g, fp);
	cs_gp_str(&g, "\xff");
	assert_int_equal(cs_gp_finish(&g), CS_PLOT_ETEXT);
	fclose(fp);
	free(s);
	for (int st = CS_PLOT_OK; st <= CS_PLOT_ERENDER + 1; st++)
		assert_non_null(cs_plot_strerror(st));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quote_hostile),
		cmocka_unit_test(test_invalid_utf8_refused),
		cmocka_unit_test(test_clean_cut),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_script_invariants),
		cmocka_unit_test(test_writer_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
