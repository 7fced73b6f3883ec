/* cmd_tab.c - casestat tab: categories, their shares and intervals.
 *
 *   casestat tab COUNT,COUNT,... | NAME=COUNT,...
 *   casestat tab FILE --by COL[:month|:year] [--where COL=VALUE]...
 *
 * Counting streams the file: memory holds one count per category (and,
 * for date buckets, per month or year between the first and the last). */
#include "cli/frame/commands.h"
#include "cli/core/cachelines.h"
#include "cli/frame/common.h"
#include "cli/frame/plot.h"
#include "cli/io/dataset.h"
#include "cli/core/dates.h"
#include "cli/frame/explain.h"
#include "cli/core/groups.h"
#include "cli/core/namedcount.h"
#include "cli/frame/rowsel.h"
#include "cli/frame/suppress_out.h"
#include "cli/core/values.h"
#include "analysis/multinom.h"
#include "analysis/status.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_BY = CS_OPT_FIRST_OWN, OPT_WHERE, OPT_METHOD, OPT_SORT };

const struct cs_option cmd_tab_options[] = {
	{ OPT_BY, "by", 0, "COL[:month|:year]", "one category per value of COL, or per month or year of its ISO dates" },
	{ OPT_WHERE, "where", 0, "COL=VALUE", "use only rows whose COL equals VALUE (repeatable)" },
	{ OPT_METHOD, "method", 0, "NAME", "interval method, or 'all' (default goodman)", "goodman" },
	{ OPT_SORT, "sort", 0, "KEY", "count (largest first; the default) or name; dates default to name",
	  "count (name for dates)" },
	CS_INPUT_OPTIONS,
	CS_PLOT_OPTION,
	CS_MIN_CELL_OPTION,
	CS_COMMON_OPTIONS,
	{ 0, NULL, 0, NULL, NULL }
};

enum { COL_CAT, COL_COUNT, COL_N, COL_MISSING, COL_SHARE, COL_LO, COL_HI, COL_METHOD, COL_CONF, NCOLS };
static const struct cs_column columns[NCOLS + 1] = {
	{ "category", CS_COL_TEXT, NULL },
	{ "count", CS_COL_INT, NULL },
	{ "n", CS_COL_INT, NULL },
	{ "missing", CS_COL_INT, NULL },
	{ "share", CS_COL_REAL, "%.4f" },
	{ "lower", CS_COL_REAL, "%.4f" },
	{ "upper", CS_COL_REAL, "%.4f" },
	{ "method", CS_COL_TEXT, NULL },
	{ "conf", CS_COL_REAL, "%g" },
	CS_SUPPRESSED_COLUMN,
};

static void help(void)
{
	printf("Usage: casestat tab COUNT,COUNT,... [OPTIONS]\n"
	       "  or:  casestat tab NAME=COUNT,NAME=COUNT,... [OPTIONS]\n"
	       "  or:  casestat tab FILE --by COL[:month|:year] [--where COL=VALUE]... [OPTIONS]\n"
	       "Shares of categories that split the cases between them, with confidence\n"
	       "intervals: by default Goodman's simultaneous intervals, which hold for all\n"
	       "categories at once.\n"
	       "\n"
	       "In the calculator form the counts are whole numbers separated by commas\n"
	       "(spaces between arguments work too); a bare count is named by its position\n"
	       "(1, 2, ...).  With FILE (a CSV file with a header row, or - for standard\n"
	       "input), every distinct value of COL is a category; empty cells are missing,\n"
	       "counted in 'missing' and left out of n.  COL:month and COL:year read COL as\n"
	       "ISO dates (YYYY-MM-DD; any other form is an error naming the line) and count\n"
	       "per month (2023-07) or year (2023); months or years with no cases between\n"
	       "the first and the last are listed with count 0.\n"
	       "\n"
	       "Order (--sort): count, largest first, ties by name; or name: names made of\n"
	       "digits only first, by number, then the others in byte order.  The default\n"
	       "is count, except for month and year buckets, which come in time order.\n"
	       "\n"
	       "Options:\n");
	cs_args_print(stdout, cmd_tab_options);
	printf("\nMethods (--method; aliases in brackets):\n");
	for (size_t i = 0; i < cs_multinom_nmethods; i++) {
		const struct cs_multinom_method *m = &cs_multinom_methods[i];
		char names[64];
		size_t k = (size_t)snprintf(names, sizeof names, "%s", m->name);
		for (size_t j = 0; m->aliases[j] && k < sizeof names; j++)
			k += (size_t)snprintf(names + k, sizeof names - k, "%s%s", j ? ", " : " [",
					      m->aliases[j]);
		if (m->aliases[0] && k < sizeof names)
			snprintf(names + k, sizeof names - k, "]");
		printf("  %-28s %s, %s%s\n", names, m->title, m->reference,
		       m == cs_multinom_method_default() ? " (default)" : "");
	}
	printf("\nOutput columns: category,count,n,missing,share,lower,upper,method,conf\n"
	       "  one row per category (and method); n is the total of all categories, the\n"
	       "  same on every row; share = count / n; conf is the level of the intervals\n"
	       "  (for goodman, of all of them together).  With --min-cell, a last column\n"
	       "  'suppressed' (true when a value of the row is hidden).\n"
	       "\n"
	       "--min-cell K hides a category's count when it is from 1 to K-1, or when all\n"
	       "the others together are (then the count gives them away); and, when a\n"
	       "hidden count could be worked out as n minus the counts shown, or the hidden\n"
	       "ones together make fewer than K, the next smallest count too.  A hidden\n"
	       "count prints as <K and its share and interval are left empty; n and\n"
	       "missing are hidden when they are from 1 to K-1.  Sorted by count, hidden\n"
	       "categories come last, by name.\n"
	       "\n"
	       "Examples:\n"
	       "  casestat tab Kaspi=120,card=80,transfer=45,cash=30,other=25 --explain\n"
	       "  casestat tab donors.csv --by channel --where questioned=true\n"
	       "  casestat tab donors.csv --by complaint_date:month --method all\n"
	       "\n"
	       "Exit status: 0 success, 1 bad data, 2 bad usage, 3 a file cannot be read or written.\n"
	       "Full documentation: man casestat\n");
}

enum sort_key { SORT_DEFAULT, SORT_COUNT, SORT_NAME };

struct tab_opts {
	struct cs_common common;
	const struct cs_multinom_method *method;   /* NULL = all */
	enum sort_key sort;
	char *by;                                  /* owned column name; NULL: calculator */
	enum cs_bucket bucket;
	struct cs_wheres where;
};

/* The categories, whichever form they came from. */
struct cats {
	size_t k;
	const char **name;   /* borrowed */
	int64_t *count;
	int64_t n, missing;
};

/* ---- order ----------------------------------------------------------- */

static int digits_only(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* Name order: labels of digits only first, by numeric value (length after
 * leading zeros, then digits), then all others in byte order; a total order. */
static int name_cmp(const char *a, const char *b)
{
	int da = digits_only(a), db = digits_only(b);
	if (da != db)
		return da ? -1 : 1;
	if (da) {
		const char *pa = a, *pb = b;
		while (*pa == '0' && pa[1]) pa++;
		while (*pb == '0' && pb[1]) pb++;
		size_t la = strlen(pa), lb = strlen(pb);
		if (la != lb)
			return la < lb ? -1 : 1;
		int c = strcmp(pa, pb);
		if (c)
			return c;
	}
	return strcmp(a, b);
}

struct order_ctx {
	const struct cats *c;
	enum sort_key key;
	const enum cs_sup_why *why;    /* --min-cell decisions, or NULL */
};

static int order_cmp(const void *va, const void *vb, void *vctx)
{
	const struct order_ctx *o = vctx;
	size_t i = *(const size_t *)va, j = *(const size_t *)vb;
	/* by count, hidden counts go last by name: their place must not tell
	 * how large they are */
	int hi = o->why && o->why[i] != CS_SUP_SHOWN, hj = o->why && o->why[j] != CS_SUP_SHOWN;
	if (o->key == SORT_COUNT && hi != hj)
		return hi - hj;
	if (o->key == SORT_COUNT && !hi && o->c->count[i] != o->c->count[j])
		return o->c->count[i] > o->c->count[j] ? -1 : 1;
	int c = name_cmp(o->c->name[i], o->c->name[j]);
	return c ? c : (i < j ? -1 : i > j);
}

/* ---- the result table ------------------------------------------------ */

static void explain_row(struct cs_text *t, const struct tab_opts *o, const struct cats *c, size_t i,
			const struct cs_multinom_method *m, const struct cs_interval *ci)
{
	char xs[32], ns[32], ms[32], est[32], lo[32], hi[32], cf[32];
	cs_fmt_count(xs, sizeof xs, c->count[i]);
	cs_fmt_count(ns, sizeof ns, c->n);
	cs_fmt_count(ms, sizeof ms, c->missing);
	int d = cs_pct_decimals(ci->lower, ci->upper);
	cs_fmt_pct(est, sizeof est, ci->estimate, d);
	cs_fmt_pct(lo, sizeof lo, ci->lower, d);
	cs_fmt_pct(hi, sizeof hi, ci->upper, d);
	cs_fmt_conf(cf, sizeof cf, o->common.conf);

	cs_text_add(t, "%s: %s of %s (%s).", c->name[i], xs, ns, est);
	if (m->simultaneous && c->k > 1)
		cs_text_add(t, " With %s confidence for all %zu categories at once, this share lies"
			    " between %s and %s (%s).", cf, c->k, lo, hi, m->title);
	else if (m->simultaneous)
		cs_text_add(t, " With %s confidence the share lies between %s and %s (%s).", cf, lo, hi,
			    m->title);
	else
		cs_text_add(t, " With %s confidence this share lies between %s and %s (%s); the"
			    " intervals of different categories do not hold together.", cf, lo, hi, m->title);
	if (c->count[i] == 0)
		cs_text_add(t, " No case is in this category; the upper limit shows how large its"
			    " share could still be.");
	if (c->n < 30)
		cs_text_add(t, " Caution: with only %s %s the ranges are wide.", ns,
			    c->n == 1 ? "case" : "cases");
	else if (c->count[i] > 0 && c->count[i] < 5)
		cs_text_add(t, " Caution: only %s %s in this category.", xs,
			    c->count[i] == 1 ? "case is" : "cases are");
	if (c->missing)
		cs_text_add(t, " %s %s with an empty %s %s left out.", ms,
			    c->missing == 1 ? "row" : "rows", o->bucket ? "date" : "value",
			    c->missing == 1 ? "was" : "were");
}

/* --min-cell: the categories add up to n (shown on every row). */
static int decide(const struct cats *c, int64_t k, enum cs_sup_why *why, enum cs_sup_why *n_why)
{
	struct cs_sup_table s;
	cs_sup_init(&s);
	size_t *m = malloc((c->k ? c->k : 1) * sizeof *m);
	int rc = m ? CS_OK : CS_ENOMEM;
	for (size_t i = 0; rc == CS_OK && i < c->k; i++) {
		long idx = cs_sup_add_cell(&s, c->count[i], 1);
		if (idx < 0)
			rc = CS_ENOMEM;
		m[i] = (size_t)idx;
	}
	long total = rc == CS_OK ? cs_sup_add_cell(&s, c->n, 1) : -1;
	if (rc == CS_OK && total < 0)
		rc = CS_ENOMEM;
	if (rc == CS_OK)
		rc = cs_sup_add_rel(&s, (size_t)total, m, c->k);
	if (rc == CS_OK)
		rc = cs_sup_decide(&s, k);
	for (size_t i = 0; rc == CS_OK && i < c->k; i++)
		why[i] = s.cell[m[i]].why;
	if (rc == CS_OK)
		*n_why = s.cell[total].why;
	free(m);
	cs_sup_free(&s);
	return rc;
}

static int emit(const struct tab_opts *o, const struct cats *c, struct cs_table *t, struct cs_err *err)
{
	int64_t k = o->common.min_cell;
	enum cs_sup_why *why = calloc(c->k ? c->k : 1, sizeof *why), n_why = CS_SUP_SHOWN;
	enum cs_sup_why m_why = cs_hide_why(c->missing, k);
	struct cats told = *c;          /* what the sentences may name */
	if (m_why != CS_SUP_SHOWN)
		told.missing = 0;
	static const size_t est[3] = { COL_SHARE, COL_LO, COL_HI };
	enum sort_key key = o->sort != SORT_DEFAULT ? o->sort : o->bucket ? SORT_NAME : SORT_COUNT;
	size_t *order = malloc(c->k * sizeof *order);
	struct cs_interval *ci = malloc(c->k * cs_multinom_nmethods * sizeof *ci);
	int rc = 0;
	if (!order || !ci || !why || (k > 0 && decide(c, k, why, &n_why) != CS_OK)) {
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < c->k; i++)
		order[i] = i;
	struct order_ctx oc = { c, key, k > 0 ? why : NULL };
	qsort_r(order, c->k, sizeof *order, order_cmp, &oc);

	size_t first = o->method ? (size_t)(o->method - cs_multinom_methods) : 0;
	size_t last = o->method ? first + 1 : cs_multinom_nmethods;
	for (size_t mi = first; mi < last; mi++) {
		int st = cs_multinom_ci(&cs_multinom_methods[mi], c->count, c->k, o->common.conf,
					ci + mi * c->k);
		if (st != CS_OK) {
			rc = cs_err_set(err, CS_EXIT_DATA, "cannot compute the %s intervals: %s",
					cs_multinom_methods[mi].name, cs_strerror(st));
			goto out;
		}
	}
	for (size_t r = 0; r < c->k; r++) {
		size_t i = order[r];
		for (size_t mi = first; mi < last; mi++) {
			const struct cs_multinom_method *m = &cs_multinom_methods[mi];
			const struct cs_interval *v = &ci[mi * c->k + i];
			long row = cs_table_add_row(t);
			if (row < 0 || cs_table_text(t, (size_t)row, COL_CAT, c->name[i]) != 0 ||
			    cs_table_text(t, (size_t)row, COL_METHOD, m->name) != 0) {
				rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
				goto out;
			}
			cs_table_int(t, (size_t)row, COL_COUNT, c->count[i]);
			cs_table_int(t, (size_t)row, COL_N, c->n);
			cs_table_int(t, (size_t)row, COL_MISSING, c->missing);
			cs_table_real(t, (size_t)row, COL_SHARE, v->estimate);
			cs_table_real(t, (size_t)row, COL_LO, v->lower);
			cs_table_real(t, (size_t)row, COL_HI, v->upper);
			cs_table_real(t, (size_t)row, COL_CONF, o->common.conf);
			if (o->common.explain) {
				struct cs_text text = { .n = 0 };
				explain_row(&text, o, &told, i, m, v);
				if (cs_table_explain(t, (size_t)row, text.s) != 0) {
					rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
					goto out;
				}
			}
			const struct cs_hide_count hc[3] = {
				{ COL_COUNT, why[i], "the count of this category", 1 },
				{ COL_N, n_why, "the total n", 1 },
				{ COL_MISSING, m_why, "the number of rows with an empty value", 0 },
			};
			if (cs_hide_row(t, (size_t)row, k, hc, 3, est, 3, "the share and its interval",
					c->name[i], o->common.explain) != 0) {
				rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
				goto out;
			}
		}
	}
out:
	free(order);
	free(ci);
	free(why);
	return rc;
}

/* ---- reading a file -------------------------------------------------- */

struct reader_ctx {
	CS_THREAD_ALIGNED const struct tab_opts *o;
	const char *name;           /* input name for messages */
	struct cs_groups groups;    /* label -> int64_t count */
	int64_t missing;
	unsigned long matched;
	long first, last;           /* bucket index range seen */
	int any;
};

static int on_row(void *vctx, const struct cs_row *row, struct cs_err *err)
{
	struct reader_ctx *c = vctx;
	const struct tab_opts *o = c->o;
	if (!cs_where_match(&o->where, row, 1))
		return 0;
	c->matched++;
	const char *v = row->value[0];
	size_t len = row->len[0];
	if (cs_is_blank(v, len)) {
		c->missing++;
		return 0;
	}
	char label[16];
	if (o->bucket) {
		int y, m, d;
		int st = cs_date_parse(v, len, &y, &m, &d);
		char shown[CS_MSG_TEXT];
		if (st == CS_DATE_FORM)
			return cs_err_at(err, CS_EXIT_DATA, c->name, row->vline[0], row->vfield[0],
					 "column '%s' has '%s', which is not a date in the form YYYY-MM-DD"
					 " (e.g. 2023-07-09)", o->by, cs_msg_text(shown, sizeof shown, v, strlen(v)));
		if (st == CS_DATE_NO_SUCH_DAY)
			return cs_err_at(err, CS_EXIT_DATA, c->name, row->vline[0], row->vfield[0],
					 "column '%s' has '%s', which is not a day of the calendar", o->by,
					 cs_msg_text(shown, sizeof shown, v, strlen(v)));
		long idx = cs_bucket_index(o->bucket, y, m, d);
		if (!c->any || idx < c->first) c->first = idx;
		if (!c->any || idx > c->last) c->last = idx;
		c->any = 1;
		cs_bucket_label(o->bucket, idx, label, sizeof label);
		v = label;
		len = strlen(label);
	}
	int64_t *g = cs_groups_get(&c->groups, v, len);
	if (!g)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	(*g)++;
	return 0;
}

/* Merge reading context b into a. */
static int merge_ctx(struct reader_ctx *a, const struct reader_ctx *b)
{
	if (cs_groups_add_counts(&a->groups, &b->groups) != 0)
		return -1;
	a->missing += b->missing;
	a->matched += b->matched;
	if (b->any) {
		if (!a->any || b->first < a->first) a->first = b->first;
		if (!a->any || b->last > a->last) a->last = b->last;
		a->any = 1;
	}
	return 0;
}

static int run_file(const struct tab_opts *o, const char *path, struct cs_table *t, struct cs_err *err)
{
	/* one context per reading thread, merged afterwards */
	int nctx = cs_common_threads(&o->common);
	struct reader_ctx *ctx = cs_thread_blocks((size_t)nctx, sizeof *ctx, NULL);
	void **ctxp = calloc((size_t)nctx, sizeof *ctxp);
	const char *want[] = { o->by };
	size_t nc;
	const char **cols = cs_rows_columns(want, 1, &o->where, &nc, NULL);
	if (!ctx || !ctxp || !cols) {
		free(ctx), free(ctxp), free(cols);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	for (int k = 0; k < nctx; k++) {
		ctx[k].o = o;
		ctx[k].name = cs_input_name(path);
		cs_groups_init(&ctx[k].groups, sizeof(int64_t));
		ctxp[k] = &ctx[k];
	}
	unsigned long nrows = 0;
	int rc = cs_csv_read_parallel(path, cols, nc, on_row, ctxp, nctx, &nrows, err);
	free(cols);
	for (int k = 1; !rc && k < nctx; k++)
		if (merge_ctx(&ctx[0], &ctx[k]) != 0)
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	struct reader_ctx *c = &ctx[0];
	if (!rc)
		rc = cs_rows_check(c->name, nrows, c->matched, err);
	if (!rc && c->groups.n == 0)
		rc = cs_err_at(err, CS_EXIT_DATA, c->name, 0, 0, "column '%s' is empty in every %srow:"
			       " there is nothing to count", o->by, o->where.n ? "selected " : "");
	/* counts over time: the empty months (years) in between are categories too */
	for (long i = c->first; !rc && c->any && i <= c->last; i++) {
		char label[16];
		cs_bucket_label(o->bucket, i, label, sizeof label);
		if (!cs_groups_get(&c->groups, label, strlen(label)))
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	struct cats cats = { c->groups.n, NULL, NULL, 0, c->missing };
	if (!rc) {
		cats.name = malloc(cats.k * sizeof *cats.name);
		cats.count = malloc(cats.k * sizeof *cats.count);
		if (!cats.name || !cats.count)
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	for (size_t i = 0; !rc && i < cats.k; i++) {
		cats.name[i] = c->groups.key[i];
		cats.count[i] = *(int64_t *)cs_groups_value(&c->groups, i);
		cats.n += cats.count[i];
	}
	if (!rc)
		rc = emit(o, &cats, t, err);
	free(cats.name);
	free(cats.count);
	for (int k = 0; k < nctx; k++)
		cs_groups_free(&ctx[k].groups);
	free(ctx);
	free(ctxp);
	return rc;
}

/* ---- the calculator -------------------------------------------------- */

static int run_counts(const struct tab_opts *o, const struct cs_args *a, struct cs_table *t,
		      struct cs_err *err)
{
	struct cs_named_list l = { NULL, 0 };
	int rc = 0;
	for (int i = 0; !rc && i < a->noperands; i++)
		rc = cs_named_add(&l, a->operands[i], CS_PROP_MAX_N, "tab", "count",
				    "Kaspi=120 (to read a file, add --by COL)", err);
	struct cats cats = { l.n, NULL, NULL, 0, 0 };
	if (!rc) {
		cats.name = malloc(l.n * sizeof *cats.name);
		cats.count = malloc(l.n * sizeof *cats.count);
		if (!cats.name || !cats.count)
			rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	for (size_t i = 0; !rc && i < l.n; i++) {
		cats.name[i] = l.item[i].name;
		cats.count[i] = l.item[i].count;
		if (cats.n > CS_PROP_MAX_N - cats.count[i])
			rc = cs_err_usage(err, "tab", "the counts add up to more than %lld",
					  (long long)CS_PROP_MAX_N);
		else
			cats.n += cats.count[i];
	}
	if (!rc && cats.n == 0)
		rc = cs_err_usage(err, "tab", "all counts are 0: there are no cases to share out");
	if (!rc)
		rc = emit(o, &cats, t, err);
	free(cats.name);
	free(cats.count);
	cs_named_free(&l);
	return rc;
}

/* ---- options --------------------------------------------------------- */

static int set_method(struct tab_opts *o, const char *name, struct cs_err *err)
{
	if (strcmp(name, "all") == 0) {
		o->method = NULL;
		return 0;
	}
	if ((o->method = cs_multinom_method_find(name)) != NULL)
		return 0;
	char list[256];
	size_t k = 0;
	for (size_t i = 0; i < cs_multinom_nmethods && k < sizeof list; i++)
		k += (size_t)snprintf(list + k, sizeof list - k, "%s%s", i ? ", " : "",
				      cs_multinom_methods[i].name);
	return cs_err_usage(err, "tab", "unknown method '%s'; the methods are: %s, all", name, list);
}

static int set_by(struct tab_opts *o, const char *spec, struct cs_err *err)
{
	free(o->by);
	int st = cs_bucket_spec(spec, &o->by, &o->bucket);
	if (st == -1)
		return cs_err_usage(err, "tab", "invalid --by '%s': after ':' write year, quarter, month, week or day"
				    " (e.g. --by date:month)", spec);
	if (st != 0)
		return o->by ? cs_err_set(err, CS_EXIT_ENV, "out of memory")
			     : cs_err_usage(err, "tab", "invalid --by '%s': name a column", spec);
	return 0;
}

int cmd_tab(int argc, char **argv, struct cs_err *err)
{
	struct tab_opts o;
	memset(&o, 0, sizeof o);
	cs_common_init(&o.common);
	o.method = cs_multinom_method_default();

	if (cs_args_wants_help(argc, argv)) {
		help();
		return 0;
	}
	struct cs_args a;
	int rc = cs_args_init(&a, "tab", cmd_tab_options, argc, argv, err);
	if (rc)
		return rc;
	int key;
	while (!rc && (key = cs_common_next(&a, &o.common, err)) != 0) {
		if (key < 0) {
			rc = CS_EXIT_USAGE;
			break;
		}
		switch (key) {
		case OPT_BY: rc = set_by(&o, a.value, err); break;
		case OPT_WHERE: rc = cs_where_add(&o.where, a.value, "tab", err); break;
		case OPT_METHOD: rc = set_method(&o, a.value, err); break;
		case OPT_SORT:
			if (strcmp(a.value, "count") == 0) o.sort = SORT_COUNT;
			else if (strcmp(a.value, "name") == 0) o.sort = SORT_NAME;
			else rc = cs_err_usage(err, "tab", "invalid --sort '%s': use count or name", a.value);
			break;
		}
	}
	if (!rc && o.common.help) {
		help();
		goto out;
	}
	if (!rc && !o.by && o.where.n)
		rc = cs_err_usage(err, "tab", "--where needs a FILE and --by COL");
	if (!rc && o.by && a.noperands != 1)
		rc = cs_err_usage(err, "tab", a.noperands ? "give one input FILE (or - for standard input)"
				  : "missing input FILE (or - for standard input)");
	if (!rc && !o.by && a.noperands == 0)
		rc = cs_err_usage(err, "tab", "nothing to do: give counts (e.g. 120,80,45) or a FILE with --by COL");

	struct cs_plot_target plot = { 0 };
	if (!rc && o.common.plot)
		rc = cs_plot_target_init(&plot, o.common.plot, "tab", err);
	struct cs_table t;
	cs_table_init(&t, columns, cs_hide_ncols(o.common.min_cell, NCOLS));
	if (!rc)
		rc = o.by ? run_file(&o, a.operands[0], &t, err) : run_counts(&o, &a, &t, err);
	if (!rc)
		rc = cs_common_emit(&o.common, &t, err);
	if (!rc && o.common.plot)
		rc = cs_plot_tab_table(&plot, &t, o.common.conf, o.by,
				       o.bucket ? cs_bucket_name(o.bucket) : NULL, o.common.min_cell, err);
	cs_plot_target_free(&plot);
	cs_table_free(&t);
out:
	cs_args_free(&a);
	cs_wheres_free(&o.where);
	free(o.by);
	return rc;
}
