/* sheet_row.c - the row being read, cell by cell, and its delivery to the
 * caller (sheet_impl.h).  One buffer per read, reused from row to row:
 * memory is that of the widest row. */
#include "cli/io/sheet_impl.h"

#include <stdlib.h>
#include <string.h>

static const char empty[] = "";

#define CLOSED ((size_t)-1)

static int fail_col(struct cs_sheet_ctx *s, unsigned long row, size_t col)
{
	char ref[32];
	cs_sheet_cellref(ref, sizeof ref, row, CS_SHEET_MAX_COLS - 1);
	return cs_sheet_fail(s, row, (size_t)-1, "a cell in column %zu, past the last column a sheet may have (%s)",
			     col + 1, ref);
}

/* Room for cells 0..col. */
static int cells_upto(struct cs_sheet_ctx *s, size_t col)
{
	struct cs_rowbuf *rb = &s->rb;
	if (col < rb->cap)
		return 0;
	size_t cap = rb->cap ? rb->cap : 16;
	while (cap <= col)
		cap *= 2;
	size_t *off = realloc(rb->off, cap * sizeof *off);
	if (off)
		rb->off = off;
	size_t *len = realloc(rb->len, cap * sizeof *len);
	if (len)
		rb->len = len;
	unsigned char *kind = realloc(rb->kind, cap);
	if (kind)
		rb->kind = kind;
	const char **value = realloc(rb->value, cap * sizeof *value);
	if (value)
		rb->value = value;
	if (!off || !len || !kind || !value)
		return cs_sheet_oom(s);
	rb->cap = cap;
	return 0;
}

/* Room for `more` bytes of text and a NUL; the row's text has a limit. */
static int text_room(struct cs_sheet_ctx *s, unsigned long row, size_t more)
{
	struct cs_rowbuf *rb = &s->rb;
	if (more > s->max_row_text || rb->tlen + more > s->max_row_text)
		return cs_sheet_fail(s, row, (size_t)-1, "the row's text is longer than %zu bytes (the limit)",
				     s->max_row_text);
	if (rb->tlen + more + 1 <= rb->tcap)
		return 0;
	size_t cap = rb->tcap ? rb->tcap : 256;
	while (cap < rb->tlen + more + 1)
		cap *= 2;
	char *t = realloc(rb->text, cap);
	if (!t)
		return cs_sheet_oom(s);
	rb->text = t;
	rb->tcap = cap;
	return 0;
}

/* Make cell col the next one: columns skipped are empty. */
static int place(struct cs_sheet_ctx *s, unsigned long row, size_t col)
{
	struct cs_rowbuf *rb = &s->rb;
	if (col >= CS_SHEET_MAX_COLS)
		return fail_col(s, row, col);
	if (col < rb->n) {
		char a[32], b[32];
		cs_sheet_cellref(a, sizeof a, row, col);
		cs_sheet_cellref(b, sizeof b, row, rb->n - 1);
		return cs_sheet_fail(s, row, (size_t)-1, "cell %s comes after %s: the sheet is damaged", a, b);
	}
	int rc = cells_upto(s, col);
	if (rc)
		return rc;
	for (size_t i = rb->n; i < col; i++)
		rb->off[i] = CLOSED, rb->len[i] = 0, rb->kind[i] = CS_SHEET_EMPTY;
	return 0;
}

int cs_row_open(struct cs_sheet_ctx *s, unsigned long row, size_t col)
{
	struct cs_rowbuf *rb = &s->rb;
	int rc = place(s, row, col);
	if (rc)
		return rc;
	rb->open = col;
	rb->open_at = rb->tlen;
	return 0;
}

int cs_row_add(struct cs_sheet_ctx *s, unsigned long row, const char *text, size_t len)
{
	struct cs_rowbuf *rb = &s->rb;
	if (rb->open == CLOSED || len == 0)
		return 0;
	int rc = text_room(s, row, len);
	if (rc)
		return rc;
	memcpy(rb->text + rb->tlen, text, len);
	rb->tlen += len;
	return 0;
}

void cs_row_drop(struct cs_sheet_ctx *s)
{
	struct cs_rowbuf *rb = &s->rb;
	if (rb->open != CLOSED)
		rb->tlen = rb->open_at;
	rb->open = CLOSED;
}

int cs_row_close(struct cs_sheet_ctx *s, int kind)
{
	struct cs_rowbuf *rb = &s->rb;
	size_t col = rb->open;
	if (col == CLOSED)
		return 0;
	rb->open = CLOSED;
	size_t len = rb->tlen - rb->open_at;
	if (len == 0)                   /* stays empty: not held */
		return 0;
	int rc = text_room(s, 0, 0);    /* the NUL */
	if (rc)
		return rc;
	rb->text[rb->tlen++] = '\0';
	rb->off[col] = rb->open_at;
	rb->len[col] = len;
	rb->kind[col] = (unsigned char)kind;
	rb->n = col + 1;
	return 0;
}

int cs_row_cell(struct cs_sheet_ctx *s, unsigned long row, size_t col, int kind,
		const char *text, size_t len)
{
	if (len == 0)           /* nothing held, wherever it is */
		return 0;
	int rc = cs_row_open(s, row, col);
	if (!rc)
		rc = cs_row_add(s, row, text, len);
	if (!rc)
		rc = cs_row_close(s, kind);
	return rc;
}

int cs_row_repeat_cell(struct cs_sheet_ctx *s, unsigned long row, size_t col, uint64_t k)
{
	struct cs_rowbuf *rb = &s->rb;
	if (k == 0 || rb->n == 0 || col != rb->n)
		return 0;
	size_t last = rb->n - 1;
	if (k > s->max_repeat || s->repeated + k > s->max_repeat)
		return cs_sheet_fail(s, row, (size_t)-1, "repeated cells make more than %llu cells (the limit)",
				     (unsigned long long)s->max_repeat);
	s->repeated += k;
	if (col + k > CS_SHEET_MAX_COLS)
		return fail_col(s, row, (size_t)(col + k - 1));
	for (uint64_t i = 0; i < k; i++) {
		size_t len = rb->len[last];
		int rc = cs_row_open(s, row, rb->n);
		if (!rc)
			rc = text_room(s, row, len + 1);
		if (rc)
			return rc;
		/* the source is read after text_room, which may move the text */
		memcpy(rb->text + rb->tlen, rb->text + rb->off[last], len);
		rb->tlen += len;
		rc = cs_row_close(s, rb->kind[last]);
		if (rc)
			return rc;
	}
	return 0;
}

int cs_row_emit(struct cs_sheet_ctx *s, unsigned long row, uint64_t k)
{
	struct cs_rowbuf *rb = &s->rb;
	size_t n = rb->n;
	rb->n = 0;
	rb->tlen = 0;
	rb->open = CLOSED;
	if (n == 0 || k == 0)
		return 0;
	if (row <= s->last_row)
		return cs_sheet_fail(s, row, (size_t)-1, "the row comes after row %lu: the sheet is damaged",
				     s->last_row);
	if (row > CS_SHEET_MAX_ROWS || k > CS_SHEET_MAX_ROWS - row + 1)
		return cs_sheet_fail(s, row > CS_SHEET_MAX_ROWS ? row : CS_SHEET_MAX_ROWS, (size_t)-1,
				     "a row past the last row a sheet may have (%lu)", CS_SHEET_MAX_ROWS);
	if (k > 1) {
		uint64_t more = (k - 1) * n;
		if (more / n != k - 1 || more > s->max_repeat || s->repeated + more > s->max_repeat)
			return cs_sheet_fail(s, row, (size_t)-1, "repeated rows make more than %llu cells (the limit)",
					     (unsigned long long)s->max_repeat);
		s->repeated += more;
	}
	for (size_t i = 0; i < n; i++)
		rb->value[i] = rb->off[i] == CLOSED ? empty : rb->text + rb->off[i];
	struct cs_sheet_row r = { .n = n, .value = rb->value, .len = rb->len, .kind = rb->kind,
				  .sheet = s->sheet ? s->sheet : "" };
	for (uint64_t i = 0; i < k; i++) {
		r.row = row + (unsigned long)i;
		s->last_row = r.row;
		int rc = s->fn(s->ctx, &r, s->err);
		if (rc)
			return rc;
	}
	return 0;
}

void cs_row_free(struct cs_rowbuf *rb)
{
	free(rb->text);
	free(rb->off);
	free(rb->len);
	free(rb->kind);
	free(rb->value);
	memset(rb, 0, sizeof *rb);
}
