/* sheet_xlsx.c - one sheet of an Office Open XML workbook (.xlsx), read as
 * a stream (sheet_impl.h).
 *
 * The parts, each found through the relationships as a consumer must (not
 * by the names Excel happens to use): _rels/.rels names the workbook; the
 * workbook lists the sheets in order and says whether dates count from
 * 1904; its relationships give each sheet's part, the styles (which cell
 * formats are dates) and the shared strings.  The shared strings and the
 * styles are held in memory; the sheet's XML is streamed row by row.
 * Element names are compared without their namespace, so that Strict
 * OOXML and prefixed writers read the same. */
#include "cli/io/sheet_impl.h"
#include "cli/io/zipxml.h"
#include "cli/core/values.h"

#include <stdlib.h>
#include <string.h>

struct rel {
	char *id, *type, *target;
};

struct xlsx {
	struct cs_sheet_ctx *s;
	struct cs_zip *z;
	/* relationships of the part being looked at */
	struct rel *rel;
	size_t nrel, caprel;
	const char *base;          /* the directory targets are relative to */
	/* workbook */
	char **name, **rid;
	size_t nsheet, capsheet;
	int date1904;
	/* styles: numFmt ids of the cell formats, then their kinds */
	unsigned long *xf_id;
	unsigned char *xf_kind;
	size_t nxf, capxf;
	unsigned long *fmt_id;
	unsigned char *fmt_kind;
	size_t nfmt, capfmt;
	int in_cellxfs, in_numfmts;
	/* shared strings: text with a NUL after each, offsets */
	char *sst;
	size_t sst_len, sst_cap;
	uint32_t *sst_off;
	size_t nsst, capsst;
	int in_si, in_t, skip;     /* skip: depth inside rPh (phonetic runs) */
	/* the sheet */
	int in_data, in_row, in_cell, in_v, in_is;
	unsigned long row, prev_row;
	size_t col, next_col;
	char type[16];
	unsigned long style;
	char *val;
	size_t vlen, vcap;
};

static int oom(struct xlsx *x)
{
	return cs_sheet_oom(x->s);
}

static int damaged(struct xlsx *x, const char *what, const char *part)
{
	return cs_err_set(x->s->err, CS_EXIT_DATA, "%s: %s%s%s: the file is damaged or not an .xlsx workbook",
			  x->s->file, what, part ? " " : "", part ? part : "");
}

/* Grow an array of n items of size sz to hold one more. */
static int grow(void **p, size_t *cap, size_t n, size_t sz)
{
	if (n < *cap)
		return 0;
	size_t c = *cap ? 2 * *cap : 16;
	void *q = realloc(*p, c * sz);
	if (!q)
		return -1;
	*p = q, *cap = c;
	return 0;
}

/* ---- paths ---------------------------------------------------------------- */

/* base (a directory ending in '/', or "") + target, with "." and ".."
 * resolved; a target starting with '/' is from the archive's root. */
static char *resolve(const char *base, const char *target)
{
	if (target[0] == '/')
		base = "", target++;
	size_t bl = strlen(base), tl = strlen(target);
	char *out = malloc(bl + tl + 1);
	if (!out)
		return NULL;
	char *joined = malloc(bl + tl + 1);
	if (!joined) {
		free(out);
		return NULL;
	}
	memcpy(joined, base, bl);
	memcpy(joined + bl, target, tl + 1);
	size_t o = 0;
	for (char *seg = joined, *next; seg; seg = next) {
		next = strchr(seg, '/');
		if (next)
			*next++ = '\0';
		if (strcmp(seg, ".") == 0 || (seg[0] == '\0' && next)) {
			continue;
		} else if (strcmp(seg, "..") == 0) {
			if (o > 0)
				o--;
			while (o > 0 && out[o - 1] != '/')
				o--;
		} else {
			size_t k = strlen(seg);
			memcpy(out + o, seg, k);
			o += k;
			if (next)
				out[o++] = '/';
		}
	}
	out[o] = '\0';
	free(joined);
	return out;
}

/* "xl/workbook.xml" -> dir "xl/" and rels "xl/_rels/workbook.xml.rels". */
static char *dir_of(const char *part)
{
	const char *slash = strrchr(part, '/');
	size_t k = slash ? (size_t)(slash - part) + 1 : 0;
	char *d = malloc(k + 1);
	if (d) {
		memcpy(d, part, k);
		d[k] = '\0';
	}
	return d;
}

static char *rels_of(const char *part)
{
	const char *slash = strrchr(part, '/');
	size_t k = slash ? (size_t)(slash - part) + 1 : 0;
	size_t n = strlen(part);
	char *r = malloc(n + 12);
	if (r) {
		memcpy(r, part, k);
		memcpy(r + k, "_rels/", 6);
		memcpy(r + k + 6, part + k, n - k);
		memcpy(r + 6 + n, ".rels", 6);
	}
	return r;
}

/* ---- relationships -------------------------------------------------------- */

static void rels_free(struct xlsx *x)
{
	for (size_t i = 0; i < x->nrel; i++) {
		free(x->rel[i].id);
		free(x->rel[i].type);
		free(x->rel[i].target);
	}
	free(x->rel);
	x->rel = NULL;
	x->nrel = x->caprel = 0;
}

static int rels_start(void *ud, const char *name, const char **attrs)
{
	struct xlsx *x = ud;
	if (strcmp(cs_xml_local(name), "Relationship") != 0)
		return 0;
	const char *id = cs_xml_attr(attrs, "Id"), *type = cs_xml_attr(attrs, "Type");
	const char *target = cs_xml_attr(attrs, "Target"), *mode = cs_xml_attr(attrs, "TargetMode");
	if (!id || !type || !target || (mode && strcmp(mode, "External") == 0))
		return 0;
	if (grow((void **)&x->rel, &x->caprel, x->nrel, sizeof *x->rel))
		return oom(x);
	struct rel *r = &x->rel[x->nrel];
	r->id = strdup(id);
	r->type = strdup(type);
	r->target = resolve(x->base, target);
	x->nrel++;
	return r->id && r->type && r->target ? 0 : oom(x);
}

/* Read the relationships of part (missing: none). */
static int rels_read(struct xlsx *x, const char *part)
{
	rels_free(x);
	char *rels = rels_of(part), *dir = dir_of(part);
	int rc = rels && dir ? 0 : oom(x);
	if (!rc) {
		static const struct cs_xml_handlers h = { .start = rels_start };
		x->base = dir;
		rc = cs_zip_parse(x->z, rels, x->s->max_held, &h, x, x->s->err);
		x->base = NULL;
		if (rc == CS_XML_MISSING)
			rc = 0;
	}
	free(rels);
	free(dir);
	return rc;
}

/* The target of the first relationship whose type ends in "/suffix". */
static const char *rel_by_type(struct xlsx *x, const char *suffix)
{
	size_t k = strlen(suffix);
	for (size_t i = 0; i < x->nrel; i++) {
		size_t n = strlen(x->rel[i].type);
		if (n > k && x->rel[i].type[n - k - 1] == '/' && strcmp(x->rel[i].type + n - k, suffix) == 0)
			return x->rel[i].target;
	}
	return NULL;
}

static const struct rel *rel_by_id(struct xlsx *x, const char *id)
{
	for (size_t i = 0; i < x->nrel; i++)
		if (strcmp(x->rel[i].id, id) == 0)
			return &x->rel[i];
	return NULL;
}

/* ---- the workbook --------------------------------------------------------- */

static int workbook_start(void *ud, const char *name, const char **attrs)
{
	struct xlsx *x = ud;
	const char *local = cs_xml_local(name);
	if (strcmp(local, "workbookPr") == 0) {
		const char *v = cs_xml_attr(attrs, "date1904");
		x->date1904 = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
	} else if (strcmp(local, "sheet") == 0) {
		const char *sname = cs_xml_attr(attrs, "name"), *id = cs_xml_attr_local(attrs, "id");
		if (!sname || !id)
			return damaged(x, "a sheet without a name or relationship in", "the workbook");
		if (grow((void **)&x->name, &x->capsheet, x->nsheet, sizeof *x->name))
			return oom(x);
		char **rid = realloc(x->rid, x->capsheet * sizeof *rid);
		if (!rid)
			return oom(x);
		x->rid = rid;
		x->name[x->nsheet] = strdup(sname);
		x->rid[x->nsheet] = strdup(id);
		x->nsheet++;
		if (!x->name[x->nsheet - 1] || !x->rid[x->nsheet - 1])
			return oom(x);
	}
	return 0;
}

/* ---- styles: which cell formats show dates -------------------------------- */

static int styles_start(void *ud, const char *name, const char **attrs)
{
	struct xlsx *x = ud;
	const char *local = cs_xml_local(name);
	if (strcmp(local, "cellXfs") == 0) {
		x->in_cellxfs = 1;
	} else if (strcmp(local, "numFmts") == 0) {
		x->in_numfmts = 1;
	} else if (x->in_cellxfs && strcmp(local, "xf") == 0) {
		const char *id = cs_xml_attr(attrs, "numFmtId");
		if (grow((void **)&x->xf_id, &x->capxf, x->nxf, sizeof *x->xf_id))
			return oom(x);
		x->xf_id[x->nxf++] = id ? strtoul(id, NULL, 10) : 0;
	} else if (x->in_numfmts && strcmp(local, "numFmt") == 0) {
		const char *id = cs_xml_attr(attrs, "numFmtId"), *code = cs_xml_attr(attrs, "formatCode");
		if (!id || !code)
			return 0;
		if (grow((void **)&x->fmt_id, &x->capfmt, x->nfmt, sizeof *x->fmt_id))
			return oom(x);
		unsigned char *k = realloc(x->fmt_kind, x->capfmt);
		if (!k)
			return oom(x);
		x->fmt_kind = k;
		x->fmt_id[x->nfmt] = strtoul(id, NULL, 10);
		x->fmt_kind[x->nfmt++] = (unsigned char)cs_numfmt_code(code);
	}
	return 0;
}

static int styles_end(void *ud, const char *name)
{
	struct xlsx *x = ud;
	const char *local = cs_xml_local(name);
	if (strcmp(local, "cellXfs") == 0)
		x->in_cellxfs = 0;
	else if (strcmp(local, "numFmts") == 0)
		x->in_numfmts = 0;
	return 0;
}

/* Each cell format's kind: a format the file defines, else a built-in. */
static int styles_resolve(struct xlsx *x)
{
	if (x->nxf == 0)
		return 0;
	x->xf_kind = malloc(x->nxf);
	if (!x->xf_kind)
		return oom(x);
	for (size_t i = 0; i < x->nxf; i++) {
		int k = -1;
		for (size_t j = x->nfmt; j-- > 0 && k < 0;)
			if (x->fmt_id[j] == x->xf_id[i])
				k = x->fmt_kind[j];
		if (k < 0)
			k = cs_numfmt_builtin(x->xf_id[i]);
		x->xf_kind[i] = (unsigned char)(k < 0 ? CS_FMT_NUMBER : k);
	}
	return 0;
}

/* ---- text: runs, escapes -------------------------------------------------- */

static int hexval(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
	     : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Excel writes characters XML cannot hold, and some it could, as _xHHHH_
 * (_x000D_ for a carriage return, _x005F_ for a '_' that would start one).
 * Decoded in place (never longer); NUL and surrogates stay as written. */
static size_t unescape(char *s, size_t len)
{
	size_t o = 0;
	for (size_t i = 0; i < len;) {
		if (s[i] == '_' && i + 7 <= len && s[i + 1] == 'x' && s[i + 6] == '_') {
			int h[4], ok = 1;
			for (int k = 0; k < 4; k++)
				ok &= (h[k] = hexval((unsigned char)s[i + 2 + k])) >= 0;
			unsigned cp = ok ? (unsigned)(h[0] << 12 | h[1] << 8 | h[2] << 4 | h[3]) : 0;
			if (ok && cp != 0 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
				if (cp < 0x80) {
					s[o++] = (char)cp;
				} else if (cp < 0x800) {
					s[o++] = (char)(0xC0 | cp >> 6);
					s[o++] = (char)(0x80 | (cp & 0x3F));
				} else {
					s[o++] = (char)(0xE0 | cp >> 12);
					s[o++] = (char)(0x80 | (cp >> 6 & 0x3F));
					s[o++] = (char)(0x80 | (cp & 0x3F));
				}
				i += 7;
				continue;
			}
		}
		s[o++] = s[i++];
	}
	return o;
}

/* ---- shared strings ------------------------------------------------------- */

static int sst_start(void *ud, const char *name, const char **attrs)
{
	(void)attrs;
	struct xlsx *x = ud;
	const char *local = cs_xml_local(name);
	if (x->skip) {
		x->skip++;
	} else if (strcmp(local, "si") == 0) {
		if (grow((void **)&x->sst_off, &x->capsst, x->nsst, sizeof *x->sst_off))
			return oom(x);
		x->sst_off[x->nsst] = (uint32_t)x->sst_len;
		x->in_si = 1;
	} else if (x->in_si && strcmp(local, "rPh") == 0) {
		x->skip = 1;
	} else if (x->in_si && strcmp(local, "t") == 0) {
		x->in_t = 1;
	}
	return 0;
}

static int sst_put(struct xlsx *x, const char *s, size_t len)
{
	if (x->sst_len + len + 1 > UINT32_MAX)
		return cs_err_set(x->s->err, CS_EXIT_DATA, "%s: the shared strings hold more than 4 GiB of text",
				  x->s->file);
	if (x->sst_len + len + 1 > x->sst_cap) {
		size_t cap = x->sst_cap ? x->sst_cap : 4096;
		while (cap < x->sst_len + len + 1)
			cap *= 2;
		char *t = realloc(x->sst, cap);
		if (!t)
			return oom(x);
		x->sst = t, x->sst_cap = cap;
	}
	memcpy(x->sst + x->sst_len, s, len);
	x->sst_len += len;
	return 0;
}

static int sst_end(void *ud, const char *name)
{
	struct xlsx *x = ud;
	if (x->skip) {
		x->skip--;
		return 0;
	}
	const char *local = cs_xml_local(name);
	if (strcmp(local, "t") == 0) {
		x->in_t = 0;
	} else if (x->in_si && strcmp(local, "si") == 0) {
		size_t start = x->sst_off[x->nsst];
		x->sst_len = start + unescape(x->sst + start, x->sst_len - start);
		int rc = sst_put(x, "", 0);
		if (rc)
			return rc;
		x->sst[x->sst_len++] = '\0';
		x->nsst++;
		x->in_si = 0;
	}
	return 0;
}

static int sst_text(void *ud, const char *s, size_t len)
{
	struct xlsx *x = ud;
	return x->in_t && !x->skip ? sst_put(x, s, len) : 0;
}

/* ---- the sheet ------------------------------------------------------------ */

/* "D17" -> column 3; the digits are the row's (checked by the row). */
static int parse_col(const char *ref, size_t *col)
{
	size_t c = 0;
	int k = 0;
	for (; *ref >= 'A' && *ref <= 'Z'; ref++, k++) {
		if (k == 3)
			return -1;
		c = c * 26 + (size_t)(*ref - 'A' + 1);
	}
	if (k == 0 || c > CS_SHEET_MAX_COLS)
		return -1;
	*col = c - 1;
	return 0;
}

static int parse_row(const char *s, unsigned long *row)
{
	unsigned long r = 0;
	if (!*s)
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || r > CS_SHEET_MAX_ROWS)
			return -1;
		r = r * 10 + (unsigned long)(*s - '0');
	}
	if (r == 0 || r > CS_SHEET_MAX_ROWS)
		return -1;
	*row = r;
	return 0;
}

static int val_add(struct xlsx *x, const char *s, size_t len)
{
	if (x->vlen + len + 1 > x->s->max_row_text + 1)
		return cs_sheet_fail(x->s, x->row, x->col, "the cell's text is longer than %zu bytes (the limit)",
				     x->s->max_row_text);
	if (x->vlen + len + 1 > x->vcap) {
		size_t cap = x->vcap ? x->vcap : 256;
		while (cap < x->vlen + len + 1)
			cap *= 2;
		char *v = realloc(x->val, cap);
		if (!v)
			return oom(x);
		x->val = v, x->vcap = cap;
	}
	memcpy(x->val + x->vlen, s, len);
	x->vlen += len;
	x->val[x->vlen] = '\0';
	return 0;
}

static int sheet_start(void *ud, const char *name, const char **attrs)
{
	struct xlsx *x = ud;
	const char *local = cs_xml_local(name);
	if (x->skip) {
		x->skip++;
		return 0;
	}
	if (!x->in_data) {
		x->in_data = strcmp(local, "sheetData") == 0;
		return 0;
	}
	if (x->in_cell) {
		if (strcmp(local, "v") == 0 && !x->in_is)
			x->in_v = 1;
		else if (strcmp(local, "is") == 0)
			x->in_is = 1;
		else if (x->in_is && strcmp(local, "t") == 0)
			x->in_v = 1;
		else if (x->in_is && strcmp(local, "rPh") == 0)
			x->skip = 1;
		return 0;
	}
	if (x->in_row && strcmp(local, "c") == 0) {
		const char *r = cs_xml_attr(attrs, "r"), *t = cs_xml_attr(attrs, "t");
		const char *st = cs_xml_attr(attrs, "s");
		if (r && parse_col(r, &x->col)) {
			char clean[CS_MSG_TEXT];
			return cs_sheet_fail(x->s, x->row, (size_t)-1, "the cell reference '%s' is not valid: "
					     "the sheet is damaged", cs_msg_text(clean, sizeof clean, r, strlen(r)));
		}
		if (!r)
			x->col = x->next_col;
		x->next_col = x->col + 1;
		snprintf(x->type, sizeof x->type, "%s", t ? t : "n");
		x->style = st ? strtoul(st, NULL, 10) : 0;
		x->vlen = 0;
		if (x->val)
			x->val[0] = '\0';
		x->in_cell = 1;
		return 0;
	}
	if (!x->in_row && strcmp(local, "row") == 0) {
		const char *r = cs_xml_attr(attrs, "r");
		if (r && parse_row(r, &x->row)) {
			char clean[CS_MSG_TEXT];
			return cs_sheet_fail(x->s, 0, 0, "the row number '%s' is not valid: the sheet is damaged",
					     cs_msg_text(clean, sizeof clean, r, strlen(r)));
		}
		if (!r)
			x->row = x->prev_row + 1;
		x->next_col = 0;
		x->in_row = 1;
	}
	return 0;
}

static int sheet_text(void *ud, const char *s, size_t len)
{
	struct xlsx *x = ud;
	return x->in_v && !x->skip ? val_add(x, s, len) : 0;
}

static int cell_number(struct xlsx *x)
{
	struct cs_sheet_ctx *s = x->s;
	double v;
	if (cs_parse_real(x->val, &v) != 0) {
		char clean[CS_MSG_TEXT];
		return cs_sheet_fail(s, x->row, x->col, "the number '%s' does not read: the sheet is damaged",
				     cs_msg_text(clean, sizeof clean, x->val, x->vlen));
	}
	int fmt = x->style < x->nxf && x->xf_kind ? x->xf_kind[x->style] : CS_FMT_NUMBER;
	char buf[CS_NUM_TEXT];
	size_t n;
	if (fmt == CS_FMT_DATE) {
		if ((n = cs_serial_date(v, x->date1904, buf)) == 0)
			return cs_sheet_fail(s, x->row, x->col, "the date's number %s is outside the dates a sheet "
					     "can show (%s to 9999-12-31)", x->val, x->date1904 ? "1904-01-01" : "1900-01-00");
		return cs_row_cell(s, x->row, x->col, CS_SHEET_DATE, buf, n);
	}
	if (fmt == CS_FMT_TIME || fmt == CS_FMT_ELAPSED) {
		if ((n = cs_serial_time(v, fmt == CS_FMT_ELAPSED, buf, sizeof buf)) == 0)
			return cs_sheet_fail(s, x->row, x->col, "the time's number %s is not a time a sheet can show",
					     x->val);
		return cs_row_cell(s, x->row, x->col, CS_SHEET_TIME, buf, n);
	}
	n = cs_num_text(v, buf);
	return cs_row_cell(s, x->row, x->col, CS_SHEET_NUMBER, buf, n);
}

static int cell_end(struct xlsx *x)
{
	struct cs_sheet_ctx *s = x->s;
	const char *t = x->type;
	char clean[CS_MSG_TEXT];
	if (strcmp(t, "s") == 0) {
		if (x->vlen == 0)
			return 0;
		unsigned long i;
		char *end;
		i = strtoul(x->val, &end, 10);
		if (*end || x->val[0] < '0' || x->val[0] > '9' || i >= x->nsst)
			return cs_sheet_fail(s, x->row, x->col, "the cell refers to shared string '%s', but there are "
					     "%zu: the file is damaged", cs_msg_text(clean, sizeof clean, x->val, x->vlen),
					     x->nsst);
		size_t off = x->sst_off[i];
		size_t len = (i + 1 < x->nsst ? x->sst_off[i + 1] : x->sst_len) - off - 1;
		return cs_row_cell(s, x->row, x->col, CS_SHEET_TEXT, x->sst + off, len);
	}
	if (strcmp(t, "inlineStr") == 0 || strcmp(t, "str") == 0) {
		x->vlen = unescape(x->val ? x->val : "", x->vlen);
		return cs_row_cell(s, x->row, x->col, CS_SHEET_TEXT, x->val, x->vlen);
	}
	if (x->vlen == 0)
		return 0;                       /* a formatted empty cell */
	if (strcmp(t, "n") == 0)
		return cell_number(x);
	if (strcmp(t, "b") == 0) {
		int b = strcmp(x->val, "1") == 0 || strcmp(x->val, "true") == 0;
		if (!b && strcmp(x->val, "0") != 0 && strcmp(x->val, "false") != 0)
			return cs_sheet_fail(s, x->row, x->col, "the boolean '%s' is neither 0 nor 1: the sheet is "
					     "damaged", cs_msg_text(clean, sizeof clean, x->val, x->vlen));
		return cs_row_cell(s, x->row, x->col, CS_SHEET_BOOL, b ? "TRUE" : "FALSE", b ? 4 : 5);
	}
	if (strcmp(t, "e") == 0) {
		if (s->keep_errors)
			return cs_row_cell(s, x->row, x->col, CS_SHEET_ERROR, x->val, x->vlen);
		return cs_sheet_fail(s, x->row, x->col, "the cell holds the error %s",
				     cs_msg_text(clean, sizeof clean, x->val, x->vlen));
	}
	if (strcmp(t, "d") == 0) {
		char buf[16];
		size_t n = cs_odf_date(x->val, buf);
		if (n == 0)
			return cs_sheet_fail(s, x->row, x->col, "the date '%s' does not read: the sheet is damaged",
					     cs_msg_text(clean, sizeof clean, x->val, x->vlen));
		return cs_row_cell(s, x->row, x->col, CS_SHEET_DATE, buf, n);
	}
	return cs_sheet_fail(s, x->row, x->col, "the cell has the unknown type '%s': the sheet is damaged",
			     cs_msg_text(clean, sizeof clean, t, strlen(t)));
}

static int sheet_end(void *ud, const char *name)
{
	struct xlsx *x = ud;
	if (x->skip) {
		x->skip--;
		return 0;
	}
	if (!x->in_data)
		return 0;
	const char *local = cs_xml_local(name);
	if (x->in_cell) {
		if (strcmp(local, "c") == 0) {
			x->in_cell = x->in_v = x->in_is = 0;
			return cell_end(x);
		}
		if (strcmp(local, "v") == 0 || strcmp(local, "t") == 0)
			x->in_v = 0;
		else if (strcmp(local, "is") == 0)
			x->in_is = 0;
		return 0;
	}
	if (x->in_row && strcmp(local, "row") == 0) {
		x->in_row = 0;
		x->prev_row = x->row;
		return cs_row_emit(x->s, x->row, 1);
	}
	if (strcmp(local, "sheetData") == 0)
		return CS_XML_DONE;             /* the rest is layout */
	return 0;
}

/* ---- the whole -------------------------------------------------------------- */

/* Parse a part held in memory; a missing part is left to the caller. */
static int held(struct xlsx *x, const char *part, const struct cs_xml_handlers *h)
{
	return cs_zip_parse(x->z, part, x->s->max_held, h, x, x->s->err);
}

static int read_sheet(struct xlsx *x)
{
	struct cs_sheet_ctx *s = x->s;
	/* the workbook part, from the package's relationships */
	int rc = rels_read(x, "");
	if (rc)
		return rc;
	const char *wb = rel_by_type(x, "officeDocument");
	char *workbook = strdup(wb ? wb : "xl/workbook.xml");
	if (!workbook)
		return oom(x);
	static const struct cs_xml_handlers wbh = { .start = workbook_start };
	rc = held(x, workbook, &wbh);
	if (rc == CS_XML_MISSING)
		rc = damaged(x, "no workbook part", workbook);
	if (!rc)
		rc = rels_read(x, workbook);
	free(workbook);
	if (rc)
		return rc;

	long i = cs_sheet_choose(s, (const char *const *)x->name, x->nsheet);
	if (i < 0)
		return s->err->code;
	if ((rc = cs_sheet_set_name(s, x->name[i])) != 0)
		return rc;
	const struct rel *r = rel_by_id(x, x->rid[i]);
	if (!r)
		return cs_sheet_fail(s, 0, 0, "the workbook does not say where the sheet is: the file is damaged");
	size_t tl = strlen(r->type);
	if (tl >= 10 && strcmp(r->type + tl - 10, "chartsheet") == 0)
		return cs_sheet_fail(s, 0, 0, "the sheet is a chart, not a table of cells");
	char *sheet_part = strdup(r->target);
	if (!sheet_part)
		return oom(x);

	const char *styles = rel_by_type(x, "styles"), *strings = rel_by_type(x, "sharedStrings");
	static const struct cs_xml_handlers sth = { .start = styles_start, .end = styles_end };
	static const struct cs_xml_handlers ssh = { .start = sst_start, .end = sst_end, .text = sst_text };
	rc = styles ? held(x, styles, &sth) : 0;
	if (rc == CS_XML_MISSING)
		rc = 0;
	if (!rc)
		rc = styles_resolve(x);
	if (!rc && strings && (rc = held(x, strings, &ssh)) == CS_XML_MISSING)
		rc = 0;
	if (!rc) {
		static const struct cs_xml_handlers shh = { .start = sheet_start, .end = sheet_end,
							    .text = sheet_text };
		x->skip = 0;
		rc = cs_zip_parse(x->z, sheet_part, s->max_part, &shh, x, s->err);
		if (rc == CS_XML_MISSING)
			rc = cs_sheet_fail(s, 0, 0, "the sheet's part %s is missing: the file is damaged", sheet_part);
	}
	free(sheet_part);
	return rc;
}

int cs_sheet_xlsx(struct cs_sheet_ctx *s, const char *path, const void *buf, size_t len)
{
	struct xlsx x = { .s = s };
	int rc = cs_zip_open(&x.z, path, buf, len, s->file, s->err);
	if (rc)
		return rc;
	rc = read_sheet(&x);
	rels_free(&x);
	for (size_t i = 0; i < x.nsheet; i++) {
		free(x.name[i]);
		free(x.rid[i]);
	}
	free(x.name);
	free(x.rid);
	free(x.xf_id);
	free(x.xf_kind);
	free(x.fmt_id);
	free(x.fmt_kind);
	free(x.sst);
	free(x.sst_off);
	free(x.val);
	cs_zip_close(x.z);
	return rc;
}
