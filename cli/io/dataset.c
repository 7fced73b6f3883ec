/* dataset.c - the streaming CSV reader (see dataset.h). */
#include "cli/io/dataset.h"
#include "cli/io/dataset_impl.h"
#include "cli/io/progress.h"
#include "cli/io/source.h"
#include "cli/core/encoding.h"
#include "cli/core/values.h"

#include <csv.h>
#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *cs_input_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

void cs_header_list(char *buf, size_t size, const char *const *names, size_t n)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t j = 0; j < n; j++) {
		char name[CS_MSG_TEXT];
		cs_msg_text(name, sizeof name, names[j], strlen(names[j]));
		size_t k = strlen(name) + 2 + (j ? 2 : 0);
		if (used + k + 4 > size) {     /* room for "..." and the NUL */
			strcpy(buf + used, "...");
			return;
		}
		snprintf(buf + used, size - used, "%s'%s'", j ? ", " : "", name);
		used += k;
	}
}

/* Edit distance (Levenshtein) of a and b, ASCII letters compared without
 * case; only for names under 64 bytes (else a large number). */
static size_t name_distance(const char *a, const char *b)
{
	size_t m = strlen(a), n = strlen(b), row[64];
	if (m >= 64 || n >= 64)
		return (size_t)-1;
	for (size_t j = 0; j <= n; j++)
		row[j] = j;
	for (size_t i = 1; i <= m; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= n; j++) {
			size_t up = row[j];
			int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
			size_t best = diag + !same;
			if (up + 1 < best) best = up + 1;
			if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[n];
}

const char *cs_header_suggest(const char *want, const char *const *names, size_t n)
{
	size_t len = strlen(want), limit = len < 4 ? 0 : len < 6 ? 1 : len / 3, best = (size_t)-1;
	const char *pick = NULL;
	int ties = 0;
	for (size_t j = 0; j < n; j++) {
		size_t d = name_distance(want, names[j]);
		if (strcasecmp(want, names[j]) == 0)
			d = 0;          /* only the case differs: the best there is */
		if (d < best)
			best = d, pick = names[j], ties = 0;
		else if (d == best)
			ties++;
	}
	return pick && best <= limit && !ties ? pick : NULL;
}

long cs_header_find(const char *want, const char *const *names, size_t n, size_t *again)
{
	long at = -1;
	*again = n;
	for (size_t j = 0; j < n; j++) {
		if (strcmp(names[j], want) != 0)
			continue;
		if (at < 0)
			at = (long)j;
		else if (*again == n)
			*again = j;
	}
	return at;
}

void cs_no_column_text(char *buf, size_t size, const char *want, const char *const *names, size_t n)
{
	char list[768];
	cs_header_list(list, sizeof list, names, n);
	const char *near = cs_header_suggest(want, names, n);
	snprintf(buf, size, "no column '%s' in the header%s%s%s; the columns are: %s", want,
		 near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "", list);
}

int cs_err_no_column(struct cs_err *err, const char *input, unsigned long line, const char *want,
		     const char *const *names, size_t n)
{
	char msg[sizeof err->msg];
	cs_no_column_text(msg, sizeof msg, want, names, n);
	return cs_err_at(err, CS_EXIT_DATA, input, line, 0, "%s", msg);
}

/* Is the text plain ASCII without NUL bytes?  Eight bytes at a time. */
static int plain_ascii(const char *s, size_t n)
{
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if ((w & CS_HIGHS) || cs_has_zero_byte(w))
			return 0;
	}
	for (; i < n; i++)
		if (cs_is_odd(s[i]))
			return 0;
	return 1;
}

/* Does the record being parsed hold a newline inside quotes? */
static int record_flagged(const struct cs_reader *r)
{
	return r->flag_head < r->nflag && r->flag[r->flag_head] == r->ended + 1;
}

/* From which record on_field() must take its slow path (see next_slow). */
static void watch(struct cs_reader *r)
{
	r->next_slow = !r->have_header || r->failed ? 0
		       : r->flag_head < r->nflag ? r->flag[r->flag_head] : ULONG_MAX;
}

static int fail(struct cs_reader *r, int code)
{
	r->failed = code;
	r->next_slow = 0;
	return code;
}

static int text_ok(struct cs_reader *r, const char *s, size_t len, unsigned long line,
		   int field, const char *column);

/* A header field that starts on line `line`: check its text (a NUL would
 * cut the name short), keep a copy of its name. */
static __attribute__((noinline)) void header_field(struct cs_reader *r, const char *data, size_t len,
						   unsigned long line)
{
	if (text_ok(r, data, len, line, (int)r->nhdr + 1, NULL) != 0)
		return;
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
}

/* Make room for a value of len bytes in slot s; 0 or -1 (r failed). */
static __attribute__((noinline)) int grow_slot(struct cs_reader *r, struct slot *s, size_t len)
{
	size_t cap = s->cap ? s->cap : 64;
	while (cap < len + 1)
		cap *= 2;
	char *b = realloc(s->buf, cap);
	if (!b) {
		fail(r, cs_err_set(r->err, CS_EXIT_ENV, "out of memory"));
		return -1;
	}
	s->buf = b, s->cap = cap;
	return 0;
}

/* The value in slot i may hold non-ASCII bytes: check its text. */
static __attribute__((noinline)) void check_value(struct cs_reader *r, size_t i)
{
	text_ok(r, r->val[i], r->len[i], r->vline[i], r->vfield[i], r->want[i]);
}

/* May the value being stored hold bytes that are not ASCII?  Only if the
 * chunk it came from has such bytes (see cs_reader_feed()). */
static inline int maybe_not_ascii(const struct cs_reader *r)
{
	return r->not_ascii || r->nrows < r->check_until;
}

/* Slot i holds a value of len bytes now: end it, point the row at it,
 * check its text if `check`. */
static inline void keep(struct cs_reader *r, size_t i, size_t len, unsigned long line, int check)
{
	struct slot *s = &r->slot[i];
	s->buf[len] = '\0';
	r->val[i] = s->buf;
	r->len[i] = len;
	r->vline[i] = line;
	if (check)
		check_value(r, i);
}

/* store() for values of more than 16 bytes, or the first in a slot. */
static __attribute__((noinline)) void store_long(struct cs_reader *r, size_t i, const char *data,
						 size_t len, unsigned long line)
{
	struct slot *s = &r->slot[i];
	if (len + 1 > s->cap && grow_slot(r, s, len) != 0)
		return;
	if (len)
		memcpy(s->buf, data, len);
	keep(r, i, len, line, maybe_not_ascii(r));
}

/* Keep a requested value until the end of the record; check its text.
 * Out of line, so that on_field() stays small for the other fields.  A
 * value of up to 16 bytes (most cells) is copied without a call, as two
 * overlapping words that between them hold every byte once or twice, into
 * a buffer of at least 64 bytes; the same words tell whether it is plain
 * ASCII without NUL bytes. */
static __attribute__((noinline)) void store(struct cs_reader *r, size_t i, const char *data, size_t len,
		  unsigned long line)
{
	char *d = r->slot[i].buf;
	if (len > 16 || !d) {
		store_long(r, i, data, len, line);
		return;
	}
	uint64_t w = 0, v = 0;
	if (len >= 8) {
		memcpy(&w, data, 8), memcpy(&v, data + len - 8, 8);
		memcpy(d, &w, 8), memcpy(d + len - 8, &v, 8);
	} else if (len >= 4) {
		uint32_t a, b;
		memcpy(&a, data, 4), memcpy(&b, data + len - 4, 4);
		memcpy(d, &a, 4), memcpy(d + len - 4, &b, 4);
		w = a | (uint64_t)b << 32, v = w;
	} else if (len > 0) {
		d[0] = data[0], d[len / 2] = data[len / 2], d[len - 1] = data[len - 1];
	}
	int check = maybe_not_ascii(r);
	if (check && len >= 4)
		check = ((w | v) & CS_HIGHS) || cs_has_zero_byte(w) || cs_has_zero_byte(v);
	keep(r, i, len, line, check);
}

/* Line ends in a field's text: LF, and CR not followed by LF (a CR at the
 * end is followed by the closing quote). */
static unsigned long field_lines(const char *s, size_t n)
{
	unsigned long k = cs_count_newlines(s, n);
	for (const char *p = s; (p = memchr(p, '\r', (size_t)(s + n - p))) != NULL; p++)
		k += p + 1 == s + n || p[1] != '\n';
	return k;
}

/* A field in the general case: the header, a failed run, or a record that
 * holds a line end inside quotes (whose fields must be searched for it). */
static __attribute__((noinline)) void on_field_slow(void *data, size_t len, struct cs_reader *r)
{
	size_t f = r->field++;
	if (f == 0)
		r->row_line = r->lines + 1;
	unsigned long start = r->lines + 1;
	/* checked per field: with short reads a record's first fields can be
	 * parsed before the scan reaches its quoted newline */
	if (record_flagged(r))
		r->lines += field_lines(data, len);
	if (r->failed)
		return;
	if (!r->have_header) {
		header_field(r, data, len, start);
		return;
	}
	int i = f < r->nhdr ? r->map[f] : -1;
	if (i >= 0)
		store(r, (size_t)i, data, len, start);
}

/* libcsv calls this for every field of every record: the common case ends
 * in tail calls, so it saves no registers. */
static void on_field(void *data, size_t len, void *vr)
{
	struct cs_reader *r = vr;
	if (__builtin_expect(r->ended + 1 >= r->next_slow, 0)) {
		on_field_slow(data, len, r);
		return;
	}
	size_t f = r->field++;
	if (f == 0)
		r->row_line = r->lines + 1;
	int i = f < r->nhdr ? r->map[f] : -1;
	if (i >= 0)
		store(r, (size_t)i, data, len, r->lines + 1);
}

/* What cs_enc_sniff() makes of the text s that is at fault, as the end of
 * a message: "; it reads as Cyrillic in windows-1251: add --encoding
 * windows-1251"; "" when it has no guess or an --encoding was given.  Only
 * the text itself is looked at, so that the message does not depend on how
 * the input was cut into reads (or chunks, by threads).  A NUL byte is
 * UTF-16's sign, not 8-bit text. */
static const char *encoding_hint(const struct cs_reader *r, const char *s, size_t len, int nul,
				 char *buf, size_t size)
{
	const char *g = r->hint_encoding ? cs_enc_sniff(s, len) : NULL;
	if (!g || (strncmp(g, "utf-16", 6) == 0) != nul)
		return "";
	if (nul)
		snprintf(buf, size, "; it looks like UTF-16 text without a byte-order mark: add --encoding %s", g);
	else
		snprintf(buf, size, "; it reads as Cyrillic in %s: add --encoding %s", g, g);
	return buf;
}

/* The message for text s that is not valid UTF-8 or holds a NUL byte. */
static __attribute__((noinline)) int text_error(struct cs_reader *r, int nul, unsigned long line,
						int field, const char *column, const char *s, size_t len)
{
	const char *what = column ? "the value in column '" : "the header";
	const char *tail = column ? "'" : "";
	char name[CS_MSG_TEXT] = "", hint[160];
	if (column)     /* a header name, with cs_csv_read_all() */
		cs_msg_text(name, sizeof name, column, strlen(column));
	return fail(r, cs_err_at(r->err, CS_EXIT_DATA, r->name, line, field, "%s%s%s %s%s", what, name,
				 tail, nul ? "contains a NUL byte" : "is not valid UTF-8",
				 encoding_hint(r, s, len, nul, hint, sizeof hint)));
}

/* Is the text printable ASCII or valid UTF-8 without NUL bytes?  `column`
 * names the column in the message, or is NULL for the header. */
static int text_ok(struct cs_reader *r, const char *s, size_t len, unsigned long line,
		   int field, const char *column)
{
	if (plain_ascii(s, len))
		return 0;
	int nul = memchr(s, '\0', len) != NULL;
	if (!nul && cs_utf8_valid(s, len))
		return 0;
	return text_error(r, nul, line, field, column, s, len);
}

/* The per-column arrays for n requested columns (n >= 1); 0 or -1. */
static int alloc_columns(struct cs_reader *r, size_t n)
{
	r->slot = calloc(n, sizeof *r->slot);
	r->src = calloc(n, sizeof *r->src);
	r->dup = calloc(n, sizeof *r->dup);
	r->val = calloc(n, sizeof *r->val);
	r->len = calloc(n, sizeof *r->len);
	r->vline = calloc(n, sizeof *r->vline);
	r->vfield = calloc(n, sizeof *r->vfield);
	return r->slot && r->src && r->dup && r->val && r->len && r->vline && r->vfield ? 0 : -1;
}

/* cs_csv_read_all(): the columns are the header's, field j in slot j. */
static void take_all_columns(struct cs_reader *r)
{
	size_t n = r->nhdr;
	free(r->slot), free(r->src), free(r->dup), free(r->val);   /* made for no column */
	free(r->len), free(r->vline), free(r->vfield);
	int rc = alloc_columns(r, n ? n : 1);
	r->map = malloc((n ? n : 1) * sizeof *r->map);
	if (rc || !r->map) {
		fail(r, cs_err_set(r->err, CS_EXIT_ENV, "out of memory"));
		return;
	}
	for (size_t j = 0; j < n; j++)
		r->map[j] = (int)j, r->src[j] = j, r->vfield[j] = (int)j + 1;
	r->want = (const char *const *)r->hdr;
	r->nwant = n;
	r->have_header = 1;
	watch(r);
	if (r->on_header) {
		int rc = r->on_header(r->ctx, r->want, n, r->row_line, NULL, r->err);
		if (rc)
			fail(r, rc);
	}
}

/* The header is complete: check it and map the requested columns. */
static void finish_header(struct cs_reader *r)
{
	if (r->all) {
		take_all_columns(r);
		return;
	}
	r->map = malloc(r->nhdr * sizeof *r->map);
	if (!r->map) {
		fail(r, cs_err_set(r->err, CS_EXIT_ENV, "out of memory"));
		return;
	}
	for (size_t j = 0; j < r->nhdr; j++)
		r->map[j] = -1;
	for (size_t i = 0; i < r->nwant; i++) {
		size_t again;
		long at = cs_header_find(r->want[i], (const char *const *)r->hdr, r->nhdr, &again);
		if (at < 0) {
			/* list what there is, so the user can correct the name */
			fail(r, cs_err_no_column(r->err, r->name, r->row_line, r->want[i],
						 (const char *const *)r->hdr, r->nhdr));
			return;
		}
		if (again < r->nhdr) {
			fail(r, cs_err_at(r->err, CS_EXIT_DATA, r->name, r->row_line, 0,
					  "column '%s' appears twice in the header (fields %ld and %zu)",
					  r->want[i], at + 1, again + 1));
			return;
		}
		size_t found = (size_t)at;
		r->vfield[i] = (int)found + 1;   /* fixed: one field per column */
		/* a column requested twice (--by and --where) shares one slot */
		if (r->map[found] >= 0) {
			r->src[i] = (size_t)r->map[found];
			r->dup[r->ndup++] = i;
		} else {
			r->map[found] = (int)i;
			r->src[i] = i;
		}
	}
	r->have_header = 1;
	watch(r);
}

/* An LF outside quotes was parsed: it ends record number `ended` for the
 * pre-scan's flags (records are counted by LF). */
static void end_lf(struct cs_reader *r)
{
	r->ended++;
	while (r->flag_head < r->nflag && r->flag[r->flag_head] <= r->ended)
		r->flag_head++;
	watch(r);
}

/* A record or a blank line ended at a CR: a line ends there. */
static inline void end_cr(struct cs_reader *r)
{
	r->lines++;
	r->cr_line = r->lines;
}

/* A blank line ended at c (LF, CR, or -1 at the end of the input).  An LF
 * right after a CR is a blank line to libcsv, and ends no line of its own
 * (CRLF): nothing came between when lines has not moved since the CR (no
 * blank either: the pre-scan keeps libcsv from trimming one next to a
 * CR). */
static inline void end_blank(struct cs_reader *r, int c)
{
	if (c == '\r') {
		end_cr(r);
	} else if (c == '\n') {
		if (r->cr_line == r->lines)
			r->cr_line = ULONG_MAX;   /* that CR is paired now */
		else
			r->lines++;
		end_lf(r);
	}
}

static void on_row(int c, void *vr)
{
	struct cs_reader *r = vr;
	if (r->failed)
		return;
	if (r->field == 0) {            /* a blank line, or the LF of a CRLF */
		end_blank(r, c);
		return;
	}
	if (!r->have_header) {
		finish_header(r);
	} else if (r->field != r->nhdr) {
		fail(r, cs_err_at(r->err, CS_EXIT_DATA, r->name, r->row_line, 0,
				  "row has %zu field%s but the header has %zu",
				  r->field, r->field == 1 ? "" : "s", r->nhdr));
	} else {
		for (size_t i = 0; i < r->ndup; i++) {   /* columns requested twice */
			size_t d = r->dup[i], k = r->src[d];
			r->val[d] = r->val[k], r->len[d] = r->len[k];
			r->vline[d] = r->vline[k];
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
	if (c == '\n') {
		r->lines++;
		end_lf(r);
	} else if (c == '\r') {
		end_cr(r);
	}
}

void cs_reader_free(struct cs_reader *r)
{
	for (size_t j = 0; r->hdr && j < r->nhdr; j++)   /* no names after a header copy */
		free(r->hdr[j]);
	free(r->hdr);
	free(r->map);
	if (r->slot)
		for (size_t i = 0; i < r->nwant; i++)
			free(r->slot[i].buf);
	free(r->slot);
	free(r->flag);
	free(r->src);
	free(r->dup);
	free(r->val);
	free(r->len);
	free(r->vline);
	free(r->vfield);
	if (r->parser_ready)
		csv_free(&r->p);
	memset(r, 0, sizeof *r);
}

static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

int cs_reader_init(struct cs_reader *r, const char *name, const char *const *columns,
		   size_t ncols, cs_row_fn fn, void *ctx, struct cs_err *err)
{
	memset(r, 0, sizeof *r);
	r->name = name;
	r->want = columns, r->nwant = ncols;
	r->fn = fn, r->ctx = ctx, r->err = err;
	if (alloc_columns(r, ncols ? ncols : 1) != 0 ||
	    csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL | CSV_APPEND_NULL) != 0) {
		cs_reader_free(r);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	r->parser_ready = 1;
	csv_set_space_func(&r->p, no_space);
	r->cr_line = ULONG_MAX;
	r->delim = ',';
	r->blank2 = '\t';
	return 0;
}

void cs_reader_configure(struct cs_reader *r, const struct cs_csv_opts *o)
{
	char d = o && o->delim ? o->delim : ',';
	r->delim = d;
	r->blank2 = d == '\t' ? ' ' : '\t';
	r->hint_encoding = o && o->hint_encoding;
	csv_set_delim(&r->p, (unsigned char)d);
}

int cs_reader_init_after_header(struct cs_reader *r, const struct cs_reader *h, void *ctx,
				struct cs_err *err, unsigned long lines)
{
	int rc = cs_reader_init(r, h->name, h->want, h->nwant, h->fn, ctx, err);
	if (rc)
		return rc;
	struct cs_csv_opts o = { h->delim, h->hint_encoding, 0 };
	cs_reader_configure(r, &o);
	r->map = malloc((h->nhdr ? h->nhdr : 1) * sizeof *r->map);
	if (!r->map) {
		cs_reader_free(r);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	memcpy(r->map, h->map, h->nhdr * sizeof *r->map);
	memcpy(r->src, h->src, h->nwant * sizeof *r->src);
	memcpy(r->vfield, h->vfield, h->nwant * sizeof *r->vfield);
	memcpy(r->dup, h->dup, h->ndup * sizeof *r->dup);
	r->ndup = h->ndup;
	r->nhdr = h->nhdr;          /* the names stay with h */
	r->have_header = 1;
	watch(r);
	r->lines = r->nl_before = lines;
	return 0;
}

int cs_reader_feed(struct cs_reader *r, const char *buf, size_t n)
{
	if (r->failed)
		return r->failed;
	struct cs_scan sc = { 0 };
	int cr_before = r->cr_pending;
	if (cs_reader_prescan(r, buf, n, &sc) != 0)
		return fail(r, cs_err_set(r->err, CS_EXIT_ENV, "out of memory"));
	watch(r);
	/* Values keep their blanks, so libcsv must not trim them: a test
	 * callback that says "not a blank" does that, but libcsv calls it for
	 * every unquoted byte (a tenth of the run).  Where trimming would
	 * change nothing, its inline test is used instead. */
	csv_set_space_func(&r->p, sc.blanks ? no_space : NULL);
	r->fast_chunks += !sc.blanks;
	/* Values are checked for UTF-8 only when the bytes they came from
	 * may not be ASCII: those of this chunk, and the record that is still
	 * open when a non-ASCII chunk ends (its last field may have started
	 * there). */
	r->not_ascii = sc.not_ascii;
	size_t done = csv_parse(&r->p, buf, n, on_field, on_row, r);
	if (r->failed)
		return r->failed;
	if (r->not_ascii)
		r->check_until = r->nrows + 1;
	if (done < n) {
		unsigned long line = r->nl_before + cs_count_lines_to(buf, done, cr_before) + 1;
		return fail(r, csv_error(&r->p) == CSV_EPARSE
			    ? cs_err_at(r->err, CS_EXIT_DATA, r->name, line, 0,
					"malformed quoting: a '\"' inside an unquoted field, or text "
					"after a closing '\"' (write a quote inside a quoted field as \"\")")
			    : cs_err_at(r->err, CS_EXIT_DATA, r->name, line, 0, "cannot parse: %s",
					csv_strerror(csv_error(&r->p))));
	}
	r->nl_before += sc.newlines + sc.lone_cr;
	/* drop the flags of records already parsed */
	if (r->flag_head > 0) {
		memmove(r->flag, r->flag + r->flag_head, (r->nflag - r->flag_head) * sizeof *r->flag);
		r->nflag -= r->flag_head;
		r->flag_head = 0;
	}
	return 0;
}

int cs_reader_finish(struct cs_reader *r)
{
	if (r->failed)
		return r->failed;
	unsigned long open_line = r->lines + 1;
	if (csv_fini(&r->p, on_field, on_row, r) != 0)
		return fail(r, cs_err_at(r->err, CS_EXIT_DATA, r->name, open_line, 0,
					 "unterminated quoted field (the closing '\"' is missing)"));
	return r->failed;
}

unsigned long cs_reader_next_line(const struct cs_reader *r)
{
	return r->nl_before + (unsigned long)r->cr_pending + 1;
}

int cs_reader_run(struct cs_reader *r, struct cs_source *src, unsigned long *nrows, struct cs_err *err)
{
	int rc = 0;
	cs_progress_begin(r->name, src->size);
	unsigned long rows_before = 0;
	long long bytes_before = src->consumed;
	for (;;) {
		const char *p;
		size_t n;
		rc = cs_source_next(src, &p, &n, err);
		if (rc == CS_SOURCE_STOP)     /* the text before the problem was parsed */
			rc = cs_source_err_conv(src, cs_reader_next_line(r), err);
		if (rc || n == 0)
			break;
		rc = cs_reader_feed(r, p, n);
		cs_progress_add(src->consumed - bytes_before, (long long)(r->nrows - rows_before));
		bytes_before = src->consumed;
		rows_before = r->nrows;
		cs_progress_tick();
		if (rc)
			break;
	}
	if (!rc)
		rc = cs_reader_finish(r);
	cs_progress_end();
	if (!rc && !r->have_header)
		rc = cs_err_at(err, CS_EXIT_DATA, r->name, 0, 0, "empty input: no header row");
	if (nrows)
		*nrows = r->nrows;
	cs_reader_free(r);
	return rc;
}

/* Read path with r (set up, and freed here): a UTF-8 byte-order mark is
 * dropped. */
static int read_path(struct cs_reader *r, const char *path, const struct cs_csv_opts *o,
		     unsigned long *nrows, struct cs_err *err)
{
	struct cs_source src;
	int rc = cs_source_open(&src, path, err);
	const unsigned char *head;
	size_t n = 0;
	if (!rc)
		rc = cs_source_head(&src, 3, &head, &n, err);
	if (rc) {
		cs_reader_free(r);
		if (src.fd >= 0)
			cs_source_close(&src);
		return rc;
	}
	if (n >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0)
		cs_source_skip(&src, 3);
	cs_reader_configure(r, o);
	rc = cs_reader_run(r, &src, nrows, err);
	cs_source_close(&src);
	return rc;
}

int cs_csv_read_with(const char *path, const struct cs_csv_opts *o, const char *const *columns,
		     size_t ncols, cs_row_fn fn, void *ctx, unsigned long *nrows, struct cs_err *err)
{
	struct cs_reader r;
	int rc = cs_reader_init(&r, cs_input_name(path), columns, ncols, fn, ctx, err);
	if (rc)
		return rc;
	return read_path(&r, path, o, nrows, err);
}

int cs_csv_read_all_with(const char *path, const struct cs_csv_opts *o, cs_header_fn hfn, cs_row_fn fn,
			 void *ctx, unsigned long *nrows, struct cs_err *err)
{
	struct cs_reader r;
	int rc = cs_reader_init(&r, cs_input_name(path), NULL, 0, fn, ctx, err);
	if (rc)
		return rc;
	r.all = 1;
	r.on_header = hfn;
	return read_path(&r, path, o, nrows, err);
}

int cs_csv_read(const char *path, const char *const *columns, size_t ncols,
		cs_row_fn fn, void *ctx, unsigned long *nrows, struct cs_err *err)
{
	return cs_csv_read_with(path, NULL, columns, ncols, fn, ctx, nrows, err);
}

int cs_csv_read_all(const char *path, cs_header_fn hfn, cs_row_fn fn, void *ctx,
		    unsigned long *nrows, struct cs_err *err)
{
	return cs_csv_read_all_with(path, NULL, hfn, fn, ctx, nrows, err);
}
