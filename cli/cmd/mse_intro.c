/* mse_intro.c - the sentences of the first row of a group of casestat
 * mse: how many people the lists name, the estimate the group stands by
 * with its interval, and how much the choice of model matters. */
#include "cli/cmd/mse.h"
#include "cli/core/numfmt.h"

#include <math.h>
#include <string.h>

/* How much the choice of model matters, from the group's facts: the
 * models whose criterion is within MSE_NEAR of the best, and whether their
 * estimates fall outside the interval of row r. */
static void range_words(const struct cs_job *job, const struct cs_result *res, size_t r, struct cs_text *t)
{
	const struct mse_opts *o = job->opts;
	const struct mse_row *d = cs_result_row_data(res, r);
	const struct mse_facts *f = &d->facts;
	const char *cr = cs_mse_crit_name(o);
	char a[48], b[48], g[32], nm[32], nf[32];
	cs_fmt_count(nm, sizeof nm, (int64_t)f->nmodels);
	cs_fmt_count(nf, sizeof nf, (int64_t)(f->nmodels - f->nfitted));
	/* is row r's model the best one? (without --model it is) */
	int best = !o->have_model || (d->ok && !(d->gap > 1e-9));
	if (o->have_model && f->nfitted) {
		if (best) {
			cs_text_add(t, " It is also the model %s ranks best.", cr);
		} else if (d->ok) {
			cs_fmt_number(g, sizeof g, d->gap, 1);
			cs_text_add(t, " By %s it is not the best model: %s fits better by %s.", cr, f->best, g);
		} else {
			cs_text_add(t, " The model %s ranks best is %s", cr, f->best);
			if (f->nnear == 1) {
				cs_mse_people(a, sizeof a, f->near_lo);
				cs_text_add(t, ", with a total of %s; no other model comes within %g of its %s", a, MSE_NEAR,
					    cr);
			}
			cs_text_add(t, ".");
			if (f->nnear == 1)
				goto tail;
		}
	}
	size_t near = f->nnear - (best ? 1 : 0);   /* models within reach, row r's own left out */
	if (f->nfitted == 0) {
		/* nothing to compare */
	} else if (near == 0) {
		cs_text_add(t, " No other model of the %s comes within %g of %s %s.", nm, MSE_NEAR,
			    best ? "its" : "the best", cr);
	} else {
		/* the other models' estimates, or with --model all of them (the best's too) */
		double lo = cs_result_num(res, r, mse_col(o, MSE_LO)), hi = d->upper;
		double rlo = best ? f->other_lo : f->near_lo, rhi = best ? f->other_hi : f->near_hi;
		cs_mse_people(a, sizeof a, rlo);
		cs_mse_people(b, sizeof b, rhi);
		int judged = d->ok && isfinite(lo) && !isnan(hi) && cs_result_str(res, r, mse_col(o, MSE_INTERVAL))[0];
		int matters = judged && (rlo < lo || rhi > hi);
		const char *other = best ? " other" : "", *s = near == 1 ? "" : "s", *v = near == 1 ? "s" : "";
		const char *range = strcmp(a, b) != 0 ? "totals from" : near == 1 ? "a total of" : "totals of about";
		if (strcmp(a, b) == 0)
			b[0] = '\0';
		if (matters)
			cs_text_add(t, " The choice of model matters: %zu%s model%s come%s within %g of the best %s and"
				    " give%s %s %s%s%s. That is beyond this interval, which leaves out the uncertainty of"
				    " choosing the model.", near, other, s, v, MSE_NEAR, cr, v, range, a, b[0] ? " to " : "", b);
		else
			cs_text_add(t, " %zu%s model%s come%s within %g of the best %s and give%s %s %s%s%s%s.", near,
				    other, s, v, MSE_NEAR, cr, v, range, a, b[0] ? " to " : "", b,
				    judged ? ", within this interval" : "");
	}
tail:
	if (f->nfitted && f->nfitted < f->nmodels)
		cs_text_add(t, " %s of the %s models give%s no estimate (an empty margin, or a fit that runs to the"
			    " boundary).", nf, nm, f->nmodels - f->nfitted == 1 ? "s" : "");
	if (f->narrowed)
		cs_text_add(t, " With six lists only the %s models with dependences between two lists are searched, as"
			    " Rcapture does by default.", nm);
}

/* The first row of a group: the people named, and the group's estimate. */
void cs_mse_group_words(const struct cs_job *job, const struct cs_result *res, size_t r, int64_t n,
			struct cs_text *t)
{
	const struct mse_opts *o = job->opts;
	const struct mse_row *d = cs_result_row_data(res, r);
	const struct mse_facts *f = &d->facts;
	char ns[32], nm[32];
	cs_fmt_count(ns, sizeof ns, n);
	cs_fmt_count(nm, sizeof nm, (int64_t)f->nmodels);
	cs_text_add(t, "The %d lists", o->t);
	if (o->lists.n) {
		cs_text_add(t, " (");
		cs_mse_list_names(o, (1u << o->t) - 1, t);
		cs_text_add(t, ")");
	}
	cs_text_add(t, " together name %s distinct %s", ns, n == 1 ? "person" : "people");
	if (o->t == 2 && !d->hidden[1] && !d->hidden[2] && !d->hidden[3]) {
		char y[3][32];
		for (int p = 0; p < 3; p++)
			cs_fmt_whole(y[p], sizeof y[p], d->y[p + 1]);
		cs_text_add(t, ": %s on both, %s on ", y[2], y[0]);
		cs_mse_list_name(o, 0, t);
		cs_text_add(t, " only and %s on ", y[1]);
		cs_mse_list_name(o, 1, t);
		cs_text_add(t, " only");
	}
	cs_text_add(t, ".");
	if (f->used < o->t) {
		cs_text_add(t, " In this group ");
		cs_mse_list_names(o, ((1u << o->t) - 1) & ~f->mask, t);
		cs_text_add(t, " %s nobody, so the estimates use the other %d lists.",
			    o->t - f->used == 1 ? "holds" : "hold", f->used);
	}
	const char *model = cs_result_str(res, r, mse_col(o, MSE_MODEL));
	if (d->kind == MSE_TWO) {
		const struct cs_mse2_method *m = cs_mse2_method_find(model);
		if (d->ok) {
			cs_text_add(t, " By %s's estimator ", m->title);
			cs_mse_estimate_words(job, res, r, (double)n, 0, t);
		} else {
			cs_text_add(t, " %s's estimator gives no estimate: ", m->title);
			cs_mse_fail_words(d, t);
			cs_text_add(t, ".");
		}
		if (d->notes & CS_MSE_NOTE_NO_RECAPTURE)
			cs_text_add(t, " No one is on both lists, so the lists say almost nothing about how many they"
				    " missed.");
		cs_text_add(t, " Two lists cannot show whether being on one makes being on the other more or less likely."
			    " If more likely (organisations that share or refer cases), the estimate is too low; if"
			    " less likely, too high. Nothing in two lists can tell which.");
		return;
	}
	cs_text_add(t, " ");
	if (d->ok) {
		if (o->have_model) {
			cs_mse_model_name(o, model, 1, t);
			cs_text_add(t, " is the model given with --model. Under it ");
		} else {
			cs_text_add(t, "Of the %s models searched, %s ranks ", nm, cs_mse_crit_name(o));
			cs_mse_model_name(o, model, 0, t);
			cs_text_add(t, " best. Under it ");
		}
		cs_mse_estimate_words(job, res, r, (double)n, 0, t);
	} else {
		cs_mse_model_name(o, model, 1, t);
		cs_text_add(t, " gives no estimate: ");
		cs_mse_fail_words(d, t);
		cs_text_add(t, ".");
		if (f->nfitted == 0 && !o->have_model)
			cs_text_add(t, " No model of the %s gives one, so there is no estimate here.", nm);
	}
	range_words(job, res, r, t);
}

