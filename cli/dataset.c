/* dataset.c - the streaming CSV reader (see dataset.h). */
#include "dataset.h"
#include "values.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK (1 << 16)

struct slot {               /* one requested column of the current row */
	char *buf;
	size_t cap, len;
	unsigned long line;
	int field;
};

struct reader {
	const char *name;
	const char *const *want;
	size_t nwant;
	cs_row_fn fn;
	void *ctx;
	struct cs_err *err;
	int failed;                 /* an exit code once something went wrong */

	int have_header;
	char **hdr;                 /* header names, while reading the header */
	size_t nhdr, hdr_cap;
	int *map;                   /* field index -> slot index or -1 */

	size_t field;               /* index of the next field in the row */
	unsigned long lines;        /* newlines inside completed rows and fields */
	unsigned long row_line;
	unsigned long nrows;

	struct slot *slot;
	size_t *src;                /* src[i]: the slot that holds column i */
	const char **val;
	size_t *len;
	unsigned long *vline;
	int *vfield;
};

const char *cs_input_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

static unsigned long count_newlines(const char *s, size_t n)
{
	unsigned long k = 0;
	const char *end = s + n;
	while ((s = memchr(s, '\n', (size_t)(end - s))) != NULL)
		k++, s++;
	return k;
}

static int fail(struct reader *r, int code)
{
	r->failed = code;
	return code;
}

static int slot_store(struct slot *s, const char *data, size_t len)
{
	if (len + 1 > s->cap) {
		size_t cap = s->cap ? s->cap : 64;
		while (cap < len + 1)
			cap *= 2;
		char *b = realloc(s->buf, cap);
		if (!b)
			return -1;
		s->buf = b, s->cap = cap;
	}
	memcpy(s->buf, data, len);
	s->buf[len] = '\0';
	s->len = len;
	return 0;
}

static void on_field(void *data, size_t len, void *vr)
{
	struct reader *r = vr;
	if (r->failed)
		return;
	if (r->field == 0)
		r->row_line = r->lines + 1;
	unsigned long start = r->lines + 1;
	if (len)
		r->lines += count_newlines(data, len);

	if (!r->have_header) {
		if (r->nhdr == r->hdr_cap) {
			size_t cap = r->hdr_cap ? 2 * r->hdr_cap : 16;
			char **h = realloc(r->hdr, cap * sizeof *h);
			if (!h) {
				fail(r, cs_err_set(r->err, CS_EXIT_ENV, "out of memory"));
				return;
			}
			r->hdr = h, r->hdr_cap = cap;
		}
		char *copy = malloc(len + 1);
		if (!copy) {
			fail(r, cs_err_set(r->err, CS_EXIT_ENV, "out of memory"));
			return;
		}
		if (len)
			memcpy(copy, data, len);
		copy[len] = '\0';
		r->hdr[r->nhdr++] = copy;
		r->field++;
		return;
	}
	if (r->field < r->nhdr && r->map[r->field] >= 0) {
		struct slot *s = &r->slot[r->map[r->field]];
		if (slot_store(s, data ? data : "", len) != 0) {
			fail(r, cs_err_set(r->err, CS_EXIT_ENV, "out of memory"));
			return;
		}
		s->line = start;
		s->field = (int)r->field + 1;
	}
	r->field++;
}

static int text_ok(struct reader *r, const char *s, size_t len, unsigned long line,
		   int field, const char *what)
{
	if (memchr(s, '\0', len))
		return fail(r, cs_err_at(r->err, CS_EXIT_DATA, r->name, line, field,
					 "%s contains a NUL byte", what));
	if (!cs_utf8_valid(s, len))
		return fail(r, cs_err_at(r->err, CS_EXIT_DATA, r->name, line, field,
					 "%s is not valid UTF-8", what));
	return 0;
}

/* The header is complete: check it and map the requested columns. */
static void finish_header(struct reader *r)
{
	for (size_t j = 0; j < r->nhdr; j++)
		if (text_ok(r, r->hdr[j], strlen(r->hdr[j]), r->row_line, (int)j + 1,
			    "the header") != 0)
			return;
	r->map = malloc(r->nhdr * sizeof *r->map);
	if (!r->map) {
		fail(r, cs_err_set(r->err, CS_EXIT_ENV, "out of memory"));
		return;
	}
	for (size_t j = 0; j < r->nhdr; j++)
		r->map[j] = -1;
	for (size_t i = 0; i < r->nwant; i++) {
		size_t found = r->nhdr;
		for (size_t j = 0; j < r->nhdr; j++) {
			if (strcmp(r->hdr[j], r->want[i]) != 0)
				continue;
			if (found < r->nhdr) {
				fail(r, cs_err_at(r->err, CS_EXIT_DATA, r->name, r->row_line, 0,
						  "column '%s' appears twice in the header (fields %zu and %zu)",
						  r->want[i], found + 1, j + 1));
				return;
			}
			found = j;
		}
		if (found == r->nhdr) {
			/* list what there is, so the user can correct the name */
			char list[768];
			size_t used = 0;
			list[0] = '\0';
			for (size_t j = 0; j < r->nhdr && used < sizeof list; j++) {
				int k = snprintf(list + used, sizeof list - used, "%s'%s'",
						 j ? ", " : "", r->hdr[j]);
				if (k < 0)
					break;
				used += (size_t)k;
			}
			if (used >= sizeof list)
				strcpy(list + sizeof list - 5, "...");
			fail(r, cs_err_at(r->err, CS_EXIT_DATA, r->name, r->row_line, 0,
					  "no column '%s' in the header; the columns are: %s", r->want[i], list));
			return;
		}
		/* a column requested twice (--by and --where) shares one slot */
		if (r->map[found] >= 0) {
			r->src[i] = (size_t)r->map[found];
		} else {
			r->map[found] = (int)i;
			r->src[i] = i;
		}
	}
	r->have_header = 1;
}

static void on_row(int c, void *vr)
{
	struct reader *r = vr;
	if (r->failed)
		return;
	if (r->field == 0) {            /* a blank line, or the LF of a CRLF */
		if (c == '\n')
			r->lines++;
		return;
	}
	if (!r->have_header) {
		finish_header(r);
	} else if (r->field != r->nhdr) {
		fail(r, cs_err_at(r->err, CS_EXIT_DATA, r->name, r->row_line, 0,
				  "row has %zu field%s but the header has %zu",
				  r->field, r->field == 1 ? "" : "s", r->nhdr));
	} else {
		for (size_t i = 0; i < r->nwant && !r->failed; i++) {
			struct slot *s = &r->slot[r->src[i]];
			r->val[i] = s->buf, r->len[i] = s->len;
			r->vline[i] = s->line, r->vfield[i] = s->field;
			if (r->src[i] != i)
				continue;
			char what[300];
			snprintf(what, sizeof what, "the value in column '%s'", r->want[i]);
			text_ok(r, s->buf, s->len, s->line, s->field, what);
		}
		if (!r->failed) {
			struct cs_row row = { r->row_line, r->val, r->len, r->vline, r->vfield };
			r->nrows++;
			int rc = r->fn(r->ctx, &row, r->err);
			if (rc)
				fail(r, rc);
		}
	}
	r->field = 0;
	if (c == '\n')
		r->lines++;
}

static void reader_free(struct reader *r)
{
	for (size_t j = 0; j < r->nhdr; j++)
		free(r->hdr[j]);
	free(r->hdr);
	free(r->map);
	if (r->slot)
		for (size_t i = 0; i < r->nwant; i++)
			free(r->slot[i].buf);
	free(r->slot);
	free(r->src);
	free(r->val);
	free(r->len);
	free(r->vline);
	free(r->vfield);
}

static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

int cs_csv_read(const char *path, const char *const *columns, size_t ncols,
		cs_row_fn fn, void *ctx, unsigned long *nrows, struct cs_err *err)
{
	struct reader r;
	memset(&r, 0, sizeof r);
	r.name = cs_input_name(path);
	r.want = columns, r.nwant = ncols;
	r.fn = fn, r.ctx = ctx, r.err = err;
	size_t n = ncols ? ncols : 1;
	r.slot = calloc(n, sizeof *r.slot);
	r.src = calloc(n, sizeof *r.src);
	r.val = calloc(n, sizeof *r.val);
	r.len = calloc(n, sizeof *r.len);
	r.vline = calloc(n, sizeof *r.vline);
	r.vfield = calloc(n, sizeof *r.vfield);
	if (!r.slot || !r.src || !r.val || !r.len || !r.vline || !r.vfield) {
		reader_free(&r);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}

	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		reader_free(&r);
		return cs_err_set(err, CS_EXIT_ENV, "cannot read '%s': %s", path, strerror(errno));
	}

	struct csv_parser p;
	csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL | CSV_APPEND_NULL);
	csv_set_space_func(&p, no_space);

	static const unsigned char bom[3] = { 0xEF, 0xBB, 0xBF };
	char *buf = malloc(CHUNK);
	int rc = 0, first = 1;
	unsigned long nl_before = 0;      /* newlines in all earlier chunks */
	size_t have = 0;
	if (!buf)
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	while (!rc) {
		ssize_t k = read(fd, buf + have, CHUNK - have);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			rc = cs_err_set(err, CS_EXIT_ENV, "cannot read '%s': %s", r.name, strerror(errno));
			break;
		}
		have += (size_t)k;
		/* a byte-order mark must be seen whole before it is dropped */
		if (first && k > 0 && have < sizeof bom && memcmp(buf, bom, have) == 0)
			continue;
		size_t off = 0;
		if (first) {
			first = 0;
			if (have >= sizeof bom && memcmp(buf, bom, sizeof bom) == 0)
				off = sizeof bom;
		}
		if (have == off) {
			if (k == 0)
				break;
			have = 0;
			continue;
		}
		size_t done = csv_parse(&p, buf + off, have - off, on_field, on_row, &r);
		if (r.failed) {
			rc = r.failed;
			break;
		}
		if (done < have - off) {
			unsigned long line = nl_before + count_newlines(buf + off, done) + 1;
			rc = csv_error(&p) == CSV_EPARSE
			     ? cs_err_at(err, CS_EXIT_DATA, r.name, line, 0,
					 "malformed quoting: a '\"' inside an unquoted field, or text "
					 "after a closing '\"' (write a quote inside a quoted field as \"\")")
			     : cs_err_at(err, CS_EXIT_DATA, r.name, line, 0, "cannot parse: %s",
					 csv_strerror(csv_error(&p)));
			break;
		}
		nl_before += count_newlines(buf + off, have - off);
		have = 0;
		if (k == 0)
			break;
	}
	if (!rc) {
		unsigned long open_line = r.lines + 1;
		if (csv_fini(&p, on_field, on_row, &r) != 0)
			rc = cs_err_at(err, CS_EXIT_DATA, r.name, open_line, 0,
				       "unterminated quoted field (the closing '\"' is missing)");
		else if (r.failed)
			rc = r.failed;
		else if (!r.have_header)
			rc = cs_err_at(err, CS_EXIT_DATA, r.name, 0, 0, "empty input: no header row");
	}
	csv_free(&p);
	free(buf);
	if (fd != STDIN_FILENO)
		close(fd);
	if (nrows)
		*nrows = r.nrows;
	reader_free(&r);
	return rc;
}
