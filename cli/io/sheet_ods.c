/* sheet_ods.c - one sheet of an OpenDocument spreadsheet (.ods), read as a
 * stream (sheet_impl.h).
 *
 * All sheets are in content.xml, in order.  A cell's value is in its
 * attributes (office:value, office:date-value, ...), its text in the
 * text:p paragraphs that are its children; repeated rows and cells
 * (table:number-rows-repeated, table:number-columns-repeated) stand for
 * copies.  Repeats of empty rows and cells are only counted, so the
 * million empty rows LibreOffice writes at a sheet's end cost nothing;
 * copies of non-empty ones are made, up to the read's repeat limit.
 * Names are compared with their namespaces (office:value and
 * calcext:value-type share a local name). */
#include "cli/io/sheet_impl.h"
#include "cli/io/zipxml.h"
#include "cli/core/values.h"

#include <stdlib.h>
#include <string.h>

#define TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0|"
#define OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0|"
#define TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0|"
#define CALCEXT "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0|"
#define DRAW "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0|"

enum vtype { V_NONE, V_FLOAT, V_DATE, V_TIME, V_BOOL, V_STRING, V_OTHER };

struct buf {
	char *s;
	size_t len, cap;
};

struct ods {
	struct cs_sheet_ctx *s;
	long target;             /* the table to read by position, or -1: by s->want */
	char **name;             /* tables seen, in order */
	size_t nname, capname;
	int reading;             /* inside the chosen table */
	unsigned long depth;     /* element depth */
	unsigned long skip;      /* depth inside a subtree that is ignored */
	unsigned long table_depth;
	/* the row */
	int in_row;
	unsigned long row_next, row;
	uint64_t row_rep;
	size_t col;
	/* the cell */
	int in_cell, covered, formula, error, has_sval;
	unsigned long cell_depth, p_depth;
	size_t np;               /* paragraphs so far */
	uint64_t col_rep;
	enum vtype vt;
	char attr[128];          /* office:value, date-value, time-value or boolean-value */
	int attr_long;           /* ... too long for attr: no value of its type is */
	struct buf sval, text;   /* office:string-value; the paragraphs' text */
};

static int oom(struct ods *o)
{
	return cs_sheet_oom(o->s);
}

static int buf_add(struct ods *o, struct buf *b, const char *s, size_t len)
{
	if (b->len + len > o->s->max_row_text)
		return cs_sheet_fail(o->s, o->row, o->col, "the cell's text is longer than %zu bytes (the limit)",
				     o->s->max_row_text);
	if (b->len + len + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		while (cap < b->len + len + 1)
			cap *= 2;
		char *n = realloc(b->s, cap);
		if (!n)
			return oom(o);
		b->s = n, b->cap = cap;
	}
	memcpy(b->s + b->len, s, len);
	b->len += len;
	b->s[b->len] = '\0';
	return 0;
}

/* A repeat count: digits, 1 when absent; capped, as only the sheet's
 * bounds matter. */
static uint64_t repeat(const char *v)
{
	if (!v)
		return 1;
	uint64_t n = 0;
	for (; *v >= '0' && *v <= '9'; v++)
		if ((n = n * 10 + (uint64_t)(*v - '0')) > (UINT64_C(1) << 40))
			n = UINT64_C(1) << 40;
	return n ? n : 1;
}

static enum vtype value_type(const char *t)
{
	if (!t)
		return V_NONE;
	if (!strcmp(t, "float") || !strcmp(t, "percentage") || !strcmp(t, "currency"))
		return V_FLOAT;
	if (!strcmp(t, "date"))
		return V_DATE;
	if (!strcmp(t, "time"))
		return V_TIME;
	if (!strcmp(t, "boolean"))
		return V_BOOL;
	if (!strcmp(t, "string"))
		return V_STRING;
	return V_OTHER;
}

/* Is the text of a formula cell one of the spreadsheet error values? */
static int error_text(const char *t)
{
	static const char *const errs[] = { "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!",
					     "#VALUE!" };
	for (size_t i = 0; i < sizeof errs / sizeof errs[0]; i++)
		if (strcmp(t, errs[i]) == 0)
			return 1;
	return strncmp(t, "Err:", 4) == 0;
}

static int table_start(struct ods *o, const char **attrs)
{
	const char *name = cs_xml_attr(attrs, TABLE "name");
	if (!name)
		name = "";
	if (o->nname == o->capname) {
		size_t cap = o->capname ? 2 * o->capname : 8;
		char **n = realloc(o->name, cap * sizeof *n);
		if (!n)
			return oom(o);
		o->name = n, o->capname = cap;
	}
	if (!(o->name[o->nname] = strdup(name)))
		return oom(o);
	long index = (long)o->nname++;
	int chosen = o->target >= 0 ? index == o->target
		   : o->s->want ? strcmp(name, o->s->want) == 0 : index == 0;
	if (!chosen)
		return 0;
	o->reading = 1;
	o->table_depth = o->depth;
	o->row_next = 1;
	return cs_sheet_set_name(o->s, name);
}

static int cell_start(struct ods *o, const char *name, const char **attrs)
{
	o->in_cell = 1;
	o->covered = strcmp(name, TABLE "covered-table-cell") == 0;
	o->cell_depth = o->depth;
	o->np = 0;
	o->p_depth = 0;
	o->col_rep = repeat(cs_xml_attr(attrs, TABLE "number-columns-repeated"));
	o->vt = value_type(cs_xml_attr(attrs, OFFICE "value-type"));
	o->formula = cs_xml_attr(attrs, TABLE "formula") != NULL;
	const char *ext = cs_xml_attr(attrs, CALCEXT "value-type");
	o->error = ext && strcmp(ext, "error") == 0;
	o->text.len = o->sval.len = 0;
	o->attr[0] = '\0';
	const char *a = o->vt == V_FLOAT ? cs_xml_attr(attrs, OFFICE "value")
		      : o->vt == V_DATE ? cs_xml_attr(attrs, OFFICE "date-value")
		      : o->vt == V_TIME ? cs_xml_attr(attrs, OFFICE "time-value")
		      : o->vt == V_BOOL ? cs_xml_attr(attrs, OFFICE "boolean-value") : NULL;
	o->attr_long = a && strlen(a) >= sizeof o->attr;
	if (a && !o->attr_long)
		memcpy(o->attr, a, strlen(a) + 1);
	const char *sv = o->vt == V_STRING ? cs_xml_attr(attrs, OFFICE "string-value") : NULL;
	o->has_sval = sv != NULL;
	return sv ? buf_add(o, &o->sval, sv, strlen(sv)) : 0;
}

static int ods_start(void *ud, const char *name, const char **attrs)
{
	struct ods *o = ud;
	o->depth++;
	if (o->skip) {
		o->skip++;
		return 0;
	}
	if (!o->reading) {
		if (strcmp(name, TABLE "table") == 0)
			return table_start(o, attrs);
		return 0;
	}
	if (o->in_cell) {
		if (o->p_depth) {
			/* inside a paragraph: spaces, tabs, breaks; frames and notes are not the cell's text */
			if (strcmp(name, TEXT "s") == 0) {
				uint64_t c = repeat(cs_xml_attr(attrs, TEXT "c"));
				for (uint64_t i = 0; i < c; i++) {
					int rc = buf_add(o, &o->text, " ", 1);
					if (rc)
						return rc;
				}
			} else if (strcmp(name, TEXT "tab") == 0) {
				return buf_add(o, &o->text, "\t", 1);
			} else if (strcmp(name, TEXT "line-break") == 0) {
				return buf_add(o, &o->text, "\n", 1);
			} else if (strncmp(name, DRAW, sizeof DRAW - 1) == 0 || strcmp(name, TEXT "note") == 0 ||
				   strcmp(name, OFFICE "annotation") == 0) {
				o->skip = 1;
			}
		} else if (o->depth == o->cell_depth + 1 && strcmp(name, TEXT "p") == 0) {
			o->p_depth = o->depth;
			if (o->np++ > 0)
				return buf_add(o, &o->text, "\n", 1);
		} else {
			o->skip = 1;    /* annotations, frames, anything else in a cell */
		}
		return 0;
	}
	if (strcmp(name, TABLE "table") == 0) {
		o->skip = 1;            /* a table inside the table: not the sheet's */
	} else if (o->in_row) {
		if (strcmp(name, TABLE "table-cell") == 0 || strcmp(name, TABLE "covered-table-cell") == 0)
			return cell_start(o, name, attrs);
	} else if (strcmp(name, TABLE "table-row") == 0) {
		o->in_row = 1;
		o->row = o->row_next;
		o->row_rep = repeat(cs_xml_attr(attrs, TABLE "number-rows-repeated"));
		o->row_next = o->row + o->row_rep > CS_SHEET_MAX_ROWS + 1 ? CS_SHEET_MAX_ROWS + 1
			    : o->row + (unsigned long)o->row_rep;
		o->col = 0;
	}
	return 0;
}

static int ods_text(void *ud, const char *s, size_t len)
{
	struct ods *o = ud;
	if (o->skip || !o->p_depth)
		return 0;
	return buf_add(o, &o->text, s, len);
}

static int cell_end(struct ods *o)
{
	struct cs_sheet_ctx *s = o->s;
	size_t col = o->col;
	uint64_t rep = o->col_rep;
	o->col = col + rep > CS_SHEET_MAX_COLS + 1 ? CS_SHEET_MAX_COLS + 1 : col + (size_t)rep;
	o->in_cell = 0;
	if (o->covered)
		return 0;               /* hidden by a merged cell, as the sheet shows it */
	char clean[CS_MSG_TEXT], buf[CS_NUM_TEXT];
	const char *t = NULL;
	size_t n = 0;
	int kind = CS_SHEET_TEXT;
	if (o->error || (o->formula && o->text.len && error_text(o->text.s))) {
		if (!s->keep_errors)
			return cs_sheet_fail(s, o->row, col, "the cell holds the error %s",
					     cs_msg_text(clean, sizeof clean, o->text.s ? o->text.s : "",
							 o->text.len));
		kind = CS_SHEET_ERROR, t = o->text.s, n = o->text.len;
		if (n == 0)
			t = "#ERROR", n = 6;
	} else if (o->attr_long) {
		return cs_sheet_fail(s, o->row, col, "the cell's value is too long to be a %s: the sheet is damaged",
				     o->vt == V_FLOAT ? "number" : o->vt == V_DATE ? "date" : o->vt == V_TIME ? "time"
				     : "boolean");
	} else if (o->vt == V_FLOAT) {
		double v;
		if (cs_parse_real(o->attr, &v) != 0)
			return cs_sheet_fail(s, o->row, col, "the number '%s' does not read: the sheet is damaged",
					     cs_msg_text(clean, sizeof clean, o->attr, strlen(o->attr)));
		kind = CS_SHEET_NUMBER, t = buf, n = cs_num_text(v, buf);
	} else if (o->vt == V_DATE) {
		if ((n = cs_odf_date(o->attr, buf)) == 0)
			return cs_sheet_fail(s, o->row, col, "the date '%s' does not read: the sheet is damaged",
					     cs_msg_text(clean, sizeof clean, o->attr, strlen(o->attr)));
		kind = CS_SHEET_DATE, t = buf;
	} else if (o->vt == V_TIME) {
		if ((n = cs_odf_time(o->attr, buf, sizeof buf)) == 0)
			return cs_sheet_fail(s, o->row, col, "the time '%s' does not read: the sheet is damaged",
					     cs_msg_text(clean, sizeof clean, o->attr, strlen(o->attr)));
		kind = CS_SHEET_TIME, t = buf;
	} else if (o->vt == V_BOOL) {
		int b = strcmp(o->attr, "true") == 0;
		if (!b && strcmp(o->attr, "false") != 0)
			return cs_sheet_fail(s, o->row, col, "the boolean '%s' is neither true nor false: the sheet "
					     "is damaged", cs_msg_text(clean, sizeof clean, o->attr, strlen(o->attr)));
		kind = CS_SHEET_BOOL, t = b ? "TRUE" : "FALSE", n = b ? 4 : 5;
	} else if (o->has_sval) {
		t = o->sval.s, n = o->sval.len;
	} else {
		t = o->text.s, n = o->text.len;
	}
	if (n == 0)
		return 0;
	int rc = cs_row_cell(s, o->row, col, kind, t, n);
	if (!rc && rep > 1)
		rc = cs_row_repeat_cell(s, o->row, col + 1, rep - 1);
	return rc;
}

static int ods_end(void *ud, const char *name)
{
	struct ods *o = ud;
	unsigned long depth = o->depth--;
	if (o->skip) {
		o->skip--;
		return 0;
	}
	if (!o->reading)
		return 0;
	if (o->in_cell) {
		if (depth == o->cell_depth)
			return cell_end(o);
		if (depth == o->p_depth)
			o->p_depth = 0;
		return 0;
	}
	if (o->in_row && strcmp(name, TABLE "table-row") == 0) {
		o->in_row = 0;
		return cs_row_emit(o->s, o->row, o->row_rep);
	}
	if (depth == o->table_depth)
		return CS_XML_DONE;     /* the sheet is read */
	return 0;
}

static void names_free(struct ods *o)
{
	for (size_t i = 0; i < o->nname; i++)
		free(o->name[i]);
	free(o->name);
	o->name = NULL;
	o->nname = o->capname = 0;
}

static int pass(struct ods *o, struct cs_zip *z, long target)
{
	static const struct cs_xml_handlers h = { .start = ods_start, .end = ods_end, .text = ods_text };
	names_free(o);
	o->target = target;
	o->reading = o->in_row = o->in_cell = 0;
	o->depth = o->skip = o->p_depth = 0;
	int rc = cs_zip_parse(z, "content.xml", o->s->max_part, &h, o, o->s->err);
	if (rc == CS_XML_MISSING)
		rc = cs_err_set(o->s->err, CS_EXIT_DATA, "%s: no content.xml: the file is damaged or not an "
				"OpenDocument spreadsheet", o->s->file);
	return rc;
}

int cs_sheet_ods(struct cs_sheet_ctx *s, const char *path, const void *buf, size_t len)
{
	struct cs_zip *z;
	int rc = cs_zip_open(&z, path, buf, len, s->file, s->err);
	if (rc)
		return rc;
	struct ods o = { .s = s };
	/* the first sheet, or one named exactly, in one pass; else the names
	 * decide (a number, another letter case), and a second pass reads it */
	rc = pass(&o, z, -1);
	if (!rc && !s->sheet) {
		long i = cs_sheet_choose(s, (const char *const *)o.name, o.nname);
		rc = i < 0 ? s->err->code : pass(&o, z, i);
	}
	names_free(&o);
	free(o.sval.s);
	free(o.text.s);
	cs_zip_close(z);
	return rc;
}
