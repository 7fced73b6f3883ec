/* tab_explain.c - the sentences of casestat tab, one group per row: the
 * category's count and share, its interval (for all categories at once
 * when the method is simultaneous), and cautions.  They read the
 * suppressed result. */
#include "cli/cmd/tab.h"
#include "cli/core/numfmt.h"

void cs_tab_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t)
{
	const struct tab_opts *o = job->opts;
	const struct tab_row *d = cs_result_row_data(res, row);
	const struct cs_multinom_method *m = d->method;
	int64_t x = cs_result_shown_or_0(res, row, 0), n = cs_result_shown_or_0(res, row, 1),
		missing = cs_result_shown_or_0(res, row, 2);
	double share = cs_result_num(res, row, TAB_SHARE), lower = cs_result_num(res, row, TAB_LO),
	       upper = cs_result_num(res, row, TAB_HI);
	char xs[32], ns[32], ms[32], est[32], lo[32], hi[32], cf[32];
	cs_fmt_count(xs, sizeof xs, x);
	cs_fmt_count(ns, sizeof ns, n);
	cs_fmt_count(ms, sizeof ms, missing);
	int dec = cs_pct_decimals(lower, upper);
	cs_fmt_pct(est, sizeof est, share, dec);
	cs_fmt_pct(lo, sizeof lo, lower, dec);
	cs_fmt_pct(hi, sizeof hi, upper, dec);
	cs_fmt_conf(cf, sizeof cf, job->common->conf);

	cs_text_add(t, "%s: %s of %s (%s).", cs_result_str(res, row, TAB_CAT), xs, ns, est);
	if (m->simultaneous && d->ncats > 1)
		cs_text_add(t, " With %s confidence for all %zu categories at once, this share lies"
			    " between %s and %s (%s).", cf, d->ncats, lo, hi, m->title);
	else if (m->simultaneous)
		cs_text_add(t, " With %s confidence the share lies between %s and %s (%s).", cf, lo, hi, m->title);
	else
		cs_text_add(t, " With %s confidence this share lies between %s and %s (%s); the"
			    " intervals of different categories do not hold together.", cf, lo, hi, m->title);
	if (x == 0)
		cs_text_add(t, " No case is in this category; the upper limit shows how large its"
			    " share could still be.");
	if (n < 30)
		cs_text_add(t, " Caution: with only %s %s the ranges are wide.", ns, n == 1 ? "case" : "cases");
	else if (x > 0 && x < 5)
		cs_text_add(t, " Caution: only %s %s in this category.", xs, x == 1 ? "case is" : "cases are");
	if (missing)
		cs_text_add(t, " %s %s with an empty %s %s left out.", ms, missing == 1 ? "row" : "rows",
			    o->bucket ? "date" : "value", missing == 1 ? "was" : "were");
}
