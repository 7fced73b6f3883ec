/* money.h - amounts of money read from decimal text, held and summed
 * exactly.
 *
 * An amount is kept as a whole number of ten-thousandths of its currency
 * unit (scale 10^4, so up to 4 decimals: 16000.50 is 160005000) in an
 * int64_t.  Amounts up to CS_MONEY_MAX_UNITS (922,337,203,685,477.5807)
 * in absolute value fit.  Sums are kept in a 128-bit integer
 * (cs_money_wide), so adding up amounts never loses a cent: ten million
 * values of 0.10 add up to exactly 1000000.0000; a sum would have to pass
 * 1.7 x 10^34 units before it overflowed, and that is reported
 * (CS_ERANGE), never wrapped.
 *
 * The parser never calls strtod: it reads only
 *     [blanks] [+|-] DIGITS [. DIGITS] [blanks]
 * with an optional thousands separator between groups of three digits
 * when the caller asks for one (' ' or ',', or '.' with the decimal comma
 * of cs_money_read()), and refuses everything else
 * (1e5, nan, inf, 0x10, 12,5 without a separator, 1.2.3, +, --, .5, 5.,
 * blanks inside the digits, currency signs) with a reason the caller can
 * put in a message.  Nothing here depends on the locale.  Pure functions:
 * no allocation, no I/O. */
#ifndef CS_MONEY_H
#define CS_MONEY_H

#include <stddef.h>
#include <stdint.h>

#if !defined(__SIZEOF_INT128__)
#error "casestat needs a compiler with __int128 (GCC or Clang on a 64-bit target) for exact money sums"
#endif

/* A 128-bit signed sum of scaled amounts. */
__extension__ typedef __int128 cs_money_wide;

#define CS_MONEY_DECIMALS 4
#define CS_MONEY_SCALE INT64_C(10000)
/* The largest scaled amount (and, negated, the smallest). */
#define CS_MONEY_MAX INT64_MAX
/* The largest whole number of units an amount can hold. */
#define CS_MONEY_MAX_UNITS INT64_C(922337203685477)

/* What is wrong with a piece of text that should be an amount. */
enum cs_money_problem {
	CS_MONEY_FINE = 0,
	CS_MONEY_MISSING,        /* empty or only blanks: a missing value, not an error */
	CS_MONEY_NOT_NUMBER,     /* letters, signs alone, nan, inf, hex, ".5", "5." ... */
	CS_MONEY_EXPONENT,       /* 1e5 */
	CS_MONEY_COMMA,          /* a comma, but no --thousands ',' (12,5 or 1,234) */
	CS_MONEY_BLANK_INSIDE,   /* a blank between digits, but no --thousands ' ' */
	CS_MONEY_GROUPING,       /* the separator is not between groups of three digits */
	CS_MONEY_POINTS,         /* more than one decimal point: 1.2.3 */
	CS_MONEY_DECIMALS_MANY,  /* a non-zero digit after the 4th decimal */
	CS_MONEY_TOO_LARGE,      /* beyond CS_MONEY_MAX_UNITS */
	CS_MONEY_POINT           /* a '.' where ',' is the decimal separator and '.' no thousands separator */
};

/* The thousands separator the caller accepts. */
enum cs_money_sep {
	CS_SEP_NONE = 0,
	CS_SEP_SPACE,            /* ' ', also U+00A0 and U+202F (no-break spaces of spreadsheets) */
	CS_SEP_COMMA,            /* ',' */
	CS_SEP_POINT             /* '.' (23.000,50, with the decimal comma) */
};

/* How amounts are written: the decimal separator ('.' or ',') and the
 * thousands separator.  { '.', CS_SEP_NONE } is the default. */
struct cs_money_syntax {
	char decimal;
	enum cs_money_sep thousands;
};

/* NULL when the two separators can go together, else a phrase for a usage
 * error: "the decimal separator and the thousands separator are both ','"
 * (',' with CS_SEP_COMMA, '.' with CS_SEP_POINT), or "the decimal
 * separator is '.' or ','". */
const char *cs_money_syntax_problem(const struct cs_money_syntax *syn);

/* Parse s[0..len) as an amount.  On success *v is the scaled amount and
 * *decimals (may be NULL) the number of decimals written (0..4, trailing
 * zeros beyond the 4th not counted) and the function returns CS_OK.
 * Otherwise it returns CS_EUNDEF for a missing value (empty or blank),
 * CS_ERANGE for a value too large, CS_EDOM for anything else, and *why
 * (may be NULL) says which problem it is. */
int cs_money_parse(const char *s, size_t len, enum cs_money_sep sep, int64_t *v,
		   int *decimals, enum cs_money_problem *why);

/* cs_money_parse() with the decimal separator of syn too: with ',',
 * "23 000,50" (CS_SEP_SPACE), "23.000,50" (CS_SEP_POINT) and "1,5" are
 * amounts, and a '.' that is no thousands separator is CS_MONEY_POINT.
 * A syntax cs_money_syntax_problem() refuses gives CS_EDOM
 * (CS_MONEY_NOT_NUMBER).  Currency signs are not read here: see
 * cs_currency_strip() (cli/core/currency.h). */
int cs_money_read(const char *s, size_t len, const struct cs_money_syntax *syn, int64_t *v,
		  int *decimals, enum cs_money_problem *why);

/* cs_money_problem_text() for amounts written in syn: the phrases that
 * name the decimal point say comma where syn->decimal is ','. */
const char *cs_money_problem_explain(enum cs_money_problem why, const struct cs_money_syntax *syn);

/* A phrase for messages: "has a comma, ...".  Never NULL. */
const char *cs_money_problem_text(enum cs_money_problem why);

/* *sum += v, or CS_ERANGE (sum unchanged) if the result would not fit. */
int cs_money_add(cs_money_wide *sum, int64_t v);

/* The nearest double to a scaled amount or sum, in units (correctly
 * rounded while |v| < 2^53, i.e. below 9 x 10^11 units; within one unit in
 * the last place beyond). */
double cs_money_to_double(int64_t v);
double cs_money_wide_to_double(cs_money_wide v);

/* Write v exactly as decimal text in units with `decimals` decimals
 * (0..4; digits beyond are rounded half away from zero) and `thousands`
 * between groups of three digits (0 for none): 16000.5 with 2 and ','
 * gives "16,000.50".  Returns the length, or -1 if size is too small
 * (64 bytes always suffice). */
int cs_money_format(char *buf, size_t size, cs_money_wide v, int decimals, char thousands);

#endif
