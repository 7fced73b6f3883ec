/* mse_explain.c - the sentences of casestat mse.  The first row of a
 * group says how many people the lists name, the estimate it stands by
 * with its interval, and how much the choice of model matters; the other
 * rows a line each; the last row shown adds the four assumptions.  They
 * read the suppressed result: counts only through cs_result_shown. */
#include "cli/cmd/mse.h"
#include "cli/core/numfmt.h"

#include <math.h>
#include <string.h>

/* Are the key counts of row r shown (its sentences are the command's)? */
static int row_shown(const struct cs_result *res, size_t r)
{
	for (size_t i = 0; i < res->row[r].ncount; i++)
		if (res->row[r].count[i].key && res->row[r].count[i].why != CS_SUP_SHOWN)
			return 0;
	return 1;
}


/* A row of a group after its first: another model, or another method. */
static void other_words(const struct cs_job *job, const struct cs_result *res, size_t r, struct cs_text *t)
{
	const struct mse_opts *o = job->opts;
	const struct mse_row *d = cs_result_row_data(res, r);
	const char *model = cs_result_str(res, r, mse_col(o, MSE_MODEL));
	char e[48], lo[48], hi[48], g[32];
	if (d->kind == MSE_TWO)
		cs_text_add(t, "%s's estimator", cs_mse2_method_find(model)->title);
	else
		cs_mse_model_name(o, model, 1, t);
	if (!d->ok) {
		cs_text_add(t, " gives no estimate: ");
		cs_mse_fail_words(d, t);
		cs_text_add(t, ".");
		return;
	}
	cs_text_add(t, ": ");
	if (d->kind == MSE_LOGLIN) {
		cs_fmt_number(g, sizeof g, d->gap, 1);
		cs_text_add(t, "%s %s above the best; ", cs_mse_crit_name(o), g);
	}
	double ve = cs_result_num(res, r, mse_col(o, MSE_EST)), vlo = cs_result_num(res, r, mse_col(o, MSE_LO));
	int dec = cs_mse_decimals(ve, vlo, d->upper);
	cs_fmt_number(e, sizeof e, ve, dec);
	cs_fmt_number(lo, sizeof lo, vlo, dec);
	cs_fmt_number(hi, sizeof hi, d->upper, dec);
	if (!cs_result_str(res, r, mse_col(o, MSE_INTERVAL))[0])
		cs_text_add(t, "total %s (no interval could be computed).", e);
	else if (d->notes & CS_MSE_NOTE_DEGENERATE)
		cs_text_add(t, "total %s, nobody added.", e);
	else if (isinf(d->upper))
		cs_text_add(t, "total %s (at least %s, no upper limit).", e, lo);
	else if (vlo == d->upper)
		cs_text_add(t, "total %s, with a standard error of 0 (the interval is that number alone).", e);
	else
		cs_text_add(t, "total %s (%s to %s).", e, lo, hi);
	if (d->kind == MSE_TWO && !strcmp(cs_result_str(res, r, mse_col(o, MSE_INTERVAL)), "profile"))
		cs_text_add(t, " The profile interval belongs to the lists' independence model, not to the estimator:"
			    " it is the same for Lincoln-Petersen and Chapman.");
}

static void chao_words(const struct cs_job *job, const struct cs_result *res, size_t r, int64_t n,
		       struct cs_text *t)
{
	const struct mse_opts *o = job->opts;
	const struct mse_row *d = cs_result_row_data(res, r);
	char f1s[32], f2s[32], e[48], ns[32];
	int64_t f1 = cs_result_shown_or_0(res, r, 1), f2 = cs_result_shown_or_0(res, r, 2);
	cs_fmt_count(f1s, sizeof f1s, f1);
	cs_fmt_count(f2s, sizeof f2s, f2);
	cs_fmt_count(ns, sizeof ns, n);
	double ve = cs_result_num(res, r, mse_col(o, MSE_EST)), vlo = cs_result_num(res, r, mse_col(o, MSE_LO));
	int dec = cs_mse_decimals(ve, vlo, d->upper);
	cs_fmt_number(e, sizeof e, ve, dec);
	if (!d->ok) {
		cs_text_add(t, "Chao's lower bound cannot be computed from these counts.");
		return;
	}
	cs_text_add(t, "Chao's lower bound: %s %s on exactly one list and %s on exactly two", f1s,
		    f1 == 1 ? "person is" : "people are", f2s);
	if (d->notes & CS_MSE_NOTE_DEGENERATE) {
		cs_text_add(t, ", so it adds nobody: the total is at least the %s the lists name.", ns);
	} else {
		char lo[48], hi[48], cf[32];
		cs_fmt_number(lo, sizeof lo, vlo, dec);
		cs_fmt_number(hi, sizeof hi, d->upper, dec);
		cs_fmt_conf(cf, sizeof cf, job->common->conf);
		cs_text_add(t, ", so the total is at least about %s. The bound's %s confidence interval is %s to %s"
			    " (log-normal).", e, cf, lo, hi);
		if (d->notes & CS_MSE_NOTE_BIAS_CORRECTED)
			cs_text_add(t, " With no one on exactly two lists, the bias-corrected form is used.");
	}
	cs_text_add(t, " It holds even when some people are harder to list than others. But it is a lower bound,"
		    " not an estimate of the total.");
}

static void none_words(const struct cs_job *job, const struct cs_result *res, size_t r, struct cs_text *t)
{
	const struct mse_opts *o = job->opts;
	const struct mse_row *d = cs_result_row_data(res, r);
	const struct mse_facts *f = &d->facts;
	if (d->why & MSE_WHY_NOBODY) {
		cs_text_add(t, "Nobody here is on any list, so there is nothing to estimate from.");
		return;
	}
	if (f->used == 0) {
		cs_text_add(t, "No list holds anyone here.");
		return;
	}
	cs_text_add(t, "Only ");
	if (f->used == 1) {
		cs_mse_list_names(o, f->mask, t);
		cs_text_add(t, " holds anyone here, and an estimate needs at least two lists that do.");
		return;
	}
	cs_text_add(t, "%d of the %d lists (", f->used, o->t);
	cs_mse_list_names(o, f->mask, t);
	cs_text_add(t, ") hold anyone here. With three or more lists, casestat gives no total from fewer than three"
		    " that hold records (HRDAG's practice). Two lists cannot show whether the lists depend on each"
		    " other.");
	if (f->used != 2)
		return;
	cs_text_add(t, " To estimate from these two alone, ");
	if (!o->lists.n) {
		cs_text_add(t, "give their counts as two-list patterns.");
		return;
	}
	cs_text_add(t, "name them alone (--lists ");
	for (int k = 0, n = 0; k < o->t; k++)
		if (f->mask & (1u << k))
			cs_text_add(t, "%s%s", n++ ? "," : "", o->name[k]);
	cs_text_add(t, o->by ? ") with --where for this stratum." : ").");
}

static void sum_words(const struct cs_job *job, const struct cs_result *res, size_t r, int64_t n, struct cs_text *t)
{
	const struct mse_opts *o = job->opts;
	const struct mse_row *d = cs_result_row_data(res, r);
	const char *model = cs_result_str(res, r, mse_col(o, MSE_MODEL));
	char ns[32];
	cs_fmt_count(ns, sizeof ns, n);
	cs_text_add(t, "The %zu strata together: the lists name %s %s. ", d->nstrata, ns, n == 1 ? "person" : "people");
	if (d->of == MSE_CHAO)
		cs_text_add(t, "Chao's lower bounds of the strata");
	else if (d->of == MSE_TWO)
		cs_text_add(t, "%s's estimates of the strata", cs_mse2_method_find(model)->title);
	else if (o->have_model)
		cs_text_add(t, "The strata's estimates under model %s", model);
	else
		cs_text_add(t, "The strata's estimates, each under its own best model by %s,", cs_mse_crit_name(o));
	if (!d->ok) {
		if (d->nmissing)
			cs_text_add(t, " do not add up to a total: %zu of the %zu strata (the first: '%s') %s no estimate,"
				    " and a total over strata is given only when every stratum has one.", d->nmissing,
				    d->nstrata, d->missing, d->nmissing == 1 ? "has" : "have");
		else
			cs_text_add(t, " cannot be added up.");
		return;
	}
	if (d->of == MSE_CHAO) {
		char e[48], lo[48], hi[48], cf[32];
		double ve = cs_result_num(res, r, mse_col(o, MSE_EST)), vlo = cs_result_num(res, r, mse_col(o, MSE_LO));
		int dec = cs_mse_decimals(ve, vlo, d->upper);
		cs_fmt_number(e, sizeof e, ve, dec);
		cs_fmt_number(lo, sizeof lo, vlo, dec);
		cs_fmt_number(hi, sizeof hi, d->upper, dec);
		cs_fmt_conf(cf, sizeof cf, job->common->conf);
		cs_text_add(t, " add up to a lower bound. The total is at least about %s; the bound's %s confidence"
			    " interval ", e, cf);
		if (isinf(d->upper))
			cs_text_add(t, "begins at %s and has no upper limit.", lo);
		else
			cs_text_add(t, "is %s to %s.", lo, hi);
	} else {
		cs_text_add(t, " add up to an estimate. ");
		cs_mse_estimate_words(job, res, r, (double)n, 1, t);
	}
	/* the interval of the sum is Wald's with --interval wald, else log-normal (mse_rows.c) */
	int wald = strcmp(cs_result_str(res, r, mse_col(o, MSE_INTERVAL)), "wald") == 0;
	cs_text_add(t, " The interval is %s, with the strata's standard errors added in quadrature%s.",
		    wald ? "a Wald interval" : "log-normal on the people no list names",
		    isinf(d->upper) ? "; a stratum's interval has no upper limit, so neither has the sum's" : "");
}

void cs_mse_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t)
{
	const struct mse_opts *o = job->opts;
	const struct mse_row *d = cs_result_row_data(res, row);
	int64_t n = cs_result_shown_or_0(res, row, 0);
	if (o->by && d->kind != MSE_SUM) {
		const char *g = cs_result_str(res, row, mse_col(o, MSE_GROUP));
		cs_text_add(t, "%s: ", g[0] ? g : "(empty)");
	}
	switch (d->kind) {
	case MSE_NONE:
		none_words(job, res, row, t);
		break;
	case MSE_SUM:
		sum_words(job, res, row, n, t);
		break;
	case MSE_CHAO:
		chao_words(job, res, row, n, t);
		break;
	default:
		if (d->first)
			cs_mse_group_words(job, res, row, n, t);
		else
			other_words(job, res, row, t);
	}
	/* the assumptions once, after the last row that has sentences of its
	 * own, when some row shown has an estimate */
	size_t last = res->nrows;
	int any = 0;
	while (last > 0 && !row_shown(res, last - 1))
		last--;
	for (size_t r = 0; r < last && !any; r++)
		any = row_shown(res, r) && ((const struct mse_row *)cs_result_row_data(res, r))->ok;
	if (any && last == row + 1) {
		cs_text_add(t, " ");
		cs_mse_assumptions(o, t);
	}
}
