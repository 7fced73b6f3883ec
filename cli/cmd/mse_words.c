/* mse_words.c - the phrases the sentences of casestat mse are made of:
 * lists and models in words, an interval with its edge cases, the
 * assumptions. */
#include "cli/cmd/mse.h"
#include "cli/core/numfmt.h"

#include <math.h>
#include <string.h>

void cs_mse_list_name(const struct mse_opts *o, int k, struct cs_text *t)
{
	if (o->lists.n)
		cs_text_add(t, "%s", o->name[k]);
	else
		cs_text_add(t, "list %d", k + 1);
}

void cs_mse_list_names(const struct mse_opts *o, unsigned mask, struct cs_text *t)
{
	int n = 0, total = 0;
	for (int k = 0; k < o->t; k++)
		total += (mask >> k) & 1;
	for (int k = 0; k < o->t; k++) {
		if (!(mask & (1u << k)))
			continue;
		n++;
		if (n > 1)
			cs_text_add(t, n == total ? " and " : ", ");
		cs_mse_list_name(o, k, t);
	}
}

/* The terms of order 2 (pairs) or above (sets) of a model: "A–B, A–D and
 * C–D"; returns how many. */
static int terms_of(const struct mse_opts *o, const char *model, int pairs, struct cs_text *t)
{
	int n = 0, total = 0;
	for (int pass = 0; pass < 2; pass++) {
		for (const char *s = model; *s;) {
			size_t len = strspn(s, "123456");
			if (len >= 2 && (len == 2) == pairs) {
				if (pass == 0) {
					total++;
				} else {
					n++;
					if (n > 1)
						cs_text_add(t, "%s", n == total ? " and " : ", ");
					for (size_t i = 0; i < len; i++) {
						if (i)
							cs_text_add(t, "\xE2\x80\x93");   /* – */
						if (o->lists.n)
							cs_text_add(t, "%s", o->name[s[i] - '1']);
						else
							cs_text_add(t, "%c", s[i]);
					}
				}
			}
			s += len;
			if (*s)
				s++;
		}
	}
	return total;
}

void cs_mse_model_words(const struct mse_opts *o, const char *model, struct cs_text *t)
{
	struct cs_text probe = CS_TEXT_INIT;
	int sets = terms_of(o, model, 0, &probe), pairs = terms_of(o, model, 1, &probe);
	cs_text_free(&probe);
	if (!sets && !pairs) {
		cs_text_add(t, "the lists independent");
		return;
	}
	if (sets) {
		cs_text_add(t, "dependence among ");
		terms_of(o, model, 0, t);
	}
	if (pairs) {
		cs_text_add(t, "%s the pair%s ", sets ? ", and between" : "dependence between", pairs > 1 ? "s" : "");
		terms_of(o, model, 1, t);
	}
}

const char *cs_mse_crit_name(const struct mse_opts *o)
{
	return o->crit == CS_MSE_AIC ? "AIC" : "BIC";
}

void cs_mse_people(char *buf, size_t size, double v)
{
	/* whole people, except that a small number keeps its tenth (5.4, not 5) */
	cs_fmt_number(buf, size, v, fabs(v) < 100 && fabs(v - round(v)) >= 0.05 ? 1 : 0);
}

int cs_mse_decimals(double est, double lo, double hi)
{
	double w = isfinite(lo) && isfinite(hi) ? hi - lo : INFINITY;
	if (w >= 10 && (est >= 100 || w >= 100))
		return 0;
	if (w >= 0.2 || !(w > 0))
		return 1;
	/* a narrow interval gets the decimals that tell its limits apart: at
	 * least ten units of the last one wide */
	int dec = 2;
	while (dec < 9 && w < 10 * pow(10, -dec))
		dec++;
	return dec;
}

void cs_mse_interval_words(const struct cs_job *job, const struct cs_mse_interval *iv, double lower, double upper,
			   unsigned notes, double n, int dec, struct cs_text *t)
{
	char cf[32], lo[48], hi[48];
	cs_fmt_conf(cf, sizeof cf, job->common->conf);
	cs_fmt_number(lo, sizeof lo, lower, dec);
	cs_fmt_number(hi, sizeof hi, upper, dec);
	if (!iv) {
		cs_text_add(t, ". Its profile-likelihood interval could not be computed (the search did not converge)."
			    " The option --interval lognormal gives one from the standard error.");
		return;
	}
	const char *title = strcmp(iv->name, "profile") == 0 ? "profile likelihood" : iv->title;
	if (notes & CS_MSE_NOTE_DEGENERATE) {
		cs_text_add(t, ". It adds nobody to the people the lists name, so its %s interval is that number"
			    " alone.", iv->title);
		return;
	}
	if (lower == upper) {
		cs_text_add(t, ". Its standard error is 0 (for two lists: one holds everyone on the other), so its %s"
			    " interval is that number alone.", iv->title);
		return;
	}
	if (isinf(upper) || (notes & CS_MSE_NOTE_UPPER_INF))
		cs_text_add(t, ". With %s confidence it is at least %s (%s). The data set no upper limit: any larger"
			    " number fits them about as well.", cf, lo, title);
	else
		cs_text_add(t, ". With %s confidence it lies between %s and %s (%s).", cf, lo, hi, title);
	if ((notes & CS_MSE_NOTE_LOWER_AT_N) && lower <= n) {
		if (strcmp(iv->name, "wald") == 0)
			cs_text_add(t, " The Wald lower limit fell below the number the lists name and is shown as that"
				    " number.");
		else
			cs_text_add(t, " The lower limit is the number the lists name: the data cannot rule out that the"
				    " lists missed no one.");
	}
}

void cs_mse_assumptions(const struct mse_opts *o, struct cs_text *t)
{
	cs_text_add(t, "These estimates rest on four assumptions. (1) A closed population: the same people could"
		    " be on every list over the period. People who join or leave in between (released, moved,"
		    " died) make the estimate too high. (2) Perfect record linkage: each person is matched across"
		    " the lists exactly. Missed matches (one person counted twice) make the estimate too high;"
		    " false matches (two people taken as one) make it too low. (3) ");
	if (o->t == 2)
		cs_text_add(t, "Neither list depends on the other, which two lists cannot check.");
	else
		cs_text_add(t, "No list depends on another beyond the dependences the model includes.");
	cs_text_add(t, " If being on one list makes being on another more likely (shared sources, referrals),"
		    " the estimate is too low; if less likely, too high. (4) Every person is equally likely to be"
		    " listed. If some people are harder for every list to reach, the estimate is too low (Chao's"
		    " lower bound allows for this).");
}

/* Why a row has no estimate: "the fit did not converge". */
void cs_mse_fail_words(const struct mse_row *d, struct cs_text *t)
{
	if (d->why & MSE_WHY_MODEL_GONE)
		cs_text_add(t, "it links a list that holds nobody here to another list");
	else if (d->why & MSE_WHY_MODEL_FULL)
		cs_text_add(t, "it has a term of every list that holds anyone here, which leaves nothing to estimate"
			    " the people on no list from");
	else if (d->notes & CS_MSE_NOTE_ZERO_MARGIN)
		cs_text_add(t, "a combination of lists in one of its terms holds nobody (an empty margin), so the model"
			    " cannot be fitted");
	else if (d->notes & CS_MSE_NOTE_BOUNDARY)
		cs_text_add(t, "the fit runs to the boundary (fitted counts of empty cells go to 0), so there is no"
			    " finite estimate");
	else if (d->notes & CS_MSE_NOTE_NOCONV)
		cs_text_add(t, "the fit did not converge");
	else if (d->notes & CS_MSE_NOTE_NO_RECAPTURE)
		cs_text_add(t, "it divides by the number of people on both lists, which is 0");
	else
		cs_text_add(t, "it cannot be computed from these counts");
}


/* "model 12,13 (dependence between A and B)" (capital: "Model ...") */
void cs_mse_model_name(const struct mse_opts *o, const char *model, int capital, struct cs_text *t)
{
	cs_text_add(t, "%s %s (", capital ? "Model" : "model", model);
	cs_mse_model_words(o, model, t);
	cs_text_add(t, ")");
}

/* The estimate and interval of row r: "the total is estimated at ...". */
void cs_mse_estimate_words(const struct cs_job *job, const struct cs_result *res, size_t r, double n,
			   int capital, struct cs_text *t)
{
	const struct mse_opts *o = job->opts;
	const struct mse_row *d = cs_result_row_data(res, r);
	double est = cs_result_num(res, r, mse_col(o, MSE_EST)), lower = cs_result_num(res, r, mse_col(o, MSE_LO));
	double unobs = cs_result_num(res, r, mse_col(o, MSE_UNOBS));
	int dec = cs_mse_decimals(est, lower, d->upper);
	char e[48], u[48];
	cs_fmt_number(e, sizeof e, est, dec);
	cs_fmt_number(u, sizeof u, unobs, dec);
	cs_text_add(t, "%s total is estimated at %s people, ", capital ? "The" : "the", e);
	if (unobs < 0.5 * pow(10, -dec))
		cs_text_add(t, "no more than the lists name");
	else
		cs_text_add(t, "%s more than the lists name", u);
	const char *iv = cs_result_str(res, r, mse_col(o, MSE_INTERVAL));
	cs_mse_interval_words(job, iv[0] ? cs_mse_interval_find(iv) : NULL, lower, d->upper, d->notes, n, dec, t);
}
