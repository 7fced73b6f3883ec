/* disparity_explain.c - the sentences of casestat disparity, one per row:
 * what the ratio, share and gap of two amounts say, and how sure the
 * bootstrap is about them.  They switch on the row's measure and read the
 * suppressed result. */
#include "cli/cmd/disparity.h"
#include "cli/core/numfmt.h"
#include "analysis/status.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* "87" times, "1.44" times, "0.7" times. */
static void fmt_times(char *buf, size_t size, double r)
{
	if (r >= 100)
		cs_fmt_whole(buf, size, r);
	else if (r >= 10)
		snprintf(buf, size, "%.0f", r);
	else if (r >= 1)
		snprintf(buf, size, "%.2f", r);
	else
		cs_fmt_small(buf, size, r, 2);
}

/* fmt_times(r), or where that rounds the wrong way one digit more, rounded
 * up (up) or down, so that "a ratio of X or less" holds of every ratio up
 * to r: 1.504 rather than 1.50, 0.334 rather than 0.33 for 1/3. */
static void fmt_times_dir(char *buf, size_t size, double r, int up)
{
	fmt_times(buf, size, r);
	double v = cs_fmt_read(buf);
	if (up ? v >= r : v <= r)
		return;
	const char *dot = strchr(buf, '.');
	int dec = 1 + (r < 1 ? 1 - (int)floor(log10(r)) : dot ? (int)strlen(dot + 1) : 0);
	cs_fmt_number(buf, size, r, dec);
	v = cs_fmt_read(buf);
	if (!(up ? v >= r : v <= r))
		cs_fmt_number(buf, size, v + (up ? 1 : -1) * pow(10, -dec), dec);
}

/* An amount with the data's decimals; m NULL: without the currency. */
static void fmt_amount(char *buf, size_t size, const struct cs_amt_opts *m, double v, int dec)
{
	cs_amt_fmt(buf, size, m, v, cs_amt_show_decimals(v, dec));
}

/* Calculator: the measure of the pair x, y. */
static void pair(struct cs_text *t, const struct cs_amt_opts *m, const struct disparity_row *d, double est)
{
	const char *x = d->xname, *y = d->yname;
	char xa[96], ya[96], v[96];
	fmt_amount(xa, sizeof xa, m, d->x, d->decimals);
	fmt_amount(ya, sizeof ya, m, d->y, d->decimals);
	if (d->measure == DM_RATIO && isnan(est)) {
		cs_text_add(t, "The ratio %s/%s is undefined: %s is 0.", x, y, y);
	} else if (d->measure == DM_RATIO) {
		fmt_times(v, sizeof v, est);
		cs_text_add(t, "%s (%s) is %s times %s (%s).", x, xa, v, y, ya);
	} else if (d->measure == DM_SHARE && isnan(est)) {
		cs_text_add(t, "The share %s/%s is undefined: %s is 0.", y, x, x);
	} else if (d->measure == DM_SHARE) {
		cs_fmt_share(v, sizeof v, est);
		cs_text_add(t, "%s (%s) is %s of %s (%s).", y, ya, v, x, xa);
		if (est > 1)
			cs_text_add(t, " %s is larger than %s: the amount alleged comes first, so check that the"
				    " order is not reversed.", y, x);
	} else {
		fmt_amount(v, sizeof v, m, fabs(est), d->decimals);
		if (est > 0)
			cs_text_add(t, "%s exceeds %s by %s.", x, y, v);
		else if (est < 0)
			cs_text_add(t, "%s falls short of %s by %s.", x, y, v);
		else
			cs_text_add(t, "%s and %s are equal: no gap.", x, y);
	}
}

/* An amount converted with --rate: v in the other currency. */
static void converted(struct cs_text *t, const struct cs_job *job, const struct disparity_row *d, double v)
{
	const struct disparity_opts *o = job->opts;
	const struct cs_amt_opts *m = &job->common->money;
	char a[96], r[96];
	if (isnan(v)) {
		cs_text_add(t, "No cases to convert.");
		return;
	}
	cs_amt_fmt(a, sizeof a, NULL, v, 2);
	cs_amt_fmt(r, sizeof r, m, m->rate, cs_amt_show_decimals(m->rate, 0));
	if (d->measure == DM_GAP_CONV)
		cs_text_add(t, "The gap is %s %s at %s per %s.", a, m->rate_code, r, m->rate_code);
	else
		cs_text_add(t, "'%s' adds up to %s %s at %s per %s.", d->measure == DM_TOTAL_A_CONV ? o->a : o->b,
			    a, m->rate_code, r, m->rate_code);
}

/* How sure the bootstrap over the n cases is about the row's measure. */
static void boot_sentence(struct cs_text *s, const struct cs_job *job, const struct disparity_row *d, int64_t n,
			  const char *lo, const char *hi)
{
	const struct disparity_opts *o = job->opts;
	const struct cs_amt_opts *m = &job->common->money;
	char cf[32], bs[32], ns[32];
	cs_fmt_conf(cf, sizeof cf, job->common->conf);
	cs_fmt_count(bs, sizeof bs, (int64_t)m->boot);
	cs_fmt_count(ns, sizeof ns, n);
	if (d->boot_status == -1) {
		cs_text_add(s, " (No interval: --boot 0.)");
		return;
	}
	if (d->boot_status == CS_EUNDEF) {
		cs_text_add(s, " With a single case no range can be given.");
		return;
	}
	if (isnan(d->lower) && isnan(d->upper))
		cs_text_add(s, " No range can be given: the resampled totals leave it unbounded.");
	else if (isnan(d->upper))
		cs_text_add(s, " With %s confidence it is at least %s; there is no upper limit, because in"
			    " many resamples '%s' adds up to 0.", cf, lo, d->measure == DM_SHARE ? o->a : o->b);
	else if (isnan(d->lower))
		cs_text_add(s, " With %s confidence it is at most %s.", cf, hi);
	else if (d->lower == d->upper)
		cs_text_add(s, " With %s confidence it is %s: at least %s of the %s bootstrap resamples of the %s"
			    " cases (seed %lu) give this same value.", cf, hi, cf, bs, ns, m->seed);
	else
		cs_text_add(s, " With %s confidence between %s and %s", cf, lo, hi);
	if (!isnan(d->lower) && !isnan(d->upper) && d->lower != d->upper)
		cs_text_add(s, " (percentile bootstrap over the %s cases, %s resamples, seed %lu).", ns, bs, m->seed);
	if (d->undefined)
		cs_text_add(s, " %zu resamples in which both totals were 0 were left out.", d->undefined);
	if (n < 20)
		cs_text_add(s, " Caution: with only %s cases the range is rough.", ns);
}

/* The limits lo < hi of the row's measure as two different numbers: more
 * decimals where they print alike. */
static void limits_apart(char *lo, char *hi, size_t size, const struct cs_amt_opts *m, const struct disparity_row *d)
{
	for (int dec = 1; dec <= 8 && d->lower < d->upper && !(cs_fmt_read(lo) < cs_fmt_read(hi)); dec++) {
		if (d->measure == DM_GAP) {
			cs_amt_fmt(lo, size, NULL, d->lower, dec);
			cs_amt_fmt(hi, size, m, d->upper, dec);
		} else {
			double f = d->measure == DM_SHARE ? 100 : 1;
			cs_fmt_number(lo, size, f * d->lower, dec);
			cs_fmt_number(hi, size, f * d->upper, dec);
			if (d->measure == DM_SHARE) {
				strncat(lo, "%", size - strlen(lo) - 1);
				strncat(hi, "%", size - strlen(hi) - 1);
			}
		}
	}
}

/* Ratio, share or gap of the two totals. */
static void measure(struct cs_text *s, const struct cs_job *job, const struct disparity_row *d, int64_t n, double est)
{
	const struct disparity_opts *o = job->opts;
	const struct cs_amt_opts *m = &job->common->money;
	char v[96], lo[96], hi[96];
	if (d->measure == DM_RATIO && isnan(est)) {
		cs_text_add(s, "The ratio is undefined: '%s' adds up to 0.", o->b);
		return;
	}
	if (d->measure == DM_SHARE && isnan(est)) {
		cs_text_add(s, "The share is undefined: '%s' adds up to 0.", o->a);
		return;
	}
	if (d->measure == DM_RATIO) {
		fmt_times(v, sizeof v, est);
		fmt_times(lo, sizeof lo, d->lower);
		fmt_times(hi, sizeof hi, d->upper);
		cs_text_add(s, "In total, '%s' is %s times '%s'.", o->a, v, o->b);
	} else if (d->measure == DM_SHARE) {
		cs_fmt_share(v, sizeof v, est);
		cs_fmt_share(lo, sizeof lo, d->lower);
		cs_fmt_share(hi, sizeof hi, d->upper);
		cs_text_add(s, "'%s' accounts for %s of '%s'.", o->b, v, o->a);
		if (est > 1)
			cs_text_add(s, " '%s' adds up to more than '%s': check that --a is the amount alleged and"
				    " --b the amount documented.", o->b, o->a);
	} else {
		fmt_amount(v, sizeof v, m, fabs(est), d->decimals);
		fmt_amount(lo, sizeof lo, NULL, d->lower, d->decimals);
		fmt_amount(hi, sizeof hi, m, d->upper, d->decimals);
		if (est > 0)
			cs_text_add(s, "'%s' exceeds '%s' by %s.", o->a, o->b, v);
		else if (est < 0)
			cs_text_add(s, "'%s' falls short of '%s' by %s.", o->a, o->b, v);
		else
			cs_text_add(s, "'%s' and '%s' add up to the same amount.", o->a, o->b);
	}
	limits_apart(lo, hi, sizeof lo, m, d);
	boot_sentence(s, job, d, n, lo, hi);
}

/* The cases with b > 0, whose ratios the quartiles describe; n is the
 * group's count of cases. */
static void row_ratios(struct cs_text *s, const struct cs_job *job, const struct disparity_row *d, int64_t n,
		       int64_t nr, double est)
{
	const struct disparity_opts *o = job->opts;
	char v[96], zero[32];
	if (d->measure == DM_ROW_RATIO_N) {
		cs_fmt_count(v, sizeof v, nr);
		cs_text_add(s, "%s %s an amount above 0 in '%s', so a ratio of %s own", v,
			    nr == 1 ? "case has" : "cases have", o->b, nr == 1 ? "its" : "their");
		if (nr < n) {
			cs_fmt_count(zero, sizeof zero, n - nr);
			cs_text_add(s, "; %s with 0 %s left out of the per-case ratios", zero, n - nr == 1 ? "is" : "are");
		}
		cs_text_add(s, ".");
		return;
	}
	if (nr == 0) {
		cs_text_add(s, "No case has an amount above 0 in '%s', so there are no per-case ratios.", o->b);
		return;
	}
	fmt_times(v, sizeof v, est);
	int q1 = d->measure == DM_ROW_Q1;
	if (!d->all_equal && d->measure != DM_ROW_MEDIAN)   /* so that "X or less" holds as printed */
		fmt_times_dir(v, sizeof v, est, q1);
	if (d->all_equal && nr < n)   /* the cases with 0 in b have no ratio */
		cs_text_add(s, "In every case with an amount above 0 in '%s', '%s' is %s times '%s'.", o->b, o->a, v,
			    o->b);
	else if (d->all_equal)
		cs_text_add(s, "In every case '%s' is %s times '%s'.", o->a, v, o->b);
	else if (d->measure == DM_ROW_MEDIAN)
		cs_text_add(s, "In the middle case '%s' is %s times '%s' (median of the per-case ratios).",
			    o->a, v, o->b);
	else if (d->beyond)
		cs_text_add(s, "A quarter or more of the per-case ratios are %s %s.", q1 ? "below" : "above", v);
	else   /* ties at the quartile: only "or less" ("or more") holds */
		cs_text_add(s, "A quarter or more of the per-case ratios are %s or %s.", v, q1 ? "less" : "more");
}

/* Data form: the row's own count (n, missing), or the group's. */
static void data_row(struct cs_text *s, const struct cs_job *job, const struct cs_result *res, size_t row,
		     const struct disparity_row *d)
{
	const struct disparity_opts *o = job->opts;
	const struct cs_amt_opts *m = &job->common->money;
	double est = cs_result_num(res, row, DP_EST);
	int64_t c0 = cs_result_shown_or_0(res, row, 0);
	int64_t n = d->measure == DM_ROW_RATIO_N ? cs_result_shown_or_0(res, d->n_row, 0) : c0;
	char v[96];
	cs_fmt_count(v, sizeof v, c0);
	if (d->measure == DM_N && c0 == 0)
		cs_text_add(s, "No case has both amounts, so there is nothing to compare.");
	else if (d->measure == DM_N)
		cs_text_add(s, "%s %s both amounts.", v, c0 == 1 ? "case has" : "cases have");
	else if (d->measure == DM_MISSING && c0)
		cs_text_add(s, "%s %s with an empty amount in '%s' or '%s' %s left out.", v, c0 == 1 ? "row" : "rows",
			    o->a, o->b, c0 == 1 ? "was" : "were");
	else if (d->measure == DM_MISSING)
		cs_text_add(s, "No row had an empty amount.");
	else if (d->measure >= DM_TOTAL_A_CONV)
		converted(s, job, d, est);
	else if (n == 0)
		cs_text_add(s, "No cases to compare.");
	else if (d->measure == DM_TOTAL_A || d->measure == DM_TOTAL_B) {
		cs_money_format(v, sizeof v, d->total, d->decimals, ',');
		cs_text_add(s, "'%s' adds up to %s%s%s.", d->measure == DM_TOTAL_A ? o->a : o->b, v,
			    m->currency ? " " : "", m->currency ? m->currency : "");
	} else if (d->measure <= DM_GAP)
		measure(s, job, d, n, est);
	else
		row_ratios(s, job, d, n, d->measure == DM_ROW_RATIO_N ? c0 : cs_result_shown_or_0(res, row, 1), est);
}

void cs_disparity_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t)
{
	const struct disparity_row *d = cs_result_row_data(res, row);
	double est = cs_result_num(res, row, DP_EST);
	if (d->calc && d->measure == DM_GAP_CONV) {
		converted(t, job, d, est);
		return;
	}
	if (d->calc) {
		pair(t, &job->common->money, d, est);
		return;
	}
	if (d->by_group) {
		const char *g = cs_result_str(res, row, DP_GROUP);
		cs_text_add(t, "%s: ", g[0] ? g : "(empty)");
	}
	data_row(t, job, res, row, d);
}
