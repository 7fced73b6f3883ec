/* input_sheet.c - a sheet read as the CSV readers' rows (see input_sheet.h). */
#include "cli/io/input_sheet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rows {
	const char *name;
	const char *const *want;      /* requested names (the header's with all) */
	size_t nwant;
	int all;
	cs_header_fn hfn;
	cs_row_fn fn;
	void *ctx;
	char *sheet;                  /* as the rows give it, for messages */
	size_t sheet_size;
	int have_header;
	char **hdr;                   /* the header's names */
	size_t nhdr;
	size_t *col;                  /* per value: its column (A = 0) */
	const char **val;
	size_t *len;
	unsigned long *vline;
	int *vfield;
	unsigned long nrows;
};

static int oom(struct cs_err *err)
{
	return cs_err_set(err, CS_EXIT_ENV, "out of memory");
}

/* The letters of column col (A = 0). */
static void col_name(char *buf, size_t size, size_t col)
{
	cs_sheet_cellref(buf, size, 1, col);
	buf[strlen(buf) - 1] = '\0';          /* the row, "1" */
}

/* The header row: keep its names, find the requested columns. */
static int take_header(struct rows *t, const struct cs_sheet_row *r, struct cs_err *err)
{
	t->hdr = calloc(r->n, sizeof *t->hdr);
	if (!t->hdr)
		return oom(err);
	for (size_t j = 0; j < r->n; j++) {
		if (!(t->hdr[j] = strdup(r->value[j])))
			return oom(err);
		t->nhdr++;
	}
	const char *const *names = (const char *const *)t->hdr;
	if (t->all)
		t->want = names, t->nwant = t->nhdr;
	size_t n = t->nwant ? t->nwant : 1;
	t->col = calloc(n, sizeof *t->col);
	t->val = calloc(n, sizeof *t->val);
	t->len = calloc(n, sizeof *t->len);
	t->vline = calloc(n, sizeof *t->vline);
	t->vfield = calloc(n, sizeof *t->vfield);
	if (!t->col || !t->val || !t->len || !t->vline || !t->vfield)
		return oom(err);
	for (size_t i = 0; i < t->nwant; i++) {
		size_t again = 0;
		long at = t->all ? (long)i : cs_header_find(t->want[i], names, t->nhdr, &again);
		if (at < 0) {
			char msg[sizeof err->msg];
			cs_no_column_text(msg, sizeof msg, t->want[i], names, t->nhdr);
			return cs_sheet_err_at(err, CS_EXIT_DATA, t->name, r->sheet, r->row, (size_t)-1, "%s", msg);
		}
		if (!t->all && again < t->nhdr) {
			char a[16], b[16];
			col_name(a, sizeof a, (size_t)at);
			col_name(b, sizeof b, again);
			return cs_sheet_err_at(err, CS_EXIT_DATA, t->name, r->sheet, r->row, (size_t)-1,
					       "column '%s' appears twice in the header (columns %s and %s)",
					       t->want[i], a, b);
		}
		t->col[i] = (size_t)at;
		t->vfield[i] = (int)at + 1;
	}
	t->have_header = 1;
	return t->hfn ? t->hfn(t->ctx, names, t->nhdr, r->row, r->sheet, err) : 0;
}

static int on_row(void *vt, const struct cs_sheet_row *r, struct cs_err *err)
{
	struct rows *t = vt;
	if (t->sheet[0] == '\0')
		snprintf(t->sheet, t->sheet_size, "%s", r->sheet);
	if (!t->have_header)
		return take_header(t, r, err);
	/* rows end at their last non-empty cell, so one longer than the
	 * header has a value in a column without a name */
	if (r->n > t->nhdr) {
		size_t j = t->nhdr;
		while (r->len[j] == 0)
			j++;
		char last[16];
		col_name(last, sizeof last, t->nhdr - 1);
		return cs_sheet_err_at(err, CS_EXIT_DATA, t->name, r->sheet, r->row, j,
				       "a value right of the header's last column (%s): give the column a "
				       "name in the header row, or clear the cell", last);
	}
	for (size_t i = 0; i < t->nwant; i++) {
		size_t c = t->col[i];
		if (c < r->n && r->kind[c] == CS_SHEET_ERROR)
			return cs_sheet_err_at(err, CS_EXIT_DATA, t->name, r->sheet, r->row, c,
					       "the cell holds the error %s", r->value[c]);
		t->val[i] = c < r->n ? r->value[c] : "";
		t->len[i] = c < r->n ? r->len[c] : 0;
		t->vline[i] = r->row;
	}
	struct cs_row row = { r->row, t->val, t->len, t->vline, t->vfield, r->sheet };
	t->nrows++;
	return t->fn(t->ctx, &row, err);
}

int cs_workbook_read(const struct cs_workbook *w, const char *const *columns, size_t ncols,
		     cs_header_fn hfn, cs_row_fn fn, void *ctx, unsigned long *nrows,
		     char *sheet, size_t size, struct cs_err *err)
{
	struct rows t = { w->name, columns, ncols, columns == NULL, hfn, fn, ctx, sheet, size };
	sheet[0] = '\0';
	/* error cells come as values: only those the command reads are errors */
	struct cs_sheet_opts o = { .sheet = w->sheet, .name = w->name, .keep_errors = 1 };
	char *found = NULL;
	int rc = w->path ? cs_sheet_read(w->path, &o, on_row, &t, &found, err)
			 : cs_sheet_read_mem(w->buf, w->len, w->kind, &o, on_row, &t, &found, err);
	if (found)
		snprintf(sheet, size, "%s", found);
	if (!rc && !t.have_header)
		rc = cs_sheet_err_at(err, CS_EXIT_DATA, w->name, found, 0, 0, "the sheet is empty: no header row");
	free(found);
	if (nrows)
		*nrows = t.nrows;
	for (size_t j = 0; j < t.nhdr; j++)
		free(t.hdr[j]);
	free(t.hdr);
	free(t.col);
	free(t.val);
	free(t.len);
	free(t.vline);
	free(t.vfield);
	return rc;
}
