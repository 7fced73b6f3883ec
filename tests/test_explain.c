/* test_explain.c - every sentence of --explain is true of its row.
 *
 * The explanations go straight into published reports.
 * This test runs the commands in-process through the driver (cs_job_init,
 * cs_opts_parse, cs_job_plan, cs_job_result with explain), so that it has a
 * row's typed cells and its sentences together, over a grid of inputs that
 * reach the corners: ties, all equal, zeros, n = 1, x = 0, x = n, negative
 * limits, reversed amounts, --min-cell.
 *
 * Each row's text is cut into sentences (see split_sentences) and every
 * sentence must match one template of its command (a POSIX regular
 * expression per template); a sentence that matches none fails, so a new or
 * changed template cannot slip through unchecked.  The template's checker
 * then tests each claim of the sentence against the row: counts equal the
 * row's counts (and are ones that --min-cell shows), numbers are roundings of
 * the cells at the decimals printed, "between A and B" has A < B, cautions
 * hold when they are said, and for the data forms the claims about the input
 * (a quarter of the per-case ratios below X, amounts never below zero, a
 * quarter of the amounts X or less) are counted on the values this test
 * wrote.  No sentence holds nan, inf, -0 or an exponent.  After the
 * sentences, the row checks say which sentences a row must have (the caution
 * for n < 30 ...).  With --min-cell the command also runs without it, and a
 * hidden row's reasons are checked against the true counts.  Every template
 * must be met somewhere on the grid, and the number of checks made must be
 * large, so a grid that silently runs nothing fails.
 *
 * EXPLAIN_KEEP_GOING=1 in the environment lists every false sentence rather
 * than stopping at the first.
 *
 * The last test computes the Flesch-Kincaid grade of the sentences of
 * typical inputs for every command (rules at syllables and fk_add). */
#include "test_util.h"
#include "cli/frame/command.h"
#include "cli/frame/common.h"
#include "cli/frame/driver.h"
#include "cli/frame/options.h"
#include "cli/cmd/amounts.h"
#include "cli/cmd/compare.h"
#include "cli/cmd/disparity.h"
#include "cli/cmd/funnel.h"
#include "cli/cmd/mse.h"
#include "cli/cmd/prop.h"
#include "cli/cmd/rate.h"
#include "cli/cmd/tab.h"
#include "cli/core/numfmt.h"
#include "analysis/status.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>

#include <ctype.h>
#include <locale.h>
#include <regex.h>
#include <stdint.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* Running a command in-process                                        */

struct run {
	char line[2048];              /* the command line, for messages */
	char buf[2048];               /* argv's strings */
	char *argv[96];
	int argc;
	const struct cs_command *cmd;
	struct cs_common common;
	struct cs_job job;
	struct cs_opts o;
	struct cs_result res;
	struct cs_err err;
	int rc;
};

static long g_checks, g_sentences, g_rows, g_runs, g_failed;

/* Run "cmd arg arg ..." (arguments separated by single spaces). */
static int run_cmd(struct run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int run_cmd(struct run *r, const char *fmt, ...)
{
	memset(r, 0, sizeof *r);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(r->line, sizeof r->line, fmt, ap);
	va_end(ap);
	memcpy(r->buf, r->line, sizeof r->buf);
	for (char *save = NULL, *tok = strtok_r(r->buf, " ", &save); tok && r->argc < 95;
	     tok = strtok_r(NULL, " ", &save))
		r->argv[r->argc++] = tok;
	r->cmd = cs_command_find(r->argv[0]);
	if (!r->cmd)
		fail_msg("no command '%s'", r->argv[0]);
	cs_common_init(&r->common);
	r->rc = cs_job_init(&r->job, r->cmd, &r->common, &r->err);
	cs_opts_init(&r->o, r->cmd->name, r->cmd->options, r->job.opts, &r->common);
	if (!r->rc)
		r->rc = cs_opts_parse(&r->o, r->argc, r->argv, &r->err);
	r->job.operand = r->o.operand;
	r->job.noperand = r->o.noperand;
	if (!r->rc)
		r->rc = cs_job_plan(&r->job, &r->err);
	if (!r->rc)
		r->rc = cs_job_result(&r->job, &r->res, 1, &r->err);
	if (r->rc)
		fail_msg("casestat %s: exit %d: %s", r->line, r->rc, r->err.msg);
	g_runs++;
	return r->rc;
}

static void run_free(struct run *r)
{
	cs_result_free(&r->res);
	cs_opts_free(&r->o);
	cs_job_free(&r->job);
	cs_common_free(&r->common);
}

/* ------------------------------------------------------------------ */
/* The input of a data form, as this test wrote it                      */

#define MAXG 24

struct group {
	char label[32];
	size_t n, cap;
	int64_t *a, *b;       /* amounts in units of 10^-dec; b unused by amounts */
	int64_t missing;      /* rows with an empty amount */
};

struct data {
	char path[128];
	int dec;              /* decimals the amounts are written with */
	size_t ng;
	struct group g[MAXG];
};

static struct group *data_group(struct data *d, const char *label)
{
	for (size_t i = 0; i < d->ng; i++)
		if (strcmp(d->g[i].label, label) == 0)
			return &d->g[i];
	assert_true(d->ng < MAXG);
	struct group *g = &d->g[d->ng++];
	memset(g, 0, sizeof *g);
	snprintf(g->label, sizeof g->label, "%s", label);
	return g;
}

static void data_add(struct data *d, const char *label, int64_t a, int64_t b)
{
	struct group *g = data_group(d, label);
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 16;
		g->a = realloc(g->a, g->cap * sizeof *g->a);
		g->b = realloc(g->b, g->cap * sizeof *g->b);
		assert_non_null(g->a);
		assert_non_null(g->b);
	}
	g->a[g->n] = a;
	g->b[g->n] = b;
	g->n++;
}

static const struct group *data_find(const struct data *d, const char *label)
{
	for (size_t i = 0; i < d->ng; i++)
		if (strcmp(d->g[i].label, label) == 0)
			return &d->g[i];
	return NULL;
}

static void data_free(struct data *d)
{
	for (size_t i = 0; i < d->ng; i++) {
		free(d->g[i].a);
		free(d->g[i].b);
	}
	unlink(d->path);
	d->ng = 0;
}

static void put_amount(FILE *f, int64_t v, int dec)
{
	if (dec == 0) {
		fprintf(f, "%lld", (long long)v);
		return;
	}
	int64_t p = 1;
	for (int i = 0; i < dec; i++)
		p *= 10;
	fprintf(f, "%s%lld.%0*lld", v < 0 ? "-" : "", (long long)(llabs(v) / p), dec, (long long)(llabs(v) % p));
}

/* Write d as a CSV file g,a,b with the missing rows (empty a) at the end
 * of each group; two columns (g,a) when with_b is 0. */
static void data_write(struct data *d, int with_b)
{
	static int serial;
	snprintf(d->path, sizeof d->path, "/tmp/h9-explain-%ld-%d.csv", (long)getpid(), serial++);
	FILE *f = fopen(d->path, "w");
	assert_non_null(f);
	fprintf(f, with_b ? "g,a,b\n" : "g,a\n");
	for (size_t i = 0; i < d->ng; i++) {
		const struct group *g = &d->g[i];
		for (size_t k = 0; k < g->n; k++) {
			fprintf(f, "%s,", g->label);
			put_amount(f, g->a[k], d->dec);
			if (with_b) {
				fputc(',', f);
				put_amount(f, g->b[k], d->dec);
			}
			fputc('\n', f);
		}
		for (int64_t k = 0; k < g->missing; k++)
			fprintf(f, with_b ? "%s,,1\n" : "%s,\n", g->label);
	}
	assert_int_equal(fclose(f), 0);
}

/* ------------------------------------------------------------------ */
/* Checks                                                              */

#define CAPS 24
#define CAPLEN 512
#define MAXSENT 48
#define SENTLEN 1024

struct tmpl;

/* What a checker sees: the run, the row, the sentence and its captures. */
struct ctx {
	struct run *r;
	struct run *twin;             /* the same command without --min-cell, or NULL */
	const struct data *data;      /* the input of a data form, or NULL */
	size_t row;
	const char *text;             /* the row's explanation */
	const char *sent;             /* the sentence being checked */
	char cap[CAPS][CAPLEN];
	int label_said;               /* the text started with the row's label */
	int hidden_key;               /* a key count of the row is hidden */
	long seen[64];                /* hits per template of the command */
	long seen_hidden[8];          /* hits per template of hidden rows */
	int nsent;
	char sents[MAXSENT][SENTLEN];
};

static void failf(const struct ctx *c, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void failf(const struct ctx *c, int line, const char *fmt, ...)
{
	char msg[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	print_error("casestat %s --explain\n  row %zu: %s\n  sentence: %s\n  false: %s\n", c->r->line, c->row,
		    c->text ? c->text : "(none)", c->sent ? c->sent : "(row)", msg);
	/* EXPLAIN_KEEP_GOING=1 lists every false sentence instead of stopping
	 * at the first (the test still fails) */
	if (getenv("EXPLAIN_KEEP_GOING")) {
		g_failed++;
		return;
	}
	_fail(__FILE__, line);
}

#define CHECK(c, cond, ...) \
	do { \
		g_checks++; \
		if (!(cond)) \
			failf((c), __LINE__, __VA_ARGS__); \
	} while (0)

static const struct cs_result *RES(const struct ctx *c) { return &c->r->res; }

static double cell(const struct ctx *c, size_t col) { return cs_result_num(RES(c), c->row, col); }

/* A number as a sentence writes it: -?digits with ',' between groups of
 * three (or none), then decimals. */
static int number_text_ok(const char *s)
{
	static regex_t rx;
	static int ready;
	if (!ready) {
		assert_int_equal(regcomp(&rx, "^-?([0-9]{1,3}(,[0-9]{3})*|[0-9]+)([.][0-9]+)?$", REG_EXTENDED | REG_NOSUB), 0);
		ready = 1;
	}
	return regexec(&rx, s, 0, NULL, 0) == 0;
}


static int decimals_of(const char *s)
{
	const char *d = strchr(s, '.');
	return d ? (int)strlen(d + 1) : 0;
}

/* The number in a capture, checked to be written as a number. */
static double num(struct ctx *c, const char *s)
{
	CHECK(c, number_text_ok(s), "'%s' is not written as a number", s);
	return cs_fmt_read(s);
}

/* s is v * scale rounded to the decimals s shows. */
static void rounds(struct ctx *c, const char *s, double v, double scale, const char *what)
{
	double x = num(c, s), w = v * scale, unit = pow(10, -decimals_of(s));
	CHECK(c, isfinite(w), "states %s as %s, but the row's value is empty or not finite", what, s);
	CHECK(c, fabs(x - w) <= 0.5 * unit * (1 + 1e-9) + 1e-9 * fabs(w),
	      "states %s as %s, but it is %.10g", what, s, w);
}

/* A percentage of the proportion p: a rounding, and 0% or 100% only for
 * 0 and 1 themselves (or what six decimals cannot tell from them). */
static void pct(struct ctx *c, const char *s, double p, const char *what)
{
	rounds(c, s, p, 100, what);
	double x = cs_fmt_read(s);
	CHECK(c, x != 0 || p * 100 < 0.5e-6, "says %s is 0%% but it is %.10g", what, p);
	CHECK(c, x != 100 || (1 - p) * 100 < 0.5e-6, "says %s is 100%% but it is %.10g", what, p);
}

/* A count of people said in a sentence: never one that --min-cell keeps out
 * of published tables (1 to K-1). */
static void count_allowed(struct ctx *c, int64_t v)
{
	int64_t k = RES(c)->min_cell;
	CHECK(c, k <= 0 || v == 0 || v >= k, "states the count %lld, which --min-cell %lld hides", (long long)v,
	      (long long)k);
}

/* The row's count i, which must be shown, read as a value. */
static int64_t shown(struct ctx *c, size_t i)
{
	int64_t v = 0;
	CHECK(c, i < RES(c)->row[c->row].ncount, "row has no count %zu", i);
	CHECK(c, cs_result_shown(RES(c), c->row, i, &v), "rests on the count '%s', which --min-cell hides",
	      RES(c)->row[c->row].count[i].name);
	return v;
}

/* s states v, a count. */
static void count_is(struct ctx *c, const char *s, int64_t v, const char *what)
{
	double x = num(c, s);
	CHECK(c, decimals_of(s) == 0 && x == (double)v, "states %s as %s, but it is %lld", what, s, (long long)v);
	count_allowed(c, v);
}

/* s states the row's count i. */
static void count_of(struct ctx *c, const char *s, size_t i)
{
	count_is(c, s, shown(c, i), RES(c)->row[c->row].count[i].name);
}

static void conf_is(struct ctx *c, const char *s)
{
	double x = num(c, s);
	CHECK(c, fabs(x - 100 * c->r->common.conf) < 1e-9, "states the confidence as %s%%, but it is %g", s,
	      c->r->common.conf);
}

static void title_is(struct ctx *c, const char *s)
{
	const char *t = RES(c)->row[c->row].method.title;
	CHECK(c, t && strcmp(s, t) == 0, "names the method '%s', but the row's is '%s'", s, t ? t : "(none)");
}

static const char *method_name(const struct ctx *c)
{
	const char *m = RES(c)->row[c->row].method.name;
	return m ? m : "";
}

/* "between lo and hi": two different values, the smaller first. */
static void ordered(struct ctx *c, const char *lo, const char *hi)
{
	CHECK(c, num(c, lo) < num(c, hi), "'between %s and %s' is no range from a smaller to a larger value", lo, hi);
}

static void agrees(struct ctx *c, int64_t n, const char *word, const char *one, const char *many)
{
	CHECK(c, strcmp(word, n == 1 ? one : many) == 0, "says '%s' of %lld", word, (long long)n);
}

/* ------------------------------------------------------------------ */
/* Templates                                                           */

typedef void (*check_fn)(struct ctx *c);

struct tmpl {
	const char *id;
	const char *re;
	check_fn check;
	int rare;                     /* need not be met on the grid (said why where set) */
	regex_t rx;
	int ready;
	long hits;
};

/* Pieces of the expressions.  Each captures one group. */
#define N "(-?[0-9][0-9,.]*)"          /* a number */
#define P "(-?[0-9][0-9,.]*)%"         /* a percentage (the number) */
#define CF "([0-9][0-9.]*)%"           /* a confidence level */
#define Q "'([^']*)'"                  /* a quoted name */

static int tmpl_match(struct tmpl *t, struct ctx *c, const char *s)
{
	if (!t->ready) {
		int e = regcomp(&t->rx, t->re, REG_EXTENDED);
		if (e) {
			char b[256];
			regerror(e, &t->rx, b, sizeof b);
			fail_msg("template %s: %s", t->id, b);
		}
		t->ready = 1;
	}
	regmatch_t m[CAPS];
	if (regexec(&t->rx, s, CAPS, m, 0) != 0)
		return 0;
	for (int i = 0; i < CAPS; i++) {
		c->cap[i][0] = '\0';
		if (m[i].rm_so >= 0) {
			int len = (int)(m[i].rm_eo - m[i].rm_so);
			if (len >= CAPLEN)
				len = CAPLEN - 1;
			memcpy(c->cap[i], s + m[i].rm_so, (size_t)len);
			c->cap[i][len] = '\0';
		}
	}
	return 1;
}

/* Sentences end at '.', '!' or '?' (or ".)") followed by a space or the
 * end of the text; a '.' inside a number or a name (fisher.test) does
 * not end one. */
static int split_sentences(const char *text, char out[][SENTLEN], int max)
{
	int n = 0;
	const char *start = text;
	for (const char *p = text; *p; p++) {
		if (*p != '.' && *p != '!' && *p != '?')
			continue;
		const char *e = p + 1;
		if (*e == ')')
			e++;
		if (*e != ' ' && *e != '\0')
			continue;
		if (n < max) {
			size_t len = (size_t)(e - start);
			if (len >= SENTLEN)
				len = SENTLEN - 1;
			memcpy(out[n], start, len);
			out[n][len] = '\0';
			n++;
		}
		p = e - 1;
		start = *e ? e + 1 : e;
	}
	if (*start && n < max) {
		snprintf(out[n], SENTLEN, "%s", start);
		n++;
	}
	return n;
}

/* What no sentence may hold: nan, inf, -0, exponents, stray blanks. */
static void generic(struct ctx *c, const char *s)
{
	for (const char *p = s; *p; p++) {
		int start = p == s || !isalnum((unsigned char)p[-1]);
		if (start && (strncasecmp(p, "nan", 3) == 0 || strncasecmp(p, "inf", 3) == 0)) {
			int end = !isalnum((unsigned char)p[3]);
			CHECK(c, !end, "holds '%.3s'", p);
		}
		if (*p == '-' && isdigit((unsigned char)p[1]) && (p == s || !isalnum((unsigned char)p[-1]))) {
			char b[64];
			size_t j = 0;
			for (const char *q = p + 1; (isdigit((unsigned char)*q) || *q == ',' || *q == '.') && j < 63; q++)
				b[j++] = *q;
			b[j] = '\0';
			CHECK(c, cs_fmt_read(b) != 0, "holds a negative zero '-%s'", b);
		}
		if (isdigit((unsigned char)*p) && (p[1] == 'e' || p[1] == 'E') &&
		    (isdigit((unsigned char)p[2]) || ((p[2] == '-' || p[2] == '+') && isdigit((unsigned char)p[3]))))
			CHECK(c, 0, "writes a number with an exponent");
	}
	CHECK(c, !strstr(s, "(null)"), "holds (null)");
	CHECK(c, !strstr(s, "  ") && !strstr(s, " .") && !strstr(s, " ,") && !strstr(s, ".."),
	      "has a stray blank or a doubled stop");
	CHECK(c, s[0] && s[strlen(s) - 1] != ' ', "ends with a blank");
}

/* ------------------------------------------------------------------ */
/* Rows that --min-cell hides, whatever the command (cli/frame/finish.c) */

enum { H_ROW, H_REASONS, H_NOT_SHOWN, H_IT_IS, H_N };

static int64_t true_count(struct ctx *c, size_t i);

static void h_row(struct ctx *c)
{
	int64_t k = RES(c)->min_cell;
	CHECK(c, k > 0 && num(c, c->cap[1]) == (double)k, "names --min-cell %s, but it is %lld", c->cap[1], (long long)k);
	CHECK(c, num(c, c->cap[2]) == (double)(k - 1), "says 1 to %s under --min-cell %lld", c->cap[2], (long long)k);
	CHECK(c, c->hidden_key, "says the row is hidden, but none of its key counts is");
}

/* "The count x is from 1 to 4; the total n is hidden because ... (printed as <5)." */
static void h_reasons(struct ctx *c)
{
	const struct cs_rowinfo *ri = &RES(c)->row[c->row];
	int64_t k = RES(c)->min_cell;
	char s[SENTLEN];
	snprintf(s, sizeof s, "%s", c->sent);
	size_t len = strlen(s);
	CHECK(c, len && s[len - 1] == '.', "does not end with a stop");
	s[--len] = '\0';
	char mark[64];
	snprintf(mark, sizeof mark, " (printed as <%lld)", (long long)k);
	int printed = 0;
	if (len > strlen(mark) && strcmp(s + len - strlen(mark), mark) == 0) {
		printed = 1;
		s[len - strlen(mark)] = '\0';
	}
	int any_col = 0, nparts = 0;
	for (char *save = NULL, *part = strtok_r(s, ";", &save); part; part = strtok_r(NULL, ";", &save)) {
		while (*part == ' ')
			part++;
		nparts++;
		const char *why[3] = { " is from 1 to ", " is hidden because it would reveal a count from 1 to ",
				       " is hidden because with the totals it would let another hidden count be worked"
				       " out by subtraction" };
		enum cs_sup_why wv[3] = { CS_SUP_SMALL, CS_SUP_COMPLEMENT, CS_SUP_SECONDARY };
		int w = -1;
		char *at = NULL;
		for (int i = 0; i < 3 && w < 0; i++)
			if ((at = strstr(part, why[i])) != NULL)
				w = i;
		CHECK(c, w >= 0, "gives no reason in '%s'", part);
		if (w < 0)
			return;
		*at = '\0';
		const char *rest = at + strlen(why[w]);
		if (w == 0)
			CHECK(c, num(c, rest) == (double)(k - 1), "says 'from 1 to %s' under --min-cell %lld", rest,
			      (long long)k);
		if (w == 1)
			CHECK(c, atoll(rest) == k - 1 &&
				 strstr(rest, ": the rest of a total it is part of") != NULL,
			      "says '%s'", rest);
		if (w == 2)
			CHECK(c, *rest == '\0', "says more: '%s'", rest);
		size_t i = 0;
		for (; i < ri->ncount; i++)
			if (strcasecmp(part, ri->count[i].name) == 0)
				break;
		CHECK(c, i < ri->ncount, "names '%s', which is no count of the row", part);
		CHECK(c, ri->count[i].why == wv[w], "gives '%s' the wrong reason", part);
		any_col |= ri->count[i].col >= 0;
		if (w == 0 && c->twin) {
			int64_t v = true_count(c, i);
			CHECK(c, v >= 1 && v <= k - 1, "says %s is from 1 to %lld; it is %lld", part, (long long)(k - 1),
			      (long long)v);
		}
	}
	CHECK(c, nparts > 0, "names no count");
	CHECK(c, printed == any_col, "says '(printed as <K)' of counts %s printed", any_col ? "that are" : "that are not");
}

static void h_not_shown(struct ctx *c)
{
	const struct cs_rowinfo *ri = &RES(c)->row[c->row];
	CHECK(c, ri->rests_on && strcasecmp(c->cap[1], ri->rests_on) == 0, "names '%s', but the row rests on '%s'",
	      c->cap[1], ri->rests_on ? ri->rests_on : "(nothing)");
	int plural = strstr(c->cap[1], " and ") != NULL;
	CHECK(c, strcmp(c->cap[2], plural ? "are" : "is") == 0 && strcmp(c->cap[3], plural ? "they" : "it") == 0,
	      "says '%s ... %s' of '%s'", c->cap[2], c->cap[3], c->cap[1]);
	CHECK(c, c->hidden_key, "says values are not shown, but no key count is hidden");
	const struct cs_result *res = RES(c);
	for (size_t col = 0; col < res->ncols; col++) {
		enum cs_role role = res->cols[col].role;
		int is_count = 0;
		for (size_t i = 0; i < ri->ncount; i++)
			is_count |= ri->count[i].col == (long)col;
		if ((role == CS_ROLE_ESTIMATE || role == CS_ROLE_LOWER || role == CS_ROLE_UPPER) && !is_count)
			CHECK(c, isnan(cell(c, col)), "says the values are not shown, but '%s' is", res->cols[col].name);
	}
}

static void h_it_is(struct ctx *c)
{
	int64_t k = RES(c)->min_cell;
	CHECK(c, num(c, c->cap[1]) == (double)k, "names --min-cell %s, but it is %lld", c->cap[1], (long long)k);
	CHECK(c, !c->hidden_key, "comes after the sentences of a row whose key counts are hidden");
}

static struct tmpl hidden_tmpl[H_N] = {
	[H_ROW] = { "hidden: row", "^Hidden under --min-cell " N ", which keeps counts from 1 to " N
		    " out of published tables\\.$", h_row },
	[H_REASONS] = { "hidden: reasons",
			"^[A-Z][^.]* (is from 1 to [0-9]+|is hidden because [^.]*)( \\(printed as <[0-9]+\\))?\\.$",
			h_reasons },
	[H_NOT_SHOWN] = { "hidden: not shown",
			  "^(The [^:]+) (is|are) not shown either: (it|they) would reveal what is hidden\\.$",
			  h_not_shown },
	[H_IT_IS] = { "hidden: it is", "^It is hidden under --min-cell " N "\\.$", h_it_is },
};

/* The row of the twin run (no --min-cell) with the same text cells. */
static size_t twin_row(struct ctx *c)
{
	const struct cs_result *a = RES(c), *b = &c->twin->res;
	for (size_t r = 0; r < b->nrows; r++) {
		int same = 1;
		for (size_t col = 0; col < a->ncols && col < b->ncols && same; col++)
			if (a->cols[col].type == CS_COL_TEXT)
				same = strcmp(cs_result_str(a, c->row, col), cs_result_str(b, r, col)) == 0;
		const char *la = a->row[c->row].label, *lb = b->row[r].label;
		if (same && (la == NULL) == (lb == NULL) && (!la || strcmp(la, lb) == 0))
			return r;
	}
	/* calculators mask the label of a hidden count ("<5/7"): the same row,
	 * when the rows are the same in number and method */
	if (a->nrows == b->nrows && strcmp(a->row[c->row].method.name ? a->row[c->row].method.name : "",
					   b->row[c->row].method.name ? b->row[c->row].method.name : "") == 0)
		return c->row;
	fail_msg("casestat %s: row %zu has no twin without --min-cell", c->r->line, c->row);
	return 0;
}

static int64_t true_count(struct ctx *c, size_t i)
{
	size_t r = twin_row(c);
	return c->twin->res.row[r].count[i].v;
}

/* ------------------------------------------------------------------ */
/* One row                                                             */

struct cmd_checks {
	const char *name;
	struct tmpl *t;
	size_t nt;
	void (*row_check)(struct ctx *c);     /* after the sentences: what the row must say */
	int (*no_text)(struct ctx *c);        /* may this row have no sentences? */
};

static void check_row(struct ctx *c, struct cmd_checks *k)
{
	const struct cs_result *res = RES(c);
	const struct cs_rowinfo *ri = &res->row[c->row];
	memset(c->seen, 0, sizeof c->seen);
	memset(c->seen_hidden, 0, sizeof c->seen_hidden);
	c->sent = NULL;
	c->text = ri->explain;
	c->label_said = 0;
	c->hidden_key = 0;
	for (size_t i = 0; i < ri->ncount; i++)
		c->hidden_key |= ri->count[i].key && ri->count[i].why != CS_SUP_SHOWN;
	g_rows++;
	if (!c->text) {
		CHECK(c, k->no_text && k->no_text(c), "the row has no explanation");
		return;
	}
	const char *s = c->text;
	if (ri->label) {
		const char *l = ri->label[0] ? ri->label : "(empty)";
		size_t len = strlen(l);
		if (strncmp(s, l, len) == 0 && s[len] == ':' && s[len + 1] == ' ') {
			s += len + 2;
			c->label_said = 1;
		}
	}
	c->nsent = split_sentences(s, c->sents, MAXSENT);
	CHECK(c, c->nsent > 0 && c->nsent < MAXSENT, "has %d sentences", c->nsent);
	int ncommand = 0;
	for (int i = 0; i < c->nsent; i++) {
		c->sent = c->sents[i];
		g_sentences++;
		generic(c, c->sent);
		int found = 0;
		for (size_t t = 0; t < H_N && !found; t++)
			if (tmpl_match(&hidden_tmpl[t], c, c->sent)) {
				found = 1;
				hidden_tmpl[t].hits++;
				c->seen_hidden[t]++;
				hidden_tmpl[t].check(c);
			}
		for (size_t t = 0; t < k->nt && !found; t++)
			if (tmpl_match(&k->t[t], c, c->sent)) {
				found = 1;
				ncommand++;
				k->t[t].hits++;
				c->seen[t]++;
				k->t[t].check(c);
			}
		CHECK(c, found, "matches no template of %s", k->name);
	}
	c->sent = NULL;
	if (c->hidden_key) {
		CHECK(c, ncommand == 0, "a row whose key counts are hidden says more than why");
		CHECK(c, c->seen_hidden[H_ROW] == 1 && c->seen_hidden[H_REASONS] >= 1, "a hidden row does not say why");
		return;
	}
	int side = 0;
	for (size_t i = 0; i < ri->ncount; i++)
		side |= ri->count[i].why != CS_SUP_SHOWN;
	CHECK(c, side == (c->seen_hidden[H_IT_IS] == 1), "says 'It is hidden' %s", side ? "not" : "of nothing hidden");
	CHECK(c, c->seen_hidden[H_ROW] == 0 && c->seen_hidden[H_NOT_SHOWN] == 0, "a shown row says it is hidden");
	if (k->row_check)
		k->row_check(c);
}

static void check_result(struct run *r, struct run *twin, const struct data *d, struct cmd_checks *k)
{
	struct ctx *c = calloc(1, sizeof *c);
	assert_non_null(c);
	c->r = r;
	c->twin = twin;
	c->data = d;
	CHECK(c, r->res.nrows > 0, "no rows");
	for (size_t row = 0; row < r->res.nrows; row++) {
		c->row = row;
		check_row(c, k);
	}
	free(c);
}

/* Run a command line, check it; with --min-cell (mc > 0) also run it
 * without and check the hidden rows against the true counts. */
static void check_line(struct cmd_checks *k, const struct data *d, int64_t mc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void check_line(struct cmd_checks *k, const struct data *d, int64_t mc, const char *fmt, ...)
{
	char line[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	struct run *r = malloc(sizeof *r), *twin = NULL;
	assert_non_null(r);
	if (mc > 0) {
		twin = malloc(sizeof *twin);
		assert_non_null(twin);
		run_cmd(twin, "%s", line);
		run_cmd(r, "%s --min-cell %lld", line, (long long)mc);
	} else {
		run_cmd(r, "%s", line);
	}
	check_result(r, twin, d, k);
	run_free(r);
	free(r);
	if (twin) {
		run_free(twin);
		free(twin);
	}
}

/* ------------------------------------------------------------------ */
/* prop                                                                */

enum { P_SHARE, P_NONE, P_TWO, P_ONE, P_LOWER, P_UPPER, P_LOGIT, P_SMALL_N, P_FEW, P_WALD, P_MISSING, P_N };

static const struct prop_opts *prop_o(const struct ctx *c) { return c->r->job.opts; }

/* "are marked 's'" or "have g = 'x'" (cs_success_phrase), or "" */
static void success_phrase(char *buf, size_t size, const struct cs_success *s)
{
	if (s->value)
		snprintf(buf, size, "have %s = '%s'", s->col, s->value);
	else
		snprintf(buf, size, "are marked '%s'", s->col);
}

static void p_share(struct ctx *c)
{
	int64_t x = shown(c, 0), n = shown(c, 1);
	count_of(c, c->cap[1], 0);
	count_of(c, c->cap[2], 1);
	CHECK(c, n > 0, "states a share of n = 0");
	pct(c, c->cap[3], cell(c, PROP_EST), "the share");
	pct(c, c->cap[3], (double)x / (double)n, "x/n");
	const struct prop_opts *o = prop_o(c);
	char want[256] = "";
	if (o->success.col && c->r->job.input)
		success_phrase(want, sizeof want, &o->success);
	CHECK(c, strcmp(c->cap[5], want) == 0, "says what was counted as '%s', not '%s'", c->cap[5], want);
}

static void p_none(struct ctx *c)
{
	CHECK(c, shown(c, 1) == 0, "says there are no usable values, but n > 0");
	if (c->cap[1][0])
		count_of(c, c->cap[2], 2);
	else
		CHECK(c, cs_result_shown_or_0(RES(c), c->row, 2) == 0, "leaves out the rows with an empty value");
}

static void p_two(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	ordered(c, c->cap[2], c->cap[3]);
	pct(c, c->cap[2], cell(c, PROP_LO), "the lower limit");
	pct(c, c->cap[3], cell(c, PROP_HI), "the upper limit");
	title_is(c, c->cap[4]);
	CHECK(c, prop_o(c)->sides == CS_SIDES_TWO, "gives two limits of a one-sided interval");
}

/* A range of one value says so, and only then. */
static void p_one(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	CHECK(c, cell(c, PROP_LO) == cell(c, PROP_HI), "says the range has no width: %g to %g", cell(c, PROP_LO),
	      cell(c, PROP_HI));
	pct(c, c->cap[2], cell(c, PROP_HI), "the one value");
	title_is(c, c->cap[3]);
	CHECK(c, prop_o(c)->sides == CS_SIDES_TWO, "a one-sided interval with no width");
}

static void p_lower(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	pct(c, c->cap[2], cell(c, PROP_LO), "the lower limit");
	title_is(c, c->cap[3]);
	CHECK(c, prop_o(c)->sides == CS_SIDES_LOWER, "says 'at least' without --sides lower");
}

static void p_upper(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	pct(c, c->cap[2], cell(c, PROP_HI), "the upper limit");
	title_is(c, c->cap[3]);
	CHECK(c, prop_o(c)->sides == CS_SIDES_UPPER, "says 'at most' without --sides upper");
}

/* The Clopper-Pearson limits of x/n at the run's level and sides. */
static void clopper(struct ctx *c, int64_t x, int64_t n, double *lo, double *hi)
{
	struct cs_interval ci;
	enum cs_sides sides = CS_SIDES_TWO;
	if (c->r->cmd == cs_command_find("prop"))
		sides = prop_o(c)->sides;
	CHECK(c, cs_prop_ci(cs_prop_method_find("clopper-pearson"), x, n, c->r->common.conf, sides, &ci) == CS_OK,
	      "no Clopper-Pearson interval");
	*lo = ci.lower;
	*hi = ci.upper;
}

static void p_logit(struct ctx *c)
{
	int64_t x = shown(c, 0), n = shown(c, 1);
	CHECK(c, strcmp(method_name(c), "logit") == 0, "speaks of the logit fallback for %s", method_name(c));
	CHECK(c, x == 0 || x == n, "says the count is 0 or all: %lld of %lld", (long long)x, (long long)n);
	double lo, hi;
	clopper(c, x, n, &lo, &hi);
	CHECK(c, cell(c, PROP_LO) == lo && cell(c, PROP_HI) == hi, "says the Clopper-Pearson limits are shown");
}

static void p_small_n(struct ctx *c)
{
	int64_t n = shown(c, 1);
	count_of(c, c->cap[1], 1);
	CHECK(c, n < 30, "calls %lld cases 'only'", (long long)n);
	agrees(c, n, c->cap[2], "case", "cases");
}

static int64_t few_of(int64_t x, int64_t n) { return x < n - x ? x : n - x; }

static void p_few(struct ctx *c)
{
	int64_t x = shown(c, 0), n = shown(c, 1), few = few_of(x, n);
	count_is(c, c->cap[1], few, "the cases on the smaller side");
	CHECK(c, few < 5 && n >= 30, "says very few cases on one side: %lld of %lld", (long long)few, (long long)n);
	agrees(c, few, c->cap[2], "case is", "cases are");
}

static void p_wald(struct ctx *c)
{
	int64_t x = shown(c, 0), n = shown(c, 1);
	CHECK(c, strcmp(method_name(c), "wald") == 0, "warns of Wald for %s", method_name(c));
	CHECK(c, n < 30 || few_of(x, n) < 5, "warns of Wald at %lld of %lld", (long long)x, (long long)n);
}

static void p_missing(struct ctx *c)
{
	int64_t m = shown(c, 2);
	count_of(c, c->cap[1], 2);
	CHECK(c, m > 0, "says rows were left out");
	agrees(c, m, c->cap[2], "row", "rows");
	agrees(c, m, c->cap[3], "was", "were");
}

static struct tmpl prop_tmpl[P_N] = {
	[P_SHARE] = { "prop: x of n", "^" N " of " N " \\(" P "\\)( (have [^']* = '[^']*'|are marked '[^']*'))?\\.$",
		      p_share },
	[P_NONE] = { "prop: no values", "^no usable values( \\(" N " empty\\))?, so there is nothing to estimate\\.$",
		     p_none },
	[P_TWO] = { "prop: between", "^With " CF " confidence, the underlying share lies between " P " and " P
		    " \\(([^()]+)\\)\\.$", p_two },
	[P_ONE] = { "prop: one value", "^With " CF " confidence, the underlying share is " P " \\(([^()]+)\\): the range has"
		    " no width\\.$", p_one },
	[P_LOWER] = { "prop: at least", "^With " CF " confidence, the underlying share is at least " P
		      " \\(([^()]+), one-sided\\)\\.$", p_lower },
	[P_UPPER] = { "prop: at most", "^With " CF " confidence, the underlying share is at most " P
		      " \\(([^()]+), one-sided\\)\\.$", p_upper },
	[P_LOGIT] = { "prop: logit fallback", "^The logit interval does not exist when the count is 0 or all; the"
		      " Clopper-Pearson exact limits are shown instead\\.$", p_logit },
	[P_SMALL_N] = { "prop: only n cases", "^Caution: with only " N " (case|cases) the range is wide\\.$", p_small_n },
	[P_FEW] = { "prop: few on one side", "^Caution: only " N " (case is|cases are) on one side, so the estimate"
		    " rests on very few cases\\.$", p_few },
	[P_WALD] = { "prop: Wald", "^The Wald method is unreliable at counts like these \\(its range can be too narrow"
		     " or even empty\\); Wilson is the safer choice\\.$", p_wald },
	[P_MISSING] = { "prop: left out", "^" N " (row|rows) with an empty value (was|were) left out\\.$", p_missing },
};

static void prop_row(struct ctx *c)
{
	const struct prop_row *d = cs_result_row_data(RES(c), c->row);
	int64_t x = shown(c, 0), n = shown(c, 1), m = cs_result_shown_or_0(RES(c), c->row, 2);
	CHECK(c, c->label_said == d->label_in_text, "does %sstart with its group", c->label_said ? "" : "not ");
	CHECK(c, c->seen[P_SHARE] + c->seen[P_NONE] == 1, "says x of n %ld times", c->seen[P_SHARE] + c->seen[P_NONE]);
	if (n == 0)
		return;
	CHECK(c, c->seen[P_TWO] + c->seen[P_ONE] + c->seen[P_LOWER] + c->seen[P_UPPER] == 1,
	      "does not give the interval once");
	CHECK(c, c->seen[P_SMALL_N] == (n < 30), "says 'with only n cases' wrongly");
	CHECK(c, c->seen[P_FEW] == (n >= 30 && few_of(x, n) < 5), "misses the caution of few on one side");
	CHECK(c, c->seen[P_WALD] == (strcmp(method_name(c), "wald") == 0 && (n < 30 || few_of(x, n) < 5)),
	      "misses the Wald caution");
	CHECK(c, c->seen[P_LOGIT] == (strcmp(method_name(c), "logit") == 0 && (x == 0 || x == n)),
	      "misses the logit fallback");
	CHECK(c, c->seen[P_MISSING] == (m > 0), "misses the rows left out");
}

static struct cmd_checks prop_checks = { "prop", prop_tmpl, P_N, prop_row, NULL };

/* ------------------------------------------------------------------ */
/* tab                                                                 */

enum { T_SHARE, T_ALL, T_ONE, T_EACH, T_NONE, T_SMALL_N, T_FEW, T_MISSING, T_N };

static void t_share(struct ctx *c)
{
	int64_t x = shown(c, 0), n = shown(c, 1);
	count_of(c, c->cap[1], 0);
	count_of(c, c->cap[2], 1);
	pct(c, c->cap[3], cell(c, TAB_SHARE), "the share");
	pct(c, c->cap[3], (double)x / (double)n, "the count over n");
}

static void t_limits(struct ctx *c, int first)
{
	conf_is(c, c->cap[first]);
	ordered(c, c->cap[first + 1], c->cap[first + 2]);
	pct(c, c->cap[first + 1], cell(c, TAB_LO), "the lower limit");
	pct(c, c->cap[first + 2], cell(c, TAB_HI), "the upper limit");
	title_is(c, c->cap[first + 3]);
}

/* The categories of the run with this row's method. */
static size_t tab_ncats(struct ctx *c)
{
	size_t k = 0;
	for (size_t r = 0; r < RES(c)->nrows; r++)
		k += strcmp(cs_result_str(RES(c), r, TAB_METHOD), method_name(c)) == 0;
	return k;
}

static void t_all(struct ctx *c)
{
	const struct tab_row *d = cs_result_row_data(RES(c), c->row);
	CHECK(c, d->method->simultaneous, "says 'for all categories at once' of %s", d->method->name);
	CHECK(c, num(c, c->cap[2]) == (double)tab_ncats(c) && tab_ncats(c) > 1, "says %s categories; there are %zu",
	      c->cap[2], tab_ncats(c));
	strcpy(c->cap[2], c->cap[1]);
	t_limits(c, 2);
}

static void t_one(struct ctx *c)
{
	const struct tab_row *d = cs_result_row_data(RES(c), c->row);
	CHECK(c, d->method->simultaneous && tab_ncats(c) == 1, "a single category's sentence");
	t_limits(c, 1);
}

static void t_each(struct ctx *c)
{
	const struct tab_row *d = cs_result_row_data(RES(c), c->row);
	CHECK(c, !d->method->simultaneous, "says the intervals do not hold together for %s", d->method->name);
	t_limits(c, 1);
}

static void t_none(struct ctx *c)
{
	CHECK(c, shown(c, 0) == 0, "says no case is in the category");
	CHECK(c, cell(c, TAB_HI) > 0 && cell(c, TAB_LO) == 0, "says the upper limit shows how large it could be");
}

static void t_small_n(struct ctx *c)
{
	int64_t n = shown(c, 1);
	count_of(c, c->cap[1], 1);
	CHECK(c, n < 30, "calls %lld cases 'only'", (long long)n);
	agrees(c, n, c->cap[2], "case", "cases");
}

static void t_few(struct ctx *c)
{
	int64_t x = shown(c, 0), n = shown(c, 1);
	count_of(c, c->cap[1], 0);
	CHECK(c, x > 0 && x < 5 && n >= 30, "says only %lld of %lld", (long long)x, (long long)n);
	agrees(c, x, c->cap[2], "case is", "cases are");
}

static void t_missing(struct ctx *c)
{
	const struct tab_opts *o = c->r->job.opts;
	int64_t m = shown(c, 2);
	count_of(c, c->cap[1], 2);
	CHECK(c, m > 0, "says rows were left out");
	agrees(c, m, c->cap[2], "row", "rows");
	CHECK(c, strcmp(c->cap[3], o->bucket ? "date" : "value") == 0, "says 'an empty %s'", c->cap[3]);
	agrees(c, m, c->cap[4], "was", "were");
}

static struct tmpl tab_tmpl[T_N] = {
	[T_SHARE] = { "tab: x of n", "^" N " of " N " \\(" P "\\)\\.$", t_share },
	[T_ALL] = { "tab: all at once", "^With " CF " confidence for all " N " categories at once, this share lies between "
		    P " and " P " \\(([^()]+)\\)\\.$", t_all },
	[T_ONE] = { "tab: one category", "^With " CF " confidence the share lies between " P " and " P " \\(([^()]+)\\)\\.$",
		    t_one },
	[T_EACH] = { "tab: each alone", "^With " CF " confidence this share lies between " P " and " P " \\(([^()]+)\\);"
		     " the intervals of different categories do not hold together\\.$", t_each },
	[T_NONE] = { "tab: no case", "^No case is in this category; the upper limit shows how large its share could"
		     " still be\\.$", t_none },
	[T_SMALL_N] = { "tab: only n cases", "^Caution: with only " N " (case|cases) the ranges are wide\\.$", t_small_n },
	[T_FEW] = { "tab: few in category", "^Caution: only " N " (case is|cases are) in this category\\.$", t_few },
	[T_MISSING] = { "tab: left out", "^" N " (row|rows) with an empty (value|date) (was|were) left out\\.$", t_missing },
};

static void tab_row(struct ctx *c)
{
	int64_t x = shown(c, 0), n = shown(c, 1), m = cs_result_shown_or_0(RES(c), c->row, 2);
	CHECK(c, c->label_said, "does not name its category");
	CHECK(c, c->seen[T_SHARE] == 1, "does not say x of n once");
	CHECK(c, c->seen[T_ALL] + c->seen[T_ONE] + c->seen[T_EACH] == 1, "does not give the interval once");
	CHECK(c, c->seen[T_NONE] == (x == 0), "misses 'no case is in this category'");
	CHECK(c, c->seen[T_SMALL_N] == (n < 30), "misses 'with only n cases'");
	CHECK(c, c->seen[T_FEW] == (n >= 30 && x > 0 && x < 5), "misses 'only x cases are in this category'");
	CHECK(c, c->seen[T_MISSING] == (m > 0), "misses the rows left out");
}

static struct cmd_checks tab_checks = { "tab", tab_tmpl, T_N, tab_row, NULL };

/* ------------------------------------------------------------------ */
/* funnel                                                              */

enum { F_OF, F_OF_ALL, F_NONE, F_NONE_ALL, F_NOBODY, F_LIMITS, F_ONE, F_LOGIT, F_SMALL_ROWS, F_SMALL, F_FEW, F_WALD,
       F_DESCRIBES, F_N };

static const struct funnel_opts *funnel_o(const struct ctx *c) { return c->r->job.opts; }
static const struct funnel_row *funnel_d(const struct ctx *c) { return cs_result_row_data(RES(c), c->row); }
static const char *stage(const struct ctx *c, size_t i) { return funnel_o(c)->stages.item[i].name; }
static int all_rows_base(const struct ctx *c) { return funnel_d(c)->j == 0 && funnel_o(c)->all_rows; }

static void f_stage_is(struct ctx *c, const char *said, size_t i)
{
	CHECK(c, strcmp(said, stage(c, i)) == 0, "names stage '%s' where it is '%s'", said, stage(c, i));
}

static void f_reached(struct ctx *c, const char *xs, const char *ps, const char *si)
{
	int64_t x = shown(c, 0), n = shown(c, 1);
	count_of(c, xs, 0);
	CHECK(c, x > 0, "gives a share of those who reached a stage no one reached");
	pct(c, ps, cell(c, FUN_EST), "the share");
	pct(c, ps, (double)x / (double)n, "x/n");
	f_stage_is(c, si, funnel_d(c)->i);
}

static void f_of(struct ctx *c)
{
	count_of(c, c->cap[1], 1);
	f_stage_is(c, c->cap[2], funnel_d(c)->j);
	CHECK(c, !all_rows_base(c), "calls all rows a stage");
	f_reached(c, c->cap[3], c->cap[4], c->cap[5]);
}

static void f_of_all(struct ctx *c)
{
	count_of(c, c->cap[1], 1);
	CHECK(c, all_rows_base(c), "says 'of all rows' of a stage");
	f_reached(c, c->cap[2], c->cap[3], c->cap[4]);
}

static void f_none(struct ctx *c)
{
	count_of(c, c->cap[1], 1);
	f_stage_is(c, c->cap[2], funnel_d(c)->j);
	CHECK(c, !all_rows_base(c), "calls all rows a stage");
	CHECK(c, shown(c, 0) == 0, "says none reached the stage");
	f_stage_is(c, c->cap[3], funnel_d(c)->i);
}

static void f_none_all(struct ctx *c)
{
	count_of(c, c->cap[1], 1);
	CHECK(c, all_rows_base(c), "says 'of all rows' of a stage");
	CHECK(c, shown(c, 0) == 0, "says none reached the stage");
	f_stage_is(c, c->cap[2], funnel_d(c)->i);
}

static void f_nobody(struct ctx *c)
{
	CHECK(c, shown(c, 1) == 0 && !funnel_d(c)->have, "says no one was at a stage that has people");
	f_stage_is(c, c->cap[1], funnel_d(c)->j);
}

static void f_limits(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	ordered(c, c->cap[2], c->cap[3]);
	pct(c, c->cap[2], cell(c, FUN_LO), "the lower limit");
	pct(c, c->cap[3], cell(c, FUN_HI), "the upper limit");
	title_is(c, c->cap[4]);
}

static void f_one(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	CHECK(c, cell(c, FUN_LO) == cell(c, FUN_HI), "says the range has no width: %g to %g", cell(c, FUN_LO),
	      cell(c, FUN_HI));
	pct(c, c->cap[2], cell(c, FUN_HI), "the one value");
	title_is(c, c->cap[3]);
}

static void f_logit(struct ctx *c)
{
	int64_t x = shown(c, 0), n = shown(c, 1);
	CHECK(c, strcmp(method_name(c), "logit") == 0, "speaks of the logit fallback for %s", method_name(c));
	CHECK(c, x == 0 || x == n, "says the count is 0 or all: %lld of %lld", (long long)x, (long long)n);
	double lo, hi;
	clopper(c, x, n, &lo, &hi);
	CHECK(c, cell(c, FUN_LO) == lo && cell(c, FUN_HI) == hi, "says the Clopper-Pearson limits are shown");
}

static void f_small_rows(struct ctx *c)
{
	count_of(c, c->cap[1], 1);
	CHECK(c, all_rows_base(c) && shown(c, 1) < 30, "says 'with only n rows'");
}

static void f_small(struct ctx *c)
{
	count_of(c, c->cap[1], 1);
	f_stage_is(c, c->cap[2], funnel_d(c)->j);
	CHECK(c, !all_rows_base(c) && shown(c, 1) < 30, "says 'with only n at stage'");
}

static void f_few(struct ctx *c)
{
	int64_t x = shown(c, 0), n = shown(c, 1);
	count_is(c, c->cap[1], few_of(x, n), "the smaller side");
	CHECK(c, n >= 30 && few_of(x, n) < 5, "says very few on one side: %lld of %lld", (long long)x, (long long)n);
}

static void f_wald(struct ctx *c)
{
	int64_t x = shown(c, 0), n = shown(c, 1);
	CHECK(c, strcmp(method_name(c), "wald") == 0, "warns of Wald for %s", method_name(c));
	CHECK(c, n < 30 || few_of(x, n) < 5, "warns of Wald at %lld of %lld", (long long)x, (long long)n);
}

/* Never a statement of how people were chosen: only what follows if they
 * were not picked at random.  The rest it speaks of are people there are. */
static void f_describes(struct ctx *c)
{
	const struct funnel_row *d = funnel_d(c);
	int64_t n = shown(c, 1), first = shown(c, 2);
	CHECK(c, d->j > 0, "says a share of the first stage describes only part of it");
	count_of(c, c->cap[1], 1);
	f_stage_is(c, c->cap[2], d->j);
	count_of(c, c->cap[3], 2);
	if (funnel_o(c)->all_rows)
		CHECK(c, strcmp(c->cap[4], " rows") == 0, "names the first stage '%s', not the rows", c->cap[4]);
	else
		f_stage_is(c, c->cap[5], 0);
	count_is(c, c->cap[6], first - n, "the others");
	CHECK(c, first - n > 0, "speaks of 'the other %lld' at stage '%s': every one of the first stage is there",
	      (long long)(first - n), stage(c, d->j));
}

static struct tmpl funnel_tmpl[F_N] = {
	[F_OF] = { "funnel: of the n at stage", "^Of the " N " at stage " Q ", " N " \\(" P "\\) reached stage " Q "\\.$",
		   f_of },
	[F_OF_ALL] = { "funnel: of all rows", "^Of all " N " rows, " N " \\(" P "\\) reached stage " Q "\\.$", f_of_all },
	[F_NONE] = { "funnel: none reached", "^Of the " N " at stage " Q ", none reached stage " Q "\\.$", f_none },
	[F_NONE_ALL] = { "funnel: of all rows none", "^Of all " N " rows, none reached stage " Q "\\.$", f_none_all },
	[F_NOBODY] = { "funnel: no one at stage", "^No one was at stage " Q ", so there is nothing to estimate\\.$",
		       f_nobody },
	[F_LIMITS] = { "funnel: between", "^With " CF " confidence the underlying share lies between " P " and " P
		       " \\(([^()]+)\\)\\.$", f_limits },
	[F_ONE] = { "funnel: one value", "^With " CF " confidence the underlying share is " P " \\(([^()]+)\\): the range has"
		    " no width\\.$", f_one },
	[F_LOGIT] = { "funnel: logit fallback", "^The logit interval does not exist when the count is 0 or all; the"
		      " Clopper-Pearson exact limits are shown instead\\.$", f_logit },
	[F_SMALL_ROWS] = { "funnel: only n rows", "^Caution: with only " N " rows the range is wide\\.$", f_small_rows },
	[F_SMALL] = { "funnel: only n at stage", "^Caution: with only " N " at stage " Q " the range is wide\\.$", f_small },
	[F_FEW] = { "funnel: few on one side", "^Caution: only " N " on one side, so the estimate rests on very few"
		    " cases\\.$", f_few },
	[F_WALD] = { "funnel: Wald", "^The Wald method is unreliable at counts like these; Wilson is the safer"
		     " choice\\.$", f_wald },
	[F_DESCRIBES] = { "funnel: unless picked at random", "^This share describes the " N " at stage " Q "; unless they"
			  " were picked at random from the " N "( rows| at stage " Q "), it says nothing about the other "
			  N "\\.$", f_describes },
};

static void funnel_row(struct ctx *c)
{
	const struct funnel_row *d = funnel_d(c);
	int64_t x = shown(c, 0), n = shown(c, 1), first = shown(c, 2);
	if (!d->have) {
		CHECK(c, c->seen[F_NOBODY] == 1 && c->nsent == 1, "an empty stage says more than that");
		return;
	}
	CHECK(c, c->seen[F_OF] + c->seen[F_OF_ALL] + c->seen[F_NONE] + c->seen[F_NONE_ALL] == 1,
	      "does not say once how many reached the stage");
	CHECK(c, c->seen[F_LIMITS] + c->seen[F_ONE] == 1, "does not give the interval");
	CHECK(c, c->seen[F_SMALL_ROWS] + c->seen[F_SMALL] == (n < 30), "misses 'with only n'");
	CHECK(c, c->seen[F_FEW] == (n >= 30 && few_of(x, n) < 5), "misses 'only k on one side'");
	CHECK(c, c->seen[F_WALD] == (strcmp(method_name(c), "wald") == 0 && (n < 30 || few_of(x, n) < 5)),
	      "misses the Wald caution");
	CHECK(c, c->seen[F_LOGIT] == (strcmp(method_name(c), "logit") == 0 && (x == 0 || x == n)),
	      "misses the logit fallback");
	CHECK(c, c->seen[F_DESCRIBES] == (d->j > 0 && first > n), "misses what a share of a later stage describes");
	/* how people were chosen is never stated as a fact */
	for (int i = 0; i < c->nsent; i++) {
		const char *s = c->sents[i], *p = strstr(s, "picked");
		c->sent = s;
		CHECK(c, !p || strstr(s, "unless they were picked at random"), "states how people were picked");
		CHECK(c, !strstr(s, "chosen") && !strstr(s, "selected"), "states how people were chosen");
	}
	c->sent = NULL;
}

static struct cmd_checks funnel_checks = { "funnel", funnel_tmpl, F_N, funnel_row, NULL };

/* ------------------------------------------------------------------ */
/* compare                                                             */

enum { C_COUNTS, C_SAME, C_DIFF, C_DIFF_CI, C_DIFF_ONE, C_INCL0, C_NEITHER, C_INF, C_ZERO, C_TIMES_WHAT, C_TIMES,
       C_LESS, C_NO_CI, C_ZERO_INF, C_AT_LEAST, C_RATIO_CI, C_RATIO_ONE, C_ADJ, C_OR_UNDEF, C_OR_ZERO, C_OR, C_HALF,
       C_OR_AT_LEAST,
       C_OR_CI, C_OR_RR, C_FISHER_ONE, C_FISHER, C_SMALLP, C_CHI_UNDEF, C_CHI, C_CAPPED, C_EXPECTED, C_SMALL_N,
       C_SMALL_CELL, C_WALD, C_MISSING, C_N };

struct table2 { int64_t x1, n1, x2, n2; };

static const struct compare_opts *compare_o(const struct ctx *c) { return c->r->job.opts; }
static const struct compare_row *compare_d(const struct ctx *c) { return cs_result_row_data(RES(c), c->row); }

static struct table2 table_of(struct ctx *c)
{
	struct table2 t;
	t.x1 = shown(c, 0);
	t.n1 = t.x1 + shown(c, 1);
	t.x2 = shown(c, 2);
	t.n2 = t.x2 + shown(c, 3);
	return t;
}

static int64_t smallest_cell(struct table2 t)
{
	int64_t v[4] = { t.x1, t.n1 - t.x1, t.x2, t.n2 - t.x2 }, m = v[0];
	for (int i = 1; i < 4; i++)
		if (v[i] < m)
			m = v[i];
	return m;
}

static void name_is(struct ctx *c, const char *said, int k, int capital)
{
	char want[512];
	snprintf(want, sizeof want, "%s", compare_o(c)->name[k]);
	if (capital)
		want[0] = (char)toupper((unsigned char)want[0]);
	CHECK(c, strcmp(said, want) == 0, "names group %d '%s', not '%s'", k + 1, said, want);
}

static void what_is(struct ctx *c, const char *said)
{
	char want[256] = "";
	if (c->r->job.input)
		success_phrase(want, sizeof want, &compare_o(c)->success);
	CHECK(c, strcmp(said, want) == 0, "says '%s' where the outcome is '%s'", said, want);
}

static void c_counts(struct ctx *c)
{
	struct table2 t = table_of(c);
	name_is(c, c->cap[1], 0, 1);
	count_of(c, c->cap[2], 0);
	count_is(c, c->cap[3], t.n1, "n1");
	count_allowed(c, t.n1 - t.x1);
	pct(c, c->cap[4], (double)t.x1 / (double)t.n1, "the first share");
	what_is(c, c->cap[5][0] ? c->cap[5] + 1 : "");
	name_is(c, c->cap[6], 1, 0);
	count_of(c, c->cap[7], 2);
	count_is(c, c->cap[8], t.n2, "n2");
	count_allowed(c, t.n2 - t.x2);
	pct(c, c->cap[9], (double)t.x2 / (double)t.n2, "the second share");
}

/* -1, 0, 1: the first share against the second, exactly */
static int share_order(struct table2 t)
{
	__int128 a = (__int128)t.x1 * t.n2, b = (__int128)t.x2 * t.n1;
	return a < b ? -1 : a > b;
}

static void c_same(struct ctx *c)
{
	CHECK(c, share_order(table_of(c)) == 0 && cell(c, CMP_EST) == 0, "says the shares are the same");
}

static void c_diff(struct ctx *c)
{
	int o = share_order(table_of(c));
	rounds(c, c->cap[1], fabs(cell(c, CMP_EST)), 100, "the difference in points");
	CHECK(c, strcmp(c->cap[2], o > 0 ? "higher" : "lower") == 0 && o != 0, "says '%s' of shares in order %d",
	      c->cap[2], o);
	CHECK(c, num(c, c->cap[1]) != 0, "says the share is 0 points %s", c->cap[2]);
	name_is(c, c->cap[3], 0, 0);
}

static void c_diff_ci(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	ordered(c, c->cap[2], c->cap[3]);
	rounds(c, c->cap[2], cell(c, CMP_LO), 100, "the lower limit");
	rounds(c, c->cap[3], cell(c, CMP_HI), 100, "the upper limit");
	title_is(c, c->cap[4]);
}

static void c_diff_one(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	CHECK(c, cell(c, CMP_LO) == cell(c, CMP_HI), "says the range has no width: %g to %g", cell(c, CMP_LO),
	      cell(c, CMP_HI));
	rounds(c, c->cap[2], cell(c, CMP_HI), 100, "the one value");
	title_is(c, c->cap[3]);
}

static void c_incl0(struct ctx *c)
{
	CHECK(c, cell(c, CMP_LO) <= 0 && cell(c, CMP_HI) >= 0, "says the range includes 0");
}

static void c_neither(struct ctx *c)
{
	struct table2 t = table_of(c);
	CHECK(c, t.x1 == 0 && t.x2 == 0, "says neither group has any cases");
	what_is(c, c->cap[2]);
	pct(c, c->cap[3], 0, "the first share");
	pct(c, c->cap[4], 0, "the second share");
}

static void c_inf(struct ctx *c)
{
	struct table2 t = table_of(c);
	name_is(c, c->cap[1], 0, 1);
	count_of(c, c->cap[2], 0);
	count_is(c, c->cap[3], t.n1, "n1");
	pct(c, c->cap[4], (double)t.x1 / (double)t.n1, "the first share");
	name_is(c, c->cap[5], 1, 0);
	count_is(c, c->cap[6], t.n2, "n2");
	CHECK(c, t.x2 == 0 && t.x1 > 0, "says the ratio is infinite");
}

static void c_zero(struct ctx *c)
{
	struct table2 t = table_of(c);
	name_is(c, c->cap[1], 0, 1);
	count_is(c, c->cap[2], t.n1, "n1");
	name_is(c, c->cap[3], 1, 0);
	count_of(c, c->cap[4], 2);
	count_is(c, c->cap[5], t.n2, "n2");
	pct(c, c->cap[6], (double)t.x2 / (double)t.n2, "the second share");
	CHECK(c, t.x1 == 0 && t.x2 > 0 && cell(c, CMP_EST) == 0, "says the ratio is 0");
}

static void c_times_common(struct ctx *c, const char *est, const char *p1, const char *p2)
{
	struct table2 t = table_of(c);
	double s1 = (double)t.x1 / (double)t.n1, s2 = (double)t.x2 / (double)t.n2;
	rounds(c, est, cell(c, CMP_EST), 1, "the ratio");
	rounds(c, est, s1 / s2, 1, "the ratio of the shares");
	pct(c, p1, s1, "the first share");
	pct(c, p2, s2, "the second share");
}

static void c_times_what(struct ctx *c)
{
	name_is(c, c->cap[1], 0, 1);
	what_is(c, c->cap[2]);
	name_is(c, c->cap[4], 1, 0);
	c_times_common(c, c->cap[3], c->cap[5], c->cap[6]);
}

static void c_times(struct ctx *c)
{
	CHECK(c, c->r->job.input == NULL, "the calculator's wording in the data form");
	name_is(c, c->cap[1], 0, 0);
	name_is(c, c->cap[4], 1, 0);
	c_times_common(c, c->cap[3], c->cap[2], c->cap[5]);
}

static void c_less(struct ctx *c)
{
	double e = cell(c, CMP_EST);
	CHECK(c, e > 0 && e < 1, "says 'less often' of a ratio %g", e);
	pct(c, c->cap[1], 1 - e, "one less the ratio");
}

static void c_no_ci(struct ctx *c)
{
	struct table2 t = table_of(c);
	title_is(c, c->cap[1]);
	CHECK(c, (compare_d(c)->r.notes & CS_CMP_NOTE_ZERO_COUNT) && (t.x1 == 0 || t.x2 == 0),
	      "says a group has a count of 0");
	CHECK(c, isnan(cell(c, CMP_LO)) && isnan(cell(c, CMP_HI)), "says there is no interval, but the row has one");
}

static void c_zero_inf(struct ctx *c)
{
	title_is(c, c->cap[1]);
	CHECK(c, compare_d(c)->r.lower == 0 && isinf(compare_d(c)->r.upper), "says the interval is 0 to infinity");
}

static void c_at_least(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	rounds(c, c->cap[2], compare_d(c)->r.lower, 1, "the lower limit");
	title_is(c, c->cap[3]);
	name_is(c, c->cap[4], 1, 0);
	CHECK(c, isinf(compare_d(c)->r.upper) && table_of(c).x2 == 0, "says there is no upper limit with none in group 2");
}

static void c_ratio_ci(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	ordered(c, c->cap[2], c->cap[3]);
	rounds(c, c->cap[2], cell(c, CMP_LO), 1, "the lower limit");
	rounds(c, c->cap[3], cell(c, CMP_HI), 1, "the upper limit");
	title_is(c, c->cap[4]);
}

static void c_ratio_one(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	CHECK(c, cell(c, CMP_LO) == cell(c, CMP_HI), "says the range has no width: %g to %g", cell(c, CMP_LO),
	      cell(c, CMP_HI));
	rounds(c, c->cap[2], cell(c, CMP_HI), 1, "the one value");
	title_is(c, c->cap[3]);
}

static void c_adj(struct ctx *c)
{
	CHECK(c, strcmp(method_name(c), "adjusted-log") == 0, "says 1/2 is added for %s", method_name(c));
}

static int zero_margin(struct table2 t)
{
	return t.x1 + t.x2 == 0 || t.x1 + t.x2 == t.n1 + t.n2;
}

static void c_or_undef(struct ctx *c)
{
	CHECK(c, zero_margin(table_of(c)), "says every case has the same outcome");
}

static void c_or_zero(struct ctx *c)
{
	struct table2 t = table_of(c);
	count_of(c, c->cap[1], 0);
	count_of(c, c->cap[2], 1);
	name_is(c, c->cap[3], 0, 0);
	count_of(c, c->cap[4], 2);
	count_of(c, c->cap[5], 3);
	name_is(c, c->cap[6], 1, 0);
	CHECK(c, smallest_cell(t) == 0, "says there is a 0 among the counts");
	int woolf = strcmp(method_name(c), "woolf") == 0;
	CHECK(c, strcmp(c->cap[7], woolf ? "sample" : "conditional maximum likelihood") == 0, "names the estimate '%s'",
	      c->cap[7]);
	double e = compare_d(c)->r.estimate;
	CHECK(c, strcmp(c->cap[8], e == 0 ? "0" : "infinite") == 0 && (e == 0 || isinf(e)), "says the odds ratio is %s",
	      c->cap[8]);
}

static void c_or(struct ctx *c)
{
	struct table2 t = table_of(c);
	name_is(c, c->cap[1], 0, 0);
	count_of(c, c->cap[2], 0);
	count_of(c, c->cap[3], 1);
	rounds(c, c->cap[4], cell(c, CMP_EST), 1, "the odds ratio");
	name_is(c, c->cap[5], 1, 0);
	count_of(c, c->cap[6], 2);
	count_of(c, c->cap[7], 3);
	int woolf = strcmp(method_name(c), "woolf") == 0;
	CHECK(c, (c->cap[8][0] != 0) == !woolf, "says %s of the %s estimate", c->cap[8][0] ? "conditional" : "sample",
	      method_name(c));
	if (woolf && smallest_cell(t) > 0)
		rounds(c, c->cap[4], (double)(t.x1 * (t.n2 - t.x2)) / (double)((t.n1 - t.x1) * t.x2), 1,
		       "the sample odds ratio");
}

static void c_half(struct ctx *c)
{
	CHECK(c, smallest_cell(table_of(c)) == 0 && (compare_d(c)->r.notes & CS_CMP_NOTE_HALF_ADDED),
	      "says a count is 0 and 1/2 was added");
}

static void c_or_at_least(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	rounds(c, c->cap[2], compare_d(c)->r.lower, 1, "the lower limit");
	title_is(c, c->cap[3]);
	CHECK(c, isinf(compare_d(c)->r.upper) && smallest_cell(table_of(c)) == 0, "says a zero count leaves no upper limit");
}

static void c_or_ci(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	ordered(c, c->cap[2], c->cap[3]);
	rounds(c, c->cap[2], cell(c, CMP_LO), 1, "the lower limit");
	rounds(c, c->cap[3], cell(c, CMP_HI), 1, "the upper limit");
	title_is(c, c->cap[4]);
}

static double rr_of(struct table2 t) { return ((double)t.x1 / (double)t.n1) / ((double)t.x2 / (double)t.n2); }

static int or_far_from_rr(struct ctx *c)
{
	double e = compare_d(c)->r.estimate, rr = rr_of(table_of(c));
	return isfinite(e) && e > 0 && isfinite(rr) && rr > 0 && fabs(log(e / rr)) > log(1.1);
}

static void c_or_rr(struct ctx *c)
{
	rounds(c, c->cap[1], rr_of(table_of(c)), 1, "the ratio of the shares");
	rounds(c, c->cap[2], cell(c, CMP_EST), 1, "the odds ratio");
	CHECK(c, or_far_from_rr(c), "says the odds ratio is far from the ratio of the shares (within a tenth)");
	CHECK(c, num(c, c->cap[1]) != num(c, c->cap[2]), "contrasts two numbers that print alike");
}

static void c_fisher_one(struct ctx *c)
{
	CHECK(c, zero_margin(table_of(c)) && cell(c, CMP_EST) == 1, "says only one split is possible");
}

static void p_value_is(struct ctx *c, const char *words, const char *n)
{
	double p = cell(c, CMP_EST);
	if (strcmp(words, "below 0.0001") == 0 || strcmp(words, "<") == 0)
		CHECK(c, p < 0.0001, "says p is below 0.0001; it is %g", p);
	else
		rounds(c, n, p, 1, "the p-value");
}

static void c_fisher(struct ctx *c)
{
	CHECK(c, strcmp(method_name(c), "fisher") == 0, "Fisher's sentence for %s", method_name(c));
	p_value_is(c, c->cap[1], c->cap[2]);
}

static void c_smallp(struct ctx *c)
{
	CHECK(c, strcmp(method_name(c), "fisher") == 0, "Fisher's sentence for %s", method_name(c));
}

static void c_chi_undef(struct ctx *c)
{
	CHECK(c, zero_margin(table_of(c)), "says every case has the same outcome");
	CHECK(c, (c->cap[1][0] != 0) == (strcmp(method_name(c), "chisq_yates") == 0), "names the wrong test");
}

static void c_chi(struct ctx *c)
{
	int yates = strcmp(method_name(c), "chisq_yates") == 0;
	CHECK(c, (c->cap[1][0] == 'C') == yates, "names the wrong test: %s", c->cap[1]);
	rounds(c, c->cap[2], cell(c, CMP_LO), 1, "X-squared");
	p_value_is(c, c->cap[3], c->cap[4]);
}

static void c_capped(struct ctx *c)
{
	CHECK(c, strcmp(method_name(c), "chisq_yates") == 0 && cell(c, CMP_LO) == 0, "says X-squared is 0");
}

static double min_expected(struct table2 t)
{
	double n = (double)(t.n1 + t.n2), s = (double)(t.x1 + t.x2), f = n - s;
	double e[4] = { t.n1 * s / n, t.n1 * f / n, t.n2 * s / n, t.n2 * f / n }, m = e[0];
	for (int i = 1; i < 4; i++)
		if (e[i] < m)
			m = e[i];
	return m;
}

static void c_expected(struct ctx *c)
{
	CHECK(c, min_expected(table_of(c)) < 5, "says an expected count is below 5: the smallest is %g",
	      min_expected(table_of(c)));
}

static int is_test(const struct ctx *c) { return compare_d(c)->method->measure == CS_CMP_TEST; }

static void c_small_n(struct ctx *c)
{
	struct table2 t = table_of(c);
	int first = t.n1 <= t.n2;
	int64_t n = first ? t.n1 : t.n2;
	CHECK(c, !is_test(c) && n < 30, "calls %lld cases 'only'", (long long)n);
	count_is(c, c->cap[1], n, "the smaller group");
	agrees(c, n, c->cap[2], "case", "cases");
	name_is(c, c->cap[3], first ? 0 : 1, 0);
}

static void c_small_cell(struct ctx *c)
{
	struct table2 t = table_of(c);
	int64_t m = smallest_cell(t);
	CHECK(c, !is_test(c) && m < 5 && t.n1 >= 30 && t.n2 >= 30, "says the result rests on very few cases");
	count_is(c, c->cap[2], m, "the smallest count");
	CHECK(c, strcmp(c->cap[1], m == 0 ? "a" : "the smallest") == 0, "says '%s count'", c->cap[1]);
}

static void c_wald(struct ctx *c)
{
	struct table2 t = table_of(c);
	CHECK(c, strcmp(method_name(c), "wald") == 0, "warns of Wald for %s", method_name(c));
	CHECK(c, t.n1 < 30 || t.n2 < 30 || smallest_cell(t) < 5, "warns of Wald at large counts");
}

static void c_missing(struct ctx *c)
{
	int64_t m = shown(c, 4);
	count_of(c, c->cap[1], 4);
	CHECK(c, m > 0, "says rows were left out");
	agrees(c, m, c->cap[2], "row", "rows");
	agrees(c, m, c->cap[3], "was", "were");
}

#define NAME "([^:;]+)"
static struct tmpl compare_tmpl[C_N] = {
	[C_COUNTS] = { "compare: counts", "^" NAME ": " N " of " N " \\(" P "\\)( [^;]+)?; " NAME ": " N " of " N " \\(" P
		       "\\)\\.$", c_counts },
	[C_SAME] = { "compare: same", "^The shares are the same\\.$", c_same },
	[C_DIFF] = { "compare: points", "^The share is " N " percentage points (higher|lower) in (.+)\\.$", c_diff },
	[C_DIFF_CI] = { "compare: difference between", "^With " CF " confidence the difference \\(the first minus the"
			" second\\) lies between " N " and " N " points \\(([^()]+)\\)\\.$", c_diff_ci },
	[C_DIFF_ONE] = { "compare: difference one value", "^With " CF " confidence the difference \\(the first minus the"
			 " second\\) is " N " points \\(([^()]+)\\): the range has no width\\.$", c_diff_one },
	[C_INCL0] = { "compare: includes 0", "^The range includes 0, so the data are also consistent with no"
		      " difference\\.$", c_incl0 },
	[C_NEITHER] = { "compare: neither", "^Neither group has any cases( that (.+))? \\(" P " and " P "\\), so there is"
			" no ratio to estimate\\.$", c_neither },
	[C_INF] = { "compare: infinite ratio", "^" NAME ": " N " of " N " \\(" P "\\); " NAME ": 0 of " N ", so the ratio"
		    " of the shares is infinite\\.$", c_inf },
	[C_ZERO] = { "compare: zero ratio", "^" NAME ": 0 of " N "; " NAME ": " N " of " N " \\(" P "\\), so the ratio"
		     " of the shares is 0\\.$", c_zero },
	[C_TIMES_WHAT] = { "compare: times as often", "^(.+) (are marked '[^']*'|have [^']* = '[^']*') " N " times as often"
			   " as (.+) \\(" P " against " P "\\)\\.$", c_times_what },
	[C_TIMES] = { "compare: times the share", "^The share in (.+) \\(" P "\\) is " N " times the share in (.+) \\(" P
		      "\\)\\.$", c_times },
	[C_LESS] = { "compare: less often", "^That is " P " less often\\.$", c_less },
	[C_NO_CI] = { "compare: no interval", "^The (.+) interval does not exist when either group has a count of 0;"
		      " koopman and adjusted-log give one\\.$", c_no_ci },
	[C_ZERO_INF] = { "compare: 0 to infinity", "^The (.+) interval runs from 0 to infinity: these counts say nothing"
			 " about the ratio\\.$", c_zero_inf },
	[C_AT_LEAST] = { "compare: ratio at least", "^With " CF " confidence the ratio is at least " N " \\(([^()]+)\\);"
			 " with none in (.+), the data set no upper limit\\.$", c_at_least },
	[C_RATIO_CI] = { "compare: ratio between", "^With " CF " confidence the ratio lies between " N " and " N
			 " \\(([^()]+)\\)\\.$", c_ratio_ci },
	[C_RATIO_ONE] = { "compare: ratio one value", "^With " CF " confidence the ratio is " N " \\(([^()]+)\\): the range"
			  " has no width\\.$", c_ratio_one },
	[C_ADJ] = { "compare: adjusted log", "^This method adds 1/2 to every count before it computes the range\\.$", c_adj },
	[C_OR_UNDEF] = { "compare: no odds", "^Every case in both groups has the same outcome, so there are no odds to"
			 " compare: the odds ratio is undefined\\.$", c_or_undef },
	[C_OR_ZERO] = { "compare: odds with a 0", "^The odds are " N " to " N " in (.+) and " N " to " N " in (.+); with a 0"
			" among these counts the (conditional maximum likelihood|sample) estimate of the odds ratio is"
			" (0|infinite)\\.$", c_or_zero },
	[C_OR] = { "compare: odds ratio", "^The odds in (.+) \\(" N " to " N "\\) are " N " times the odds in (.+) \\(" N
		   " to " N "\\)( by the conditional maximum likelihood estimate, as R's fisher\\.test)?\\.$", c_or },
	[C_HALF] = { "compare: Haldane", "^Because a count is 0, 1/2 was added to each of the four counts"
		     " \\(Haldane\\)\\.$", c_half },
	[C_OR_AT_LEAST] = { "compare: odds ratio at least", "^With " CF " confidence the odds ratio is at least " N
			    " \\(([^()]+)\\); a zero count leaves no upper limit\\.$", c_or_at_least },
	[C_OR_CI] = { "compare: odds ratio between", "^With " CF " confidence it lies between " N " and " N
		      " \\(([^()]+)\\)\\.$", c_or_ci },
	[C_OR_RR] = { "compare: not a ratio of shares", "^An odds ratio is not a ratio of shares: here the shares' ratio is "
		      N " and the odds ratio " N "\\.$", c_or_rr },
	[C_FISHER_ONE] = { "compare: Fisher one split", "^Fisher's exact test: every case has the same outcome, so only"
			   " one split is possible and p = 1\\.$", c_fisher_one },
	[C_FISHER] = { "compare: Fisher", "^Fisher's exact test: if the underlying share were the same in both groups, a"
		       " split at least as uneven as this one would turn up by chance with probability (below 0\\.0001|"
		       N ") \\(two-sided\\)\\.$", c_fisher },
	[C_SMALLP] = { "compare: small p-value", "^A small p-value says chance alone is an unlikely explanation; it does"
		       " not say how large the gap is\\.$", c_smallp },
	[C_CHI_UNDEF] = { "compare: chi-squared undefined", "^The chi-squared test( with Yates' correction)? needs both"
			  " outcomes to occur; here every case has the same outcome, so it is undefined\\.$", c_chi_undef },
	[C_CHI] = { "compare: chi-squared", "^(Chi-squared test with Yates' continuity correction|Pearson's chi-squared"
		    " test without continuity correction): X-squared = " N " with 1 degree of freedom, p (=|<) " N "\\.$",
		    c_chi },
	[C_CAPPED] = { "compare: Yates capped", "^As in R, the correction is capped at the gap between observed and"
		       " expected counts, which here makes X-squared 0\\.$", c_capped },
	[C_EXPECTED] = { "compare: expected below 5", "^Caution: an expected count is below 5, so this approximation is"
			 " poor here; Fisher's exact test is the one to report\\.$", c_expected },
	[C_SMALL_N] = { "compare: only n cases", "^Caution: with only " N " (case|cases) in (.+) the range is wide\\.$",
			c_small_n },
	[C_SMALL_CELL] = { "compare: smallest count", "^Caution: (a|the smallest) count in the table is " N ", so the"
			   " result rests on very few cases\\.$", c_small_cell },
	[C_WALD] = { "compare: Wald", "^The Wald method is unreliable at counts like these \\(its range can be too"
		     " narrow or even empty\\); newcombe is the safer choice\\.$", c_wald },
	[C_MISSING] = { "compare: left out", "^" N " (row|rows) with an empty value (was|were) left out\\.$", c_missing },
};

static long seen_any(const struct ctx *c, const int *ids, int n)
{
	long s = 0;
	for (int i = 0; i < n; i++)
		s += c->seen[ids[i]];
	return s;
}

static void compare_row(struct ctx *c)
{
	const struct compare_row *d = compare_d(c);
	struct table2 t = table_of(c);
	const char *m = method_name(c);
	unsigned notes = d->r.notes;
	int64_t cellmin = smallest_cell(t), missing = cs_result_shown_or_0(RES(c), c->row, 4);
	int small_n = t.n1 < 30 || t.n2 < 30;
	switch (d->method->measure) {
	case CS_CMP_DIFFERENCE:
		CHECK(c, c->seen[C_COUNTS] == 1 && c->seen[C_SAME] + c->seen[C_DIFF] == 1 &&
			 c->seen[C_DIFF_CI] + c->seen[C_DIFF_ONE] == 1,
		      "a difference's sentences are missing");
		CHECK(c, c->seen[C_INCL0] == (cell(c, CMP_LO) <= 0 && cell(c, CMP_HI) >= 0), "misses 'includes 0'");
		break;
	case CS_CMP_RATIO: {
		int first[] = { C_NEITHER, C_INF, C_ZERO, C_TIMES_WHAT, C_TIMES }, ci[] = { C_NO_CI, C_ZERO_INF, C_AT_LEAST,
											  C_RATIO_CI, C_RATIO_ONE };
		CHECK(c, seen_any(c, first, 5) == 1 && seen_any(c, ci, 5) == 1, "a ratio's sentences are missing");
		CHECK(c, c->seen[C_NO_CI] == !!(notes & CS_CMP_NOTE_ZERO_COUNT), "misses 'the interval does not exist'");
		CHECK(c, c->seen[C_LESS] == (c->seen[C_TIMES] + c->seen[C_TIMES_WHAT] && d->r.estimate < 1),
		      "misses 'less often'");
		CHECK(c, c->seen[C_ADJ] == (strcmp(m, "adjusted-log") == 0 && !(notes & CS_CMP_NOTE_ZERO_COUNT)),
		      "misses 'adds 1/2'");
		break;
	}
	case CS_CMP_ODDS_RATIO: {
		int first[] = { C_OR_UNDEF, C_OR_ZERO, C_OR }, ci[] = { C_OR_AT_LEAST, C_OR_CI };
		CHECK(c, seen_any(c, first, 3) == 1, "says the odds ratio more or less than once");
		if (zero_margin(t))
			break;
		CHECK(c, seen_any(c, ci, 2) == 1, "gives the odds ratio's interval more or less than once");
		CHECK(c, c->seen[C_HALF] == !!(notes & CS_CMP_NOTE_HALF_ADDED), "misses Haldane's 1/2");
		CHECK(c, c->seen[C_OR_RR] == or_far_from_rr(c), "misses or wrongly says 'not a ratio of shares'");
		break;
	}
	case CS_CMP_TEST:
		if (strcmp(m, "fisher") == 0) {
			CHECK(c, c->seen[C_FISHER_ONE] + c->seen[C_FISHER] == 1, "does not give Fisher's p-value once");
			CHECK(c, c->seen[C_SMALLP] == c->seen[C_FISHER], "misses what a small p-value says");
		} else {
			CHECK(c, c->seen[C_CHI_UNDEF] + c->seen[C_CHI] == 1, "does not give the chi-squared test once");
			if (c->seen[C_CHI])
				CHECK(c, c->seen[C_EXPECTED] == (min_expected(t) < 5), "misses 'an expected count is below 5'");
		}
		break;
	default:
		break;
	}
	if (!is_test(c)) {
		CHECK(c, c->seen[C_SMALL_N] == small_n, "misses 'with only n cases'");
		CHECK(c, c->seen[C_SMALL_CELL] == (!small_n && cellmin < 5), "misses 'the smallest count'");
		CHECK(c, c->seen[C_WALD] == (strcmp(m, "wald") == 0 && (small_n || cellmin < 5)), "misses the Wald caution");
	}
	CHECK(c, c->seen[C_MISSING] == (missing > 0), "misses the rows left out");
}

static struct cmd_checks compare_checks = { "compare", compare_tmpl, C_N, compare_row, NULL };

/* ------------------------------------------------------------------ */
/* rate                                                                */

enum { R_EVENTS, R_LIMITS, R_NO_EVENTS, R_FEW, R_MISSING_S, R_NO_EXPOSURE, R_GIVES, R_NEITHER, R_NO_UPPER, R_TIMES,
       R_RATIO_CI, R_INCL1, R_EXCL1, R_FEW_ALL, R_N };

static const struct rate_opts *rate_o(const struct ctx *c) { return c->r->job.opts; }
static const struct rate_row *rate_d(const struct ctx *c) { return cs_result_row_data(RES(c), c->row); }
static int two_rates(const struct ctx *c) { return strcmp(RES(c)->cols[0].name, "measure") == 0; }

static void per_is(struct ctx *c, const char *said)
{
	char want[80];
	cs_rate_per_words(want, sizeof want, rate_o(c)->per);
	CHECK(c, strcmp(said, want) == 0, "says '%s' where the rate is '%s'", said, want);
}

static void r_events(struct ctx *c)
{
	const struct rate_row *d = rate_d(c);
	int64_t x = shown(c, 0);
	int est = two_rates(c) ? M_EST : R_RATE;
	count_of(c, c->cap[1], 0);
	agrees(c, x, c->cap[2], "event", "events");
	rounds(c, c->cap[3], d->e[0], 1, "the exposure");
	rounds(c, c->cap[4], cell(c, est), 1, "the rate");
	rounds(c, c->cap[4], (double)x / d->e[0] * rate_o(c)->per, 1, "events over exposure");
	per_is(c, c->cap[5]);
}

static void r_limits(struct ctx *c)
{
	int est = two_rates(c) ? M_EST : R_RATE;
	conf_is(c, c->cap[1]);
	ordered(c, c->cap[2], c->cap[3]);
	rounds(c, c->cap[2], cell(c, est + 1), 1, "the lower limit");
	rounds(c, c->cap[3], cell(c, est + 2), 1, "the upper limit");
	per_is(c, c->cap[4]);
}

static void r_no_events(struct ctx *c)
{
	CHECK(c, shown(c, 0) == 0, "says no events were counted");
}

static void r_few(struct ctx *c)
{
	int64_t x = shown(c, 0);
	count_of(c, c->cap[1], 0);
	CHECK(c, x > 0 && x < 20, "calls %lld events 'only'", (long long)x);
	agrees(c, x, c->cap[2], "event", "events");
}

static void r_missing(struct ctx *c)
{
	int64_t m = shown(c, 1);
	count_of(c, c->cap[1], 1);
	CHECK(c, m > 0 && !two_rates(c), "says rows were left out");
	agrees(c, m, c->cap[2], "row", "rows");
	agrees(c, m, c->cap[3], "was", "were");
}

static void r_no_exposure(struct ctx *c)
{
	int64_t x = shown(c, 0);
	count_of(c, c->cap[1], 0);
	agrees(c, x, c->cap[2], "event", "events");
	CHECK(c, !rate_d(c)->have && rate_d(c)->e[0] == 0, "says there is no exposure");
}

static void r_gives(struct ctx *c)
{
	const struct rate_row *d = rate_d(c);
	const struct rate_opts *o = rate_o(c);
	int64_t x1 = shown(c, 0), x2 = shown(c, 1);
	CHECK(c, d->ratio, "a ratio's sentence on a rate");
	CHECK(c, strcmp(c->cap[1], o->label[0]) == 0 && strcmp(c->cap[4], o->label[1]) == 0, "names the rates '%s' and '%s'",
	      c->cap[1], c->cap[4]);
	rounds(c, c->cap[2], (double)x1 / d->e[0] * o->per, 1, "the first rate");
	per_is(c, c->cap[3]);
	rounds(c, c->cap[5], (double)x2 / d->e[1] * o->per, 1, "the second rate");
	per_is(c, c->cap[6]);
}

static void r_neither(struct ctx *c)
{
	CHECK(c, shown(c, 0) == 0 && shown(c, 1) == 0, "says neither has any events");
}

static void r_no_upper(struct ctx *c)
{
	const struct rate_row *d = rate_d(c);
	CHECK(c, shown(c, 1) == 0 && shown(c, 0) > 0, "says the second has no events");
	conf_is(c, c->cap[1]);
	rounds(c, c->cap[2], d->ci.lower, 1, "the lower limit");
	CHECK(c, isinf(d->ci.upper), "says there is no upper limit");
}

static void r_times(struct ctx *c)
{
	const struct rate_row *d = rate_d(c);
	int64_t x1 = shown(c, 0), x2 = shown(c, 1);
	rounds(c, c->cap[1], cell(c, M_EST), 1, "the ratio");
	rounds(c, c->cap[1], ((double)x1 / d->e[0]) / ((double)x2 / d->e[1]), 1, "the ratio of the rates");
}

static void r_ratio_ci(struct ctx *c)
{
	conf_is(c, c->cap[1]);
	ordered(c, c->cap[2], c->cap[3]);
	rounds(c, c->cap[2], cell(c, M_LO), 1, "the lower limit");
	rounds(c, c->cap[3], cell(c, M_HI), 1, "the upper limit");
}

static void r_incl1(struct ctx *c)
{
	const struct rate_row *d = rate_d(c);
	CHECK(c, d->ci.lower <= 1 && d->ci.upper >= 1, "says the range includes 1");
}

static void r_excl1(struct ctx *c)
{
	const struct rate_row *d = rate_d(c);
	CHECK(c, d->ci.lower > 1 || d->ci.upper < 1, "says the range excludes 1");
}

static void r_few_all(struct ctx *c)
{
	int64_t s = shown(c, 0) + shown(c, 1);
	count_is(c, c->cap[1], s, "the events of both");
	CHECK(c, s < 20, "calls %lld events 'only'", (long long)s);
	agrees(c, s, c->cap[2], "event", "events");
}

#define PER "( per unit of exposure| per [0-9][0-9,.]*)"
static struct tmpl rate_tmpl[R_N] = {
	[R_EVENTS] = { "rate: events", "^" N " (event|events) in an exposure of " N ": a rate of " N PER "\\.$", r_events },
	[R_LIMITS] = { "rate: between", "^With " CF " confidence the underlying rate lies between " N " and " N PER
		       " \\(exact Poisson, Garwood\\)\\.$", r_limits },
	[R_NO_EVENTS] = { "rate: no events", "^No events were counted; the upper limit shows how high the rate could"
			  " still be\\.$", r_no_events },
	[R_FEW] = { "rate: only x events", "^Caution: with only " N " (event|events) the rate is unstable and the range"
		    " is wide\\.$", r_few },
	[R_MISSING_S] = { "rate: left out", "^" N " (row|rows) with an empty count or exposure (was|were) left out\\.$",
			  r_missing },
	[R_NO_EXPOSURE] = { "rate: no exposure", "^" N " (event|events) but no exposure, so there is no rate\\.$",
			    r_no_exposure },
	[R_GIVES] = { "rate: two rates", "^(.+) gives " N PER " and (.+) gives " N PER "\\.$", r_gives },
	[R_NEITHER] = { "rate: neither", "^Neither has any events, so there is nothing to compare\\.$", r_neither },
	[R_NO_UPPER] = { "rate: no upper limit", "^The second has no events, so the ratio of the first to the second has"
			 " no upper limit; with " CF " confidence it is at least " N " \\(exact conditional, as R"
			 " poisson\\.test\\)\\.$", r_no_upper },
	[R_TIMES] = { "rate: times", "^The first rate is " N " times the second\\.$", r_times },
	[R_RATIO_CI] = { "rate: ratio between", "^With " CF " confidence the ratio lies between " N " and " N
			 " \\(exact conditional, as R poisson\\.test\\)\\.$", r_ratio_ci },
	[R_INCL1] = { "rate: includes 1", "^The range includes 1, so the data are consistent with equal rates\\.$", r_incl1 },
	[R_EXCL1] = { "rate: excludes 1", "^The range excludes 1\\.$", r_excl1 },
	[R_FEW_ALL] = { "rate: only events in all", "^Caution: with only " N " (event|events) in all the range is"
			" wide\\.$", r_few_all },
};

static void rate_row(struct ctx *c)
{
	const struct rate_row *d = rate_d(c);
	CHECK(c, c->label_said == d->named || d->ratio, "does %sstart with its group", c->label_said ? "" : "not ");
	if (d->ratio) {
		int64_t x1 = shown(c, 0), x2 = shown(c, 1);
		CHECK(c, c->seen[R_GIVES] == 1, "does not give both rates");
		if (x1 + x2 == 0) {
			CHECK(c, c->seen[R_NEITHER] == 1 && c->nsent == 2, "misses 'neither has any events'");
			return;
		}
		CHECK(c, c->seen[R_NO_UPPER] + c->seen[R_TIMES] == 1 && c->seen[R_TIMES] == c->seen[R_RATIO_CI],
		      "does not give the ratio and its range");
		CHECK(c, c->seen[R_INCL1] + c->seen[R_EXCL1] == 1, "does not say whether the range includes 1");
		CHECK(c, c->seen[R_FEW_ALL] == (x1 + x2 < 20), "misses 'with only n events in all'");
		return;
	}
	int64_t x = shown(c, 0), m = two_rates(c) ? 0 : cs_result_shown_or_0(RES(c), c->row, 1);
	if (!d->have) {
		CHECK(c, c->seen[R_NO_EXPOSURE] == 1, "misses 'no exposure'");
	} else {
		CHECK(c, c->seen[R_EVENTS] == 1 && c->seen[R_LIMITS] == 1, "does not give the rate and its range");
		CHECK(c, c->seen[R_NO_EVENTS] == (x == 0), "misses 'no events were counted'");
		CHECK(c, c->seen[R_FEW] == (x > 0 && x < 20), "misses 'with only x events'");
	}
	CHECK(c, c->seen[R_MISSING_S] == (m > 0), "misses the rows left out");
}

static struct cmd_checks rate_checks = { "rate", rate_tmpl, R_N, rate_row, NULL };

/* ------------------------------------------------------------------ */
/* amounts                                                             */

enum { A_TOTAL, A_NONE, A_SINGLE, A_MEAN_CI, A_MEAN_ONE, A_MED_BOOT, A_MED_ONE, A_MED_NOBOOT, A_HALF_SAME, A_QUARTERS,
       A_EXTREMES, A_QUARTILES, A_QTYPE, A_BELOW0, A_SKEW, A_FEW, A_MISSING, A_N };

static const struct amounts_row *amounts_d(const struct ctx *c) { return cs_result_row_data(RES(c), c->row); }
static const struct cs_amt_opts *money_o(const struct ctx *c) { return &c->r->common.money; }

static double unit_of(const struct ctx *c)
{
	return pow(10, -c->data->dec);
}

/* The input group of the row (its group cell; "all" without --by). */
static const struct group *input_group(struct ctx *c, size_t col)
{
	const char *g = cs_result_str(RES(c), c->row, col);
	const struct group *grp = c->data ? data_find(c->data, g) : NULL;
	if (!grp && c->data && c->data->ng == 1)
		grp = &c->data->g[0];
	CHECK(c, grp != NULL, "no input group '%s'", g);
	return grp;
}

static double in_value(const struct ctx *c, int64_t v) { return (double)v * unit_of(c); }

static void currency_is(struct ctx *c, const char *said)
{
	const char *cur = money_o(c)->currency;
	char want[64] = "";
	if (cur)
		snprintf(want, sizeof want, " %s", cur);
	CHECK(c, strcmp(said, want) == 0, "names the currency '%s', not '%s'", said, want);
}

/* amt: the amount v as a sentence shows it, with cur its currency */
static void amount_is(struct ctx *c, const char *amt, const char *cur, double v, const char *what)
{
	rounds(c, amt, v, 1, what);
	if (cur)
		currency_is(c, cur);
}

static void a_total(struct ctx *c)
{
	const struct group *g = input_group(c, AM_GROUP);
	const struct cs_amt_opts *m = money_o(c);
	int64_t n = shown(c, 0), sum = 0;
	count_of(c, c->cap[1], 0);
	agrees(c, n, c->cap[2], "amount", "amounts");
	CHECK(c, (size_t)n == g->n, "states %lld amounts; the input has %zu", (long long)n, g->n);
	for (size_t i = 0; i < g->n; i++)
		sum += g->a[i];
	CHECK(c, decimals_of(c->cap[3]) == c->data->dec && fabs(num(c, c->cap[3]) - in_value(c, sum)) < 1e-9,
	      "states the sum as %s; it is %.4f", c->cap[3], in_value(c, sum));
	currency_is(c, c->cap[4]);
	CHECK(c, (c->cap[5][0] != 0) == (m->rate > 0), "converts %s --rate", m->rate > 0 ? "without" : "with no");
	if (m->rate > 0) {
		rounds(c, c->cap[6], in_value(c, sum) / m->rate, 1, "the converted sum");
		CHECK(c, strcmp(c->cap[7], m->rate_code) == 0 && strcmp(c->cap[10], m->rate_code) == 0, "names the code");
		rounds(c, c->cap[8], m->rate, 1, "the rate");
		currency_is(c, c->cap[9]);
	}
}

static void a_none(struct ctx *c)
{
	CHECK(c, shown(c, 0) == 0, "says there are no amounts");
	if (c->cap[1][0])
		count_of(c, c->cap[2], 1);
}

static void a_single(struct ctx *c)
{
	CHECK(c, shown(c, 0) == 1, "says there is a single amount");
	CHECK(c, isnan(cell(c, AM_SD)) && isnan(cell(c, AM_MEAN_LO)) && isnan(cell(c, AM_MED_LO)),
	      "says the spread and ranges are undefined, but the row has them");
}

static void a_mean_ci(struct ctx *c)
{
	amount_is(c, c->cap[1], c->cap[2], cell(c, AM_MEAN), "the mean");
	conf_is(c, c->cap[3]);
	ordered(c, c->cap[4], c->cap[5]);
	amount_is(c, c->cap[4], NULL, cell(c, AM_MEAN_LO), "the lower limit");
	amount_is(c, c->cap[5], c->cap[6], cell(c, AM_MEAN_HI), "the upper limit");
}

static int all_equal_in(const struct group *g)
{
	for (size_t i = 1; i < g->n; i++)
		if (g->a[i] != g->a[0])
			return 0;
	return g->n > 0;
}

static void a_mean_one(struct ctx *c)
{
	amount_is(c, c->cap[1], c->cap[2], cell(c, AM_MEAN), "the mean");
	CHECK(c, all_equal_in(input_group(c, AM_GROUP)), "says every amount is the same");
	CHECK(c, cell(c, AM_MEAN_LO) == cell(c, AM_MEAN_HI), "says the mean has no range");
}

static void boot_is(struct ctx *c, const char *b, const char *seed)
{
	const struct cs_amt_opts *m = money_o(c);
	count_is(c, b, (int64_t)m->boot, "the resamples");
	CHECK(c, num(c, seed) == (double)m->seed, "states the seed %s; it is %lu", seed, m->seed);
}

static void a_med_boot(struct ctx *c)
{
	amount_is(c, c->cap[1], c->cap[2], cell(c, AM_MEDIAN), "the median");
	conf_is(c, c->cap[3]);
	ordered(c, c->cap[4], c->cap[5]);
	amount_is(c, c->cap[4], NULL, cell(c, AM_MED_LO), "the lower limit");
	amount_is(c, c->cap[5], c->cap[6], cell(c, AM_MED_HI), "the upper limit");
	boot_is(c, c->cap[7], c->cap[8]);
}

static void a_med_one(struct ctx *c)
{
	amount_is(c, c->cap[1], c->cap[2], cell(c, AM_MEDIAN), "the median");
	conf_is(c, c->cap[3]);
	CHECK(c, cell(c, AM_MED_LO) == cell(c, AM_MED_HI), "says the range is one value");
	amount_is(c, c->cap[4], c->cap[5], cell(c, AM_MED_HI), "the one value");
	conf_is(c, c->cap[6]);
	boot_is(c, c->cap[7], c->cap[8]);
}

static void a_med_noboot(struct ctx *c)
{
	amount_is(c, c->cap[1], c->cap[2], cell(c, AM_MEDIAN), "the median");
	CHECK(c, money_o(c)->boot == 0, "says --boot 0");
}

static void min_max_are(struct ctx *c, const char *mn, const char *mncur, const char *mx, const char *mxcur)
{
	const struct group *g = input_group(c, AM_GROUP);
	int64_t lo = g->a[0], hi = g->a[0];
	for (size_t i = 1; i < g->n; i++) {
		lo = g->a[i] < lo ? g->a[i] : lo;
		hi = g->a[i] > hi ? g->a[i] : hi;
	}
	CHECK(c, fabs(num(c, mn) - in_value(c, lo)) < 1e-9, "says the smallest is %s; it is %g", mn, in_value(c, lo));
	CHECK(c, fabs(num(c, mx) - in_value(c, hi)) < 1e-9, "says the largest is %s; it is %g", mx, in_value(c, hi));
	currency_is(c, mncur);
	currency_is(c, mxcur);
}

static void a_half_same(struct ctx *c)
{
	const struct group *g = input_group(c, AM_GROUP);
	double x = num(c, c->cap[1]);
	size_t k = 0;
	for (size_t i = 0; i < g->n; i++)
		k += fabs(in_value(c, g->a[i]) - x) < 1e-9;
	CHECK(c, 2 * k >= g->n, "says half of the amounts or more are %s: %zu of %zu are", c->cap[1], k, g->n);
	CHECK(c, cell(c, AM_Q1) == cell(c, AM_Q3), "says the quartiles are one value");
	currency_is(c, c->cap[2]);
	min_max_are(c, c->cap[3], c->cap[4], c->cap[5], c->cap[6]);
}

/* "At least a quarter of the amounts are A or less, and at least a quarter
 * are B or more." counted on the input, against A and B as printed */
static void a_quarters(struct ctx *c)
{
	const struct group *g = input_group(c, AM_GROUP);
	const struct amounts_opts *o = c->r->job.opts;
	CHECK(c, o->qtype->type == CS_QUANTILE_DEFAULT_TYPE, "claims quarters of definition %d", o->qtype->type);
	amount_is(c, c->cap[1], c->cap[2], cell(c, AM_Q1), "the first quartile");
	amount_is(c, c->cap[3], c->cap[4], cell(c, AM_Q3), "the third quartile");
	double lo = num(c, c->cap[1]), hi = num(c, c->cap[3]);
	size_t below = 0, above = 0;
	for (size_t i = 0; i < g->n; i++) {
		below += in_value(c, g->a[i]) <= lo + 1e-9;
		above += in_value(c, g->a[i]) >= hi - 1e-9;
	}
	CHECK(c, 4 * below >= g->n, "says at least a quarter are %s or less: %zu of %zu are", c->cap[1], below, g->n);
	CHECK(c, 4 * above >= g->n, "says at least a quarter are %s or more: %zu of %zu are", c->cap[3], above, g->n);
	CHECK(c, cell(c, AM_Q1) < cell(c, AM_Q3), "two quartiles that are one");
}

static void a_extremes(struct ctx *c)
{
	min_max_are(c, c->cap[1], c->cap[2], c->cap[3], c->cap[4]);
}

static void a_quartiles(struct ctx *c)
{
	const struct amounts_opts *o = c->r->job.opts;
	CHECK(c, o->qtype->type != CS_QUANTILE_DEFAULT_TYPE, "no quarters of definition 7");
	ordered(c, c->cap[1], c->cap[3]);
	amount_is(c, c->cap[1], c->cap[2], cell(c, AM_Q1), "the first quartile");
	amount_is(c, c->cap[3], c->cap[4], cell(c, AM_Q3), "the third quartile");
	min_max_are(c, c->cap[5], c->cap[6], c->cap[7], c->cap[8]);
}

static void a_qtype(struct ctx *c)
{
	const struct amounts_opts *o = c->r->job.opts;
	CHECK(c, num(c, c->cap[1]) == o->qtype->type && o->qtype->type != CS_QUANTILE_DEFAULT_TYPE, "names definition %s",
	      c->cap[1]);
	CHECK(c, strcmp(c->cap[2], o->qtype->title) == 0, "names it '%s'", c->cap[2]);
}

static void a_below0(struct ctx *c)
{
	const struct group *g = input_group(c, AM_GROUP);
	for (size_t i = 0; i < g->n; i++)
		CHECK(c, g->a[i] >= 0, "says the amounts never go below zero; one is %g", in_value(c, g->a[i]));
	CHECK(c, cell(c, AM_MEAN_LO) < 0, "says the range for the mean reaches below zero");
	CHECK(c, c->seen[A_MEAN_CI] == 1, "speaks of a range for the mean that it did not give");
}

static void a_skew(struct ctx *c)
{
	double mean = cell(c, AM_MEAN), med = cell(c, AM_MEDIAN);
	CHECK(c, med > 0 && mean > 1.5 * med, "says the mean is well above the median: %g and %g", mean, med);
}

static void a_few(struct ctx *c)
{
	int64_t n = shown(c, 0);
	count_of(c, c->cap[1], 0);
	CHECK(c, n > 1 && n < 10, "calls %lld amounts 'only'", (long long)n);
}

static void a_missing(struct ctx *c)
{
	int64_t m = shown(c, 1);
	count_of(c, c->cap[1], 1);
	CHECK(c, m > 0 && m == input_group(c, AM_GROUP)->missing, "says %lld rows were left out", (long long)m);
	agrees(c, m, c->cap[2], "row", "rows");
	agrees(c, m, c->cap[3], "was", "were");
}

#define CUR "( [A-Z]+)?"
static struct tmpl amounts_tmpl[A_N] = {
	[A_TOTAL] = { "amounts: total", "^" N " (amount|amounts) adding up to " N CUR "( \\(" N " ([A-Z]+) at " N CUR
		      " per ([A-Z]+)\\))?\\.$", a_total },
	[A_NONE] = { "amounts: none", "^no amounts( \\(" N " empty\\))?, so there is nothing to summarise\\.$", a_none },
	[A_SINGLE] = { "amounts: single", "^With a single amount there is no spread: the standard deviation and both"
		       " ranges are undefined\\.$", a_single },
	[A_MEAN_CI] = { "amounts: mean between", "^The mean is " N CUR "; with " CF " confidence the underlying mean lies"
			" between " N " and " N CUR " \\(t interval\\)\\.$", a_mean_ci },
	[A_MEAN_ONE] = { "amounts: mean no range", "^The mean is " N CUR "; every amount is the same, so it has no"
			 " range\\.$", a_mean_one },
	[A_MED_BOOT] = { "amounts: median between", "^The median is " N CUR "; with " CF " confidence between " N " and "
			 N CUR " \\(percentile bootstrap, " N " resamples, seed " N "\\)\\.$", a_med_boot },
	[A_MED_ONE] = { "amounts: median one value", "^The median is " N CUR "; with " CF " confidence it is " N CUR
			": at least " CF " of the " N " bootstrap resamples \\(seed " N "\\) have this same median\\.$",
			a_med_one },
	[A_MED_NOBOOT] = { "amounts: median no boot", "^The median is " N CUR " \\(no interval: --boot 0\\)\\.$",
			   a_med_noboot },
	[A_HALF_SAME] = { "amounts: half or more are", "^Half of the amounts or more are " N CUR "; the smallest is " N CUR
			  " and the largest " N CUR "\\.$", a_half_same },
	[A_QUARTERS] = { "amounts: a quarter or less", "^At least a quarter of the amounts are " N CUR " or less, and at"
			 " least a quarter are " N CUR " or more\\.$", a_quarters },
	[A_EXTREMES] = { "amounts: smallest and largest", "^The smallest is " N CUR " and the largest " N CUR "\\.$",
			 a_extremes },
	[A_QUARTILES] = { "amounts: quartiles", "^The quartiles are " N CUR " and " N CUR "; the smallest is " N CUR " and"
			  " the largest " N CUR "\\.$", a_quartiles },
	[A_QTYPE] = { "amounts: quantile type", "^Quantiles follow definition " N " of Hyndman and Fan \\((.+)\\)\\.$",
		      a_qtype },
	[A_BELOW0] = { "amounts: below zero", "^The range for the mean reaches below zero, which these amounts never do:"
		       " the t interval assumes roughly symmetric amounts and is unreliable here\\.$", a_below0 },
	[A_SKEW] = { "amounts: mean above median", "^The mean is well above the median: a few large amounts pull it up,"
		     " so the median describes a typical amount better\\.$", a_skew },
	[A_FEW] = { "amounts: only n", "^Caution: with only " N " amounts these ranges are rough\\.$", a_few },
	[A_MISSING] = { "amounts: left out", "^" N " (row|rows) with an empty amount (was|were) left out\\.$", a_missing },
};

static void amounts_row(struct ctx *c)
{
	const struct amounts_row *d = amounts_d(c);
	const struct group *g = input_group(c, AM_GROUP);
	int64_t n = shown(c, 0), m = cs_result_shown_or_0(RES(c), c->row, 1);
	int64_t lo = g->n ? g->a[0] : 0;
	for (size_t i = 1; i < g->n; i++)
		lo = g->a[i] < lo ? g->a[i] : lo;
	CHECK(c, c->label_said == d->by_group, "does %sstart with its group", c->label_said ? "" : "not ");
	if (n == 0) {
		CHECK(c, c->seen[A_NONE] == 1, "misses 'no amounts'");
		return;
	}
	CHECK(c, c->seen[A_TOTAL] == 1, "misses the total");
	if (n == 1) {
		CHECK(c, c->seen[A_SINGLE] == 1 && c->nsent == 2 + c->seen[A_QTYPE] + (m > 0), "says more of a single amount");
		return;
	}
	CHECK(c, c->seen[A_MEAN_CI] + c->seen[A_MEAN_ONE] == 1, "misses the mean");
	CHECK(c, c->seen[A_MED_BOOT] + c->seen[A_MED_ONE] + c->seen[A_MED_NOBOOT] == 1, "misses the median");
	CHECK(c, c->seen[A_QUARTERS] + c->seen[A_QUARTILES] + c->seen[A_HALF_SAME] == 1, "misses the quartiles");
	CHECK(c, c->seen[A_EXTREMES] == c->seen[A_QUARTERS], "misses the smallest and the largest");
	CHECK(c, c->seen[A_BELOW0] == (lo >= 0 && cell(c, AM_MEAN_LO) < 0), "misses 'below zero'");
	CHECK(c, c->seen[A_SKEW] == (cell(c, AM_MEDIAN) > 0 && cell(c, AM_MEAN) > 1.5 * cell(c, AM_MEDIAN)),
	      "misses 'the mean is well above the median'");
	CHECK(c, c->seen[A_FEW] == (n < 10), "misses 'with only n amounts'");
	CHECK(c, c->seen[A_MISSING] == (m > 0), "misses the rows left out");
}

static struct cmd_checks amounts_checks = { "amounts", amounts_tmpl, A_N, amounts_row, NULL };

/* ------------------------------------------------------------------ */
/* disparity                                                           */

enum { D_RATIO, D_RATIO_UNDEF, D_SHARE, D_REVERSED, D_SHARE_UNDEF, D_EXCEEDS, D_SHORT, D_EQUAL, D_SAME_TOTAL,
       D_GAP_CONV, D_TOTAL_CONV, D_NO_CONVERT, D_N, D_N0, D_MISSING, D_NO_MISSING, D_NO_CASES, D_TOTAL, D_IN_TOTAL,
       D_ACCOUNTS, D_MORE_THAN, D_UNDEF_RATIO, D_UNDEF_SHARE, B_NOBOOT, B_SINGLE, B_UNBOUNDED, B_AT_LEAST, B_AT_MOST,
       B_ONE, B_BETWEEN, B_LEFT_OUT, B_ROUGH, Q_N, Q_NONE, Q_EVERY, Q_MEDIAN, Q_BEYOND, Q_ORLESS, D_N_ };

static const struct disparity_row *disp_d(const struct ctx *c) { return cs_result_row_data(RES(c), c->row); }
static const struct disparity_opts *disp_o(const struct ctx *c) { return c->r->job.opts; }

/* 'a' in the data form, the pair's name in the calculator */
static void side_is(struct ctx *c, const char *said, int b)
{
	const struct disparity_row *d = disp_d(c);
	char want[80];
	if (d->calc)
		snprintf(want, sizeof want, "%s", b ? d->yname : d->xname);
	else
		snprintf(want, sizeof want, "'%s'", b ? disp_o(c)->b : disp_o(c)->a);
	CHECK(c, strcmp(said, want) == 0, "names '%s' where it is %s", said, want);
}

static void bare_side_is(struct ctx *c, const char *said, int b)
{
	const char *want = b ? disp_o(c)->b : disp_o(c)->a;
	CHECK(c, strcmp(said, want) == 0, "names '%s' where it is '%s'", said, want);
}

static double est_of(const struct ctx *c) { return cell(c, DP_EST); }

static void d_ratio(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	side_is(c, c->cap[1], 0);
	amount_is(c, c->cap[2], c->cap[3], d->x, "the first amount");
	rounds(c, c->cap[4], d->x / d->y, 1, "the ratio");
	rounds(c, c->cap[4], est_of(c), 1, "the ratio");
	side_is(c, c->cap[5], 1);
	amount_is(c, c->cap[6], c->cap[7], d->y, "the second amount");
}

static void d_ratio_undef(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	side_is(c, c->cap[1], 0);
	side_is(c, c->cap[2], 1);
	side_is(c, c->cap[3], 1);
	CHECK(c, d->y == 0, "says the second amount is 0");
}

static void d_share(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	side_is(c, c->cap[1], 1);
	amount_is(c, c->cap[2], c->cap[3], d->y, "the second amount");
	pct(c, c->cap[4], d->y / d->x, "the share");
	pct(c, c->cap[4], est_of(c), "the share");
	side_is(c, c->cap[5], 0);
	amount_is(c, c->cap[6], c->cap[7], d->x, "the first amount");
}

/* The reversed-order caution only when the share exceeds 100%. */
static void d_reversed(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	side_is(c, c->cap[1], 1);
	side_is(c, c->cap[2], 0);
	CHECK(c, d->measure == DM_SHARE && d->y > d->x && est_of(c) > 1, "says the order may be reversed at a share of %g",
	      est_of(c));
}

static void d_share_undef(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	side_is(c, c->cap[1], 1);
	side_is(c, c->cap[2], 0);
	side_is(c, c->cap[3], 0);
	CHECK(c, d->x == 0, "says the first amount is 0");
}

/* The gap of the row: the pair's, or the totals' */
static double gap_of(const struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	return d->calc ? d->x - d->y : est_of(c);
}

static void d_exceeds(struct ctx *c)
{
	side_is(c, c->cap[1], 0);
	side_is(c, c->cap[2], 1);
	CHECK(c, gap_of(c) > 0, "says the first exceeds the second: the gap is %g", gap_of(c));
	amount_is(c, c->cap[3], c->cap[4], gap_of(c), "the gap");
}

static void d_short(struct ctx *c)
{
	side_is(c, c->cap[1], 0);
	side_is(c, c->cap[2], 1);
	CHECK(c, gap_of(c) < 0, "says the first falls short of the second: the gap is %g", gap_of(c));
	amount_is(c, c->cap[3], c->cap[4], -gap_of(c), "the gap");
}

static void d_equal(struct ctx *c)
{
	side_is(c, c->cap[1], 0);
	side_is(c, c->cap[2], 1);
	CHECK(c, disp_d(c)->calc && gap_of(c) == 0, "says the amounts are equal");
}

static void d_same_total(struct ctx *c)
{
	bare_side_is(c, c->cap[1], 0);
	bare_side_is(c, c->cap[2], 1);
	CHECK(c, !disp_d(c)->calc && est_of(c) == 0, "says the totals are the same");
}

static void conv_rate_is(struct ctx *c, const char *code1, const char *rate, const char *cur, const char *code2)
{
	const struct cs_amt_opts *m = money_o(c);
	CHECK(c, m->rate > 0 && strcmp(code1, m->rate_code) == 0 && strcmp(code2, m->rate_code) == 0, "names the code");
	rounds(c, rate, m->rate, 1, "the rate");
	currency_is(c, cur);
}

static void d_gap_conv(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	CHECK(c, d->measure == DM_GAP_CONV, "converts a gap on another row");
	rounds(c, c->cap[1], est_of(c), 1, "the converted gap");
	if (d->calc)
		rounds(c, c->cap[1], (d->x - d->y) / money_o(c)->rate, 1, "the gap over the rate");
	conv_rate_is(c, c->cap[2], c->cap[3], c->cap[4], c->cap[5]);
}

static void d_total_conv(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	CHECK(c, d->measure == DM_TOTAL_A_CONV || d->measure == DM_TOTAL_B_CONV, "converts a total on another row");
	bare_side_is(c, c->cap[1], d->measure == DM_TOTAL_B_CONV);
	rounds(c, c->cap[2], est_of(c), 1, "the converted total");
	conv_rate_is(c, c->cap[3], c->cap[4], c->cap[5], c->cap[6]);
}

static void d_no_convert(struct ctx *c)
{
	CHECK(c, disp_d(c)->measure >= DM_TOTAL_A_CONV && isnan(est_of(c)), "says there are no cases to convert");
}

static const struct group *disp_group(struct ctx *c) { return input_group(c, DP_GROUP); }

static void d_n(struct ctx *c)
{
	int64_t n = shown(c, 0);
	count_of(c, c->cap[1], 0);
	agrees(c, n, c->cap[2], "case has", "cases have");
	CHECK(c, disp_d(c)->measure == DM_N && (size_t)n == disp_group(c)->n, "states %lld cases", (long long)n);
}

static void d_n0(struct ctx *c)
{
	CHECK(c, disp_d(c)->measure == DM_N && shown(c, 0) == 0 && disp_group(c)->n == 0, "says no case has both amounts");
}

static void d_missing(struct ctx *c)
{
	int64_t m = shown(c, 0);
	count_of(c, c->cap[1], 0);
	CHECK(c, disp_d(c)->measure == DM_MISSING && m > 0 && m == disp_group(c)->missing, "states %lld rows left out",
	      (long long)m);
	agrees(c, m, c->cap[2], "row", "rows");
	bare_side_is(c, c->cap[3], 0);
	bare_side_is(c, c->cap[4], 1);
	agrees(c, m, c->cap[5], "was", "were");
}

static void d_no_missing(struct ctx *c)
{
	CHECK(c, disp_d(c)->measure == DM_MISSING && shown(c, 0) == 0 && disp_group(c)->missing == 0,
	      "says no row had an empty amount");
}

static void d_no_cases(struct ctx *c)
{
	CHECK(c, shown(c, 0) == 0, "says there are no cases");
}

static void d_total(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	const struct group *g = disp_group(c);
	int b = d->measure == DM_TOTAL_B;
	CHECK(c, d->measure == DM_TOTAL_A || b, "a total on another row");
	bare_side_is(c, c->cap[1], b);
	int64_t s = 0;
	for (size_t i = 0; i < g->n; i++)
		s += b ? g->b[i] : g->a[i];
	CHECK(c, fabs(num(c, c->cap[2]) - in_value(c, s)) < 1e-9, "states the total as %s; it is %g", c->cap[2],
	      in_value(c, s));
	currency_is(c, c->cap[3]);
}

static void totals_of(struct ctx *c, double *sa, double *sb)
{
	const struct group *g = disp_group(c);
	int64_t a = 0, b = 0;
	for (size_t i = 0; i < g->n; i++)
		a += g->a[i], b += g->b[i];
	*sa = in_value(c, a);
	*sb = in_value(c, b);
}

static void d_in_total(struct ctx *c)
{
	double sa, sb;
	totals_of(c, &sa, &sb);
	bare_side_is(c, c->cap[1], 0);
	rounds(c, c->cap[2], est_of(c), 1, "the ratio");
	rounds(c, c->cap[2], sa / sb, 1, "the ratio of the totals");
	bare_side_is(c, c->cap[3], 1);
}

static void d_accounts(struct ctx *c)
{
	double sa, sb;
	totals_of(c, &sa, &sb);
	bare_side_is(c, c->cap[1], 1);
	pct(c, c->cap[2], est_of(c), "the share");
	pct(c, c->cap[2], sb / sa, "the share of the totals");
	bare_side_is(c, c->cap[3], 0);
}

static void d_more_than(struct ctx *c)
{
	double sa, sb;
	totals_of(c, &sa, &sb);
	bare_side_is(c, c->cap[1], 1);
	bare_side_is(c, c->cap[2], 0);
	CHECK(c, disp_d(c)->measure == DM_SHARE && sb > sa && est_of(c) > 1, "says the order may be reversed at a share of %g",
	      est_of(c));
}

static void d_undef_ratio(struct ctx *c)
{
	double sa, sb;
	totals_of(c, &sa, &sb);
	bare_side_is(c, c->cap[1], 1);
	CHECK(c, disp_d(c)->measure == DM_RATIO && sb == 0, "says '%s' adds up to 0", c->cap[1]);
}

static void d_undef_share(struct ctx *c)
{
	double sa, sb;
	totals_of(c, &sa, &sb);
	bare_side_is(c, c->cap[1], 0);
	CHECK(c, disp_d(c)->measure == DM_SHARE && sa == 0, "says '%s' adds up to 0", c->cap[1]);
}

/* A limit as the row's measure writes it: a ratio, a share (with '%'),
 * a gap (an amount; the currency after the upper one). */
static void limit_is(struct ctx *c, const char *n, const char *pctsign, const char *cur, double v, const char *what)
{
	const struct disparity_row *d = disp_d(c);
	if (d->measure == DM_SHARE) {
		CHECK(c, pctsign[0] == '%', "writes a share without '%%'");
		pct(c, n, v, what);
	} else {
		CHECK(c, pctsign[0] == '\0', "writes '%%' after a %s", d->measure == DM_RATIO ? "ratio" : "gap");
		rounds(c, n, v, 1, what);
	}
	if (d->measure == DM_GAP && cur)
		currency_is(c, cur);
	else
		CHECK(c, !cur || !cur[0], "writes a currency after a %s", d->measure == DM_RATIO ? "ratio" : "share");
}

static void b_noboot(struct ctx *c)
{
	CHECK(c, money_o(c)->boot == 0 && disp_d(c)->boot_status == -1, "says --boot 0");
}

static void b_single(struct ctx *c)
{
	CHECK(c, shown(c, 0) == 1 && disp_d(c)->boot_status == CS_EUNDEF, "says there is a single case");
}

static void b_unbounded(struct ctx *c)
{
	CHECK(c, isnan(disp_d(c)->lower) && isnan(disp_d(c)->upper), "says the range is unbounded");
}

static void b_at_least(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	conf_is(c, c->cap[1]);
	limit_is(c, c->cap[2], c->cap[3], NULL, d->lower, "the lower limit");
	CHECK(c, !c->cap[4][0] || d->measure != DM_GAP, "writes a currency after the lower limit");
	CHECK(c, isnan(d->upper) && !isnan(d->lower), "says there is no upper limit");
	bare_side_is(c, c->cap[5], d->measure == DM_SHARE ? 0 : 1);
}

static void b_at_most(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	conf_is(c, c->cap[1]);
	limit_is(c, c->cap[2], c->cap[3], c->cap[4], d->upper, "the upper limit");
	CHECK(c, isnan(d->lower) && !isnan(d->upper), "says there is no lower limit");
}

static void b_one(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	conf_is(c, c->cap[1]);
	CHECK(c, d->lower == d->upper, "says the range is one value: %g to %g", d->lower, d->upper);
	limit_is(c, c->cap[2], c->cap[3], c->cap[4], d->upper, "the value");
	conf_is(c, c->cap[5]);
	count_is(c, c->cap[6], (int64_t)money_o(c)->boot, "the resamples");
	count_of(c, c->cap[7], 0);
	CHECK(c, num(c, c->cap[8]) == (double)money_o(c)->seed, "states the seed %s", c->cap[8]);
}

static void b_between(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	conf_is(c, c->cap[1]);
	ordered(c, c->cap[2], c->cap[5]);
	limit_is(c, c->cap[2], c->cap[3], NULL, d->lower, "the lower limit");
	CHECK(c, !c->cap[4][0], "writes a currency after the lower limit");
	limit_is(c, c->cap[5], c->cap[6], c->cap[7], d->upper, "the upper limit");
	count_of(c, c->cap[8], 0);
	count_is(c, c->cap[9], (int64_t)money_o(c)->boot, "the resamples");
	CHECK(c, num(c, c->cap[10]) == (double)money_o(c)->seed, "states the seed %s", c->cap[10]);
	rounds(c, c->cap[2], cell(c, DP_LO), d->measure == DM_SHARE ? 100 : 1, "the lower cell");
	rounds(c, c->cap[5], cell(c, DP_HI), d->measure == DM_SHARE ? 100 : 1, "the upper cell");
}

static void b_left_out(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	CHECK(c, num(c, c->cap[1]) == (double)d->undefined && d->undefined > 0, "states %s resamples left out; %zu were",
	      c->cap[1], d->undefined);
	CHECK(c, d->undefined != 1, "says '1 resamples ... were'");
}

static void b_rough(struct ctx *c)
{
	int64_t n = shown(c, 0);
	count_of(c, c->cap[1], 0);
	CHECK(c, n < 20, "calls %lld cases 'only'", (long long)n);
}

/* The per-case ratios a/b of the row's group (b > 0), as fractions. */
struct ratios { size_t n; int64_t *a, *b; };

static struct ratios ratios_of(struct ctx *c)
{
	const struct group *g = disp_group(c);
	struct ratios r = { 0, malloc((g->n + 1) * sizeof(int64_t)), malloc((g->n + 1) * sizeof(int64_t)) };
	assert_non_null(r.a);
	assert_non_null(r.b);
	for (size_t i = 0; i < g->n; i++)
		if (g->b[i] > 0) {
			r.a[r.n] = g->a[i];
			r.b[r.n] = g->b[i];
			r.n++;
		}
	return r;
}

/* -1, 0, 1: a/b against the decimal text x, exactly */
static int ratio_vs(int64_t a, int64_t b, const char *x)
{
	__int128 m = 0, p = 1;
	int after = 0;
	for (const char *s = x; *s; s++) {
		if (*s == '.')
			after = 1;
		else if (isdigit((unsigned char)*s)) {
			m = 10 * m + (*s - '0');
			if (after)
				p *= 10;
		}
	}
	__int128 l = (__int128)a * p, r = m * b;
	return l < r ? -1 : l > r;
}

static void q_n(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	struct ratios r = ratios_of(c);
	int64_t nr = shown(c, 0), n = cs_result_shown_or_0(RES(c), d->n_row, 0);
	count_of(c, c->cap[1], 0);
	CHECK(c, d->measure == DM_ROW_RATIO_N && (size_t)nr == r.n, "states %lld cases with an amount above 0; there are %zu",
	      (long long)nr, r.n);
	agrees(c, nr, c->cap[2], "case has", "cases have");
	bare_side_is(c, c->cap[3], 1);
	agrees(c, nr, c->cap[4], "its", "their");
	CHECK(c, (c->cap[5][0] != 0) == (nr < n), "%s the cases with 0", c->cap[5][0] ? "invents" : "misses");
	if (c->cap[5][0]) {
		int64_t z;
		int shown_n = cs_result_shown(RES(c), d->n_row, 0, &z);
		CHECK(c, shown_n, "states the cases with 0 from a hidden n");
		count_is(c, c->cap[6], n - nr, "the cases with 0");
		agrees(c, n - nr, c->cap[7], "is", "are");
	}
	free(r.a);
	free(r.b);
}

static void q_none(struct ctx *c)
{
	struct ratios r = ratios_of(c);
	bare_side_is(c, c->cap[1], 1);
	CHECK(c, r.n == 0, "says no case has an amount above 0: %zu do", r.n);
	free(r.a);
	free(r.b);
}

static int cmp_ratio(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return a < b ? -1 : a > b;
}

static void q_every(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	struct ratios r = ratios_of(c);
	int64_t n = cs_result_shown_or_0(RES(c), d->n_row, 0);
	CHECK(c, (c->cap[1][0] != 0) == ((int64_t)r.n < n), "%s the cases with 0 in b, which have no ratio",
	      c->cap[1][0] ? "names" : "does not name");
	if (c->cap[1][0])
		bare_side_is(c, c->cap[2], 1);
	bare_side_is(c, c->cap[3], 0);
	bare_side_is(c, c->cap[5], 1);
	for (size_t i = 1; i < r.n; i++)
		CHECK(c, (__int128)r.a[i] * r.b[0] == (__int128)r.a[0] * r.b[i], "says every case has the same ratio; %lld/%lld"
		      " and %lld/%lld differ", (long long)r.a[0], (long long)r.b[0], (long long)r.a[i], (long long)r.b[i]);
	CHECK(c, r.n > 0, "says 'in every case' of no ratios");
	rounds(c, c->cap[4], (double)r.a[0] / (double)r.b[0], 1, "the ratio");
	free(r.a);
	free(r.b);
}

static void q_median(struct ctx *c)
{
	struct ratios r = ratios_of(c);
	double *v = malloc((r.n + 1) * sizeof *v);
	assert_non_null(v);
	for (size_t i = 0; i < r.n; i++)
		v[i] = (double)r.a[i] / (double)r.b[i];
	qsort(v, r.n, sizeof *v, cmp_ratio);
	double med = r.n % 2 ? v[r.n / 2] : (v[r.n / 2 - 1] + v[r.n / 2]) / 2;
	CHECK(c, disp_d(c)->measure == DM_ROW_MEDIAN && r.n > 0, "a median on another row");
	bare_side_is(c, c->cap[1], 0);
	bare_side_is(c, c->cap[3], 1);
	rounds(c, c->cap[2], med, 1, "the median ratio");
	rounds(c, c->cap[2], est_of(c), 1, "the median ratio");
	free(v);
	free(r.a);
	free(r.b);
}

/* "A quarter or more of the per-case ratios are below X" only when at least
 * a quarter of the ratios lie strictly below X (as printed), and so on. */
static void quarter(struct ctx *c, const char *x, int below, int strict)
{
	const struct disparity_row *d = disp_d(c);
	struct ratios r = ratios_of(c);
	size_t k = 0;
	for (size_t i = 0; i < r.n; i++) {
		int o = ratio_vs(r.a[i], r.b[i], x);
		k += below ? (strict ? o < 0 : o <= 0) : (strict ? o > 0 : o >= 0);
	}
	CHECK(c, d->measure == (below ? DM_ROW_Q1 : DM_ROW_Q3), "says '%s' on the wrong quartile",
	      below ? "below/or less" : "above/or more");
	CHECK(c, 4 * k >= r.n && r.n > 0, "says a quarter of the cases or more have a ratio %s %s; %zu of %zu do",
	      strict ? (below ? "below" : "above") : (below ? "of ... or less" : "of ... or more"), x, k, r.n);
	/* the quartile as printed: rounded towards the side the sentence speaks of (up for
	 * q1, down for q3), by less than one unit of its last digit */
	double q = est_of(c), xv = num(c, x), unit = pow(10, -decimals_of(x));
	CHECK(c, below ? xv >= q * (1 - 1e-12) && xv - q <= unit * (1 + 1e-9)
		       : xv <= q * (1 + 1e-12) && q - xv <= unit * (1 + 1e-9),
	      "prints the quartile %.10g as %s", q, x);
	free(r.a);
	free(r.b);
}

static void q_beyond(struct ctx *c)
{
	quarter(c, c->cap[2], strcmp(c->cap[1], "below") == 0, 1);
}

static void q_orless(struct ctx *c)
{
	quarter(c, c->cap[1], strcmp(c->cap[2], "less") == 0, 0);
}

#define V N "(%)?" CUR                  /* a ratio, a share or an amount: 3 groups */
static struct tmpl disparity_tmpl[D_N_] = {
	[D_RATIO] = { "disparity: pair ratio", "^(.+) \\(" N CUR "\\) is " N " times (.+) \\(" N CUR "\\)\\.$", d_ratio },
	[D_RATIO_UNDEF] = { "disparity: pair ratio undefined", "^The ratio (.+)/(.+) is undefined: (.+) is 0\\.$",
			    d_ratio_undef },
	[D_SHARE] = { "disparity: pair share", "^(.+) \\(" N CUR "\\) is " P " of (.+) \\(" N CUR "\\)\\.$", d_share },
	[D_REVERSED] = { "disparity: pair reversed", "^(.+) is larger than (.+): the amount alleged comes first, so check"
			 " that the order is not reversed\\.$", d_reversed },
	[D_SHARE_UNDEF] = { "disparity: pair share undefined", "^The share (.+)/(.+) is undefined: (.+) is 0\\.$",
			    d_share_undef },
	[D_EXCEEDS] = { "disparity: exceeds", "^(.+) exceeds (.+) by " N CUR "\\.$", d_exceeds },
	[D_SHORT] = { "disparity: falls short", "^(.+) falls short of (.+) by " N CUR "\\.$", d_short },
	[D_EQUAL] = { "disparity: pair equal", "^(.+) and (.+) are equal: no gap\\.$", d_equal },
	[D_SAME_TOTAL] = { "disparity: same totals", "^'(.+)' and '(.+)' add up to the same amount\\.$", d_same_total },
	[D_GAP_CONV] = { "disparity: gap converted", "^The gap is " N " ([A-Z]+) at " N CUR " per ([A-Z]+)\\.$", d_gap_conv },
	[D_TOTAL_CONV] = { "disparity: total converted", "^'(.+)' adds up to " N " ([A-Z]+) at " N CUR " per ([A-Z]+)\\.$",
			   d_total_conv },
	[D_NO_CONVERT] = { "disparity: nothing to convert", "^No cases to convert\\.$", d_no_convert },
	[D_N] = { "disparity: n", "^" N " (case has|cases have) both amounts\\.$", d_n },
	[D_N0] = { "disparity: no case", "^No case has both amounts, so there is nothing to compare\\.$", d_n0 },
	[D_MISSING] = { "disparity: left out", "^" N " (row|rows) with an empty amount in '(.+)' or '(.+)' (was|were) left"
			" out\\.$", d_missing },
	[D_NO_MISSING] = { "disparity: none left out", "^No row had an empty amount\\.$", d_no_missing },
	[D_NO_CASES] = { "disparity: no cases", "^No cases to compare\\.$", d_no_cases },
	[D_TOTAL] = { "disparity: total", "^'(.+)' adds up to " N CUR "\\.$", d_total },
	[D_IN_TOTAL] = { "disparity: ratio of totals", "^In total, '(.+)' is " N " times '(.+)'\\.$", d_in_total },
	[D_ACCOUNTS] = { "disparity: share of totals", "^'(.+)' accounts for " P " of '(.+)'\\.$", d_accounts },
	[D_MORE_THAN] = { "disparity: totals reversed", "^'(.+)' adds up to more than '(.+)': check that --a is the amount"
			  " alleged and --b the amount documented\\.$", d_more_than },
	[D_UNDEF_RATIO] = { "disparity: ratio undefined", "^The ratio is undefined: '(.+)' adds up to 0\\.$", d_undef_ratio },
	[D_UNDEF_SHARE] = { "disparity: share undefined", "^The share is undefined: '(.+)' adds up to 0\\.$", d_undef_share },
	[B_NOBOOT] = { "disparity: no bootstrap", "^\\(No interval: --boot 0\\.\\)$", b_noboot },
	[B_SINGLE] = { "disparity: single case", "^With a single case no range can be given\\.$", b_single },
	[B_UNBOUNDED] = { "disparity: unbounded", "^No range can be given: the resampled totals leave it unbounded\\.$",
			  b_unbounded, 1 /* both limits infinite: more than 1 - alpha/2 of the resamples with
					 * b = 0 while the totals have b > 0, which no data reach */ },
	[B_AT_LEAST] = { "disparity: at least", "^With " CF " confidence it is at least " V "; there is no upper limit,"
			 " because in many resamples '(.+)' adds up to 0\\.$", b_at_least },
	[B_AT_MOST] = { "disparity: at most", "^With " CF " confidence it is at most " V "\\.$", b_at_most,
			1 /* a lower limit of minus infinity: amounts are never negative */ },
	[B_ONE] = { "disparity: one value", "^With " CF " confidence it is " V ": at least " CF " of the " N " bootstrap"
		    " resamples of the " N " cases \\(seed " N "\\) give this same value\\.$", b_one },
	[B_BETWEEN] = { "disparity: between", "^With " CF " confidence between " V " and " V " \\(percentile bootstrap"
			" over the " N " cases, " N " resamples, seed " N "\\)\\.$", b_between },
	[B_LEFT_OUT] = { "disparity: resamples left out", "^" N " resamples in which both totals were 0 were left out\\.$",
			 b_left_out },
	[B_ROUGH] = { "disparity: only n cases", "^Caution: with only " N " cases the range is rough\\.$", b_rough },
	[Q_N] = { "disparity: cases with b above 0", "^" N " (case has|cases have) an amount above 0 in '(.+)', so a ratio"
		  " of (its|their) own(; " N " with 0 (is|are) left out of the per-case ratios)?\\.$", q_n },
	[Q_NONE] = { "disparity: no per-case ratios", "^No case has an amount above 0 in '(.+)', so there are no per-case"
		     " ratios\\.$", q_none },
	[Q_EVERY] = { "disparity: in every case", "^In every case( with an amount above 0 in '(.+)',)? '(.+)' is " N
		      " times '(.+)'\\.$", q_every },
	[Q_MEDIAN] = { "disparity: median ratio", "^In the middle case '(.+)' is " N " times '(.+)' \\(median of the"
		       " per-case ratios\\)\\.$", q_median },
	[Q_BEYOND] = { "disparity: quarter below/above", "^A quarter or more of the per-case ratios are (below|above) " N
		       "\\.$", q_beyond },
	[Q_ORLESS] = { "disparity: quarter or less/more", "^A quarter or more of the per-case ratios are " N " or"
		       " (less|more)\\.$", q_orless },
};

static void disparity_row(struct ctx *c)
{
	const struct disparity_row *d = disp_d(c);
	CHECK(c, c->label_said == d->by_group, "does %sstart with its group", c->label_said ? "" : "not ");
	if (d->calc) {
		CHECK(c, c->nsent == 1 + c->seen[D_REVERSED], "a pair's row says %d sentences", c->nsent);
		CHECK(c, c->seen[D_REVERSED] == (d->measure == DM_SHARE && d->x > 0 && d->y > d->x),
		      "misses or wrongly says that the order may be reversed");
		return;
	}
	if (d->measure == DM_SHARE) {
		double sa, sb;
		totals_of(c, &sa, &sb);
		CHECK(c, c->seen[D_MORE_THAN] == (sa > 0 && sb > sa), "misses or wrongly says that the order may be reversed");
	}
	if (d->measure <= DM_GAP && cs_result_shown_or_0(RES(c), c->row, 0) > 0 && !isnan(est_of(c))) {
		int boot = c->seen[B_NOBOOT] + c->seen[B_SINGLE] + c->seen[B_UNBOUNDED] + c->seen[B_AT_LEAST] +
			   c->seen[B_AT_MOST] + c->seen[B_ONE] + c->seen[B_BETWEEN];
		CHECK(c, boot == 1, "does not say once how sure the bootstrap is");
		CHECK(c, c->seen[B_ROUGH] == (d->boot_status == CS_OK && shown(c, 0) < 20), "misses 'with only n cases'");
		CHECK(c, c->seen[B_LEFT_OUT] == (d->undefined > 0 && d->boot_status == CS_OK), "misses the resamples left out");
	}
	if (d->measure >= DM_ROW_Q1 && d->measure <= DM_ROW_Q3 && cs_result_shown_or_0(RES(c), c->row, 0) > 0)
		CHECK(c, c->nsent == 1 && c->seen[Q_NONE] + c->seen[Q_EVERY] + c->seen[Q_MEDIAN] + c->seen[Q_BEYOND] +
						      c->seen[Q_ORLESS] == 1, "a quartile's row says %d sentences", c->nsent);
}

static struct cmd_checks disparity_checks = { "disparity", disparity_tmpl, D_N_, disparity_row, NULL };

/* ------------------------------------------------------------------ */
/* coverage                                                            */

enum { V_CLAIM, V_AVERAGE, V_DONT, V_NEVER, V_SHORT, V_N };

enum { COV_METHOD, COV_N, COV_CONF, COV_P, COV_COV };

/* The curve of the row's method: its rows of p and coverage. */
struct curve { size_t n; const double *p; double *cov, *pp; };

static struct curve curve_of(struct ctx *c)
{
	const struct cs_result *res = RES(c);
	struct curve k = { 0, NULL, malloc(res->nrows * sizeof(double)), malloc(res->nrows * sizeof(double)) };
	assert_non_null(k.cov);
	assert_non_null(k.pp);
	for (size_t r = c->row; r < res->nrows && strcmp(cs_result_str(res, r, COV_METHOD), method_name(c)) == 0; r++) {
		k.pp[k.n] = cs_result_num(res, r, COV_P);
		k.cov[k.n++] = cs_result_num(res, r, COV_COV);
	}
	return k;
}

static void curve_free(struct curve *k)
{
	free(k->cov);
	free(k->pp);
}

static double below_of(const struct curve *k, double conf)
{
	size_t b = 0;
	for (size_t i = 0; i < k->n; i++)
		b += k->cov[i] < conf;
	return (double)b / (double)k->n;
}

static void v_claim(struct ctx *c)
{
	title_is(c, c->cap[1]);
	CHECK(c, num(c, c->cap[2]) == cell(c, COV_N), "states n = %s", c->cap[2]);
	conf_is(c, c->cap[3]);
}

static void v_average(struct ctx *c)
{
	struct curve k = curve_of(c);
	double sum = 0, min = k.cov[0], pmin = k.pp[0];
	for (size_t i = 0; i < k.n; i++) {
		sum += k.cov[i];
		if (k.cov[i] < min)
			min = k.cov[i], pmin = k.pp[i];
	}
	pct(c, c->cap[1], sum / (double)k.n, "the mean coverage");
	pct(c, c->cap[2], min, "the lowest coverage");
	rounds(c, c->cap[3], pmin, 1, "where it is lowest");
	curve_free(&k);
}

static void v_dont(struct ctx *c)
{
	struct curve k = curve_of(c);
	double b = below_of(&k, c->r->common.conf);
	CHECK(c, b > 0.5, "says do not trust a method that falls short for %g of p", b);
	pct(c, c->cap[1], b, "the share of p it falls short at");
	curve_free(&k);
}

static void v_never(struct ctx *c)
{
	struct curve k = curve_of(c);
	for (size_t i = 0; i < k.n; i++)
		CHECK(c, k.cov[i] >= c->r->common.conf - 1e-9, "says it never covers less often than promised; at p = %g it"
		      " covers %.6f", k.pp[i], k.cov[i]);
	curve_free(&k);
}

/* "mostly near 0 and 1" exactly when more than half of the values of p
 * where it falls short lie in the outer fifths, p <= 0.2 or p >= 0.8
 * (Wilson at n = 1 falls short only between 0.2 and 0.8) */
static void v_short(struct ctx *c)
{
	struct curve k = curve_of(c);
	double conf = c->r->common.conf, b = below_of(&k, conf);
	conf_is(c, c->cap[1]);
	CHECK(c, b > 0 && b <= 0.5, "says it falls short for a share %g of p", b);
	pct(c, c->cap[2], b, "the share of p it falls short at");
	size_t shortn = 0, near = 0;
	for (size_t i = 0; i < k.n; i++)
		if (k.cov[i] < conf) {
			shortn++;
			near += k.pp[i] <= 0.2 || k.pp[i] >= 0.8;
		}
	int says = c->cap[3][0] != '\0';
	CHECK(c, says == (2 * near > shortn), "%s 'mostly near 0 and 1': %zu of the %zu values of p where it falls"
	      " short are", says ? "says" : "does not say", near, shortn);
	curve_free(&k);
}

static struct tmpl coverage_tmpl[V_N] = {
	[V_CLAIM] = { "coverage: claim", "^(.+) intervals from samples of " N " claim " CF " confidence\\.$", v_claim },
	[V_AVERAGE] = { "coverage: average", "^Averaged over the true share p, they contain it " P " of the time; the"
			" lowest is " P ", at p = " N "\\.$", v_average },
	[V_DONT] = { "coverage: do not trust", "^For " P " of the values of p they cover less often than promised: do"
		     " not trust this method at this sample size\\.$", v_dont },
	[V_NEVER] = { "coverage: never less", "^They never cover less often than promised \\(they err on the wide"
		      " side\\)\\.$", v_never },
	[V_SHORT] = { "coverage: falls short", "^They fall short of " CF " for " P " of the values of p(, mostly near 0"
		      " and 1)?\\.$", v_short },
};

static void coverage_row(struct ctx *c)
{
	CHECK(c, c->seen[V_CLAIM] == 1 && c->seen[V_AVERAGE] == 1 &&
		 c->seen[V_DONT] + c->seen[V_NEVER] + c->seen[V_SHORT] == 1, "misses a sentence");
}

static int coverage_no_text(struct ctx *c)
{
	return cs_result_row_data(RES(c), c->row) == NULL;
}

static struct cmd_checks coverage_checks = { "coverage", coverage_tmpl, V_N, coverage_row, coverage_no_text };

/* ------------------------------------------------------------------ */
/* mse                                                                 */

/* The sentences of cli/cmd/mse_intro.c, mse_explain.c and mse_words.c.
 * Numbers are checked against the row's cells (the upper limit against
 * d->upper, which keeps +infinity when the cell is empty), the counts
 * against the shown counts and, where the data must say more (which lists
 * hold anyone, Chao's f1 and f2, an empty margin), against the people by
 * capture pattern (of the twin run when --min-cell hides some).  The
 * claims about the other models are checked against the rows of the
 * group when the rows hold every model within reach (--models all, or
 * the last row shown is beyond it), else against the group's facts. */

enum { MS_LISTS, MS_IN_GROUP, MS_ESTIMATE, MS_BETWEEN, MS_AT_LEAST, MS_NO_UPPER, MS_ADDS_NOBODY, MS_SE0, MS_NO_PROFILE,
       MS_TRY_LOGNORMAL, MS_WALD_AT_N, MS_LOWER_AT_N, MS_TWO_NONE, MS_NO_RECAPTURE, MS_TWO_CANNOT, MS_TWO_IF,
       MS_TWO_NOTHING, MS_GIVEN, MS_SEARCHED, MS_MODEL_NONE, MS_NO_MODEL, MS_ALSO_BEST, MS_NOT_BEST, MS_BEST_IS,
       MS_NO_OTHER, MS_NEAR, MS_MATTERS, MS_BEYOND, MS_NOFIT, MS_SIX, MS_OTHER_MODEL, MS_OTHER_TWO, MS_PROFILE_SAME,
       MS_CHAO_NONE, MS_CHAO, MS_CHAO_CI, MS_CHAO_BIAS, MS_CHAO_HOLDS, MS_CHAO_BUT, MS_NOBODY, MS_NO_LIST,
       MS_ONLY_ONE, MS_ONLY_K, MS_HRDAG, MS_TWO_DEPEND, MS_TO_ESTIMATE, MS_SUM, MS_SUM_NONE, MS_SUM_CANNOT,
       MS_SUM_ADD, MS_SUM_CHAO, MS_SUM_IV, MS_A_FOUR, MS_A_CLOSED, MS_A_JOIN, MS_A_LINKAGE, MS_A_MATCHES,
       MS_A_NEITHER, MS_A_NO_LIST, MS_A_IF, MS_A_EQUAL, MS_A_HARDER, MS_N };

static const struct mse_opts *mse_o(const struct ctx *c) { return c->r->job.opts; }
static const struct mse_row *mse_d(const struct ctx *c) { return cs_result_row_data(RES(c), c->row); }
static const struct mse_row *mse_dr(const struct ctx *c, size_t r) { return cs_result_row_data(RES(c), r); }
static size_t mcol(const struct ctx *c, int col) { return mse_col(mse_o(c), col); }
static double mcell(const struct ctx *c, size_t r, int col) { return cs_result_num(RES(c), r, mcol(c, col)); }
static const char *mstr(const struct ctx *c, size_t r, int col) { return cs_result_str(RES(c), r, mcol(c, col)); }
static int crit_col(const struct ctx *c) { return mse_o(c)->crit == CS_MSE_AIC ? MSE_AIC : MSE_BIC; }
static int64_t ms_popcount(unsigned m) { int64_t k = 0; for (; m; m &= m - 1) k++; return k; }

/* The size of the model space of t lists (analysis/mse.h). */
static size_t model_space(int t)
{
	static const size_t space[] = { 0, 0, 1, 8, 113, 6893, 32768 };
	return t >= 0 && t <= 6 ? space[t] : 0;
}

static void list_name_of(const struct mse_opts *o, int k, char *buf, size_t size)
{
	if (o->lists.n)
		snprintf(buf, size, "%s", o->lists.v[k]);
	else
		snprintf(buf, size, "list %d", k + 1);
}

/* "A, B and C" of the lists in mask. */
static void list_names_of(const struct mse_opts *o, unsigned mask, char *buf, size_t size)
{
	int total = (int)ms_popcount(mask), n = 0;
	buf[0] = '\0';
	for (int k = 0; k < o->t; k++) {
		if (!(mask & (1u << k)))
			continue;
		char nm[128];
		list_name_of(o, k, nm, sizeof nm);
		n++;
		size_t len = strlen(buf);
		snprintf(buf + len, size - len, "%s%s", n == 1 ? "" : n == total ? " and " : ", ", nm);
	}
}

static void names_are(struct ctx *c, const char *said, unsigned mask, const char *what)
{
	char want[512];
	list_names_of(mse_o(c), mask, want, sizeof want);
	CHECK(c, strcmp(said, want) == 0, "names %s '%s', but they are '%s'", what, said, want);
}

/* The interactions of a model text ("12,3,4"), joined "A–B, C–D and ..."
 * by order, said the way a reader needs: which lists depend on which. */
static void model_words_of(const struct mse_opts *o, const char *model, char *buf, size_t size)
{
	char sets[8][64], pairs[16][64];
	int ns = 0, np = 0;
	for (const char *s = model; *s;) {
		size_t len = strspn(s, "123456");
		if (len >= 2) {
			char term[64] = "";
			for (size_t i = 0; i < len; i++) {
				size_t l = strlen(term);
				if (o->lists.n)
					snprintf(term + l, sizeof term - l, "%s%s", i ? "\xE2\x80\x93" : "", o->lists.v[s[i] - '1']);
				else
					snprintf(term + l, sizeof term - l, "%s%c", i ? "\xE2\x80\x93" : "", s[i]);
			}
			if (len == 2 && np < 16)
				snprintf(pairs[np++], 64, "%s", term);
			else if (len > 2 && ns < 8)
				snprintf(sets[ns++], 64, "%s", term);
		}
		s += len;
		if (*s)
			s++;
	}
	buf[0] = '\0';
	if (!ns && !np) {
		snprintf(buf, size, "the lists independent");
		return;
	}
	size_t l;
	if (ns) {
		snprintf(buf, size, "dependence among ");
		for (int i = 0; i < ns; i++)
			l = strlen(buf), snprintf(buf + l, size - l, "%s%s", i == 0 ? "" : i == ns - 1 ? " and " : ", ", sets[i]);
	}
	if (np) {
		l = strlen(buf);
		snprintf(buf + l, size - l, "%s the pair%s ", ns ? ", and between" : "dependence between", np > 1 ? "s" : "");
		for (int i = 0; i < np; i++)
			l = strlen(buf), snprintf(buf + l, size - l, "%s%s", i == 0 ? "" : i == np - 1 ? " and " : ", ", pairs[i]);
	}
}

static void model_is(struct ctx *c, const char *model, const char *words)
{
	const char *m = mstr(c, c->row, MSE_MODEL);
	CHECK(c, strcmp(model, m) == 0, "names model %s, but the row's is %s", model, m);
	char want[1024];
	model_words_of(mse_o(c), model, want, sizeof want);
	CHECK(c, strcmp(words, want) == 0, "says model %s is '%s'; its terms are '%s'", model, words, want);
}

static void crit_is(struct ctx *c, const char *said)
{
	const char *want = mse_o(c)->crit == CS_MSE_AIC ? "AIC" : "BIC";
	CHECK(c, strcmp(said, want) == 0, "ranks by %s, but the criterion is %s", said, want);
}

/* The title of a two-list method from the row's model cell. */
static const char *two_title(const char *model)
{
	return strcmp(model, "chapman") == 0 ? "Chapman" : strcmp(model, "lincoln-petersen") == 0 ? "Lincoln-Petersen" : "?";
}

/* The interval's name as said: "profile likelihood" (short) or its title. */
static void iv_named(struct ctx *c, const char *said, int title)
{
	const char *iv = mstr(c, c->row, MSE_INTERVAL);
	const char *want = strcmp(iv, "profile") == 0 ? (title ? "multinomial profile likelihood" : "profile likelihood")
			   : strcmp(iv, "lognormal") == 0 ? "log-normal" : strcmp(iv, "wald") == 0 ? "Wald" : "(none)";
	CHECK(c, strcmp(said, want) == 0, "names the interval '%s', but the row's is '%s'", said, iv);
}

/* The people by capture pattern of the row's group, hidden ones too (from
 * the twin run); 0 when they are not known. */
static int true_y(struct ctx *c, double y[MSE_NPAT])
{
	const struct mse_row *d = mse_d(c);
	const struct mse_row *src = d;
	int hidden = 0;
	for (int p = 0; p < MSE_NPAT; p++)
		hidden |= d->hidden[p];
	if (hidden) {
		if (!c->twin)
			return 0;
		src = cs_result_row_data(&c->twin->res, twin_row(c));
	}
	memcpy(y, src->y, sizeof src->y);
	return 1;
}

/* The lists that hold anyone, from the patterns (or the facts). */
static unsigned used_mask(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	double y[MSE_NPAT];
	if (!true_y(c, y))
		return d->facts.mask;
	unsigned m = 0;
	for (unsigned p = 1; p < (1u << mse_o(c)->t); p++)
		if (y[p] > 0)
			m |= p;
	CHECK(c, m == d->facts.mask, "the lists holding anyone are %#x, not %#x", m, d->facts.mask);
	return m;
}

/* The rows of the group of row r (not the sums). */
static int same_group(const struct ctx *c, size_t r)
{
	const struct mse_row *a = mse_d(c), *b = mse_dr(c, r);
	return b->kind != MSE_SUM && a->kind != MSE_SUM && a->group == b->group;
}

/* The interval sentences check the limits of the row. */
static void ms_interval_limits(struct ctx *c, const char *lo, const char *hi)
{
	const struct mse_row *d = mse_d(c);
	rounds(c, lo, mcell(c, c->row, MSE_LO), 1, "the lower limit");
	if (hi) {
		/* a narrow interval gets decimals enough to tell its limits apart
		 * (cs_mse_decimals, up to 9): alike only when narrower still */
		if (strcmp(lo, hi) == 0)
			CHECK(c, d->upper - mcell(c, c->row, MSE_LO) < 1e-8 && decimals_of(lo) == 9,
			      "'between %s and %s' of an interval %.10g wide", lo, hi, d->upper - mcell(c, c->row, MSE_LO));
		else
			ordered(c, lo, hi);
		rounds(c, hi, d->upper, 1, "the upper limit");
		rounds(c, hi, mcell(c, c->row, MSE_HI), 1, "the upper limit's cell");
	}
}

/* Is row r's the estimate of its group, with the sentences of the first row? */
static int estimate_row(const struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	return d->ok && ((d->first && (d->kind == MSE_TWO || d->kind == MSE_LOGLIN)) ||
			 (d->kind == MSE_SUM && d->of != MSE_CHAO));
}

/* "The 4 lists (A, B, C and D) together name 258 distinct people[: ...]." */
static void ms_lists(struct ctx *c)
{
	const struct mse_opts *o = mse_o(c);
	const struct mse_row *d = mse_d(c);
	CHECK(c, d->first && (d->kind == MSE_TWO || d->kind == MSE_LOGLIN), "the lists' sentence on a row after the first");
	CHECK(c, num(c, c->cap[1]) == o->t, "says %s lists, but there are %d", c->cap[1], o->t);
	CHECK(c, (c->cap[2][0] != '\0') == (o->lists.n > 0), "%s the lists", c->cap[2][0] ? "names" : "does not name");
	if (c->cap[2][0])
		names_are(c, c->cap[3], (1u << o->t) - 1, "the lists");
	int64_t n = shown(c, 0);
	count_of(c, c->cap[4], 0);
	agrees(c, n, c->cap[5], "person", "people");
	int patterns = c->cap[6][0] != '\0';
	CHECK(c, patterns == (o->t == 2 && d->kind == MSE_TWO), "%s the people by pattern", patterns ? "gives" : "does not give");
	if (!patterns || d->kind != MSE_TWO)
		return;
	/* counts 1, 2, 3 of a two-list row: first only, second only, both */
	count_of(c, c->cap[7], 3);
	count_of(c, c->cap[8], 1);
	count_of(c, c->cap[10], 2);
	char nm[128];
	list_name_of(o, 0, nm, sizeof nm);
	CHECK(c, strcmp(c->cap[9], nm) == 0, "names the first list '%s'", c->cap[9]);
	list_name_of(o, 1, nm, sizeof nm);
	CHECK(c, strcmp(c->cap[11], nm) == 0, "names the second list '%s'", c->cap[11]);
	CHECK(c, shown(c, 1) + shown(c, 2) + shown(c, 3) == n, "the people by pattern do not add up to %lld", (long long)n);
}

/* "In this group D holds nobody, so the estimates use the other 3 lists." */
static void ms_in_group(struct ctx *c)
{
	const struct mse_opts *o = mse_o(c);
	const struct mse_row *d = mse_d(c);
	unsigned mask = used_mask(c), none = ((1u << o->t) - 1) & ~mask;
	CHECK(c, none != 0, "says a list holds nobody");
	names_are(c, c->cap[1], none, "the lists holding nobody");
	agrees(c, ms_popcount(none), c->cap[2], "holds", "hold");
	CHECK(c, num(c, c->cap[3]) == (double)ms_popcount(mask) && d->facts.used == ms_popcount(mask),
	      "says the other %s lists", c->cap[3]);
}

/* "(By X's estimator the|Under it the|The) total is estimated at E people, U more than the lists name." */
static void ms_estimate(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	const char *pre = c->cap[1];
	if (strncmp(pre, "By ", 3) == 0) {
		CHECK(c, d->kind == MSE_TWO && d->first && d->ok, "an estimator's estimate on another row");
		CHECK(c, strcmp(c->cap[2], two_title(mstr(c, c->row, MSE_MODEL))) == 0, "names the estimator %s of row %s",
		      c->cap[2], mstr(c, c->row, MSE_MODEL));
	} else if (strcmp(pre, "Under it the") == 0) {
		CHECK(c, d->kind == MSE_LOGLIN && d->first && d->ok, "a model's estimate on another row");
	} else {
		CHECK(c, d->kind == MSE_SUM && d->of != MSE_CHAO && d->ok, "'The total is estimated' on a row not a sum");
	}
	double est = mcell(c, c->row, MSE_EST), unobs = mcell(c, c->row, MSE_UNOBS);
	int64_t n = shown(c, 0);
	rounds(c, c->cap[3], est, 1, "the estimate");
	CHECK(c, fabs(est - (double)n - unobs) <= 1e-6 * fmax(1, est), "the estimate %.10g is not %lld named plus %.10g",
	      est, (long long)n, unobs);
	if (c->cap[5][0]) {
		rounds(c, c->cap[5], unobs, 1, "the people no list names");
		CHECK(c, decimals_of(c->cap[5]) == decimals_of(c->cap[3]), "gives E and U to different decimals");
		CHECK(c, cs_fmt_read(c->cap[5]) > 0, "says 0 more");
	} else {
		CHECK(c, fabs(unobs) < 0.5 * pow(10, -decimals_of(c->cap[3])), "says no more than the lists name, but it is"
		      " %.10g more", unobs);
	}
}

/* "With 95% confidence it lies between L and H (profile likelihood)." */
static void ms_between(struct ctx *c)
{
	CHECK(c, estimate_row(c), "an interval on a row without the estimate's sentence");
	conf_is(c, c->cap[1]);
	ms_interval_limits(c, c->cap[2], c->cap[3]);
	iv_named(c, c->cap[4], 0);
	CHECK(c, isfinite(mse_d(c)->upper), "says an upper limit, but there is none");
}

/* "With 95% confidence it is at least L (profile likelihood)." */
static void ms_at_least(struct ctx *c)
{
	CHECK(c, estimate_row(c), "an interval on a row without the estimate's sentence");
	conf_is(c, c->cap[1]);
	ms_interval_limits(c, c->cap[2], NULL);
	iv_named(c, c->cap[3], 0);
	CHECK(c, isinf(mse_d(c)->upper) && isnan(mcell(c, c->row, MSE_HI)), "says only 'at least', but the upper limit is"
	      " %.10g", mse_d(c)->upper);
}

static void ms_no_upper(struct ctx *c)
{
	CHECK(c, isinf(mse_d(c)->upper), "says there is no upper limit, but it is %.10g", mse_d(c)->upper);
}

/* "It adds nobody to the people the lists name, so its X interval is that number alone." */
static void ms_adds_nobody(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	double n = (double)shown(c, 0);
	CHECK(c, estimate_row(c) && (d->notes & CS_MSE_NOTE_DEGENERATE), "says the estimate adds nobody");
	CHECK(c, fabs(mcell(c, c->row, MSE_UNOBS)) <= 1e-9 * fmax(1, n) && mcell(c, c->row, MSE_LO) == n && d->upper == n,
	      "says it adds nobody and the interval is %g alone: estimate %.10g, interval %.10g to %.10g", n,
	      mcell(c, c->row, MSE_EST), mcell(c, c->row, MSE_LO), d->upper);
	iv_named(c, c->cap[1], 1);
}

/* "Its standard error is 0 (for two lists: one holds everyone on the other), so its X interval is that number alone." */
static void ms_se0(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	CHECK(c, estimate_row(c), "an interval on a row without the estimate's sentence");
	CHECK(c, mcell(c, c->row, MSE_SE) == 0, "says the standard error is 0; it is %.10g", mcell(c, c->row, MSE_SE));
	CHECK(c, mcell(c, c->row, MSE_LO) == d->upper && mcell(c, c->row, MSE_LO) == mcell(c, c->row, MSE_EST),
	      "says the interval is the estimate alone: %.10g, %.10g to %.10g", mcell(c, c->row, MSE_EST),
	      mcell(c, c->row, MSE_LO), d->upper);
	if (d->kind == MSE_TWO) {
		double y[MSE_NPAT];
		if (true_y(c, y))
			CHECK(c, y[1] == 0 || y[2] == 0, "says one list holds everyone on the other: %g and %g are on one only",
			      y[1], y[2]);
	}
	iv_named(c, c->cap[1], 1);
}

static void ms_no_profile(struct ctx *c)
{
	CHECK(c, estimate_row(c) && !mstr(c, c->row, MSE_INTERVAL)[0] && mse_o(c)->interval == cs_mse_interval_default(),
	      "says the profile interval could not be computed");
}

static void ms_try_lognormal(struct ctx *c)
{
	CHECK(c, c->seen[MS_NO_PROFILE] == 1, "suggests another interval without saying why");
}

/* "The Wald lower limit fell below the number the lists name and is shown as that number." */
static void ms_wald_at_n(struct ctx *c)
{
	double n = (double)shown(c, 0), lo = mcell(c, c->row, MSE_LO);
	double z = gsl_cdf_ugaussian_Qinv((1 - c->r->common.conf) / 2);
	CHECK(c, strcmp(mstr(c, c->row, MSE_INTERVAL), "wald") == 0, "speaks of a Wald limit on a %s interval",
	      mstr(c, c->row, MSE_INTERVAL));
	CHECK(c, lo == n && mcell(c, c->row, MSE_EST) - z * mcell(c, c->row, MSE_SE) < n * (1 + 1e-12),
	      "says the Wald lower limit fell below %g: it is %.10g", n, mcell(c, c->row, MSE_EST) - z * mcell(c, c->row, MSE_SE));
}

static void ms_lower_at_n(struct ctx *c)
{
	double n = (double)shown(c, 0);
	CHECK(c, strcmp(mstr(c, c->row, MSE_INTERVAL), "wald") != 0, "the profile's words on a Wald interval");
	CHECK(c, mcell(c, c->row, MSE_LO) == n, "says the lower limit is the %g the lists name; it is %.10g", n,
	      mcell(c, c->row, MSE_LO));
}

/* Why a row has no estimate (cs_mse_fail_words), checked on the row. */
static void ms_fail(struct ctx *c, const char *why)
{
	const struct mse_row *d = mse_d(c);
	const char *model = mstr(c, c->row, MSE_MODEL);
	unsigned mask = d->facts.mask;
	CHECK(c, !d->ok, "says there is no estimate");
	/* the model's terms in list positions */
	unsigned terms[32];
	int nt = 0;
	for (const char *s = model; *s && nt < 32;) {
		size_t len = strspn(s, "123456");
		unsigned g = 0;
		for (size_t i = 0; i < len; i++)
			g |= 1u << (s[i] - '1');
		if (len)
			terms[nt++] = g;
		s += len;
		if (*s)
			s++;
	}
	if (strstr(why, "links a list that holds nobody")) {
		int gone = 0;
		for (int i = 0; i < nt; i++)
			gone |= ms_popcount(terms[i]) >= 2 && (terms[i] & ~mask);
		CHECK(c, gone, "says model %s links a list that holds nobody (lists %#x hold anyone)", model, mask);
	} else if (strstr(why, "has a term of every list")) {
		int full = 0;
		for (int i = 0; i < nt; i++)
			full |= (terms[i] & mask) == mask;
		CHECK(c, full, "says model %s has a term of every list holding anyone (%#x)", model, mask);
	} else if (strstr(why, "empty margin")) {
		double y[MSE_NPAT];
		if (!true_y(c, y))
			return;
		int empty = 0;
		for (int i = 0; i < nt; i++) {
			unsigned g = terms[i];
			for (unsigned s = g; s && !empty; s = (s - 1) & g) {
				double m = 0;
				for (unsigned p = 1; p < (1u << mse_o(c)->t); p++)
					if ((p & g) == s)
						m += y[p];
				empty = m == 0;
			}
		}
		CHECK(c, empty, "says a margin of model %s is empty", model);
	} else if (strstr(why, "boundary")) {
		CHECK(c, d->notes & CS_MSE_NOTE_BOUNDARY, "says the fit runs to the boundary");
	} else if (strstr(why, "did not converge")) {
		CHECK(c, d->notes & CS_MSE_NOTE_NOCONV, "says the fit did not converge");
	} else if (strstr(why, "divides by")) {
		CHECK(c, d->kind == MSE_TWO && strcmp(model, "lincoln-petersen") == 0 && shown(c, 3) == 0,
		      "says the estimator divides by the people on both lists, 0");
	}
}

/* "Chapman's estimator gives no estimate: WHY." */
static void ms_two_none(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_TWO, "an estimator's sentence on a row of kind %d", mse_d(c)->kind);
	CHECK(c, strcmp(c->cap[1], two_title(mstr(c, c->row, MSE_MODEL))) == 0, "names the estimator %s", c->cap[1]);
	ms_fail(c, c->cap[2]);
}

static void ms_no_recapture(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_TWO && mse_d(c)->first, "the two lists' caution on another row");
	CHECK(c, shown(c, 3) == 0, "says no one is on both lists");
}

static void ms_two_first(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_TWO && mse_d(c)->first && mse_o(c)->t == 2, "the two lists' caution on another row");
}

/* "Model X (words) is the model given with --model." */
static void ms_given(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	CHECK(c, mse_o(c)->have_model && d->first && d->ok && d->kind == MSE_LOGLIN, "says a model was given with --model");
	model_is(c, c->cap[1], c->cap[2]);
}

/* "Of the M models searched, BIC ranks model X (words) best." */
static void ms_searched(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	CHECK(c, !mse_o(c)->have_model && d->first && d->ok && d->kind == MSE_LOGLIN, "says which model ranks best");
	CHECK(c, num(c, c->cap[1]) == (double)model_space(d->facts.used) && d->facts.nmodels == model_space(d->facts.used),
	      "says %s models were searched; %d lists have %zu", c->cap[1], d->facts.used, model_space(d->facts.used));
	crit_is(c, c->cap[2]);
	model_is(c, c->cap[3], c->cap[4]);
	CHECK(c, strcmp(c->cap[3], d->facts.best) == 0 && d->gap == 0, "says %s ranks best; it is %s", c->cap[3], d->facts.best);
	double best = mcell(c, c->row, crit_col(c));
	for (size_t r = 0; r < RES(c)->nrows; r++)
		if (same_group(c, r) && mse_dr(c, r)->kind == MSE_LOGLIN && mse_dr(c, r)->ok)
			CHECK(c, mcell(c, r, crit_col(c)) >= best, "says %s ranks best, but %s has a smaller criterion",
			      c->cap[3], mstr(c, r, MSE_MODEL));
}

/* "Model X (words) gives no estimate: WHY." */
static void ms_model_none(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_LOGLIN, "a model's sentence on a row of kind %d", mse_d(c)->kind);
	model_is(c, c->cap[1], c->cap[2]);
	ms_fail(c, c->cap[3]);
}

/* "No model of the M gives one, so there is no estimate here." */
static void ms_no_model(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	CHECK(c, num(c, c->cap[1]) == (double)d->facts.nmodels, "says 'of the %s'", c->cap[1]);
	CHECK(c, d->facts.nfitted == 0, "says no model gives an estimate; %zu do", d->facts.nfitted);
	for (size_t r = 0; r < RES(c)->nrows; r++)
		if (same_group(c, r) && mse_dr(c, r)->kind == MSE_LOGLIN)
			CHECK(c, !mse_dr(c, r)->ok, "says no model gives an estimate, but %s does", mstr(c, r, MSE_MODEL));
}

static void ms_also_best(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	crit_is(c, c->cap[1]);
	CHECK(c, mse_o(c)->have_model && d->ok && d->gap <= 1e-9 && fabs(d->facts.given_gap - d->gap) <= 1e-9,
	      "says the model given ranks best; it is %.10g above the best", d->gap);
}

/* "By BIC it is not the best model: B fits better by G." */
static void ms_not_best(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	crit_is(c, c->cap[1]);
	CHECK(c, mse_o(c)->have_model && d->ok && d->gap > 1e-9, "says the model given is not the best");
	CHECK(c, strcmp(c->cap[2], d->facts.best) == 0 && strcmp(c->cap[2], mstr(c, c->row, MSE_MODEL)) != 0,
	      "says %s fits better; the best is %s", c->cap[2], d->facts.best);
	rounds(c, c->cap[3], d->gap, 1, "the criterion's difference");
	rounds(c, c->cap[3], d->facts.given_gap, 1, "the given model's gap");
}

/* The models within MSE_NEAR of the best, row r's own left out when it is
 * the best: from the facts, checked against the rows of the group. */
struct near { size_t k; double lo, hi; };

static struct near near_of(struct ctx *c, int best)
{
	const struct mse_row *d = mse_d(c);
	const struct mse_facts *f = &d->facts;
	struct near w = { f->nnear - (best ? 1 : 0), best ? f->other_lo : f->near_lo, best ? f->other_hi : f->near_hi };
	if (mse_o(c)->have_model)
		return w;
	/* the rows: the group's first log-linear row is the best; rows are sorted */
	size_t first = SIZE_MAX, nrows = 0, last = 0;
	struct near rw = { 0, INFINITY, -INFINITY };
	for (size_t r = 0; r < RES(c)->nrows; r++) {
		if (!same_group(c, r) || mse_dr(c, r)->kind != MSE_LOGLIN)
			continue;
		nrows++;
		last = r;
		if (first == SIZE_MAX) {
			first = r;
			continue;
		}
		if (!mse_dr(c, r)->ok || !mse_dr(c, first)->ok)
			continue;
		if (mcell(c, r, crit_col(c)) - mcell(c, first, crit_col(c)) <= MSE_NEAR) {
			rw.k++;
			rw.lo = fmin(rw.lo, mcell(c, r, MSE_EST));
			rw.hi = fmax(rw.hi, mcell(c, r, MSE_EST));
		}
	}
	if (first == SIZE_MAX || !mse_dr(c, first)->ok)
		return w;
	if (!best) {   /* never: without --model the first row is the best */
		CHECK(c, 0, "a row that is not the best says how the models compare");
		return w;
	}
	int complete = nrows == f->nmodels || !mse_dr(c, last)->ok ||
		       mcell(c, last, crit_col(c)) - mcell(c, first, crit_col(c)) > MSE_NEAR;
	if (complete) {
		CHECK(c, rw.k == w.k && (rw.k == 0 || (fabs(rw.lo - w.lo) <= 1e-9 * fabs(w.lo) &&
						       fabs(rw.hi - w.hi) <= 1e-9 * fabs(w.hi))),
		      "the rows have %zu other models within %g (totals %.10g to %.10g); the facts %zu (%.10g to %.10g)",
		      rw.k, MSE_NEAR, rw.lo, rw.hi, w.k, w.lo, w.hi);
		g_checks++;
		return rw;
	}
	CHECK(c, rw.k <= w.k, "the rows show %zu other models within %g; the facts %zu", rw.k, MSE_NEAR, w.k);
	return w;
}

/* Is row r's model the best (its own left out of the models near)? */
static int row_is_best(const struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	return !mse_o(c)->have_model || (d->ok && !(d->gap > 1e-9));
}

/* "No other model of the M comes within 2 of its BIC." */
static void ms_no_other(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	int best = row_is_best(c);
	CHECK(c, num(c, c->cap[1]) == (double)d->facts.nmodels, "says 'of the %s'", c->cap[1]);
	CHECK(c, num(c, c->cap[2]) == MSE_NEAR, "says within %s", c->cap[2]);
	CHECK(c, strcmp(c->cap[3], best ? "its" : "the best") == 0, "says '%s' of a row that is %sthe best", c->cap[3],
	      best ? "" : "not ");
	crit_is(c, c->cap[4]);
	struct near w = near_of(c, best);
	CHECK(c, w.k == 0, "says no other model comes within %g, but %zu do", MSE_NEAR, w.k);
}

/* "k other models come within 2 of the best BIC and give totals from A to B[, within this interval]." and
 * "The choice of model matters: ..." (matters) */
static void near_claims(struct ctx *c, int matters, int within)
{
	int best = row_is_best(c);
	struct near w = near_of(c, best);
	int64_t k = (int64_t)num(c, c->cap[1]);
	CHECK(c, k == (int64_t)w.k && k > 0, "says %lld models come within %g, but %zu do", (long long)k, MSE_NEAR, w.k);
	CHECK(c, (c->cap[2][0] != '\0') == best, "says '%s' of a row that is %sthe best", c->cap[2], best ? "" : "not ");
	agrees(c, k, c->cap[3], "model", "models");
	agrees(c, k, c->cap[4], "comes", "come");
	CHECK(c, num(c, c->cap[5]) == MSE_NEAR, "says within %s", c->cap[5]);
	crit_is(c, c->cap[6]);
	agrees(c, k, c->cap[7], "gives", "give");
	const char *range = c->cap[8], *a = c->cap[9], *b = c->cap[11];
	if (b[0]) {
		CHECK(c, strcmp(range, "totals from") == 0, "says '%s ... to'", range);
		ordered(c, a, b);
		rounds(c, a, w.lo, 1, "the lowest total");
		rounds(c, b, w.hi, 1, "the highest total");
	} else {
		CHECK(c, strcmp(range, k == 1 ? "a total of" : "totals of about") == 0, "says '%s' of %lld models", range,
		      (long long)k);
		rounds(c, a, w.lo, 1, "the lowest total");
		rounds(c, a, w.hi, 1, "the highest total");
	}
	const struct mse_row *d = mse_d(c);
	double lo = mcell(c, c->row, MSE_LO), hi = d->upper;
	int judged = d->ok && isfinite(lo) && !isnan(hi) && mstr(c, c->row, MSE_INTERVAL)[0];
	if (matters)
		CHECK(c, judged && (w.lo < lo || w.hi > hi), "says the totals %.10g to %.10g are beyond the interval %.10g to"
		      " %.10g", w.lo, w.hi, lo, hi);
	else if (within)
		CHECK(c, judged && w.lo >= lo && w.hi <= hi, "says the totals %.10g to %.10g are within the interval %.10g to"
		      " %.10g", w.lo, w.hi, lo, hi);
	else
		CHECK(c, !judged, "does not say whether the totals are within the interval");
}

static void ms_near(struct ctx *c) { near_claims(c, 0, c->cap[12][0] != '\0'); }
static void ms_matters(struct ctx *c) { near_claims(c, 1, 0); }

static void ms_beyond(struct ctx *c)
{
	CHECK(c, c->seen[MS_MATTERS] == 1, "'That is beyond this interval' without the models that are");
}

/* "F of the M models give no estimate (an empty margin, or a fit that runs to the boundary)." */
static void ms_nofit(struct ctx *c)
{
	const struct mse_facts *f = &mse_d(c)->facts;
	int64_t nf = (int64_t)num(c, c->cap[1]);
	CHECK(c, nf == (int64_t)(f->nmodels - f->nfitted) && nf > 0 && f->nfitted > 0, "says %lld models give no estimate;"
	      " %zu of %zu do", (long long)nf, f->nfitted, f->nmodels);
	CHECK(c, num(c, c->cap[2]) == (double)f->nmodels, "says 'of the %s models'", c->cap[2]);
	agrees(c, nf, c->cap[3], "gives", "give");
	size_t rows = 0, none = 0;
	for (size_t r = 0; r < RES(c)->nrows; r++)
		if (same_group(c, r) && mse_dr(c, r)->kind == MSE_LOGLIN) {
			rows++;
			if (!mse_dr(c, r)->ok) {
				none++;
				CHECK(c, mse_dr(c, r)->notes & (CS_MSE_NOTE_ZERO_MARGIN | CS_MSE_NOTE_BOUNDARY),
				      "says the models without an estimate have an empty margin or run to the boundary;"
				      " %s (notes %#x) does not", mstr(c, r, MSE_MODEL), mse_dr(c, r)->notes);
			}
		}
	if (rows == f->nmodels && !mse_o(c)->have_model)
		CHECK(c, (int64_t)none == nf, "says %lld models give no estimate; %zu rows have none", (long long)nf, none);
}

static void ms_six(struct ctx *c)
{
	const struct mse_facts *f = &mse_d(c)->facts;
	CHECK(c, f->used == 6 && f->narrowed && num(c, c->cap[1]) == (double)f->nmodels && f->nmodels == 32768,
	      "says six lists and %s models", c->cap[1]);
}

/* The end of another row: "total E (L to H)" and its edge cases.  Captures
 * from i: the tail, the 'at least' limit, the two limits. */
static void other_total(struct ctx *c, const char *e, int i)
{
	const struct mse_row *d = mse_d(c);
	const char *tail = c->cap[i];
	rounds(c, e, mcell(c, c->row, MSE_EST), 1, "the estimate");
	if (strstr(tail, "no interval could be computed"))
		CHECK(c, !mstr(c, c->row, MSE_INTERVAL)[0], "says no interval could be computed");
	else if (strstr(tail, "nobody added"))
		CHECK(c, (d->notes & CS_MSE_NOTE_DEGENERATE) && fabs(mcell(c, c->row, MSE_UNOBS)) <= 1e-9 *
		      fmax(1, mcell(c, c->row, MSE_EST)), "says nobody is added; %.10g are", mcell(c, c->row, MSE_UNOBS));
	else if (strstr(tail, "no upper limit")) {
		ms_interval_limits(c, c->cap[i + 1], NULL);
		CHECK(c, isinf(d->upper), "says there is no upper limit, but it is %.10g", d->upper);
	} else if (strstr(tail, "standard error of 0")) {
		/* an interval of one number */
		CHECK(c, mcell(c, c->row, MSE_LO) == d->upper && mcell(c, c->row, MSE_SE) == 0,
		      "says a standard error of 0 and an interval of one number: se %.10g, interval %.10g to %.10g",
		      mcell(c, c->row, MSE_SE), mcell(c, c->row, MSE_LO), d->upper);
	} else {
		CHECK(c, mcell(c, c->row, MSE_LO) < d->upper, "an interval of one number written as a range");
		ms_interval_limits(c, c->cap[i + 2], c->cap[i + 3]);
	}
}

/* "Model X (words): BIC G above the best; total E (L to H)." */
static void ms_other_model(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	CHECK(c, d->kind == MSE_LOGLIN && !d->first && d->ok && !mse_o(c)->have_model, "another model's line on this row");
	model_is(c, c->cap[1], c->cap[2]);
	crit_is(c, c->cap[3]);
	rounds(c, c->cap[4], d->gap, 1, "the criterion above the best");
	CHECK(c, d->gap >= 0, "says %s above the best; it is %.10g", c->cap[4], d->gap);
	for (size_t r = 0; r < RES(c)->nrows; r++)
		if (same_group(c, r) && mse_dr(c, r)->first) {
			if (mse_dr(c, r)->ok)
				rounds(c, c->cap[4], mcell(c, c->row, crit_col(c)) - mcell(c, r, crit_col(c)), 1,
				       "the criterion minus the best one's");
			break;
		}
	other_total(c, c->cap[5], 6);
}

/* "Chapman's estimator: total E (L to H)." */
static void ms_other_two(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	CHECK(c, d->kind == MSE_TWO && !d->first && d->ok, "another estimator's line on this row");
	CHECK(c, strcmp(c->cap[1], two_title(mstr(c, c->row, MSE_MODEL))) == 0, "names the estimator %s", c->cap[1]);
	other_total(c, c->cap[2], 3);
}

/* "The profile interval belongs to the lists' independence model, not to the estimator: it is the same for ..." */
static void ms_profile_same(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_TWO && strcmp(mstr(c, c->row, MSE_INTERVAL), "profile") == 0,
	      "says the profile interval is the same for both estimators on a %s interval", mstr(c, c->row, MSE_INTERVAL));
	for (size_t r = 0; r < RES(c)->nrows; r++)
		if (same_group(c, r) && mse_dr(c, r)->kind == MSE_TWO && mse_dr(c, r)->ok &&
		    strcmp(mstr(c, r, MSE_INTERVAL), "profile") == 0)
			/* the same curve, searched from each estimator's estimate */
			CHECK(c, fabs(mcell(c, r, MSE_LO) - mcell(c, c->row, MSE_LO)) <= 1e-6 * mcell(c, c->row, MSE_LO) &&
				 (mse_dr(c, r)->upper == mse_d(c)->upper ||
				  fabs(mse_dr(c, r)->upper - mse_d(c)->upper) <= 1e-6 * mse_d(c)->upper),
			      "says the profile interval is the same for both, but %s's is %.10g to %.10g",
			      mstr(c, r, MSE_MODEL), mcell(c, r, MSE_LO), mse_dr(c, r)->upper);
}

static void ms_chao_none(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_CHAO && !mse_d(c)->ok, "says Chao's bound cannot be computed");
}

/* "Chao's lower bound: F1 people are on exactly one list and F2 on exactly two, so ..." */
static void ms_chao(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	CHECK(c, d->kind == MSE_CHAO && d->ok, "Chao's bound on another row");
	int64_t f1 = shown(c, 1), f2 = shown(c, 2), n = shown(c, 0);
	count_of(c, c->cap[1], 1);
	agrees(c, f1, c->cap[2], "person is", "people are");
	count_of(c, c->cap[3], 2);
	double y[MSE_NPAT];
	if (true_y(c, y)) {
		double g1 = 0, g2 = 0;
		for (unsigned p = 1; p < (1u << mse_o(c)->t); p++)
			g1 += ms_popcount(p) == 1 ? y[p] : 0, g2 += ms_popcount(p) == 2 ? y[p] : 0;
		CHECK(c, g1 == (double)f1 && g2 == (double)f2, "says %lld on one list and %lld on two; the patterns give %g"
		      " and %g", (long long)f1, (long long)f2, g1, g2);
	}
	double t = d->facts.used, fa = (double)f1, fb = (double)f2;
	double want = (double)n + (t - 1) / t * (fb > 0 ? fa * fa / (2 * fb) : fa * (fa - 1) / 2);
	double est = mcell(c, c->row, MSE_EST);
	CHECK(c, fabs(est - want) <= 1e-9 * fmax(1, want), "Chao's bound is %.10g, not %.10g", est, want);
	if (c->cap[5][0]) {
		count_of(c, c->cap[5], 0);
		CHECK(c, (d->notes & CS_MSE_NOTE_DEGENERATE) && fabs(mcell(c, c->row, MSE_UNOBS)) <= 1e-9 * fmax(1, est),
		      "says the bound adds nobody; it adds %.10g", mcell(c, c->row, MSE_UNOBS));
	} else {
		rounds(c, c->cap[6], est, 1, "Chao's bound");
	}
}

/* "The bound's 95% confidence interval is L to H (log-normal)." */
static void ms_chao_ci(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	CHECK(c, d->kind == MSE_CHAO && d->ok && strcmp(mstr(c, c->row, MSE_INTERVAL), "lognormal") == 0,
	      "the bound's log-normal interval on this row");
	conf_is(c, c->cap[1]);
	ms_interval_limits(c, c->cap[2], c->cap[3]);
}

static void ms_chao_bias(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_CHAO && shown(c, 2) == 0 && (mse_d(c)->notes & CS_MSE_NOTE_BIAS_CORRECTED),
	      "says no one is on exactly two lists");
}

static void ms_chao_said(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_CHAO && mse_d(c)->ok, "Chao's bound's words on another row");
}

static void ms_nobody(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_NONE && shown(c, 0) == 0, "says nobody is on any list");
}

static void ms_no_list(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_NONE && used_mask(c) == 0, "says no list holds anyone");
}

/* "Only A holds anyone here, and an estimate needs at least two lists that do." */
static void ms_only_one(struct ctx *c)
{
	unsigned m = used_mask(c);
	CHECK(c, mse_d(c)->kind == MSE_NONE && ms_popcount(m) == 1, "says only one list holds anyone (%#x)", m);
	names_are(c, c->cap[1], m, "the list holding anyone");
}

/* "Only 2 of the 3 lists (A and B) hold anyone here." */
static void ms_only_k(struct ctx *c)
{
	unsigned m = used_mask(c);
	CHECK(c, mse_d(c)->kind == MSE_NONE && num(c, c->cap[1]) == (double)ms_popcount(m) && ms_popcount(m) >= 2,
	      "says %s lists hold anyone (%#x)", c->cap[1], m);
	CHECK(c, num(c, c->cap[2]) == mse_o(c)->t, "says 'of the %s lists'", c->cap[2]);
	names_are(c, c->cap[3], m, "the lists holding anyone");
}

static void ms_hrdag(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_NONE && mse_o(c)->t >= 3 && ms_popcount(used_mask(c)) < 3,
	      "says fewer than three lists hold records");
}

static void ms_two_depend(struct ctx *c)
{
	CHECK(c, mse_d(c)->kind == MSE_NONE && ms_popcount(used_mask(c)) == 2, "says two lists hold records");
}

/* "To estimate from these two alone, name them alone (--lists A,B) with --where for this stratum." */
static void ms_to_estimate(struct ctx *c)
{
	const struct mse_opts *o = mse_o(c);
	unsigned m = used_mask(c);
	CHECK(c, mse_d(c)->kind == MSE_NONE && ms_popcount(m) == 2, "says how to estimate from two lists");
	CHECK(c, (c->cap[2][0] != '\0') == (o->lists.n > 0), "%s --lists", c->cap[2][0] ? "gives" : "does not give");
	if (o->lists.n) {
		char want[256] = "";
		for (int k = 0, n = 0; k < o->t; k++)
			if (m & (1u << k)) {
				size_t l = strlen(want);
				snprintf(want + l, sizeof want - l, "%s%s", n++ ? "," : "", o->lists.v[k]);
			}
		CHECK(c, strcmp(c->cap[2], want) == 0, "says --lists %s; the lists holding anyone are %s", c->cap[2], want);
		CHECK(c, (c->cap[3][0] != '\0') == (o->by != NULL), "%s --where", c->cap[3][0] ? "says" : "does not say");
	}
}

/* The strata of a sum: the group rows' labels in order, and for each the
 * row a sum of its kind adds up (or SIZE_MAX). */
static size_t strata_of(struct ctx *c, size_t *summand, size_t max)
{
	const struct mse_row *d = mse_d(c);
	const char *model = mstr(c, c->row, MSE_MODEL);
	size_t ns = 0, last_group = SIZE_MAX;
	for (size_t r = 0; r < RES(c)->nrows; r++) {
		const struct mse_row *x = mse_dr(c, r);
		if (x->kind == MSE_SUM)
			continue;
		if (x->group != last_group && ns < max) {
			last_group = x->group;
			summand[ns++] = SIZE_MAX;
		}
		int is = d->of == MSE_CHAO ? x->kind == MSE_CHAO
			 : d->of == MSE_TWO ? x->kind == MSE_TWO && strcmp(mstr(c, r, MSE_MODEL), model) == 0
					    : x->kind == MSE_LOGLIN && x->first;
		if (is && ns)
			summand[ns - 1] = r;
	}
	return ns;
}

/* The subject of a sum's sentence: captures 1 to 4. */
static void sum_subject(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	const char *s = c->cap[1];
	CHECK(c, d->kind == MSE_SUM, "a sum's sentence on another row");
	if (strncmp(s, "Chao", 4) == 0)
		CHECK(c, d->of == MSE_CHAO, "says Chao's bounds of a sum of kind %d", d->of);
	else if (c->cap[2][0])
		CHECK(c, d->of == MSE_TWO && strcmp(c->cap[2], two_title(mstr(c, c->row, MSE_MODEL))) == 0,
		      "says %s's estimates of the sum %s", c->cap[2], mstr(c, c->row, MSE_MODEL));
	else if (c->cap[3][0])
		CHECK(c, d->of == MSE_LOGLIN && mse_o(c)->have_model && strcmp(c->cap[3], mstr(c, c->row, MSE_MODEL)) == 0,
		      "says model %s of the sum %s", c->cap[3], mstr(c, c->row, MSE_MODEL));
	else {
		CHECK(c, d->of == MSE_LOGLIN && !mse_o(c)->have_model, "says each stratum's best model");
		crit_is(c, c->cap[4]);
	}
}

/* "The 2 strata together: the lists name 229 people." */
static void ms_sum(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	size_t sm[MAXG * 4];
	size_t ns = strata_of(c, sm, sizeof sm / sizeof sm[0]);
	CHECK(c, d->kind == MSE_SUM && num(c, c->cap[1]) == (double)ns && d->nstrata == ns, "says %s strata; there are %zu",
	      c->cap[1], ns);
	int64_t n = shown(c, 0);
	count_of(c, c->cap[2], 0);
	agrees(c, n, c->cap[3], "person", "people");
	int64_t sum = 0;
	int known = 1;
	for (size_t r = 0; r < RES(c)->nrows; r++)
		if (mse_dr(c, r)->kind != MSE_SUM && (r == 0 || mse_dr(c, r)->group != mse_dr(c, r - 1)->group)) {
			int64_t v = 0;
			if (cs_result_shown(RES(c), r, 0, &v))
				sum += v;
			else
				known = 0;
		}
	if (known)
		CHECK(c, sum == n, "says the strata name %lld; they name %lld", (long long)n, (long long)sum);
}

/* "... do not add up to a total: k of the K strata (the first: 'x') have no estimate, ..." */
static void ms_sum_none(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	sum_subject(c);
	size_t sm[MAXG * 4];
	size_t ns = strata_of(c, sm, sizeof sm / sizeof sm[0]), miss = 0, first = SIZE_MAX;
	for (size_t i = 0; i < ns; i++)
		if (sm[i] == SIZE_MAX || !mse_dr(c, sm[i])->ok) {
			if (miss++ == 0)
				first = i;
		}
	CHECK(c, !d->ok && miss > 0 && num(c, c->cap[5]) == (double)miss, "says %s strata have no estimate; %zu have none",
	      c->cap[5], miss);
	CHECK(c, num(c, c->cap[6]) == (double)ns, "says 'of the %s strata'", c->cap[6]);
	agrees(c, (int64_t)miss, c->cap[8], "has", "have");
	/* the first stratum without one: its label from the group rows */
	size_t i = 0;
	const char *label = NULL;
	for (size_t r = 0; r < RES(c)->nrows && !label; r++)
		if (mse_dr(c, r)->kind != MSE_SUM && (r == 0 || mse_dr(c, r)->group != mse_dr(c, r - 1)->group) && i++ == first)
			label = mstr(c, r, MSE_GROUP);
	CHECK(c, label && strcmp(label, c->cap[7]) == 0, "names '%s' the first stratum without an estimate; it is '%s'",
	      c->cap[7], label ? label : "(none)");
}

static void ms_sum_cannot(struct ctx *c)
{
	sum_subject(c);
	CHECK(c, !mse_d(c)->ok && mse_d(c)->nmissing == 0, "says the strata cannot be added up");
}

/* "... add up to an estimate." and the sum itself */
static void ms_sum_add(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	sum_subject(c);
	CHECK(c, d->ok && strcmp(c->cap[5], d->of == MSE_CHAO ? "a lower bound" : "an estimate") == 0,
	      "says they add up to %s", c->cap[5]);
	size_t sm[MAXG * 4];
	size_t ns = strata_of(c, sm, sizeof sm / sizeof sm[0]);
	double est = 0, var = 0;
	for (size_t i = 0; i < ns; i++) {
		CHECK(c, sm[i] != SIZE_MAX && mse_dr(c, sm[i])->ok, "says the strata add up; stratum %zu has no estimate", i);
		if (sm[i] == SIZE_MAX || !mse_dr(c, sm[i])->ok)
			return;
		double ei = mcell(c, sm[i], MSE_EST), si = mcell(c, sm[i], MSE_SE);
		if (isnan(ei) && c->twin) /* hidden in this run: the twin's */
			return;
		est += ei;
		var += si * si;
	}
	CHECK(c, fabs(mcell(c, c->row, MSE_EST) - est) <= 1e-9 * est, "the sum is %.10g; the strata add up to %.10g",
	      mcell(c, c->row, MSE_EST), est);
	CHECK(c, fabs(mcell(c, c->row, MSE_SE) - sqrt(var)) <= 1e-9 * fmax(1, sqrt(var)),
	      "the sum's standard error is %.10g, not %.10g", mcell(c, c->row, MSE_SE), sqrt(var));
}

/* "The total is at least about E; the bound's 95% confidence interval is L to H." */
static void ms_sum_chao(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	CHECK(c, d->kind == MSE_SUM && d->of == MSE_CHAO && d->ok, "a sum of Chao's bounds on this row");
	rounds(c, c->cap[1], mcell(c, c->row, MSE_EST), 1, "the sum of the bounds");
	conf_is(c, c->cap[2]);
	if (c->cap[4][0]) {
		ms_interval_limits(c, c->cap[4], NULL);
		CHECK(c, isinf(d->upper), "says there is no upper limit, but it is %.10g", d->upper);
	} else {
		ms_interval_limits(c, c->cap[5], c->cap[6]);
	}
}

/* "The interval is log-normal on the people no list names, with the strata's standard errors added in quadrature." */
static void ms_sum_iv(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	CHECK(c, d->kind == MSE_SUM && d->ok, "how a sum's interval is made, on this row");
	const char *iv = mstr(c, c->row, MSE_INTERVAL);
	int lognormal = strncmp(c->cap[1], "log-normal", 10) == 0;
	CHECK(c, strcmp(iv, lognormal ? "lognormal" : "wald") == 0, "says the interval is %s; the row's is %s", c->cap[1], iv);
	int inf = c->cap[2][0] != '\0';
	CHECK(c, inf == (isinf(d->upper) != 0), "%s that a stratum's interval has no upper limit", inf ? "says" : "does not say");
	if (inf) {
		size_t sm[MAXG * 4];
		size_t ns = strata_of(c, sm, sizeof sm / sizeof sm[0]);
		int any = 0;
		for (size_t i = 0; i < ns; i++)
			any |= sm[i] != SIZE_MAX && isinf(mse_dr(c, sm[i])->upper);
		CHECK(c, any, "says a stratum's interval has no upper limit");
		return;
	}
	/* the interval from the sum's estimate and standard error */
	double n = (double)shown(c, 0), est = mcell(c, c->row, MSE_EST), se = mcell(c, c->row, MSE_SE), lo, hi;
	double z = gsl_cdf_ugaussian_Qinv((1 - c->r->common.conf) / 2), f0 = est - n;
	if (lognormal) {
		double k = exp(z * sqrt(log1p(se * se / (f0 * f0))));
		lo = n + f0 / k, hi = n + f0 * k;
		if (!(f0 > 0) || !(se > 0))
			lo = hi = fmax(est, n);
	} else {
		lo = fmax(n, est - z * se), hi = est + z * se;
	}
	CHECK(c, fabs(mcell(c, c->row, MSE_LO) - lo) <= 1e-6 * fmax(1, lo) && fabs(d->upper - hi) <= 1e-6 * fmax(1, hi),
	      "the interval %.10g to %.10g is not %s's from %.10g and se %.10g: %.10g to %.10g", mcell(c, c->row, MSE_LO),
	      d->upper, c->cap[1], est, se, lo, hi);
}

static void ms_a_any(struct ctx *c) { (void)c; }

static void ms_a_neither(struct ctx *c)
{
	CHECK(c, mse_o(c)->t == 2, "the two lists' assumption with %d lists", mse_o(c)->t);
}

static void ms_a_no_list(struct ctx *c)
{
	CHECK(c, mse_o(c)->t > 2, "the model's assumption with two lists");
}

/* "The model BIC ranks best is B[, with a total of A; no other model comes within 2 of its BIC]." */
static void ms_best_is(struct ctx *c)
{
	const struct mse_row *d = mse_d(c);
	const struct mse_facts *f = &d->facts;
	crit_is(c, c->cap[1]);
	CHECK(c, mse_o(c)->have_model && !d->ok && f->nfitted > 0, "says which model ranks best on this row");
	CHECK(c, strcmp(c->cap[2], f->best) == 0, "says %s ranks best; it is %s", c->cap[2], f->best);
	if (c->cap[4][0]) {
		CHECK(c, f->nnear == 1, "says no other model comes within %g of the best; %zu do", MSE_NEAR, f->nnear - 1);
		rounds(c, c->cap[5], f->near_lo, 1, "the best model's total");
		CHECK(c, num(c, c->cap[6]) == MSE_NEAR, "says within %s", c->cap[6]);
		crit_is(c, c->cap[7]);
	}
}

#define FAILS "(it links a list that holds nobody here to another list|it has a term of every list that holds anyone" \
	" here, which leaves nothing to estimate the people on no list from|a combination of lists in one of its terms" \
	" holds nobody \\(an empty margin\\), so the model cannot be fitted|the fit runs to the boundary \\(fitted counts" \
	" of empty cells go to 0\\), so there is no finite estimate|the fit did not converge|it divides by the number of" \
	" people on both lists, which is 0|it cannot be computed from these counts)"
#define TAIL "( \\(no interval could be computed\\)|, nobody added| \\(at least " N ", no upper limit\\)| \\(" N " to " \
	N "\\)|, with a standard error of 0 \\(the interval is that number alone\\))"
#define SUBJ "(Chao's lower bounds of the strata|(Lincoln-Petersen|Chapman)'s estimates of the strata|The strata's" \
	" estimates under model ([^ ]+)|The strata's estimates, each under its own best model by (BIC|AIC),)"
#define NEAR_RE "([0-9]+)( other)? (model|models) (comes|come) within " N " of the best (BIC|AIC) and (gives|give)" \
	" (totals from|a total of|totals of about) " N "( to " N ")?"
static struct tmpl mse_tmpl[MS_N] = {
	[MS_LISTS] = { "mse: lists name", "^The ([0-9]+) lists( \\(([^)]*)\\))? together name " N " distinct (person|people)"
		       "(: " N " on both, " N " on (.+) only and " N " on (.+) only)?\\.$", ms_lists },
	[MS_IN_GROUP] = { "mse: list holds nobody", "^In this group (.+) (holds|hold) nobody, so the estimates use the"
			  " other ([0-9]+) lists\\.$", ms_in_group },
	[MS_ESTIMATE] = { "mse: estimate", "^(By (Lincoln-Petersen|Chapman)'s estimator the|Under it the|The) total is"
			  " estimated at " N " people, (no more|" N " more) than the lists name\\.$", ms_estimate },
	[MS_BETWEEN] = { "mse: between", "^With " CF " confidence it lies between " N " and " N " \\(([^)]+)\\)\\.$",
			 ms_between },
	[MS_AT_LEAST] = { "mse: at least", "^With " CF " confidence it is at least " N " \\(([^)]+)\\)\\.$", ms_at_least },
	[MS_NO_UPPER] = { "mse: no upper limit", "^The data set no upper limit: any larger number fits them about as"
			  " well\\.$", ms_no_upper },
	[MS_ADDS_NOBODY] = { "mse: adds nobody", "^It adds nobody to the people the lists name, so its (.+) interval is"
			     " that number alone\\.$", ms_adds_nobody },
	[MS_SE0] = { "mse: standard error 0", "^Its standard error is 0 \\(for two lists: one holds everyone on the"
		     " other\\), so its (.+) interval is that number alone\\.$", ms_se0 },
	[MS_NO_PROFILE] = { "mse: no profile interval", "^Its profile-likelihood interval could not be computed \\(the"
			    " search did not converge\\)\\.$", ms_no_profile },
	[MS_TRY_LOGNORMAL] = { "mse: try lognormal", "^The option --interval lognormal gives one from the standard"
			       " error\\.$", ms_try_lognormal },
	[MS_WALD_AT_N] = { "mse: Wald lower at n", "^The Wald lower limit fell below the number the lists name and is"
			   " shown as that number\\.$", ms_wald_at_n },
	[MS_LOWER_AT_N] = { "mse: lower at n", "^The lower limit is the number the lists name: the data cannot rule out"
			    " that the lists missed no one\\.$", ms_lower_at_n },
	[MS_TWO_NONE] = { "mse: estimator gives none", "^(Lincoln-Petersen|Chapman)'s estimator gives no estimate: " FAILS
			  "\\.$", ms_two_none },
	[MS_NO_RECAPTURE] = { "mse: no one on both", "^No one is on both lists, so the lists say almost nothing about how"
			      " many they missed\\.$", ms_no_recapture },
	[MS_TWO_CANNOT] = { "mse: two lists cannot show", "^Two lists cannot show whether being on one makes being on the"
			    " other more or less likely\\.$", ms_two_first },
	[MS_TWO_IF] = { "mse: two lists if more likely", "^If more likely \\(organisations that share or refer cases\\),"
			" the estimate is too low; if less likely, too high\\.$", ms_two_first },
	[MS_TWO_NOTHING] = { "mse: nothing in two lists", "^Nothing in two lists can tell which\\.$", ms_two_first },
	[MS_GIVEN] = { "mse: model given", "^Model ([^ ]+) \\((.+)\\) is the model given with --model\\.$", ms_given },
	[MS_SEARCHED] = { "mse: models searched", "^Of the " N " models searched, (BIC|AIC) ranks model ([^ ]+) \\((.+)\\)"
			  " best\\.$", ms_searched },
	[MS_MODEL_NONE] = { "mse: model gives none", "^Model ([^ ]+) \\((.+)\\) gives no estimate: " FAILS "\\.$",
			    ms_model_none },
	[MS_NO_MODEL] = { "mse: no model gives one", "^No model of the " N " gives one, so there is no estimate here\\.$",
			  ms_no_model },
	[MS_ALSO_BEST] = { "mse: also the best", "^It is also the model (BIC|AIC) ranks best\\.$", ms_also_best },
	[MS_NOT_BEST] = { "mse: not the best", "^By (BIC|AIC) it is not the best model: ([^ ]+) fits better by " N "\\.$",
			  ms_not_best },
	[MS_BEST_IS] = { "mse: the best is", "^The model (BIC|AIC) ranks best is ([^ ,]+(,[^ ,]+)*)(, with a total of " N
			 "; no other model comes within " N " of its (BIC|AIC))?\\.$", ms_best_is },
	[MS_NO_OTHER] = { "mse: no other model near", "^No other model of the " N " comes within " N " of (its|the best)"
			  " (BIC|AIC)\\.$", ms_no_other },
	[MS_NEAR] = { "mse: models near", "^" NEAR_RE "(, within this interval)?\\.$", ms_near },
	[MS_MATTERS] = { "mse: the choice matters", "^The choice of model matters: " NEAR_RE "\\.$", ms_matters },
	[MS_BEYOND] = { "mse: beyond this interval", "^That is beyond this interval, which leaves out the uncertainty of"
			" choosing the model\\.$", ms_beyond },
	[MS_NOFIT] = { "mse: models without estimate", "^" N " of the " N " models (gives|give) no estimate \\(an empty"
		       " margin, or a fit that runs to the boundary\\)\\.$", ms_nofit },
	[MS_SIX] = { "mse: six lists", "^With six lists only the " N " models with dependences between two lists are"
		     " searched, as Rcapture does by default\\.$", ms_six },
	[MS_OTHER_MODEL] = { "mse: another model", "^Model ([^ ]+) \\((.+)\\): (BIC|AIC) " N " above the best; total " N
			     TAIL "\\.$", ms_other_model },
	[MS_OTHER_TWO] = { "mse: another estimator", "^(Lincoln-Petersen|Chapman)'s estimator: total " N TAIL "\\.$",
			   ms_other_two },
	[MS_PROFILE_SAME] = { "mse: profile the same", "^The profile interval belongs to the lists' independence model,"
			      " not to the estimator: it is the same for Lincoln-Petersen and Chapman\\.$", ms_profile_same },
	/* Chao's bound is computed from any counts that give a group an estimate */
	[MS_CHAO_NONE] = { "mse: Chao none", "^Chao's lower bound cannot be computed from these counts\\.$", ms_chao_none,
			   1 },
	[MS_CHAO] = { "mse: Chao", "^Chao's lower bound: " N " (person is|people are) on exactly one list and " N " on"
		      " exactly two, so (it adds nobody: the total is at least the " N " the lists name|the total is at"
		      " least about " N ")\\.$", ms_chao },
	[MS_CHAO_CI] = { "mse: Chao interval", "^The bound's " CF " confidence interval is " N " to " N " \\(log-normal\\)"
			 "\\.$", ms_chao_ci },
	[MS_CHAO_BIAS] = { "mse: Chao bias-corrected", "^With no one on exactly two lists, the bias-corrected form is"
			   " used\\.$", ms_chao_bias },
	[MS_CHAO_HOLDS] = { "mse: Chao holds", "^It holds even when some people are harder to list than others\\.$",
			    ms_chao_said },
	[MS_CHAO_BUT] = { "mse: Chao lower bound", "^But it is a lower bound, not an estimate of the total\\.$",
			  ms_chao_said },
	[MS_NOBODY] = { "mse: nobody", "^Nobody here is on any list, so there is nothing to estimate from\\.$", ms_nobody },
	/* never said: a group with anyone in it has a list that holds them, and one without is 'Nobody here' */
	[MS_NO_LIST] = { "mse: no list", "^No list holds anyone here\\.$", ms_no_list, 1 },
	[MS_ONLY_ONE] = { "mse: only one list", "^Only (.+) holds anyone here, and an estimate needs at least two lists"
			  " that do\\.$", ms_only_one },
	[MS_ONLY_K] = { "mse: only k lists", "^Only ([0-9]+) of the ([0-9]+) lists \\((.+)\\) hold anyone here\\.$",
			ms_only_k },
	[MS_HRDAG] = { "mse: fewer than three", "^With three or more lists, casestat gives no total from fewer than three"
		       " that hold records \\(HRDAG's practice\\)\\.$", ms_hrdag },
	[MS_TWO_DEPEND] = { "mse: two lists depend", "^Two lists cannot show whether the lists depend on each other\\.$",
			    ms_two_depend },
	[MS_TO_ESTIMATE] = { "mse: to estimate from two", "^To estimate from these two alone, (give their counts as"
			     " two-list patterns|name them alone \\(--lists ([^)]*)\\)( with --where for this stratum)?)\\.$",
			     ms_to_estimate },
	[MS_SUM] = { "mse: strata together", "^The ([0-9]+) strata together: the lists name " N " (person|people)\\.$",
		     ms_sum },
	[MS_SUM_NONE] = { "mse: sum missing strata", "^" SUBJ " do not add up to a total: ([0-9]+) of the ([0-9]+) strata"
			  " \\(the first: '([^']*)'\\) (has|have) no estimate, and a total over strata is given only when"
			  " every stratum has one\\.$", ms_sum_none },
	/* the sum fails only on a negative or infinite part, which no estimator gives */
	[MS_SUM_CANNOT] = { "mse: sum cannot", "^" SUBJ " cannot be added up\\.$", ms_sum_cannot, 1 },
	[MS_SUM_ADD] = { "mse: sum adds up", "^" SUBJ " add up to (an estimate|a lower bound)\\.$", ms_sum_add },
	[MS_SUM_CHAO] = { "mse: sum of bounds", "^The total is at least about " N "; the bound's " CF " confidence"
			  " interval (begins at " N " and has no upper limit|is " N " to " N ")\\.$", ms_sum_chao },
	[MS_SUM_IV] = { "mse: sum's interval", "^The interval is (log-normal on the people no list names|a Wald"
			" interval), with the strata's standard errors added in quadrature(; a stratum's interval has no"
			" upper limit, so neither has the sum's)?\\.$", ms_sum_iv },
	[MS_A_FOUR] = { "mse: four assumptions", "^These estimates rest on four assumptions\\.$", ms_a_any },
	[MS_A_CLOSED] = { "mse: closed", "^\\(1\\) A closed population: the same people could be on every list over the"
			  " period\\.$", ms_a_any },
	[MS_A_JOIN] = { "mse: join or leave", "^People who join or leave in between \\(released, moved, died\\) make the"
			" estimate too high\\.$", ms_a_any },
	[MS_A_LINKAGE] = { "mse: linkage", "^\\(2\\) Perfect record linkage: each person is matched across the lists"
			   " exactly\\.$", ms_a_any },
	[MS_A_MATCHES] = { "mse: matches", "^Missed matches \\(one person counted twice\\) make the estimate too high;"
			   " false matches \\(two people taken as one\\) make it too low\\.$", ms_a_any },
	[MS_A_NEITHER] = { "mse: neither list depends", "^\\(3\\) Neither list depends on the other, which two lists cannot"
			   " check\\.$", ms_a_neither },
	[MS_A_NO_LIST] = { "mse: no list depends", "^\\(3\\) No list depends on another beyond the dependences the model"
			   " includes\\.$", ms_a_no_list },
	[MS_A_IF] = { "mse: if more likely", "^If being on one list makes being on another more likely \\(shared sources,"
		      " referrals\\), the estimate is too low; if less likely, too high\\.$", ms_a_any },
	[MS_A_EQUAL] = { "mse: equally likely", "^\\(4\\) Every person is equally likely to be listed\\.$", ms_a_any },
	[MS_A_HARDER] = { "mse: harder to reach", "^If some people are harder for every list to reach, the estimate is too"
			  " low \\(Chao's lower bound allows for this\\)\\.$", ms_a_any },
};

/* Are the key counts of row r shown? */
static int mse_row_shown(const struct cs_result *res, size_t r)
{
	for (size_t i = 0; i < res->row[r].ncount; i++)
		if (res->row[r].count[i].key && res->row[r].count[i].why != CS_SUP_SHOWN)
			return 0;
	return 1;
}

/* One of the interval's sentences after an estimate. */
static void interval_said(struct ctx *c)
{
	const long *s = c->seen;
	CHECK(c, s[MS_ESTIMATE] == 1, "does not give the estimate");
	CHECK(c, s[MS_BETWEEN] + s[MS_AT_LEAST] + s[MS_ADDS_NOBODY] + s[MS_SE0] + s[MS_NO_PROFILE] == 1,
	      "does not say its interval once");
	CHECK(c, s[MS_NO_UPPER] == s[MS_AT_LEAST] && s[MS_TRY_LOGNORMAL] == s[MS_NO_PROFILE], "misses what the interval"
	      " lacks");
	int at_n = s[MS_WALD_AT_N] + s[MS_LOWER_AT_N];
	CHECK(c, at_n <= 1, "says twice that the lower limit is the number named");
	if ((s[MS_BETWEEN] || s[MS_AT_LEAST]) && !(mcell(c, c->row, MSE_LO) > (double)shown(c, 0)))
		CHECK(c, at_n == 1, "does not say that the lower limit is the number the lists name");
}

static void mse_row(struct ctx *c)
{
	const struct mse_opts *o = mse_o(c);
	const struct mse_row *d = mse_d(c);
	const struct mse_facts *f = &d->facts;
	const long *s = c->seen;
	const struct cs_result *res = RES(c);
	CHECK(c, c->label_said == (o->by && d->kind != MSE_SUM), "does %sstart with its stratum", c->label_said ? "" : "not ");
	/* the assumptions: once, after the last row shown, when a row shown has an estimate */
	size_t last = res->nrows;
	while (last > 0 && !mse_row_shown(res, last - 1))
		last--;
	int any = 0;
	for (size_t r = 0; r < last; r++)
		any |= mse_row_shown(res, r) && mse_dr(c, r)->ok;
	long want = any && c->row + 1 == last;
	for (int a = MS_A_FOUR; a <= MS_A_HARDER; a++) {
		long w = a == MS_A_NEITHER ? want && o->t == 2 : a == MS_A_NO_LIST ? want && o->t > 2 : want;
		CHECK(c, s[a] == w, "says '%s' %ld times", mse_tmpl[a].id, s[a]);
	}
	switch (d->kind) {
	case MSE_NONE:
		if (shown(c, 0) == 0) {
			CHECK(c, s[MS_NOBODY] == 1, "misses 'nobody here'");
		} else if (f->used == 1) {
			CHECK(c, s[MS_ONLY_ONE] == 1, "misses 'only one list'");
		} else {
			CHECK(c, s[MS_ONLY_K] == 1 && s[MS_HRDAG] == 1 && s[MS_TWO_DEPEND] == 1, "misses why there is no total");
			CHECK(c, s[MS_TO_ESTIMATE] == (f->used == 2), "misses how to estimate from two lists");
		}
		break;
	case MSE_SUM:
		CHECK(c, s[MS_SUM] == 1 && s[MS_SUM_NONE] + s[MS_SUM_CANNOT] + s[MS_SUM_ADD] == 1, "misses what the sum is");
		CHECK(c, s[MS_SUM_IV] == d->ok, "misses how the sum's interval is made");
		if (d->ok && d->of == MSE_CHAO)
			CHECK(c, s[MS_SUM_CHAO] == 1, "misses the sum of the bounds");
		else if (d->ok)
			interval_said(c);
		break;
	case MSE_CHAO:
		if (!d->ok) {
			CHECK(c, s[MS_CHAO_NONE] == 1, "misses that Chao's bound cannot be computed");
			break;
		}
		CHECK(c, s[MS_CHAO] == 1 && s[MS_CHAO_HOLDS] == 1 && s[MS_CHAO_BUT] == 1, "misses what Chao's bound is");
		CHECK(c, s[MS_CHAO_CI] == !(d->notes & CS_MSE_NOTE_DEGENERATE), "misses the bound's interval");
		CHECK(c, s[MS_CHAO_BIAS] == (!(d->notes & CS_MSE_NOTE_DEGENERATE) && shown(c, 2) == 0),
		      "misses the bias-corrected form");
		break;
	default:
		if (!d->first) {
			CHECK(c, s[MS_OTHER_MODEL] + s[MS_OTHER_TWO] + s[MS_MODEL_NONE] + s[MS_TWO_NONE] == 1,
			      "does not say what the row is");
			CHECK(c, s[MS_PROFILE_SAME] == (d->kind == MSE_TWO && d->ok &&
							strcmp(mstr(c, c->row, MSE_INTERVAL), "profile") == 0),
			      "misses whose interval the profile is");
			break;
		}
		CHECK(c, s[MS_LISTS] == 1, "misses the people the lists name");
		CHECK(c, s[MS_IN_GROUP] == (f->used < o->t), "misses the lists that hold nobody");
		if (d->ok)
			interval_said(c);
		if (d->kind == MSE_TWO) {
			CHECK(c, s[MS_TWO_NONE] == !d->ok, "misses why there is no estimate");
			CHECK(c, s[MS_NO_RECAPTURE] == (shown(c, 3) == 0), "misses that no one is on both lists");
			CHECK(c, s[MS_TWO_CANNOT] == 1 && s[MS_TWO_IF] == 1 && s[MS_TWO_NOTHING] == 1,
			      "misses the two lists' caution");
			break;
		}
		CHECK(c, s[MS_GIVEN] == (d->ok && o->have_model) && s[MS_SEARCHED] == (d->ok && !o->have_model),
		      "misses which model this is");
		CHECK(c, s[MS_MODEL_NONE] == !d->ok && s[MS_NO_MODEL] == (!d->ok && f->nfitted == 0 && !o->have_model),
		      "misses why there is no estimate");
		if (o->have_model && f->nfitted)
			CHECK(c, s[MS_ALSO_BEST] + s[MS_NOT_BEST] + s[MS_BEST_IS] == 1 && s[MS_BEST_IS] == !d->ok,
			      "misses how the model given ranks");
		int ranged = f->nfitted && !(o->have_model && !d->ok && f->nnear == 1);
		CHECK(c, s[MS_NO_OTHER] + s[MS_NEAR] + s[MS_MATTERS] == ranged, "misses how much the choice of model matters");
		CHECK(c, s[MS_BEYOND] == s[MS_MATTERS], "misses 'beyond this interval'");
		CHECK(c, s[MS_NOFIT] == (f->nfitted && f->nfitted < f->nmodels), "misses the models without an estimate");
		CHECK(c, s[MS_SIX] == f->narrowed, "misses the six lists' narrowing");
	}
}

static struct cmd_checks mse_checks = { "mse", mse_tmpl, MS_N, mse_row, NULL };

/* ------------------------------------------------------------------ */
/* The grid                                                            */

static const int64_t grid_n[] = { 1, 2, 3, 7, 50, 1000 };
static const double grid_conf[] = { 0.5, 0.95, 0.999 };
#define NGRID_N (sizeof grid_n / sizeof grid_n[0])
#define NCONF (sizeof grid_conf / sizeof grid_conf[0])

/* x in {0, 1, n/2, n-1, n} without repeats */
static size_t grid_x(int64_t n, int64_t x[5])
{
	int64_t cand[5] = { 0, 1, n / 2, n - 1, n };
	size_t k = 0;
	for (int i = 0; i < 5; i++) {
		int dup = cand[i] < 0 || cand[i] > n;
		for (size_t j = 0; j < k && !dup; j++)
			dup = x[j] == cand[i];
		if (!dup)
			x[k++] = cand[i];
	}
	return k;
}

/* Every x/n of the grid, as operands "0/1 1/1 0/2 ..." */
static void grid_fractions(char *buf, size_t size)
{
	buf[0] = '\0';
	for (size_t i = 0; i < NGRID_N; i++) {
		int64_t x[5];
		size_t k = grid_x(grid_n[i], x);
		for (size_t j = 0; j < k; j++) {
			size_t len = strlen(buf);
			snprintf(buf + len, size - len, "%s%lld/%lld", len ? " " : "", (long long)x[j], (long long)grid_n[i]);
		}
	}
}

static void test_prop(void **state)
{
	(void)state;
	char f[1024];
	grid_fractions(f, sizeof f);
	for (size_t i = 0; i < NCONF; i++)
		check_line(&prop_checks, NULL, 0, "prop %s --method all --conf %g", f, grid_conf[i]);
	check_line(&prop_checks, NULL, 0, "prop %s --method all --sides lower", f);
	check_line(&prop_checks, NULL, 0, "prop %s --method all --sides upper --conf 0.999", f);
	check_line(&prop_checks, NULL, 5, "prop %s --method all", f);
	/* the edges of the cautions: n = 29 and 30, 4 and 5 on one side */
	static const char edges[] = "14/29 29/29 0/30 15/30 30/30 4/30 5/30 25/30 26/30 4/50 5/50 45/50 46/50";
	check_line(&prop_checks, NULL, 0, "prop %s --method all", edges);
	check_line(&prop_checks, NULL, 0, "prop %s --method all --conf 0.999", edges);
	check_line(&prop_checks, NULL, 5, "prop %s --method wald --sides lower", f);
	/* the data form: groups of every size, empty values, --success COL=VALUE */
	struct data d = { .dec = 0 };
	const int64_t sizes[] = { 1, 2, 4, 7, 35, 60 };
	for (size_t g = 0; g < 6; g++) {
		char label[16];
		snprintf(label, sizeof label, "g%zu", g);
		for (int64_t k = 0; k < sizes[g]; k++)
			data_add(&d, label, g == 2 ? 1 : g == 4 ? (k < 3) : (k % 2), 0);
		data_group(&d, label)->missing = g % 3;
	}
	data_group(&d, "empty")->missing = 2;
	data_write(&d, 0);
	check_line(&prop_checks, &d, 0, "prop %s --success a --by g --explain", d.path);
	check_line(&prop_checks, &d, 0, "prop %s --success a --by g --method all --conf 0.999", d.path);
	check_line(&prop_checks, &d, 5, "prop %s --success a --by g", d.path);
	check_line(&prop_checks, &d, 0, "prop %s --success g=g5", d.path);
	check_line(&prop_checks, &d, 0, "prop %s --success a=1 --by g --sides upper", d.path);
	data_free(&d);
}

static void test_tab(void **state)
{
	(void)state;
	static const char *const lists[] = {
		"0", "1", "7", "0,0", "1,1", "3,4,0", "2,2,2,2", "0,0,7", "500,499,1", "1000", "25,25", "1,2,47",
		"998,1,1", "40,3,3,4", "Kaspi=120,card=80,cash=0", "4,25", "5,25", "4,26", "5,26,0",
	};
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
		for (size_t j = 0; j < NCONF; j++) {
			if (strcmp(lists[i], "0") == 0 || strcmp(lists[i], "0,0") == 0)
				continue;     /* n = 0 is a usage error */
			check_line(&tab_checks, NULL, 0, "tab %s --method all --conf %g", lists[i], grid_conf[j]);
		}
	check_line(&tab_checks, NULL, 5, "tab 3,4,0 --method all");
	check_line(&tab_checks, NULL, 5, "tab 40,3,3,4 --method all");
	check_line(&tab_checks, NULL, 5, "tab 998,1,1 --method all");
	check_line(&tab_checks, NULL, 5, "tab 20,20,0,7");
	/* the data form: dates by month with empty periods and empty dates */
	char path[128];
	snprintf(path, sizeof path, "/tmp/h9-explain-tab-%ld.csv", (long)getpid());
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fprintf(fp, "d,c\n");
	for (int i = 0; i < 60; i++)
		fprintf(fp, "2023-%02d-%02d,%s\n", i < 40 ? 1 : i < 43 ? 3 : 6, 1 + i % 28, i % 7 ? "x" : "y");
	fprintf(fp, ",x\n,y\n2023-06-30,\n");
	assert_int_equal(fclose(fp), 0);
	check_line(&tab_checks, NULL, 0, "tab %s --by d:month --method all", path);
	check_line(&tab_checks, NULL, 0, "tab %s --by c", path);
	check_line(&tab_checks, NULL, 5, "tab %s --by d:month", path);
	unlink(path);
}

static void test_funnel(void **state)
{
	(void)state;
	for (size_t i = 0; i < NGRID_N; i++) {
		int64_t n = grid_n[i], x[5];
		size_t k = grid_x(n, x);
		for (size_t j = 0; j < k; j++) {
			int64_t y[3] = { 0, x[j] / 2, x[j] };
			for (int l = 0; l < 3; l++) {
				if (l > 0 && y[l] == y[l - 1])
					continue;
				for (size_t m = 0; m < NCONF; m++)
					if (m == 1 || (j == k / 2 && l == 1))
						check_line(&funnel_checks, NULL, 0, "funnel first=%lld second=%lld third=%lld"
							   " --method all --conf %g", (long long)n, (long long)x[j],
							   (long long)y[l], grid_conf[m]);
			}
		}
	}
	check_line(&funnel_checks, NULL, 0, "funnel identified=7000 questioned=800 case_file=7 complained=6 --method all");
	check_line(&funnel_checks, NULL, 0, "funnel 0 0 0");
	check_line(&funnel_checks, NULL, 0, "funnel a=29 b=14 c=4 d=0 --method all");
	check_line(&funnel_checks, NULL, 0, "funnel a=30 b=26 c=5 d=5 --method all");
	check_line(&funnel_checks, NULL, 0, "funnel a=50 b=45 c=41 d=40 --method all");
	check_line(&funnel_checks, NULL, 0, "funnel 10 0 0 --method all");
	check_line(&funnel_checks, NULL, 5, "funnel identified=7000 questioned=800 case_file=7 complained=6");
	check_line(&funnel_checks, NULL, 5, "funnel a=1000 b=997 c=40 d=38 e=0 --method all");
	check_line(&funnel_checks, NULL, 5, "funnel a=50 b=50 c=3");
	/* the data form: the first stage is all rows, or --base */
	char path[128];
	snprintf(path, sizeof path, "/tmp/h9-explain-funnel-%ld.csv", (long)getpid());
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fprintf(fp, "base,s1,s2,z,g\n");
	for (int i = 0; i < 80; i++)
		fprintf(fp, "%d,%d,%d,0,%s\n", i < 70, i < 60, i < 2, i % 4 ? "many" : "few");
	assert_int_equal(fclose(fp), 0);
	check_line(&funnel_checks, NULL, 0, "funnel %s --stages s1,s2 --method all", path);
	check_line(&funnel_checks, NULL, 0, "funnel %s --stages s1,s2 --base base", path);
	check_line(&funnel_checks, NULL, 5, "funnel %s --stages s1,s2", path);
	check_line(&funnel_checks, NULL, 0, "funnel %s --stages z --method all", path);
	check_line(&funnel_checks, NULL, 0, "funnel %s --stages s1,s2 --where g=few --method all", path);
	unlink(path);
}

static void test_compare(void **state)
{
	(void)state;
	/* every pair of grid fractions at 95%; a third of them at 50% and 99.9% */
	char f[1024];
	grid_fractions(f, sizeof f);
	char *tok[64];
	size_t nt = 0;
	for (char *save = NULL, *t = strtok_r(f, " ", &save); t && nt < 64; t = strtok_r(NULL, " ", &save))
		tok[nt++] = t;
	size_t k = 0;
	for (size_t i = 0; i < nt; i++)
		for (size_t j = 0; j < nt; j++, k++) {
			if (k % 3 == 0)
				check_line(&compare_checks, NULL, 0, "compare %s %s --method all --conf %g", tok[i], tok[j],
					   grid_conf[(k / 3) % 2 ? 2 : 0]);
			check_line(&compare_checks, NULL, 0, "compare %s %s --method all", tok[i], tok[j]);
		}
	static const char *const pairs[] = { "7/100 14/100", "140/1000 70/1000", "30/40 10/40", "3/31 4/33", "40/60 30/60",
					     "0/35 3/40", "500/1000 501/1000", "999/1000 1000/1000", "15/29 15/30",
					     "15/30 15/29", "4/30 15/30", "5/30 15/30", "26/30 15/30", "25/30 15/30",
					     "30/30 15/30", "15/30 15/30" };
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		check_line(&compare_checks, NULL, 0, "compare %s --method all", pairs[i]);
		check_line(&compare_checks, NULL, 5, "compare %s --method all", pairs[i]);
	}
	/* the data form */
	struct data d = { .dec = 0 };
	for (int i = 0; i < 40; i++)
		data_add(&d, "x", i % 3 == 0, 0);
	for (int i = 0; i < 33; i++)
		data_add(&d, "y", i < 30, 0);
	for (int i = 0; i < 5; i++)
		data_add(&d, "z", i < 3, 0);
	data_group(&d, "x")->missing = 2;
	data_group(&d, "y")->missing = 1;
	data_write(&d, 0);
	check_line(&compare_checks, &d, 0, "compare %s --success a --by g --groups x,y --method all", d.path);
	check_line(&compare_checks, &d, 0, "compare %s --success a --by g --groups z,x --method all", d.path);
	check_line(&compare_checks, &d, 5, "compare %s --success a --by g --groups x,y --method all", d.path);
	check_line(&compare_checks, &d, 0, "compare %s --success a=1 --by g --groups y,z", d.path);
	data_free(&d);
}

static void test_rate(void **state)
{
	(void)state;
	static const char *const expo[] = { "1", "0.5", "1000", "123456.7", "25000000" };
	static const double per[] = { 1, 1000, 100000 };
	for (size_t i = 0; i < NGRID_N; i++) {
		int64_t x[5];
		size_t k = grid_x(grid_n[i], x);
		for (size_t j = 0; j < k; j++)
			for (size_t e = 0; e < 5; e++) {
				check_line(&rate_checks, NULL, 0, "rate %lld/%s --per %g --conf %g", (long long)x[j], expo[e],
					   per[(i + e) % 3], grid_conf[(j + e) % 3]);
				check_line(&rate_checks, NULL, 0, "rate %lld/%s %lld/%s --per %g", (long long)x[j], expo[e],
					   (long long)x[(j + 1) % k], expo[(e + 2) % 5], per[e % 3]);
			}
	}
	static const char *const pairs[] = { "1/100 0/100", "0/100 1/100", "0/10 0/10", "5/1000 5/1000", "40/1000 10/1000",
					     "3 4", "19/2.5 0/2.5", "1000/1 1/1", "19/100", "20/100", "19/100 0/100",
					     "10/100 10/100", "10/100 9/100" };
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		check_line(&rate_checks, NULL, 0, "rate %s", pairs[i]);
		check_line(&rate_checks, NULL, 5, "rate %s", pairs[i]);
	}
	check_line(&rate_checks, NULL, 5, "rate 3/1000");
	/* the data form: zero exposure, empty cells */
	char path[128];
	snprintf(path, sizeof path, "/tmp/h9-explain-rate-%ld.csv", (long)getpid());
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fprintf(fp, "g,c,e\nx,3,100\nx,0,50\nx,,10\ny,1,0\nz,0,0\nw,25,1000.5\nw,2,\nw,,\nv,0,7\n");
	assert_int_equal(fclose(fp), 0);
	check_line(&rate_checks, NULL, 0, "rate %s --count c --exposure e --by g --per 1000", path);
	check_line(&rate_checks, NULL, 0, "rate %s --count c --exposure e", path);
	check_line(&rate_checks, NULL, 5, "rate %s --count c --exposure e --by g", path);
	unlink(path);
}

/* A fixed sequence of pseudo-random numbers (the test must not depend on
 * the C library's rand). */
static uint64_t lcg(uint64_t *s)
{
	*s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
	return *s >> 33;
}

static void add_list(struct data *d, const char *g, const int64_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		data_add(d, g, v[i], 0);
}

#define ADD(d, g, ...) \
	do { \
		const int64_t v_[] = { __VA_ARGS__ }; \
		add_list((d), (g), v_, sizeof v_ / sizeof v_[0]); \
	} while (0)

static void amounts_groups(struct data *d, int scale)
{
	ADD(d, "single", 500 * scale);
	ADD(d, "equal", 700 * scale, 700 * scale, 700 * scale, 700 * scale);
	ADD(d, "ties", 5 * scale, 5 * scale, 5 * scale, 5 * scale, 10 * scale, 10 * scale, 10 * scale, 10 * scale);
	ADD(d, "zeros", 0, 0, 0, 0, 0, 3 * scale);
	ADD(d, "negative", -200 * scale, -50 * scale, 0, 30 * scale, 1000 * scale);
	ADD(d, "skewed", 100 * scale, 120 * scale, 130 * scale, 150 * scale, 5000 * scale, 7000 * scale);
	ADD(d, "two", 1 * scale, 2 * scale);
	ADD(d, "three", 1 * scale, 2 * scale, 3 * scale);
	ADD(d, "close", 1000 * scale, 1000 * scale, 1000 * scale, 1000 * scale, 1001 * scale, 1001 * scale);
	ADD(d, "nine", 3 * scale, 1 * scale, 4 * scale, 1 * scale, 5 * scale, 9 * scale, 2 * scale, 6 * scale, 5 * scale);
	ADD(d, "ten", 3 * scale, 1 * scale, 4 * scale, 1 * scale, 5 * scale, 9 * scale, 2 * scale, 6 * scale, 5 * scale,
	    3 * scale);
	for (int i = 0; i < 32; i++)
		data_add(d, "issue", 100 * scale, 0);
	for (int i = 0; i < 15; i++)
		data_add(d, "issue", 200 * scale, 0);
	uint64_t s = 42;
	for (int i = 0; i < 50; i++)
		data_add(d, "fifty", (int64_t)(lcg(&s) % 100000) * (int64_t)(lcg(&s) % 7 == 0 ? 20 : 1), 0);
	for (int i = 0; i < 1000; i++)
		data_add(d, "thousand", (int64_t)(lcg(&s) % 5000) + 1, 0);
	data_group(d, "ties")->missing = 1;
	data_group(d, "fifty")->missing = 3;
	data_group(d, "single")->missing = 2;
	data_group(d, "empty")->missing = 2;
}

static void test_amounts(void **state)
{
	(void)state;
	struct data d = { .dec = 0 };
	amounts_groups(&d, 1);
	data_write(&d, 0);
	check_line(&amounts_checks, &d, 0, "amounts %s --value a --by g --boot 200 --seed 7", d.path);
	check_line(&amounts_checks, &d, 0, "amounts %s --value a --by g --boot 200 --conf 0.5 --currency KZT --rate 460",
		   d.path);
	check_line(&amounts_checks, &d, 0, "amounts %s --value a --by g --boot 200 --conf 0.999 --quantile-type 6", d.path);
	check_line(&amounts_checks, &d, 0, "amounts %s --value a --by g --boot 0", d.path);
	check_line(&amounts_checks, &d, 5, "amounts %s --value a --by g --boot 200", d.path);
	data_free(&d);
	struct data e = { .dec = 2 };
	amounts_groups(&e, 1);
	ADD(&e, "cents", 1, 2, 2, 3, 5, 8, 13, 21, 34);
	data_write(&e, 0);
	check_line(&amounts_checks, &e, 0, "amounts %s --value a --by g --boot 200 --currency USD", e.path);
	data_free(&e);
	for (int k = 0; k < 3; k++) {
		struct data f = { .dec = 0 };
		if (k == 0)
			ADD(&f, "all", 42);
		else if (k == 1)
			ADD(&f, "all", 3, 3, 3);
		else
			ADD(&f, "all", 0, 0, 10, 2000, 40000);
		data_write(&f, 0);
		check_line(&amounts_checks, &f, 0, "amounts %s --value a --boot 200", f.path);
		data_free(&f);
	}
}

static void disparity_groups(struct data *d)
{
	for (int i = 0; i < 6; i++)
		data_add(d, "equal", 100 + 10 * i, 100 + 10 * i);
	for (int i = 0; i < 32; i++)
		data_add(d, "issue", 100, 100);
	for (int i = 0; i < 15; i++)
		data_add(d, "issue", 200, 100);
	for (int i = 0; i < 8; i++)
		data_add(d, "reversed", 100 + i, 300 + 7 * i);
	data_add(d, "zeros", 5, 0);
	data_add(d, "zeros", 0, 0);
	data_add(d, "zeros", 10, 5);
	data_add(d, "zeros", 7, 7);
	data_add(d, "single", 10, 4);
	data_add(d, "two", 1, 1);
	data_add(d, "two", 0, 0);
	for (int i = 0; i < 3; i++)
		data_add(d, "third", 7, 3);
	data_add(d, "third", 5, 1);
	for (int i = 0; i < 5; i++)
		data_add(d, "third", 1, 3);
	data_add(d, "bzero", 5, 0);
	data_add(d, "bzero", 3, 0);
	data_add(d, "azero", 0, 5);
	data_add(d, "azero", 0, 3);
	data_add(d, "tiny", 1, 10000000);
	data_add(d, "tiny", 2, 10000000);
	uint64_t s = 7;
	for (int i = 0; i < 50; i++) {
		int64_t b = (int64_t)(lcg(&s) % 1000);
		data_add(d, "fifty", b * (int64_t)(1 + lcg(&s) % 4) + (int64_t)(lcg(&s) % 3), b);
	}
	for (int i = 0; i < 19; i++)
		data_add(d, "nineteen", 10 + i, 5 + (i % 4));
	for (int i = 0; i < 20; i++)
		data_add(d, "twenty", 10 + i, 5 + (i % 4));
	for (int i = 0; i < 12; i++)
		data_add(d, "fine", 1504, 1000);
	for (int i = 0; i < 4; i++)
		data_add(d, "fine", 2000 + i, 1000);
	data_group(d, "issue")->missing = 2;
	data_group(d, "zeros")->missing = 1;
	data_group(d, "empty")->missing = 3;
}

static void test_disparity(void **state)
{
	(void)state;
	static const char *const calc[] = {
		"23000 2000000", "2000000 23000", "0 0", "5 0", "0 5", "7 7", "0.5 7", "1 10000000", "10000000 1",
		"1000 999", "public=2000000 prosecution=23000 complaints=16000", "100 150.25 100",
	};
	for (size_t i = 0; i < sizeof calc / sizeof calc[0]; i++) {
		check_line(&disparity_checks, NULL, 0, "disparity %s", calc[i]);
		check_line(&disparity_checks, NULL, 0, "disparity %s --currency KZT --rate 460", calc[i]);
	}
	struct data d = { .dec = 0 };
	disparity_groups(&d);
	data_write(&d, 1);
	check_line(&disparity_checks, &d, 0, "disparity %s --a a --b b --by g --boot 200 --seed 3", d.path);
	check_line(&disparity_checks, &d, 0, "disparity %s --a a --b b --by g --boot 200 --conf 0.5 --currency KZT --rate 460",
		   d.path);
	check_line(&disparity_checks, &d, 0, "disparity %s --a a --b b --by g --boot 200 --conf 0.999", d.path);
	check_line(&disparity_checks, &d, 0, "disparity %s --a a --b b --by g --boot 0", d.path);
	check_line(&disparity_checks, &d, 5, "disparity %s --a a --b b --by g --boot 200", d.path);
	data_free(&d);
	struct data f = { .dec = 0 };
	for (int i = 0; i < 32; i++)
		data_add(&f, "issue", 100, 100);
	for (int i = 0; i < 15; i++)
		data_add(&f, "issue", 200, 100);
	data_write(&f, 1);
	check_line(&disparity_checks, &f, 0, "disparity %s --a a --b b --boot 200", f.path);
	data_free(&f);
	struct data e = { .dec = 2 };
	disparity_groups(&e);
	data_write(&e, 1);
	check_line(&disparity_checks, &e, 0, "disparity %s --a a --b b --by g --boot 200 --currency USD", e.path);
	data_free(&e);
}

static void test_coverage(void **state)
{
	(void)state;
	static const int64_t n[] = { 1, 2, 7, 50 };
	for (size_t i = 0; i < 4; i++)
		for (size_t j = 0; j < NCONF; j++)
			check_line(&coverage_checks, NULL, 0, "coverage --n %lld --method all --conf %g --grid 200",
				   (long long)n[i], grid_conf[j]);
	check_line(&coverage_checks, NULL, 0, "coverage --n 1000 --method wald,wilson,clopper-pearson --grid 100");
}

/* A CSV of people by capture pattern for mse --count n (rows "g,pattern,n"
 * give the lists' columns from the pattern's digits). */
static void mse_file(char *path, size_t size, const char *name, int t, const char *rows)
{
	snprintf(path, size, "/tmp/h9-explain-mse-%s-%ld.csv", name, (long)getpid());
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fprintf(fp, "g");
	for (int k = 0; k < t; k++)
		fprintf(fp, ",%c", 'A' + k);
	fprintf(fp, ",n\n");
	char buf[4096];
	snprintf(buf, sizeof buf, "%s", rows);
	for (char *save = NULL, *tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		char g[64], pat[16];
		long long n;
		assert_int_equal(sscanf(tok, "%63[^:]:%15[01]=%lld", g, pat, &n), 3);
		fprintf(fp, "%s", g);
		for (int k = 0; k < t; k++)
			fprintf(fp, ",%s", pat[k] == '1' ? "yes" : "no");
		fprintf(fp, ",%lld\n", n);
	}
	assert_int_equal(fclose(fp), 0);
}

static void test_mse(void **state)
{
	(void)state;
	long checks0 = g_checks, runs0 = g_runs, sent0 = g_sentences;
	static const char *const iv[] = { "profile", "lognormal", "wald" };
	/* two lists: ordinary, no recapture, everyone on both, one list empty,
	 * one list inside the other, tiny counts */
	static const char *const two[] = { "11=167 10=781 01=254", "11=0 10=781 01=254", "11=167 10=0 01=0",
					   "11=0 10=50 01=0", "11=5 10=0 01=40", "11=5 10=50 01=40", "11=1 10=1 01=1",
					   "11=2 10=3 01=0", "11=0 10=1 01=1", "11=3 10=40 01=30", "11=1 10=0 01=0",
					   "11=40 10=2 01=3", "11=0 10=0 01=7", "11=1000000 10=3 01=2" };
	for (size_t i = 0; i < sizeof two / sizeof two[0]; i++) {
		for (size_t j = 0; j < 3; j++)
			for (size_t k = 0; k < NCONF; k++)
				check_line(&mse_checks, NULL, 0, "mse %s --method all --interval %s --conf %g", two[i], iv[j],
					   grid_conf[k]);
		check_line(&mse_checks, NULL, 0, "mse %s", two[i]);
		check_line(&mse_checks, NULL, 0, "mse %s --lists hotline,lawyers --method lincoln-petersen", two[i]);
		check_line(&mse_checks, NULL, 5, "mse %s --method all", two[i]);
	}
	/* three lists: independent-looking, strongly dependent, sparse with
	 * empty cells, one list empty, one list only, everyone on all */
	static const char *const three[] = {
		"100=50 010=40 001=30 110=12 101=10 011=8 111=4",
		"100=50 010=40 001=30 110=60 101=5 011=4 111=40",
		"100=300 010=10 001=12 110=2 101=90 011=1 111=3",
		"100=20 010=15 001=10 110=3 101=0 011=0 111=0",
		"100=5 010=5 001=5 110=0 101=0 011=0 111=0",
		"100=30 010=30 001=30 110=1 101=0 011=0 111=0",
		"100=9 010=7 001=0 110=2 101=0 011=0 111=0",
		"100=0 010=0 001=7 110=0 101=0 011=0 111=0",
		"111=10",
		"110=4 101=4 011=4",
		"100=1 010=1 001=1 110=1 101=1 011=1 111=1",
		"100=50 010=40 001=30 110=3 101=2 011=8 111=1",
		"100=4000 010=3500 001=2000 110=700 101=500 011=450 111=120",
	};
	for (size_t i = 0; i < sizeof three / sizeof three[0]; i++) {
		for (size_t j = 0; j < 3; j++)
			for (size_t k = 0; k < NCONF; k++)
				check_line(&mse_checks, NULL, 0, "mse %s --models all --interval %s --conf %g", three[i], iv[j],
					   grid_conf[k]);
		check_line(&mse_checks, NULL, 0, "mse %s", three[i]);
		check_line(&mse_checks, NULL, 0, "mse %s --criterion aic --lists hotline,lawyers,media", three[i]);
		check_line(&mse_checks, NULL, 0, "mse %s --model 12,3", three[i]);
		check_line(&mse_checks, NULL, 0, "mse %s --model 12,13,23 --interval lognormal", three[i]);
		check_line(&mse_checks, NULL, 0, "mse %s --model 1,2,3 --criterion aic", three[i]);
		check_line(&mse_checks, NULL, 5, "mse %s --models 2", three[i]);
	}
	/* four lists: --models all and 3, --model, one list empty (a model
	 * that links it, one with a term of every other list) */
	static const char *const four[] = {
		"1000=60 0100=50 0010=40 0001=45 1100=12 1010=10 1001=9 0110=8 0101=7 0011=6 1110=3 1101=3 1011=2 0111=2"
		" 1111=1",
		"1000=60 0100=50 0010=40 0001=45 1100=40 1010=10 1001=9 0110=8 0101=7 0011=30 1110=3 1101=3 1011=2 0111=2"
		" 1111=9",
		"1000=30 0100=20 0010=25 1100=5 1010=4 0110=6 1110=2",
		"1000=12 0100=9 0010=3 0001=4 1100=2 1010=0 1001=1 0110=0 0101=0 0011=0 1110=0 1101=0 1011=0 0111=0 1111=0",
		"1000=500 0100=450 0010=300 0001=250 1100=80 1010=40 1001=60 0110=30 0101=35 0011=20 1110=8 1101=9 1011=4"
		" 0111=5 1111=2",
	};
	static const char *const four_opts[] = {
		"--models all", "--models 3", "--model 12,3", "--model 1,2,3,4", "--model 123,4", "--model 12,34 --criterion aic",
		"--models all --criterion aic", "--models all --conf 0.5", "--models all --conf 0.999", "--models all --interval wald",
		"--models all --interval lognormal", "--model 14,2,3", "--model 12,13,23", "--model 12,13,14,23,24,34",
		"--lists a,b,c,d --models 4", "--models 1 --conf 0.999 --interval wald",
	};
	for (size_t i = 0; i < sizeof four / sizeof four[0]; i++) {
		for (size_t j = 0; j < sizeof four_opts / sizeof four_opts[0]; j++)
			check_line(&mse_checks, NULL, 0, "mse %s %s", four[i], four_opts[j]);
		check_line(&mse_checks, NULL, 5, "mse %s --models 3", four[i]);
	}
	/* five and six lists, once each */
	char five[2048] = "", six[4096] = "";
	for (unsigned p = 1; p < 32; p++) {
		size_t l = strlen(five);
		snprintf(five + l, sizeof five - l, "%s%d%d%d%d%d=%u", l ? " " : "", p & 1, p >> 1 & 1, p >> 2 & 1, p >> 3 & 1,
			 p >> 4 & 1, (p * 13) % 17 + (__builtin_popcount(p) == 1 ? 40 : 1));
	}
	for (unsigned p = 1; p < 64; p++) {
		size_t l = strlen(six);
		snprintf(six + l, sizeof six - l, "%s%d%d%d%d%d%d=%u", l ? " " : "", p & 1, p >> 1 & 1, p >> 2 & 1, p >> 3 & 1,
			 p >> 4 & 1, p >> 5 & 1, (p * 7) % 11 + 1);
	}
	check_line(&mse_checks, NULL, 0, "mse %s --models 3", five);
	check_line(&mse_checks, NULL, 0, "mse %s --models 2", six);
	/* strata: one with only two lists holding records (no total, as HRDAG),
	 * one with one list, one with nobody, small ones for --min-cell */
	char path[256];
	mse_file(path, sizeof path, "three", 3,
		 "north:100=50 north:010=40 north:001=30 north:110=12 north:101=10 north:011=8 north:111=4"
		 " south:100=20 south:010=25 south:110=6 east:001=9 empty:100=0 empty:010=0"
		 " tiny:100=3 tiny:010=2 tiny:001=2 tiny:110=1 tiny:101=1 tiny:011=1 tiny:111=1");
	static const char *const by_opts[] = { "", "--models 1", "--models all", "--interval wald", "--interval lognormal",
					       "--criterion aic", "--model 12,3", "--conf 0.5", "--model 13,23 --conf 0.999" };
	for (size_t j = 0; j < sizeof by_opts / sizeof by_opts[0]; j++)
		check_line(&mse_checks, NULL, 0, "mse %s --lists A,B,C --count n --by g %s", path, by_opts[j]);
	check_line(&mse_checks, NULL, 5, "mse %s --lists A,B,C --count n --by g", path);
	check_line(&mse_checks, NULL, 5, "mse %s --lists A,B,C --count n --by g --models 1", path);
	unlink(path);
	/* every stratum estimated: the sums add up; one stratum's upper limit
	 * is infinite */
	mse_file(path, sizeof path, "sum", 3,
		 "north:100=50 north:010=40 north:001=30 north:110=12 north:101=10 north:011=8 north:111=4"
		 " south:100=20 south:010=25 south:001=15 south:110=6 south:101=5 south:011=3 south:111=1"
		 " west:100=30 west:010=30 west:001=30 west:110=1");
	for (size_t j = 0; j < sizeof by_opts / sizeof by_opts[0]; j++)
		check_line(&mse_checks, NULL, 0, "mse %s --lists A,B,C --count n --by g %s", path, by_opts[j]);
	unlink(path);
	mse_file(path, sizeof path, "sum2", 3,
		 "north:100=50 north:010=40 north:001=30 north:110=12 north:101=10 north:011=8 north:111=4"
		 " south:100=20 south:010=25 south:001=15 south:110=6 south:101=5 south:011=3 south:111=1");
	for (size_t j = 0; j < sizeof by_opts / sizeof by_opts[0]; j++)
		check_line(&mse_checks, NULL, 0, "mse %s --lists A,B,C --count n --by g %s", path, by_opts[j]);
	check_line(&mse_checks, NULL, 5, "mse %s --lists A,B,C --count n --by g", path);
	unlink(path);
	/* two lists in strata: Lincoln-Petersen without recapture, everyone on both */
	mse_file(path, sizeof path, "two", 2,
		 "a:11=10 a:10=20 a:01=30 b:11=0 b:10=5 b:01=7 c:11=4 c:10=0 c:01=0 d:11=40 d:10=60 d:01=50");
	static const char *const two_opts[] = { "", "--method all", "--method all --interval wald",
						"--method all --interval lognormal", "--method lincoln-petersen --conf 0.5",
						"--method all --where g=a", "--method all --where g=d --interval wald" };
	for (size_t j = 0; j < sizeof two_opts / sizeof two_opts[0]; j++)
		check_line(&mse_checks, NULL, 0, "mse %s --lists A,B --count n --by g %s", path, two_opts[j]);
	check_line(&mse_checks, NULL, 5, "mse %s --lists A,B --count n --by g --method all", path);
	unlink(path);
	/* four lists in strata: one list, two lists, three lists, all four */
	mse_file(path, sizeof path, "four", 4,
		 "one:1000=12 two:1000=10 two:0100=8 two:1100=3 three:1000=30 three:0100=20 three:0010=25 three:1100=5"
		 " three:1010=4 three:0110=6 three:1110=2 all:1000=60 all:0100=50 all:0010=40 all:0001=45 all:1100=12"
		 " all:1010=10 all:1001=9 all:0110=8 all:0101=7 all:0011=6 all:1110=3 all:1101=3 all:1011=2 all:0111=2"
		 " all:1111=1");
	static const char *const four_by[] = { "--models 2", "--model 12,3,4", "--model 14,2,3", "--model 123,4",
					       "--models all --where g=all" };
	for (size_t j = 0; j < sizeof four_by / sizeof four_by[0]; j++)
		check_line(&mse_checks, NULL, 0, "mse %s --lists A,B,C,D --count n --by g %s", path, four_by[j]);
	unlink(path);
	print_message("mse: %ld runs, %ld sentences, %ld checks\n", g_runs - runs0, g_sentences - sent0, g_checks - checks0);
	assert_true(g_runs - runs0 > 400);
	assert_true(g_sentences - sent0 > 10000);
	assert_true(g_checks - checks0 > 50000);
}

/* Every template is met somewhere on the grid, and the checks are many. */
static void test_grid_reaches_every_template(void **state)
{
	(void)state;
	struct cmd_checks *all[] = { &prop_checks, &tab_checks, &funnel_checks, &compare_checks, &rate_checks,
				     &amounts_checks, &disparity_checks, &coverage_checks, &mse_checks };
	int missing = 0;
	for (size_t k = 0; k < sizeof all / sizeof all[0]; k++)
		for (size_t t = 0; t < all[k]->nt; t++) {
			const struct tmpl *p = &all[k]->t[t];
			if (!p->id)
				fail_msg("%s: template %zu has no entry", all[k]->name, t);
			if (p->hits == 0 && !p->rare) {
				print_error("template never met on the grid: %s\n", p->id);
				missing = 1;
			} else if (p->hits == 0) {
				print_message("rare template not met on the grid: %s\n", p->id);
			}
		}
	for (size_t t = 0; t < H_N; t++)
		if (hidden_tmpl[t].hits == 0) {
			print_error("template never met on the grid: %s\n", hidden_tmpl[t].id);
			missing = 1;
		}
	assert_int_equal(g_failed, 0);
	print_message("explanations: %ld runs, %ld rows, %ld sentences, %ld checks\n", g_runs, g_rows, g_sentences,
		      g_checks);
	assert_false(missing);
	assert_true(g_runs > 500);
	assert_true(g_sentences > 20000);
	assert_true(g_checks > 200000);
}

/* ------------------------------------------------------------------ */
/* Flesch-Kincaid grade                                                */

struct fk { long sentences, words, syllables; };

/* Syllables of a word: the groups of vowels (a e i o u y) among its
 * letters, less one for a silent final e (not "le" after a consonant:
 * "table"), at least one.  A word without letters (a number, "<5",
 * "1/2", "%") is one syllable. */
static long syllables(const char *w, size_t len)
{
	char l[128];
	size_t n = 0;
	for (size_t i = 0; i < len && n + 1 < sizeof l; i++)
		if (isalpha((unsigned char)w[i]))
			l[n++] = (char)tolower((unsigned char)w[i]);
	l[n] = '\0';
	if (n == 0)
		return 1;
	long s = 0;
	int prev = 0;
	for (size_t i = 0; i < n; i++) {
		int v = strchr("aeiouy", l[i]) != NULL;
		s += v && !prev;
		prev = v;
	}
	if (n > 2 && l[n - 1] == 'e' && !strchr("aeiouy", l[n - 2]) &&
	    !(l[n - 2] == 'l' && !strchr("aeiouy", l[n - 3])))
		s--;
	return s < 1 ? 1 : s;
}

/* Words are runs of non-blank characters holding a letter or a digit
 * ("Clopper-Pearson", "7,000", "<5", "95%" are one word each); sentences
 * end as split_sentences says: at '.', '!' or '?' followed by a blank or
 * the end, so never inside a number (0.95) or a name (fisher.test). */
static void fk_add(struct fk *f, const char *text)
{
	static char sents[MAXSENT][SENTLEN];
	int ns = split_sentences(text, sents, MAXSENT);
	f->sentences += ns;
	for (int i = 0; i < ns; i++)
		for (const char *p = sents[i]; *p;) {
			while (*p == ' ')
				p++;
			const char *q = p;
			int alnum = 0;
			while (*q && *q != ' ') {
				alnum |= isalnum((unsigned char)*q);
				q++;
			}
			if (q > p && alnum) {
				f->words++;
				f->syllables += syllables(p, (size_t)(q - p));
			}
			p = q;
		}
}

static double fk_grade(const struct fk *f)
{
	return 0.39 * (double)f->words / (double)f->sentences + 11.8 * (double)f->syllables / (double)f->words - 15.59;
}

static void fk_run(struct fk *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fk_run(struct fk *f, const char *fmt, ...)
{
	char line[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	struct run *r = malloc(sizeof *r);
	assert_non_null(r);
	run_cmd(r, "%s", line);
	for (size_t i = 0; i < r->res.nrows; i++)
		if (r->res.row[i].explain)
			fk_add(f, r->res.row[i].explain);
	run_free(r);
	free(r);
}

static void test_flesch_kincaid(void **state)
{
	(void)state;
	assert_int_equal(syllables("table", 5), 2);
	assert_int_equal(syllables("make", 4), 1);
	assert_int_equal(syllables("confidence", 10), 3);
	assert_int_equal(syllables("7,000", 5), 1);
	struct data am = { .dec = 0 }, dp = { .dec = 0 }, pr = { .dec = 0 };
	amounts_groups(&am, 1);
	data_write(&am, 0);
	disparity_groups(&dp);
	data_write(&dp, 1);
	uint64_t s = 5;
	for (int i = 0; i < 300; i++)
		data_add(&pr, i % 3 == 0 ? "Almaty" : i % 3 == 1 ? "Astana" : "Shymkent", lcg(&s) % 5 == 0, 0);
	data_group(&pr, "Astana")->missing = 4;
	data_write(&pr, 0);
	static const char *const names[] = { "prop", "compare", "tab", "rate", "funnel", "amounts", "disparity", "coverage",
					      "mse" };
	struct fk per[9], all = { 0, 0, 0 };
	memset(per, 0, sizeof per);
	fk_run(&per[0], "prop 120/400 35/300 9/60");
	fk_run(&per[0], "prop %s --success a --by g", pr.path);
	fk_run(&per[1], "compare 120/400 90/410");
	fk_run(&per[1], "compare %s --success a --by g --groups Almaty,Astana", pr.path);
	fk_run(&per[2], "tab Kaspi=120,card=80,cash=45");
	fk_run(&per[2], "tab %s --by g", pr.path);
	fk_run(&per[3], "rate 35/12000 --per 1000");
	fk_run(&per[3], "rate 35/12000 20/15000 --per 1000");
	fk_run(&per[4], "funnel identified=7000 questioned=800 case_file=70 complained=60");
	fk_run(&per[5], "amounts %s --value a --by g --boot 200 --currency KZT --where g=fifty", am.path);
	fk_run(&per[5], "amounts %s --value a --by g --boot 200 --currency KZT --where g=skewed", am.path);
	fk_run(&per[5], "amounts %s --value a --by g --boot 200 --currency KZT --where g=thousand", am.path);
	fk_run(&per[6], "disparity public=2000000 prosecution=23000 complaints=16000 --currency KZT");
	fk_run(&per[6], "disparity %s --a a --b b --by g --boot 200 --currency KZT --where g=fifty", dp.path);
	fk_run(&per[7], "coverage --n 50 --summary");
	fk_run(&per[8], "mse 11=167 10=781 01=254");
	fk_run(&per[8], "mse 100=50 010=40 001=30 110=12 101=10 011=8 111=4");
	fk_run(&per[8], "mse 1000=60 0100=50 0010=40 0001=45 1100=12 1010=10 1001=9 0110=8 0101=7 0011=6 "
	       "1110=3 1101=3 1011=2 0111=2 1111=1 --models 3");
	int over = 0;
	for (int i = 0; i < 9; i++) {
		double g = fk_grade(&per[i]);
		print_message("Flesch-Kincaid grade %-9s %5.2f  (%ld sentences, %ld words, %ld syllables)\n", names[i], g,
			      per[i].sentences, per[i].words, per[i].syllables);
		assert_true(per[i].sentences > 0);
		all.sentences += per[i].sentences;
		all.words += per[i].words;
		all.syllables += per[i].syllables;
		over |= g > 10;
	}
	print_message("Flesch-Kincaid grade %-9s %5.2f\n", "all", fk_grade(&all));
	assert_true(fk_grade(&all) <= 10);
	assert_false(over);
	data_free(&am);
	data_free(&dp);
	data_free(&pr);
}

int main(void)
{
	/* as cli/main.c sets up */
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		setlocale(LC_CTYPE, "");
	gsl_set_error_handler_off();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_prop),
		cmocka_unit_test(test_tab),
		cmocka_unit_test(test_funnel),
		cmocka_unit_test(test_compare),
		cmocka_unit_test(test_rate),
		cmocka_unit_test(test_amounts),
		cmocka_unit_test(test_disparity),
		cmocka_unit_test(test_coverage),
		cmocka_unit_test(test_mse),
		cmocka_unit_test(test_grid_reaches_every_template),
		cmocka_unit_test(test_flesch_kincaid),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
