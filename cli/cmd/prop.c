/* cmd_prop.c - casestat prop: confidence intervals for proportions.
 *
 *   casestat prop X/N [X/N ...]
 *   casestat prop FILE --success COL[=VALUE] [--by COL] [--where COL=VALUE]...
 *   casestat prop FILE --count COL --total COL [--label COL] [--where ...]
 *
 * Counting streams the file: memory holds one record per group. */
#include "cli/frame/commands.h"
#include "cli/core/cachelines.h"
#include "cli/frame/common.h"
#include "cli/io/dataset.h"
#include "cli/frame/explain.h"
#include "cli/core/groups.h"
#include "cli/frame/plot.h"
#include "cli/frame/rowsel.h"
#include "cli/frame/suppress_out.h"
#include "cli/core/values.h"
#include "analysis/proportion.h"
#include "analysis/status.h"

#include <stdlib.h>
#include <string.h>

enum {
	OPT_METHOD = CS_OPT_FIRST_OWN, OPT_SIDES, OPT_SUCCESS, OPT_BY, OPT_WHERE,
	OPT_COUNT, OPT_TOTAL, OPT_LABEL
};

const struct cs_option cmd_prop_options[] = {
	{ OPT_SUCCESS, "success", 0, "COL[=VALUE]", "count rows whose COL is true (or equals VALUE)" },
	{ OPT_BY, "by", 0, "COL", "one proportion per value of COL" },
	{ OPT_WHERE, "where", 0, "COL=VALUE", "use only rows whose COL equals VALUE (repeatable)" },
	{ OPT_COUNT, "count", 0, "COL", "aggregated data: successes per row in COL" },
	{ OPT_TOTAL, "total", 0, "COL", "aggregated data: trials per row in COL" },
	{ OPT_LABEL, "label", 0, "COL", "aggregated data: group label in COL (rows with one label add up)" },
	{ OPT_METHOD, "method", 0, "NAME", "interval method, or 'all' (default wilson)", "wilson" },
	{ OPT_SIDES, "sides", 0, "S", "two (default), lower or upper: one-sided intervals", "two" },
	CS_INPUT_OPTIONS,
	CS_PLOT_OPTION,
	CS_MIN_CELL_OPTION,
	CS_COMMON_OPTIONS,
	{ 0, NULL, 0, NULL, NULL }
};

enum { COL_GROUP, COL_X, COL_N, COL_MISSING, COL_EST, COL_LO, COL_HI, COL_METHOD, COL_CONF, NCOLS };
static const struct cs_column columns[NCOLS + 1] = {
	{ "group", CS_COL_TEXT, NULL },
	{ "x", CS_COL_INT, NULL },
	{ "n", CS_COL_INT, NULL },
	{ "missing", CS_COL_INT, NULL },
	{ "estimate", CS_COL_REAL, "%.4f" },
	{ "lower", CS_COL_REAL, "%.4f" },
	{ "upper", CS_COL_REAL, "%.4f" },
	{ "method", CS_COL_TEXT, NULL },
	{ "conf", CS_COL_REAL, "%g" },
	CS_SUPPRESSED_COLUMN,
};

static void help(void)
{
	printf("Usage: casestat prop X/N [X/N ...] [OPTIONS]\n"
	       "  or:  casestat prop FILE --success COL[=VALUE] [--by COL] [--where COL=VALUE]... [OPTIONS]\n"
	       "  or:  casestat prop FILE --count COL --total COL [--label COL] [OPTIONS]\n"
	       "Confidence intervals for the proportion x/n: what share, and how sure.\n"
	       "\n"
	       "FILE is a CSV file with a header row, or - for standard input.  With\n"
	       "--success COL, the values 1 true yes y t count as successes and 0 false\n"
	       "no n f as failures (any case); empty cells are missing and left out of n;\n"
	       "anything else is an error.  With --success COL=VALUE, cells equal to VALUE\n"
	       "are successes, other non-empty cells failures.\n"
	       "\n"
	       "Options:\n");
	cs_args_print(stdout, cmd_prop_options);
	printf("\nMethods (--method; aliases in brackets):\n");
	for (size_t i = 0; i < cs_prop_nmethods; i++) {
		const struct cs_prop_method *m = &cs_prop_methods[i];
		char names[64];
		size_t k = (size_t)snprintf(names, sizeof names, "%s", m->name);
		for (size_t j = 0; m->aliases[j] && k < sizeof names; j++)
			k += (size_t)snprintf(names + k, sizeof names - k, "%s%s", j ? ", " : " [",
					      m->aliases[j]);
		if (m->aliases[0] && k < sizeof names)
			snprintf(names + k, sizeof names - k, "]");
		printf("  %-28s %s%s\n", names, m->title, m == cs_prop_method_default() ? " (default)" : "");
	}
	printf("\nOutput columns: group,x,n,missing,estimate,lower,upper,method,conf\n"
	       "  and, with --min-cell, suppressed (true when a value of the row is hidden).\n"
	       "\n"
	       "--min-cell K hides x when it is from 1 to K-1 or n - x is (a share of 98 of\n"
	       "100 shows the 2 who did not), n when it is from 1 to K-1, and missing when\n"
	       "it is; a hidden count prints as <K (an empty field in csv, null in json) and\n"
	       "the estimate and limits built on it are left empty.  0 is shown.\n"
	       "\n"
	       "Examples:\n"
	       "  casestat prop 6/7 800/7000 --explain\n"
	       "  casestat prop donors.csv --success questioned --by region\n"
	       "  casestat prop donors.csv --success channel=Kaspi --method all\n"
	       "  casestat prop donors.csv --success questioned --by region --plot regions.png\n"
	       "\n"
	       "--plot draws one dot per group with its interval, sorted by share.\n"
	       "\n"
	       "Exit status: 0 success, 1 bad data, 2 bad usage, 3 a file cannot be read or\n"
	       "written, or gnuplot is missing for --plot FILE.png/.svg/.pdf.\n"
	       "Full documentation: man casestat\n");
}

struct prop_opts {
	struct cs_common common;
	const struct cs_prop_method *method;   /* NULL = all */
	enum cs_sides sides;
	struct cs_success success;             /* col NULL: not the --success form */
	const char *by, *count, *total, *label;
	struct cs_wheres where;
};

struct counts { int64_t x, n, missing; };

/* ---- reading a file -------------------------------------------------- */

struct reader_ctx {
	CS_THREAD_ALIGNED const struct prop_opts *o;
	const char *name;           /* input name for messages */
	struct cs_groups groups;    /* label -> struct counts */
	size_t icol_by, icol_label, iwhere;   /* indices in the requested columns */
	unsigned long matched;
};

static struct counts *group_of(struct reader_ctx *c, const struct cs_row *row, size_t icol,
			       int has_col, struct cs_err *err)
{
	const char *key = has_col ? row->value[icol] : "all";
	size_t len = has_col ? row->len[icol] : 3;
	struct counts *g = cs_groups_get(&c->groups, key, len);
	if (!g)
		cs_err_set(err, CS_EXIT_ENV, "out of memory");
	return g;
}

static int on_success_row(void *vctx, const struct cs_row *row, struct cs_err *err)
{
	struct reader_ctx *c = vctx;
	const struct prop_opts *o = c->o;
	if (!cs_where_match(&o->where, row, c->iwhere))
		return 0;
	c->matched++;
	struct counts *g = group_of(c, row, c->icol_by, o->by != NULL, err);
	if (!g)
		return CS_EXIT_ENV;
	int v = cs_success_classify(&o->success, row, 0, c->name, err);
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

static int read_count(const struct reader_ctx *c, const struct cs_row *row, size_t i,
		      const char *col, int64_t *v, struct cs_err *err)
{
	char shown[CS_MSG_TEXT];
	if (cs_parse_count(row->value[i], row->len[i], CS_PROP_MAX_N, v) != 0)
		return cs_err_at(err, CS_EXIT_DATA, c->name, row->vline[i], row->vfield[i],
				 "column '%s' has '%s', which is not a whole number of at least 0",
				 col, cs_msg_text(shown, sizeof shown, row->value[i], row->len[i]));
	return 0;
}

static int on_count_row(void *vctx, const struct cs_row *row, struct cs_err *err)
{
	struct reader_ctx *c = vctx;
	const struct prop_opts *o = c->o;
	if (!cs_where_match(&o->where, row, c->iwhere))
		return 0;
	c->matched++;
	struct counts *g = group_of(c, row, c->icol_label, o->label != NULL, err);
	if (!g)
		return CS_EXIT_ENV;
	if (cs_is_blank(row->value[0], row->len[0]) || cs_is_blank(row->value[1], row->len[1])) {
		g->missing++;
		return 0;
	}
	int64_t x, n;
	int rc = read_count(c, row, 0, o->count, &x, err);
	if (!rc)
		rc = read_count(c, row, 1, o->total, &n, err);
	if (rc)
		return rc;
	if (x > n)
		return cs_err_at(err, CS_EXIT_DATA, c->name, row->line, 0,
				 "count %lld (column '%s') is larger than total %lld (column '%s')",
				 (long long)x, o->count, (long long)n, o->total);
	if (g->n > CS_PROP_MAX_N - n)
		return cs_err_at(err, CS_EXIT_DATA, c->name, row->line, 0,
				 "the totals add up to more than %lld", (long long)CS_PROP_MAX_N);
	g->x += x;
	g->n += n;
	return 0;
}

/* ---- the result table ------------------------------------------------ */

/* calc: the label is the X/N the user typed; a hidden count is masked in it. */
static int add_rows(struct cs_table *t, const struct prop_opts *o, const char *label,
		    int label_in_text, int calc, const char *what, struct counts cnt, struct cs_err *err)
{
	int64_t k = o->common.min_cell;
	enum cs_sup_why wx = CS_SUP_SHOWN, wn = CS_SUP_SHOWN, wm = cs_hide_why(cnt.missing, k);
	if (k > 0 && cs_hide_proportion(cnt.x, cnt.n, k, &wx, &wn) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	const struct cs_hide_count hc[3] = {
		{ COL_X, wx, "the count x", 1 }, { COL_N, wn, "the total n", 1 },
		{ COL_MISSING, wm, "the number of rows with an empty value", 0 },
	};
	char masked[96];
	if (calc && cs_hide_any(hc, 3, 0)) {
		char xs[40], ns[40];
		cs_hide_text(xs, sizeof xs, cnt.x, wx, k);
		cs_hide_text(ns, sizeof ns, cnt.n, wn, k);
		snprintf(masked, sizeof masked, "%s/%s", xs, ns);
		label = masked;
	}
	static const size_t est[3] = { COL_EST, COL_LO, COL_HI };
	size_t first = o->method ? (size_t)(o->method - cs_prop_methods) : 0;
	size_t last = o->method ? first + 1 : cs_prop_nmethods;
	for (size_t mi = first; mi < last; mi++) {
		const struct cs_prop_method *m = &cs_prop_methods[mi];
		struct cs_interval ci;
		int have = cnt.n > 0;
		if (have) {
			int st = cs_prop_ci(m, cnt.x, cnt.n, o->common.conf, o->sides, &ci);
			if (st != CS_OK)
				return cs_err_set(err, CS_EXIT_DATA, "cannot compute the %s interval for %lld/%lld: %s",
						  m->name, (long long)cnt.x, (long long)cnt.n, cs_strerror(st));
		}
		long r = cs_table_add_row(t);
		if (r < 0 || cs_table_text(t, (size_t)r, COL_GROUP, label) != 0 ||
		    cs_table_text(t, (size_t)r, COL_METHOD, m->name) != 0)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		cs_table_int(t, (size_t)r, COL_X, cnt.x);
		cs_table_int(t, (size_t)r, COL_N, cnt.n);
		cs_table_int(t, (size_t)r, COL_MISSING, cnt.missing);
		if (have) {
			cs_table_real(t, (size_t)r, COL_EST, ci.estimate);
			cs_table_real(t, (size_t)r, COL_LO, ci.lower);
			cs_table_real(t, (size_t)r, COL_HI, ci.upper);
		}
		cs_table_real(t, (size_t)r, COL_CONF, o->common.conf);
		if (o->common.explain) {
			struct cs_text text = CS_TEXT_INIT;
			struct cs_prop_story s = {
				label_in_text ? label : NULL, what, cnt.x, cnt.n,
				wm == CS_SUP_SHOWN ? cnt.missing : 0,
				o->common.conf, o->sides, m, have ? &ci : NULL
			};
			cs_explain_prop(&text, &s);
			if (cs_table_explain(t, (size_t)r, cs_text_str(&text)) != 0)
				return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		}
		if (cs_hide_row(t, (size_t)r, k, hc, 3, est, 3, "the share and its interval",
				label_in_text ? label : NULL, o->common.explain) != 0)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	return 0;
}

static int run_file(const struct prop_opts *o, const char *path, struct cs_table *t, struct cs_err *err)
{
	/* one context per reading thread, merged afterwards */
	int nctx = cs_common_threads(&o->common);
	struct reader_ctx *ctx = cs_thread_blocks((size_t)nctx, sizeof *ctx, NULL);
	void **ctxp = calloc((size_t)nctx, sizeof *ctxp);
	/* the requested columns: value column(s), then group, then --where */
	struct reader_ctx proto;
	memset(&proto, 0, sizeof proto);
	proto.o = o;
	proto.name = cs_input_name(path);
	proto.icol_by = 1;       /* --success COL [--by COL] */
	proto.icol_label = 2;    /* --count COL --total COL [--label COL] */
	const char *want_success[] = { o->success.col, o->by };
	const char *want_count[] = { o->count, o->total, o->label };
	cs_row_fn fn = o->success.col ? on_success_row : on_count_row;
	size_t nc;
	const char **cols = o->success.col ? cs_rows_columns(want_success, 2, &o->where, &nc, &proto.iwhere)
					   : cs_rows_columns(want_count, 3, &o->where, &nc, &proto.iwhere);
	if (!ctx || !ctxp || !cols) {
		free(ctx), free(ctxp), free(cols);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	for (int k = 0; k < nctx; k++) {
		ctx[k] = proto;
		cs_groups_init(&ctx[k].groups, sizeof(struct counts));
		ctxp[k] = &ctx[k];
	}

	unsigned long nrows = 0;
	int rc = cs_csv_read_parallel(path, cols, nc, fn, ctxp, nctx, &nrows, err);
	free(cols);
	for (int k = 1; !rc && k < nctx; k++) {
		if (cs_groups_add_counts(&ctx[0].groups, &ctx[k].groups) != 0)
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
		ctx[0].matched += ctx[k].matched;
	}
	struct reader_ctx *c = &ctx[0];
	if (!rc)
		rc = cs_rows_check(c->name, nrows, c->matched, err);
	if (!rc && o->success.col) {
		int64_t x = 0;
		for (size_t i = 0; i < c->groups.n; i++)
			x += ((const struct counts *)cs_groups_value(&c->groups, i))->x;
		cs_success_check_none(&o->success, x, o->where.n > 0);
	}

	char what[512];
	cs_success_phrase(&o->success, what, sizeof what);

	size_t *order = rc ? NULL : cs_groups_sorted(&c->groups);
	if (!rc && !order)
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int by_group = o->by != NULL || o->label != NULL;
	for (size_t k = 0; !rc && k < c->groups.n; k++) {
		size_t i = order[k];
		const struct counts *cnt = cs_groups_value(&c->groups, i);
		rc = add_rows(t, o, c->groups.key[i], by_group, 0, o->success.col ? what : NULL, *cnt, err);
	}
	free(order);
	for (int k = 0; k < nctx; k++)
		cs_groups_free(&ctx[k].groups);
	free(ctx);
	free(ctxp);
	return rc;
}

/* The chart's title says what was counted and by what. */
static int plot_table(const struct prop_opts *o, const struct cs_plot_target *p, const struct cs_table *t,
		      struct cs_err *err)
{
	char what[512], title[1024], subject[600];
	const char *by = o->by ? o->by : o->label;
	if (o->success.col) {
		cs_success_phrase(&o->success, what, sizeof what);
		snprintf(subject, sizeof subject, "rows that %s", what);
	} else if (o->count) {
		snprintf(subject, sizeof subject, "'%s' out of '%s'", o->count, o->total);
	}
	if (o->success.col || o->count)
		snprintf(title, sizeof title, "Share of %s%s%s", subject, by ? ", by " : "", by ? by : "");
	return cs_plot_prop_table(p, t, o->common.conf, o->success.col || o->count ? title : NULL,
				  o->success.col || o->count ? subject : NULL, o->common.min_cell, err);
}

static void free_opts(struct prop_opts *o)
{
	cs_wheres_free(&o->where);
	cs_success_free(&o->success);
}

static int check_usage(const struct prop_opts *o, const struct cs_args *a, struct cs_err *err)
{
	if (o->success.col && (o->count || o->total))
		return cs_err_usage(err, "prop", "--success cannot be combined with --count/--total");
	if ((o->count != NULL) != (o->total != NULL))
		return cs_err_usage(err, "prop", "--count and --total go together");
	if (o->label && !o->count)
		return cs_err_usage(err, "prop", "--label goes with --count and --total (use --by with --success)");
	if (o->by && o->count)
		return cs_err_usage(err, "prop", "with --count and --total, name the group column with --label");
	int data = o->success.col || o->count;
	if (!data && (o->by || o->where.n))
		return cs_err_usage(err, "prop", "--by and --where need a FILE and --success (or --count and --total)");
	if (data && a->noperands != 1)
		return cs_err_usage(err, "prop", a->noperands ? "give one input FILE (or - for standard input)"
				    : "missing input FILE (or - for standard input)");
	if (!data && a->noperands == 0)
		return cs_err_usage(err, "prop", "nothing to do: give X/N (e.g. 6/7) or a FILE with --success COL");
	return 0;
}

int cmd_prop(int argc, char **argv, struct cs_err *err)
{
	struct prop_opts o;
	memset(&o, 0, sizeof o);
	cs_common_init(&o.common);
	o.method = cs_prop_method_default();
	o.sides = CS_SIDES_TWO;

	if (cs_args_wants_help(argc, argv)) {
		help();
		return 0;
	}
	struct cs_args a;
	int rc = cs_args_init(&a, "prop", cmd_prop_options, argc, argv, err);
	if (rc)
		return rc;
	int key;
	while (!rc && (key = cs_common_next(&a, &o.common, err)) != 0) {
		if (key < 0) {
			rc = CS_EXIT_USAGE;
			break;
		}
		switch (key) {
		case OPT_METHOD: rc = cs_prop_method_arg(a.value, &o.method, "prop", err); break;
		case OPT_SIDES:
			if (strcmp(a.value, "two") == 0) o.sides = CS_SIDES_TWO;
			else if (strcmp(a.value, "lower") == 0) o.sides = CS_SIDES_LOWER;
			else if (strcmp(a.value, "upper") == 0) o.sides = CS_SIDES_UPPER;
			else rc = cs_err_usage(err, "prop", "invalid --sides '%s': use two, lower or upper", a.value);
			break;
		case OPT_SUCCESS: rc = cs_success_set(&o.success, a.value, "prop", err); break;
		case OPT_BY: o.by = a.value; break;
		case OPT_WHERE: rc = cs_where_add(&o.where, a.value, "prop", err); break;
		case OPT_COUNT: o.count = a.value; break;
		case OPT_TOTAL: o.total = a.value; break;
		case OPT_LABEL: o.label = a.value; break;
		}
	}
	if (!rc && o.common.help) {
		help();
		goto out;
	}
	if (!rc)
		rc = check_usage(&o, &a, err);
	if (!rc && o.sides != CS_SIDES_TWO && !(o.common.conf > 0.5))
		rc = cs_err_usage(err, "prop", "one-sided intervals (--sides %s) need --conf above 0.5",
				  o.sides == CS_SIDES_LOWER ? "lower" : "upper");

	struct cs_plot_target plot = { 0 };
	if (!rc && o.common.plot)
		rc = cs_plot_target_init(&plot, o.common.plot, "prop", err);
	struct cs_table t;
	cs_table_init(&t, columns, cs_hide_ncols(o.common.min_cell, NCOLS));
	if (!rc && (o.success.col || o.count)) {
		rc = run_file(&o, a.operands[0], &t, err);
	} else if (!rc) {
		for (int i = 0; !rc && i < a.noperands; i++) {
			struct counts cnt = { 0, 0, 0 };
			rc = cs_parse_fraction(a.operands[i], &cnt.x, &cnt.n, "prop",
					       "to read a file, add --success COL or --count and --total", err);
			if (!rc)
				rc = add_rows(&t, &o, a.operands[i], 0, 1, NULL, cnt, err);
		}
	}
	if (!rc)
		rc = cs_common_emit(&o.common, &t, err);
	if (!rc && o.common.plot)
		rc = plot_table(&o, &plot, &t, err);
	cs_plot_target_free(&plot);
	cs_table_free(&t);
out:
	cs_args_free(&a);
	free_opts(&o);
	return rc;
}
