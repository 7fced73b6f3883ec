/* finish.c - suppression and explanations of a result (see finish.h). */
#include "cli/frame/finish.h"
#include "analysis/status.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum cs_sup_why cs_hide_why(int64_t v, int64_t k)
{
	return cs_sup_small(v, k) ? CS_SUP_SMALL : CS_SUP_SHOWN;
}

int cs_hide_proportion(int64_t x, int64_t n, int64_t k, enum cs_sup_why *x_why, enum cs_sup_why *n_why)
{
	*x_why = *n_why = CS_SUP_SHOWN;
	if (k <= 0)
		return CS_OK;
	if (x < 0 || x > n) {
		*x_why = *n_why = CS_SUP_SMALL;
		return CS_EDOM;
	}
	struct cs_sup_table s;
	cs_sup_init(&s);
	long ix = cs_sup_add_cell(&s, x, 1), ifail = cs_sup_add_cell(&s, n - x, 0), in = cs_sup_add_cell(&s, n, 1);
	int st = ix < 0 || ifail < 0 || in < 0 ? CS_ENOMEM : CS_OK;
	size_t m[2] = { (size_t)ix, (size_t)ifail };
	if (st == CS_OK)
		st = cs_sup_add_rel(&s, (size_t)in, m, 2);
	if (st == CS_OK)
		st = cs_sup_decide(&s, k);
	*x_why = st == CS_OK ? s.cell[ix].why : CS_SUP_SMALL;
	*n_why = st == CS_OK ? s.cell[in].why : CS_SUP_SMALL;
	cs_sup_free(&s);
	return st;
}

void cs_hide_mark(char *buf, size_t size, int64_t k)
{
	snprintf(buf, size, "<%lld", (long long)k);
}

void cs_hide_text(char *buf, size_t size, int64_t v, enum cs_sup_why why, int64_t k)
{
	if (k > 0 && why != CS_SUP_SHOWN)
		cs_hide_mark(buf, size, k);
	else
		snprintf(buf, size, "%lld", (long long)v);
}

/* Is any count of the row hidden?  Any key count? */
static int any_hidden(const struct cs_rowinfo *ri, int key_only)
{
	for (size_t i = 0; i < ri->ncount; i++)
		if (ri->count[i].why != CS_SUP_SHOWN && (ri->count[i].key || !key_only))
			return 1;
	return 0;
}

/* Is column c one of the row's count cells? */
static int is_count_col(const struct cs_rowinfo *ri, size_t c)
{
	for (size_t i = 0; i < ri->ncount; i++)
		if (ri->count[i].col == (long)c)
			return 1;
	return 0;
}

static int rests_on_counts(enum cs_role role)
{
	return role == CS_ROLE_ESTIMATE || role == CS_ROLE_LOWER || role == CS_ROLE_UPPER;
}

/* "the count x" -> "The count x" (ASCII first letters only). */
static void capital(struct cs_text *t, const char *s, int first)
{
	if (first && s[0] >= 'a' && s[0] <= 'z')
		cs_text_add(t, "%c%s", s[0] - 'a' + 'A', s + 1);
	else
		cs_text_add(t, "%s", s);
}

/* Why each hidden count of the row (key ones, or the others) is hidden. */
static void reasons(struct cs_text *t, int64_t k, const struct cs_rowinfo *ri, int key)
{
	char mark[32];
	cs_hide_mark(mark, sizeof mark, k);
	int n = 0, printed = 0;
	for (size_t i = 0; i < ri->ncount; i++) {
		const struct cs_count *c = &ri->count[i];
		if (c->why == CS_SUP_SHOWN || (c->key != 0) != key)
			continue;
		printed |= c->col >= 0;
		if (n++)
			cs_text_add(t, "; ");
		capital(t, c->name, n == 1);
		switch (c->why) {
		case CS_SUP_SMALL:
			cs_text_add(t, " is from 1 to %lld", (long long)(k - 1));
			break;
		case CS_SUP_COMPLEMENT:
			cs_text_add(t, " is hidden because it would reveal a count from 1 to %lld: the rest of"
				    " a total it is part of", (long long)(k - 1));
			break;
		case CS_SUP_SECONDARY:
			cs_text_add(t, " is hidden because with the totals it would let another hidden count"
				    " be worked out by subtraction");
			break;
		case CS_SUP_SHOWN:
			break;
		}
	}
	if (n)
		cs_text_add(t, printed ? " (printed as %s)." : ".", mark);
}

/* Hide the row's hidden counts and what rests on them; returns how many
 * estimate cells there are (the sentence says they are not shown). */
static size_t apply(struct cs_result *r, size_t row)
{
	struct cs_rowinfo *ri = &r->row[row];
	char mark[32];
	cs_hide_mark(mark, sizeof mark, r->min_cell);
	int key = any_hidden(ri, 1), flag = 0;
	size_t nest = 0;
	for (size_t c = 0; c < r->ncols; c++) {
		if (!rests_on_counts(r->cols[c].role) || is_count_col(ri, c))
			continue;
		nest++;
		if (key)
			cs_result_real(r, row, c, NAN);
	}
	flag = key && nest > 0;
	for (size_t i = 0; i < ri->ncount; i++) {
		struct cs_count *c = &ri->count[i];
		if (c->why == CS_SUP_SHOWN)
			continue;
		c->v = 0;      /* nothing after this point can read it */
		if (c->col >= 0) {
			cs_result_hidden(r, row, (size_t)c->col, mark);
			flag = 1;
		}
	}
	ri->suppressed = flag;
	cs_result_bool(r, row, r->ncols - 1, flag);
	return nest;
}

/* The sentences of a row whose key counts are hidden. */
static void hidden_row(struct cs_text *s, int64_t k, const struct cs_rowinfo *ri, size_t nest)
{
	if (ri->label)
		cs_text_add(s, "%s: ", ri->label[0] ? ri->label : "(empty)");
	cs_text_add(s, "Hidden under --min-cell %lld, which keeps counts from 1 to %lld out of"
		    " published tables. ", (long long)k, (long long)(k - 1));
	reasons(s, k, ri, 1);
	if (ri->rests_on && nest) {
		int plural = strstr(ri->rests_on, " and ") != NULL;
		cs_text_add(s, " ");
		capital(s, ri->rests_on, 1);
		cs_text_add(s, " %s not shown either: %s would reveal what is hidden.", plural ? "are" : "is",
			    plural ? "they" : "it");
	}
	struct cs_text side = CS_TEXT_INIT;
	reasons(&side, k, ri, 0);
	if (side.n)
		cs_text_add(s, " %s", cs_text_str(&side));
	s->failed |= side.failed;
	cs_text_free(&side);
}

int cs_result_finish(struct cs_result *r, int explain, cs_explain_fn fn, const struct cs_job *job)
{
	for (size_t row = 0; row < r->nrows; row++) {
		struct cs_rowinfo *ri = &r->row[row];
		size_t nest = r->min_cell > 0 ? apply(r, row) : 0;
		if (!explain)
			continue;
		struct cs_text s = CS_TEXT_INIT;
		if (r->min_cell > 0 && any_hidden(ri, 1)) {
			hidden_row(&s, r->min_cell, ri, nest);
		} else {
			if (fn)
				fn(job, r, row, &s);
			if (r->min_cell > 0 && any_hidden(ri, 0)) {
				if (s.n)
					cs_text_add(&s, " ");
				reasons(&s, r->min_cell, ri, 0);
				cs_text_add(&s, " It is hidden under --min-cell %lld.", (long long)r->min_cell);
			}
		}
		if (s.failed)
			r->failed = 1;
		else if (s.n)
			cs_result_explain(r, row, cs_text_str(&s));
		cs_text_free(&s);
	}
	return cs_result_ok(r) ? 0 : -1;
}
