/* encoding.c - encodings to UTF-8 on iconv, byte-order marks, and the
 * guess of an 8-bit Cyrillic encoding (see encoding.h). */
#include "cli/core/encoding.h"
#include "cli/core/fold.h"
#include "cli/core/values.h"

#include <errno.h>
#include <iconv.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct enc {
	const char *name;       /* canonical */
	const char *iconv;      /* glibc's name; NULL: the byte-order mark decides */
	const char *aliases;    /* normalised (see normalise()), each ended by '\0', then "" */
	const char *what;
};

static const struct enc encodings[] = {
	{ "utf-8", "UTF-8", "utf8\0", "Unicode" },
	{ "utf-16", NULL, "utf16\0ucs2\0", "Unicode, byte order from the byte-order mark" },
	{ "utf-16le", "UTF-16LE", "utf16le\0", "Unicode, little-endian" },
	{ "utf-16be", "UTF-16BE", "utf16be\0", "Unicode, big-endian" },
	{ "windows-1251", "CP1251", "windows1251\0cp1251\0win1251\0mscyrl\0", "Cyrillic, Windows" },
	{ "koi8-r", "KOI8-R", "koi8r\0", "Cyrillic, KOI8-R" },
	{ "koi8-u", "KOI8-U", "koi8u\0", "Cyrillic, KOI8-U" },
	{ "cp866", "CP866", "cp866\0ibm866\0dos866\0", "Cyrillic, DOS" },
	{ "iso-8859-5", "ISO-8859-5", "iso88595\0latincyrillic\0", "Cyrillic, ISO" },
	{ "kz-1048", "RK1048", "kz1048\0rk1048\0strk10482002\0", "Kazakh Cyrillic, Windows" },
	{ "pt154", "PT154", "pt154\0ptcp154\0", "Kazakh Cyrillic, ParaType" },
	{ "windows-1252", "CP1252", "windows1252\0cp1252\0win1252\0", "Western European, Windows" },
	{ "iso-8859-1", "ISO-8859-1", "iso88591\0latin1\0l1\0", "Western European, ISO" },
};
#define NENC (sizeof encodings / sizeof *encodings)

/* Lower-case ASCII without '-', '_', '.' and blanks: "Windows-1251" and
 * "CP_1251" name what "windows1251" and "cp1251" do.  0 if too long. */
static int normalise(const char *s, char *out, size_t size)
{
	size_t j = 0;
	for (; *s; s++) {
		char c = *s;
		if (c == '-' || c == '_' || c == '.' || c == ' ')
			continue;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (j + 1 >= size)
			return 0;
		out[j++] = c;
	}
	out[j] = '\0';
	return 1;
}

static const struct enc *find(const char *name)
{
	char key[40];
	if (!name || !normalise(name, key, sizeof key) || !key[0])
		return NULL;
	for (size_t i = 0; i < NENC; i++)
		for (const char *a = encodings[i].aliases; *a; a += strlen(a) + 1)
			if (strcmp(a, key) == 0)
				return &encodings[i];
	return NULL;
}

const char *cs_enc_name(const char *name)
{
	const struct enc *e = find(name);
	return e ? e->name : NULL;
}

const char *cs_enc_names(void)
{
	return "utf-8, utf-16, utf-16le, utf-16be, windows-1251, koi8-r, koi8-u, cp866, iso-8859-5, "
	       "kz-1048, pt154, windows-1252, iso-8859-1";
}

const char *cs_enc_describe(const char *canon)
{
	for (size_t i = 0; canon && i < NENC; i++)
		if (strcmp(encodings[i].name, canon) == 0)
			return encodings[i].what;
	return "";
}

int cs_enc_check(const char *name, const char **canon, const char *cmd, struct cs_err *err)
{
	const struct enc *e = find(name);
	if (e) {
		*canon = e->name;
		return 0;
	}
	char shown[CS_MSG_TEXT];
	return cs_err_usage(err, cmd, "invalid --encoding '%s': the encodings are %s",
			    cs_msg_text(shown, sizeof shown, name, strlen(name)), cs_enc_names());
}

const char *cs_enc_bom(const void *s, size_t len, size_t *bomlen)
{
	const unsigned char *b = s;
	size_t n = 0;
	const char *name = NULL;
	if (len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
		n = 3, name = "utf-8";
	else if (len >= 2 && b[0] == 0xFF && b[1] == 0xFE)
		n = 2, name = "utf-16le";
	else if (len >= 2 && b[0] == 0xFE && b[1] == 0xFF)
		n = 2, name = "utf-16be";
	if (bomlen)
		*bomlen = n;
	return name;
}

/* ---- the converter ---------------------------------------------------- */

struct cs_conv {
	const struct enc *e;
	const char *from;           /* e->name, or the byte order "utf-16" found */
	iconv_t cd;                 /* (iconv_t)-1 while "utf-16" waits for its mark */
	int status;                 /* sticky: the first error */
	int started;                /* some output was produced (the mark is behind) */
	unsigned char pend[8];      /* the start of a character not yet complete */
	size_t npend;
	uint64_t done;              /* input bytes converted (the offset of pend[0]) */
	uint64_t lines;             /* newlines in the output so far */
	struct cs_conv_pos pos;
	char *out;
	size_t cap, len;
};

int cs_conv_open(struct cs_conv **cp, const char *name)
{
	*cp = NULL;
	const struct enc *e = find(name);
	if (!e)
		return CS_CONV_UNKNOWN;
	struct cs_conv *c = calloc(1, sizeof *c);
	if (!c)
		return CS_CONV_NOMEM;
	c->e = e;
	c->from = e->name;
	c->cd = (iconv_t)-1;
	if (e->iconv && (c->cd = iconv_open("UTF-8", e->iconv)) == (iconv_t)-1) {
		int nomem = errno == ENOMEM;
		free(c);
		return nomem ? CS_CONV_NOMEM : CS_CONV_UNAVAILABLE;
	}
	c->pos.line = 1;
	*cp = c;
	return CS_CONV_OK;
}

void cs_conv_close(struct cs_conv *c)
{
	if (!c)
		return;
	if (c->cd != (iconv_t)-1)
		iconv_close(c->cd);
	free(c->out);
	free(c);
}

const char *cs_conv_encoding(const struct cs_conv *c)
{
	return c->from;
}

const struct cs_conv_pos *cs_conv_pos(const struct cs_conv *c)
{
	return &c->pos;
}

static int reserve(struct cs_conv *c, size_t need)
{
	if (c->cap - c->len >= need)
		return 0;
	size_t cap = c->cap ? c->cap : 256;
	while (cap - c->len < need) {
		if (cap > SIZE_MAX / 2)
			return -1;
		cap *= 2;
	}
	char *p = realloc(c->out, cap);
	if (!p)
		return -1;
	c->out = p;
	c->cap = cap;
	return 0;
}

static int stop(struct cs_conv *c, int status, uint64_t offset, const unsigned char *at, size_t avail)
{
	c->status = status;
	c->pos.offset = offset;
	c->pos.line = c->lines + 1;
	c->pos.nbytes = avail < 4 ? avail : 4;
	if (c->pos.nbytes)
		memcpy(c->pos.bytes, at, c->pos.nbytes);
	return status;
}

/* Could s[0..n) (n >= 1) still become a well-formed UTF-8 character
 * when more bytes follow?  (Unicode Table 3-7: the second byte's range
 * depends on the first.) */
static int utf8_prefix(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t need = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
	if (!need || n >= need)
		return 0;
	if (n >= 2) {
		unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
		unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
		if (s[1] < lo || s[1] > hi)
			return 0;
	}
	for (size_t k = 2; k < n; k++)
		if ((s[k] & 0xC0) != 0x80)
			return 0;
	return 1;
}

/* UTF-8 to UTF-8 is a copy of what is well-formed: glibc's iconv lets
 * some ill-formed sequences through (F4 B4 ..., beyond U+10FFFF), so the
 * bytes are checked here, with the same results as run() below. */
static int run_utf8(struct cs_conv *c, const unsigned char *in, size_t *len)
{
	size_t n = *len, i = 0;
	int rc = 0;
	uint32_t cp;
	while (i < n) {
		size_t k = in[i] < 0x80 ? 1 : cs_fold_decode((const char *)in + i, n - i, &cp);
		if (!k) {
			rc = utf8_prefix(in + i, n - i) ? EINVAL : EILSEQ;
			break;
		}
		i += k;
	}
	if (i == 0)
		return *len = n, rc;
	if (reserve(c, i) != 0)
		return ENOMEM;
	memcpy(c->out + c->len, in, i);
	for (const unsigned char *p = in; (p = memchr(p, '\n', (size_t)(in + i - p))) != NULL; p++)
		c->lines++;
	c->len += i;
	*len = n - i;
	return rc;
}

/* Run iconv on in[0..*len): output appended, *len left with the bytes not
 * converted.  0, or EINVAL (an incomplete character ends the input),
 * EILSEQ (at in + consumed) or ENOMEM. */
static int run(struct cs_conv *c, const unsigned char *in, size_t *len)
{
	if (c->e == &encodings[0])
		return run_utf8(c, in, len);
	char *ip = (char *)in;
	size_t il = *len;
	int rc = 0;
	for (;;) {
		if (reserve(c, 3 * il + 16) != 0) {
			rc = ENOMEM;
			break;
		}
		char *op = c->out + c->len, *o0 = op;
		size_t ol = c->cap - c->len;
		size_t r = iconv(c->cd, &ip, &il, &op, &ol);
		int e = errno;
		/* count the newlines of the new output: they are the input's */
		for (const char *p = o0; (p = memchr(p, '\n', (size_t)(op - p))) != NULL; p++)
			c->lines++;
		c->len += (size_t)(op - o0);
		if (r != (size_t)-1)
			break;
		if (e == E2BIG)
			continue;
		rc = e == EINVAL || e == EILSEQ ? e : EILSEQ;
		break;
	}
	*len = il;
	return rc;
}

/* Feed bytes while the pending start of a character is completed: the
 * pending bytes and the next few of in go through iconv together. */
static int feed_pending(struct cs_conv *c, const unsigned char **in, size_t *len)
{
	while (c->npend && *len) {
		unsigned char tmp[sizeof c->pend];
		size_t had = c->npend, k = sizeof tmp - had < *len ? sizeof tmp - had : *len;
		if (k == 0)       /* no character is this long: the pending bytes are invalid */
			return stop(c, CS_CONV_INVALID, c->done, c->pend, c->npend);
		memcpy(tmp, c->pend, had);
		memcpy(tmp + had, *in, k);
		size_t n = had + k, left = n;
		int e = run(c, tmp, &left);
		size_t used = n - left;
		if (e == ENOMEM)
			return CS_CONV_NOMEM;
		if (e == EILSEQ)
			return stop(c, CS_CONV_INVALID, c->done + used, tmp + used, left);
		c->done += used;
		if (used >= had) {
			/* the pending character is complete: go on in in itself */
			c->npend = 0;
			*in += used - had;
			*len -= used - had;
		} else {
			/* still incomplete: everything taken waits */
			memmove(c->pend, tmp + used, left);
			c->npend = left;
			*in += k;
			*len -= k;
		}
	}
	return CS_CONV_OK;
}

/* "utf-16": the first two bytes decide the byte order. */
static int utf16_mark(struct cs_conv *c, const unsigned char **in, size_t *len)
{
	while (c->npend < 2 && *len) {
		c->pend[c->npend++] = **in;
		(*in)++, (*len)--;
	}
	if (c->npend < 2)
		return CS_CONV_OK;
	const char *name = cs_enc_bom(c->pend, 2, NULL);
	if (!name)
		return stop(c, CS_CONV_NO_BOM, 0, c->pend, 2);
	c->from = name;
	c->cd = iconv_open("UTF-8", strcmp(name, "utf-16le") == 0 ? "UTF-16LE" : "UTF-16BE");
	if (c->cd == (iconv_t)-1) {
		c->status = CS_CONV_NOMEM;
		return CS_CONV_NOMEM;
	}
	return CS_CONV_OK;
}

/* The output since the last call; the mark at the very start dropped. */
static void hand_out(struct cs_conv *c, const char **out, size_t *outlen)
{
	size_t skip = 0;
	if (!c->started && c->len) {
		c->started = 1;
		if (c->len >= 3 && memcmp(c->out, "\xEF\xBB\xBF", 3) == 0)
			skip = 3;
	}
	*out = c->out ? c->out + skip : "";
	*outlen = c->len - skip;
}

int cs_conv_feed(struct cs_conv *c, const void *data, size_t len, const char **out, size_t *outlen)
{
	*out = "";
	*outlen = 0;
	if (c->status)
		return c->status;
	c->len = 0;
	const unsigned char *in = data;
	int st = CS_CONV_OK;
	if (c->cd == (iconv_t)-1)
		st = utf16_mark(c, &in, &len);
	if (!st && c->cd != (iconv_t)-1)
		st = feed_pending(c, &in, &len);
	if (!st && len) {
		size_t left = len;
		int e = run(c, in, &left);
		size_t used = len - left;
		if (e == ENOMEM)
			st = CS_CONV_NOMEM;
		else if (e == EILSEQ || (e == EINVAL && left > sizeof c->pend))
			st = stop(c, CS_CONV_INVALID, c->done + used, in + used, left);
		else {
			c->done += used;
			memcpy(c->pend, in + used, left);
			c->npend = left;
		}
	}
	if (st == CS_CONV_NOMEM)
		c->status = st;
	hand_out(c, out, outlen);
	if (!st)
		c->pos.offset = c->done, c->pos.line = c->lines + 1;
	return st;
}

int cs_conv_finish(struct cs_conv *c, const char **out, size_t *outlen)
{
	*out = "";
	*outlen = 0;
	if (c->status)
		return c->status;
	c->len = 0;
	if (c->cd == (iconv_t)-1)                 /* "utf-16" with under 2 bytes */
		return c->npend ? stop(c, CS_CONV_TRUNCATED, 0, c->pend, c->npend) : CS_CONV_OK;
	if (c->npend) {
		/* nothing follows: the pending character stays incomplete (or
		 * iconv finds it invalid, as it would in the whole input) */
		size_t left = c->npend;
		int e = run(c, c->pend, &left);
		size_t used = c->npend - left;
		if (e == ENOMEM)
			return c->status = CS_CONV_NOMEM;
		if (e)
			return stop(c, e == EILSEQ ? CS_CONV_INVALID : CS_CONV_TRUNCATED, c->done + used,
				    c->pend + used, left);
		c->done += used;      /* "utf-16" kept its mark in pend: complete */
		c->npend = 0;
	}
	char *op;
	size_t ol;
	if (reserve(c, 16) != 0)
		return c->status = CS_CONV_NOMEM;
	op = c->out + c->len, ol = c->cap - c->len;
	iconv(c->cd, NULL, NULL, &op, &ol);   /* stateless encodings: nothing, kept for form */
	c->len = (size_t)(op - c->out);
	hand_out(c, out, outlen);
	c->pos.offset = c->done, c->pos.line = c->lines + 1;
	return CS_CONV_OK;
}

const char *cs_conv_status_text(int status)
{
	switch (status) {
	case CS_CONV_OK: return "converted";
	case CS_CONV_INVALID: return "is not a character in the encoding";
	case CS_CONV_TRUNCATED: return "ends inside a character";
	case CS_CONV_NO_BOM: return "has no byte-order mark; say utf-16le or utf-16be";
	case CS_CONV_NOMEM: return "out of memory";
	case CS_CONV_UNKNOWN: return "is not an encoding casestat reads";
	case CS_CONV_UNAVAILABLE: return "cannot be converted on this system (iconv lacks it)";
	}
	return "cannot be converted";
}

/* ---- the guess -----------------------------------------------------------
 *
 * Bytes that are not UTF-8 are decoded (by iconv) in each 8-bit Cyrillic
 * encoding, and each reading is scored as text:
 *   - every non-ASCII character costs -log2 of its frequency: a Cyrillic
 *     letter its frequency in Russian text (with the Kazakh letters at
 *     rough Kazakh frequencies), a typographic sign (no-break space,
 *     guillemets, dashes, №) 1/64, anything else (box drawing, accented
 *     Latin, letters of other Cyrillic languages) 1/10000;
 *   - words (runs of letters) that start in lower case and go on in upper
 *     case ("рРИВЕТ": KOI8-R read as Windows-1251 swaps the case) cost 3
 *     bits per letter in proportion to their share of the words.
 * A reading counts as Cyrillic text when at least 2 letters are Cyrillic,
 * at least 3/4 of the non-ASCII characters are Cyrillic letters, at most
 * 1/4 of the words mix Latin and Cyrillic letters (accented Latin text
 * read as Cyrillic does), and the mean cost is at most 7.5 bits.  Of
 * those, the lowest mean cost wins; encodings other than Windows-1251 and
 * KZ-1048 (which agree on Russian letters; Windows-1251 wins a tie) must
 * win by 0.4 bits, as they are rarer: a lone short word in capitals
 * ("ФИО", Windows-1251) reads 0.32 bits better in KOI8-R, while the
 * KOI8-R headers tried read at least 0.5 bits better in KOI8-R than in
 * Windows-1251 (tests/test_encoding.c has both sets).
 * Bytes of which at least half of the non-ASCII ones form well-formed
 * UTF-8 Cyrillic letters are UTF-8 with some damage: no guess.
 * UTF-16 without a mark: at least 2 code units, at least 1/4 of them
 * ASCII-like (one byte zero, always the same one: text in an 8-bit
 * encoding has no NUL bytes; Cyrillic code units have no zero byte). */

static const unsigned short freq_ru[32] = {   /* а..я, per 10000 letters */
	801, 159, 454, 170, 298, 845, 94, 165, 735, 121, 349, 440, 321, 670, 1097, 281,
	473, 547, 626, 262, 26, 97, 48, 144, 73, 36, 4, 190, 174, 32, 64, 201,
};
static const struct {
	uint32_t cp;
	unsigned short f;
} freq_more[] = {
	{ 0x451, 20 },    /* ё: rare, but more where it is written at all */
	{ 0x456, 250 },   /* і */
	{ 0x4D9, 200 },   /* ә */
	{ 0x493, 90 },    /* ғ */
	{ 0x49B, 200 },   /* қ */
	{ 0x4A3, 120 },   /* ң */
	{ 0x4E9, 70 },    /* ө */
	{ 0x4B1, 90 },    /* ұ */
	{ 0x4AF, 110 },   /* ү */
	{ 0x4BB, 5 },     /* һ */
};

static const struct {
	const char *name;
	double handicap;
} candidates[] = {
	{ "windows-1251", 0 }, { "kz-1048", 0 }, { "koi8-r", 0.4 }, { "cp866", 0.4 }, { "iso-8859-5", 0.4 },
};

static int is_cyr_letter(uint32_t c)
{
	return c >= 0x400 && c <= 0x52F && !(c >= 0x482 && c <= 0x489);
}

static int is_letter(uint32_t c)
{
	return (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) ||
	       (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || is_cyr_letter(c);
}

static double cost(uint32_t c)
{
	static const uint32_t signs[] = { 0xA0, 0xAB, 0xBB, 0xB0, 0xB7, 0x2013, 0x2014, 0x2116, 0x2018,
					  0x2019, 0x201C, 0x201D, 0x201E, 0x2026 };
	unsigned f = 1;
	if (is_cyr_letter(c)) {
		uint32_t l = cs_fold_cp(c);
		if (l >= 0x430 && l <= 0x44F)
			f = freq_ru[l - 0x430];
		for (size_t i = 0; i < sizeof freq_more / sizeof *freq_more; i++)
			if (freq_more[i].cp == l)
				f = freq_more[i].f;
	} else {
		for (size_t i = 0; i < sizeof signs / sizeof *signs; i++)
			if (signs[i] == c)
				return 6;
	}
	return -log2(f / 10000.0);
}

/* The score of text t[0..n) (UTF-8 from iconv) as Cyrillic text, or
 * -INFINITY when it does not read as such. */
static double score(const char *t, size_t n)
{
	size_t nhigh = 0, ncyr = 0, words = 0, mixed = 0, odd = 0;
	double total = 0;
	int in_word = 0, cyr = 0, lat = 0, first_lower = 0, later_upper = 0;
	const char *p = t, *end = t + n;
	for (;;) {
		uint32_t c = 0;
		size_t k = p < end ? cs_fold_decode(p, (size_t)(end - p), &c) : 0;
		if (p < end && !k)
			k = 1, c = 0xFFFD;
		int letter = k && is_letter(c);
		if (in_word && !letter) {
			if (cyr) {
				words++;
				mixed += lat;
				odd += first_lower && later_upper;
			}
			in_word = 0;
		}
		if (!k)
			break;
		if (letter) {
			int upper = cs_fold_cp(c) != c;
			if (!in_word) {
				in_word = 1;
				cyr = lat = later_upper = 0;
				first_lower = !upper;
			} else if (upper) {
				later_upper = 1;
			}
			if (is_cyr_letter(c))
				cyr = 1;
			else
				lat = 1;
		}
		if (c >= 0x80) {
			nhigh++;
			ncyr += is_cyr_letter(c);
			total += cost(c);
		}
		p += k;
	}
	if (ncyr < 2 || ncyr * 4 < nhigh * 3 || mixed * 4 > words)
		return -INFINITY;
	double mean = total / (double)nhigh;
	if (mean > 7.5)
		return -INFINITY;
	return -mean - 3.0 * (double)odd / (double)words;
}

static int utf8_but_the_end(const unsigned char *s, size_t len)
{
	if (cs_utf8_valid((const char *)s, len))
		return 1;
	/* a character cut by the end of the sample */
	for (size_t k = 1; k <= 3 && k <= len; k++) {
		unsigned lead = s[len - k];
		size_t need = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 && lead <= 0xEF ? 3 :
			      lead >= 0xC2 && lead <= 0xDF ? 2 : 0;
		if (need)
			return need > k && cs_utf8_valid((const char *)s, len - k);
		if ((lead & 0xC0) != 0x80)
			return 0;
	}
	return 0;
}

/* Is at least half of the non-ASCII bytes in well-formed UTF-8 Cyrillic
 * letters?  Then the text is UTF-8 with some damage, not 8-bit text (in
 * which D0-D3 followed by 80-BF, a Cyrillic letter in UTF-8, is rare). */
static int mostly_utf8(const unsigned char *s, size_t len)
{
	size_t high = 0, in_utf8 = 0;
	uint32_t c;
	for (size_t i = 0; i < len;) {
		size_t k = cs_fold_decode((const char *)s + i, len - i, &c);
		if (k == 0)
			k = 1;
		else if (k > 1 && is_cyr_letter(c))
			in_utf8 += k;
		for (size_t j = 0; j < k; j++)
			high += s[i + j] >= 0x80;
		i += k;
	}
	return high && in_utf8 * 2 >= high;
}

static const char *utf16_guess(const unsigned char *s, size_t len)
{
	size_t pairs = len / 2, le = 0, be = 0;
	if (pairs > 2048)
		pairs = 2048;
	for (size_t i = 0; i < pairs; i++) {
		le += s[2 * i] != 0 && s[2 * i + 1] == 0;
		be += s[2 * i] == 0 && s[2 * i + 1] != 0;
	}
	if (pairs >= 2 && le * 4 >= pairs && be == 0)
		return "utf-16le";
	if (pairs >= 2 && be * 4 >= pairs && le == 0)
		return "utf-16be";
	return NULL;
}

const char *cs_enc_sniff(const void *data, size_t len)
{
	const unsigned char *s = data;
	if (len > 65536)
		len = 65536;
	const char *u16 = utf16_guess(s, len);
	if (u16)
		return u16;
	if (utf8_but_the_end(s, len) || mostly_utf8(s, len))
		return NULL;
	const char *best = NULL;
	double best_score = -INFINITY;
	for (size_t i = 0; i < sizeof candidates / sizeof *candidates; i++) {
		struct cs_conv *c;
		if (cs_conv_open(&c, candidates[i].name) != CS_CONV_OK)
			continue;
		const char *out;
		size_t n;
		double sc = -INFINITY;
		if (cs_conv_feed(c, s, len, &out, &n) == CS_CONV_OK)
			sc = score(out, n) - candidates[i].handicap;
		cs_conv_close(c);
		if (sc > best_score) {
			best_score = sc;
			best = candidates[i].name;
		}
	}
	return best;
}
