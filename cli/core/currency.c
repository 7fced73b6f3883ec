/* currency.c - the table of currencies and their marks around amounts
 * (see currency.h). */
#include "cli/core/currency.h"
#include "cli/core/fold.h"

#include <string.h>

/* Marks in folded form (lower case): the tests check that folding
 * changes none.  Signs that several currencies share (¥: yen and yuan)
 * are left out, so that a mark names one currency. */
const struct cs_currency cs_currencies[] = {
	{ "KZT", "Kazakhstani tenge",
	  { "kzt", "₸", "тг", "тг.", "тнг", "тнг.", "тенге", "теңге", "tenge" } },
	{ "RUB", "Russian rouble",
	  { "rub", "rur", "₽", "руб", "руб.", "р", "р.", "рубль", "рубля", "рублей", "rub.", "rouble", "roubles",
	    "ruble", "rubles" } },
	{ "USD", "US dollar",
	  { "usd", "$", "us$", "долл", "долл.", "доллар", "доллара", "долларов", "доллары", "dollar", "dollars" } },
	{ "EUR", "euro", { "eur", "€", "евро", "euro", "euros" } },
	{ "GBP", "pound sterling", { "gbp", "£" } },
	{ "CNY", "Chinese yuan", { "cny", "rmb", "юань", "юаня", "юаней", "yuan" } },
	{ "KGS", "Kyrgyz som", { "kgs", "сом", "сома", "сомов" } },
	{ "UZS", "Uzbek sum", { "uzs", "сум", "сума", "сумов", "сўм" } },
	{ "UAH", "Ukrainian hryvnia", { "uah", "₴", "грн", "грн.", "гривна", "гривны", "гривен", "hryvnia" } },
	{ "BYN", "Belarusian rouble", { "byn" } },
	{ "TRY", "Turkish lira", { "try", "₺" } },
	{ "CHF", "Swiss franc", { "chf" } },
	{ "JPY", "Japanese yen", { "jpy" } },
};
const size_t cs_ncurrencies = sizeof cs_currencies / sizeof *cs_currencies;

/* The bytes of t[0..len) that spell mark (folded) from the start, or 0. */
static size_t match_at(const char *t, size_t len, const char *mark)
{
	size_t i = 0;
	while (*mark) {
		uint32_t a, b;
		size_t ka = cs_fold_decode(t + i, len - i, &a), kb = cs_fold_decode(mark, strlen(mark), &b);
		if (!ka || !kb || cs_fold_cp(a) != b)
			return 0;
		i += ka;
		mark += kb;
	}
	return i;
}

/* The longest mark at the start of t[0..len): its length in bytes, 0 for
 * none. */
static size_t prefix(const char *t, size_t len, const struct cs_currency **cur)
{
	size_t best = 0;
	for (size_t c = 0; c < cs_ncurrencies; c++)
		for (const char *const *m = cs_currencies[c].marks; *m; m++) {
			size_t k = match_at(t, len, *m);
			if (k > best)
				best = k, *cur = &cs_currencies[c];
		}
	return best;
}

/* The longest mark that ends t[0..len): its length in bytes, 0 for none. */
static size_t suffix(const char *t, size_t len, const struct cs_currency **cur)
{
	size_t best = 0;
	/* every character start from the end backwards, up to 40 bytes */
	for (size_t k = 1; k <= len && k <= 40; k++) {
		if (((unsigned char)t[len - k] & 0xC0) == 0x80)
			continue;
		for (size_t c = 0; c < cs_ncurrencies; c++)
			for (const char *const *m = cs_currencies[c].marks; *m; m++)
				if (k > best && match_at(t + len - k, k, *m) == k)
					best = k, *cur = &cs_currencies[c];
	}
	return best;
}

static size_t blank_at(const char *s, const char *end)
{
	uint32_t c;
	size_t k = cs_fold_decode(s, (size_t)(end - s), &c);
	return k && cs_fold_is_blank(c) ? k : 0;
}

/* A blank ends just before end? Its length, else 0. */
static size_t blank_before(const char *s, const char *end)
{
	for (size_t k = 1; k <= 3 && (size_t)(end - s) >= k; k++)
		if (blank_at(end - k, end) == k)
			return k;
	return 0;
}

static void trim(const char **s, const char **end)
{
	size_t k;
	while (*s < *end && (k = blank_at(*s, *end)))
		*s += k;
	while (*end > *s && (k = blank_before(*s, *end)))
		*end -= k;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

const struct cs_currency *cs_currency_find(const char *s, size_t len)
{
	const char *end = s + len;
	trim(&s, &end);
	const struct cs_currency *cur = NULL;
	size_t k = prefix(s, (size_t)(end - s), &cur);
	return k && k == (size_t)(end - s) ? cur : NULL;
}

int cs_currency_strip(const char *s, size_t len, char *buf, size_t size, size_t *numlen,
		      const struct cs_currency **cur)
{
	const char *end = s + len;
	*cur = NULL;
	*numlen = 0;
	trim(&s, &end);
	const char *sign = NULL;
	const struct cs_currency *pre = NULL, *suf = NULL;
	/* a mark before the number, maybe after a sign */
	const char *q = s;
	if (q < end && (*q == '-' || *q == '+'))
		sign = q++;
	size_t k = prefix(q, (size_t)(end - q), &pre);
	if (k && (q + k == end || is_digit(q[k]) || q[k] == '-' || q[k] == '+' || blank_at(q + k, end))) {
		s = q + k;
	} else {
		pre = NULL;
		sign = NULL;
	}
	/* a mark after it */
	k = suffix(s, (size_t)(end - s), &suf);
	if (k && (end - k == s || is_digit(*(end - k - 1)) || blank_before(s, end - k)))
		end -= k;
	else
		suf = NULL;
	trim(&s, &end);
	*cur = pre ? pre : suf;
	if ((pre && suf) || (*cur && s == end))
		return -1;
	size_t n = (size_t)(end - s) + (sign != NULL);
	if (n + 1 > size)
		return -2;
	size_t j = 0;
	if (sign)
		buf[j++] = *sign;
	memcpy(buf + j, s, (size_t)(end - s));
	buf[n] = '\0';
	*numlen = n;
	return 0;
}
