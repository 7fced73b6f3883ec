/* result.c - the typed result of a command (see result.h). */
#include "cli/core/result.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int cs_result_init(struct cs_result *r, const struct cs_column *cols, size_t n, int64_t min_cell)
{
	memset(r, 0, sizeof *r);
	r->min_cell = min_cell > 0 ? min_cell : 0;
	r->ncols = n + (r->min_cell > 0);
	r->cols = calloc(r->ncols ? r->ncols : 1, sizeof *r->cols);
	if (!r->cols) {
		r->failed = 1;
		return -1;
	}
	memcpy(r->cols, cols, n * sizeof *cols);
	if (r->min_cell > 0)
		r->cols[n] = (struct cs_column){ "suppressed", CS_COL_TEXT, NULL, CS_ROLE_SUPPRESSED };
	return 0;
}

void cs_result_free(struct cs_result *r)
{
	for (size_t i = 0; i < r->nrows * r->ncols; i++) {
		free(r->cells[i].text);
		free(r->cells[i].human);
	}
	for (size_t k = 0; k < r->nrows; k++) {
		free(r->row[k].explain);
		free(r->row[k].label);
		free(r->row[k].data);
	}
	free(r->cells);
	free(r->row);
	free(r->cols);
	memset(r, 0, sizeof *r);
}

int cs_result_ok(const struct cs_result *r)
{
	return !r->failed;
}

long cs_result_add_row(struct cs_result *r)
{
	if (r->failed)
		return -1;
	if (r->nrows == r->cap) {
		size_t cap = r->cap ? 2 * r->cap : 8;
		struct cs_cell *c = realloc(r->cells, cap * r->ncols * sizeof *c);
		if (c)
			r->cells = c;
		struct cs_rowinfo *ri = c ? realloc(r->row, cap * sizeof *ri) : NULL;
		if (!ri) {
			r->failed = 1;
			return -1;
		}
		r->row = ri;
		r->cap = cap;
	}
	size_t k = r->nrows++;
	memset(&r->cells[k * r->ncols], 0, r->ncols * sizeof *r->cells);
	memset(&r->row[k], 0, sizeof r->row[k]);
	if (r->min_cell > 0)
		cs_result_bool(r, k, r->ncols - 1, 0);
	return (long)k;
}

static struct cs_cell *cell(const struct cs_result *r, size_t row, size_t col)
{
	return &r->cells[row * r->ncols + col];
}

/* Replace the text of a cell by a copy of s (or by nothing); any label for
 * people goes with the old value. */
static void set_text(struct cs_result *r, struct cs_cell *c, const char *s)
{
	char *copy = s ? strdup(s) : NULL;
	if (s && !copy)
		r->failed = 1;
	free(c->text);
	c->text = copy;
	free(c->human);
	c->human = NULL;
}

void cs_result_human(struct cs_result *r, size_t row, size_t col, const char *s)
{
	struct cs_cell *c = cell(r, row, col);
	char *copy = strdup(s);
	if (!copy)
		r->failed = 1;
	free(c->human);
	c->human = copy;
}

void cs_result_text(struct cs_result *r, size_t row, size_t col, const char *s)
{
	struct cs_cell *c = cell(r, row, col);
	set_text(r, c, s);
	c->kind = c->text ? CS_CELL_TEXT : CS_CELL_EMPTY;
}

void cs_result_int(struct cs_result *r, size_t row, size_t col, int64_t v)
{
	struct cs_cell *c = cell(r, row, col);
	set_text(r, c, NULL);
	c->kind = CS_CELL_INT;
	c->i = v;
}

void cs_result_real(struct cs_result *r, size_t row, size_t col, double v)
{
	struct cs_cell *c = cell(r, row, col);
	set_text(r, c, NULL);
	c->kind = isfinite(v) ? CS_CELL_REAL : CS_CELL_EMPTY;
	c->d = v;
}

void cs_result_bool(struct cs_result *r, size_t row, size_t col, int v)
{
	struct cs_cell *c = cell(r, row, col);
	set_text(r, c, NULL);
	c->kind = CS_CELL_BOOL;
	c->i = v != 0;
}

void cs_result_hidden(struct cs_result *r, size_t row, size_t col, const char *mark)
{
	struct cs_cell *c = cell(r, row, col);
	set_text(r, c, mark);
	c->kind = c->text ? CS_CELL_HIDDEN : CS_CELL_EMPTY;
}

void cs_result_method(struct cs_result *r, size_t row, struct cs_method_ref m)
{
	r->row[row].method = m;
	for (size_t c = 0; c < r->ncols; c++)
		if (r->cols[c].role == CS_ROLE_METHOD)
			cs_result_text(r, row, c, m.name);
}

size_t cs_result_count(struct cs_result *r, size_t row, long col, int64_t v, enum cs_sup_why why,
		       const char *name, int key)
{
	struct cs_rowinfo *ri = &r->row[row];
	if (ri->ncount == CS_ROW_MAX_COUNTS) {
		r->failed = 1;     /* a programming error, reported as a failure */
		return CS_ROW_MAX_COUNTS - 1;
	}
	ri->count[ri->ncount] = (struct cs_count){ col, v, r->min_cell > 0 ? why : CS_SUP_SHOWN, name, key };
	if (col >= 0)
		cs_result_int(r, row, (size_t)col, v);
	return ri->ncount++;
}

void cs_result_rests_on(struct cs_result *r, size_t row, const char *what, const char *label)
{
	struct cs_rowinfo *ri = &r->row[row];
	ri->rests_on = what;
	free(ri->label);
	ri->label = label ? strdup(label) : NULL;
	if (label && !ri->label)
		r->failed = 1;
}

void cs_result_data(struct cs_result *r, size_t row, const void *data, size_t size)
{
	struct cs_rowinfo *ri = &r->row[row];
	free(ri->data);
	ri->data = malloc(size ? size : 1);
	if (!ri->data)
		r->failed = 1;
	else
		memcpy(ri->data, data, size);
}

void cs_result_explain(struct cs_result *r, size_t row, const char *s)
{
	struct cs_rowinfo *ri = &r->row[row];
	char *copy = s ? strdup(s) : NULL;
	if (s && !copy)
		r->failed = 1;
	free(ri->explain);
	ri->explain = copy;
}

const struct cs_cell *cs_result_cell(const struct cs_result *r, size_t row, size_t col)
{
	return cell(r, row, col);
}

double cs_result_num(const struct cs_result *r, size_t row, size_t col)
{
	const struct cs_cell *c = cell(r, row, col);
	return c->kind == CS_CELL_INT ? (double)c->i : c->kind == CS_CELL_REAL ? c->d : NAN;
}

const char *cs_result_str(const struct cs_result *r, size_t row, size_t col)
{
	const struct cs_cell *c = cell(r, row, col);
	return c->kind == CS_CELL_TEXT ? c->text : "";
}

int cs_result_is_hidden(const struct cs_result *r, size_t row, size_t col)
{
	return cell(r, row, col)->kind == CS_CELL_HIDDEN;
}

int cs_result_shown(const struct cs_result *r, size_t row, size_t i, int64_t *v)
{
	const struct cs_count *c = &r->row[row].count[i];
	if (c->why != CS_SUP_SHOWN)
		return 0;
	*v = c->v;
	return 1;
}

int64_t cs_result_shown_or_0(const struct cs_result *r, size_t row, size_t i)
{
	int64_t v = 0;
	return cs_result_shown(r, row, i, &v) ? v : 0;
}

const void *cs_result_row_data(const struct cs_result *r, size_t row)
{
	return r->row[row].data;
}

int cs_result_any_hidden(const struct cs_result *r)
{
	for (size_t k = 0; k < r->nrows; k++)
		if (r->row[k].suppressed)
			return 1;
	return 0;
}
