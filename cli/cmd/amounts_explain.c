/* amounts_explain.c - the sentences of casestat amounts, one group per
 * row: the total (and converted with --rate), the mean and median with
 * their ranges, the quartiles, and cautions where the amounts are few or
 * skewed.  They read the suppressed result. */
#include "cli/cmd/amounts.h"
#include "cli/core/numfmt.h"
#include "analysis/status.h"

#include <string.h>

/* An amount with the data's decimals; m NULL: without the currency. */
static void amount(char *buf, size_t size, const struct cs_amt_opts *m, double v, int dec)
{
	cs_amt_fmt(buf, size, m, v, cs_amt_show_decimals(v, dec));
}

/* "7 amounts adding up to 149,263.00 KZT (324.48 USD at 460 KZT per USD)." */
static void total(struct cs_text *t, const struct cs_amt_opts *m, const struct amounts_row *d, int64_t n,
		  const char *ns)
{
	char sum[96], a[96], b[96];
	cs_money_format(sum, sizeof sum, d->sum, d->decimals, ',');
	cs_text_add(t, "%s %s adding up to %s%s%s", ns, n == 1 ? "amount" : "amounts", sum, m->currency ? " " : "",
		    m->currency ? m->currency : "");
	if (m->rate > 0) {
		cs_amt_fmt(a, sizeof a, NULL, cs_money_wide_to_double(d->sum) / m->rate, 2);
		cs_amt_fmt(b, sizeof b, NULL, m->rate, cs_amt_show_decimals(m->rate, 0));
		cs_text_add(t, " (%s %s at %s%s%s per %s)", a, m->rate_code, b, m->currency ? " " : "",
			    m->currency ? m->currency : "", m->rate_code);
	}
	cs_text_add(t, ".");
}

/* lo and hi as text that tells them apart: more decimals while they print
 * alike (and differ).  Returns whether they are one value. */
static int range_text(char *lo, char *hi, size_t size, const struct cs_amt_opts *m, double l, double h, int dec)
{
	if (l == h) {
		amount(lo, size, NULL, l, dec);
		amount(hi, size, m, h, dec);
		return 1;
	}
	for (int d = dec;; d++) {
		cs_amt_fmt(lo, size, NULL, l, d < 0 ? cs_amt_show_decimals(l, dec) : d);
		cs_amt_fmt(hi, size, m, h, d < 0 ? cs_amt_show_decimals(h, dec) : d);
		if (d >= 6 || strncmp(lo, hi, strlen(lo)) != 0)
			return 0;
	}
}

/* The mean and the median with their ranges. */
static void centre(struct cs_text *t, const struct cs_job *job, const struct amounts_row *d)
{
	const struct cs_amt_opts *m = &job->common->money;
	char a[96], b[96], c[96], cf[32];
	int dec = d->decimals;
	cs_fmt_conf(cf, sizeof cf, job->common->conf);
	amount(a, sizeof a, m, d->mean, dec);
	if (range_text(b, c, sizeof b, m, d->mean_lo, d->mean_hi, dec))
		cs_text_add(t, " The mean is %s; every amount is the same, so it has no range.", a);
	else
		cs_text_add(t, " The mean is %s; with %s confidence the underlying mean lies between %s and %s"
			    " (t interval).", a, cf, b, c);
	amount(a, sizeof a, m, d->median, dec);
	cs_text_add(t, " The median is %s", a);
	if (d->boot_status == CS_OK) {
		char bs[32];
		cs_fmt_count(bs, sizeof bs, (int64_t)m->boot);
		if (range_text(b, c, sizeof b, m, d->med_lo, d->med_hi, dec))
			cs_text_add(t, "; with %s confidence it is %s: at least %s of the %s bootstrap resamples"
				    " (seed %lu) have this same median.", cf, c, cf, bs, m->seed);
		else
			cs_text_add(t, "; with %s confidence between %s and %s (percentile bootstrap, %s"
				    " resamples, seed %lu).", cf, b, c, bs, m->seed);
	} else {
		cs_text_add(t, " (no interval: --boot 0).");
	}
}

void cs_amounts_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t)
{
	const struct amounts_opts *o = job->opts;
	const struct cs_amt_opts *m = &job->common->money;
	const struct amounts_row *d = cs_result_row_data(res, row);
	int64_t n = cs_result_shown_or_0(res, row, 0), missing = cs_result_shown_or_0(res, row, 1);
	char a[96], b[96], c[96], e[96], ns[32], ms[32];
	int dec = d->decimals;
	cs_fmt_count(ns, sizeof ns, n);
	cs_fmt_count(ms, sizeof ms, missing);

	if (d->by_group) {
		const char *g = cs_result_str(res, row, AM_GROUP);
		cs_text_add(t, "%s: ", g[0] ? g : "(empty)");
	}
	if (n == 0) {
		cs_text_add(t, "no amounts");
		if (missing)
			cs_text_add(t, " (%s empty)", ms);
		cs_text_add(t, ", so there is nothing to summarise.");
		return;
	}
	total(t, m, d, n, ns);
	if (n == 1)
		cs_text_add(t, " With a single amount there is no spread: the standard deviation and both"
			    " ranges are undefined.");
	else
		centre(t, job, d);
	amount(a, sizeof a, m, d->q1, dec);
	amount(b, sizeof b, m, d->q3, dec);
	amount(c, sizeof c, m, d->min, dec);
	amount(e, sizeof e, m, d->max, dec);
	if (n > 1 && d->q1 == d->q3)
		cs_text_add(t, " Half of the amounts or more are %s; the smallest is %s and the largest %s.", b, c, e);
	else if (n > 1 && o->qtype->type == CS_QUANTILE_DEFAULT_TYPE)
		/* not "half lie between q1 and q3": of 1, 2 and 3 only 2 lies between 1.50 and 2.50;
		 * but q1 of definition 7 has a quarter of the amounts or more at or below it (and
		 * they stay at or below it rounded to the data's decimals), q3 likewise above */
		cs_text_add(t, " At least a quarter of the amounts are %s or less, and at least a quarter"
			    " are %s or more. The smallest is %s and the largest %s.", a, b, c, e);
	else if (n > 1)
		cs_text_add(t, " The quartiles are %s and %s; the smallest is %s and the largest %s.", a, b, c, e);
	if (o->qtype->type != CS_QUANTILE_DEFAULT_TYPE)
		cs_text_add(t, " Quantiles follow definition %d of Hyndman and Fan (%s).", o->qtype->type,
			    o->qtype->title);
	if (n > 1 && d->min >= 0 && d->mean_lo < 0)
		cs_text_add(t, " The range for the mean reaches below zero, which these amounts never do:"
			    " the t interval assumes roughly symmetric amounts and is unreliable here.");
	if (n > 1 && d->median > 0 && d->mean > 1.5 * d->median)
		cs_text_add(t, " The mean is well above the median: a few large amounts pull it up, so the"
			    " median describes a typical amount better.");
	if (n > 1 && n < 10)
		cs_text_add(t, " Caution: with only %s amounts these ranges are rough.", ns);
	if (missing)
		cs_text_add(t, " %s %s with an empty amount %s left out.", ms, missing == 1 ? "row" : "rows",
			    missing == 1 ? "was" : "were");
}
