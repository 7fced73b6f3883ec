/* rate_explain.c - the sentences of casestat rate: a rate and its exact
 * interval in everyday numbers, or how two rates compare.  They read the
 * suppressed result. */
#include "cli/cmd/rate.h"
#include "cli/core/numfmt.h"
#include "analysis/rate.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* A positive number for a sentence: thousands separators from 1,000 up,
 * otherwise about three significant digits without trailing zeros (and
 * without an exponent). */
static void fmt_num(char *buf, size_t size, double v)
{
	if (v == 0.0) {
		snprintf(buf, size, "0");
	} else if (v >= 999.5 && v < 9e15) {
		cs_fmt_count(buf, size, (int64_t)llround(v));
	} else {
		int d = 2 - (int)floor(log10(v));   /* no exponent, however small: 0.0000000000513 */
		snprintf(buf, size, "%.*f", d < 0 ? 0 : d > 40 ? 40 : d, v);
		if (strchr(buf, '.')) {
			char *e = buf + strlen(buf) - 1;
			while (*e == '0')
				*e-- = '\0';
			if (*e == '.')
				*e = '\0';
		}
	}
}

void cs_rate_per_words(char *buf, size_t size, double per)
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

static void explain_rate(struct cs_text *t, const struct cs_job *job, const struct cs_result *res, size_t row,
			 const struct rate_row *d)
{
	const struct rate_opts *o = job->opts;
	int64_t x = cs_result_shown_or_0(res, row, 0), missing = d->ratio || res->row[row].ncount < 2 ? 0
				: cs_result_shown_or_0(res, row, 1);
	char xs[32], es[64], ms[32], r[64], lo[64], hi[64], per[80], cf[32];
	cs_fmt_count(xs, sizeof xs, x);
	cs_fmt_count(ms, sizeof ms, missing);
	fmt_num(es, sizeof es, d->e[0]);
	cs_rate_per_words(per, sizeof per, o->per);
	cs_fmt_conf(cf, sizeof cf, job->common->conf);
	if (d->named) {
		const char *g = cs_result_str(res, row, res->cols[1].role == CS_ROLE_LABEL ? M_GROUP : R_GROUP);
		cs_text_add(t, "%s: ", g[0] ? g : "(empty)");
	}
	if (!d->have) {
		cs_text_add(t, "%s %s but no exposure, so there is no rate.", xs, x == 1 ? "event" : "events");
	} else {
		fmt_num(r, sizeof r, d->ci.estimate * o->per);
		fmt_num(lo, sizeof lo, d->ci.lower * o->per);
		fmt_num(hi, sizeof hi, d->ci.upper * o->per);
		cs_text_add(t, "%s %s in an exposure of %s: a rate of %s%s.", xs, x == 1 ? "event" : "events", es, r, per);
		cs_text_add(t, " With %s confidence the underlying rate lies between %s and %s%s"
			    " (exact Poisson, Garwood).", cf, lo, hi, per);
		if (x == 0)
			cs_text_add(t, " No events were counted; the upper limit shows how high the rate"
				    " could still be.");
		else if (x < 20)
			cs_text_add(t, " Caution: with only %s %s the rate is unstable and the range is wide.",
				    xs, x == 1 ? "event" : "events");
	}
	if (missing)
		cs_text_add(t, " %s %s with an empty count or exposure %s left out.", ms,
			    missing == 1 ? "row" : "rows", missing == 1 ? "was" : "were");
}

static void explain_ratio(struct cs_text *t, const struct cs_job *job, const struct cs_result *res, size_t row,
			  const struct rate_row *d)
{
	const struct rate_opts *o = job->opts;
	int64_t x1 = cs_result_shown_or_0(res, row, 0), x2 = cs_result_shown_or_0(res, row, 1);
	char r1[64], r2[64], per[80], est[64], lo[64], hi[64], cf[32];
	cs_rate_per_words(per, sizeof per, o->per);
	fmt_num(r1, sizeof r1, (double)x1 / d->e[0] * o->per);
	fmt_num(r2, sizeof r2, (double)x2 / d->e[1] * o->per);
	cs_fmt_conf(cf, sizeof cf, job->common->conf);
	cs_text_add(t, "%s gives %s%s and %s gives %s%s.", o->label[0], r1, per, o->label[1], r2, per);
	if (!d->have) {
		cs_text_add(t, " Neither has any events, so there is nothing to compare.");
		return;
	}
	const struct cs_interval *ci = &d->ci;
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
	if (x1 + x2 < 20)
		cs_text_add(t, " Caution: with only %lld %s in all the range is wide.", (long long)(x1 + x2),
			    x1 + x2 == 1 ? "event" : "events");
}

void cs_rate_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t)
{
	const struct rate_row *d = cs_result_row_data(res, row);
	if (d->ratio)
		explain_ratio(t, job, res, row, d);
	else
		explain_rate(t, job, res, row, d);
}
