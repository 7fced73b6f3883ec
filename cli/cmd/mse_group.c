/* mse_group.c - the estimates of one group (the whole input, or a
 * stratum): which lists hold anyone there, then the two-list estimators
 * or the log-linear models of those lists ranked by the criterion, each
 * with its interval, and Chao's lower bound. */
#include "cli/cmd/mse.h"
#include "analysis/status.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int popcount(unsigned m)
{
	int k = 0;
	for (; m; m &= m - 1)
		k++;
	return k;
}

void cs_mse_sub_counts(const double *y, int t, unsigned mask, double *sub)
{
	int ts = popcount(mask);
	memset(sub, 0, sizeof(double) * ((size_t)1 << ts));
	for (unsigned p = 1; p < (1u << t); p++) {
		unsigned q = 0;
		int j = 0;
		for (int k = 0; k < t; k++)
			if (mask & (1u << k)) {
				if (p & (1u << k))
					q |= 1u << j;
				j++;
			}
		sub[q] += y[p];   /* y[p] = 0 for patterns of lists outside mask */
	}
	sub[0] = 0;
}

void cs_mse_model_text(const struct cs_mse_model *m, unsigned mask, char *buf, size_t size)
{
	char tmp[MSE_MODEL_TEXT];
	int pos[CS_MSE_MAX_LISTS], j = 0;
	for (int k = 0; k < CS_MSE_MAX_LISTS; k++)
		if (mask & (1u << k))
			pos[j++] = k + 1;
	cs_mse_model_format(m, tmp, sizeof tmp);
	size_t w = 0;
	for (const char *s = tmp; *s && w + 1 < size; s++)
		buf[w++] = *s >= '1' && *s - '1' < j ? (char)('0' + pos[*s - '1']) : *s;
	if (size)
		buf[w < size ? w : size - 1] = '\0';
}

unsigned cs_mse_model_restrict(const struct cs_mse_model *m, int t, unsigned mask, struct cs_mse_model *out)
{
	char spec[MSE_MODEL_TEXT];
	size_t w = 0;
	int ts = popcount(mask);
	unsigned full = (1u << t) - 1;
	for (int i = 0; i < m->nterms; i++) {
		unsigned g = m->terms[i] & full;
		if (g & ~mask) {
			if (popcount(g) == 1)
				continue;          /* the main effect of a list that holds nobody */
			return MSE_WHY_MODEL_GONE;
		}
		if (g == mask)
			return MSE_WHY_MODEL_FULL;
		if (w)
			spec[w++] = ',';
		int j = 0;
		for (int k = 0; k < t; k++)
			if (mask & (1u << k)) {
				if (g & (1u << k))
					spec[w++] = (char)('1' + j);
				j++;
			}
	}
	spec[w] = '\0';
	return cs_mse_model_parse(spec, ts, out) == CS_OK ? 0 : MSE_WHY_MODEL_FULL;
}

/* ---- the entries -------------------------------------------------------- */

static void entry_init(struct mse_entry *e, int kind)
{
	memset(e, 0, sizeof *e);
	e->kind = kind;
	e->estimate = e->unobserved = e->se = e->lower = e->upper = NAN;
	e->deviance = e->aic = e->bic = e->gap = NAN;
	e->df = -1;
}

static void take_estimate(struct mse_entry *e, const struct cs_mse_estimate *x, double n)
{
	e->ok = 1;
	e->estimate = x->estimate;
	e->unobserved = x->estimate - n;
	e->se = x->se;
	e->lower = x->lower;
	e->upper = x->upper;
	e->notes |= x->notes;
}

/* A log-linear entry from a fit, with its interval. */
static void loglin_entry(const struct cs_job *job, const struct cs_mse_data *d, const struct cs_mse_model *m,
			 struct cs_mse_fit *f, int st, unsigned mask, double best, struct mse_entry *e)
{
	const struct mse_opts *o = job->opts;
	entry_init(e, MSE_LOGLIN);
	cs_mse_model_text(m, mask, e->model, sizeof e->model);
	e->notes = f->notes;
	e->df = f->df;
	if (st != CS_OK)
		return;
	double conf = job->common->conf;
	e->ok = 1;
	e->estimate = f->estimate;
	e->unobserved = f->unobserved;
	e->se = f->se;
	e->deviance = f->deviance;
	e->aic = f->aic;
	e->bic = f->bic;
	e->gap = (o->crit == CS_MSE_AIC ? f->aic : f->bic) - best;
	e->interval = o->interval;
	unsigned notes = 0;
	int ci;
	if (o->interval == cs_mse_interval_default())
		ci = cs_mse_profile(d, m, conf, f), notes = f->notes;
	else
		ci = o->interval->limits(d, f->estimate, f->se, conf, &f->lower, &f->upper, &notes);
	e->notes |= notes;
	if (ci == CS_OK) {
		e->lower = f->lower;
		e->upper = f->upper;
	} else {
		e->why |= MSE_WHY_NO_PROFILE;
		e->interval = NULL;
	}
}

struct ranked {
	double c;
	size_t i;
	int ok;
};

static int cmp_ranked(const void *va, const void *vb)
{
	const struct ranked *a = va, *b = vb;
	if (a->ok != b->ok)
		return b->ok - a->ok;
	if (a->ok && a->c != b->c)
		return a->c < b->c ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

/* The models of ts lists, every one fitted and ranked; entries for the
 * best N (or for --model), facts for the sentences. */
static int loglinear(const struct cs_job *job, const struct cs_mse_data *d, unsigned mask, struct mse_entry *out,
		     size_t *nout, struct mse_facts *fa, struct cs_err *err)
{
	const struct mse_opts *o = job->opts;
	struct cs_mse_model *ms = NULL;
	size_t count = 0, best = 0;
	if (cs_mse_models(d->t, 0, &ms, &count) != CS_OK)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	struct cs_mse_fit *fits = calloc(count, sizeof *fits);
	struct ranked *rk = calloc(count, sizeof *rk);
	int *st = calloc(count, sizeof *st);
	if (!fits || !rk || !st) {
		free(ms), free(fits), free(rk), free(st);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	int any = cs_mse_select(d, ms, count, (enum cs_mse_criterion)o->crit, fits, &best) == CS_OK;
	double top = any ? (o->crit == CS_MSE_AIC ? fits[best].aic : fits[best].bic) : NAN;
	fa->nmodels = count;
	fa->narrowed = d->t == 6;
	fa->near_lo = fa->other_lo = INFINITY;
	fa->near_hi = fa->other_hi = -INFINITY;
	for (size_t i = 0; i < count; i++) {
		st[i] = isfinite(fits[i].estimate) ? CS_OK : CS_EUNDEF;
		rk[i] = (struct ranked){ o->crit == CS_MSE_AIC ? fits[i].aic : fits[i].bic, i, st[i] == CS_OK };
		if (st[i] != CS_OK)
			continue;
		fa->nfitted++;
		if (rk[i].c - top <= MSE_NEAR) {
			fa->nnear++;
			fa->near_lo = fmin(fa->near_lo, fits[i].estimate);
			fa->near_hi = fmax(fa->near_hi, fits[i].estimate);
			if (i != best) {
				fa->other_lo = fmin(fa->other_lo, fits[i].estimate);
				fa->other_hi = fmax(fa->other_hi, fits[i].estimate);
			}
		}
	}
	if (any)
		cs_mse_model_text(&ms[best], mask, fa->best, sizeof fa->best);
	fa->given_gap = NAN;
	if (o->have_model) {
		struct cs_mse_model m;
		unsigned why = cs_mse_model_restrict(&o->model, o->t, mask, &m);
		struct cs_mse_fit f;
		memset(&f, 0, sizeof f);
		if (why) {
			entry_init(&out[0], MSE_LOGLIN);
			cs_mse_model_text(&o->model, (1u << o->t) - 1, out[0].model, sizeof out[0].model);
			out[0].why = why;
		} else {
			int s = cs_mse_fit(d, &m, &f);
			loglin_entry(job, d, &m, &f, s, mask, top, &out[0]);
			fa->given_gap = out[0].gap;
		}
		*nout = 1;
	} else {
		qsort(rk, count, sizeof *rk, cmp_ranked);
		size_t n = o->models > 0 ? (size_t)o->models : o->models < 0 ? 5 : count;
		*nout = n < count ? n : count;
		for (size_t r = 0; r < *nout; r++) {
			size_t i = rk[r].i;
			loglin_entry(job, d, &ms[i], &fits[i], st[i], mask, top, &out[r]);
		}
	}
	out[0].chosen = out[0].ok;
	free(ms), free(fits), free(rk), free(st);
	return 0;
}

int cs_mse_group_estimate(const struct cs_job *job, const struct mse_group *g, struct mse_entry **entries,
			  size_t *nentries, struct mse_facts *fa, struct cs_err *err)
{
	const struct mse_opts *o = job->opts;
	double conf = job->common->conf;
	memset(fa, 0, sizeof *fa);
	fa->t = o->t;
	fa->given_gap = NAN;
	for (int k = 0; k < o->t; k++)
		for (unsigned p = 1; p < (1u << o->t); p++)
			if ((p & (1u << k)) && g->y[p] > 0)
				fa->mask |= 1u << k;
	fa->used = popcount(fa->mask);
	/* the size of the model space of t lists, or the --models asked for */
	static const size_t space[] = { 0, 0, 1, 8, 113, 6893, 32768 };
	size_t cap = o->t == 2 ? cs_mse2_nmethods + 1 : o->models > 0 && (size_t)o->models < space[o->t]
		     ? (size_t)o->models + 1 : space[o->t] + 1;
	struct mse_entry *e = calloc(cap, sizeof *e);
	if (!e)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	*entries = e;
	*nentries = 0;
	if (g->n == 0 || fa->used < (o->t == 2 ? 2 : 3)) {
		entry_init(&e[0], MSE_NONE);
		e[0].why = g->n == 0 ? MSE_WHY_NOBODY : MSE_WHY_FEW_LISTS;
		*nentries = 1;
		return 0;
	}
	double sub[MSE_NPAT];
	struct cs_mse_data d;
	cs_mse_sub_counts(g->y, o->t, fa->mask, sub);
	if (cs_mse_data_init(&d, fa->used, sub) != CS_OK)
		return cs_err_set(err, CS_EXIT_DATA, "cannot use these counts (more than 2^53 people?)");
	size_t n = 0;
	if (o->t == 2) {
		for (size_t i = 0; i < cs_mse2_nmethods; i++) {
			const struct cs_mse2_method *m = &cs_mse2_methods[i];
			if (o->method.m && o->method.m != m)
				continue;
			struct mse_entry *x = &e[n++];
			entry_init(x, MSE_TWO);
			snprintf(x->model, sizeof x->model, "%s", m->name);
			x->method = m;
			struct cs_mse_estimate est = { NAN, NAN, NAN, NAN, 0 };
			int st = cs_mse2_estimate(&d, m, o->interval, conf, &est);
			x->notes = est.notes;
			if (st == CS_OK || (st == CS_ENOCONV && isfinite(est.estimate))) {
				take_estimate(x, &est, d.n);
				x->interval = st == CS_OK ? o->interval : NULL;
				if (st != CS_OK)
					x->lower = x->upper = NAN, x->why |= MSE_WHY_NO_PROFILE;
			}
			x->chosen = x->ok;
		}
	} else {
		int rc = loglinear(job, &d, fa->mask, e, &n, fa, err);
		if (rc)
			return rc;
	}
	struct mse_entry *c = &e[n++];
	entry_init(c, MSE_CHAO);
	snprintf(c->model, sizeof c->model, "chao");
	struct cs_mse_estimate est;
	if (cs_mse_chao(&d, conf, &est) == CS_OK) {
		take_estimate(c, &est, d.n);
		c->interval = cs_mse_interval_find("lognormal");
		c->chosen = 1;
	}
	*nentries = n;
	return 0;
}
