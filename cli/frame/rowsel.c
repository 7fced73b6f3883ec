/* rowsel.c - --success and --where (see rowsel.h). */
#include "cli/frame/rowsel.h"
#include "cli/io/input.h"
#include "cli/core/values.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Blanks around COL and VALUE are dropped ("region = Almaty" in a recipe). */
static char *trimmed_copy(const char *s, size_t len)
{
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	return strndup(s, len);
}

int cs_where_add(struct cs_wheres *ws, const char *spec, const char *cmd, struct cs_err *err)
{
	const char *eq = strchr(spec, '=');
	if (!eq || eq == spec)
		return cs_err_usage(err, cmd, "invalid --where '%s': write COL=VALUE", spec);
	struct cs_where *w = realloc(ws->w, (ws->n + 1) * sizeof *w);
	if (!w)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	ws->w = w;
	char *col = trimmed_copy(spec, (size_t)(eq - spec));
	char *value = trimmed_copy(eq + 1, strlen(eq + 1));
	if (!col || !value) {
		free(col), free(value);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	if (!col[0]) {
		free(col), free(value);
		return cs_err_usage(err, cmd, "invalid --where '%s': name a column", spec);
	}
	ws->w[ws->n].col = col;
	ws->w[ws->n].value = value;
	ws->n++;
	return 0;
}

int cs_where_match(const struct cs_wheres *ws, const struct cs_row *row, size_t first)
{
	if (ws->n == 0)
		return 1;
	for (size_t k = 0; k < ws->n; k++)
		if (strcmp(row->value[first + k], ws->w[k].value) != 0)
			return 0;
	return 1;
}

const char **cs_rows_columns(const char *const *want, size_t n, const struct cs_wheres *ws,
			     size_t *ncols, size_t *iwhere)
{
	const char **cols = calloc(n + ws->n + 1, sizeof *cols);
	if (!cols)
		return NULL;
	size_t nc = 0;
	for (size_t i = 0; i < n; i++)
		if (want[i])
			cols[nc++] = want[i];
	if (iwhere)
		*iwhere = nc;
	for (size_t k = 0; k < ws->n; k++)
		cols[nc++] = ws->w[k].col;
	*ncols = nc;
	return cols;
}

int cs_rows_check(const char *input, unsigned long nrows, unsigned long matched, struct cs_err *err)
{
	if (nrows == 0)
		return cs_err_at(err, CS_EXIT_DATA, input, 0, 0, "no data rows after the header");
	if (matched == 0)
		return cs_err_at(err, CS_EXIT_DATA, input, 0, 0, "no row matches the --where conditions");
	return 0;
}

void cs_wheres_free(struct cs_wheres *ws)
{
	for (size_t k = 0; k < ws->n; k++) {
		free(ws->w[k].col);
		free(ws->w[k].value);
	}
	free(ws->w);
	ws->w = NULL;
	ws->n = 0;
}

int cs_success_set(struct cs_success *s, const char *spec, const char *cmd, struct cs_err *err)
{
	const char *eq = strchr(spec, '=');
	free(s->col);
	free(s->value);
	s->col = trimmed_copy(spec, eq ? (size_t)(eq - spec) : strlen(spec));
	s->value = eq ? trimmed_copy(eq + 1, strlen(eq + 1)) : NULL;
	if (!s->col || (eq && !s->value))
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (!s->col[0])
		return cs_err_usage(err, cmd, "invalid --success '%s': name a column", spec);
	return 0;
}

void cs_success_free(struct cs_success *s)
{
	free(s->col);
	free(s->value);
	s->col = s->value = NULL;
}

int cs_success_classify(const struct cs_success *s, const struct cs_cells *cells, const struct cs_row *row,
			size_t i, const char *input, struct cs_err *err)
{
	const char *v = row->value[i];
	size_t len = row->len[i];
	if (s->value) {
		if (cs_is_blank(v, len))
			return CS_SUCCESS_MISSING;
		return strcmp(v, s->value) == 0 ? CS_SUCCESS_YES : CS_SUCCESS_NO;
	}
	int b;
	int k = cs_cell_bool(cells, row, i, s->col, input, &b, err);
	if (k < 0) {
		char more[200];
		snprintf(more, sizeof more, "; leave a cell empty for missing, or use --success %s=VALUE", s->col);
		cs_err_append(err, more);
		return CS_SUCCESS_BAD;
	}
	return k == 0 ? CS_SUCCESS_MISSING : b;
}

int cs_success_count(const struct cs_success *s, const struct cs_cells *cells, const struct cs_row *row, size_t i,
		     const char *input, struct cs_success_counts *c, struct cs_err *err)
{
	int v = cs_success_classify(s, cells, row, i, input, err);
	if (v == CS_SUCCESS_BAD)
		return CS_EXIT_DATA;
	c->rows++;
	if (v == CS_SUCCESS_MISSING) {
		c->missing++;
	} else {
		c->n++;
		c->x += v;
	}
	return 0;
}

int64_t cs_success_rows(const void *counts)
{
	return ((const struct cs_success_counts *)counts)->rows;
}

void cs_success_phrase(const struct cs_success *s, struct cs_text *t)
{
	if (s->value)
		cs_text_add(t, "have %s = '%s'", s->col, s->value);
	else
		cs_text_add(t, "are marked '%s'", s->col);
}

int cs_opt_success(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err)
{
	return cs_success_set(dest, value, u->cmd, err);
}

void cs_success_check_none(const struct cs_success *s, int64_t x, int selected)
{
	if (s->value && x == 0)
		cs_warn("no %srow has %s = '%s'; values are compared exactly, letter case included: is it "
			"spelt as in the data?", selected ? "selected " : "", s->col, s->value);
}
