/* test_mse_cmd.c - the parts of casestat mse (cli/cmd/mse_*.c) that are
 * more than glue: the calculator's operands (mse_read.c), the sub-table
 * of the lists that hold anyone and models written back in the positions
 * of all the lists (mse_group.c), and the --min-cell decisions over
 * groups, patterns and the total (mse_hide.c).  Expected values are
 * worked out by hand in the comments. */
#include "test_util.h"
#include "cli/cmd/mse.h"
#include "analysis/status.h"

static void test_operands(void **state)
{
	(void)state;
	struct mse_opts o;
	struct cs_err err;
	assert_true(cs_mse_is_pattern("101=3"));
	assert_false(cs_mse_is_pattern("data.csv"));
	assert_false(cs_mse_is_pattern("=3"));
	assert_false(cs_mse_is_pattern("12=3"));
	memset(&o, 0, sizeof o);
	const char *ok[] = { "11=167", "10=781", "01=254" };
	assert_int_equal(cs_mse_operands(&o, ok, 3, &err), 0);
	assert_int_equal(o.t, 2);
	/* list 1 first: "10" is pattern 1 (bit 0), "01" pattern 2 */
	assert_true(o.calc[1] == 781 && o.calc[2] == 254 && o.calc[3] == 167);
	memset(&o, 0, sizeof o);
	const char *grouped[] = { "110=1,234", "001=0" };
	assert_int_equal(cs_mse_operands(&o, grouped, 2, &err), 0);
	assert_true(o.t == 3 && o.calc[3] == 1234 && o.calc[4] == 0);
	static const char *const bad[][2] = {
		{ "11=1", "101=2" },   /* lengths differ */
		{ "11=-1", "10=2" },   /* negative */
		{ "11=1.5", "10=2" },  /* fractional */
		{ "00=1", "10=2" },    /* on no list */
		{ "1=1", "0=2" },      /* one list */
		{ "11=1", "11=2" },    /* twice */
		{ "11=0", "10=0" },    /* nobody */
		{ "1111111=1", "1000000=1" },   /* seven lists */
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		memset(&o, 0, sizeof o);
		memset(&err, 0, sizeof err);
		assert_int_equal(cs_mse_operands(&o, bad[i], 2, &err), CS_EXIT_USAGE);
		assert_true(err.msg[0] != '\0');
	}
}

static void test_sub_counts(void **state)
{
	(void)state;
	/* 4 lists, list 2 (bit 1) holds nobody: y[1] = 5 (list 1), y[4] = 7
	 * (list 3), y[5] = 2 (lists 1, 3), y[8] = 4 (list 4), y[13] = 1 (1, 3, 4) */
	double y[16] = { 0 }, sub[16];
	y[1] = 5, y[4] = 7, y[5] = 2, y[8] = 4, y[13] = 1;
	cs_mse_sub_counts(y, 4, 0xD, sub);   /* lists 1, 3, 4 -> 1, 2, 3 */
	assert_true(sub[1] == 5 && sub[2] == 7 && sub[3] == 2 && sub[4] == 4 && sub[7] == 1);
	assert_true(sub[0] == 0 && sub[5] == 0 && sub[6] == 0);
}

static void test_model_text(void **state)
{
	(void)state;
	struct cs_mse_model m;
	char buf[MSE_MODEL_TEXT];
	/* 12,3 on the sub-table of lists 1, 3, 4 is 13,4 in all four */
	assert_int_equal(cs_mse_model_parse("12,3", 3, &m), CS_OK);
	cs_mse_model_text(&m, 0xD, buf, sizeof buf);
	assert_string_equal(buf, "13,4");
	cs_mse_model_text(&m, 0x7, buf, sizeof buf);
	assert_string_equal(buf, "12,3");
	char small[4];
	cs_mse_model_text(&m, 0xD, small, sizeof small);
	assert_string_equal(small, "13,");

	/* --model 13,4 for four lists, list 2 empty: 12,3 of the three others */
	struct cs_mse_model given, out;
	assert_int_equal(cs_mse_model_parse("13,4", 4, &given), CS_OK);   /* adds 2 as a main effect */
	assert_int_equal(cs_mse_model_restrict(&given, 4, 0xD, &out), 0);
	cs_mse_model_format(&out, buf, sizeof buf);
	assert_string_equal(buf, "12,3");
	/* a term that links the empty list to another: no fit */
	assert_int_equal(cs_mse_model_parse("12,3,4", 4, &given), CS_OK);
	assert_int_equal(cs_mse_model_restrict(&given, 4, 0xD, &out), MSE_WHY_MODEL_GONE);
	/* a term of every list that holds anyone: no degree of freedom left */
	assert_int_equal(cs_mse_model_parse("134,2", 4, &given), CS_OK);
	assert_int_equal(cs_mse_model_restrict(&given, 4, 0xD, &out), MSE_WHY_MODEL_FULL);
	/* all lists hold someone: the model as it is */
	assert_int_equal(cs_mse_model_restrict(&given, 4, 0xF, &out), 0);
	cs_mse_model_format(&out, buf, sizeof buf);
	assert_string_equal(buf, "134,2");
}

static void test_decide(void **state)
{
	(void)state;
	/* two groups of two lists: North 3 on both, 100 and 120 on one;
	 * South 50, 80, 90; K = 5 */
	struct mse_group g[2];
	memset(g, 0, sizeof g);
	g[0].y[3] = 3, g[0].y[1] = 100, g[0].y[2] = 120, g[0].n = 223;
	g[1].y[3] = 50, g[1].y[1] = 80, g[1].y[2] = 90, g[1].n = 220;
	struct mse_decide d[3];
	assert_int_equal(cs_mse_decide(g, 2, 2, 5, 1, d), CS_OK);
	assert_int_equal(d[0].y[3], CS_SUP_SMALL);
	/* with n printed, one of the other two must go too */
	assert_true(d[0].y[1] != CS_SUP_SHOWN || d[0].y[2] != CS_SUP_SHOWN);
	assert_int_equal(d[0].f2, CS_SUP_SMALL);                   /* f2 = the 3 on both */
	assert_int_equal(d[0].n, CS_SUP_SHOWN);
	assert_int_equal(d[1].n, CS_SUP_SHOWN);
	assert_true(d[1].y[1] == CS_SUP_SHOWN && d[1].y[2] == CS_SUP_SHOWN && d[1].y[3] == CS_SUP_SHOWN);
	assert_int_equal(d[2].n, CS_SUP_SHOWN);                    /* 443 */
	/* without --min-cell nothing is hidden */
	assert_int_equal(cs_mse_decide(g, 2, 2, 0, 1, d), CS_OK);
	assert_true(d[0].y[3] == CS_SUP_SHOWN && d[0].f2 == CS_SUP_SHOWN && d[2].n == CS_SUP_SHOWN);
	/* a small group: hidden, and so is the next smallest, since the
	 * total would give it back */
	struct mse_group h[3];
	memset(h, 0, sizeof h);
	h[0].y[1] = 2, h[0].y[2] = 1, h[0].n = 3;
	h[1].y[1] = 40, h[1].y[2] = 30, h[1].y[3] = 20, h[1].n = 90;
	h[2].y[1] = 400, h[2].y[2] = 300, h[2].y[3] = 200, h[2].n = 900;
	struct mse_decide e[4];
	assert_int_equal(cs_mse_decide(h, 3, 2, 5, 1, e), CS_OK);
	assert_int_equal(e[0].n, CS_SUP_SMALL);
	assert_int_equal(e[1].n, CS_SUP_SECONDARY);
	assert_int_equal(e[2].n, CS_SUP_SHOWN);
	assert_int_equal(e[3].n, CS_SUP_SHOWN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_operands),
		cmocka_unit_test(test_sub_counts),
		cmocka_unit_test(test_model_text),
		cmocka_unit_test(test_decide),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
