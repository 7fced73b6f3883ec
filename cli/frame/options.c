/* options.c - option tables bound to storage (see options.h). */
#include "cli/frame/options.h"

#include <stdlib.h>
#include <string.h>

void cs_opts_init(struct cs_opts *o, const char *cmd, const struct cs_opt *table, void *own, void *common)
{
	memset(o, 0, sizeof *o);
	o->cmd = cmd;
	o->table = table;
	o->own = own;
	o->common = common;
}

void cs_opts_free(struct cs_opts *o)
{
	free(o->given);
	free(o->operand);
	o->given = NULL;
	o->operand = NULL;
	o->ngiven = o->noperand = o->gcap = o->ocap = 0;
}

static int is_end(const struct cs_opt *e)
{
	return !e->name && !e->include;
}

/* The option called name[0..len) (or with short name c when name is
 * NULL), groups searched in place. */
static const struct cs_opt *find(const struct cs_opt *t, const char *name, size_t len, char c)
{
	for (; !is_end(t); t++) {
		if (t->include) {
			const struct cs_opt *o = find(t->include, name, len, c);
			if (o)
				return o;
		} else if (name ? strlen(t->name) == len && strncmp(t->name, name, len) == 0
				: t->short_name && t->short_name == c) {
			return t;
		}
	}
	return NULL;
}

const struct cs_opt *cs_opts_find(const struct cs_opt *table, const char *name)
{
	return find(table, name, strlen(name), 0);
}

void cs_opts_each(const struct cs_opt *t, void (*fn)(const struct cs_opt *opt, void *arg), void *arg)
{
	for (; !is_end(t); t++) {
		if (t->include)
			cs_opts_each(t->include, fn, arg);
		else
			fn(t, arg);
	}
}

size_t cs_opts_count(const struct cs_opts *o, const char *name)
{
	size_t n = 0;
	for (size_t i = 0; i < o->ngiven; i++)
		n += strcmp(o->given[i].opt->name, name) == 0;
	return n;
}

static const char *earlier_value(const struct cs_opts *o, const struct cs_opt *opt)
{
	for (size_t i = 0; i < o->ngiven; i++)
		if (o->given[i].opt == opt)
			return o->given[i].value;
	return NULL;
}

/* Apply one use of opt. */
static int apply(struct cs_opts *o, const struct cs_opt *opt, const char *value, struct cs_err *err)
{
	const char *pfx = o->cmd ? o->cmd : "", *sep = o->cmd ? ": " : "";
	if (opt->argname && !(opt->flags & CS_OPT_MULTI)) {
		const char *before = earlier_value(o, opt);
		if (before)
			return cs_err_usage(err, o->cmd, "%s%soption '--%s' is given twice ('%s', then '%s'):"
					    " give it once", pfx, sep, opt->name, before, value);
	}
	if (o->ngiven == o->gcap) {
		size_t cap = o->gcap ? 2 * o->gcap : 16;
		struct cs_given *g = realloc(o->given, cap * sizeof *g);
		if (!g)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		o->given = g;
		o->gcap = cap;
	}
	o->given[o->ngiven++] = (struct cs_given){ opt, value };
	char *dest = (char *)((opt->flags & CS_OPT_COMMON) ? o->common : o->own) + opt->off;
	if (!opt->argname && !opt->parse) {
		*(int *)dest = 1;
		return 0;
	}
	if (!opt->parse) {
		*(const char **)dest = value;
		return 0;
	}
	struct cs_opt_use u = { o->cmd, opt };
	return opt->parse(dest, value, &u, err);
}

static int looks_negative_number(const char *s)
{
	return s[0] == '-' && (s[1] == '.' || (s[1] >= '0' && s[1] <= '9'));
}

static int add_operand(struct cs_opts *o, const char *s, struct cs_err *err)
{
	if (o->noperand == o->ocap) {
		size_t cap = o->ocap ? 2 * o->ocap : 8;
		const char **v = realloc(o->operand, cap * sizeof *v);
		if (!v)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		o->operand = v;
		o->ocap = cap;
	}
	o->operand[o->noperand++] = s;
	return 0;
}

int cs_opts_parse(struct cs_opts *o, int argc, char **argv, struct cs_err *err)
{
	const char *pfx = o->cmd ? o->cmd : "", *sep = o->cmd ? ": " : "";
	int dashdash = 0;
	for (int i = 1; i < argc; i++) {
		const char *s = argv[i];
		int rc;
		if (dashdash || s[0] != '-' || s[1] == '\0' || looks_negative_number(s)) {
			if ((rc = add_operand(o, s, err)) != 0)
				return rc;
			continue;
		}
		if (strcmp(s, "--") == 0) {
			dashdash = 1;
			continue;
		}
		const struct cs_opt *opt;
		const char *inline_val = NULL;
		if (s[1] == '-') {
			const char *name = s + 2, *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			if (!(opt = find(o->table, name, len, 0)))
				return cs_err_usage(err, o->cmd, "%s%sunrecognized option '--%.*s'", pfx, sep,
						    (int)len, name);
			if (eq && !opt->argname)
				return cs_err_usage(err, o->cmd, "%s%soption '--%s' takes no value", pfx, sep,
						    opt->name);
			if (eq)
				inline_val = eq + 1;
		} else {
			opt = find(o->table, NULL, 0, s[1]);
			if (!opt || (s[2] != '\0' && !opt->argname))
				return cs_err_usage(err, o->cmd, "%s%sunrecognized option '%s'", pfx, sep, s);
			if (s[2] != '\0')
				inline_val = s + 2;
		}
		const char *value = NULL;
		if (opt->argname) {
			if (inline_val)
				value = inline_val;
			else if (i + 1 < argc)
				value = argv[++i];
			else
				return cs_err_usage(err, o->cmd, "%s%soption '--%s' needs a value (%s)", pfx, sep,
						    opt->name, opt->argname);
		}
		if ((rc = apply(o, opt, value, err)) != 0)
			return rc;
	}
	return 0;
}

int cs_opts_set(struct cs_opts *o, const char *name, const char *value, struct cs_err *err)
{
	const struct cs_opt *opt = cs_opts_find(o->table, name);
	if (!opt)
		return cs_err_usage(err, o->cmd, "%s: unknown option '%s'", o->cmd, name);
	if (!opt->argname) {
		if (strcmp(value, "yes") == 0 || strcmp(value, "true") == 0)
			return apply(o, opt, NULL, err);
		return 0;
	}
	return apply(o, opt, value, err);
}

static void print_one(const struct cs_opt *o, void *arg)
{
	FILE *out = arg;
	if (!o->help)
		return;
	char left[64];
	if (o->short_name)
		snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name,
			 o->argname ? " " : "", o->argname ? o->argname : "");
	else
		snprintf(left, sizeof left, "    --%s%s%s", o->name, o->argname ? " " : "",
			 o->argname ? o->argname : "");
	if (strlen(left) > 24)
		fprintf(out, "  %s\n  %-24s  %s\n", left, "", o->help);
	else
		fprintf(out, "  %-24s  %s\n", left, o->help);
}

void cs_opts_print(FILE *out, const struct cs_opt *t)
{
	for (; !is_end(t); t++) {
		if (!t->include) {
			print_one(t, out);
			continue;
		}
		if (t->help)
			fprintf(out, "\n%s\n", t->help);
		cs_opts_print(out, t->include);
	}
}

int cs_opts_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	}
	return 0;
}
