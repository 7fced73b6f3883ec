/* cmd_rate.c - casestat rate: counts over exposure.
 *
 *   casestat rate X[/EXPOSURE]                 one rate
 *   casestat rate X1/E1 X2/E2                  two rates and their ratio
 *   casestat rate FILE --count COL --exposure COL [--by COL] [--where ...]
 *
 * Reading streams the file: memory holds one record per group. */
#include "cli/frame/commands.h"
#include "cli/frame/common.h"
#include "cli/frame/plot.h"
#include "cli/io/dataset.h"
#include "cli/frame/explain.h"
#include "cli/core/groups.h"
#include "cli/frame/rowsel.h"
#include "cli/frame/suppress_out.h"
#include "cli/core/values.h"
#include "analysis/rate.h"
#include "analysis/status.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_COUNT = CS_OPT_FIRST_OWN, OPT_EXPOSURE, OPT_BY, OPT_WHERE, OPT_PER };

const struct cs_option cmd_rate_options[] = {
	{ OPT_COUNT, "count", 0, "COL", "data: number of events per row in COL" },
	{ OPT_EXPOSURE, "exposure", 0, "COL", "data: exposure per row in COL (person-years, population, ...)" },
	{ OPT_BY, "by", 0, "COL", "one rate per value of COL (rows with one value add up)" },
	{ OPT_WHERE, "where", 0, "COL=VALUE", "use only rows whose COL equals VALUE (repeatable)" },
	{ OPT_PER, "per", 0, "K", "give rates per K units of exposure, e.g. 1000 (default 1)", "1" },
	/* one reading thread only: exposures are decimal sums, and the order in
	 * which several threads would add them could change the last digit */
	{ CS_OPT_PROGRESS, "progress", 0, NULL, "show reading progress on stderr even when it is not a terminal" },
	CS_PLOT_OPTION,
	CS_MIN_CELL_OPTION,
	CS_COMMON_OPTIONS,
	{ 0, NULL, 0, NULL, NULL }
};

/* One or more single rates. */
enum { R_GROUP, R_COUNT, R_EXPOSURE, R_MISSING, R_RATE, R_LO, R_HI, R_PER, R_METHOD, R_CONF, R_NCOLS };
static const struct cs_column rate_columns[R_NCOLS + 1] = {
	{ "group", CS_COL_TEXT, NULL },
	{ "count", CS_COL_INT, NULL },
	{ "exposure", CS_COL_REAL, "%.10g" },
	{ "missing", CS_COL_INT, NULL },
	{ "rate", CS_COL_REAL, "%.4g" },
	{ "lower", CS_COL_REAL, "%.4g" },
	{ "upper", CS_COL_REAL, "%.4g" },
	{ "per", CS_COL_REAL, "%.10g" },
	{ "method", CS_COL_TEXT, NULL },
	{ "conf", CS_COL_REAL, "%g" },
	CS_SUPPRESSED_COLUMN,
};

/* Two rates and their ratio. */
enum { M_MEASURE, M_GROUP, M_COUNT, M_EXPOSURE, M_EST, M_LO, M_HI, M_PER, M_METHOD, M_CONF, M_NCOLS };
static const struct cs_column ratio_columns[M_NCOLS + 1] = {
	{ "measure", CS_COL_TEXT, NULL },
	{ "group", CS_COL_TEXT, NULL },
	{ "count", CS_COL_INT, NULL },
	{ "exposure", CS_COL_REAL, "%.10g" },
	{ "estimate", CS_COL_REAL, "%.4g" },
	{ "lower", CS_COL_REAL, "%.4g" },
	{ "upper", CS_COL_REAL, "%.4g" },
	{ "per", CS_COL_REAL, "%.10g" },
	{ "method", CS_COL_TEXT, NULL },
	{ "conf", CS_COL_REAL, "%g" },
	CS_SUPPRESSED_COLUMN,
};

static void help(void)
{
	printf("Usage: casestat rate X[/EXPOSURE] [OPTIONS]\n"
	       "  or:  casestat rate X1/E1 X2/E2 [OPTIONS]\n"
	       "  or:  casestat rate FILE --count COL --exposure COL [--by COL] [--where COL=VALUE]...\n"
	       "Rates of events (counts over exposure) with exact Poisson confidence limits,\n"
	       "and the ratio of two rates.\n"
	       "\n"
	       "X is a whole number of events; EXPOSURE (default 1) is a positive number,\n"
	       "decimals allowed: person-years, population, months of observation.  Two\n"
	       "rates give both rates and the ratio of the first to the second.  With FILE\n"
	       "(a CSV file with a header row, or - for standard input), counts and\n"
	       "exposures of the rows of each group add up; a row with an empty count or\n"
	       "exposure is missing, counted in 'missing' and left out.\n"
	       "\n"
	       "Methods: exact Poisson limits (Garwood 1936), 1/2 chi2(alpha/2; 2x) and\n"
	       "1/2 chi2(1 - alpha/2; 2x + 2) over the exposure, as R poisson.test(x, T);\n"
	       "the rate ratio with the exact conditional interval, a Clopper-Pearson\n"
	       "interval for x1 / (x1 + x2) turned into a ratio, as R\n"
	       "poisson.test(c(x1, x2), c(T1, T2)).  Both are named 'exact' in the output.\n"
	       "\n"
	       "Options:\n");
	cs_args_print(stdout, cmd_rate_options);
	printf("\nOutput columns, one or more rates:\n"
	       "  group,count,exposure,missing,rate,lower,upper,per,method,conf\n"
	       "  rate, lower and upper are per K units of exposure (K in column per).\n"
	       "Output columns, two rates (X1/E1 X2/E2):\n"
	       "  measure,group,count,exposure,estimate,lower,upper,per,method,conf\n"
	       "  a row with measure 'rate' for each, then measure 'rate_ratio' (the first\n"
	       "  over the second; count, exposure and per empty).  An infinite estimate or\n"
	       "  limit (no events in the second group) is an empty cell.\n"
	       "With --min-cell, both end with a column 'suppressed' (true when a value of\n"
	       "the row is hidden).\n"
	       "\n"
	       "--min-cell K hides a count of events from 1 to K-1 (printed as <K) with its\n"
	       "rate and limits, and the rate ratio when either count is hidden; also a\n"
	       "'missing' count from 1 to K-1.  Exposures are not counts and stay.\n"
	       "\n"
	       "Examples:\n"
	       "  casestat rate 6/1000 --per 1000 --explain\n"
	       "  casestat rate 6/1000 12/4000\n"
	       "  casestat rate regions.csv --count complaints --exposure person_years --by region\n"
	       "\n"
	       "Exit status: 0 success, 1 bad data, 2 bad usage, 3 a file cannot be read or written.\n"
	       "Full documentation: man casestat\n");
}

struct rate_opts {
	struct cs_common common;
	const char *count, *exposure, *by;
	struct cs_wheres where;
	double per;
};

struct totals {
	int64_t x, missing;
	double e, ec;      /* exposure sum and its Neumaier compensation */
};

/* ---- sentences ------------------------------------------------------- */

/* A positive number for a sentence: thousands separators from 1,000 up,
 * otherwise about three significant digits without trailing zeros. */
static void fmt_num(char *buf, size_t size, double v)
{
	if (v == 0.0) {
		snprintf(buf, size, "0");
	} else if (v >= 999.5 && v < 9e15) {
		cs_fmt_count(buf, size, (int64_t)llround(v));
	} else if (v < 1e-9) {
		snprintf(buf, size, "%.3g", v);
	} else {
		int d = 2 - (int)floor(log10(v));
		snprintf(buf, size, "%.*f", d < 0 ? 0 : d, v);
		if (strchr(buf, '.')) {
			char *e = buf + strlen(buf) - 1;
			while (*e == '0') *e-- = '\0';
			if (*e == '.') *e = '\0';
		}
	}
}

/* " per 1,000" or " per unit of exposure" */
static void fmt_per(char *buf, size_t size, double per)
{
	char n[64];
	if (per == 1.0) {
		snprintf(buf, size, " per unit of exposure");
		return;
	}
	if (per == floor(per) && per < 9e15)
		cs_fmt_count(n, sizeof n, (int64_t)per);
	else
		snprintf(n, sizeof n, "%g", per);
	snprintf(buf, size, " per %s", n);
}

static void explain_rate(struct cs_text *t, const struct rate_opts *o, const char *group,
			 const struct totals *tot, const struct cs_interval *ci)
{
	char xs[32], es[64], ms[32], r[64], lo[64], hi[64], per[80], cf[32];
	cs_fmt_count(xs, sizeof xs, tot->x);
	cs_fmt_count(ms, sizeof ms, tot->missing);
	fmt_num(es, sizeof es, tot->e);
	fmt_per(per, sizeof per, o->per);
	cs_fmt_conf(cf, sizeof cf, o->common.conf);
	if (group)
		cs_text_add(t, "%s: ", group[0] ? group : "(empty)");
	if (!ci) {
		cs_text_add(t, "%s %s but no exposure, so there is no rate.", xs,
			    tot->x == 1 ? "event" : "events");
	} else {
		fmt_num(r, sizeof r, ci->estimate * o->per);
		fmt_num(lo, sizeof lo, ci->lower * o->per);
		fmt_num(hi, sizeof hi, ci->upper * o->per);
		cs_text_add(t, "%s %s in an exposure of %s: a rate of %s%s.", xs,
			    tot->x == 1 ? "event" : "events", es, r, per);
		cs_text_add(t, " With %s confidence the underlying rate lies between %s and %s%s"
			    " (exact Poisson, Garwood).", cf, lo, hi, per);
		if (tot->x == 0)
			cs_text_add(t, " No events were counted; the upper limit shows how high the rate"
				    " could still be.");
		else if (tot->x < 20)
			cs_text_add(t, " Caution: with only %s %s the rate is unstable and the range is wide.",
				    xs, tot->x == 1 ? "event" : "events");
	}
	if (tot->missing)
		cs_text_add(t, " %s %s with an empty count or exposure %s left out.", ms,
			    tot->missing == 1 ? "row" : "rows", tot->missing == 1 ? "was" : "were");
}

static void explain_ratio(struct cs_text *t, const struct rate_opts *o, const char *g1, const char *g2,
			  const struct totals *a, const struct totals *b, const struct cs_interval *ci)
{
	char r1[64], r2[64], per[80], est[64], lo[64], hi[64], cf[32];
	fmt_per(per, sizeof per, o->per);
	fmt_num(r1, sizeof r1, (double)a->x / a->e * o->per);
	fmt_num(r2, sizeof r2, (double)b->x / b->e * o->per);
	cs_fmt_conf(cf, sizeof cf, o->common.conf);
	cs_text_add(t, "%s gives %s%s and %s gives %s%s.", g1, r1, per, g2, r2, per);
	if (!ci) {
		cs_text_add(t, " Neither has any events, so there is nothing to compare.");
		return;
	}
	fmt_num(lo, sizeof lo, ci->lower);
	if (ci->notes & CS_RATE_NOTE_NO_UPPER) {
		cs_text_add(t, " The second has no events, so the ratio of the first to the second has no"
			    " upper limit; with %s confidence it is at least %s (exact conditional,"
			    " as R poisson.test).", cf, lo);
	} else {
		fmt_num(est, sizeof est, ci->estimate);
		fmt_num(hi, sizeof hi, ci->upper);
		cs_text_add(t, " The first rate is %s times the second. With %s confidence the ratio lies"
			    " between %s and %s (exact conditional, as R poisson.test).", est, cf, lo, hi);
	}
	if (ci->lower <= 1.0 && !(ci->upper < 1.0))
		cs_text_add(t, " The range includes 1, so the data are consistent with equal rates.");
	else
		cs_text_add(t, " The range excludes 1.");
	if (a->x + b->x < 20)
		cs_text_add(t, " Caution: with only %lld events in all the range is wide.",
			    (long long)(a->x + b->x));
}

/* ---- single rates ---------------------------------------------------- */

/* The decisions for one rate; the calculator's label ("6/1000") gets the
 * mark in place of a hidden count. */
static void hide_rate(const struct rate_opts *o, const struct totals *tot, int calc, const char **group,
		      char *masked, size_t size, struct cs_hide_count hc[2], size_t count_col, size_t missing_col)
{
	int64_t k = o->common.min_cell;
	hc[0] = (struct cs_hide_count){ (long)count_col, cs_hide_why(tot->x, k), "the number of events", 1 };
	hc[1] = (struct cs_hide_count){ (long)missing_col, calc ? CS_SUP_SHOWN : cs_hide_why(tot->missing, k),
					"the number of rows with an empty count or exposure", 0 };
	if (calc && hc[0].why != CS_SUP_SHOWN) {
		char mark[32];
		cs_hide_mark(mark, sizeof mark, k);
		const char *slash = strchr(*group, '/');
		snprintf(masked, size, "%s%s", mark, slash ? slash : "");
		*group = masked;
	}
}

static int add_rate_row(struct cs_table *t, const struct rate_opts *o, const char *group,
			int group_in_text, int calc, const struct totals *tot, struct cs_err *err)
{
	char masked[512];
	struct cs_hide_count hc[2];
	hide_rate(o, tot, calc, &group, masked, sizeof masked, hc, R_COUNT, R_MISSING);
	struct totals told = *tot;
	if (hc[1].why != CS_SUP_SHOWN)
		told.missing = 0;     /* the sentence leaves it out; cs_hide_row says why */
	static const size_t est[3] = { R_RATE, R_LO, R_HI };
	struct cs_interval ci;
	int have = tot->e > 0.0;
	if (have) {
		int st = cs_rate_exact(tot->x, tot->e, o->common.conf, &ci);
		if (st != CS_OK)
			return cs_err_set(err, CS_EXIT_DATA, "cannot compute the rate of %lld over %g: %s",
					  (long long)tot->x, tot->e, cs_strerror(st));
	}
	long r = cs_table_add_row(t);
	if (r < 0 || cs_table_text(t, (size_t)r, R_GROUP, group) != 0 ||
	    cs_table_text(t, (size_t)r, R_METHOD, "exact") != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	cs_table_int(t, (size_t)r, R_COUNT, tot->x);
	cs_table_real(t, (size_t)r, R_EXPOSURE, tot->e);
	cs_table_int(t, (size_t)r, R_MISSING, tot->missing);
	if (have) {
		cs_table_real(t, (size_t)r, R_RATE, ci.estimate * o->per);
		cs_table_real(t, (size_t)r, R_LO, ci.lower * o->per);
		cs_table_real(t, (size_t)r, R_HI, ci.upper * o->per);
	}
	cs_table_real(t, (size_t)r, R_PER, o->per);
	cs_table_real(t, (size_t)r, R_CONF, o->common.conf);
	if (o->common.explain) {
		struct cs_text text = CS_TEXT_INIT;
		explain_rate(&text, o, group_in_text ? group : NULL, &told, have ? &ci : NULL);
		if (cs_table_explain(t, (size_t)r, cs_text_str(&text)) != 0)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	if (cs_hide_row(t, (size_t)r, o->common.min_cell, hc, 2, est, 3, "the rate and its interval",
			group_in_text ? group : NULL, o->common.explain) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	return 0;
}

/* ---- two rates ------------------------------------------------------- */

static int add_ratio_rows(struct cs_table *t, const struct rate_opts *o, const char *g1, const char *g2,
			  const struct totals *a, const struct totals *b, struct cs_err *err)
{
	const struct totals *tot[2] = { a, b };
	const char *g[2] = { g1, g2 };
	char masked[2][512];
	struct cs_hide_count hc[2][2];
	for (int k = 0; k < 2; k++)
		hide_rate(o, tot[k], 1, &g[k], masked[k], sizeof masked[k], hc[k], M_COUNT, M_EXPOSURE);
	g1 = g[0];
	g2 = g[1];
	static const size_t est[3] = { M_EST, M_LO, M_HI };
	for (int k = 0; k < 2; k++) {
		struct cs_interval ci;
		int st = cs_rate_exact(tot[k]->x, tot[k]->e, o->common.conf, &ci);
		if (st != CS_OK)
			return cs_err_set(err, CS_EXIT_DATA, "cannot compute the rate %s: %s", g[k], cs_strerror(st));
		long r = cs_table_add_row(t);
		if (r < 0 || cs_table_text(t, (size_t)r, M_MEASURE, "rate") != 0 ||
		    cs_table_text(t, (size_t)r, M_GROUP, g[k]) != 0 ||
		    cs_table_text(t, (size_t)r, M_METHOD, "exact") != 0)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		cs_table_int(t, (size_t)r, M_COUNT, tot[k]->x);
		cs_table_real(t, (size_t)r, M_EXPOSURE, tot[k]->e);
		cs_table_real(t, (size_t)r, M_EST, ci.estimate * o->per);
		cs_table_real(t, (size_t)r, M_LO, ci.lower * o->per);
		cs_table_real(t, (size_t)r, M_HI, ci.upper * o->per);
		cs_table_real(t, (size_t)r, M_PER, o->per);
		cs_table_real(t, (size_t)r, M_CONF, o->common.conf);
		if (o->common.explain) {
			struct cs_text text = CS_TEXT_INIT;
			explain_rate(&text, o, g[k], tot[k], &ci);
			if (cs_table_explain(t, (size_t)r, cs_text_str(&text)) != 0)
				return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		}
		if (cs_hide_row(t, (size_t)r, o->common.min_cell, hc[k], 1, est, 3, "the rate and its interval",
				g[k], o->common.explain) != 0)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	struct cs_interval ci;
	int st = cs_rate_ratio_exact(a->x, a->e, b->x, b->e, o->common.conf, &ci);
	if (st != CS_OK && st != CS_EUNDEF)
		return cs_err_set(err, CS_EXIT_DATA, "cannot compute the rate ratio: %s", cs_strerror(st));
	char label[512];
	snprintf(label, sizeof label, "%s vs %s", g1, g2);
	long r = cs_table_add_row(t);
	if (r < 0 || cs_table_text(t, (size_t)r, M_MEASURE, "rate_ratio") != 0 ||
	    cs_table_text(t, (size_t)r, M_GROUP, label) != 0 ||
	    cs_table_text(t, (size_t)r, M_METHOD, "exact") != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (st == CS_OK) {
		cs_table_real(t, (size_t)r, M_EST, ci.estimate);   /* infinite: empty */
		cs_table_real(t, (size_t)r, M_LO, ci.lower);
		cs_table_real(t, (size_t)r, M_HI, ci.upper);
	}
	cs_table_real(t, (size_t)r, M_CONF, o->common.conf);
	if (o->common.explain) {
		struct cs_text text = CS_TEXT_INIT;
		explain_ratio(&text, o, g1, g2, a, b, st == CS_OK ? &ci : NULL);
		if (cs_table_explain(t, (size_t)r, cs_text_str(&text)) != 0)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	const struct cs_hide_count both[2] = {
		{ -1, hc[0][0].why, "the number of events of the first", 1 },
		{ -1, hc[1][0].why, "the number of events of the second", 1 },
	};
	if (cs_hide_row(t, (size_t)r, o->common.min_cell, both, 2, est, 3, "the ratio and its interval",
			label, o->common.explain) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	return 0;
}

/* ---- the calculator -------------------------------------------------- */

static int parse_rate(const char *s, struct totals *tot, struct cs_err *err)
{
	const char *slash = strchr(s, '/');
	size_t xlen = slash ? (size_t)(slash - s) : strlen(s);
	memset(tot, 0, sizeof *tot);
	tot->e = 1.0;
	if (s[0] == '-')
		return cs_err_usage(err, "rate", "invalid rate '%s': counts cannot be negative", s);
	if (cs_parse_count(s, xlen, CS_RATE_MAX_COUNT, &tot->x) != 0) {
		int digits = xlen > 0 && strspn(s, "0123456789") == xlen;
		if (digits)
			return cs_err_usage(err, "rate", "invalid rate '%s': the count is larger than %lld",
					    s, (long long)CS_RATE_MAX_COUNT);
		return cs_err_usage(err, "rate", "invalid rate '%s': write COUNT or COUNT/EXPOSURE with a whole"
				    " count, e.g. 6 or 6/1000 (to read a file, add --count and --exposure)", s);
	}
	if (slash && (cs_parse_real(slash + 1, &tot->e) != 0 || !(tot->e > 0.0) || !isfinite(tot->e)))
		return cs_err_usage(err, "rate", "invalid rate '%s': the exposure after '/' must be a positive"
				    " number, e.g. 1000 or 2.5", s);
	return 0;
}

static int run_calculator(const struct rate_opts *o, const struct cs_args *a, struct cs_table *t,
			  struct cs_err *err)
{
	struct totals tot[2];
	for (int i = 0; i < a->noperands; i++) {
		int rc = parse_rate(a->operands[i], &tot[i], err);
		if (rc)
			return rc;
	}
	if (a->noperands == 1) {
		cs_table_init(t, rate_columns, cs_hide_ncols(o->common.min_cell, R_NCOLS));
		return add_rate_row(t, o, a->operands[0], 0, 1, &tot[0], err);
	}
	cs_table_init(t, ratio_columns, cs_hide_ncols(o->common.min_cell, M_NCOLS));
	return add_ratio_rows(t, o, a->operands[0], a->operands[1], &tot[0], &tot[1], err);
}

/* ---- reading a file -------------------------------------------------- */

struct reader_ctx {
	const struct rate_opts *o;
	const char *name;
	struct cs_groups groups;    /* label -> struct totals */
	size_t iwhere;
	unsigned long matched;
};

static int on_row(void *vctx, const struct cs_row *row, struct cs_err *err)
{
	struct reader_ctx *c = vctx;
	const struct rate_opts *o = c->o;
	if (!cs_where_match(&o->where, row, c->iwhere))
		return 0;
	c->matched++;
	struct totals *g = cs_groups_get(&c->groups, o->by ? row->value[2] : "all", o->by ? row->len[2] : 3);
	if (!g)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (cs_is_blank(row->value[0], row->len[0]) || cs_is_blank(row->value[1], row->len[1])) {
		g->missing++;
		return 0;
	}
	int64_t x;
	double e;
	char shown[CS_MSG_TEXT];
	if (cs_parse_count(row->value[0], row->len[0], CS_RATE_MAX_COUNT, &x) != 0)
		return cs_err_at(err, CS_EXIT_DATA, c->name, row->vline[0], row->vfield[0],
				 "column '%s' has '%s', which is not a whole number of events (0 or more)",
				 o->count, cs_msg_text(shown, sizeof shown, row->value[0], row->len[0]));
	char buf[128];
	size_t len = row->len[1];
	const char *v = row->value[1];
	while (len && (*v == ' ' || *v == '\t')) v++, len--;
	while (len && (v[len - 1] == ' ' || v[len - 1] == '\t')) len--;
	if (len >= sizeof buf || (memcpy(buf, v, len), buf[len] = '\0', cs_parse_real(buf, &e) != 0) ||
	    !(e >= 0.0) || !isfinite(e))
		return cs_err_at(err, CS_EXIT_DATA, c->name, row->vline[1], row->vfield[1],
				 "column '%s' has '%s', which is not an exposure (a number, 0 or more)",
				 o->exposure, cs_msg_text(shown, sizeof shown, row->value[1], row->len[1]));
	if (g->x > CS_RATE_MAX_COUNT - x)
		return cs_err_at(err, CS_EXIT_DATA, c->name, row->line, 0,
				 "the counts add up to more than %lld", (long long)CS_RATE_MAX_COUNT);
	g->x += x;
	/* Neumaier's compensated sum: decimal exposures add up without drift */
	double s = g->e + e;
	g->ec += fabs(g->e) >= fabs(e) ? (g->e - s) + e : (e - s) + g->e;
	g->e = s;
	return 0;
}

static int run_file(const struct rate_opts *o, const char *path, struct cs_table *t, struct cs_err *err)
{
	struct reader_ctx c;
	memset(&c, 0, sizeof c);
	c.o = o;
	c.name = cs_input_name(path);
	cs_groups_init(&c.groups, sizeof(struct totals));
	cs_table_init(t, rate_columns, cs_hide_ncols(o->common.min_cell, R_NCOLS));

	const char *want[] = { o->count, o->exposure, o->by };
	size_t nc;
	const char **cols = cs_rows_columns(want, 3, &o->where, &nc, &c.iwhere);
	if (!cols)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	unsigned long nrows = 0;
	int rc = cs_csv_read(path, cols, nc, on_row, &c, &nrows, err);
	free(cols);
	if (!rc)
		rc = cs_rows_check(c.name, nrows, c.matched, err);
	size_t *order = rc ? NULL : cs_groups_sorted(&c.groups);
	if (!rc && !order)
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t k = 0; !rc && k < c.groups.n; k++) {
		size_t i = order[k];
		struct totals *g = cs_groups_value(&c.groups, i);
		g->e += g->ec;
		g->ec = 0;
		rc = add_rate_row(t, o, c.groups.key[i], o->by != NULL, 0, g, err);
	}
	free(order);
	cs_groups_free(&c.groups);
	return rc;
}

/* ---- options --------------------------------------------------------- */

static int check_usage(const struct rate_opts *o, const struct cs_args *a, struct cs_err *err)
{
	int data = o->count || o->exposure;
	if (data && !(o->count && o->exposure))
		return cs_err_usage(err, "rate", "--count and --exposure go together");
	if (!data && (o->by || o->where.n))
		return cs_err_usage(err, "rate", "--by and --where need a FILE with --count and --exposure");
	if (data && a->noperands != 1)
		return cs_err_usage(err, "rate", a->noperands ? "give one input FILE (or - for standard input)"
				    : "missing input FILE (or - for standard input)");
	if (!data && a->noperands == 0)
		return cs_err_usage(err, "rate", "nothing to do: give a rate (e.g. 6/1000), two to compare,"
				    " or a FILE with --count and --exposure");
	if (!data && a->noperands > 2)
		return cs_err_usage(err, "rate", "give one rate (6/1000) or two to compare (6/1000 12/4000);"
				    " for more, use a FILE with --by");
	return 0;
}

int cmd_rate(int argc, char **argv, struct cs_err *err)
{
	struct rate_opts o;
	memset(&o, 0, sizeof o);
	cs_common_init(&o.common);
	o.per = 1.0;

	if (cs_args_wants_help(argc, argv)) {
		help();
		return 0;
	}
	struct cs_args a;
	int rc = cs_args_init(&a, "rate", cmd_rate_options, argc, argv, err);
	if (rc)
		return rc;
	int key;
	while (!rc && (key = cs_common_next(&a, &o.common, err)) != 0) {
		if (key < 0) {
			rc = CS_EXIT_USAGE;
			break;
		}
		switch (key) {
		case OPT_COUNT: o.count = a.value; break;
		case OPT_EXPOSURE: o.exposure = a.value; break;
		case OPT_BY: o.by = a.value; break;
		case OPT_WHERE: rc = cs_where_add(&o.where, a.value, "rate", err); break;
		case OPT_PER:
			if (cs_parse_real(a.value, &o.per) != 0 || !(o.per > 0.0) || !isfinite(o.per))
				rc = cs_err_usage(err, "rate", "invalid --per '%s': give a positive number,"
						  " e.g. 1000", a.value);
			break;
		}
	}
	if (!rc && o.common.help) {
		help();
		goto out;
	}
	if (!rc)
		rc = check_usage(&o, &a, err);

	struct cs_plot_target plot = { 0 };
	if (!rc && o.common.plot)
		rc = cs_plot_target_init(&plot, o.common.plot, "rate", err);
	struct cs_table t;
	cs_table_init(&t, rate_columns, cs_hide_ncols(o.common.min_cell, R_NCOLS));
	if (!rc)
		rc = o.count ? run_file(&o, a.operands[0], &t, err) : run_calculator(&o, &a, &t, err);
	if (!rc)
		rc = cs_common_emit(&o.common, &t, err);
	if (!rc && o.common.plot) {
		char unit[80];
		fmt_per(unit, sizeof unit, o.per);
		rc = cs_plot_rate_table(&plot, &t, o.common.conf, unit + 1, o.common.min_cell, err);
	}
	cs_plot_target_free(&plot);
	cs_table_free(&t);
out:
	cs_args_free(&a);
	cs_wheres_free(&o.where);
	return rc;
}
