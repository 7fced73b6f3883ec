/* source.h - the bytes of an input as the CSV reader takes them: a file or
 * standard input, opened once.  Its first bytes are kept after they are
 * looked at (what the file is, a byte-order mark, the header line), so that
 * standard input and pipes can be sniffed and still read whole; text in
 * another encoding is converted to UTF-8 on the way (cli/core/encoding.h),
 * one piece at a time, so memory does not grow with the input. */
#ifndef CS_SOURCE_H
#define CS_SOURCE_H

#include <stddef.h>
#include "cli/core/diag.h"

struct cs_conv;

struct cs_source {
	int fd;                     /* -1 when not open */
	int own;                    /* opened here (not standard input) */
	const char *name;           /* for messages: the path, or "<stdin>" */
	int regular;                /* a regular file */
	long long size;             /* its size, or 0 */
	unsigned char *ahead;       /* raw bytes read, not yet passed on: ahead[pos..len) */
	size_t pos, len, cap;
	int eof;
	long long consumed;         /* raw bytes passed on (for the progress line) */
	struct cs_conv *conv;       /* NULL: the bytes are UTF-8 already */
	char *text;                 /* converted text read ahead: text[tpos..tlen) */
	size_t tpos, tlen, tcap;
	int stopped;                /* the conversion stopped: its cs_conv status */
	int done;                   /* the converter has seen the end of the input */
	char *buf;                  /* a read's buffer */
};

/* The conversion stopped: cs_source_next()'s value before the message is
 * made (by cs_source_err_conv(), which needs the reader's line). */
#define CS_SOURCE_STOP (-1)

/* Open path ("-" = standard input).  0, or CS_EXIT_ENV with err filled. */
int cs_source_open(struct cs_source *s, const char *path, struct cs_err *err);

/* The raw bytes not yet passed on, at least n of them unless the input is
 * shorter: *p and *len (valid until the next call).  0 or CS_EXIT_ENV. */
int cs_source_head(struct cs_source *s, size_t n, const unsigned char **p, size_t *len, struct cs_err *err);

/* Drop the next n raw bytes (a byte-order mark; they must be in the head). */
void cs_source_skip(struct cs_source *s, size_t n);

/* Convert what follows from encoding (a name cs_enc_name() knows) to
 * UTF-8.  0, or CS_EXIT_ENV (iconv lacks it, or no memory). */
int cs_source_convert(struct cs_source *s, const char *encoding, struct cs_err *err);

/* The encoding text comes from: "utf-8", or the converter's ("utf-16le"
 * once "utf-16" has seen its mark). */
const char *cs_source_encoding(const struct cs_source *s);

/* The text of the first line: up to its first CR or LF outside quotes
 * (included), or all of the text when there is none in the first MiB.  It
 * stays to be read.  *p is valid until the next call.  0 or CS_EXIT_ENV. */
int cs_source_first_line(struct cs_source *s, const char **p, size_t *len, struct cs_err *err);

/* The next piece of text (valid until the next call); *len is 0 at the
 * end.  0, CS_EXIT_ENV, or CS_SOURCE_STOP when the conversion stopped
 * (after the text before the problem has been handed out). */
int cs_source_next(struct cs_source *s, const char **p, size_t *len, struct cs_err *err);

/* The error after CS_SOURCE_STOP, "NAME:LINE: byte 0x98 (offset 4711) is
 * not a character in windows-1251: ...", with the physical line the reader
 * has reached.  Returns CS_EXIT_DATA. */
int cs_source_err_conv(const struct cs_source *s, unsigned long line, struct cs_err *err);

/* The rest of the raw bytes in memory (a workbook on standard input), at
 * most max of them: *buf (malloc'd; the caller frees it) and *len.  0,
 * CS_EXIT_DATA when there are more, or CS_EXIT_ENV.  Nothing can be read
 * from s after it. */
int cs_source_slurp(struct cs_source *s, size_t max, char **buf, size_t *len, struct cs_err *err);

void cs_source_close(struct cs_source *s);

#endif
