/* compare_methods.c - which methods and measures casestat compare shows:
 * --method (several, or all) and --measure, and the list of methods in
 * its --help. */
#include "cli/cmd/compare.h"
#include "cli/frame/methods.h"

#include <stdio.h>
#include <string.h>

/* Call fn for each comma-separated item of list. */
static int each_item(const char *list, int (*fn)(struct compare_opts *, const char *, const char *,
						 struct cs_err *), struct compare_opts *o, const char *cmd,
		     struct cs_err *err)
{
	char item[128];
	for (const char *p = list;;) {
		size_t len = strcspn(p, ",");
		snprintf(item, sizeof item, "%.*s", (int)len, p);
		int rc = fn(o, item, cmd, err);
		if (rc)
			return rc;
		p += len;
		if (!*p++)
			return 0;
	}
}

static int add_method(struct compare_opts *o, const char *name, const char *cmd, struct cs_err *err)
{
	if (strcmp(name, "all") == 0) {
		o->all = 1;
		return 0;
	}
	const struct cs_cmp_method *m = cs_cmp_method_find(name);
	if (!m)
		return cs_err_unknown_method(err, cmd, name, CS_METHOD_TABLE(cs_cmp_methods, cs_cmp_nmethods));
	o->named |= UINT64_C(1) << (m - cs_cmp_methods);
	return 0;
}

static int add_measure(struct compare_opts *o, const char *name, const char *cmd, struct cs_err *err)
{
	int k = cs_cmp_measure_find(name);
	if (k < 0)
		return cs_err_usage(err, cmd, "unknown measure '%s'; the measures are: difference, ratio,"
				    " odds_ratio, test", name);
	o->measures |= 1u << k;
	return 0;
}

/* dest is the whole struct compare_opts (offset 0). */
int cs_compare_opt_method(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	return each_item(v, add_method, dest, u->cmd, err);
}

int cs_compare_opt_measure(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	return each_item(v, add_measure, dest, u->cmd, err);
}

int cs_compare_measure_kept(const struct compare_opts *o, enum cs_cmp_measure m)
{
	return !o->measures || (o->measures & (1u << m));
}

/* Is method i on the output? */
int cs_compare_selected(const struct compare_opts *o, size_t i)
{
	const struct cs_cmp_method *m = &cs_cmp_methods[i];
	if (!cs_compare_measure_kept(o, m->measure))
		return 0;
	if (o->all)
		return 1;
	for (size_t j = 0; j < cs_cmp_nmethods; j++)
		if (((o->named >> j) & 1) && cs_cmp_methods[j].measure == m->measure)
			return (int)((o->named >> i) & 1);
	return m->is_default;
}

/* The methods in --help, by measure, the defaults marked. */
int cs_compare_help_part(FILE *out, const char *name)
{
	if (strcmp(name, "compare_methods") != 0)
		return 0;
	int measure = -1;
	for (size_t i = 0; i < cs_cmp_nmethods; i++) {
		const struct cs_cmp_method *m = &cs_cmp_methods[i];
		if ((int)m->measure != measure) {
			measure = (int)m->measure;
			fprintf(out, "%s  %s:\n", i ? "\n" : "", cs_cmp_measure_name(m->measure));
		}
		char names[80];
		cs_method_names(names, sizeof names, CS_METHOD_TABLE(cs_cmp_methods, cs_cmp_nmethods), i);
		fprintf(out, "  %c %-37s %s%s", m->is_default ? '*' : ' ', names, m->title,
			i + 1 < cs_cmp_nmethods && cs_cmp_methods[i + 1].measure == m->measure ? "\n" : "");
	}
	return 1;
}
