/* cmd_funnel.c - casestat funnel: attrition through nested stages.
 *
 *   casestat funnel NAME=COUNT NAME=COUNT ...
 *   casestat funnel FILE --stages COL,COL,... [--base COL] [--where COL=VALUE]...
 *
 * For stages s1 ⊇ s2 ⊇ ...: each s(i+1)/s(i) and s(i)/s1 with a proportion
 * method of analysis/proportion.h.  Reading streams the file: memory holds
 * one count per stage. */
#include "cli/frame/commands.h"
#include "cli/core/cachelines.h"
#include "cli/frame/common.h"
#include "cli/frame/plot.h"
#include "cli/io/dataset.h"
#include "cli/frame/explain.h"
#include "cli/core/namedcount.h"
#include "cli/frame/rowsel.h"
#include "cli/frame/suppress_out.h"
#include "cli/core/values.h"
#include "analysis/proportion.h"
#include "analysis/status.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_STAGES = CS_OPT_FIRST_OWN, OPT_BASE, OPT_WHERE, OPT_METHOD };

const struct cs_option cmd_funnel_options[] = {
	{ OPT_STAGES, "stages", 0, "COL,COL,...", "data: true/false columns, one per stage, in order" },
	{ OPT_BASE, "base", 0, "COL", "data: the first stage is the rows where COL is true (default: all rows)",
	  "(all rows)" },
	{ OPT_WHERE, "where", 0, "COL=VALUE", "use only rows whose COL equals VALUE (repeatable)" },
	{ OPT_METHOD, "method", 0, "NAME", "interval method of 'casestat prop', or 'all' (default wilson)",
	  "wilson" },
	CS_INPUT_OPTIONS,
	CS_PLOT_OPTION,
	CS_MIN_CELL_OPTION,
	CS_COMMON_OPTIONS,
	{ 0, NULL, 0, NULL, NULL }
};

enum { COL_STAGE, COL_REL, COL_X, COL_N, COL_EST, COL_LO, COL_HI, COL_METHOD, COL_CONF, NCOLS };
static const struct cs_column columns[NCOLS + 1] = {
	{ "stage", CS_COL_TEXT, NULL },
	{ "relative_to", CS_COL_TEXT, NULL },
	{ "x", CS_COL_INT, NULL },
	{ "n", CS_COL_INT, NULL },
	{ "estimate", CS_COL_REAL, "%.4f" },
	{ "lower", CS_COL_REAL, "%.4f" },
	{ "upper", CS_COL_REAL, "%.4f" },
	{ "method", CS_COL_TEXT, NULL },
	{ "conf", CS_COL_REAL, "%g" },
	CS_SUPPRESSED_COLUMN,
};

/* The name of the first stage when it is all rows of a file. */
#define ALL_ROWS "all rows"

static void help(void)
{
	printf("Usage: casestat funnel NAME=COUNT NAME=COUNT ... [OPTIONS]\n"
	       "  or:  casestat funnel FILE --stages COL,COL,... [--base COL] [--where COL=VALUE]... [OPTIONS]\n"
	       "How many cases go on from each stage to the next (identified, questioned,\n"
	       "in the case file, complained), with confidence intervals for each share.\n"
	       "\n"
	       "Stages are nested: each is part of the one before.  In the calculator form\n"
	       "every argument is a stage, NAME=COUNT (or a bare count, named by its\n"
	       "position), first stage first; a stage larger than the one before is an\n"
	       "error.  With FILE (a CSV file with a header row, or - for standard input),\n"
	       "the first stage is all rows (or those where --base COL is true) and each\n"
	       "--stages column says whether a row reached that stage: 1 true yes y t or\n"
	       "0 false no n f, any case.  A row marked in a stage but not in the stage\n"
	       "before is an error naming its line.  An empty cell means 'not in the stage'\n"
	       "for a row that is not in the stage before, and is an error for a row that\n"
	       "is (it is not known whether the row went on).\n"
	       "\n"
	       "Options:\n");
	cs_args_print(stdout, cmd_funnel_options);
	printf("\nMethods (--method; see 'casestat help prop'):\n ");
	for (size_t i = 0; i < cs_prop_nmethods; i++)
		printf(" %s%s", cs_prop_methods[i].name,
		       &cs_prop_methods[i] == cs_prop_method_default() ? " (default)" : "");
	printf("\n\nOutput columns: stage,relative_to,x,n,estimate,lower,upper,method,conf\n"
	       "  two rows for every stage after the first (and method): relative_to =\n"
	       "  previous gives x = this stage, n = the stage before; relative_to = first\n"
	       "  gives n = the first stage.  For the second stage both are the same.\n"
	       "  With --min-cell, a last column 'suppressed' (true when a count is hidden).\n"
	       "\n"
	       "--min-cell K hides a stage's count when it is from 1 to K-1, or when the\n"
	       "people lost between it and the stage before (or the first stage) are; and,\n"
	       "when a hidden count could still be worked out from the counts shown, the\n"
	       "next smallest stage too.  A hidden count prints as <K; shares built on it\n"
	       "are left empty.\n"
	       "\n"
	       "Examples:\n"
	       "  casestat funnel identified=7000 questioned=800 case_file=7 complained=6 --explain\n"
	       "  casestat funnel donors.csv --stages questioned,in_case_file,complained\n"
	       "\n"
	       "Exit status: 0 success, 1 bad data, 2 bad usage, 3 a file cannot be read or written.\n"
	       "Full documentation: man casestat\n");
}

struct funnel_opts {
	struct cs_common common;
	const struct cs_prop_method *method;   /* NULL = all */
	const char *base;
	char **stage;                          /* owned names of --stages */
	size_t nstages;
	struct cs_wheres where;
	const struct cs_plot_target *plot;     /* --plot, or NULL */
};

/* ---- sentences ------------------------------------------------------- */

/* "Of the 7,000 at stage 'identified'" or "Of all 7,214 rows" */
static void of_stage(struct cs_text *t, const char *name, int64_t n)
{
	char ns[32];
	cs_fmt_count(ns, sizeof ns, n);
	if (strcmp(name, ALL_ROWS) == 0)
		cs_text_add(t, "Of all %s rows, ", ns);
	else
		cs_text_add(t, "Of the %s at stage '%s', ", ns, name);
}

static void explain_row(struct cs_text *t, const struct funnel_opts *o, const struct cs_named_list *s,
			size_t i, int rel_first, const struct cs_prop_method *m,
			const struct cs_interval *ci)
{
	size_t j = rel_first ? 0 : i - 1;
	int64_t x = s->item[i].count, n = s->item[j].count;
	char xs[32], ns[32], est[32], lo[32], hi[32], cf[32];
	cs_fmt_count(xs, sizeof xs, x);
	cs_fmt_count(ns, sizeof ns, n);
	if (!ci) {
		cs_text_add(t, "No one was at stage '%s', so there is nothing to estimate.", s->item[j].name);
		return;
	}
	int d = cs_pct_decimals(ci->lower, ci->upper);
	cs_fmt_pct(est, sizeof est, ci->estimate, d);
	cs_fmt_pct(lo, sizeof lo, ci->lower, d);
	cs_fmt_pct(hi, sizeof hi, ci->upper, d);
	cs_fmt_conf(cf, sizeof cf, o->common.conf);
	of_stage(t, s->item[j].name, n);
	if (x == 0)
		cs_text_add(t, "none reached stage '%s'.", s->item[i].name);
	else
		cs_text_add(t, "%s (%s) reached stage '%s'.", xs, est, s->item[i].name);
	cs_text_add(t, " With %s confidence the underlying share lies between %s and %s (%s).",
		    cf, lo, hi, m->title);
	if (ci->notes & CS_NOTE_EXACT_FALLBACK)
		cs_text_add(t, " The logit interval does not exist when the count is 0 or all;"
			    " the Clopper-Pearson exact limits are shown instead.");
	int64_t few = x < n - x ? x : n - x;
	if (n < 30 && strcmp(s->item[j].name, ALL_ROWS) == 0)
		cs_text_add(t, " Caution: with only %s rows the range is wide.", ns);
	else if (n < 30)
		cs_text_add(t, " Caution: with only %s at stage '%s' the range is wide.", ns, s->item[j].name);
	else if (few < 5)
		cs_text_add(t, " Caution: only %lld on one side, so the estimate rests on very few cases.",
			    (long long)few);
	if ((n < 30 || few < 5) && strcmp(m->name, "wald") == 0)
		cs_text_add(t, " The Wald method is unreliable at counts like these; Wilson is the safer choice.");
	if (j > 0) {
		char rest[32], fs[32];
		cs_fmt_count(rest, sizeof rest, s->item[0].count - n);
		cs_fmt_count(fs, sizeof fs, s->item[0].count);
		cs_text_add(t, " The %s at stage '%s' were not picked at random from the %s", ns,
			    s->item[j].name, fs);
		if (strcmp(s->item[0].name, ALL_ROWS) == 0)
			cs_text_add(t, " rows");
		else
			cs_text_add(t, " at stage '%s'", s->item[0].name);
		cs_text_add(t, ": this share says nothing about the other %s.", rest);
	}
}

/* ---- suppression ------------------------------------------------------ */

/* --min-cell: decide for every stage.  The cells are the stages (printed)
 * and, implied, the people lost at each step and since the first stage;
 * the relations tie them as stage before = stage + lost.  why[i] is the
 * decision for stage i. */
static int decide_stages(const struct cs_named_list *s, int64_t k, enum cs_sup_why *why)
{
	struct cs_sup_table t;
	cs_sup_init(&t);
	size_t *st = calloc(3 * s->n + 1, sizeof *st), *d = st + s->n, *c = d + s->n;
	int rc = st ? CS_OK : CS_ENOMEM;
	long idx;
	for (size_t i = 0; rc == CS_OK && i < s->n; i++) {
		if ((idx = cs_sup_add_cell(&t, s->item[i].count, 1)) < 0)
			rc = CS_ENOMEM;
		st[i] = (size_t)idx;
	}
	for (size_t i = 1; rc == CS_OK && i < s->n; i++) {
		if ((idx = cs_sup_add_cell(&t, s->item[i - 1].count - s->item[i].count, 0)) < 0) {
			rc = CS_ENOMEM;
			break;
		}
		d[i] = (size_t)idx;
		size_t m[2] = { st[i], d[i] };
		rc = cs_sup_add_rel(&t, st[i - 1], m, 2);
		if (i == 1) {
			c[i] = d[i];
			continue;
		}
		if (rc == CS_OK && (idx = cs_sup_add_cell(&t, s->item[0].count - s->item[i].count, 0)) < 0)
			rc = CS_ENOMEM;
		c[i] = (size_t)idx;
		size_t f[2] = { st[i], c[i] }, g[2] = { c[i - 1], d[i] };
		if (rc == CS_OK)
			rc = cs_sup_add_rel(&t, st[0], f, 2);
		if (rc == CS_OK)
			rc = cs_sup_add_rel(&t, c[i], g, 2);
	}
	if (rc == CS_OK)
		rc = cs_sup_decide(&t, k);
	for (size_t i = 0; i < s->n; i++)
		why[i] = rc == CS_OK ? t.cell[st[i]].why : CS_SUP_SMALL;
	free(st);
	cs_sup_free(&t);
	return rc;
}

/* ---- the result table ------------------------------------------------ */

static int emit(const struct funnel_opts *o, const struct cs_named_list *s, struct cs_table *t,
		struct cs_err *err)
{
	size_t first = o->method ? (size_t)(o->method - cs_prop_methods) : 0;
	size_t last = o->method ? first + 1 : cs_prop_nmethods;
	int64_t k = o->common.min_cell;
	enum cs_sup_why *why = calloc(s->n, sizeof *why);
	if (!why || (k > 0 && decide_stages(s, k, why) != CS_OK)) {
		free(why);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	static const size_t est[3] = { COL_EST, COL_LO, COL_HI };
	int rc = 0;
	for (size_t i = 1; !rc && i < s->n; i++)
		for (int rel = 0; !rc && rel < 2; rel++)
			for (size_t mi = first; !rc && mi < last; mi++) {
				const struct cs_prop_method *m = &cs_prop_methods[mi];
				int64_t x = s->item[i].count, n = s->item[rel ? 0 : i - 1].count;
				struct cs_interval ci;
				if (n > 0) {
					int st = cs_prop_ci(m, x, n, o->common.conf, CS_SIDES_TWO, &ci);
					if (st != CS_OK) {
						rc = cs_err_set(err, CS_EXIT_DATA, "cannot compute the %s interval"
								" for %lld/%lld: %s", m->name, (long long)x,
								(long long)n, cs_strerror(st));
						break;
					}
				}
				long r = cs_table_add_row(t);
				if (r < 0 || cs_table_text(t, (size_t)r, COL_STAGE, s->item[i].name) != 0 ||
				    cs_table_text(t, (size_t)r, COL_REL, rel ? "first" : "previous") != 0 ||
				    cs_table_text(t, (size_t)r, COL_METHOD, m->name) != 0) {
					rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
					break;
				}
				cs_table_int(t, (size_t)r, COL_X, x);
				cs_table_int(t, (size_t)r, COL_N, n);
				if (n > 0) {
					cs_table_real(t, (size_t)r, COL_EST, ci.estimate);
					cs_table_real(t, (size_t)r, COL_LO, ci.lower);
					cs_table_real(t, (size_t)r, COL_HI, ci.upper);
				}
				cs_table_real(t, (size_t)r, COL_CONF, o->common.conf);
				if (o->common.explain) {
					struct cs_text text = CS_TEXT_INIT;
					explain_row(&text, o, s, i, rel, m, n > 0 ? &ci : NULL);
					if (cs_table_explain(t, (size_t)r, cs_text_str(&text)) != 0) {
						rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
						break;
					}
				}
				/* the sentence of a later stage also names the first */
				size_t j = rel ? 0 : i - 1;
				const struct cs_hide_count hc[3] = {
					{ COL_X, why[i], "the count x (this stage)", 1 },
					{ COL_N, why[j], "the count n (the stage it is measured against)", 1 },
					{ -1, j > 0 ? why[0] : CS_SUP_SHOWN, "the size of the first stage", 1 },
				};
				if (cs_hide_row(t, (size_t)r, k, hc, 3, est, 3, "the share and its interval",
						s->item[i].name, o->common.explain) != 0) {
					rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
					break;
				}
			}
	free(why);
	if (!rc && o->plot)
		return cs_plot_funnel_table(o->plot, t, o->common.conf, s->item[0].name, k, err);
	return rc;
}

/* ---- the calculator -------------------------------------------------- */

static int run_counts(const struct funnel_opts *o, const struct cs_args *a, struct cs_table *t,
		      struct cs_err *err)
{
	struct cs_named_list s = { NULL, 0 };
	int rc = 0;
	for (int i = 0; !rc && i < a->noperands; i++)
		rc = cs_named_add(&s, a->operands[i], CS_PROP_MAX_N, "funnel", "stage",
				  "questioned=800 (to read a file, add --stages)", err);
	if (!rc && s.n < 2)
		rc = cs_err_usage(err, "funnel", "a funnel needs at least two stages, e.g."
				  " identified=7000 questioned=800");
	for (size_t i = 1; !rc && i < s.n; i++)
		if (s.item[i].count > s.item[i - 1].count)
			rc = cs_err_usage(err, "funnel", "stage '%s' (%lld) is larger than the stage before it,"
					  " '%s' (%lld): each stage must be part of the one before",
					  s.item[i].name, (long long)s.item[i].count, s.item[i - 1].name,
					  (long long)s.item[i - 1].count);
	if (!rc)
		rc = emit(o, &s, t, err);
	cs_named_free(&s);
	return rc;
}

/* ---- reading a file -------------------------------------------------- */

struct reader_ctx {
	CS_THREAD_ALIGNED const struct funnel_opts *o;
	const char *name;
	size_t nst;             /* stages read from columns: base? + stages */
	const char **col;       /* their column names (borrowed) */
	int64_t *count;         /* per stage, [0] = all rows */
	unsigned long matched;
};

static int on_row(void *vctx, const struct cs_row *row, struct cs_err *err)
{
	struct reader_ctx *c = vctx;
	const struct funnel_opts *o = c->o;
	if (!cs_where_match(&o->where, row, c->nst))
		return 0;
	c->matched++;
	int in_prev = 1;
	c->count[0]++;
	for (size_t k = 0; k < c->nst; k++) {
		const char *prev = k ? c->col[k - 1] : ALL_ROWS;
		int v = cs_parse_bool(row->value[k], row->len[k]);
		char shown[CS_MSG_TEXT];
		if (v == -2)
			return cs_err_at(err, CS_EXIT_DATA, c->name, row->vline[k], row->vfield[k],
					 "column '%s' has '%s', which is neither true (1, true, yes, y, t)"
					 " nor false (0, false, no, n, f)", c->col[k],
					 cs_msg_text(shown, sizeof shown, row->value[k], row->len[k]));
		if (v == -1) {
			if (in_prev)
				return cs_err_at(err, CS_EXIT_DATA, c->name, row->vline[k], row->vfield[k],
						 "column '%s' is empty in a row that is in stage '%s':"
						 " it is not known whether this row reached '%s'",
						 c->col[k], prev, c->col[k]);
			v = 0;
		}
		if (v && !in_prev)
			return cs_err_at(err, CS_EXIT_DATA, c->name, row->line, 0,
					 "this row is in stage '%s' but not in the stage before it, '%s':"
					 " stages must be nested", c->col[k], prev);
		c->count[k + 1] += v;
		in_prev = v;
	}
	return 0;
}

static int run_file(const struct funnel_opts *o, const char *path, struct cs_table *t, struct cs_err *err)
{
	/* one context per reading thread, added up afterwards */
	int nctx = cs_common_threads(&o->common);
	size_t nst = o->nstages + (o->base != NULL);
	struct reader_ctx *ctx = cs_thread_blocks((size_t)nctx, sizeof *ctx, NULL);
	void **ctxp = calloc((size_t)nctx, sizeof *ctxp);
	size_t stride;          /* bytes between two threads' counts */
	int64_t *counts = cs_thread_blocks((size_t)nctx, (nst + 1) * sizeof *counts, &stride);
	const char **cols = calloc(nst + o->where.n, sizeof *cols);
	struct cs_named_list s = { calloc(nst + 1, sizeof *s.item), 0 };
	int rc = 0;
	if (!ctx || !ctxp || !counts || !cols || !s.item) {
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
		goto out;
	}
	size_t nc = 0;
	if (o->base)
		cols[nc++] = o->base;
	for (size_t k = 0; k < o->nstages; k++)
		cols[nc++] = o->stage[k];
	for (size_t k = 0; k < o->where.n; k++)
		cols[nc++] = o->where.w[k].col;
	for (int k = 0; k < nctx; k++) {
		ctx[k].o = o;
		ctx[k].name = cs_input_name(path);
		ctx[k].nst = nst;
		ctx[k].col = cols;
		ctx[k].count = counts + (size_t)k * (stride / sizeof *counts);
		ctxp[k] = &ctx[k];
	}
	unsigned long nrows = 0;
	rc = cs_csv_read_parallel(path, cols, nc, on_row, ctxp, nctx, &nrows, err);
	struct reader_ctx *c = &ctx[0];
	for (int k = 1; k < nctx; k++) {
		c->matched += ctx[k].matched;
		for (size_t j = 0; j <= nst; j++)
			c->count[j] += ctx[k].count[j];
	}
	if (!rc)
		rc = cs_rows_check(c->name, nrows, c->matched, err);
	if (rc)
		goto out;
	/* the stages: all rows (unless --base), then each column */
	for (size_t k = o->base ? 1 : 0; k <= nst; k++) {
		s.item[s.n].name = (char *)(k ? cols[k - 1] : ALL_ROWS);   /* borrowed here */
		s.item[s.n].count = c->count[k];
		s.n++;
	}
	/* nested row by row, so this cannot fail; kept as the contract says */
	for (size_t i = 1; !rc && i < s.n; i++)
		if (s.item[i].count > s.item[i - 1].count)
			rc = cs_err_at(err, CS_EXIT_DATA, c->name, 0, 0, "stage '%s' is larger than '%s'",
				       s.item[i].name, s.item[i - 1].name);
	if (!rc)
		rc = emit(o, &s, t, err);
out:
	free(ctx);
	free(ctxp);
	free(counts);
	free(cols);
	free(s.item);     /* names are borrowed */
	return rc;
}

/* ---- options --------------------------------------------------------- */

static int set_stages(struct funnel_opts *o, const char *spec, struct cs_err *err)
{
	for (size_t k = 0; k < o->nstages; k++)
		free(o->stage[k]);
	free(o->stage);
	o->nstages = 0;
	size_t n = 1;
	for (const char *p = spec; *p; p++)
		n += *p == ',';
	o->stage = calloc(n, sizeof *o->stage);
	if (!o->stage)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	const char *s = spec;
	for (;;) {
		const char *comma = strchr(s, ',');
		size_t len = comma ? (size_t)(comma - s) : strlen(s);
		if (len == 0)
			return cs_err_usage(err, "funnel", "invalid --stages '%s': a column name is empty", spec);
		char *name = strndup(s, len);
		if (!name)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		for (size_t k = 0; k < o->nstages; k++)
			if (strcmp(o->stage[k], name) == 0) {
				free(name);
				return cs_err_usage(err, "funnel", "invalid --stages '%s': column '%.*s' is named"
						    " twice", spec, (int)len, s);
			}
		o->stage[o->nstages++] = name;
		if (!comma)
			return 0;
		s = comma + 1;
	}
}

static int check_usage(const struct funnel_opts *o, const struct cs_args *a, struct cs_err *err)
{
	if (!o->nstages && (o->base || o->where.n))
		return cs_err_usage(err, "funnel", "--base and --where need a FILE and --stages");
	if (o->nstages) {
		if (a->noperands != 1)
			return cs_err_usage(err, "funnel", a->noperands ? "give one input FILE (or - for standard"
					    " input)" : "missing input FILE (or - for standard input)");
		if (o->base)
			for (size_t k = 0; k < o->nstages; k++)
				if (strcmp(o->stage[k], o->base) == 0)
					return cs_err_usage(err, "funnel", "--base '%s' is also in --stages",
							    o->base);
	} else if (a->noperands == 0) {
		return cs_err_usage(err, "funnel", "nothing to do: give stages (e.g. identified=7000"
				    " questioned=800) or a FILE with --stages");
	}
	return 0;
}

int cmd_funnel(int argc, char **argv, struct cs_err *err)
{
	struct funnel_opts o;
	memset(&o, 0, sizeof o);
	cs_common_init(&o.common);
	o.method = cs_prop_method_default();

	if (cs_args_wants_help(argc, argv)) {
		help();
		return 0;
	}
	struct cs_args a;
	int rc = cs_args_init(&a, "funnel", cmd_funnel_options, argc, argv, err);
	if (rc)
		return rc;
	int key;
	while (!rc && (key = cs_common_next(&a, &o.common, err)) != 0) {
		if (key < 0) {
			rc = CS_EXIT_USAGE;
			break;
		}
		switch (key) {
		case OPT_STAGES: rc = set_stages(&o, a.value, err); break;
		case OPT_BASE:
			if (!*a.value)
				rc = cs_err_usage(err, "funnel", "invalid --base '': name a column");
			o.base = a.value;
			break;
		case OPT_WHERE: rc = cs_where_add(&o.where, a.value, "funnel", err); break;
		case OPT_METHOD: rc = cs_prop_method_arg(a.value, &o.method, "funnel", err); break;
		}
	}
	if (!rc && o.common.help) {
		help();
		goto out;
	}
	if (!rc)
		rc = check_usage(&o, &a, err);

	struct cs_plot_target plot = { 0 };
	if (!rc && o.common.plot && (rc = cs_plot_target_init(&plot, o.common.plot, "funnel", err)) == 0)
		o.plot = &plot;
	struct cs_table t;
	cs_table_init(&t, columns, cs_hide_ncols(o.common.min_cell, NCOLS));
	if (!rc)
		rc = o.nstages ? run_file(&o, a.operands[0], &t, err) : run_counts(&o, &a, &t, err);
	if (!rc)
		rc = cs_common_emit(&o.common, &t, err);
	cs_plot_target_free(&plot);
	cs_table_free(&t);
out:
	cs_args_free(&a);
	cs_wheres_free(&o.where);
	for (size_t k = 0; k < o.nstages; k++)
		free(o.stage[k]);
	free(o.stage);
	return rc;
}
