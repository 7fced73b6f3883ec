/* prop_explain.c - the sentences of casestat prop, one group per row:
 * the share in words, its interval with the method by name, and cautions
 * where the data are thin.  They read the suppressed result. */
#include "cli/cmd/prop.h"
#include "cli/core/numfmt.h"

#include <string.h>

void cs_prop_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t)
{
	const struct prop_opts *o = job->opts;
	const struct prop_row *d = cs_result_row_data(res, row);
	int64_t x = cs_result_shown_or_0(res, row, 0), n = cs_result_shown_or_0(res, row, 1),
		missing = cs_result_shown_or_0(res, row, 2);
	char xs[32], ns[32], ms[32], est[32], lo[32], hi[32], cf[32];
	cs_fmt_count(xs, sizeof xs, x);
	cs_fmt_count(ns, sizeof ns, n);
	cs_fmt_count(ms, sizeof ms, missing);

	if (d->label_in_text) {
		const char *g = cs_result_str(res, row, PROP_GROUP);
		cs_text_add(t, "%s: ", g[0] ? g : "(empty)");
	}
	if (!d->have) {
		cs_text_add(t, "no usable values");
		if (missing)
			cs_text_add(t, " (%s empty)", ms);
		cs_text_add(t, ", so there is nothing to estimate.");
		return;
	}
	const struct cs_interval *ci = &d->ci;
	int dec = cs_pct_decimals(ci->lower, ci->upper);
	cs_fmt_pct(est, sizeof est, ci->estimate, dec);
	cs_fmt_pct(lo, sizeof lo, ci->lower, dec);
	cs_fmt_pct(hi, sizeof hi, ci->upper, dec);
	cs_fmt_conf(cf, sizeof cf, job->common->conf);

	cs_text_add(t, "%s of %s (%s)", xs, ns, est);
	if (o->success.col && job->input) {
		cs_text_add(t, " ");
		cs_success_phrase(&o->success, t);
	}
	cs_text_add(t, ".");
	switch (o->sides) {
	case CS_SIDES_TWO:
		if (ci->lower == ci->upper)   /* Wald at 0 or n: a range of one value */
			cs_text_add(t, " With %s confidence, the underlying share is %s", cf, hi);
		else
			cs_text_add(t, " With %s confidence, the underlying share lies between %s and %s", cf, lo, hi);
		break;
	case CS_SIDES_LOWER:
		cs_text_add(t, " With %s confidence, the underlying share is at least %s", cf, lo);
		break;
	case CS_SIDES_UPPER:
		cs_text_add(t, " With %s confidence, the underlying share is at most %s", cf, hi);
		break;
	}
	cs_text_add(t, " (%s%s)%s.", res->row[row].method.title, o->sides == CS_SIDES_TWO ? "" : ", one-sided",
		    o->sides == CS_SIDES_TWO && ci->lower == ci->upper ? ": the range has no width" : "");

	if (ci->notes & CS_NOTE_EXACT_FALLBACK)
		cs_text_add(t, " The logit interval does not exist when the count is 0 or all;"
			    " the Clopper-Pearson exact limits are shown instead.");

	int64_t few = x < n - x ? x : n - x;
	int small = n < 30 || few < 5;
	if (n < 30)
		cs_text_add(t, " Caution: with only %s %s the range is wide.", ns, n == 1 ? "case" : "cases");
	else if (few < 5)
		cs_text_add(t, " Caution: only %lld %s on one side, so the estimate rests on very few cases.",
			    (long long)few, few == 1 ? "case is" : "cases are");
	if (small && strcmp(res->row[row].method.name, "wald") == 0)
		cs_text_add(t, " The Wald method is unreliable at counts like these (its range can be"
			    " too narrow or even empty); Wilson is the safer choice.");
	if (missing)
		cs_text_add(t, " %s %s with an empty value %s left out.", ms,
			    missing == 1 ? "row" : "rows", missing == 1 ? "was" : "were");
}
