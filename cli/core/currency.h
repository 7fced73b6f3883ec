/* currency.h - currency signs, codes and words around amounts.
 *
 * Spreadsheets in Kazakhstan write "23 000,50 ₸", "500 тг.", "$1,200",
 * "1 500 руб." or "USD 40".  cs_currency_strip() takes such a mark off an
 * amount and says which currency it names, so that the caller can accept
 * it when it is the currency of --currency and refuse it otherwise:
 * currencies are never mixed in silence.  One table, cs_currencies[],
 * holds every currency with its ISO 4217 code, signs and words in
 * Russian, Kazakh and English; marks compare through the fold
 * (cli/core/fold.h), so "ТГ", "Тг." and "usd" are marks too. */
#ifndef CS_CURRENCY_H
#define CS_CURRENCY_H

#include <stddef.h>

#define CS_CURRENCY_MARKS 20

struct cs_currency {
	const char *code;                         /* ISO 4217: "KZT" */
	const char *name;                         /* English: "Kazakhstani tenge" */
	const char *marks[CS_CURRENCY_MARKS];     /* folded: "kzt", "₸", "тг", ...; NULL ends */
};

extern const struct cs_currency cs_currencies[];
extern const size_t cs_ncurrencies;

/* The currency that s[0..len) (blanks around ignored) names by its code,
 * sign or word, or NULL: "тенге" and "KZT" give KZT. */
const struct cs_currency *cs_currency_find(const char *s, size_t len);

/* Take a currency mark off the amount s[0..len): before it ("$5",
 * "USD 5", "-$5": a sign may come first) or after it ("5 ₸", "5тг.",
 * "5 руб."), with or without blanks between (ASCII, no-break, narrow
 * no-break).  A mark is taken only where a digit or blank is next to it
 * ("1 5р" yes, "Пр" no).  The amount without the mark and the blanks
 * around it goes to buf (NUL-terminated, length in *numlen), and *cur is
 * the currency, or NULL when the text has no mark (then buf holds the
 * text without surrounding blanks, for the amount parser to judge).
 * Returns 0; -1 for marks on both sides or a mark without anything else
 * (*cur set to the first mark's currency); -2 when buf is too small
 * (len + 1 bytes always suffice). */
int cs_currency_strip(const char *s, size_t len, char *buf, size_t size, size_t *numlen,
		      const struct cs_currency **cur);

#endif
