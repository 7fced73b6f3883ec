/* mse_rows.c - the rows of casestat mse: each group's estimates as rows
 * of the result, with the --min-cell decisions for the people they count
 * or rest on, and with --by the sums over the strata.
 *
 * --min-cell K: the people observed in a group (printed), the total over
 * the strata (printed), the counts by capture pattern (the patterns chart)
 * and the people on exactly one and on exactly two lists (implied) are
 * the cells of one table, tied by sums, decided by analysis/suppress.h.
 * A group's estimates are hidden with its number observed; two-list
 * estimates also with any of their three pattern counts, and Chao's
 * bound with the people on one or two lists, since those rows' printed
 * numbers give those counts back (docs/notes/suppression.md). */
#include "cli/cmd/mse.h"
#include "cli/frame/finish.h"
#include "analysis/status.h"
#include "analysis/suppress.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int bits(unsigned p)
{
	int k = 0;
	for (; p; p &= p - 1)
		k++;
	return k;
}

/* ---- methods as the rows cite them -------------------------------------- */

/* name, title and reference of an estimator with an interval, made once
 * (static: the result borrows them). */
static struct cs_method_ref method_ref(const struct mse_entry *e)
{
	static char buf[2 + 8][3][3][160];
	static const struct cs_method_ref loglin = { "loglinear", "Poisson log-linear model",
						     "Fienberg (1972); Cormack (1989)" };
	static const struct cs_method_ref sum = { "sum", "sum over the strata",
						  "strata added up, standard errors in quadrature" };
	if (e->kind == MSE_NONE)
		return (struct cs_method_ref){ NULL, NULL, NULL };
	if (e->kind == MSE_CHAO)
		return (struct cs_method_ref){ "chao", "Chao's lower bound, log-normal interval", "Chao (1987)" };
	struct cs_method_ref est = loglin;
	size_t ei = 0;
	if (e->kind == MSE_SUM && !e->method) {
		est = sum;
		ei = 1;
	} else if (e->method) {
		ei = 2 + (size_t)(e->method - cs_mse2_methods);
		est = (struct cs_method_ref){ e->method->name, e->method->title, e->method->reference };
	}
	if (!e->interval)
		return est;
	size_t ii = (size_t)(e->interval - cs_mse_intervals);
	char (*b)[160] = buf[ei][ii];
	snprintf(b[0], sizeof b[0], "%s-%s", est.name, e->interval->name);
	snprintf(b[1], sizeof b[1], "%s, %s interval", est.title, e->interval->title);
	if (est.reference)
		snprintf(b[2], sizeof b[2], "%s; interval: %s", est.reference, e->interval->reference);
	else
		snprintf(b[2], sizeof b[2], "interval: %s", e->interval->reference);
	return (struct cs_method_ref){ b[0], b[1], b[2] };
}

/* ---- rows -------------------------------------------------------------- */

/* A row for entry e of group g (NULL for a sum). */
static void add_row(const struct cs_job *job, struct cs_result *res, const char *label, const struct mse_entry *e,
		    int lists, int64_t n, const struct mse_group *g, const struct mse_decide *d, const struct mse_row *data)
{
	const struct mse_opts *o = job->opts;
	long r = cs_result_add_row(res);
	if (r < 0)
		return;
	size_t row = (size_t)r;
	if (o->by)
		cs_result_text(res, row, mse_col(o, MSE_GROUP), label);
	cs_result_text(res, row, mse_col(o, MSE_MODEL), e->model);
	cs_result_int(res, row, mse_col(o, MSE_LISTS), lists);
	cs_result_count(res, row, (long)mse_col(o, MSE_OBS), n, d->n, "the number of people the lists name", 1);
	if (e->ok) {
		double v[5] = { e->estimate, e->unobserved, e->se, e->lower, e->upper };
		for (int c = 0; c < 5; c++)
			cs_result_real(res, row, mse_col(o, MSE_EST + c), v[c]);
		if (isinf(e->upper))
			cs_result_human(res, row, mse_col(o, MSE_HI), "\xE2\x88\x9E");   /* ∞ */
	}
	if (e->interval)
		cs_result_text(res, row, mse_col(o, MSE_INTERVAL), e->interval->name);
	if (e->df >= 0)
		cs_result_int(res, row, mse_col(o, MSE_DF), e->df);
	cs_result_real(res, row, mse_col(o, MSE_DEV), e->deviance);
	cs_result_real(res, row, mse_col(o, MSE_AIC), e->aic);
	cs_result_real(res, row, mse_col(o, MSE_BIC), e->bic);
	cs_result_real(res, row, mse_col(o, MSE_CONF), job->common->conf);
	cs_result_method(res, row, method_ref(e));
	if (e->kind == MSE_TWO) {
		static const char *const name[4] = { NULL, "the number of people on the first list only",
						     "the number of people on the second list only",
						     "the number of people on both lists" };
		for (unsigned p = 1; p < 4; p++)
			cs_result_count(res, row, -1, (int64_t)g->y[p], d->y[p], name[p], 1);
	}
	if (e->kind == MSE_CHAO && g) {
		int64_t f[3] = { 0, 0, 0 };
		for (unsigned p = 1; p < (1u << o->t); p++)
			if (bits(p) <= 2)
				f[bits(p)] += (int64_t)g->y[p];
		cs_result_count(res, row, -1, f[1], d->f1, "the number of people on exactly one list", 1);
		cs_result_count(res, row, -1, f[2], d->f2, "the number of people on exactly two lists", 1);
	}
	cs_result_rests_on(res, row, "the estimates and their interval", label);
	cs_result_data(res, row, data, sizeof *data);
}

/* Does --min-cell hide the estimates of entry e? */
static int est_hidden(const struct mse_entry *e, const struct mse_decide *d)
{
	if (d->n != CS_SUP_SHOWN)
		return 1;
	if (e->kind == MSE_TWO)
		return d->y[1] != CS_SUP_SHOWN || d->y[2] != CS_SUP_SHOWN || d->y[3] != CS_SUP_SHOWN;
	if (e->kind == MSE_CHAO)
		return d->f1 != CS_SUP_SHOWN || d->f2 != CS_SUP_SHOWN;
	return 0;
}

struct grp {
	struct mse_entry *e;
	size_t ne;
	struct mse_facts fa;
};

/* The entry of group g that a sum of kind/method adds up, or NULL. */
static const struct mse_entry *summand(const struct grp *g, int kind, const struct cs_mse2_method *m)
{
	for (size_t j = 0; j < g->ne; j++) {
		const struct mse_entry *e = &g->e[j];
		if (e->kind == kind && e->method == m && e->chosen)
			return e;
	}
	return NULL;
}

/* The row adding up the strata's entries of kind (and method m). */
static void sum_row(const struct cs_job *job, struct cs_result *res, const struct mse_group *g, const struct grp *gs,
		    size_t ng, const struct mse_decide *dec, int kind, const struct cs_mse2_method *m, struct mse_row *data)
{
	const struct mse_opts *o = job->opts;
	struct mse_entry e;
	memset(&e, 0, sizeof e);
	e.kind = MSE_SUM;
	e.method = m;
	e.estimate = e.unobserved = e.se = e.lower = e.upper = e.deviance = e.aic = e.bic = e.gap = NAN;
	e.df = -1;
	if (kind == MSE_CHAO)
		snprintf(e.model, sizeof e.model, "chao");
	else if (m)
		snprintf(e.model, sizeof e.model, "%s", m->name);
	else if (o->have_model)
		cs_mse_model_text(&o->model, (1u << o->t) - 1, e.model, sizeof e.model);
	else
		snprintf(e.model, sizeof e.model, "best-%s", o->crit == CS_MSE_AIC ? "aic" : "bic");
	double *f0 = calloc(ng, sizeof *f0), *se = calloc(ng, sizeof *se);
	int64_t n = 0;
	size_t hidden = 0;
	int inf = 0;
	memset(data, 0, sizeof *data);
	data->kind = MSE_SUM;
	data->of = kind;
	data->group = ng;
	data->nstrata = ng;
	for (size_t i = 0; i < ng; i++) {
		const struct mse_entry *x = summand(&gs[i], kind, m);
		n += g[i].n;
		if (!x || !x->ok) {
			if (data->nmissing++ == 0)
				snprintf(data->missing, sizeof data->missing, "%s", g[i].label);
			continue;
		}
		hidden += est_hidden(x, &dec[i]);
		inf |= isinf(x->upper);
		if (f0 && se)
			f0[i] = x->unobserved, se[i] = x->se;
	}
	struct cs_mse_estimate s;
	if (!data->nmissing && f0 && se &&
	    cs_mse_sum((double)n, f0, se, ng, o->interval == cs_mse_interval_find("wald"), job->common->conf, &s) == CS_OK) {
		e.ok = 1;
		e.estimate = s.estimate;
		e.unobserved = s.estimate - (double)n;
		e.se = s.se;
		e.lower = s.lower;
		e.upper = inf ? INFINITY : s.upper;
		e.notes = s.notes | (inf ? CS_MSE_NOTE_UPPER_INF : 0);
		e.interval = cs_mse_interval_find(o->interval == cs_mse_interval_find("wald") ? "wald" : "lognormal");
	} else if (data->nmissing) {
		e.why = MSE_WHY_STRATA;
	}
	data->ok = e.ok;
	data->notes = e.notes;
	data->why = e.why;
	data->upper = e.upper;
	add_row(job, res, MSE_SUM_LABEL, &e, o->t, n, NULL, &dec[ng], data);
	if (hidden == 1 && res->nrows)
		cs_result_count(res, res->nrows - 1, -1, 0, CS_SUP_SECONDARY,
				"the sum over the strata", 1);
	free(f0);
	free(se);
}

int cs_mse_rows(const struct cs_job *job, struct mse_group *g, size_t ng, struct cs_result *res, struct cs_err *err)
{
	const struct mse_opts *o = job->opts;
	int64_t k = job->common->min_cell;
	struct grp *gs = calloc(ng, sizeof *gs);
	struct mse_decide *dec = calloc(ng + 1, sizeof *dec);
	struct mse_row *data = calloc(1, sizeof *data);
	int rc = !gs || !dec || !data ? cs_err_set(err, CS_EXIT_ENV, "out of memory") : 0;
	for (size_t i = 0; !rc && i < ng; i++)
		rc = cs_mse_group_estimate(job, &g[i], &gs[i].e, &gs[i].ne, &gs[i].fa, err);
	if (!rc && (cs_mse_decide(g, ng, o->t, k, o->by != NULL, dec) != CS_OK ||
		    cs_result_init(res, cs_mse_columns + (o->by ? 0 : 1), MSE_NCOLS - (o->by ? 0 : 1), k) != 0))
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t i = 0; !rc && i < ng; i++) {
		memset(data, 0, sizeof *data);
		data->group = i;
		data->facts = gs[i].fa;
		for (unsigned p = 1; p < (1u << o->t); p++) {
			data->hidden[p] = dec[i].y[p] != CS_SUP_SHOWN;
			data->y[p] = data->hidden[p] ? 0 : g[i].y[p];
		}
		data->hidden_n = dec[i].n != CS_SUP_SHOWN;
		for (size_t j = 0; j < gs[i].ne; j++) {
			const struct mse_entry *e = &gs[i].e[j];
			data->kind = e->kind;
			data->ok = e->ok;
			data->chosen = e->chosen;
			data->first = j == 0;
			data->notes = e->notes;
			data->why = e->why;
			data->gap = e->gap;
			data->upper = e->upper;
			add_row(job, res, g[i].label, e, gs[i].fa.used, g[i].n, &g[i], &dec[i], data);
		}
	}
	if (!rc && o->by) {
		if (o->t == 2) {
			for (size_t j = 0; j < cs_mse2_nmethods; j++)
				if (!o->method.m || o->method.m == &cs_mse2_methods[j])
					sum_row(job, res, g, gs, ng, dec, MSE_TWO, &cs_mse2_methods[j], data);
		} else {
			sum_row(job, res, g, gs, ng, dec, MSE_LOGLIN, NULL, data);
		}
		sum_row(job, res, g, gs, ng, dec, MSE_CHAO, NULL, data);
	}
	if (!rc && !cs_result_ok(res))
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	/* a row without numbers says why only with --explain: say that it does */
	size_t none = 0;
	for (size_t r = 0; !rc && r < res->nrows; r++)
		none += !((const struct mse_row *)cs_result_row_data(res, r))->ok;
	if (none)
		cs_note("%zu row%s of the result %s no estimate (a model that cannot be fitted, a group with too few"
			" lists, or a sum missing a stratum); --explain says why for each", none, none == 1 ? "" : "s",
			none == 1 ? "has" : "have");
	for (size_t i = 0; gs && i < ng; i++)
		free(gs[i].e);
	free(gs);
	free(dec);
	free(data);
	return rc;
}
