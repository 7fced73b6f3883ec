/* funnel_explain.c - the sentences of casestat funnel, one group per
 * row: how many of a stage reached the next, the interval of that share,
 * cautions, and what a share measured against a stage that was not a
 * random sample can say.  They read the suppressed result. */
#include "cli/cmd/funnel.h"
#include "cli/core/numfmt.h"

#include <string.h>

/* "Of the 7,000 at stage 'identified', " or "Of all 7,214 rows, " */
static void of_stage(struct cs_text *t, const char *name, int all_rows, int64_t n)
{
	char ns[32];
	cs_fmt_count(ns, sizeof ns, n);
	if (all_rows)
		cs_text_add(t, "Of all %s rows, ", ns);
	else
		cs_text_add(t, "Of the %s at stage '%s', ", ns, name);
}

void cs_funnel_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t)
{
	const struct funnel_opts *o = job->opts;
	const struct cs_named_list *s = &o->stages;
	const struct funnel_row *d = cs_result_row_data(res, row);
	const char *si = s->item[d->i].name, *sj = s->item[d->j].name, *s0 = s->item[0].name;
	int64_t x = cs_result_shown_or_0(res, row, 0), n = cs_result_shown_or_0(res, row, 1),
		first = cs_result_shown_or_0(res, row, 2);
	char xs[32], ns[32], est[32], lo[32], hi[32], cf[32];
	cs_fmt_count(xs, sizeof xs, x);
	cs_fmt_count(ns, sizeof ns, n);
	if (!d->have) {
		cs_text_add(t, "No one was at stage '%s', so there is nothing to estimate.", sj);
		return;
	}
	double e = cs_result_num(res, row, FUN_EST), l = cs_result_num(res, row, FUN_LO),
	       u = cs_result_num(res, row, FUN_HI);
	int dec = cs_pct_decimals(l, u);
	cs_fmt_pct(est, sizeof est, e, dec);
	cs_fmt_pct(lo, sizeof lo, l, dec);
	cs_fmt_pct(hi, sizeof hi, u, dec);
	cs_fmt_conf(cf, sizeof cf, job->common->conf);
	of_stage(t, sj, d->j == 0 && o->all_rows, n);
	if (x == 0)
		cs_text_add(t, "none reached stage '%s'.", si);
	else
		cs_text_add(t, "%s (%s) reached stage '%s'.", xs, est, si);
	if (l == u)   /* Wald at 0 or n: a range of one value */
		cs_text_add(t, " With %s confidence the underlying share is %s (%s): the range has no width.",
			    cf, hi, res->row[row].method.title);
	else
		cs_text_add(t, " With %s confidence the underlying share lies between %s and %s (%s).",
			    cf, lo, hi, res->row[row].method.title);
	if (d->notes & CS_NOTE_EXACT_FALLBACK)
		cs_text_add(t, " The logit interval does not exist when the count is 0 or all;"
			    " the Clopper-Pearson exact limits are shown instead.");
	int64_t few = x < n - x ? x : n - x;
	if (n < 30 && d->j == 0 && o->all_rows)
		cs_text_add(t, " Caution: with only %s rows the range is wide.", ns);
	else if (n < 30)
		cs_text_add(t, " Caution: with only %s at stage '%s' the range is wide.", ns, sj);
	else if (few < 5)
		cs_text_add(t, " Caution: only %lld on one side, so the estimate rests on very few cases.",
			    (long long)few);
	if ((n < 30 || few < 5) && strcmp(res->row[row].method.name, "wald") == 0)
		cs_text_add(t, " The Wald method is unreliable at counts like these; Wilson is the safer choice.");
	if (d->j > 0 && first > n) {   /* the others of the first stage, when there are any */
		char rest[32], fs[32];
		cs_fmt_count(rest, sizeof rest, first - n);
		cs_fmt_count(fs, sizeof fs, first);
		cs_text_add(t, " This share describes the %s at stage '%s'; unless they were picked at random from"
			    " the %s", ns, sj, fs);
		if (o->all_rows)
			cs_text_add(t, " rows");
		else
			cs_text_add(t, " at stage '%s'", s0);
		cs_text_add(t, ", it says nothing about the other %s.", rest);
	}
}
