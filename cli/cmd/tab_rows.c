/* tab_rows.c - the rows of casestat tab: the categories in order (by
 * count or by name), their --min-cell decisions (the counts add up to n),
 * and one row per category and method with its interval. */
#include "cli/cmd/tab.h"
#include "cli/frame/finish.h"
#include "analysis/status.h"

#include <stdlib.h>
#include <string.h>

const struct cs_column cs_tab_columns[CS_TAB_NCOLS] = {
	CS_COL_LABEL("category"), CS_COL_COUNT("count"), CS_COL_COUNT("n"), CS_COL_COUNT("missing"),
	CS_COLS_INTERVAL("share", "%.4f"),
};

static int digits_only(const char *s)
{
	return *s && strspn(s, "0123456789") == strlen(s);
}

/* Name order: labels of digits only first, by numeric value (length after
 * leading zeros, then digits), then all others in byte order; a total order. */
static int name_cmp(const char *a, const char *b)
{
	int da = digits_only(a), db = digits_only(b);
	if (da != db)
		return da ? -1 : 1;
	if (da) {
		const char *pa = a + strspn(a, "0"), *pb = b + strspn(b, "0");
		pa -= *pa == '\0';
		pb -= *pb == '\0';
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
	const struct tab_cats *c;
	enum tab_sort key;
	const enum cs_sup_why *why;
};

static int order_cmp(const void *va, const void *vb, void *vctx)
{
	const struct order_ctx *o = vctx;
	size_t i = *(const size_t *)va, j = *(const size_t *)vb;
	/* by count, hidden counts go last by name: their place must not tell
	 * how large they are */
	int hi = o->why[i] != CS_SUP_SHOWN, hj = o->why[j] != CS_SUP_SHOWN;
	if (o->key == SORT_COUNT && hi != hj)
		return hi - hj;
	if (o->key == SORT_COUNT && !hi && o->c->count[i] != o->c->count[j])
		return o->c->count[i] > o->c->count[j] ? -1 : 1;
	int c = name_cmp(o->c->name[i], o->c->name[j]);
	return c ? c : (i < j ? -1 : i > j);
}

/* --min-cell: the categories add up to n (shown on every row). */
static int decide(const struct tab_cats *c, int64_t k, enum cs_sup_why *why, enum cs_sup_why *n_why)
{
	struct cs_sup_table s;
	cs_sup_init(&s);
	size_t *m = malloc((c->k ? c->k : 1) * sizeof *m);
	int rc = m ? CS_OK : CS_ENOMEM;
	for (size_t i = 0; rc == CS_OK && i < c->k; i++) {
		long idx = cs_sup_add_cell(&s, c->count[i], 1);
		rc = idx < 0 ? CS_ENOMEM : CS_OK;
		m[i] = (size_t)idx;
	}
	long total = rc == CS_OK ? cs_sup_add_cell(&s, c->n, 1) : -1;
	if (rc == CS_OK)
		rc = total < 0 ? CS_ENOMEM : cs_sup_add_rel(&s, (size_t)total, m, c->k);
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

int cs_tab_emit(const struct cs_job *job, const struct tab_cats *c, struct cs_result *res, struct cs_err *err)
{
	const struct tab_opts *o = job->opts;
	int64_t k = job->common->min_cell;
	double conf = job->common->conf;
	size_t first = o->method ? (size_t)(o->method - cs_multinom_methods) : 0;
	size_t last = o->method ? first + 1 : cs_multinom_nmethods;
	enum cs_sup_why *why = calloc(c->k ? c->k : 1, sizeof *why), n_why = CS_SUP_SHOWN;
	size_t *order = malloc((c->k ? c->k : 1) * sizeof *order);
	struct cs_interval *ci = malloc((c->k ? c->k : 1) * cs_multinom_nmethods * sizeof *ci);
	int rc = 0;
	if (!order || !ci || !why || (k > 0 && decide(c, k, why, &n_why) != CS_OK) ||
	    cs_result_init(res, cs_tab_columns, CS_TAB_NCOLS, k) != 0)
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t mi = first; !rc && mi < last; mi++) {
		int st = cs_multinom_ci(&cs_multinom_methods[mi], c->count, c->k, conf, ci + mi * c->k);
		if (st != CS_OK)
			rc = cs_err_set(err, CS_EXIT_DATA, "cannot compute the %s intervals: %s",
					cs_multinom_methods[mi].name, cs_strerror(st));
	}
	if (!rc) {
		for (size_t i = 0; i < c->k; i++)
			order[i] = i;
		struct order_ctx oc = { c, o->sort != SORT_DEFAULT ? o->sort : o->bucket ? SORT_NAME : SORT_COUNT, why };
		qsort_r(order, c->k, sizeof *order, order_cmp, &oc);
	}
	enum cs_sup_why m_why = cs_hide_why(c->missing, k);
	for (size_t r = 0; !rc && r < c->k; r++) {
		size_t i = order[r];
		for (size_t mi = first; mi < last; mi++) {
			const struct cs_multinom_method *m = &cs_multinom_methods[mi];
			const struct cs_interval *v = &ci[mi * c->k + i];
			long rr = cs_result_add_row(res);
			if (rr < 0) {
				rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
				break;
			}
			size_t row = (size_t)rr;
			struct tab_row d = { m, c->k };
			cs_result_text(res, row, TAB_CAT, c->name[i]);
			cs_result_count(res, row, TAB_COUNT, c->count[i], why[i], "the count of this category", 1);
			cs_result_count(res, row, TAB_N, c->n, n_why, "the total n", 1);
			cs_result_count(res, row, TAB_MISSING, c->missing, m_why, "the number of rows with an empty value", 0);
			cs_result_real(res, row, TAB_SHARE, v->estimate);
			cs_result_real(res, row, TAB_LO, v->lower);
			cs_result_real(res, row, TAB_HI, v->upper);
			cs_result_real(res, row, TAB_CONF, conf);
			cs_result_method(res, row, (struct cs_method_ref){ m->name, m->title, m->reference });
			cs_result_rests_on(res, row, "the share and its interval", c->name[i]);
			cs_result_data(res, row, &d, sizeof d);
		}
	}
	free(order);
	free(ci);
	free(why);
	return rc;
}
