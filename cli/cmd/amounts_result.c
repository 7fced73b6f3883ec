/* amounts_result.c - the result of casestat amounts, one row per group:
 * its columns (which depend on --quantiles and --rate), the statistics of
 * each group, and the chart drawn from the result. */
#include "cli/cmd/amounts.h"
#include "cli/frame/amtread.h"
#include "cli/frame/finish.h"
#include "analysis/status.h"
#include "plots/chart_amounts.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Every number computed from the amounts is an estimate: a hidden n
 * empties them all. */
static const struct cs_column fixed[AM_NFIXED] = {
	CS_COL_LABEL("group"), CS_COL_COUNT("n"), CS_COL_COUNT("missing"), CS_COL_ESTIMATE("sum", NULL),
	CS_COL_ESTIMATE("mean", NULL), CS_COL_ESTIMATE("sd", NULL), CS_COL_ESTIMATE("min", NULL),
	CS_COL_ESTIMATE("q1", NULL), CS_COL_ESTIMATE("median", NULL), CS_COL_ESTIMATE("q3", NULL),
	CS_COL_ESTIMATE("max", NULL), CS_COL_ESTIMATE("mean_lower", NULL),
	CS_COL_ESTIMATE("mean_upper", NULL), CS_COL_ESTIMATE("median_lower", NULL),
	CS_COL_ESTIMATE("median_upper", NULL), { "currency", CS_COL_TEXT, NULL, CS_ROLE_OTHER },
};

/* Money column k (0 .. AM_NMONEY + number of quantiles): sum .. median_upper, then pNN. */
static size_t money_col(size_t k)
{
	return k < AM_NMONEY ? AM_SUM + k : AM_NFIXED + k - AM_NMONEY;
}

/* The names of the pNN columns, then of the converted ones. */
static void name_columns(struct amounts_opts *o, const struct cs_amt_opts *m)
{
	size_t nq = o->q.n;
	for (size_t k = 0; k < nq; k++)
		snprintf(o->colname[k], sizeof o->colname[k], "p%.6g", 100.0 * o->q.p[k]);
	for (size_t k = 0; m->rate > 0 && k < AM_NMONEY + nq; k++)
		snprintf(o->colname[nq + k], sizeof o->colname[nq + k], "%s%s",
			 k < AM_NMONEY ? fixed[AM_SUM + k].name : o->colname[k - AM_NMONEY], m->rate_suffix);
}

/* The columns: the fixed ones with the data's decimals, pNN, converted. */
static size_t layout(const struct amounts_opts *o, const struct cs_amt_opts *m, int decimals,
		     struct cs_column *cols)
{
	static const char *const f[] = { "%.2f", "%.2f", "%.2f", "%.3f", "%.4f" };
	const char *hf = f[decimals < 0 ? 0 : decimals > 4 ? 4 : decimals];
	size_t n = 0, nmoney = AM_NMONEY + o->q.n;
	for (; n < AM_NFIXED; n++) {
		cols[n] = fixed[n];
		if (cols[n].type == CS_COL_REAL)
			cols[n].human = hf;
	}
	for (size_t k = 0; k < o->q.n; k++)
		cols[n++] = (struct cs_column){ o->colname[k], CS_COL_REAL, hf, CS_ROLE_ESTIMATE };
	for (size_t k = 0; m->rate > 0 && k < nmoney; k++)
		cols[n++] = (struct cs_column){ o->colname[o->q.n + k], CS_COL_REAL, "%.2f", CS_ROLE_ESTIMATE };
	return n;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

struct boot_median {
	const struct cs_amt_group *g;
	const struct cs_quantile_type *qtype;
	double *lo, *hi;
};

static int boot_median(const struct cs_boot *b, void *arg)
{
	const struct boot_median *a = arg;
	return cs_amounts_boot_quantile(a->g->v[0], a->g->n, 0.5, a->qtype, b, a->lo, a->hi);
}

struct adding {
	const struct cs_job *job;
	struct cs_amt_read *r;
	struct cs_result *res;
};

/* The statistics of a group with amounts; money[] in money_col() order. */
static int summarise(const struct adding *a, const char *label, struct cs_amt_group *g, gsl_rng *rng,
		     struct amounts_row *d, double *money, struct cs_err *err)
{
	const struct amounts_opts *o = a->job->opts;
	struct cs_amount_stats st;
	qsort(g->v[0], g->n, sizeof *g->v[0], cmp_i64);
	int s = cs_amounts_stats(g->v[0], g->n, a->job->common->conf, &st);
	if (s == CS_ERANGE)
		return cs_err_set(err, CS_EXIT_DATA, "the amounts of group '%s' add up to more than can be held", label);
	if (s != CS_OK)
		return cs_err_set(err, CS_EXIT_DATA, "cannot summarise group '%s': %s", label, cs_strerror(s));
	cs_quantile_money(g->v[0], g->n, 0.25, o->qtype, &d->q1);
	cs_quantile_money(g->v[0], g->n, 0.5, o->qtype, &d->median);
	cs_quantile_money(g->v[0], g->n, 0.75, o->qtype, &d->q3);
	for (size_t k = 0; k < o->q.n; k++)
		cs_quantile_money(g->v[0], g->n, o->q.p[k], o->qtype, &money[AM_NMONEY + k]);
	struct boot_median bm = { g, o->qtype, &d->med_lo, &d->med_hi };
	int rc = cs_amt_boot(a->r, a->job->common->conf, rng, "median", label, boot_median, &bm, &d->boot_status, err);
	if (d->boot_status != CS_OK)
		d->med_lo = d->med_hi = NAN;
	d->sum = st.sum;
	d->mean = st.mean, d->min = st.min, d->max = st.max, d->mean_lo = st.mean_lower, d->mean_hi = st.mean_upper;
	const double fixed_money[AM_NMONEY] = { cs_money_wide_to_double(st.sum), st.mean, st.sd, st.min, d->q1,
						d->median, d->q3, st.max, st.mean_lower, st.mean_upper,
						d->med_lo, d->med_hi };
	memcpy(money, fixed_money, sizeof fixed_money);
	return rc;
}

/* The amounts a strip chart draws: only with --plot, for a shown group
 * small enough to be drawn as a strip. */
static size_t strip_size(const struct cs_job *job, const struct cs_amt_group *g, enum cs_sup_why why)
{
	return job->common->plot && why == CS_SUP_SHOWN && g->n <= CS_AMOUNTS_STRIP_MAX ? g->n : 0;
}

static int add_group(void *arg, const char *label, struct cs_amt_group *g, gsl_rng *rng, struct cs_err *err)
{
	const struct adding *a = arg;
	const struct cs_job *job = a->job;
	const struct cs_amt_opts *m = &job->common->money;
	const struct amounts_opts *o = job->opts;
	struct cs_result *res = a->res;
	int64_t k = job->common->min_cell;
	enum cs_sup_why wn = cs_hide_why((int64_t)g->n, k);
	size_t nv = strip_size(job, g, wn);
	struct amounts_row *d = calloc(1, sizeof *d + nv * sizeof *d->values);
	double money[AM_NMONEY + AMOUNTS_MAXQ];
	long r = d ? cs_result_add_row(res) : -1;
	int rc = r < 0 ? cs_err_set(err, CS_EXIT_ENV, "out of memory") : 0;
	if (!rc && g->n > 0)
		rc = summarise(a, label, g, rng, d, money, err);
	if (rc) {
		free(d);
		return rc;
	}
	size_t row = (size_t)r, first_conv = AM_NFIXED + o->q.n;
	cs_result_text(res, row, AM_GROUP, label);
	if (m->currency)     /* none: an empty cell (null in JSON) */
		cs_result_text(res, row, AM_CURRENCY, m->currency);
	cs_result_count(res, row, AM_N, (int64_t)g->n, wn, "the number of amounts", 1);
	cs_result_count(res, row, AM_MISSING, g->missing, cs_hide_why(g->missing, k),
			"the number of rows with an empty amount", 0);
	for (size_t i = 0; g->n > 0 && i < AM_NMONEY + o->q.n; i++) {
		cs_result_real(res, row, money_col(i), money[i]);
		if (m->rate > 0)
			cs_result_real(res, row, first_conv + i, money[i] / m->rate);
	}
	d->by_group = o->by != NULL;
	d->decimals = a->r->decimals;
	d->nvalues = nv;
	for (size_t i = 0; i < nv; i++)
		d->values[i] = cs_money_to_double(g->v[0][i]);
	cs_result_rests_on(res, row, "the sum, mean, spread and quantiles", o->by ? label : NULL);
	cs_result_data(res, row, d, sizeof *d + nv * sizeof *d->values);
	free(d);
	return 0;
}

int cs_amounts_compute(struct cs_job *job, void *data, struct cs_result *res, struct cs_err *err)
{
	struct cs_amt_read *r = data;
	name_columns(job->opts, &job->common->money);
	struct cs_column cols[AM_NFIXED + AMOUNTS_MAXQ + AM_NMONEY + AMOUNTS_MAXQ];
	size_t n = layout(job->opts, &job->common->money, r->decimals, cols);
	if (cs_result_init(res, cols, n, job->common->min_cell) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	struct adding a = { job, r, res };
	return cs_amt_read_each(r, add_group, &a, err);
}

/* ---- the chart ------------------------------------------------------- */

CS_CHART_WRITER(write_chart, cs_chart_amounts_write)

/* A strip of every amount when each group has few, else boxes; a hidden
 * group is marked with nothing of it drawn, an empty one left out. */
int cs_amounts_chart(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		 struct cs_err *err)
{
	const struct amounts_opts *o = job->opts;
	struct cs_chart_amount_group *cg = calloc(res->nrows ? res->nrows : 1, sizeof *cg);
	struct cs_text title = CS_TEXT_INIT;
	cs_text_add(&title, "Amounts in %s%s%s", o->value, o->by ? " by " : "", o->by ? o->by : "");
	size_t drawn = 0;
	for (size_t r = 0; cg && r < res->nrows; r++) {
		int64_t n;
		int shown = cs_result_shown(res, r, 0, &n);
		if (shown && n == 0)
			continue;
		const struct amounts_row *d = cs_result_row_data(res, r);
		struct cs_chart_amount_group *c = &cg[drawn++];
		c->label = cs_result_str(res, r, AM_GROUP);
		c->suppressed = !shown;
		c->n = shown ? (size_t)n : 0;
		c->min = cs_result_num(res, r, AM_MIN), c->q1 = cs_result_num(res, r, AM_Q1);
		c->median = cs_result_num(res, r, AM_MEDIAN), c->q3 = cs_result_num(res, r, AM_Q3);
		c->max = cs_result_num(res, r, AM_MAX), c->mean = cs_result_num(res, r, AM_MEAN);
		c->values = d->nvalues ? d->values : NULL;
	}
	int rc = 0;
	if (!cg || title.failed)
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	struct cs_chart_amounts ch = { cs_text_str(&title), o->value, job->common->money.currency, CS_AMOUNTS_AUTO,
				       cs_chart_caption_k(job->common->min_cell), drawn, cg };
	if (!rc)
		rc = cs_chart_write(pt, write_chart, &ch, err);
	free(cg);
	cs_text_free(&title);
	return rc;
}
