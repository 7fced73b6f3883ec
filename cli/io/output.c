/* output.c - rendering of result tables (see output.h). */
#include "cli/io/output.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

int cs_format_parse(const char *s)
{
	if (strcmp(s, "table") == 0) return CS_FMT_TABLE;
	if (strcmp(s, "csv") == 0) return CS_FMT_CSV;
	if (strcmp(s, "json") == 0) return CS_FMT_JSON;
	if (strcmp(s, "md") == 0 || strcmp(s, "markdown") == 0) return CS_FMT_MD;
	return -1;
}

size_t cs_display_width(const char *s)
{
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t w = 0, len = strlen(s);
	while (len) {
		wchar_t wc;
		size_t k = mbrtowc(&wc, s, len, &st);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			/* not a UTF-8 locale: count code points */
			memset(&st, 0, sizeof st);
			unsigned char c = (unsigned char)*s;
			if ((c & 0xC0) != 0x80)
				w++;
			s++, len--;
			continue;
		}
		int cw = wcwidth(wc);
		w += cw > 0 ? (size_t)cw : 0;
		s += k, len -= k;
	}
	return w;
}

/* A number for people when the column has no format of its own: four
 * significant digits, except that amounts of 10,000 and more are written
 * out in full (2000000, not 2e+06) with cents only when they have any. */
static void human_real(char *buf, size_t size, double v)
{
	double a = fabs(v);
	if (a >= 1e4 && a < 1e15)
		snprintf(buf, size, v == floor(v) ? "%.0f" : "%.2f", v);
	else
		snprintf(buf, size, "%.4g", v);
}

/* The text of a cell for people (table, md) or machines (csv, json). */
static void cell_text(const struct cs_result *t, size_t row, size_t col, int human,
		      char *buf, size_t size, const char **out)
{
	const struct cs_cell *c = cs_result_cell(t, row, col);
	if (human && c->human && c->kind != CS_CELL_HIDDEN) {
		*out = c->human;
		return;
	}
	switch (c->kind) {
	case CS_CELL_TEXT:
		*out = c->text;
		return;
	case CS_CELL_HIDDEN:
		*out = human ? c->text : "";
		return;
	case CS_CELL_BOOL:
		*out = c->i ? "true" : "false";
		return;
	case CS_CELL_INT:
		snprintf(buf, size, "%lld", (long long)c->i);
		break;
	case CS_CELL_REAL: {
		const char *f = human ? t->cols[col].human : "%.17g";
		if (f)
			snprintf(buf, size, f, c->d);
		else
			human_real(buf, size, c->d);
		/* "-0.0000" helps nobody */
		if (human && buf[0] == '-' && strspn(buf + 1, "0.") == strlen(buf + 1))
			memmove(buf, buf + 1, strlen(buf));
		break;
	}
	default:
		buf[0] = '\0';
	}
	*out = buf;
}

/* Text for a terminal or Markdown cell: control characters become spaces
 * (a label may hold a newline from a quoted CSV field), and Markdown's
 * '|' is escaped.  put_clean() writes it, clean_dup() copies it (caller
 * frees; NULL when out of memory). */
static void put_clean(FILE *out, const char *s, int md)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x20 || c == 0x7F)
			fputc(' ', out);
		else if (md && c == '|')
			fputs("\\|", out);
		else
			fputc(c, out);
	}
}

static char *clean_dup(const char *s)
{
	char *d = strdup(s);
	for (char *p = d; p && *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			*p = ' ';
	return d;
}

static int is_numeric(const struct cs_column *c)
{
	return c->type != CS_COL_TEXT;
}

static void put_padded(FILE *out, const char *s, size_t width, int right)
{
	size_t w = cs_display_width(s);
	if (right)
		for (size_t k = w; k < width; k++) fputc(' ', out);
	fputs(s, out);
	if (!right)
		for (size_t k = w; k < width; k++) fputc(' ', out);
}

/* Print a paragraph wrapped at 78 columns, for the terminal. */
static void put_wrapped(FILE *out, const char *s, const char *indent)
{
	size_t col = 0, ind = strlen(indent);
	fputs(indent, out);
	col = ind;
	while (*s) {
		while (*s == ' ') s++;
		const char *w = s;
		while (*s && *s != ' ') s++;
		size_t len = (size_t)(s - w);
		if (len == 0)
			break;
		char word[512];
		size_t cp = len < sizeof word - 1 ? len : sizeof word - 1;
		memcpy(word, w, cp);
		word[cp] = '\0';
		size_t ww = cs_display_width(word);
		if (col > ind && col + 1 + ww > 78) {
			fputc('\n', out);
			fputs(indent, out);
			col = ind;
		} else if (col > ind) {
			fputc(' ', out);
			col++;
		}
		fwrite(w, 1, len, out);
		col += ww;
	}
	fputc('\n', out);
}

/* Is row r's explanation the same as the one printed before it?  People
 * read it once; JSON keeps one per row for programs. */
static int repeats(const struct cs_result *t, size_t r)
{
	size_t p = r;
	while (p > 0 && !t->row[p - 1].explain)
		p--;
	return p > 0 && strcmp(t->row[p - 1].explain, t->row[r].explain) == 0;
}

static int write_table(FILE *out, const struct cs_result *t, int explain)
{
	size_t *width = calloc(t->ncols ? t->ncols : 1, sizeof *width);
	char buf[64];
	const char *s;
	if (!width)
		return -1;
	for (size_t c = 0; c < t->ncols; c++)
		width[c] = cs_display_width(t->cols[c].name);
	for (size_t r = 0; r < t->nrows; r++)
		for (size_t c = 0; c < t->ncols; c++) {
			cell_text(t, r, c, 1, buf, sizeof buf, &s);
			char *clean = clean_dup(s);
			if (!clean) {
				free(width);
				return -1;
			}
			size_t w = cs_display_width(clean);
			free(clean);
			if (w > width[c])
				width[c] = w;
		}
	for (size_t c = 0; c < t->ncols; c++) {
		if (c)
			fputs("  ", out);
		put_padded(out, t->cols[c].name, c + 1 < t->ncols || is_numeric(&t->cols[c]) ? width[c] : 0,
			   is_numeric(&t->cols[c]));
	}
	fputc('\n', out);
	int rc = 0;
	for (size_t r = 0; r < t->nrows && !rc; r++) {
		/* cells after the last non-empty one are not padded: no trailing blanks */
		size_t last = t->ncols;
		while (last > 0 && cs_result_cell(t, r, last - 1)->kind == CS_CELL_EMPTY &&
		       !cs_result_cell(t, r, last - 1)->human)
			last--;
		for (size_t c = 0; c < last; c++) {
			if (c)
				fputs("  ", out);
			cell_text(t, r, c, 1, buf, sizeof buf, &s);
			char *clean = clean_dup(s);
			if (!clean) {
				rc = -1;
				break;
			}
			put_padded(out, clean, c + 1 < last || is_numeric(&t->cols[c]) ? width[c] : 0,
				   is_numeric(&t->cols[c]));
			free(clean);
		}
		fputc('\n', out);
	}
	if (explain)
		for (size_t r = 0; r < t->nrows && !rc; r++)
			if (t->row[r].explain && !repeats(t, r)) {
				fputc('\n', out);
				put_wrapped(out, t->row[r].explain, "");
			}
	free(width);
	return rc;
}

static int write_md(FILE *out, const struct cs_result *t, int explain)
{
	char buf[64];
	const char *s;
	fputc('|', out);
	for (size_t c = 0; c < t->ncols; c++) {
		fputc(' ', out);
		put_clean(out, t->cols[c].name, 1);
		fputs(" |", out);
	}
	fputs("\n|", out);
	for (size_t c = 0; c < t->ncols; c++)
		fputs(is_numeric(&t->cols[c]) ? "---:|" : ":---|", out);
	fputc('\n', out);
	for (size_t r = 0; r < t->nrows; r++) {
		fputc('|', out);
		for (size_t c = 0; c < t->ncols; c++) {
			cell_text(t, r, c, 1, buf, sizeof buf, &s);
			fputc(' ', out);
			put_clean(out, s, 1);
			fputs(" |", out);
		}
		fputc('\n', out);
	}
	if (explain) {
		int any = 0;
		for (size_t r = 0; r < t->nrows; r++)
			if (t->row[r].explain && !repeats(t, r)) {
				if (!any++)
					fputc('\n', out);
				fputs("- ", out);
				put_clean(out, t->row[r].explain, 0);
				fputc('\n', out);
			}
	}
	return 0;
}

void cs_csv_field(FILE *out, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static int write_csv(FILE *out, const struct cs_result *t)
{
	char buf[64];
	const char *s;
	for (size_t c = 0; c < t->ncols; c++) {
		if (c)
			fputc(',', out);
		cs_csv_field(out, t->cols[c].name);
	}
	fputc('\n', out);
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			if (c)
				fputc(',', out);
			cell_text(t, r, c, 0, buf, sizeof buf, &s);
			cs_csv_field(out, s);
		}
		fputc('\n', out);
	}
	return 0;
}

static void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		default:
			if (c < 0x20 || c == 0x7F)
				fprintf(out, "\\u%04x", c);
			else
				fputc(c, out);
		}
	}
	fputc('"', out);
}

static int write_json(FILE *out, const struct cs_result *t, int explain)
{
	char buf[64];
	const char *s;
	fputs("[", out);
	for (size_t r = 0; r < t->nrows; r++) {
		fputs(r ? ",\n  {" : "\n  {", out);
		for (size_t c = 0; c < t->ncols; c++) {
			if (c)
				fputs(", ", out);
			json_string(out, t->cols[c].name);
			fputs(": ", out);
			const struct cs_cell *ce = cs_result_cell(t, r, c);
			if (ce->kind == CS_CELL_EMPTY || ce->kind == CS_CELL_HIDDEN) {
				fputs("null", out);
			} else if (ce->kind == CS_CELL_TEXT) {
				json_string(out, ce->text);
			} else {
				cell_text(t, r, c, 0, buf, sizeof buf, &s);
				fputs(s, out);
			}
		}
		if (explain) {
			fputs(", \"explanation\": ", out);
			if (t->row[r].explain)
				json_string(out, t->row[r].explain);
			else
				fputs("null", out);
		}
		fputc('}', out);
	}
	fputs(t->nrows ? "\n]\n" : "]\n", out);
	return 0;
}

int cs_result_write(FILE *out, const struct cs_result *t, enum cs_format fmt, int explain)
{
	int rc = 0;
	switch (fmt) {
	case CS_FMT_TABLE: rc = write_table(out, t, explain); break;
	case CS_FMT_CSV: rc = write_csv(out, t); break;
	case CS_FMT_JSON: rc = write_json(out, t, explain); break;
	case CS_FMT_MD: rc = write_md(out, t, explain); break;
	}
	return rc ? -2 : ferror(out) ? -1 : 0;
}
