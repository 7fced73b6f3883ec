/* fold.h - labels compared without regard to letter case or surrounding
 * blanks, the same way in every locale.
 *
 * The case folding covers the scripts of the data: Latin (Basic Latin,
 * Latin-1 Supplement, Latin Extended-A) and Cyrillic (U+0400-U+052F, so
 * Russian with Ё, and Kazakh: Ә Ғ Қ Ң Ө Ұ Ү Һ І).  Each upper-case letter
 * there becomes the lower-case letter towlower() gives in a Unicode
 * locale, with no locale involved; every other code point (Greek,
 * digits, signs) is left as it is.  A standalone function rather than a
 * Unicode library: these ranges are all the data needs, and the result
 * must not change with the machine's locale settings. */
#ifndef CS_FOLD_H
#define CS_FOLD_H

#include <stddef.h>
#include <stdint.h>

/* The lower-case form of code point cp (cp itself when it has none in the
 * ranges above). */
uint32_t cs_fold_cp(uint32_t cp);

/* Is cp a blank that surrounds labels: tab or a space separator of
 * Unicode (U+0020, U+00A0, U+1680, U+2000-U+200A, U+202F, U+205F,
 * U+3000)? */
int cs_fold_is_blank(uint32_t cp);

/* The key of a label: s[0..len) without surrounding blanks, case-folded,
 * NUL-terminated in buf.  Bytes that are not valid UTF-8 are copied as
 * they are (so different bytes keep different keys).  The key is never
 * longer than the text, so size >= len + 1 always suffices.  Returns the
 * key's length, or -1 if it does not fit in size bytes. */
int cs_fold_key(const char *s, size_t len, char *buf, size_t size);

/* Is the key of s[0..len) (cs_fold_key) key[0..keylen)?  Stops at the
 * first character that differs, without a buffer. */
int cs_fold_equal(const char *s, size_t len, const char *key, size_t keylen);

/* The length of the valid UTF-8 character at s[0..len) with its code
 * point in *cp, or 0 if s does not start with one (or len is 0). */
size_t cs_fold_decode(const char *s, size_t len, uint32_t *cp);

#endif
