/* explain_disparity.c - sentences for casestat disparity (see
 * explain_disparity.h). */
#include "cli/cmd/explain_disparity.h"
#include "analysis/status.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* "87" times, "1.44" times, "0.7" times. */
static void fmt_times(char *buf, size_t size, double r)
{
	if (r >= 100)
		cs_fmt_money(buf, size, NULL, r, 0);
	else if (r >= 10)
		snprintf(buf, size, "%.0f", r);
	else if (r >= 1)
		snprintf(buf, size, "%.2f", r);
	else
		snprintf(buf, size, "%.2g", r);
}

/* 70%, 1.15%, 0.8%. */
static void fmt_share(char *buf, size_t size, double s)
{
	double pct = 100 * s;
	if (pct >= 10)
		cs_fmt_money(buf, size, NULL, pct, 0);
	else if (pct >= 1) {
		snprintf(buf, size, "%.2f", pct);   /* 1.15, 2.50 -> 2.5, 3.00 -> 3 */
		size_t n = strlen(buf);
		while (n && buf[n - 1] == '0')
			buf[--n] = '\0';
		if (n && buf[n - 1] == '.')
			buf[--n] = '\0';
	} else
		snprintf(buf, size, "%.2g", pct);
	strncat(buf, "%", size - strlen(buf) - 1);
}

/* An amount with the data's decimals and the currency. */
static void fmt_amount(char *buf, size_t size, const struct cs_money_opts *m, double v, int dec)
{
	cs_fmt_money(buf, size, m, v, cs_money_show_decimals(v, dec));
}

void cs_explain_disp_pair(struct cs_text *t, const struct cs_money_opts *m, size_t k,
			  const char *xname, double x, const char *yname, double y, double est, int decimals)
{
	char xa[96], ya[96], v[96];
	fmt_amount(xa, sizeof xa, m, x, decimals);
	fmt_amount(ya, sizeof ya, m, y, decimals);
	if (k == CS_DISP_RATIO) {
		if (isnan(est)) {
			cs_text_add(t, "The ratio %s/%s is undefined: %s is 0.", xname, yname, yname);
		} else {
			fmt_times(v, sizeof v, est);
			cs_text_add(t, "%s (%s) is %s times %s (%s).", xname, xa, v, yname, ya);
		}
	} else if (k == CS_DISP_SHARE) {
		if (isnan(est)) {
			cs_text_add(t, "The share %s/%s is undefined: %s is 0.", yname, xname, xname);
		} else {
			fmt_share(v, sizeof v, est);
			cs_text_add(t, "%s (%s) is %s of %s (%s).", yname, ya, v, xname, xa);
		}
	} else {
		fmt_amount(v, sizeof v, m, fabs(est), decimals);
		if (est > 0)
			cs_text_add(t, "%s exceeds %s by %s.", xname, yname, v);
		else if (est < 0)
			cs_text_add(t, "%s falls short of %s by %s.", xname, yname, v);
		else
			cs_text_add(t, "%s and %s are equal: no gap.", xname, yname);
	}
}

void cs_explain_disp_converted(struct cs_text *t, const struct cs_disp_words *w,
			       const struct cs_disp_group *g, const char *base, double v)
{
	const struct cs_money_opts *m = w->money;
	char a[96], r[96];
	if (g && g->by_group)
		cs_text_add(t, "%s: ", g->label[0] ? g->label : "(empty)");
	if (isnan(v)) {
		cs_text_add(t, "No cases to convert.");
		return;
	}
	cs_fmt_money(a, sizeof a, NULL, v, 2);
	cs_fmt_money(r, sizeof r, m, m->rate, cs_money_show_decimals(m->rate, 0));
	if (strcmp(base, "gap") == 0)
		cs_text_add(t, "The gap is %s %s at %s per %s.", a, m->rate_code, r, m->rate_code);
	else
		cs_text_add(t, "'%s' adds up to %s %s at %s per %s.", strcmp(base, "total_a") == 0 ? w->a : w->b,
			    a, m->rate_code, r, m->rate_code);
}

static void boot_sentence(struct cs_text *s, const struct cs_disp_words *o, const struct cs_disp_group *g,
			  size_t k, const char *lo, const char *hi)
{
	char cf[32], bs[32], ns[32];
	cs_fmt_conf(cf, sizeof cf, o->conf);
	cs_fmt_count(bs, sizeof bs, (int64_t)o->money->boot);
	cs_fmt_count(ns, sizeof ns, (int64_t)g->n);
	if (g->boot_status == -1) {
		cs_text_add(s, " (No interval: --boot 0.)");
		return;
	}
	if (g->boot_status == CS_EUNDEF) {
		cs_text_add(s, " With a single case no range can be given.");
		return;
	}
	const struct cs_disparity_boot *b = &g->boot;
	if (isnan(b->lower[k]) && isnan(b->upper[k]))
		cs_text_add(s, " No range can be given: the resampled totals leave it unbounded.");
	else if (isnan(b->upper[k]))
		cs_text_add(s, " With %s confidence it is at least %s; there is no upper limit, because in"
			    " many resamples '%s' adds up to 0.", cf, lo, k == CS_DISP_SHARE ? o->a : o->b);
	else if (isnan(b->lower[k]))
		cs_text_add(s, " With %s confidence it is at most %s.", cf, hi);
	else
		cs_text_add(s, " With %s confidence between %s and %s", cf, lo, hi);
	if (!isnan(b->lower[k]) && !isnan(b->upper[k]))
		cs_text_add(s, " (percentile bootstrap over the %s cases, %s resamples, seed %lu).", ns, bs,
			    o->money->seed);
	if (b->undefined[k])
		cs_text_add(s, " %zu resamples in which both totals were 0 were left out.", b->undefined[k]);
	if (g->n < 20)
		cs_text_add(s, " Caution: with only %s cases the range is rough.", ns);
}

void cs_explain_disp_row(struct cs_text *s, const struct cs_disp_words *o, const struct cs_disp_group *g,
			 const char *measure, double est)
{
	const struct cs_money_opts *m = o->money;
	char v[96], lo[96], hi[96], ms[32];
	int dec = g->decimals;
	if (g->by_group)
		cs_text_add(s, "%s: ", g->label[0] ? g->label : "(empty)");
	if (strcmp(measure, "n") == 0) {
		cs_fmt_count(v, sizeof v, (int64_t)g->n);
		if (g->n == 0)
			cs_text_add(s, "No case has both amounts, so there is nothing to compare.");
		else
			cs_text_add(s, "%s %s both amounts.", v, g->n == 1 ? "case has" : "cases have");
		return;
	}
	if (strcmp(measure, "missing") == 0) {
		cs_fmt_count(ms, sizeof ms, g->missing);
		if (g->missing)
			cs_text_add(s, "%s %s with an empty amount in '%s' or '%s' %s left out.", ms,
				    g->missing == 1 ? "row" : "rows", o->a, o->b, g->missing == 1 ? "was" : "were");
		else
			cs_text_add(s, "No row had an empty amount.");
		return;
	}
	if (g->n == 0) {
		cs_text_add(s, "No cases to compare.");
		return;
	}
	if (strcmp(measure, "total_a") == 0 || strcmp(measure, "total_b") == 0) {
		int isa = measure[6] == 'a';
		char sum[96];
		cs_money_format(sum, sizeof sum, isa ? g->sa : g->sb, dec, ',');
		cs_text_add(s, "'%s' adds up to %s%s%s.", isa ? o->a : o->b, sum, m->currency ? " " : "",
			    m->currency ? m->currency : "");
		return;
	}
	if (strcmp(measure, "ratio") == 0) {
		if (isnan(est)) {
			cs_text_add(s, "The ratio is undefined: '%s' adds up to 0.", o->b);
			return;
		}
		fmt_times(v, sizeof v, est);
		fmt_times(lo, sizeof lo, g->boot.lower[CS_DISP_RATIO]);
		fmt_times(hi, sizeof hi, g->boot.upper[CS_DISP_RATIO]);
		cs_text_add(s, "In total, '%s' is %s times '%s'.", o->a, v, o->b);
		boot_sentence(s, o, g, CS_DISP_RATIO, lo, hi);
		return;
	}
	if (strcmp(measure, "share") == 0) {
		if (isnan(est)) {
			cs_text_add(s, "The share is undefined: '%s' adds up to 0.", o->a);
			return;
		}
		fmt_share(v, sizeof v, est);
		fmt_share(lo, sizeof lo, g->boot.lower[CS_DISP_SHARE]);
		fmt_share(hi, sizeof hi, g->boot.upper[CS_DISP_SHARE]);
		cs_text_add(s, "'%s' accounts for %s of '%s'.", o->b, v, o->a);
		boot_sentence(s, o, g, CS_DISP_SHARE, lo, hi);
		return;
	}
	if (strcmp(measure, "gap") == 0) {
		fmt_amount(v, sizeof v, m, fabs(est), dec);
		fmt_amount(lo, sizeof lo, NULL, g->boot.lower[CS_DISP_GAP], dec);
		fmt_amount(hi, sizeof hi, m, g->boot.upper[CS_DISP_GAP], dec);
		if (est > 0)
			cs_text_add(s, "'%s' exceeds '%s' by %s.", o->a, o->b, v);
		else if (est < 0)
			cs_text_add(s, "'%s' falls short of '%s' by %s.", o->a, o->b, v);
		else
			cs_text_add(s, "'%s' and '%s' add up to the same amount.", o->a, o->b);
		boot_sentence(s, o, g, CS_DISP_GAP, lo, hi);
		return;
	}
	if (strcmp(measure, "row_ratio_n") == 0) {
		cs_fmt_count(v, sizeof v, (int64_t)g->nratios);
		cs_text_add(s, "%s %s an amount above 0 in '%s', so a ratio of %s own", v,
			    g->nratios == 1 ? "case has" : "cases have", o->b, g->nratios == 1 ? "its" : "their");
		if (g->nratios < g->n) {
			cs_fmt_count(lo, sizeof lo, (int64_t)(g->n - g->nratios));
			cs_text_add(s, "; %s with 0 %s left out of the per-case ratios", lo,
				    g->n - g->nratios == 1 ? "is" : "are");
		}
		cs_text_add(s, ".");
		return;
	}
	if (g->nratios == 0) {
		cs_text_add(s, "No case has an amount above 0 in '%s', so there are no per-case ratios.", o->b);
		return;
	}
	fmt_times(v, sizeof v, est);
	if (strcmp(measure, "row_ratio_median") == 0)
		cs_text_add(s, "In the middle case '%s' is %s times '%s' (median of the per-case ratios).",
			    o->a, v, o->b);
	else if (strcmp(measure, "row_ratio_q1") == 0)
		cs_text_add(s, "A quarter of the cases have a ratio below %s.", v);
	else if (strcmp(measure, "row_ratio_q3") == 0)
		cs_text_add(s, "A quarter of the cases have a ratio above %s.", v);
}

