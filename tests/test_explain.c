/* test_explain.c - every sentence of --explain is true of its row.
 *
 * The explanations go straight into published reports (issue 14, part 2).
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
 * (quartiles of per-case ratios, amounts below zero, half of the amounts)
 * are counted on the values this test wrote.  After the sentences, the row
 * checks say which sentences a row must have (the caution for n < 30 ...).
 * Every template must be met somewhere on the grid, and the number of
 * checks made must be large, so a grid that silently runs nothing fails.
 *
 * The second test computes the Flesch-Kincaid grade of the sentences of
 * typical inputs for every command (rules at fk_grade). */
#include "test_util.h"
#include "cli/frame/command.h"
#include "cli/frame/common.h"
#include "cli/frame/driver.h"
#include "cli/frame/options.h"
#include "cli/cmd/amounts.h"
#include "cli/cmd/compare.h"
#include "cli/cmd/disparity.h"
#include "cli/cmd/funnel.h"
#include "cli/cmd/prop.h"
#include "cli/cmd/rate.h"
#include "cli/cmd/tab.h"
#include "analysis/status.h"

#include <ctype.h>
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

static long g_checks, g_sentences, g_rows, g_runs;

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

#define MAXG 8

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

static int col_named(const struct cs_result *res, const char *name)
{
	for (size_t i = 0; i < res->ncols; i++)
		if (strcmp(res->cols[i].name, name) == 0)
			return (int)i;
	return -1;
}

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

static double num_of(const char *s)
{
	char b[128];
	size_t j = 0;
	for (; *s && j + 1 < sizeof b; s++)
		if (*s != ',')
			b[j++] = *s;
	b[j] = '\0';
	return strtod(b, NULL);
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
	return num_of(s);
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
	double x = num_of(s);
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
			CHECK(c, num_of(b) != 0, "holds a negative zero '-%s'", b);
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
		*at = '\0';
		const char *rest = at + strlen(why[w]);
		if (w == 0)
			CHECK(c, num(c, rest) == (double)(k - 1), "says 'from 1 to %s' under --min-cell %lld", rest,
			      (long long)k);
		if (w == 1)
			CHECK(c, strncmp(rest, "", 0) == 0 && atoll(rest) == k - 1 &&
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
	[H_REASONS] = { "hidden: reasons", "^[A-Z][^.]* (is from 1 to [0-9]+|is hidden because [^.]*)( \\(printed as <[0-9]+\\))?\\.$",
			h_reasons },
	[H_NOT_SHOWN] = { "hidden: not shown", "^(The [^:]+) (is|are) not shown either: (it|they) would reveal what is hidden\\.$",
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

enum { P_SHARE, P_NONE, P_TWO, P_LOWER, P_UPPER, P_LOGIT, P_SMALL_N, P_FEW, P_WALD, P_MISSING, P_N };

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
	[P_SHARE] = { "prop: x of n", "^" N " of " N " \\(" P "\\)( (have [^']* = '[^']*'|are marked '[^']*'))?\\.$", p_share },
	[P_NONE] = { "prop: no values", "^no usable values( \\(" N " empty\\))?, so there is nothing to estimate\\.$", p_none },
	[P_TWO] = { "prop: between", "^With " CF " confidence, the underlying share lies between " P " and " P
		    " \\(([^()]+)\\)\\.$", p_two },
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
	CHECK(c, c->seen[P_TWO] + c->seen[P_LOWER] + c->seen[P_UPPER] == 1, "does not give the interval once");
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

enum { F_OF, F_OF_ALL, F_NONE, F_NONE_ALL, F_NOBODY, F_LIMITS, F_LOGIT, F_SMALL_ROWS, F_SMALL, F_FEW, F_WALD,
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
	[F_OF] = { "funnel: of the n at stage", "^Of the " N " at stage " Q ", " N " \\(" P "\\) reached stage " Q "\\.$", f_of },
	[F_OF_ALL] = { "funnel: of all rows", "^Of all " N " rows, " N " \\(" P "\\) reached stage " Q "\\.$", f_of_all },
	[F_NONE] = { "funnel: none reached", "^Of the " N " at stage " Q ", none reached stage " Q "\\.$", f_none },
	[F_NONE_ALL] = { "funnel: of all rows none", "^Of all " N " rows, none reached stage " Q "\\.$", f_none_all,
			 1 /* the first stage of a file is all rows: none reach the next only with a file */ },
	[F_NOBODY] = { "funnel: no one at stage", "^No one was at stage " Q ", so there is nothing to estimate\\.$", f_nobody },
	[F_LIMITS] = { "funnel: between", "^With " CF " confidence the underlying share lies between " P " and " P
		       " \\(([^()]+)\\)\\.$", f_limits },
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
	CHECK(c, c->seen[F_LIMITS] == 1, "does not give the interval");
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
