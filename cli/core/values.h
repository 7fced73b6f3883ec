/* values.h - reading numbers and booleans from text, locale-free.
 *
 * Nothing here calls setlocale-dependent parsing on unchecked text: the
 * syntax is checked first, so "nan", "inf", hex floats and leading spaces
 * never become numbers. */
#ifndef CS_VALUES_H
#define CS_VALUES_H

#include <stddef.h>
#include <stdint.h>

/* A whole number 0 <= v <= max written as decimal digits (surrounding ASCII
 * blanks allowed).  Returns 0, or -1 if the text is not such a number. */
int cs_parse_count(const char *s, size_t len, int64_t max, int64_t *v);

/* A whole number as people write one on the command line: digits, or
 * groups of three digits after a first group of one to three, separated
 * by ',' or a space (' ', U+00A0 or U+202F), the same one throughout:
 * 7000, 7,000, 7 000, 1 234 567 (surrounding ASCII blanks allowed).  Not
 * 7,00, 70,00, 7.000 (a decimal point?) or 1,234 567.  0 <= v <= max.
 * Returns 0, or -1 if the text is not such a number. */
int cs_parse_count_grouped(const char *s, size_t len, int64_t max, int64_t *v);

/* A real number in plain decimal notation: [+-]digits[.digits][e[+-]digits].
 * Returns 0, or -1 if the text is not one or is too large for a double
 * (1e309); a value too small for one becomes 0 or a subnormal. */
int cs_parse_real(const char *s, double *v);

/* cs_parse_real() on s[0..len) with `decimal` ('.' or ',') as the
 * decimal separator: with ',', 1,5 and -0,25e3 are numbers and any '.'
 * makes the text none.  No thousands separators, no blanks.  Returns 0,
 * or -1 (also for another decimal). */
int cs_parse_real_as(const char *s, size_t len, char decimal, double *v);

/* Truthy (1 true yes y t) -> 1, falsy (0 false no n f) -> 0, ASCII case-
 * insensitive, surrounding blanks ignored; blank -> -1 (missing); anything
 * else -> -2. */
int cs_parse_bool(const char *s, size_t len);

/* Is s[0..len) valid UTF-8 (no overlongs, surrogates or code points above
 * U+10FFFF)? */
int cs_utf8_valid(const char *s, size_t len);

/* Is the text empty or only ASCII blanks (space, tab)? */
int cs_is_blank(const char *s, size_t len);

#endif
