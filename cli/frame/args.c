/* args.c - the option-table parser (see args.h). */
#include "cli/frame/args.h"

#include <stdlib.h>
#include <string.h>

int cs_args_init(struct cs_args *a, const char *cmd, const struct cs_option *opts,
		 int argc, char **argv, struct cs_err *err)
{
	memset(a, 0, sizeof *a);
	a->cmd = cmd;
	a->opts = opts;
	a->argc = argc;
	a->argv = argv;
	a->i = 1;
	a->operands = calloc((size_t)(argc > 0 ? argc : 1), sizeof *a->operands);
	if (!a->operands)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	return 0;
}

void cs_args_free(struct cs_args *a)
{
	free(a->operands);
	a->operands = NULL;
}

static int looks_negative_number(const char *s)
{
	return s[0] == '-' && (s[1] == '.' || (s[1] >= '0' && s[1] <= '9'));
}

static const struct cs_option *find_long(const struct cs_option *o, const char *name, size_t len)
{
	for (; o->key; o++)
		if (strlen(o->name) == len && strncmp(o->name, name, len) == 0)
			return o;
	return NULL;
}

static const struct cs_option *find_short(const struct cs_option *o, char c)
{
	for (; o->key; o++)
		if (o->short_name && o->short_name == c)
			return o;
	return NULL;
}

int cs_args_next(struct cs_args *a, struct cs_err *err)
{
	while (a->i < a->argc) {
		const char *s = a->argv[a->i++];
		if (a->dashdash || s[0] != '-' || s[1] == '\0' || looks_negative_number(s)) {
			a->operands[a->noperands++] = s;
			continue;
		}
		if (strcmp(s, "--") == 0) {
			a->dashdash = 1;
			continue;
		}
		const struct cs_option *o;
		const char *inline_val = NULL;
		if (s[1] == '-') {
			const char *name = s + 2, *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			o = find_long(a->opts, name, len);
			if (!o) {
				cs_err_usage(err, a->cmd, "%s%sunrecognized option '--%.*s'",
					     a->cmd ? a->cmd : "", a->cmd ? ": " : "", (int)len, name);
				return -1;
			}
			if (eq && !o->argname) {
				cs_err_usage(err, a->cmd, "%s%soption '--%s' takes no value",
					     a->cmd ? a->cmd : "", a->cmd ? ": " : "", o->name);
				return -1;
			}
			if (eq)
				inline_val = eq + 1;
		} else {
			o = find_short(a->opts, s[1]);
			if (!o) {
				cs_err_usage(err, a->cmd, "%s%sunrecognized option '%s'",
					     a->cmd ? a->cmd : "", a->cmd ? ": " : "", s);
				return -1;
			}
			if (s[2] != '\0') {
				if (!o->argname) {
					cs_err_usage(err, a->cmd, "%s%sunrecognized option '%s'",
						     a->cmd ? a->cmd : "", a->cmd ? ": " : "", s);
					return -1;
				}
				inline_val = s + 2;
			}
		}
		a->opt = o;
		a->value = NULL;
		if (o->argname) {
			if (inline_val) {
				a->value = inline_val;
			} else if (a->i < a->argc) {
				a->value = a->argv[a->i++];
			} else {
				cs_err_usage(err, a->cmd, "%s%soption '--%s' needs a value (%s)",
					     a->cmd ? a->cmd : "", a->cmd ? ": " : "", o->name, o->argname);
				return -1;
			}
		}
		return o->key;
	}
	return 0;
}

void cs_args_print(FILE *out, const struct cs_option *o)
{
	for (; o->key; o++) {
		if (!o->help)
			continue;
		char left[64];
		if (o->short_name)
			snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name,
				 o->argname ? " " : "", o->argname ? o->argname : "");
		else
			snprintf(left, sizeof left, "    --%s%s%s", o->name,
				 o->argname ? " " : "", o->argname ? o->argname : "");
		if (strlen(left) > 24)
			fprintf(out, "  %s\n  %-24s  %s\n", left, "", o->help);
		else
			fprintf(out, "  %-24s  %s\n", left, o->help);
	}
}

int cs_args_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	}
	return 0;
}
