/* source.c - the bytes of an input, looked at first, converted on the way
 * (see source.h). */
#include "cli/io/source.h"
#include "cli/core/encoding.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PIECE (1 << 16)           /* a read */
#define FIRST_LINE_MAX (1 << 20)  /* what the header line is looked for in */

int cs_source_open(struct cs_source *s, const char *path, struct cs_err *err)
{
	memset(s, 0, sizeof *s);
	int in = strcmp(path, "-") == 0;
	s->name = in ? "<stdin>" : path;
	s->fd = in ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	if (s->fd < 0)
		return cs_err_set(err, CS_EXIT_ENV, "cannot read '%s': %s", path, strerror(errno));
	s->own = !in;
	struct stat st;
	if (fstat(s->fd, &st) == 0 && S_ISREG(st.st_mode)) {
		s->regular = 1;
		s->size = (long long)st.st_size;
	}
	s->buf = malloc(PIECE);
	s->cap = 2 * PIECE;
	s->ahead = malloc(s->cap);
	if (!s->buf || !s->ahead) {
		cs_source_close(s);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	return 0;
}

void cs_source_close(struct cs_source *s)
{
	if (s->own && s->fd >= 0)
		close(s->fd);
	cs_conv_close(s->conv);
	free(s->ahead);
	free(s->text);
	free(s->buf);
	memset(s, 0, sizeof *s);
	s->fd = -1;
}

/* read() into b, up to n bytes; *got 0 at the end. */
static int read_some(struct cs_source *s, void *b, size_t n, size_t *got, struct cs_err *err)
{
	for (;;) {
		ssize_t k = read(s->fd, b, n);
		if (k >= 0) {
			*got = (size_t)k;
			if (k == 0)
				s->eof = 1;
			return 0;
		}
		if (errno != EINTR)
			return cs_err_set(err, CS_EXIT_ENV, "cannot read '%s': %s", s->name, strerror(errno));
	}
}

/* Read up to PIECE more bytes into the look-ahead. */
static int read_ahead(struct cs_source *s, struct cs_err *err)
{
	if (s->pos > 0) {               /* move what is left to the front */
		memmove(s->ahead, s->ahead + s->pos, s->len - s->pos);
		s->len -= s->pos;
		s->pos = 0;
	}
	if (s->cap - s->len < PIECE) {
		size_t cap = s->cap ? 2 * s->cap : 2 * PIECE;
		while (cap - s->len < PIECE)
			cap *= 2;
		unsigned char *a = realloc(s->ahead, cap);
		if (!a)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		s->ahead = a, s->cap = cap;
	}
	size_t got;
	int rc = read_some(s, s->ahead + s->len, PIECE, &got, err);
	s->len += got;
	return rc;
}

int cs_source_head(struct cs_source *s, size_t n, const unsigned char **p, size_t *len, struct cs_err *err)
{
	while (s->len - s->pos < n && !s->eof) {
		int rc = read_ahead(s, err);
		if (rc)
			return rc;
	}
	*p = s->ahead + s->pos;
	*len = s->len - s->pos;
	return 0;
}

void cs_source_skip(struct cs_source *s, size_t n)
{
	if (n > s->len - s->pos)
		n = s->len - s->pos;
	s->pos += n;
	s->consumed += (long long)n;
}

int cs_source_convert(struct cs_source *s, const char *encoding, struct cs_err *err)
{
	int st = cs_conv_open(&s->conv, encoding);
	if (st == CS_CONV_NOMEM)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (st)
		return cs_err_set(err, CS_EXIT_ENV, "cannot read '%s' as %s: this encoding %s", s->name,
				  encoding, cs_conv_status_text(st));
	return 0;
}

const char *cs_source_encoding(const struct cs_source *s)
{
	return s->conv ? cs_conv_encoding(s->conv) : "utf-8";
}

/* The next raw bytes: the look-ahead first, then reads; *n 0 at the end. */
static int raw_piece(struct cs_source *s, const char **p, size_t *n, struct cs_err *err)
{
	*n = 0;
	if (s->pos < s->len) {
		*p = (const char *)s->ahead + s->pos;
		*n = s->len - s->pos;
		s->pos = s->len;
	} else if (!s->eof) {
		int rc = read_some(s, s->buf, PIECE, n, err);
		if (rc)
			return rc;
		*p = s->buf;
	}
	s->consumed += (long long)*n;
	return 0;
}

/* Convert the next raw bytes (at the end of the input, finish the
 * converter): *out and *n the text; *n is 0 only at the end or when the
 * conversion stopped.  0 or CS_EXIT_ENV. */
static int convert_piece(struct cs_source *s, const char **out, size_t *n, struct cs_err *err)
{
	*n = 0;
	while (*n == 0 && !s->stopped && !s->done) {
		const char *p;
		size_t k;
		int rc = raw_piece(s, &p, &k, err), st;
		if (rc)
			return rc;
		if (k > 0) {
			st = cs_conv_feed(s->conv, p, k, out, n);
		} else {
			st = cs_conv_finish(s->conv, out, n);
			s->done = 1;
		}
		if (st == CS_CONV_NOMEM)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		s->stopped = st;
	}
	return 0;
}

/* The length of s[0..n) up to its first CR or LF outside quotes
 * (included), or 0 when there is none. */
static size_t line_end(const char *s, size_t n)
{
	int quoted = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && (s[i] == '\n' || s[i] == '\r'))
			return i + 1;
	}
	return 0;
}

/* Append text to the converted look-ahead. */
static int keep_text(struct cs_source *s, const char *p, size_t n, struct cs_err *err)
{
	if (!s->text || s->tcap - s->tlen < n) {
		size_t cap = s->tcap ? s->tcap : PIECE;
		while (cap - s->tlen < n)
			cap *= 2;
		char *t = realloc(s->text, cap);
		if (!t)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		s->text = t, s->tcap = cap;
	}
	if (n)
		memcpy(s->text + s->tlen, p, n);
	s->tlen += n;
	return 0;
}

int cs_source_first_line(struct cs_source *s, const char **p, size_t *len, struct cs_err *err)
{
	int rc = 0;
	if (!s->conv) {
		for (;;) {
			size_t n = s->len - s->pos;
			if (rc || s->eof || n >= FIRST_LINE_MAX || line_end((const char *)s->ahead + s->pos, n))
				break;
			rc = read_ahead(s, err);
		}
		size_t n = s->len - s->pos, k = line_end((const char *)s->ahead + s->pos, n);
		*p = (const char *)s->ahead + s->pos;
		*len = k ? k : n;
		return rc;
	}
	if (!s->text && keep_text(s, "", 0, err))
		return CS_EXIT_ENV;
	while (!rc && !line_end(s->text + s->tpos, s->tlen - s->tpos) && !s->stopped && !s->done &&
	       s->tlen - s->tpos < FIRST_LINE_MAX) {
		const char *t;
		size_t n;
		if ((rc = convert_piece(s, &t, &n, err)) == 0)
			rc = keep_text(s, t, n, err);
	}
	size_t n = s->tlen - s->tpos, k = line_end(s->text + s->tpos, n);
	*p = s->text + s->tpos;
	*len = k ? k : n;
	return rc;
}

int cs_source_next(struct cs_source *s, const char **p, size_t *len, struct cs_err *err)
{
	*len = 0;
	if (s->tpos < s->tlen) {       /* what the first line's search converted */
		*p = s->text + s->tpos;
		*len = s->tlen - s->tpos;
		s->tpos = s->tlen;
		return 0;
	}
	if (!s->conv)
		return raw_piece(s, p, len, err);
	int rc = convert_piece(s, p, len, err);
	if (!rc && *len == 0 && s->stopped)
		return CS_SOURCE_STOP;
	return rc;
}

int cs_source_err_conv(const struct cs_source *s, unsigned long line, struct cs_err *err)
{
	const struct cs_conv_pos *at = cs_conv_pos(s->conv);
	const char *enc = cs_conv_encoding(s->conv);
	if (s->stopped == CS_CONV_NO_BOM)
		return cs_err_at(err, CS_EXIT_DATA, s->name, 1, 0, "the file has no byte-order mark to tell "
				 "the byte order of utf-16: say --encoding utf-16le or utf-16be");
	if (s->stopped == CS_CONV_TRUNCATED)
		return cs_err_at(err, CS_EXIT_DATA, s->name, line, 0, "the file ends inside a character of %s "
				 "(offset %llu)", enc, (unsigned long long)at->offset);
	/* a UTF-16 code unit is two bytes; show those of the 8-bit encodings
	 * one at a time */
	size_t unit = strncmp(enc, "utf-16", 6) == 0 ? 2 : 1, k = at->nbytes < unit ? at->nbytes : unit;
	char hex[16] = "";
	for (size_t i = 0, o = 0; i < k; i++)
		o += (size_t)snprintf(hex + o, sizeof hex - o, "%s0x%02X", i ? " " : "", at->bytes[i]);
	return cs_err_at(err, CS_EXIT_DATA, s->name, line, 0, "%s %s at offset %llu %s not a character in %s: "
			 "is the file in another encoding?", k > 1 ? "bytes" : "byte", hex,
			 (unsigned long long)at->offset, k > 1 ? "are" : "is", enc);
}

int cs_source_slurp(struct cs_source *s, size_t max, char **buf, size_t *len, struct cs_err *err)
{
	*buf = NULL, *len = 0;
	int rc = 0;
	while (!rc && !s->eof && s->len - s->pos <= max)
		rc = read_ahead(s, err);
	if (rc)
		return rc;
	size_t n = s->len - s->pos;
	if (n > max)
		return cs_err_set(err, CS_EXIT_DATA, "%s: more than %zu bytes: too large for a workbook read "
				  "from standard input", s->name, max);
	/* the look-ahead itself is handed over: no second copy of the file */
	if (s->pos)
		memmove(s->ahead, s->ahead + s->pos, n);
	*buf = (char *)s->ahead, *len = n;
	s->consumed += (long long)n;
	s->ahead = NULL;
	s->pos = s->len = s->cap = 0;
	return 0;
}
