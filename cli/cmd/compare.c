/* cmd_compare.c - casestat compare: two proportions, group 1 against
 * group 2 (difference, ratio, odds ratio and tests).
 *
 *   casestat compare X1/N1 X2/N2
 *   casestat compare FILE --success COL[=VALUE] --by COL [--groups A,B] [--where COL=VALUE]...
 *
 * Counting streams the file: memory holds one record per value of --by. */
#include "cli/frame/commands.h"
#include "cli/core/cachelines.h"
#include "cli/frame/common.h"
#include "cli/frame/plot.h"
#include "cli/io/dataset.h"
#include "cli/cmd/explain_compare.h"
#include "cli/core/groups.h"
#include "cli/frame/rowsel.h"
#include "cli/frame/suppress_out.h"
#include "cli/core/values.h"
#include "analysis/compare.h"
#include "analysis/proportion.h"
#include "analysis/status.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_METHOD = CS_OPT_FIRST_OWN, OPT_MEASURE, OPT_SUCCESS, OPT_BY, OPT_GROUPS, OPT_WHERE };

const struct cs_option cmd_compare_options[] = {
	{ OPT_SUCCESS, "success", 0, "COL[=VALUE]", "count rows whose COL is true (or equals VALUE)" },
	{ OPT_BY, "by", 0, "COL", "the column whose values are the two groups" },
	{ OPT_GROUPS, "groups", 0, "A,B", "the two values of --by to compare, group 1 first" },
	{ OPT_WHERE, "where", 0, "COL=VALUE", "use only rows whose COL equals VALUE (repeatable)" },
	{ OPT_METHOD, "method", 0, "NAME[,NAME]", "methods to show (repeatable), or 'all'; see below",
	  "newcombe,koopman,exact,fisher,chisq,chisq_yates" },
	{ OPT_MEASURE, "measure", 0, "LIST", "only these measures: difference, ratio, odds_ratio, test",
	  "difference,ratio,odds_ratio,test" },
	CS_INPUT_OPTIONS,
	CS_PLOT_OPTION,
	CS_MIN_CELL_OPTION,
	CS_COMMON_OPTIONS,
	{ 0, NULL, 0, NULL, NULL }
};

enum { COL_MEASURE, COL_EST, COL_LO, COL_HI, COL_METHOD, COL_CONF, NCOLS };
static const struct cs_column columns[NCOLS + 1] = {
	{ "measure", CS_COL_TEXT, NULL },
	{ "estimate", CS_COL_REAL, "%.4g" },
	{ "lower", CS_COL_REAL, "%.4g" },
	{ "upper", CS_COL_REAL, "%.4g" },
	{ "method", CS_COL_TEXT, NULL },
	{ "conf", CS_COL_REAL, "%g" },
	CS_SUPPRESSED_COLUMN,
};

static void help(void)
{
	printf("Usage: casestat compare X1/N1 X2/N2 [OPTIONS]\n"
	       "  or:  casestat compare FILE --success COL[=VALUE] --by COL [--groups A,B]\n"
	       "                        [--where COL=VALUE]... [OPTIONS]\n"
	       "Compare two proportions, group 1 against group 2: the difference p1 - p2,\n"
	       "the ratio p1 / p2, the odds ratio, and tests of 'no difference'.\n"
	       "\n"
	       "Group 1 is the first X/N, or the first name given to --groups.  Without\n"
	       "--groups, the --by column must hold exactly two values, and group 1 is the\n"
	       "one that sorts first byte by byte (strcmp order: 'Almaty' before 'Astana',\n"
	       "upper case before lower case); with more values --groups is required.  A\n"
	       "--groups name that itself contains a comma is matched against the values\n"
	       "found; an empty --by cell is a value of its own ('').  Rows of other groups\n"
	       "are read but not compared.\n"
	       "\n"
	       "FILE is a CSV file with a header row, or - for standard input.  With\n"
	       "--success COL, the values 1 true yes y t count as successes and 0 false no\n"
	       "n f as failures (any case); empty cells are missing and left out; anything\n"
	       "else is an error.  With --success COL=VALUE, cells equal to VALUE are\n"
	       "successes, other non-empty cells failures.\n"
	       "\n"
	       "Options:\n");
	cs_args_print(stdout, cmd_compare_options);
	printf("\nMethods (--method; aliases in brackets; * = shown by default):\n");
	int measure = -1;
	for (size_t i = 0; i < cs_cmp_nmethods; i++) {
		const struct cs_cmp_method *m = &cs_cmp_methods[i];
		if ((int)m->measure != measure) {
			measure = (int)m->measure;
			printf("  %s:\n", cs_cmp_measure_name(m->measure));
		}
		char names[80];
		size_t k = (size_t)snprintf(names, sizeof names, "%s", m->name);
		for (size_t j = 0; m->aliases[j] && k < sizeof names; j++)
			k += (size_t)snprintf(names + k, sizeof names - k, "%s%s", j ? ", " : " [",
					      m->aliases[j]);
		if (m->aliases[0] && k < sizeof names)
			snprintf(names + k, sizeof names - k, "]");
		printf("  %c %-37s %s\n", m->is_default ? '*' : ' ', names, m->title);
	}
	printf("\nBy default each measure shows its default method (*) and all three tests\n"
	       "follow.  --method NAME shows NAME instead of the default of its measure and\n"
	       "leaves the other measures as they are; name several (--method wald,woolf or\n"
	       "--method wald --method woolf) to show several.  --method all shows every\n"
	       "method.  --measure keeps only the measures listed.\n"
	       "\n"
	       "Output columns: measure,estimate,lower,upper,method,conf\n"
	       "  measure is difference, ratio, odds_ratio or test.  Test rows hold the\n"
	       "  p-value in estimate, the test statistic in lower (none for fisher) and\n"
	       "  nothing in upper or conf.  An empty cell is a value that does not exist\n"
	       "  for these counts (a ratio with 0 in group 2, an odds ratio when every\n"
	       "  case has the same outcome) or an upper limit that is infinite; --explain\n"
	       "  says which and why.  The exact and mid-p estimate is the conditional\n"
	       "  maximum likelihood estimate, as R's fisher.test.  With --min-cell, a\n"
	       "  last column 'suppressed' says whether the row's numbers are hidden.\n"
	       "\n"
	       "--min-cell K: every measure and test rests on all four counts of the 2x2\n"
	       "table (successes and failures in each group), so when any of them is from\n"
	       "1 to K-1 every row is hidden (empty numbers, suppressed = true) and the\n"
	       "explanations and the chart name no count.\n"
	       "\n"
	       "Examples:\n"
	       "  casestat compare 6/7 800/7000 --explain\n"
	       "  casestat compare donors.csv --success complained --by channel --groups Kaspi,card\n"
	       "  casestat compare 6/7 800/7000 --method all --format md\n"
	       "  casestat compare 6/7 800/7000 --method wald,woolf --measure difference,odds_ratio\n"
	       "\n"
	       "Exit status: 0 success, 1 bad data, 2 bad usage, 3 a file cannot be read or written.\n"
	       "Full documentation: man casestat\n");
}

#define COMPARE_FILE_HINT "to read a file, add --success COL and --by COL"

struct compare_opts {
	struct cs_common common;
	int all;                    /* --method all */
	uint64_t named;             /* bit i: cs_cmp_methods[i] named by --method */
	unsigned measures;          /* bit per measure kept by --measure; 0 = all */
	struct cs_success success;  /* col NULL: the calculator form */
	const char *by, *groups;
	struct cs_wheres where;
};

struct counts { int64_t x, n, missing; };

/* ---- options -------------------------------------------------------- */

/* Call fn for each comma-separated item of list (items copied to buf). */
static int each_item(const char *list, int (*fn)(struct compare_opts *, const char *, struct cs_err *),
		     struct compare_opts *o, struct cs_err *err)
{
	char item[128];
	for (const char *p = list;;) {
		size_t len = strcspn(p, ",");
		if (len >= sizeof item)
			len = sizeof item - 1;
		memcpy(item, p, len);
		item[len] = '\0';
		int rc = fn(o, item, err);
		if (rc)
			return rc;
		p += strcspn(p, ",");
		if (!*p)
			return 0;
		p++;
	}
}

static int add_method(struct compare_opts *o, const char *name, struct cs_err *err)
{
	if (strcmp(name, "all") == 0) {
		o->all = 1;
		return 0;
	}
	const struct cs_cmp_method *m = cs_cmp_method_find(name);
	if (!m) {
		char list[512];
		size_t k = 0;
		for (size_t i = 0; i < cs_cmp_nmethods && k < sizeof list; i++)
			k += (size_t)snprintf(list + k, sizeof list - k, "%s%s", i ? ", " : "",
					      cs_cmp_methods[i].name);
		return cs_err_usage(err, "compare", "unknown method '%s'; the methods are: %s, all", name, list);
	}
	o->named |= UINT64_C(1) << (m - cs_cmp_methods);
	return 0;
}

static int add_measure(struct compare_opts *o, const char *name, struct cs_err *err)
{
	int k = cs_cmp_measure_find(name);
	if (k < 0)
		return cs_err_usage(err, "compare", "unknown measure '%s'; the measures are: difference, ratio,"
				    " odds_ratio, test", name);
	o->measures |= 1u << k;
	return 0;
}

static int measure_kept(const struct compare_opts *o, enum cs_cmp_measure m)
{
	return !o->measures || (o->measures & (1u << m));
}

/* Is method i on the output? */
static int selected(const struct compare_opts *o, size_t i)
{
	const struct cs_cmp_method *m = &cs_cmp_methods[i];
	if (!measure_kept(o, m->measure))
		return 0;
	if (o->all)
		return 1;
	for (size_t j = 0; j < cs_cmp_nmethods; j++)
		if (((o->named >> j) & 1) && cs_cmp_methods[j].measure == m->measure)
			return (int)((o->named >> i) & 1);
	return m->is_default;
}

/* ---- the calculator form -------------------------------------------- */

/* ---- the data form --------------------------------------------------- */

struct reader_ctx {
	CS_THREAD_ALIGNED const struct compare_opts *o;
	const char *name;           /* input name for messages */
	struct cs_groups groups;    /* --by value -> struct counts */
	unsigned long matched;
};

static int on_row(void *vctx, const struct cs_row *row, struct cs_err *err)
{
	struct reader_ctx *c = vctx;
	if (!cs_where_match(&c->o->where, row, 2))
		return 0;
	c->matched++;
	struct counts *g = cs_groups_get(&c->groups, row->value[1], row->len[1]);
	if (!g)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int v = cs_success_classify(&c->o->success, row, 0, c->name, err);
	if (v == CS_SUCCESS_BAD)
		return CS_EXIT_DATA;
	if (v == CS_SUCCESS_MISSING) {
		g->missing++;
	} else {
		g->n++;
		g->x += v;
	}
	return 0;
}

/* "'A', 'B', 'C'" (the first few, in order), for messages. */
static void list_groups(const struct cs_groups *g, const size_t *order, char *buf, size_t size)
{
	size_t k = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < g->n && k < size; i++) {
		if (i == 6) {
			snprintf(buf + k, size - k, ", ... (%zu in all)", g->n);
			return;
		}
		k += (size_t)snprintf(buf + k, size - k, "%s'%s'", i ? ", " : "", g->key[order[i]]);
	}
}

static long find_group(const struct cs_groups *g, const char *key, size_t len)
{
	for (size_t i = 0; i < g->n; i++)
		if (g->keylen[i] == len && memcmp(g->key[i], key, len) == 0)
			return (long)i;
	return -1;
}

/* Resolve --groups A,B against the values found: the comma that splits the
 * spec into two values that both occur (a value may hold commas). */
static int resolve_groups(const struct reader_ctx *c, const size_t *order, long *g1, long *g2,
			  struct cs_err *err)
{
	const char *spec = c->o->groups;
	size_t len = strlen(spec);
	int found = 0, commas = 0;
	for (size_t i = 0; i < len; i++) {
		if (spec[i] != ',')
			continue;
		commas++;
		long a = find_group(&c->groups, spec, i), b = find_group(&c->groups, spec + i + 1, len - i - 1);
		if (a >= 0 && b >= 0) {
			*g1 = a;
			*g2 = b;
			found++;
		}
	}
	char values[512];
	list_groups(&c->groups, order, values, sizeof values);
	if (found > 1)
		return cs_err_usage(err, "compare", "--groups '%s' can be split at more than one comma into two"
				    " values of '%s'; rename the values or filter with --where", spec, c->o->by);
	if (found == 1)
		return 0;
	if (commas == 1) {
		const char *comma = strchr(spec, ',');
		const char *miss = find_group(&c->groups, spec, (size_t)(comma - spec)) < 0 ? spec : comma + 1;
		size_t mlen = miss == spec ? (size_t)(comma - spec) : strlen(comma + 1);
		return cs_err_at(err, CS_EXIT_DATA, c->name, 0, 0, "no %srow has %s = '%.*s'; its values are: %s",
				 c->o->where.n ? "selected " : "", c->o->by, (int)mlen, miss, values);
	}
	return cs_err_at(err, CS_EXIT_DATA, c->name, 0, 0, "--groups '%s' does not name two values of '%s';"
			 " its values are: %s", spec, c->o->by, values);
}

/* Read the file and pick the two groups: *t gets their counts. */
static int read_file(const struct compare_opts *o, const char *path, struct cs_2x2 *t,
		     int64_t missing[2], char *names[2], struct cs_err *err)
{
	/* one context per reading thread, merged into ctx[0] */
	int nctx = cs_common_threads(&o->common);
	struct reader_ctx *ctx = cs_thread_blocks((size_t)nctx, sizeof *ctx, NULL);
	void **ctxp = calloc((size_t)nctx, sizeof *ctxp);
	const char *want[] = { o->success.col, o->by };
	size_t nc;
	const char **cols = cs_rows_columns(want, 2, &o->where, &nc, NULL);
	if (!ctx || !ctxp || !cols) {
		free(ctx), free(ctxp), free(cols);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	for (int k = 0; k < nctx; k++) {
		ctx[k].o = o;
		ctx[k].name = cs_input_name(path);
		cs_groups_init(&ctx[k].groups, sizeof(struct counts));
		ctxp[k] = &ctx[k];
	}
	unsigned long nrows = 0;
	int rc = cs_csv_read_parallel(path, cols, nc, on_row, ctxp, nctx, &nrows, err);
	free(cols);
	for (int k = 1; !rc && k < nctx; k++) {
		if (cs_groups_add_counts(&ctx[0].groups, &ctx[k].groups) != 0)
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
		ctx[0].matched += ctx[k].matched;
	}
	for (int k = 1; k < nctx; k++)
		cs_groups_free(&ctx[k].groups);
	struct reader_ctx c = ctx[0];
	free(ctx);
	free(ctxp);
	if (!rc)
		rc = cs_rows_check(c.name, nrows, c.matched, err);
	if (!rc) {
		int64_t x = 0;
		for (size_t i = 0; i < c.groups.n; i++)
			x += ((const struct counts *)cs_groups_value(&c.groups, i))->x;
		cs_success_check_none(&o->success, x, o->where.n > 0);
	}
	size_t *order = rc ? NULL : cs_groups_sorted(&c.groups);
	if (!rc && !order)
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	long g[2] = { -1, -1 };
	if (!rc && o->groups) {
		rc = resolve_groups(&c, order, &g[0], &g[1], err);
	} else if (!rc && c.groups.n == 2) {
		g[0] = (long)order[0];
		g[1] = (long)order[1];
	} else if (!rc) {
		char values[512];
		list_groups(&c.groups, order, values, sizeof values);
		if (c.groups.n == 1)
			rc = cs_err_at(err, CS_EXIT_DATA, c.name, 0, 0, "every %srow has %s = %s: there is"
				       " only one group, so nothing to compare", o->where.n ? "selected " : "",
				       o->by, values);
		else
			rc = cs_err_usage(err, "compare", "column '%s' has %zu values (%s); choose two with"
					  " --groups A,B", o->by, c.groups.n, values);
	}
	for (int k = 0; !rc && k < 2; k++) {
		const struct counts *cnt = cs_groups_value(&c.groups, (size_t)g[k]);
		if (cnt->n == 0)
			rc = cs_err_at(err, CS_EXIT_DATA, c.name, 0, 0, "group %s = '%s' has no usable values in"
				       " column '%s' (%lld empty)", o->by, c.groups.key[g[k]],
				       o->success.col, (long long)cnt->missing);
		if (!rc) {
			size_t size = strlen(o->by) + strlen(c.groups.key[g[k]]) + 16;
			names[k] = malloc(size);
			if (!names[k])
				rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
			else
				snprintf(names[k], size, "rows with %s = '%s'", o->by, c.groups.key[g[k]]);
		}
		missing[k] = cnt->missing;
		if (k == 0) {
			t->x1 = cnt->x;
			t->n1 = cnt->n;
		} else {
			t->x2 = cnt->x;
			t->n2 = cnt->n;
		}
	}
	if (!rc && t->n1 + t->n2 > CS_PROP_MAX_N)
		rc = cs_err_at(err, CS_EXIT_DATA, c.name, 0, 0, "the two groups hold more than %lld rows",
			       (long long)CS_PROP_MAX_N);
	free(order);
	cs_groups_free(&c.groups);
	return rc;
}

/* ---- the result table ------------------------------------------------ */

/* --min-cell: the four counts of the 2x2 table; every row rests on all of
 * them.  Returns whether anything is hidden. */
static int hide_counts(const struct compare_opts *o, const struct cs_2x2 *t, const int64_t missing[2],
		       struct cs_hide_count hc[5])
{
	int64_t k = o->common.min_cell;
	const int64_t v[4] = { t->x1, t->n1 - t->x1, t->x2, t->n2 - t->x2 };
	static const char *const name[4] = {
		"the number of successes in group 1", "the number of failures in group 1",
		"the number of successes in group 2", "the number of failures in group 2",
	};
	for (int i = 0; i < 4; i++)
		hc[i] = (struct cs_hide_count){ -1, cs_hide_why(v[i], k), name[i], 1 };
	hc[4] = (struct cs_hide_count){ -1, cs_hide_why(missing[0] + missing[1], k),
					"the number of rows with an empty value", 0 };
	return cs_hide_any(hc, 5, 0);
}

static int add_rows(struct cs_table *tab, const struct compare_opts *o, const struct cs_2x2 *t,
		    const int64_t missing[2], char *const names[2], struct cs_err *err)
{
	struct cs_hide_count hc[5];
	hide_counts(o, t, missing, hc);
	static const size_t est[3] = { COL_EST, COL_LO, COL_HI };
	char what[512];
	if (o->success.col)
		cs_success_phrase(&o->success, what, sizeof what);
	for (size_t i = 0; i < cs_cmp_nmethods; i++) {
		if (!selected(o, i))
			continue;
		const struct cs_cmp_method *m = &cs_cmp_methods[i];
		struct cs_cmp_result r;
		int st = cs_cmp_compute(m, t, o->common.conf, &r);
		if (st != CS_OK && st != CS_EUNDEF)
			return cs_err_set(err, CS_EXIT_DATA, "cannot compute %s (%s) for %lld/%lld against %lld/%lld:"
					  " %s%s", m->name, cs_cmp_measure_name(m->measure), (long long)t->x1,
					  (long long)t->n1, (long long)t->x2, (long long)t->n2, cs_strerror(st),
					  st == CS_ERANGE ? "; counts this large are beyond exact, mid-p and fisher:"
					  " choose other methods, e.g. --method woolf,chisq" : "");
		long row = cs_table_add_row(tab);
		if (row < 0 || cs_table_text(tab, (size_t)row, COL_MEASURE, cs_cmp_measure_name(m->measure)) ||
		    cs_table_text(tab, (size_t)row, COL_METHOD, m->name))
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		cs_table_real(tab, (size_t)row, COL_EST, r.estimate);
		cs_table_real(tab, (size_t)row, COL_LO, r.lower);
		cs_table_real(tab, (size_t)row, COL_HI, r.upper);
		if (m->measure != CS_CMP_TEST)
			cs_table_real(tab, (size_t)row, COL_CONF, o->common.conf);
		if (o->common.explain) {
			struct cs_text text = CS_TEXT_INIT;
			int mshown = hc[4].why == CS_SUP_SHOWN;
			struct cs_cmp_story s = {
				names[0], names[1], o->success.col ? what : NULL, *t, mshown ? missing[0] : 0,
				mshown ? missing[1] : 0, o->common.conf, m, &r
			};
			cs_explain_compare(&text, &s);
			if (cs_table_explain(tab, (size_t)row, cs_text_str(&text)) != 0)
				return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		}
		if (cs_hide_row(tab, (size_t)row, o->common.min_cell, hc, 5, est, 3,
				m->measure == CS_CMP_TEST ? "the p-value and the statistic" : "the estimate and its interval",
				NULL, o->common.explain) != 0)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	return 0;
}

/* digits/digits, perhaps with a sign: the calculator form was meant */
static int looks_like_fraction(const char *s)
{
	size_t i = strspn(s, "+-"), d = strspn(s + i, "0123456789");
	return d > 0 && s[i + d] == '/' && strspn(s + i + d + 1, "+-0123456789") == strlen(s + i + d + 1);
}

static int check_usage(const struct compare_opts *o, const struct cs_args *a, struct cs_err *err)
{
	int data = o->success.col != NULL;
	if (!data && (o->by || o->groups || o->where.n))
		return cs_err_usage(err, "compare", "--by, --groups and --where need a FILE and --success COL");
	if (data && !o->by)
		return cs_err_usage(err, "compare", "--by COL is required with a FILE: it names the column whose"
				    " values are the groups");
	if (data && a->noperands != 1)
		return cs_err_usage(err, "compare", a->noperands ? "give one input FILE (or - for standard input)"
				    : "missing input FILE (or - for standard input)");
	if (!data && a->noperands == 1 && !looks_like_fraction(a->operands[0]))
		return cs_err_usage(err, "compare", "to read '%s' as a file, add --success COL and --by COL",
				    a->operands[0]);
	if (!data && a->noperands != 2)
		return cs_err_usage(err, "compare", "give two proportions, group 1 first (e.g. 6/7 800/7000),"
				    " or a FILE with --success COL and --by COL");
	if (o->groups && !strchr(o->groups, ','))
		return cs_err_usage(err, "compare", "invalid --groups '%s': name two values separated by a comma,"
				    " group 1 first (e.g. --groups Kaspi,card)", o->groups);
	for (size_t i = 0; i < cs_cmp_nmethods; i++)
		if (((o->named >> i) & 1) && !measure_kept(o, cs_cmp_methods[i].measure))
			return cs_err_usage(err, "compare", "--method %s belongs to the measure %s, which --measure"
					    " leaves out", cs_cmp_methods[i].name,
					    cs_cmp_measure_name(cs_cmp_methods[i].measure));
	return 0;
}

int cmd_compare(int argc, char **argv, struct cs_err *err)
{
	struct compare_opts o;
	memset(&o, 0, sizeof o);
	cs_common_init(&o.common);
	if (cs_args_wants_help(argc, argv)) {
		help();
		return 0;
	}
	struct cs_args a;
	int rc = cs_args_init(&a, "compare", cmd_compare_options, argc, argv, err);
	if (rc)
		return rc;
	int key;
	while (!rc && (key = cs_args_next(&a, err)) != 0) {
		if (key < 0) {
			rc = CS_EXIT_USAGE;
			break;
		}
		int common = cs_common_option(&o.common, &a, key, err);
		if (common < 0) {
			rc = CS_EXIT_USAGE;
			break;
		}
		if (common > 0)
			continue;
		switch (key) {
		case OPT_METHOD: rc = each_item(a.value, add_method, &o, err); break;
		case OPT_MEASURE: rc = each_item(a.value, add_measure, &o, err); break;
		case OPT_SUCCESS: rc = cs_success_set(&o.success, a.value, "compare", err); break;
		case OPT_BY: o.by = a.value; break;
		case OPT_GROUPS: o.groups = a.value; break;
		case OPT_WHERE: rc = cs_where_add(&o.where, a.value, "compare", err); break;
		}
	}
	if (!rc && o.common.help) {
		help();
		goto out;
	}
	if (!rc)
		rc = check_usage(&o, &a, err);

	struct cs_2x2 t = { 0, 0, 0, 0 };
	int64_t missing[2] = { 0, 0 };
	char *names[2] = { NULL, NULL };
	if (!rc && o.success.col) {
		rc = read_file(&o, a.operands[0], &t, missing, names, err);
	} else if (!rc) {
		rc = cs_parse_fraction(a.operands[0], &t.x1, &t.n1, "compare", COMPARE_FILE_HINT, err);
		if (!rc)
			rc = cs_parse_fraction(a.operands[1], &t.x2, &t.n2, "compare", COMPARE_FILE_HINT, err);
		if (!rc && t.n1 + t.n2 > CS_PROP_MAX_N)
			rc = cs_err_usage(err, "compare", "N1 + N2 is larger than %lld", (long long)CS_PROP_MAX_N);
		names[0] = strdup("group 1");
		names[1] = strdup("group 2");
		if (!rc && (!names[0] || !names[1]))
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	struct cs_plot_target pt = { 0 };
	if (!rc && o.common.plot)
		rc = cs_plot_target_init(&pt, o.common.plot, "compare", err);
	struct cs_table tab;
	cs_table_init(&tab, columns, cs_hide_ncols(o.common.min_cell, NCOLS));
	if (!rc)
		rc = add_rows(&tab, &o, &t, missing, names, err);
	if (!rc)
		rc = cs_common_emit(&o.common, &tab, err);
	if (!rc && o.common.plot) {
		/* the calculator's groups are best named by their counts, unless
		 * they are hidden */
		struct cs_hide_count hc[5];
		int hide = hide_counts(&o, &t, missing, hc) && cs_hide_any(hc, 5, 1);
		const char *n1 = o.success.col || hide ? names[0] : a.operands[0];
		const char *n2 = o.success.col || hide ? names[1] : a.operands[1];
		rc = cs_plot_compare_table(&pt, &tab, o.common.conf, n1, n2, hide ? NAN : (double)t.x1,
					   hide ? NAN : (double)t.n1, hide ? NAN : (double)t.x2,
					   hide ? NAN : (double)t.n2, o.common.min_cell, err);
	}
	cs_plot_target_free(&pt);
	cs_table_free(&tab);
	free(names[0]);
	free(names[1]);
out:
	cs_args_free(&a);
	cs_wheres_free(&o.where);
	cs_success_free(&o.success);
	return rc;
}
