/* explain.c - plain-language sentences (see explain.h). */
#include "cli/frame/explain.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cs_explain_prop(struct cs_text *t, const struct cs_prop_story *s)
{
	char xs[32], ns[32], ms[32], est[32], lo[32], hi[32], cf[32];
	cs_fmt_count(xs, sizeof xs, s->x);
	cs_fmt_count(ns, sizeof ns, s->n);
	cs_fmt_count(ms, sizeof ms, s->missing);

	if (s->group)
		cs_text_add(t, "%s: ", s->group[0] ? s->group : "(empty)");
	if (!s->ci) {
		cs_text_add(t, "no usable values");
		if (s->missing)
			cs_text_add(t, " (%s empty)", ms);
		cs_text_add(t, ", so there is nothing to estimate.");
		return;
	}
	const struct cs_interval *ci = s->ci;
	int d = cs_pct_decimals(ci->lower, ci->upper);
	cs_fmt_pct(est, sizeof est, ci->estimate, d);
	cs_fmt_pct(lo, sizeof lo, ci->lower, d);
	cs_fmt_pct(hi, sizeof hi, ci->upper, d);
	cs_fmt_conf(cf, sizeof cf, s->conf);

	cs_text_add(t, "%s of %s (%s)%s%s.", xs, ns, est, s->what ? " " : "", s->what ? s->what : "");
	switch (s->sides) {
	case CS_SIDES_TWO:
		cs_text_add(t, " With %s confidence, the underlying share lies between %s and %s",
			    cf, lo, hi);
		break;
	case CS_SIDES_LOWER:
		cs_text_add(t, " With %s confidence, the underlying share is at least %s", cf, lo);
		break;
	case CS_SIDES_UPPER:
		cs_text_add(t, " With %s confidence, the underlying share is at most %s", cf, hi);
		break;
	}
	cs_text_add(t, " (%s%s).", s->method->title,
		    s->sides == CS_SIDES_TWO ? "" : ", one-sided");

	if (ci->notes & CS_NOTE_EXACT_FALLBACK)
		cs_text_add(t, " The logit interval does not exist when the count is 0 or all;"
			    " the Clopper-Pearson exact limits are shown instead.");

	int64_t few = s->x < s->n - s->x ? s->x : s->n - s->x;
	int small = s->n < 30 || few < 5;
	if (s->n < 30)
		cs_text_add(t, " Caution: with only %s %s the range is wide.", ns,
			    s->n == 1 ? "case" : "cases");
	else if (few < 5)
		cs_text_add(t, " Caution: only %lld %s on one side, so the estimate rests on very few cases.",
			    (long long)few, few == 1 ? "case is" : "cases are");
	if (small && strcmp(s->method->name, "wald") == 0)
		cs_text_add(t, " The Wald method is unreliable at counts like these (its range can be"
			    " too narrow or even empty); Wilson is the safer choice.");
	if (s->missing)
		cs_text_add(t, " %s %s with an empty value %s left out.", ms,
			    s->missing == 1 ? "row" : "rows", s->missing == 1 ? "was" : "were");
}
