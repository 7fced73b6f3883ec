/* encoding.h - text in other encodings than UTF-8, converted to UTF-8 on
 * glibc's iconv, and the guesses that make a reader's error helpful.
 *
 * Names: utf-8, utf-16 (the byte-order mark decides the byte order),
 * utf-16le, utf-16be, windows-1251, koi8-r, koi8-u, cp866, iso-8859-5,
 * kz-1048 (Kazakh Windows), pt154, windows-1252, iso-8859-1, and aliases
 * (cp1251, win1251, koi8r, ibm866, rk1048, latin1, utf8 ...) compared
 * without regard to case, '-', '_' and blanks.
 *
 * The converter is streaming: the input may come in chunks of any size,
 * split anywhere (inside a UTF-8 or UTF-16 character, between the halves
 * of a surrogate pair); the output is the same as for the whole input at
 * once.  A byte-order mark (U+FEFF) at the very start is dropped.  Every
 * encoding here writes a newline as one LF code unit (0x0A, or 0x000A in
 * UTF-16) and nothing else becomes LF, so line numbers counted in the
 * output are those of the input.  The first byte sequence that is not a
 * character of the encoding stops the conversion with its byte offset and
 * line. */
#ifndef CS_ENCODING_H
#define CS_ENCODING_H

#include <stddef.h>
#include <stdint.h>
#include "cli/core/diag.h"

/* The canonical name of an encoding name or alias ("CP1251" gives
 * "windows-1251"), or NULL if it is not one casestat reads. */
const char *cs_enc_name(const char *name);

/* The canonical names, ", "-separated, for messages. */
const char *cs_enc_names(void);

/* A few words on an encoding for messages ("Cyrillic, Windows" for
 * windows-1251); "" for a name that is not canonical. */
const char *cs_enc_describe(const char *canon);

/* Check an --encoding value: 0 with *canon set, or CS_EXIT_USAGE with
 * "invalid --encoding 'x': the encodings are utf-8, utf-16, ..." in err
 * (cmd is the command for the hint). */
int cs_enc_check(const char *name, const char **canon, const char *cmd, struct cs_err *err);

/* The encoding a byte-order mark at the start of s[0..len) names:
 * "utf-8" (EF BB BF), "utf-16le" (FF FE) or "utf-16be" (FE FF), with its
 * length in *bomlen (may be NULL); NULL when there is none.  Give at least
 * the first 3 bytes of the input (all of it when shorter).  UTF-32 is not
 * read: FF FE 00 00 counts as UTF-16LE. */
const char *cs_enc_bom(const void *s, size_t len, size_t *bomlen);

/* What encoding the bytes s[0..len) (a header line, or the first
 * kilobytes of a file) are likely in when they are not UTF-8: the
 * canonical name of an 8-bit Cyrillic encoding when they read as Cyrillic
 * text in it ("windows-1251", "koi8-r", "cp866", "iso-8859-5",
 * "kz-1048"), or "utf-16le"/"utf-16be" when they look like UTF-16 without
 * a byte-order mark; NULL for valid UTF-8 (a character cut by the end of
 * s is allowed) and when nothing fits.  A hint for an error message,
 * never applied in silence.  How it decides (thresholds) is in
 * encoding.c; only the first 64 KiB are looked at. */
const char *cs_enc_sniff(const void *s, size_t len);

/* ---- the converter ---- */

enum cs_conv_status {
	CS_CONV_OK = 0,
	CS_CONV_INVALID,       /* a byte sequence that is no character of the encoding */
	CS_CONV_TRUNCATED,     /* the input ends inside a character */
	CS_CONV_NO_BOM,        /* "utf-16" without a byte-order mark: say utf-16le or utf-16be */
	CS_CONV_NOMEM,
	CS_CONV_UNKNOWN,       /* cs_conv_open: not a name cs_enc_name() knows */
	CS_CONV_UNAVAILABLE    /* cs_conv_open: iconv cannot convert it on this system */
};

/* Where a conversion stopped: the byte offset from the start of the input
 * (byte-order mark included) of the first byte that is not converted, its
 * line (1 + the newlines before it), and up to 4 bytes from there. */
struct cs_conv_pos {
	uint64_t offset;
	uint64_t line;
	unsigned char bytes[4];
	size_t nbytes;
};

struct cs_conv;

/* A converter from encoding `name` (any name cs_enc_name() knows) to
 * UTF-8.  Returns CS_CONV_OK with *c set, or CS_CONV_UNKNOWN,
 * CS_CONV_UNAVAILABLE or CS_CONV_NOMEM. */
int cs_conv_open(struct cs_conv **c, const char *name);

/* Convert the next len bytes of input.  *out and *outlen receive the UTF-8
 * converted so far that was not returned before (a buffer owned by c,
 * valid until the next call); bytes of a character not yet complete wait
 * for the next call.  Returns CS_CONV_OK, or CS_CONV_INVALID or
 * CS_CONV_NO_BOM (then *out holds the text converted before the problem
 * and cs_conv_pos() says where), or CS_CONV_NOMEM.  After an error every
 * call returns it again with no output. */
int cs_conv_feed(struct cs_conv *c, const void *in, size_t len, const char **out, size_t *outlen);

/* The end of the input: CS_CONV_OK (with any last output), or
 * CS_CONV_TRUNCATED when it ends inside a character, or the error
 * before. */
int cs_conv_finish(struct cs_conv *c, const char **out, size_t *outlen);

/* Where the conversion stopped (after an error), or how far it got. */
const struct cs_conv_pos *cs_conv_pos(const struct cs_conv *c);

/* The canonical name c converts from ("utf-16" once it has seen the
 * mark gives "utf-16le" or "utf-16be"). */
const char *cs_conv_encoding(const struct cs_conv *c);

/* A phrase for a status: "is not a character in windows-1251" ... */
const char *cs_conv_status_text(int status);

void cs_conv_close(struct cs_conv *c);

#endif
