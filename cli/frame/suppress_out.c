/* suppress_out.c - small-cell suppression in a command's output (see
 * suppress_out.h). */
#include "cli/frame/suppress_out.h"
#include "analysis/status.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

size_t cs_hide_ncols(int64_t k, size_t n)
{
	return k > 0 ? n + 1 : n;
}

enum cs_sup_why cs_hide_why(int64_t v, int64_t k)
{
	return cs_sup_small(v, k) ? CS_SUP_SMALL : CS_SUP_SHOWN;
}

int cs_hide_proportion(int64_t x, int64_t n, int64_t k, enum cs_sup_why *x_why, enum cs_sup_why *n_why)
{
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

int cs_hide_any(const struct cs_hide_count *c, size_t nc, int key_only)
{
	for (size_t i = 0; i < nc; i++)
		if (c[i].why != CS_SUP_SHOWN && (c[i].key || !key_only))
			return 1;
	return 0;
}

/* "the count x" -> "The count x" (ASCII first letters only). */
static void capital(struct cs_text *t, const char *s, int first)
{
	if (first && s[0] >= 'a' && s[0] <= 'z')
		cs_text_add(t, "%c%s", s[0] - 'a' + 'A', s + 1);
	else
		cs_text_add(t, "%s", s);
}

/* Why each hidden count of c (key ones, or the others) is hidden. */
static void reasons(struct cs_text *t, int64_t k, const struct cs_hide_count *c, size_t nc, int key,
		    int first)
{
	char mark[32];
	cs_hide_mark(mark, sizeof mark, k);
	int n = 0, printed = 0;
	for (size_t i = 0; i < nc; i++) {
		if (c[i].why == CS_SUP_SHOWN || (c[i].key != 0) != key)
			continue;
		printed |= c[i].col >= 0;
		if (n++)
			cs_text_add(t, "; ");
		capital(t, c[i].name, first && n == 1);
		switch (c[i].why) {
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

int cs_hide_row(struct cs_table *t, size_t row, int64_t k, const struct cs_hide_count *c, size_t nc,
		const size_t *est_cols, size_t nest, const char *est_name, const char *label, int explain)
{
	if (k <= 0)
		return 0;
	char mark[32];
	cs_hide_mark(mark, sizeof mark, k);
	for (size_t i = 0; i < nc; i++)
		if (c[i].why != CS_SUP_SHOWN && c[i].col >= 0 && cs_table_hidden(t, row, (size_t)c[i].col, mark) != 0)
			return -1;
	int key = cs_hide_any(c, nc, 1), any = cs_hide_any(c, nc, 0), shown_hidden = key && nest > 0;
	for (size_t i = 0; key && i < nest; i++)
		cs_table_real(t, row, est_cols[i], NAN);
	for (size_t i = 0; i < nc; i++)
		shown_hidden |= c[i].why != CS_SUP_SHOWN && c[i].col >= 0;
	/* the flag is about the row's cells; a count only a sentence names is
	 * left out of the sentence instead */
	cs_table_bool(t, row, t->ncols - 1, shown_hidden);
	if (!explain || !any)
		return 0;

	struct cs_text s = CS_TEXT_INIT;
	if (key) {
		if (label)
			cs_text_add(&s, "%s: ", label[0] ? label : "(empty)");
		cs_text_add(&s, "Hidden under --min-cell %lld, which keeps counts from 1 to %lld out of"
			    " published tables. ", (long long)k, (long long)(k - 1));
		reasons(&s, k, c, nc, 1, 1);
		if (est_name && nest) {
			int plural = strstr(est_name, " and ") != NULL;
			cs_text_add(&s, " ");
			capital(&s, est_name, 1);
			cs_text_add(&s, " %s not shown either: %s would reveal what is hidden.",
				    plural ? "are" : "is", plural ? "they" : "it");
		}
		/* other counts of the row hidden too */
		struct cs_text side = CS_TEXT_INIT;
		reasons(&side, k, c, nc, 0, 1);
		if (side.n)
			cs_text_add(&s, " %s", cs_text_str(&side));
	} else {
		const char *old = t->explain[row];
		if (old)
			cs_text_add(&s, "%s ", old);
		reasons(&s, k, c, nc, 0, 1);
		cs_text_add(&s, " It is hidden under --min-cell %lld.", (long long)k);
	}
	return cs_table_explain(t, row, cs_text_str(&s));
}
