/* disparity_data.c - the data form of casestat disparity: per group, the
 * totals of the two columns, their ratio, share and gap with percentile-
 * bootstrap intervals over the cases, and the quartiles of the per-case
 * ratios; each row declares the counts of cases it shows or rests on. */
#include "cli/cmd/disparity.h"
#include "cli/frame/finish.h"
#include "analysis/amounts.h"
#include "analysis/status.h"

#include <math.h>
#include <stdlib.h>

/* What one group found. */
struct facts {
	size_t n;                /* cases with both amounts */
	int64_t missing;
	cs_money_wide sa, sb;    /* exact totals */
	double est[CS_DISP_NMEASURES];
	struct cs_disparity_boot boot;
	int boot_status;         /* CS_OK, CS_EUNDEF (n < 2), -1 (--boot 0 or no cases) */
	size_t nratios;          /* cases with b > 0 */
	double rq[3];            /* quartiles of their ratios a/b */
	int beyond[2];           /* a quarter of the ratios or more lie strictly below q1, above q3 */
	int all_equal;           /* every ratio is the same */
};

struct boot_arg {
	const struct cs_amt_group *p;
	struct cs_disparity_boot *out;
};

static int boot_totals(const struct cs_boot *b, void *arg)
{
	const struct boot_arg *a = arg;
	return cs_disparity_bootstrap(a->p->v[0], a->p->v[1], a->p->n, b, a->out);
}

static int analyse(const struct cs_job *job, const struct cs_amt_read *r, const char *label,
		   const struct cs_amt_group *p, gsl_rng *rng, struct facts *g, struct cs_err *err)
{
	g->n = p->n;
	g->missing = p->missing;
	g->boot_status = -1;
	if (p->n == 0)
		return 0;
	for (size_t i = 0; i < p->n; i++) {
		g->sa += p->v[0][i];   /* at most 2^32 rows of at most 2^63: fits 128 bits */
		g->sb += p->v[1][i];
	}
	cs_disparity_all(g->sa, g->sb, g->est);
	double *ratios = malloc(p->n * sizeof *ratios);
	if (!ratios)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	cs_disparity_row_ratios(p->v[0], p->v[1], p->n, ratios, &g->nratios);
	const struct cs_quantile_type *t7 = cs_quantile_type_find(7);
	for (int k = 0; k < 3 && g->nratios; k++)
		cs_quantile_double(ratios, g->nratios, 0.25 * (k + 1), t7, &g->rq[k]);
	/* what the sentences about the quartiles may say: with ties a quarter
	 * need not lie strictly below q1 */
	size_t below = 0, above = 0;
	g->all_equal = g->nratios > 0;
	for (size_t i = 0; i < g->nratios; i++) {
		below += ratios[i] < g->rq[0];
		above += ratios[i] > g->rq[2];
		g->all_equal &= ratios[i] == ratios[0];
	}
	g->beyond[0] = 4 * below >= g->nratios;
	g->beyond[1] = 4 * above >= g->nratios;
	free(ratios);
	struct boot_arg a = { p, &g->boot };
	return cs_amt_boot(r, job->common->conf, rng, "totals", label, boot_totals, &a, &g->boot_status, err);
}

/* The cells of measure m (estimate, lower, upper, conf) and its facts for
 * the sentences. */
static void values(const struct cs_job *job, const struct facts *g, enum disparity_measure m, double v[4],
		   struct disparity_row *d)
{
	double rate = job->common->money.rate;
	int have = g->n > 0, conv = m >= DM_TOTAL_A_CONV;
	v[0] = v[1] = v[2] = v[3] = NAN;
	switch (m) {
	case DM_TOTAL_A: case DM_TOTAL_A_CONV:
	case DM_TOTAL_B: case DM_TOTAL_B_CONV:
		d->total = m == DM_TOTAL_A || m == DM_TOTAL_A_CONV ? g->sa : g->sb;
		v[0] = have ? cs_money_wide_to_double(d->total) / (conv ? rate : 1) : NAN;
		break;
	case DM_RATIO: case DM_SHARE: case DM_GAP: case DM_GAP_CONV: {
		size_t k = conv ? CS_DISP_GAP : (size_t)m;
		double s = conv ? rate : 1;
		v[0] = have ? g->est[k] / s : NAN;
		int ci = have && g->boot_status == CS_OK && !isnan(v[0]);
		d->lower = g->boot.lower[k];
		d->upper = g->boot.upper[k];
		d->undefined = g->boot.undefined[k];
		if (ci) {
			v[1] = g->boot.lower[k] / s;
			v[2] = g->boot.upper[k] / s;
			v[3] = job->common->conf;
		}
		break;
	}
	case DM_ROW_Q1: case DM_ROW_MEDIAN: case DM_ROW_Q3:
		v[0] = g->nratios ? g->rq[m - DM_ROW_Q1] : NAN;
		d->beyond = m == DM_ROW_Q1 ? g->beyond[0] : m == DM_ROW_Q3 ? g->beyond[1] : 0;
		d->all_equal = g->all_equal;
		break;
	case DM_N: case DM_MISSING: case DM_ROW_RATIO_N:
		break;     /* the count goes in the estimate */
	}
}

/* The --min-cell decisions of a group: n, the cases with b > 0 among them
 * (the others implied), and missing; every total and measure rests on n. */
struct hide {
	enum cs_sup_why wn, wr, wm;
};

#define CASES "the number of cases"
#define CASES_B "the number of cases with a documented amount above 0"

static void declare(struct cs_result *res, size_t row, enum disparity_measure m, const struct facts *g,
		    const struct hide *h)
{
	switch (m) {
	case DM_N:
		cs_result_count(res, row, DP_EST, (int64_t)g->n, h->wn, CASES, 1);
		break;
	case DM_MISSING:
		cs_result_count(res, row, DP_EST, g->missing, h->wm, "the number of rows left out", 1);
		break;
	case DM_ROW_RATIO_N:
		cs_result_count(res, row, DP_EST, (int64_t)g->nratios, h->wr, CASES_B, 1);
		break;
	case DM_ROW_Q1: case DM_ROW_MEDIAN: case DM_ROW_Q3:
		/* the quartiles reveal nothing of the cases with b = 0 */
		cs_result_count(res, row, -1, (int64_t)g->n, h->wn, CASES, 1);
		cs_result_count(res, row, -1, (int64_t)g->nratios, h->wr == CS_SUP_SMALL ? h->wr : CS_SUP_SHOWN,
				CASES_B, 1);
		break;
	default:
		cs_result_count(res, row, -1, (int64_t)g->n, h->wn, CASES, 1);
	}
}

static const enum disparity_measure order[] = {
	DM_N, DM_MISSING, DM_TOTAL_A, DM_TOTAL_B, DM_RATIO, DM_SHARE, DM_GAP,
	DM_ROW_RATIO_N, DM_ROW_Q1, DM_ROW_MEDIAN, DM_ROW_Q3,
	DM_TOTAL_A_CONV, DM_TOTAL_B_CONV, DM_GAP_CONV   /* with --rate */
};

static int group_rows(const struct cs_job *job, struct cs_result *res, const char *label, int by, int decimals,
		      const struct facts *g, struct cs_err *err)
{
	int64_t k = job->common->min_cell;
	struct hide h = { CS_SUP_SHOWN, CS_SUP_SHOWN, cs_hide_why(g->missing, k) };
	if (k > 0 && cs_hide_proportion((int64_t)g->nratios, (int64_t)g->n, k, &h.wr, &h.wn) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	struct disparity_row d = { .by_group = by, .decimals = decimals, .boot_status = g->boot_status };
	size_t nm = sizeof order / sizeof order[0] - (job->common->money.rate > 0 ? 0 : 3);
	for (size_t i = 0; i < nm; i++) {
		enum disparity_measure m = order[i];
		double v[4];
		d.measure = m;
		values(job, g, m, v, &d);
		long r = cs_disparity_put(res, job, label, &d, v, err);
		if (r < 0)
			return CS_EXIT_ENV;
		if (m == DM_N)
			d.n_row = (size_t)r;
		declare(res, (size_t)r, m, g, &h);
		int count_row = m == DM_N || m == DM_MISSING || m == DM_ROW_RATIO_N;
		cs_result_rests_on(res, (size_t)r, count_row ? NULL : "the value and its interval", by ? label : NULL);
	}
	return 0;
}

struct adding {
	const struct cs_job *job;
	const struct cs_amt_read *r;
	struct cs_result *res;
};

static int add_group(void *arg, const char *label, struct cs_amt_group *p, gsl_rng *rng, struct cs_err *err)
{
	const struct adding *a = arg;
	struct facts g = { 0 };
	int rc = analyse(a->job, a->r, label, p, rng, &g, err);
	return rc ? rc : group_rows(a->job, a->res, label, a->r->by, a->r->decimals, &g, err);
}

int cs_disparity_data(const struct cs_job *job, struct cs_amt_read *r, struct cs_result *res, struct cs_err *err)
{
	struct adding a = { job, r, res };
	return cs_amt_read_each(r, add_group, &a, err);
}
