/* test_options.c - tests of cli/frame/options.c: option tables bound to
 * storage, groups, single and repeated options, recipes, help; and that
 * no command's table names an option twice. */
#include "test_util.h"
#include "cli/frame/command.h"
#include "cli/frame/common.h"
#include "cli/frame/options.h"
#include "cli/core/words.h"

struct own {
	const char *by;
	int flag;
	double per;
	int nlist;
};

static int opt_list(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	(void)v, (void)u, (void)err;
	(*(int *)dest)++;
	return 0;
}

static const struct cs_opt table[] = {
	{ "by", 0, "COL", "group by", NULL, offsetof(struct own, by) },
	{ "flag", 'f', NULL, "a switch", NULL, offsetof(struct own, flag) },
	{ "per", 0, "K", "positive", "1", offsetof(struct own, per), cs_opt_positive_real },
	{ "list", 0, "X", "repeatable", NULL, offsetof(struct own, nlist), opt_list, CS_OPT_MULTI },
	CS_OPT_INCLUDE(cs_opts_output),
	CS_OPT_END
};

static int parse(struct cs_opts *o, struct own *own, struct cs_common *c, struct cs_err *err, ...)
{
	char *argv[32] = { "cmd" };
	int argc = 1;
	va_list ap;
	va_start(ap, err);
	for (char *s; argc < 31 && (s = va_arg(ap, char *)) != NULL;)
		argv[argc++] = s;
	va_end(ap);
	memset(own, 0, sizeof *own);
	cs_common_init(c);
	cs_opts_init(o, "cmd", table, own, c);
	memset(err, 0, sizeof *err);
	return cs_opts_parse(o, argc, argv, err);
}

static void test_bound_storage(void **state)
{
	(void)state;
	struct cs_opts o;
	struct own own;
	struct cs_common c;
	struct cs_err err;
	assert_int_equal(parse(&o, &own, &c, &err, "--by", "region", "-f", "6/7", "--per=1000", "--conf", "0.9",
			       "-1/5", "--", "--by", NULL), 0);
	assert_string_equal(own.by, "region");
	assert_int_equal(own.flag, 1);
	assert_close(own.per, 1000, 0, 0);
	assert_close(c.conf, 0.9, 0, 0);
	assert_int_equal(o.noperand, 3);
	assert_string_equal(o.operand[0], "6/7");
	assert_string_equal(o.operand[1], "-1/5");        /* a negative number is an operand */
	assert_string_equal(o.operand[2], "--by");        /* after "--" */
	assert_int_equal(cs_opts_count(&o, "by"), 1);
	assert_int_equal(cs_opts_count(&o, "conf"), 1);
	cs_opts_free(&o);
}

/* A single-valued option given twice is an error, never the last one in
 * silence; a repeatable one and a flag may repeat. */
static void test_given_twice(void **state)
{
	(void)state;
	struct cs_opts o;
	struct own own;
	struct cs_common c;
	struct cs_err err;
	assert_int_equal(parse(&o, &own, &c, &err, "--by", "A", "--by", "B", NULL), CS_EXIT_USAGE);
	assert_string_equal(err.msg, "cmd: option '--by' is given twice ('A', then 'B'): give it once");
	cs_opts_free(&o);
	assert_int_equal(parse(&o, &own, &c, &err, "--conf", "0.9", "--conf=0.8", NULL), CS_EXIT_USAGE);
	cs_opts_free(&o);
	assert_int_equal(parse(&o, &own, &c, &err, "--list", "a", "--list", "b", "-f", "-f", NULL), 0);
	assert_int_equal(own.nlist, 2);
	cs_opts_free(&o);
}

static void test_usage_errors(void **state)
{
	(void)state;
	struct cs_opts o;
	struct own own;
	struct cs_common c;
	struct cs_err err;
	assert_int_equal(parse(&o, &own, &c, &err, "--nope", NULL), CS_EXIT_USAGE);
	assert_string_equal(err.msg, "cmd: unrecognized option '--nope'");
	cs_opts_free(&o);
	assert_int_equal(parse(&o, &own, &c, &err, "--flag=yes", NULL), CS_EXIT_USAGE);
	assert_string_equal(err.msg, "cmd: option '--flag' takes no value");
	cs_opts_free(&o);
	assert_int_equal(parse(&o, &own, &c, &err, "--by", NULL), CS_EXIT_USAGE);
	assert_string_equal(err.msg, "cmd: option '--by' needs a value (COL)");
	cs_opts_free(&o);
	assert_int_equal(parse(&o, &own, &c, &err, "-x", NULL), CS_EXIT_USAGE);
	cs_opts_free(&o);
	assert_int_equal(parse(&o, &own, &c, &err, "--per", "-3", NULL), CS_EXIT_USAGE);
	assert_string_equal(err.msg, "invalid --per '-3': give a positive number, e.g. 1000");
	cs_opts_free(&o);
}

/* Recipe keys go through the same table: switches take yes or no. */
static void test_recipe_keys(void **state)
{
	(void)state;
	struct cs_opts o;
	struct own own;
	struct cs_common c;
	struct cs_err err;
	assert_int_equal(parse(&o, &own, &c, &err, NULL), 0);
	assert_int_equal(cs_opts_set(&o, "flag", "no", &err), 0);
	assert_int_equal(own.flag, 0);
	assert_int_equal(cs_opts_set(&o, "flag", "yes", &err), 0);
	assert_int_equal(own.flag, 1);
	assert_int_equal(cs_opts_set(&o, "by", "region", &err), 0);
	assert_int_equal(cs_opts_set(&o, "by", "again", &err), CS_EXIT_USAGE);
	assert_int_equal(cs_opts_set(&o, "nope", "1", &err), CS_EXIT_USAGE);
	assert_non_null(cs_opts_find(table, "conf"));      /* found in an included group */
	assert_null(cs_opts_find(table, "min-cell"));      /* not included */
	cs_opts_free(&o);
}

static void test_help(void **state)
{
	(void)state;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	cs_opts_print(f, table);
	fclose(f);
	assert_non_null(strstr(buf, "  -f, --flag                a switch\n"));
	assert_non_null(strstr(buf, "      --conf C              confidence level"));
	free(buf);
	char *a1[] = { "cmd", "--bad", "-h", NULL }, *a2[] = { "cmd", "--", "--help", NULL };
	assert_true(cs_opts_wants_help(3, a1));
	assert_false(cs_opts_wants_help(3, a2));
}

struct names {
	const char *v[128];
	size_t n;
	int dup;
};

static void note(const struct cs_opt *opt, void *arg)
{
	struct names *n = arg;
	for (size_t i = 0; i < n->n; i++)
		n->dup |= strcmp(n->v[i], opt->name) == 0;
	if (n->n < 128)
		n->v[n->n++] = opt->name;
}

/* Every command's table, groups expanded, names each option once. */
static void test_no_command_repeats_an_option(void **state)
{
	(void)state;
	for (size_t i = 0; i < cs_ncommands; i++) {
		struct names n = { { NULL }, 0, 0 };
		cs_opts_each(cs_commands[i]->options, note, &n);
		if (n.dup)
			fail_msg("casestat %s names an option twice", cs_commands[i]->name);
		assert_non_null(cs_opts_find(cs_commands[i]->options, "help"));
	}
}

/* run.txt records the built-in yes/no words as the option table's
 * defaults: they are the lists cli/core/words.c reads. */
static void test_word_defaults(void **state)
{
	(void)state;
	struct cs_bool_words w;
	cs_bool_words_default(&w);
	for (int truth = 0; truth < 2; truth++) {
		char list[512];
		cs_bool_words_list(&w, truth, list, sizeof list);
		/* "a, b" -> "a,b" */
		char *o = list;
		for (const char *p = list; *p; p++)
			if (!(*p == ' ' && p > list && p[-1] == ','))
				*o++ = *p;
		*o = '\0';
		const struct cs_opt *opt = cs_opts_find(cs_opts_input, truth ? "true" : "false");
		assert_non_null(opt);
		assert_string_equal(opt->def, list);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bound_storage),
		cmocka_unit_test(test_given_twice),
		cmocka_unit_test(test_usage_errors),
		cmocka_unit_test(test_recipe_keys),
		cmocka_unit_test(test_help),
		cmocka_unit_test(test_no_command_repeats_an_option),
		cmocka_unit_test(test_word_defaults),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
