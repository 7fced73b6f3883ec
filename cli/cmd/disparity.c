/* cmd_disparity.c - casestat disparity: the amount alleged (A) against the
 * amount documented (B).
 *
 *   casestat disparity [NAME=]A [NAME=]B [[NAME=]C ...]
 *   casestat disparity FILE --a COL --b COL [--by COL] [--where COL=VALUE]...
 *
 * The data form keeps the two amounts of every non-empty row of a group
 * (16 bytes per row) for the bootstrap over rows; everything else streams. */
#include "cli/frame/commands.h"
#include "cli/frame/common.h"
#include "cli/frame/plot.h"
#include "plots/chart_disparity.h"
#include "cli/io/dataset.h"
#include "cli/frame/explain.h"
#include "cli/cmd/explain_disparity.h"
#include "cli/core/groups.h"
#include "cli/frame/moneyopts.h"
#include "cli/frame/rowsel.h"
#include "cli/frame/suppress_out.h"
#include "cli/core/values.h"
#include "analysis/amounts.h"
#include "analysis/disparity.h"
#include "analysis/status.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_A = CS_OPT_FIRST_OWN, OPT_B, OPT_BY, OPT_WHERE };

const struct cs_option cmd_disparity_options[] = {
	{ OPT_A, "a", 0, "COL", "data form: the amount alleged (claimed), per case" },
	{ OPT_B, "b", 0, "COL", "data form: the amount documented, per case" },
	{ OPT_BY, "by", 0, "COL", "one set of rows per value of COL" },
	{ OPT_WHERE, "where", 0, "COL=VALUE", "use only rows whose COL equals VALUE (repeatable)" },
	CS_BOOT_OPTIONS,
	CS_MONEY_OPTIONS,
	/* one reading thread: the bootstrap draws rows by their position in
	 * the file, so the rows must stay in file order */
	{ CS_OPT_PROGRESS, "progress", 0, NULL, "data form: show reading progress on stderr even when it is not a terminal" },
	CS_PLOT_OPTION,
	CS_MIN_CELL_OPTION,
	CS_COMMON_OPTIONS,
	{ 0, NULL, 0, NULL, NULL }
};

enum { COL_GROUP, COL_MEASURE, COL_EST, COL_LO, COL_HI, COL_METHOD, COL_CONF, NCOLS };
static const struct cs_column columns[NCOLS + 1] = {
	{ "group", CS_COL_TEXT, NULL },
	{ "measure", CS_COL_TEXT, NULL },
	{ "estimate", CS_COL_REAL, NULL },
	{ "lower", CS_COL_REAL, NULL },
	{ "upper", CS_COL_REAL, NULL },
	{ "method", CS_COL_TEXT, NULL },
	{ "conf", CS_COL_REAL, "%g" },
	CS_SUPPRESSED_COLUMN,
};

#define METHOD_CALC "arithmetic"
#define METHOD_BOOT "bootstrap-percentile"
#define METHOD_ROWQ "quantile-type-7"
#define MAXVALUES 26

static void help(void)
{
	printf("Usage: casestat disparity [NAME=]A [NAME=]B [[NAME=]C ...] [OPTIONS]\n"
	       "  or:  casestat disparity FILE --a COL --b COL [--by COL] [--where COL=VALUE]... [OPTIONS]\n"
	       "How far an amount alleged (A) is from an amount documented (B): the ratio A/B,\n"
	       "the share B/A and the gap A - B.\n"
	       "\n"
	       "Calculator: two or more amounts, each optionally named (public=2000000).\n"
	       "Rows come for each step of the chain (A vs B, B vs C, ...) and, with three or\n"
	       "more amounts, for the first against the last (A vs C).  A ratio or share\n"
	       "whose denominator is 0 is undefined (an empty cell), never infinite.\n"
	       "\n"
	       "Data: per group, the totals of the two columns and the same measures, with\n"
	       "percentile-bootstrap intervals over the rows (cases), and the quartiles of\n"
	       "the per-row ratios a/b (rows with b = 0 left out).  A row with either amount\n"
	       "empty is missing.  Amounts are decimal text as for 'casestat amounts'\n"
	       "(--thousands for separators) and may not be negative.\n"
	       "\n"
	       "Options:\n");
	cs_args_print(stdout, cmd_disparity_options);
	printf("\nOutput columns: group,measure,estimate,lower,upper,method,conf\n"
	       "Calculator rows, per pair (group 'A vs B'): ratio, share, gap (method\n"
	       "arithmetic), and gap_usd with --rate.\n"
	       "Data rows, per group: n (cases with both amounts), missing, total_a, total_b,\n"
	       "ratio, share, gap (method bootstrap-percentile, with lower, upper and conf),\n"
	       "row_ratio_n (rows with b > 0), row_ratio_q1, row_ratio_median, row_ratio_q3\n"
	       "(method quantile-type-7), and with --rate total_a_usd, total_b_usd, gap_usd.\n"
	       "With --min-cell, a last column suppressed (true when the row's value is hidden).\n"
	       "\n"
	       "--min-cell K (data form): a group of 1 to K-1 cases has n printed as <K and\n"
	       "every total, measure and interval left empty; row_ratio_n is hidden when it\n"
	       "or the cases with a documented 0 are from 1 to K-1, and the per-case\n"
	       "quartiles when it is; missing when it is from 1 to K-1.  Groups of K or more\n"
	       "keep their totals.  The calculator takes amounts, not counts: nothing there\n"
	       "is hidden.\n"
	       "\n"
	       "Examples:\n"
	       "  casestat disparity 2000000 23000\n"
	       "  casestat disparity public=2000000 prosecution=23000 complaints=16000 --currency KZT --explain\n"
	       "  casestat disparity cases.csv --a alleged --b documented --by region\n"
	       "\n"
	       "Exit status: 0 success, 1 bad data, 2 bad usage, 3 a file cannot be read or written.\n"
	       "Full documentation: man casestat\n");
}

struct disparity_opts {
	struct cs_common common;
	struct cs_money_opts money;
	const char *a, *b, *by;
	struct cs_wheres where;
};

/* ---- calculator -------------------------------------------------------- */

struct named { char name[64]; int64_t v; int dec; };

static int parse_named(const char *arg, const struct cs_money_opts *m, size_t k, struct named *out,
		       struct cs_err *err)
{
	const char *eq = strrchr(arg, '=');
	const char *num = eq ? eq + 1 : arg;
	if (eq) {
		size_t len = (size_t)(eq - arg);
		if (len == 0 || len >= sizeof out->name || !cs_utf8_valid(arg, len))
			return cs_err_usage(err, "disparity", "invalid name in '%s': write NAME=AMOUNT with a name "
					    "of 1 to 63 bytes", arg);
		memcpy(out->name, arg, len);
		out->name[len] = '\0';
	} else {
		snprintf(out->name, sizeof out->name, "%c", (char)('A' + k));
	}
	enum cs_money_problem why;
	int st = cs_money_parse(num, strlen(num), m->sep, &out->v, &out->dec, &why);
	if (st == CS_EUNDEF)
		return cs_err_usage(err, "disparity", "'%s' has no amount", arg);
	if (st != CS_OK)
		return cs_err_usage(err, "disparity", "invalid amount '%s': it %s%s", num, cs_money_problem_text(why),
				    why == CS_MONEY_NOT_NUMBER ? " (to read a file, add --a COL and --b COL)" : "");
	if (out->v < 0)
		return cs_err_usage(err, "disparity", "invalid amount '%s': amounts alleged or documented "
				    "cannot be negative", num);
	return 0;
}

/* What --min-cell decides for a row: its counts (none in the calculator). */
struct row_hide {
	int64_t k;
	const struct cs_hide_count *c;
	size_t nc;
	const char *label;     /* for the sentence, or NULL */
};

static int add_simple(struct cs_table *t, const char *group, const char *measure, double est,
		      double lo, double hi, const char *method, double conf, const char *expl,
		      const struct row_hide *h, struct cs_err *err)
{
	long r = cs_table_add_row(t);
	if (r < 0 || cs_table_text(t, (size_t)r, COL_GROUP, group) != 0 ||
	    cs_table_text(t, (size_t)r, COL_MEASURE, measure) != 0 ||
	    cs_table_text(t, (size_t)r, COL_METHOD, method) != 0 ||
	    (expl && cs_table_explain(t, (size_t)r, expl) != 0))
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	cs_table_real(t, (size_t)r, COL_EST, est);
	cs_table_real(t, (size_t)r, COL_LO, lo);
	cs_table_real(t, (size_t)r, COL_HI, hi);
	cs_table_real(t, (size_t)r, COL_CONF, conf);
	/* a count row holds its count in estimate (hc col); others rest on one */
	static const size_t est_cols[3] = { COL_EST, COL_LO, COL_HI };
	int count_row = h->nc && h->c[0].col >= 0;
	if (cs_hide_row(t, (size_t)r, h->k, h->c, h->nc, est_cols + count_row, 3 - (size_t)count_row,
			count_row ? NULL : "the value and its interval", h->label, expl != NULL) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	return 0;
}

static int calc_pair(struct cs_table *t, const struct disparity_opts *o, const struct named *x,
		     const struct named *y, struct cs_err *err)
{
	const struct cs_money_opts *m = &o->money;
	char group[160];
	snprintf(group, sizeof group, "%s vs %s", x->name, y->name);
	int dec = x->dec > y->dec ? x->dec : y->dec;
	double est[CS_DISP_NMEASURES];
	cs_disparity_all(x->v, y->v, est);
	for (size_t k = 0; k < CS_DISP_NMEASURES; k++) {
		struct cs_text s = CS_TEXT_INIT;
		if (o->common.explain)
			cs_explain_disp_pair(&s, m, k, x->name, cs_money_to_double(x->v), y->name,
					     cs_money_to_double(y->v), est[k], dec);
		struct row_hide none = { o->common.min_cell, NULL, 0, NULL };
		int rc = add_simple(t, group, cs_disparity_measures[k].name, est[k], NAN, NAN, METHOD_CALC, NAN,
				    o->common.explain ? cs_text_str(&s) : NULL, &none, err);
		if (rc)
			return rc;
	}
	if (m->rate > 0) {
		char measure[64];
		struct cs_text s = CS_TEXT_INIT;
		struct cs_disp_words w = { NULL, NULL, m, o->common.conf };
		snprintf(measure, sizeof measure, "gap%s", m->rate_suffix);
		double g = est[CS_DISP_GAP] / m->rate;
		if (o->common.explain)
			cs_explain_disp_converted(&s, &w, NULL, "gap", g);
		struct row_hide none = { o->common.min_cell, NULL, 0, NULL };
		return add_simple(t, group, measure, g, NAN, NAN, METHOD_CALC, NAN,
				  o->common.explain ? cs_text_str(&s) : NULL, &none, err);
	}
	return 0;
}

static int run_calculator(const struct disparity_opts *o, const struct cs_args *a, struct cs_table *t,
			  struct cs_err *err)
{
	struct named v[MAXVALUES];
	size_t nv = (size_t)a->noperands;
	if (nv > MAXVALUES)
		return cs_err_usage(err, "disparity", "at most %d amounts", MAXVALUES);
	for (size_t k = 0; k < nv; k++) {
		int rc = parse_named(a->operands[k], &o->money, k, &v[k], err);
		if (rc)
			return rc;
	}
	for (size_t k = 0; k + 1 < nv; k++) {
		int rc = calc_pair(t, o, &v[k], &v[k + 1], err);
		if (rc)
			return rc;
	}
	return nv > 2 ? calc_pair(t, o, &v[0], &v[nv - 1], err) : 0;
}

/* ---- data ------------------------------------------------------------- */

struct pairs {
	int64_t *a, *b;
	size_t n, cap;
	int64_t missing;
};

struct reader_ctx {
	const struct disparity_opts *o;
	const char *name;
	struct cs_groups groups;
	size_t iwhere;
	unsigned long matched;
	int decimals;
};

static int read_amount(struct reader_ctx *c, const struct cs_row *row, size_t i, const char *col,
		       int64_t *v, struct cs_err *err)
{
	int dec;
	int k = cs_money_cell(&c->o->money, row, i, col, c->name, v, &dec, err);
	if (k < 0)
		return -1;
	if (k > 0 && *v < 0) {
		char shown[CS_MSG_TEXT];
		cs_err_at(err, CS_EXIT_DATA, c->name, row->vline[i], row->vfield[i],
			  "column '%s' has '%s', which is negative: amounts alleged or documented cannot be "
			  "below 0", col, cs_msg_text(shown, sizeof shown, row->value[i], row->len[i]));
		return -1;
	}
	if (k > 0 && dec > c->decimals)
		c->decimals = dec;
	return k;
}

static int on_row(void *vctx, const struct cs_row *row, struct cs_err *err)
{
	struct reader_ctx *c = vctx;
	const struct disparity_opts *o = c->o;
	if (!cs_where_match(&o->where, row, c->iwhere))
		return 0;
	c->matched++;
	const char *key = o->by ? row->value[2] : "all";
	size_t len = o->by ? row->len[2] : 3;
	struct pairs *g = cs_groups_get(&c->groups, key, len);
	if (!g)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int64_t a, b;
	int ka = read_amount(c, row, 0, o->a, &a, err);
	if (ka < 0)
		return CS_EXIT_DATA;
	int kb = read_amount(c, row, 1, o->b, &b, err);
	if (kb < 0)
		return CS_EXIT_DATA;
	if (!ka || !kb) {
		g->missing++;
		return 0;
	}
	if (g->n == g->cap) {
		size_t cap = g->cap ? 2 * g->cap : 64;
		int64_t *na = realloc(g->a, cap * sizeof *na);
		if (na)
			g->a = na;
		int64_t *nb = na ? realloc(g->b, cap * sizeof *nb) : NULL;
		if (!nb)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory (%zu rows in one group)", g->n);
		g->b = nb;
		g->cap = cap;
	}
	g->a[g->n] = a;
	g->b[g->n] = b;
	g->n++;
	return 0;
}

/* One data-form row; `base` is the measure a converted row (--rate) was
 * made from, NULL for the others. */
static int add_data_row(struct cs_table *t, const struct disparity_opts *o, const struct cs_disp_group *g,
			const char *measure, const char *base, double est, double lo, double hi,
			const char *method, double conf, const struct row_hide *h, struct cs_err *err)
{
	struct cs_text s = CS_TEXT_INIT;
	if (o->common.explain) {
		struct cs_disp_words w = { o->a, o->b, &o->money, o->common.conf };
		if (base)
			cs_explain_disp_converted(&s, &w, g, base, est);
		else
			cs_explain_disp_row(&s, &w, g, measure, est);
	}
	return add_simple(t, g->label, measure, est, lo, hi, method, conf, o->common.explain ? cs_text_str(&s) : NULL, h, err);
}

static int group_rows(struct cs_table *t, const struct disparity_opts *o, struct cs_disp_group *g,
		      struct cs_err *err)
{
	double conf = o->common.conf;
	int have = g->n > 0;
	/* --min-cell: n, the cases with b > 0 among them (the others implied),
	 * and missing; every total and measure rests on n */
	int64_t kmin = o->common.min_cell;
	enum cs_sup_why wr = CS_SUP_SHOWN, wn = CS_SUP_SHOWN;
	if (kmin > 0 && cs_hide_proportion((int64_t)g->nratios, (int64_t)g->n, kmin, &wr, &wn) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	const char *label = g->by_group ? g->label : NULL;
	const struct cs_hide_count
		c_n[1] = { { COL_EST, wn, "the number of cases", 1 } },
		c_miss[1] = { { COL_EST, cs_hide_why(g->missing, kmin), "the number of rows left out", 1 } },
		c_rn[1] = { { COL_EST, wr, "the number of cases with a documented amount above 0", 1 } },
		on_n[1] = { { -1, wn, "the number of cases", 1 } },
		on_rn[2] = { { -1, wn, "the number of cases", 1 },
			     { -1, wr == CS_SUP_SMALL ? wr : CS_SUP_SHOWN,
			       "the number of cases with a documented amount above 0", 1 } };
	const struct row_hide hn = { kmin, c_n, 1, label }, hmiss = { kmin, c_miss, 1, label },
		hrn = { kmin, c_rn, 1, label }, hon = { kmin, on_n, 1, label }, hq = { kmin, on_rn, 2, label };
	int rc = add_data_row(t, o, g, "n", NULL, (double)g->n, NAN, NAN, "count", NAN, &hn, err);
	if (!rc)
		rc = add_data_row(t, o, g, "missing", NULL, (double)g->missing, NAN, NAN, "count", NAN, &hmiss, err);
	if (!rc)
		rc = add_data_row(t, o, g, "total_a", NULL, have ? cs_money_wide_to_double(g->sa) : NAN,
				  NAN, NAN, "sum", NAN, &hon, err);
	if (!rc)
		rc = add_data_row(t, o, g, "total_b", NULL, have ? cs_money_wide_to_double(g->sb) : NAN,
				  NAN, NAN, "sum", NAN, &hon, err);
	for (size_t k = 0; !rc && k < CS_DISP_NMEASURES; k++) {
		double e = have ? g->est[k] : NAN;
		int ci = have && g->boot_status == CS_OK && !isnan(e);
		rc = add_data_row(t, o, g, cs_disparity_measures[k].name, NULL, e, ci ? g->boot.lower[k] : NAN,
				  ci ? g->boot.upper[k] : NAN, METHOD_BOOT, ci ? conf : NAN, &hon, err);
	}
	if (!rc)
		rc = add_data_row(t, o, g, "row_ratio_n", NULL, (double)g->nratios, NAN, NAN, "count", NAN, &hrn, err);
	static const char *const rq[3] = { "row_ratio_q1", "row_ratio_median", "row_ratio_q3" };
	for (int k = 0; !rc && k < 3; k++)
		rc = add_data_row(t, o, g, rq[k], NULL, g->nratios ? g->rq[k] : NAN, NAN, NAN,
				  METHOD_ROWQ, NAN, &hq, err);
	if (!rc && o->money.rate > 0) {
		const struct cs_money_opts *m = &o->money;
		char name[64];
		double r = m->rate;
		snprintf(name, sizeof name, "total_a%s", m->rate_suffix);
		rc = add_data_row(t, o, g, name, "total_a", have ? cs_money_wide_to_double(g->sa) / r : NAN,
				  NAN, NAN, "sum", NAN, &hon, err);
		snprintf(name, sizeof name, "total_b%s", m->rate_suffix);
		if (!rc)
			rc = add_data_row(t, o, g, name, "total_b",
					  have ? cs_money_wide_to_double(g->sb) / r : NAN, NAN, NAN, "sum", NAN, &hon, err);
		snprintf(name, sizeof name, "gap%s", m->rate_suffix);
		int ci = have && g->boot_status == CS_OK;
		if (!rc)
			rc = add_data_row(t, o, g, name, "gap", have ? g->est[CS_DISP_GAP] / r : NAN,
					  ci ? g->boot.lower[CS_DISP_GAP] / r : NAN,
					  ci ? g->boot.upper[CS_DISP_GAP] / r : NAN, METHOD_BOOT, ci ? conf : NAN, &hon, err);
	}
	return rc;
}

static int analyse(const struct disparity_opts *o, struct pairs *p, gsl_rng *rng, struct cs_disp_group *g,
		   struct cs_err *err)
{
	g->n = p->n;
	g->missing = p->missing;
	g->boot_status = -1;
	if (p->n == 0)
		return 0;
	for (size_t i = 0; i < p->n; i++) {
		g->sa += p->a[i];   /* at most 2^32 rows of at most 2^63: fits 128 bits */
		g->sb += p->b[i];
	}
	cs_disparity_all(g->sa, g->sb, g->est);
	double *ratios = malloc(p->n * sizeof *ratios);
	if (!ratios)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	cs_disparity_row_ratios(p->a, p->b, p->n, ratios, &g->nratios);
	const struct cs_quantile_type *t7 = cs_quantile_type_find(7);
	for (int k = 0; k < 3 && g->nratios; k++)
		cs_quantile_double(ratios, g->nratios, 0.25 * (k + 1), t7, &g->rq[k]);
	free(ratios);
	if (o->money.boot > 0) {
		char what[160];
		snprintf(what, sizeof what, "bootstrap of the totals%s%.100s%s", g->by_group ? " for '" : "",
			 g->by_group ? g->label : "", g->by_group ? "'" : "");
		struct cs_boot_progress pr;
		cs_boot_progress_start(&pr, what);
		gsl_rng_set(rng, o->money.seed);
		struct cs_boot b = { o->money.boot, o->common.conf, rng, cs_boot_progress_update, &pr };
		g->boot_status = cs_disparity_bootstrap(p->a, p->b, p->n, &b, &g->boot);
		cs_boot_progress_end(&pr);
		if (g->boot_status == CS_ENOMEM)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory (%zu bootstrap resamples)", o->money.boot);
		if (g->boot_status != CS_OK && g->boot_status != CS_EUNDEF)
			return cs_err_set(err, CS_EXIT_DATA, "bootstrap failed for group '%s': %s", g->label,
					  cs_strerror(g->boot_status));
	}
	return 0;
}

static int run_file(const struct disparity_opts *o, const char *path, struct cs_table *t, struct cs_err *err)
{
	struct reader_ctx c;
	memset(&c, 0, sizeof c);
	c.o = o;
	c.name = cs_input_name(path);
	cs_groups_init(&c.groups, sizeof(struct pairs));
	const char *want[] = { o->a, o->b, o->by };
	size_t nc;
	const char **cols = cs_rows_columns(want, 3, &o->where, &nc, &c.iwhere);
	if (!cols)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	unsigned long nrows = 0;
	int rc = cs_csv_read(path, cols, nc, on_row, &c, &nrows, err);
	free(cols);
	if (!rc)
		rc = cs_rows_check(c.name, nrows, c.matched, err);
	gsl_rng *rng = NULL;
	size_t *order = NULL;
	if (!rc && (!(rng = cs_money_rng()) || !(order = cs_groups_sorted(&c.groups))))
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t k = 0; !rc && k < c.groups.n; k++) {
		size_t i = order[k];
		struct cs_disp_group g;
		memset(&g, 0, sizeof g);
		g.label = c.groups.key[i];
		g.by_group = o->by != NULL;
		g.decimals = c.decimals;
		rc = analyse(o, cs_groups_value(&c.groups, i), rng, &g, err);
		if (!rc)
			rc = group_rows(t, o, &g, err);
	}
	free(order);
	if (rng)
		gsl_rng_free(rng);
	for (size_t i = 0; i < c.groups.n; i++) {
		struct pairs *p = cs_groups_value(&c.groups, i);
		free(p->a);
		free(p->b);
	}
	cs_groups_free(&c.groups);
	return rc;
}

/* ---- the chart --------------------------------------------------------- */

static int write_disparity(FILE *fp, const struct cs_gp_out *g, const void *chart)
{
	return cs_chart_disparity_write(fp, g, chart);
}

static double table_value(const struct cs_table *t, size_t r, size_t c)
{
	const struct cs_cell *cell = &t->cells[r * t->ncols + c];
	return cell->kind == CS_CELL_REAL ? cell->d : cell->kind == CS_CELL_INT ? (double)cell->i : NAN;
}

/* --plot: one pair of bars per pair of amounts (calculator: each step of
 * the chain and first against last) or per group (data: the two totals,
 * with the bootstrap interval of their ratio). */
static int plot(const struct disparity_opts *o, const struct cs_args *a, const struct cs_table *t,
		const struct cs_plot_target *pt, struct cs_err *err)
{
	struct cs_chart_disparity_row rows[MAXVALUES + 64];
	char labels[MAXVALUES][140];
	size_t n = 0;
	if (!o->a) {
		struct named v[MAXVALUES];
		size_t nv = (size_t)a->noperands;
		for (size_t k = 0; k < nv; k++)
			if (parse_named(a->operands[k], &o->money, k, &v[k], err) != 0)
				return err->code;
		for (size_t k = 0; k + 1 < nv || (nv > 2 && k + 1 == nv); k++) {
			const struct named *x = &v[k + 1 < nv ? k : 0], *y = &v[k + 1 < nv ? k + 1 : nv - 1];
			snprintf(labels[n], sizeof labels[n], "%.63s vs %.63s", x->name, y->name);
			rows[n] = (struct cs_chart_disparity_row){ labels[n], cs_money_to_double(x->v),
								   cs_money_to_double(y->v), NAN, NAN, 0 };
			n++;
		}
		struct cs_chart_disparity c = { "Amounts compared, pair by pair", "first amount", "second amount", o->money.currency,
						o->common.conf, NULL, n, rows };
		return cs_plot_write(pt, write_disparity, &c, err);
	}
	for (size_t r = 0; r < t->nrows && n < sizeof rows / sizeof rows[0]; r++) {
		const char *group = t->cells[r * t->ncols + COL_GROUP].text;
		const char *measure = t->cells[r * t->ncols + COL_MEASURE].text;
		if (!group || !measure)
			continue;
		if (n == 0 || strcmp(rows[n - 1].label, group) != 0)
			rows[n++] = (struct cs_chart_disparity_row){ group, NAN, NAN, NAN, NAN, 0 };
		struct cs_chart_disparity_row *row = &rows[n - 1];
		if (strcmp(measure, "n") == 0)
			row->suppressed = t->cells[r * t->ncols + COL_EST].kind == CS_CELL_HIDDEN;
		else if (strcmp(measure, "total_a") == 0)
			row->a = table_value(t, r, COL_EST);
		else if (strcmp(measure, "total_b") == 0)
			row->b = table_value(t, r, COL_EST);
		else if (strcmp(measure, "ratio") == 0) {
			row->ratio_lower = table_value(t, r, COL_LO);
			row->ratio_upper = table_value(t, r, COL_HI);
		}
	}
	struct cs_chart_disparity c = { NULL, o->a, o->b, o->money.currency, o->common.conf,
					"percentile bootstrap over rows", n, rows };
	return cs_plot_write(pt, write_disparity, &c, err);
}

static int check_usage(const struct disparity_opts *o, const struct cs_args *a, struct cs_err *err)
{
	int data = o->a || o->b;
	if (data && !(o->a && o->b))
		return cs_err_usage(err, "disparity", "--a and --b go together");
	if (!data && (o->by || o->where.n))
		return cs_err_usage(err, "disparity", "--by and --where need a FILE with --a COL and --b COL");
	if (data && a->noperands != 1)
		return cs_err_usage(err, "disparity", a->noperands ? "give one input FILE (or - for standard input)"
				    : "missing input FILE (or - for standard input)");
	if (!data && a->noperands < 2)
		return cs_err_usage(err, "disparity", a->noperands
				    ? "give two amounts or more (alleged, documented), or a FILE with --a COL and --b COL"
				    : "nothing to do: give two amounts (e.g. 2000000 23000) or a FILE with --a and --b");
	return 0;
}

int cmd_disparity(int argc, char **argv, struct cs_err *err)
{
	struct disparity_opts o;
	memset(&o, 0, sizeof o);
	cs_common_init(&o.common);
	cs_money_opts_init(&o.money);

	if (cs_args_wants_help(argc, argv)) {
		help();
		return 0;
	}
	struct cs_args a;
	int rc = cs_args_init(&a, "disparity", cmd_disparity_options, argc, argv, err);
	if (rc)
		return rc;
	int key;
	while (!rc && (key = cs_common_next(&a, &o.common, err)) != 0) {
		int k = key < 0 ? -1 : cs_money_option(&o.money, &a, key, err);
		if (k < 0) {
			rc = CS_EXIT_USAGE;
			break;
		}
		if (k > 0)
			continue;
		switch (key) {
		case OPT_A: o.a = a.value; break;
		case OPT_B: o.b = a.value; break;
		case OPT_BY: o.by = a.value; break;
		case OPT_WHERE: rc = cs_where_add(&o.where, a.value, "disparity", err); break;
		}
	}
	if (!rc && o.common.help) {
		help();
		goto out;
	}
	if (!rc)
		rc = check_usage(&o, &a, err);
	struct cs_plot_target pt = { 0 };
	if (!rc && o.common.plot)
		rc = cs_plot_target_init(&pt, o.common.plot, "disparity", err);
	struct cs_table t;
	cs_table_init(&t, columns, cs_hide_ncols(o.common.min_cell, NCOLS));
	if (!rc && o.a)
		rc = run_file(&o, a.operands[0], &t, err);
	else if (!rc)
		rc = run_calculator(&o, &a, &t, err);
	if (!rc)
		rc = cs_common_emit(&o.common, &t, err);
	if (!rc && o.common.plot)
		rc = plot(&o, &a, &t, &pt, err);
	cs_plot_target_free(&pt);
	cs_table_free(&t);
out:
	cs_args_free(&a);
	cs_wheres_free(&o.where);
	return rc;
}
