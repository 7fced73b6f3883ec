/* cmd_amounts.c - casestat amounts: how much money, per group.
 *
 *   casestat amounts FILE --value COL [--by COL] [--where COL=VALUE]...
 *
 * Memory holds the amounts of the value column only, one 8-byte integer
 * per non-empty cell, in a growable array per group (quantiles need them
 * all); everything else streams. */
#include "cli/frame/commands.h"
#include "cli/frame/common.h"
#include "cli/frame/plot.h"
#include "plots/chart_amounts.h"
#include "cli/io/dataset.h"
#include "cli/frame/explain.h"
#include "cli/core/groups.h"
#include "cli/frame/moneyopts.h"
#include "cli/frame/rowsel.h"
#include "cli/frame/suppress_out.h"
#include "cli/core/values.h"
#include "analysis/amounts.h"
#include "analysis/status.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_VALUE = CS_OPT_FIRST_OWN, OPT_BY, OPT_WHERE, OPT_QUANTILES, OPT_QTYPE };

const struct cs_option cmd_amounts_options[] = {
	{ OPT_VALUE, "value", 0, "COL", "the column of amounts (required)" },
	{ OPT_BY, "by", 0, "COL", "one row per value of COL" },
	{ OPT_WHERE, "where", 0, "COL=VALUE", "use only rows whose COL equals VALUE (repeatable)" },
	{ OPT_QUANTILES, "quantiles", 0, "P,P,...", "extra quantiles, e.g. 0.1,0.9 (columns p10,p90)" },
	{ OPT_QTYPE, "quantile-type", 0, "T", "quantile definition 1-9 as R's quantile() (default 7)", "7" },
	CS_BOOT_OPTIONS,
	CS_MONEY_OPTIONS,
	/* one reading thread: the rows stay in file order (--threads would
	 * not change any result here, but is not offered yet) */
	{ CS_OPT_PROGRESS, "progress", 0, NULL, "show reading progress on stderr even when it is not a terminal" },
	CS_PLOT_OPTION,
	CS_MIN_CELL_OPTION,
	CS_COMMON_OPTIONS,
	{ 0, NULL, 0, NULL, NULL }
};

/* The fixed columns, in the order of issue 4. */
enum {
	COL_GROUP, COL_N, COL_MISSING, COL_SUM, COL_MEAN, COL_SD, COL_MIN, COL_Q1, COL_MEDIAN, COL_Q3,
	COL_MAX, COL_MEAN_LO, COL_MEAN_HI, COL_MED_LO, COL_MED_HI, COL_CURRENCY, NFIXED
};
static const char *const fixed_names[NFIXED] = {
	"group", "n", "missing", "sum", "mean", "sd", "min", "q1", "median", "q3", "max",
	"mean_lower", "mean_upper", "median_lower", "median_upper", "currency"
};
/* The money columns, which --rate converts (in this order, then the extra quantiles). */
static const int money_cols[] = {
	COL_SUM, COL_MEAN, COL_SD, COL_MIN, COL_Q1, COL_MEDIAN, COL_Q3, COL_MAX,
	COL_MEAN_LO, COL_MEAN_HI, COL_MED_LO, COL_MED_HI
};
#define NMONEY (sizeof money_cols / sizeof money_cols[0])
#define MAXQ 32

static void help(void)
{
	printf("Usage: casestat amounts FILE --value COL [--by COL] [--where COL=VALUE]... [OPTIONS]\n"
	       "How much money: count, total, mean, spread and quantiles of a column of\n"
	       "amounts, with a t interval for the mean and a bootstrap interval for the median.\n"
	       "\n"
	       "FILE is a CSV file with a header row, or - for standard input.  Amounts are\n"
	       "decimal text: digits, an optional '.' and at most 4 decimals, an optional\n"
	       "leading '-' (23000, 16000.50, -12.5).  With --thousands ' ' or --thousands ','\n"
	       "a separator may stand between groups of three digits (23 000, 1,234,567.50;\n"
	       "' ' also accepts the no-break spaces U+00A0 and U+202F; with ',' the CSV\n"
	       "field must be quoted: \"1,234\").  Exponents (1e5), nan, inf, decimal\n"
	       "commas (12,5) and currency signs are errors naming file, line and field.\n"
	       "Empty cells are missing: counted in 'missing', left out of everything else.\n"
	       "Sums are exact to 0.0001 (integer arithmetic); amounts must lie within\n"
	       "+/-922,337,203,685,477.\n"
	       "\n"
	       "Options:\n");
	cs_args_print(stdout, cmd_amounts_options);
	printf("\nQuantile types (--quantile-type, Hyndman & Fan 1996, as R's quantile()):\n");
	for (size_t i = 0; i < cs_quantile_ntypes; i++)
		printf("  %d  %s%s\n", cs_quantile_types[i].type, cs_quantile_types[i].title,
		       cs_quantile_types[i].type == CS_QUANTILE_DEFAULT_TYPE ? " (default)" : "");
	printf("\nOutput columns: group,n,missing,sum,mean,sd,min,q1,median,q3,max,\n"
	       "  mean_lower,mean_upper,median_lower,median_upper,currency\n"
	       "then one column pNN per --quantiles value (p10 for 0.1, p2.5 for 0.025),\n"
	       "then, with --rate, every money column again converted, named with the code:\n"
	       "sum_usd,mean_usd,sd_usd,min_usd,q1_usd,median_usd,q3_usd,max_usd,mean_lower_usd,\n"
	       "mean_upper_usd,median_lower_usd,median_upper_usd and p10_usd ...\n"
	       "and, with --min-cell, a last column suppressed (true when a value is hidden).\n"
	       "\n"
	       "--min-cell K: a group with 1 to K-1 amounts has n printed as <K and every\n"
	       "statistic left empty (the mean, median or sum of 3 people reveals them);\n"
	       "groups of K or more keep everything, sums included.  missing is hidden\n"
	       "when it is from 1 to K-1.\n"
	       "\n"
	       "The mean interval is mean +- t(1 - alpha/2; n - 1) sd / sqrt(n).  The median\n"
	       "interval is the percentile bootstrap: B resamples of the group's amounts\n"
	       "(MT19937, seeded with --seed for every group, so runs repeat byte for byte).\n"
	       "With one amount, sd and both intervals are empty; a group with no amounts\n"
	       "has only n and missing.  Memory: 8 bytes per amount.\n"
	       "\n"
	       "Examples:\n"
	       "  casestat amounts cases.csv --value amount --currency KZT --explain\n"
	       "  casestat amounts cases.csv --value amount --by region --quantiles 0.1,0.9\n"
	       "  casestat amounts cases.csv --value amount --thousands ' ' --rate 460\n"
	       "\n"
	       "Exit status: 0 success, 1 bad data, 2 bad usage, 3 a file cannot be read or written.\n"
	       "Full documentation: man casestat\n");
}

struct amounts_opts {
	struct cs_common common;
	struct cs_money_opts money;
	const char *value, *by;
	struct cs_wheres where;
	double q[MAXQ];
	size_t nq;
	const struct cs_quantile_type *qtype;
};

/* The amounts of one group: a growable array, 8 bytes per amount. */
struct amounts_group {
	int64_t *v;
	size_t n, cap;
	int64_t missing;
};

struct reader_ctx {
	const struct amounts_opts *o;
	const char *name;
	struct cs_groups groups;
	size_t iwhere;
	unsigned long matched;
	int decimals;          /* most decimals written in any amount */
};

static int on_row(void *vctx, const struct cs_row *row, struct cs_err *err)
{
	struct reader_ctx *c = vctx;
	const struct amounts_opts *o = c->o;
	if (!cs_where_match(&o->where, row, c->iwhere))
		return 0;
	c->matched++;
	const char *key = o->by ? row->value[1] : "all";
	size_t len = o->by ? row->len[1] : 3;
	struct amounts_group *g = cs_groups_get(&c->groups, key, len);
	if (!g)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int64_t v;
	int dec;
	int k = cs_money_cell(&o->money, row, 0, o->value, c->name, &v, &dec, err);
	if (k < 0)
		return CS_EXIT_DATA;
	if (k == 0) {
		g->missing++;
		return 0;
	}
	if (dec > c->decimals)
		c->decimals = dec;
	if (g->n == g->cap) {
		size_t cap = g->cap ? 2 * g->cap : 64;
		int64_t *nv = realloc(g->v, cap * sizeof *nv);
		if (!nv)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory (%zu amounts in one group)", g->n);
		g->v = nv;
		g->cap = cap;
	}
	g->v[g->n++] = v;
	return 0;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* ---- the result table ------------------------------------------------ */

struct layout {
	struct cs_column *cols;
	size_t ncols;
	size_t first_q;        /* first --quantiles column */
	size_t first_conv;     /* first converted column, or 0 */
	char **names;          /* owned names of the extra columns */
	size_t nnames;
};

static void layout_free(struct layout *l)
{
	for (size_t i = 0; i < l->nnames; i++)
		free(l->names[i]);
	free(l->names);
	free(l->cols);
	memset(l, 0, sizeof *l);
}

static const char *human_format(int decimals)
{
	static const char *const f[] = { "%.2f", "%.2f", "%.2f", "%.3f", "%.4f" };
	return f[decimals < 0 ? 0 : decimals > 4 ? 4 : decimals];
}

static void quantile_name(char *buf, size_t size, double p)
{
	snprintf(buf, size, "p%.6g", 100.0 * p);
}

static int build_layout(struct layout *l, const struct amounts_opts *o, int decimals)
{
	memset(l, 0, sizeof *l);
	size_t nmoney = NMONEY + o->nq;
	l->ncols = cs_hide_ncols(o->common.min_cell, NFIXED + o->nq + (o->money.rate > 0 ? nmoney : 0));
	l->cols = calloc(l->ncols, sizeof *l->cols);
	l->names = calloc(2 * nmoney, sizeof *l->names);
	if (!l->cols || !l->names)
		return -1;
	const char *hf = human_format(decimals);
	for (size_t i = 0; i < NFIXED; i++) {
		l->cols[i].name = fixed_names[i];
		l->cols[i].type = i == COL_GROUP || i == COL_CURRENCY ? CS_COL_TEXT
				: i == COL_N || i == COL_MISSING ? CS_COL_INT : CS_COL_REAL;
		l->cols[i].human = l->cols[i].type == CS_COL_REAL ? hf : NULL;
	}
	l->first_q = NFIXED;
	char buf[64];
	for (size_t k = 0; k < o->nq; k++) {
		quantile_name(buf, sizeof buf, o->q[k]);
		if (!(l->names[l->nnames] = strdup(buf)))
			return -1;
		l->cols[NFIXED + k] = (struct cs_column){ l->names[l->nnames++], CS_COL_REAL, hf };
	}
	if (o->money.rate > 0) {
		l->first_conv = NFIXED + o->nq;
		for (size_t k = 0; k < nmoney; k++) {
			const char *base = k < NMONEY ? fixed_names[money_cols[k]] : l->cols[NFIXED + k - NMONEY].name;
			snprintf(buf, sizeof buf, "%s%s", base, o->money.rate_suffix);
			if (!(l->names[l->nnames] = strdup(buf)))
				return -1;
			l->cols[l->first_conv + k] = (struct cs_column){ l->names[l->nnames++], CS_COL_REAL, "%.2f" };
		}
	}
	if (o->common.min_cell > 0)
		l->cols[l->ncols - 1] = (struct cs_column)CS_SUPPRESSED_COLUMN;
	return 0;
}

/* Everything computed for one group, in units. */
struct summary {
	const char *label;
	int by_group;
	size_t n;
	int64_t missing;
	struct cs_amount_stats st;
	double q1, median, q3, med_lo, med_hi;
	double extra[MAXQ];
	int boot_status;       /* CS_OK, CS_EUNDEF (n < 2) or -1 (--boot 0) */
	int decimals;
};

static void explain_row(struct cs_text *t, const struct amounts_opts *o, const struct summary *s)
{
	const struct cs_money_opts *m = &o->money;
	char a[96], b[96], c[96], d[96], cf[32], ns[32], ms[32];
	int dec = s->decimals;
	cs_fmt_count(ns, sizeof ns, (int64_t)s->n);
	cs_fmt_count(ms, sizeof ms, s->missing);
	cs_fmt_conf(cf, sizeof cf, o->common.conf);

	if (s->by_group)
		cs_text_add(t, "%s: ", s->label[0] ? s->label : "(empty)");
	if (s->n == 0) {
		cs_text_add(t, "no amounts");
		if (s->missing)
			cs_text_add(t, " (%s empty)", ms);
		cs_text_add(t, ", so there is nothing to summarise.");
		return;
	}
	char sum[96];
	cs_money_format(sum, sizeof sum, s->st.sum, dec, ',');
	cs_text_add(t, "%s %s adding up to %s%s%s", ns, s->n == 1 ? "amount" : "amounts", sum,
		    m->currency ? " " : "", m->currency ? m->currency : "");
	if (m->rate > 0) {
		struct cs_money_opts plain = *m;
		plain.currency = NULL;
		cs_fmt_money(a, sizeof a, &plain, cs_money_wide_to_double(s->st.sum) / m->rate, 2);
		cs_fmt_money(b, sizeof b, &plain, m->rate, cs_money_show_decimals(m->rate, 0));
		cs_text_add(t, " (%s %s at %s%s%s per %s)", a, m->rate_code, b, m->currency ? " " : "",
			    m->currency ? m->currency : "", m->rate_code);
	}
	cs_text_add(t, ".");
	if (s->n == 1) {
		cs_text_add(t, " With a single amount there is no spread: the standard deviation and both"
			    " ranges are undefined.");
	} else {
		cs_fmt_money(a, sizeof a, m, s->st.mean, cs_money_show_decimals(s->st.mean, dec));
		cs_fmt_money(b, sizeof b, NULL, s->st.mean_lower, cs_money_show_decimals(s->st.mean_lower, dec));
		cs_fmt_money(c, sizeof c, m, s->st.mean_upper, cs_money_show_decimals(s->st.mean_upper, dec));
		cs_text_add(t, " The mean is %s; with %s confidence the underlying mean lies between %s and %s"
			    " (t interval).", a, cf, b, c);
		cs_fmt_money(a, sizeof a, m, s->median, cs_money_show_decimals(s->median, dec));
		cs_text_add(t, " The median is %s", a);
		if (s->boot_status == CS_OK) {
			char bs[32];
			cs_fmt_count(bs, sizeof bs, (int64_t)o->money.boot);
			cs_fmt_money(b, sizeof b, NULL, s->med_lo, cs_money_show_decimals(s->med_lo, dec));
			cs_fmt_money(c, sizeof c, m, s->med_hi, cs_money_show_decimals(s->med_hi, dec));
			cs_text_add(t, "; with %s confidence between %s and %s (percentile bootstrap, %s"
				    " resamples, seed %lu).", cf, b, c, bs, o->money.seed);
		} else {
			cs_text_add(t, " (no interval: --boot 0).");
		}
	}
	cs_fmt_money(a, sizeof a, NULL, s->q1, cs_money_show_decimals(s->q1, dec));
	cs_fmt_money(b, sizeof b, m, s->q3, cs_money_show_decimals(s->q3, dec));
	cs_fmt_money(c, sizeof c, m, s->st.min, cs_money_show_decimals(s->st.min, dec));
	cs_fmt_money(d, sizeof d, m, s->st.max, cs_money_show_decimals(s->st.max, dec));
	if (s->n > 1)
		cs_text_add(t, " Half of the amounts lie between %s and %s; the smallest is %s and the"
			    " largest %s.", a, b, c, d);
	if (o->qtype->type != CS_QUANTILE_DEFAULT_TYPE)
		cs_text_add(t, " Quantiles follow definition %d of Hyndman and Fan (%s).", o->qtype->type,
			    o->qtype->title);
	if (s->n > 1 && s->st.min >= 0 && s->st.mean_lower < 0)
		cs_text_add(t, " The range for the mean reaches below zero, which these amounts never do:"
			    " the t interval assumes roughly symmetric amounts and is unreliable here.");
	if (s->n > 1 && s->median > 0 && s->st.mean > 1.5 * s->median)
		cs_text_add(t, " The mean is well above the median: a few large amounts pull it up, so the"
			    " median describes a typical amount better.");
	if (s->n > 1 && s->n < 10)
		cs_text_add(t, " Caution: with only %s amounts these ranges are rough.", ns);
	if (s->missing)
		cs_text_add(t, " %s %s with an empty amount %s left out.", ms, s->missing == 1 ? "row" : "rows",
			    s->missing == 1 ? "was" : "were");
}

static int add_row(struct cs_table *t, const struct layout *l, const struct amounts_opts *o,
		   const struct summary *s, struct cs_err *err)
{
	long r = cs_table_add_row(t);
	/* no --currency: an empty cell (null in JSON) */
	if (r < 0 || cs_table_text(t, (size_t)r, COL_GROUP, s->label) != 0 ||
	    (o->money.currency && cs_table_text(t, (size_t)r, COL_CURRENCY, o->money.currency) != 0))
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	size_t row = (size_t)r;
	cs_table_int(t, row, COL_N, (int64_t)s->n);
	cs_table_int(t, row, COL_MISSING, s->missing);
	if (s->n > 0) {
		double v[NFIXED];
		for (size_t i = 0; i < NFIXED; i++)
			v[i] = NAN;
		v[COL_SUM] = cs_money_wide_to_double(s->st.sum);
		v[COL_MEAN] = s->st.mean;
		v[COL_SD] = s->st.sd;
		v[COL_MIN] = s->st.min;
		v[COL_Q1] = s->q1;
		v[COL_MEDIAN] = s->median;
		v[COL_Q3] = s->q3;
		v[COL_MAX] = s->st.max;
		v[COL_MEAN_LO] = s->st.mean_lower;
		v[COL_MEAN_HI] = s->st.mean_upper;
		v[COL_MED_LO] = s->boot_status == CS_OK ? s->med_lo : NAN;
		v[COL_MED_HI] = s->boot_status == CS_OK ? s->med_hi : NAN;
		for (size_t i = COL_SUM; i <= COL_MED_HI; i++)
			cs_table_real(t, row, i, v[i]);
		for (size_t k = 0; k < o->nq; k++)
			cs_table_real(t, row, l->first_q + k, s->extra[k]);
		if (o->money.rate > 0) {
			for (size_t k = 0; k < NMONEY; k++)
				cs_table_real(t, row, l->first_conv + k, v[money_cols[k]] / o->money.rate);
			for (size_t k = 0; k < o->nq; k++)
				cs_table_real(t, row, l->first_conv + NMONEY + k, s->extra[k] / o->money.rate);
		}
	}
	int64_t k = o->common.min_cell;
	const struct cs_hide_count hc[2] = {
		{ COL_N, cs_hide_why((int64_t)s->n, k), "the number of amounts", 1 },
		{ COL_MISSING, cs_hide_why(s->missing, k), "the number of rows with an empty amount", 0 },
	};
	if (o->common.explain) {
		struct cs_text text = CS_TEXT_INIT;
		struct summary told = *s;
		if (hc[1].why != CS_SUP_SHOWN)
			told.missing = 0;      /* cs_hide_row says why */
		explain_row(&text, o, &told);
		if (cs_table_explain(t, row, cs_text_str(&text)) != 0)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	/* every number of the row but n and missing rests on the amounts */
	size_t est[NFIXED + 3 * MAXQ + NMONEY], nest = 0;
	for (size_t c = 0; c + (k > 0) < t->ncols; c++)
		if (t->cols[c].type == CS_COL_REAL)
			est[nest++] = c;
	if (cs_hide_row(t, row, k, hc, 2, est, nest, "the sum, mean, spread and quantiles",
			s->by_group ? s->label : NULL, o->common.explain) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	return 0;
}

static int summarise(const struct amounts_opts *o, struct amounts_group *g, gsl_rng *rng,
		     struct summary *s, struct cs_err *err)
{
	s->n = g->n;
	s->missing = g->missing;
	s->boot_status = -1;
	if (g->n == 0)
		return 0;
	qsort(g->v, g->n, sizeof *g->v, cmp_i64);
	int st = cs_amounts_stats(g->v, g->n, o->common.conf, &s->st);
	if (st == CS_ERANGE)
		return cs_err_set(err, CS_EXIT_DATA, "the amounts of group '%s' add up to more than can be held", s->label);
	if (st != CS_OK)
		return cs_err_set(err, CS_EXIT_DATA, "cannot summarise group '%s': %s", s->label, cs_strerror(st));
	cs_quantile_money(g->v, g->n, 0.25, o->qtype, &s->q1);
	cs_quantile_money(g->v, g->n, 0.5, o->qtype, &s->median);
	cs_quantile_money(g->v, g->n, 0.75, o->qtype, &s->q3);
	for (size_t k = 0; k < o->nq; k++)
		cs_quantile_money(g->v, g->n, o->q[k], o->qtype, &s->extra[k]);
	if (o->money.boot > 0) {
		char what[160];
		snprintf(what, sizeof what, "bootstrap of the median%s%.100s%s", s->by_group ? " for '" : "",
			 s->by_group ? s->label : "", s->by_group ? "'" : "");
		struct cs_boot_progress pr;
		cs_boot_progress_start(&pr, what);
		gsl_rng_set(rng, o->money.seed);
		struct cs_boot b = { o->money.boot, o->common.conf, rng, cs_boot_progress_update, &pr };
		s->boot_status = cs_amounts_boot_quantile(g->v, g->n, 0.5, o->qtype, &b, &s->med_lo, &s->med_hi);
		cs_boot_progress_end(&pr);
		if (s->boot_status == CS_ENOMEM)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory (%zu bootstrap resamples)", o->money.boot);
		if (s->boot_status != CS_OK && s->boot_status != CS_EUNDEF)
			return cs_err_set(err, CS_EXIT_DATA, "bootstrap failed for group '%s': %s", s->label,
					  cs_strerror(s->boot_status));
	}
	return 0;
}

static int write_amounts(FILE *fp, const struct cs_gp_out *g, const void *chart)
{
	return cs_chart_amounts_write(fp, g, chart);
}

/* --plot: a strip of every amount when each group has few, else boxes. */
static int plot_groups(const struct amounts_opts *o, const struct cs_plot_target *pt,
		       const struct summary *sums, struct amounts_group *const *groups, size_t k,
		       struct cs_err *err)
{
	struct cs_chart_amount_group *cg = calloc(k ? k : 1, sizeof *cg);
	if (!cg)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int rc = 0;
	size_t drawn = 0;
	for (size_t i = 0; !rc && i < k; i++) {
		const struct summary *s = &sums[i];
		if (s->n == 0)
			continue;     /* no amounts, nothing to draw */
		struct cs_chart_amount_group *c = &cg[drawn++];
		c->label = s->label;
		if (cs_hide_why((int64_t)s->n, o->common.min_cell) != CS_SUP_SHOWN) {
			/* a small group: marked, nothing of it drawn */
			c->suppressed = 1;
			c->min = c->q1 = c->median = c->q3 = c->max = c->mean = NAN;
			continue;
		}
		c->n = s->n;
		c->min = s->st.min, c->max = s->st.max, c->mean = s->st.mean;
		c->q1 = s->q1, c->median = s->median, c->q3 = s->q3;
		if (s->n <= CS_AMOUNTS_STRIP_MAX) {
			double *v = malloc(s->n * sizeof *v);
			if (!v) {
				rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
				break;
			}
			for (size_t j = 0; j < s->n; j++)
				v[j] = cs_money_to_double(groups[i]->v[j]);
			c->values = v;
		}
	}
	if (!rc) {
		char title[320];
		snprintf(title, sizeof title, "Amounts in %s%s%s", o->value, o->by ? " by " : "", o->by ? o->by : "");
		int k = o->common.min_cell > 0 && o->common.min_cell < 1000000000 ? (int)o->common.min_cell : 0;
		struct cs_chart_amounts ch = { title, o->value, o->money.currency, CS_AMOUNTS_AUTO, k, drawn, cg };
		rc = cs_plot_write(pt, write_amounts, &ch, err);
	}
	for (size_t i = 0; i < drawn; i++)
		free((double *)cg[i].values);
	free(cg);
	return rc;
}

static int run_file(const struct amounts_opts *o, const char *path, const struct cs_plot_target *pt,
		    struct cs_err *err)
{
	struct reader_ctx c;
	memset(&c, 0, sizeof c);
	c.o = o;
	c.name = cs_input_name(path);
	cs_groups_init(&c.groups, sizeof(struct amounts_group));

	const char *want[] = { o->value, o->by };
	size_t nc;
	const char **cols = cs_rows_columns(want, 2, &o->where, &nc, &c.iwhere);
	if (!cols)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");

	unsigned long nrows = 0;
	int rc = cs_csv_read(path, cols, nc, on_row, &c, &nrows, err);
	free(cols);
	if (!rc)
		rc = cs_rows_check(c.name, nrows, c.matched, err);

	struct layout l;
	memset(&l, 0, sizeof l);
	struct cs_table t;
	memset(&t, 0, sizeof t);
	gsl_rng *rng = NULL;
	size_t *order = NULL;
	if (!rc && (build_layout(&l, o, c.decimals) != 0 || !(rng = cs_money_rng()) ||
		    !(order = cs_groups_sorted(&c.groups))))
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (!rc)
		cs_table_init(&t, l.cols, l.ncols);
	struct summary *sums = rc ? NULL : calloc(c.groups.n ? c.groups.n : 1, sizeof *sums);
	struct amounts_group **gs = rc ? NULL : calloc(c.groups.n ? c.groups.n : 1, sizeof *gs);
	if (!rc && (!sums || !gs))
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t k = 0; !rc && k < c.groups.n; k++) {
		size_t i = order[k];
		struct summary *s = &sums[k];
		s->label = c.groups.key[i];
		s->by_group = o->by != NULL;
		s->decimals = c.decimals;
		gs[k] = cs_groups_value(&c.groups, i);
		rc = summarise(o, gs[k], rng, s, err);
		if (!rc)
			rc = add_row(&t, &l, o, s, err);
	}
	if (!rc)
		rc = cs_common_emit(&o->common, &t, err);
	if (!rc && pt)
		rc = plot_groups(o, pt, sums, gs, c.groups.n, err);
	free(sums);
	free(gs);
	if (l.cols)
		cs_table_free(&t);
	free(order);
	if (rng)
		gsl_rng_free(rng);
	for (size_t i = 0; i < c.groups.n; i++)
		free(((struct amounts_group *)cs_groups_value(&c.groups, i))->v);
	cs_groups_free(&c.groups);
	layout_free(&l);
	return rc;
}

static int parse_quantiles(struct amounts_opts *o, const char *spec, struct cs_err *err)
{
	char buf[1024];
	if (strlen(spec) >= sizeof buf)
		return cs_err_usage(err, "amounts", "--quantiles is too long");
	strcpy(buf, spec);
	o->nq = 0;
	char *save = NULL;
	for (char *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		double p;
		if (o->nq == MAXQ)
			return cs_err_usage(err, "amounts", "--quantiles takes at most %d values", MAXQ);
		if (cs_parse_real(tok, &p) != 0 || !(p >= 0.0 && p <= 1.0))
			return cs_err_usage(err, "amounts", "invalid --quantiles value '%s': give probabilities "
					    "from 0 to 1, e.g. 0.1,0.9", tok);
		o->q[o->nq++] = p;
	}
	if (o->nq == 0)
		return cs_err_usage(err, "amounts", "invalid --quantiles '%s': give probabilities from 0 to 1, "
				    "e.g. 0.1,0.9", spec);
	return 0;
}

int cmd_amounts(int argc, char **argv, struct cs_err *err)
{
	struct amounts_opts o;
	memset(&o, 0, sizeof o);
	cs_common_init(&o.common);
	cs_money_opts_init(&o.money);
	o.qtype = cs_quantile_type_find(CS_QUANTILE_DEFAULT_TYPE);

	if (cs_args_wants_help(argc, argv)) {
		help();
		return 0;
	}
	struct cs_args a;
	int rc = cs_args_init(&a, "amounts", cmd_amounts_options, argc, argv, err);
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
		case OPT_VALUE: o.value = a.value; break;
		case OPT_BY: o.by = a.value; break;
		case OPT_WHERE: rc = cs_where_add(&o.where, a.value, "amounts", err); break;
		case OPT_QUANTILES: rc = parse_quantiles(&o, a.value, err); break;
		case OPT_QTYPE: {
			int64_t tnum;
			if (cs_parse_count(a.value, strlen(a.value), 9, &tnum) != 0 ||
			    !(o.qtype = cs_quantile_type_find((int)tnum)))
				rc = cs_err_usage(err, "amounts", "invalid --quantile-type '%s': give 1 to 9 (R's "
						  "quantile types; 7 is the default)", a.value);
			break;
		}
		}
	}
	if (!rc && o.common.help) {
		help();
		goto out;
	}
	if (!rc && a.noperands == 0)
		rc = cs_err_usage(err, "amounts", "missing input FILE (or - for standard input)");
	else if (!rc && a.noperands > 1)
		rc = cs_err_usage(err, "amounts", "give one input FILE (or - for standard input)");
	else if (!rc && !o.value)
		rc = cs_err_usage(err, "amounts", "name the column of amounts with --value COL");
	struct cs_plot_target plot = { 0 };
	if (!rc && o.common.plot)
		rc = cs_plot_target_init(&plot, o.common.plot, "amounts", err);
	if (!rc)
		rc = run_file(&o, a.operands[0], o.common.plot ? &plot : NULL, err);
	cs_plot_target_free(&plot);
out:
	cs_args_free(&a);
	cs_wheres_free(&o.where);
	return rc;
}
