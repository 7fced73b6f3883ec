/* compare_explain.c - the sentences of casestat compare, one group per
 * row: what was compared, the estimate and its range in everyday units
 * (percentage points, "times as often", odds), the method by name, and
 * cautions for zero cells, small counts and methods that behave badly
 * there.  They read the suppressed result: a row whose counts are hidden
 * never gets here (cli/frame/finish.c writes why instead). */
#include "cli/cmd/compare.h"
#include "cli/core/numfmt.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* What one row says. */
struct cs_cmp_story {
	const char *name1, *name2;   /* "rows with channel = 'Kaspi'", or "group 1" */
	const char *what;            /* "are marked 'complained'", or NULL (calculator) */
	struct cs_2x2 t;
	int64_t missing;             /* rows with an empty --success value, 0 when hidden */
	double conf;
	const struct cs_cmp_method *method;
	const struct cs_cmp_result *r;
};

/* Decimals for a share of n cases in a sentence: 86%, 11.4%, 0.37%. */
static int share_decimals(int64_t n)
{
	return n < 100 ? 0 : n < 10000 ? 1 : 2;
}

static void share(char *buf, size_t size, int64_t x, int64_t n)
{
	cs_fmt_pct(buf, size, (double)x / (double)n, share_decimals(n));
}

/* A name at the start of a sentence: its first letter in upper case
 * (ASCII: the names are "group 1" or "rows with ..."). */
static void add_cap(struct cs_text *t, const char *s)
{
	cs_text_add(t, "%c%s", toupper((unsigned char)s[0]), s[0] ? s + 1 : "");
}

static void counts(struct cs_text *t, const struct cs_cmp_story *s)
{
	char x1[32], m1[32], p1[32], x2[32], m2[32], p2[32];
	cs_fmt_count(x1, sizeof x1, s->t.x1);
	cs_fmt_count(m1, sizeof m1, s->t.n1);
	cs_fmt_count(x2, sizeof x2, s->t.x2);
	cs_fmt_count(m2, sizeof m2, s->t.n2);
	share(p1, sizeof p1, s->t.x1, s->t.n1);
	share(p2, sizeof p2, s->t.x2, s->t.n2);
	add_cap(t, s->name1);
	cs_text_add(t, ": %s of %s (%s)%s%s; %s: %s of %s (%s).", x1, m1, p1,
		    s->what ? " " : "", s->what ? s->what : "", s->name2, x2, m2, p2);
}

static void explain_difference(struct cs_text *t, const struct cs_cmp_story *s, const char *cf)
{
	const struct cs_cmp_result *r = s->r;
	int dec = cs_pct_decimals(r->lower, r->upper);
	char est[32], lo[32], hi[32];
	cs_fmt_points(est, sizeof est, fabs(r->estimate), dec);
	for (int d = dec + 1; d <= 6 && r->estimate != 0.0 && cs_fmt_read(est) == 0; d++)
		cs_fmt_points(est, sizeof est, fabs(r->estimate), d);   /* never "0 points higher" */
	cs_fmt_points(lo, sizeof lo, r->lower, dec);
	cs_fmt_points(hi, sizeof hi, r->upper, dec);
	counts(t, s);
	if (r->estimate == 0.0)
		cs_text_add(t, " The shares are the same.");
	else
		cs_text_add(t, " The share is %s percentage points %s in %s.", est,
			    r->estimate > 0 ? "higher" : "lower", s->name1);
	if (r->lower == r->upper)   /* Wald at 0 or n: a range of one value */
		cs_text_add(t, " With %s confidence the difference (the first minus the second) is %s points (%s):"
			    " the range has no width.", cf, hi, s->method->title);
	else
		cs_text_add(t, " With %s confidence the difference (the first minus the second) lies between"
			    " %s and %s points (%s).", cf, lo, hi, s->method->title);
	if (r->lower <= 0.0 && r->upper >= 0.0)
		cs_text_add(t, " The range includes 0, so the data are also consistent with no difference.");
}

static void explain_ratio(struct cs_text *t, const struct cs_cmp_story *s, const char *cf)
{
	const struct cs_cmp_result *r = s->r;
	char p1[32], p2[32], est[32], lo[32], hi[32], x1[32], n1[32], x2[32], n2[32];
	share(p1, sizeof p1, s->t.x1, s->t.n1);
	share(p2, sizeof p2, s->t.x2, s->t.n2);
	cs_fmt_count(x1, sizeof x1, s->t.x1);
	cs_fmt_count(n1, sizeof n1, s->t.n1);
	cs_fmt_count(x2, sizeof x2, s->t.x2);
	cs_fmt_count(n2, sizeof n2, s->t.n2);
	if (r->notes & CS_CMP_NOTE_EST_UNDEF) {
		cs_text_add(t, "Neither group has any cases%s%s (%s and %s), so there is no ratio to estimate.",
			    s->what ? " that " : "", s->what ? s->what : "", p1, p2);
	} else if (r->notes & CS_CMP_NOTE_EST_INF) {
		add_cap(t, s->name1);
		cs_text_add(t, ": %s of %s (%s); %s: 0 of %s, so the ratio of the shares is infinite.", x1, n1, p1,
			    s->name2, n2);
	} else if (r->estimate == 0.0) {
		add_cap(t, s->name1);
		cs_text_add(t, ": 0 of %s; %s: %s of %s (%s), so the ratio of the shares is 0.", n1, s->name2, x2, n2,
			    p2);
	} else {
		cs_fmt_times(est, sizeof est, r->estimate);
		if (s->what) {
			add_cap(t, s->name1);
			cs_text_add(t, " %s %s times as often as %s (%s against %s).", s->what, est,
				    s->name2, p1, p2);
		}
		else
			cs_text_add(t, "The share in %s (%s) is %s times the share in %s (%s).", s->name1, p1,
				    est, s->name2, p2);
		if (r->estimate < 1.0 && r->estimate > 0.0) {
			char less[32];
			cs_fmt_pct(less, sizeof less, 1.0 - r->estimate, 0);
			cs_text_add(t, " That is %s less often.", less);
		}
	}
	if (r->notes & CS_CMP_NOTE_ZERO_COUNT) {
		cs_text_add(t, " The %s interval does not exist when either group has a count of 0;"
			    " koopman and adjusted-log give one.", s->method->title);
		return;
	}
	cs_fmt_times_apart(lo, hi, sizeof lo, r->lower, r->upper);
	if (isinf(r->upper) && r->lower == 0.0)
		cs_text_add(t, " The %s interval runs from 0 to infinity: these counts say nothing"
			    " about the ratio.", s->method->title);
	else if (isinf(r->upper))
		cs_text_add(t, " With %s confidence the ratio is at least %s (%s); with none in %s,"
			    " the data set no upper limit.", cf, lo, s->method->title, s->name2);
	else if (r->lower == r->upper)   /* every case a success: a range of one value */
		cs_text_add(t, " With %s confidence the ratio is %s (%s): the range has no width.", cf, hi,
			    s->method->title);
	else
		cs_text_add(t, " With %s confidence the ratio lies between %s and %s (%s).", cf, lo, hi,
			    s->method->title);
	if (strcmp(s->method->name, "adjusted-log") == 0)
		cs_text_add(t, " This method adds 1/2 to every count before it computes the range.");
}

static void explain_odds_ratio(struct cs_text *t, const struct cs_cmp_story *s, const char *cf)
{
	const struct cs_cmp_result *r = s->r;
	if (r->notes & CS_CMP_NOTE_ZERO_MARGIN) {
		cs_text_add(t, "Every case in both groups has the same outcome, so there are no odds to"
			    " compare: the odds ratio is undefined.");
		return;
	}
	char a[32], b[32], c[32], d[32], est[32], lo[32], hi[32];
	cs_fmt_count(a, sizeof a, s->t.x1);
	cs_fmt_count(b, sizeof b, s->t.n1 - s->t.x1);
	cs_fmt_count(c, sizeof c, s->t.x2);
	cs_fmt_count(d, sizeof d, s->t.n2 - s->t.x2);
	int conditional = strcmp(s->method->name, "woolf") != 0;
	if (isinf(r->estimate) || r->estimate == 0.0) {
		cs_text_add(t, "The odds are %s to %s in %s and %s to %s in %s; with a 0 among these counts"
			    " the %s estimate of the odds ratio is %s.", a, b, s->name1, c, d, s->name2,
			    conditional ? "conditional maximum likelihood" : "sample",
			    r->estimate == 0.0 ? "0" : "infinite");
	} else {
		cs_fmt_times(est, sizeof est, r->estimate);
		cs_text_add(t, "The odds in %s (%s to %s) are %s times the odds in %s (%s to %s)%s.",
			    s->name1, a, b, est, s->name2, c, d,
			    conditional ? " by the conditional maximum likelihood estimate, as R's fisher.test" : "");
	}
	if (r->notes & CS_CMP_NOTE_HALF_ADDED)
		cs_text_add(t, " Because a count is 0, 1/2 was added to each of the four counts (Haldane).");
	cs_fmt_times_apart(lo, hi, sizeof lo, r->lower, r->upper);
	if (isinf(r->upper))
		cs_text_add(t, " With %s confidence the odds ratio is at least %s (%s); a zero count leaves"
			    " no upper limit.", cf, lo, s->method->title);
	else
		cs_text_add(t, " With %s confidence it lies between %s and %s (%s).", cf, lo, hi,
			    s->method->title);
	/* say how far the odds ratio is from the ratio of the shares only where
	 * the two differ by more than a tenth */
	double p1 = (double)s->t.x1 / (double)s->t.n1, p2 = (double)s->t.x2 / (double)s->t.n2, rr = p1 / p2;
	if (isfinite(r->estimate) && r->estimate > 0 && isfinite(rr) && rr > 0 && fabs(log(r->estimate / rr)) > log(1.1)) {
		char rs[32];
		cs_fmt_times(rs, sizeof rs, rr);
		cs_fmt_times(est, sizeof est, r->estimate);
		cs_text_add(t, " An odds ratio is not a ratio of shares: here the shares' ratio is %s and the odds"
			    " ratio %s.", rs, est);
	}
}

static void explain_test(struct cs_text *t, const struct cs_cmp_story *s)
{
	const struct cs_cmp_result *r = s->r;
	const char *name = s->method->name;
	char p[32];
	cs_fmt_pvalue(p, sizeof p, r->estimate);
	if (strcmp(name, "fisher") == 0) {
		if (r->notes & CS_CMP_NOTE_ZERO_MARGIN) {
			cs_text_add(t, "Fisher's exact test: every case has the same outcome, so only one split"
				    " is possible and p = 1.");
			return;
		}
		char words[32];
		cs_fmt_pvalue_words(words, sizeof words, r->estimate);
		cs_text_add(t, "Fisher's exact test: if the underlying share were the same in both groups,"
			    " a split at least as uneven as this one would turn up by chance with"
			    " probability %s (two-sided).", words);
		cs_text_add(t, " A small p-value says chance alone is an unlikely explanation; it does not"
			    " say how large the gap is.");
		return;
	}
	int yates = strcmp(name, "chisq_yates") == 0;
	if (r->notes & CS_CMP_NOTE_ZERO_MARGIN) {
		cs_text_add(t, "The chi-squared test%s needs both outcomes to occur; here every case has"
			    " the same outcome, so it is undefined.", yates ? " with Yates' correction" : "");
		return;
	}
	char x2[32];
	cs_fmt_stat(x2, sizeof x2, r->lower);
	cs_text_add(t, "%s: X-squared = %s with 1 degree of freedom, %s.",
		    yates ? "Chi-squared test with Yates' continuity correction"
			  : "Pearson's chi-squared test without continuity correction", x2, p);
	if (r->notes & CS_CMP_NOTE_YATES_CAPPED)
		cs_text_add(t, " As in R, the correction is capped at the gap between observed and expected"
			    " counts, which here makes X-squared 0.");
	if (r->notes & CS_CMP_NOTE_SMALL_EXPECTED)
		cs_text_add(t, " Caution: an expected count is below 5, so this approximation is poor here;"
			    " Fisher's exact test is the one to report.");
}

/* Small counts, zero cells, Wald, missing values. */
static void cautions(struct cs_text *t, const struct cs_cmp_story *s)
{
	const struct cs_2x2 *x = &s->t;
	int small_n = x->n1 < 30 || x->n2 < 30;
	int64_t cell = x->x1;
	if (x->n1 - x->x1 < cell) cell = x->n1 - x->x1;
	if (x->x2 < cell) cell = x->x2;
	if (x->n2 - x->x2 < cell) cell = x->n2 - x->x2;
	if (s->method->measure != CS_CMP_TEST) {
		if (small_n) {
			int first = x->n1 <= x->n2;
			char n[32];
			cs_fmt_count(n, sizeof n, first ? x->n1 : x->n2);
			cs_text_add(t, " Caution: with only %s %s in %s the range is wide.", n,
				    (first ? x->n1 : x->n2) == 1 ? "case" : "cases",
				    first ? s->name1 : s->name2);
		} else if (cell < 5) {
			cs_text_add(t, " Caution: %s count in the table is %lld, so the result rests on very"
				    " few cases.", cell == 0 ? "a" : "the smallest", (long long)cell);
		}
		if ((small_n || cell < 5) && strcmp(s->method->name, "wald") == 0)
			cs_text_add(t, " The Wald method is unreliable at counts like these (its range can be"
				    " too narrow or even empty); newcombe is the safer choice.");
	}
	int64_t missing = s->missing;
	if (missing) {
		char m[32];
		cs_fmt_count(m, sizeof m, missing);
		cs_text_add(t, " %s %s with an empty value %s left out.", m, missing == 1 ? "row" : "rows",
			    missing == 1 ? "was" : "were");
	}
}

static void explain_story(struct cs_text *text, const struct cs_cmp_story *s)
{
	char cf[32];
	cs_fmt_conf(cf, sizeof cf, s->conf);
	switch (s->method->measure) {
	case CS_CMP_DIFFERENCE: explain_difference(text, s, cf); break;
	case CS_CMP_RATIO: explain_ratio(text, s, cf); break;
	case CS_CMP_ODDS_RATIO: explain_odds_ratio(text, s, cf); break;
	case CS_CMP_TEST: explain_test(text, s); break;
	default: break;
	}
	cautions(text, s);
}

void cs_compare_explain(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t)
{
	const struct compare_opts *o = job->opts;
	const struct compare_row *d = cs_result_row_data(res, row);
	int64_t f1 = cs_result_shown_or_0(res, row, 1), f2 = cs_result_shown_or_0(res, row, 3);
	struct cs_cmp_story s = {
		o->name[0], o->name[1], NULL, { 0, 0, 0, 0 }, cs_result_shown_or_0(res, row, 4),
		job->common->conf, d->method, &d->r
	};
	s.t.x1 = cs_result_shown_or_0(res, row, 0);
	s.t.n1 = s.t.x1 + f1;
	s.t.x2 = cs_result_shown_or_0(res, row, 2);
	s.t.n2 = s.t.x2 + f2;
	struct cs_text what = CS_TEXT_INIT;
	if (job->input) {
		cs_success_phrase(&o->success, &what);
		s.what = cs_text_str(&what);
	}
	explain_story(t, &s);
	t->failed |= what.failed;
	cs_text_free(&what);
}
