/* test_help.c - tests of cli/frame/help.c: every command has its help
 * text, and every @part@ in it is filled in from the tables. */
#include "test_util.h"
#include "cli/frame/command.h"
#include "cli/frame/help.h"

static char *help_of(const struct cs_command *c)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	assert_non_null(f);
	cs_command_help(c, f);
	fclose(f);
	return buf;
}

static void test_every_command_has_help(void **state)
{
	(void)state;
	for (size_t i = 0; i < cs_ncommands; i++) {
		const struct cs_command *c = cs_commands[i];
		if (!cs_help_text(c->name, "usage") || !cs_help_text(c->name, "about"))
			fail_msg("casestat %s has no usage or about text in cli/help/", c->name);
		char *s = help_of(c);
		char want[64];
		snprintf(want, sizeof want, "Usage: casestat %s", c->name);
		assert_non_null(strstr(s, want));
		assert_non_null(strstr(s, "\nOptions:\n"));
		assert_non_null(strstr(s, "Full documentation: man casestat\n"));
		/* no @part@ is left unfilled */
		for (const char *p = s; (p = strchr(p, '@')) != NULL; p++) {
			size_t n = strspn(p + 1, "abcdefghijklmnopqrstuvwxyz_");
			if (n && p[n + 1] == '@')
				fail_msg("casestat %s --help leaves %.*s unfilled", c->name, (int)n + 2, p);
		}
		free(s);
	}
}

/* The parts come from the tables: prop's columns and methods. */
static void test_parts(void **state)
{
	(void)state;
	const struct cs_command *prop = cs_command_find("prop");
	assert_non_null(prop);
	char *s = help_of(prop);
	assert_non_null(strstr(s, "Output columns: group,x,n,missing,estimate,lower,upper,method,conf\n"));
	assert_non_null(strstr(s, "  wilson [score]               Wilson score (default)\n"));
	assert_non_null(strstr(s, "  blaker                       Blaker exact\n\nOutput"));
	free(s);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	cs_help_print(f, prop, "a @nope@ b @columns");
	fclose(f);
	assert_string_equal(buf, "a @nope@ b @columns");
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_command_has_help),
		cmocka_unit_test(test_parts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
