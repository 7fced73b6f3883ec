/* dataset_scan.c - what the CSV reader learns of raw bytes before libcsv
 * parses them (see cs_reader_prescan() in dataset_impl.h): line ends and
 * quotes counted, records holding a line end inside quotes, non-ASCII
 * bytes, and blanks libcsv would trim.  Written to be vectorised: it reads
 * every byte of the input once more. */
#include "cli/io/dataset_impl.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

unsigned long cs_count_newlines(const char *s, size_t n)
{
	unsigned long k = 0;
	size_t i = 0;
	for (; i + 8 <= n; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (cs_has_zero_byte(w ^ (CS_ONES * '\n')))
			for (size_t j = i; j < i + 8; j++)
				k += s[j] == '\n';
	}
	for (; i < n; i++)
		k += s[i] == '\n';
	return k;
}

/* Written so that the compiler vectorises it (16 byte counters, emptied
 * before they can overflow): 2.5 times faster than a memchr per newline
 * on records of 50 bytes. */
void cs_count_bytes(const char *str, size_t n, char c, unsigned long *nc, char d, unsigned long *nd)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned long a = 0, b = 0;
	while (n) {
		size_t m = n < 255 * 16 ? n : 255 * 16, i = 0;
		unsigned char ca[16] = { 0 }, cb[16] = { 0 };
		for (; i + 16 <= m; i += 16)
			for (int k = 0; k < 16; k++) {
				ca[k] += s[i + k] == (unsigned char)c;
				cb[k] += s[i + k] == (unsigned char)d;
			}
		for (int k = 0; k < 16; k++)
			a += ca[k], b += cb[k];
		for (; i < m; i++)
			a += s[i] == (unsigned char)c, b += s[i] == (unsigned char)d;
		s += m, n -= m;
	}
	if (nc) *nc = a;
	if (nd) *nd = b;
}

/* CRs of s[0..n) not followed by LF (a CR at the end is left to the
 * caller: *pending on return), and one more when *pending on entry says
 * the bytes before ended with a CR and s does not start with LF.  Written
 * as cs_count_bytes() is, to be vectorised: CRLF files come here for
 * every piece. */
static unsigned long count_lone_cr(const char *str, size_t n, int *pending)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned long k = 0;
	if (n == 0)
		return 0;
	if (*pending && s[0] != '\n')
		k++;
	*pending = s[n - 1] == '\r';
	size_t m = n - 1, i = 0;      /* s[i] with s[i + 1] to look at */
	while (i < m) {
		size_t end = m - i < 255 * 16 ? m : i + 255 * 16;
		unsigned char c[16] = { 0 };
		for (; i + 16 <= end; i += 16)
			for (int j = 0; j < 16; j++)
				c[j] += (s[i + j] == '\r') & (s[i + j + 1] != '\n');
		for (int j = 0; j < 16; j++)
			k += c[j];
		for (; i < end; i++)
			k += (s[i] == '\r') & (s[i + 1] != '\n');
	}
	return k;
}

unsigned long cs_count_lines_to(const char *s, size_t n, int cr_before)
{
	unsigned long k;
	if (n < 64)
		k = cs_count_newlines(s, n);
	else
		cs_count_bytes(s, n, '\n', &k, '\n', NULL);
	if (cr_before || memchr(s, '\r', n)) {
		int pending = cr_before;
		k += count_lone_cr(s, n, &pending);
		k += pending;
	}
	return k;
}

void cs_count_lines(const char *str, size_t n, unsigned long *lines, unsigned long *quotes, int *pending)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned long nl = 0, q = 0, cr = 0;
	for (size_t i = 0; i < n;) {
		size_t end = n - i < 255 * 16 ? n : i + 255 * 16;
		unsigned char a[16] = { 0 }, b[16] = { 0 }, c[16] = { 0 };
		for (; i + 16 <= end; i += 16)
			for (int k = 0; k < 16; k++) {
				a[k] += s[i + k] == '\n';
				b[k] += s[i + k] == '"';
				c[k] += s[i + k] == '\r';
			}
		for (int k = 0; k < 16; k++)
			nl += a[k], q += b[k], cr += c[k];
		for (; i < end; i++)
			nl += s[i] == '\n', q += s[i] == '"', cr += s[i] == '\r';
	}
	if (cr || *pending)
		nl += count_lone_cr(str, n, pending);
	*lines = nl;
	*quotes = q;
}

/* Sixteen bytes at a time with GCC/clang vector extensions (plain SSE2 on
 * x86-64, NEON on arm64): a comparison gives -1 in each matching byte. */
typedef signed char v16 __attribute__((vector_size(16)));

static inline v16 load16(const char *s)
{
	v16 v;
	memcpy(&v, s, sizeof v);
	return v;
}

static inline int any16(v16 v)
{
	uint64_t a, b;
	memcpy(&a, &v, 8);
	memcpy(&b, (const char *)&v + 8, 8);
	return (a | b) != 0;
}

/* The separator and the blanks of the input being scanned: libcsv's own
 * blank test takes space and tab, but never the separator (it tests for
 * that first), so with tab separating only space is a blank. */
struct seps {
	char delim;
	char blank2;        /* '\t', or ' ' again when tab separates */
};

static inline int is_blank(char c, struct seps z)
{
	return c == ' ' || c == z.blank2;
}

static inline int is_sep(char c, struct seps z)
{
	return c == z.delim || c == '\n' || c == '\r';
}

static inline v16 blank16(v16 v, struct seps z)
{
	return (v == ' ') | (v == z.blank2);
}

/* The separators (LF, CR, the field separator) and, to test with fewer
 * operations, the other bytes 8-15 (tab among them): a wider set can only
 * make a chunk keep libcsv's slower blank test, never trim a value. */
static inline v16 near_sep16(v16 v, struct seps z)
{
	return ((v | 7) == 15) | (v == z.delim);
}

/* The sum of the 16 byte lanes (each < 128) of a counter vector. */
static inline unsigned long lane_sum(v16 v)
{
	uint64_t w[2];
	memcpy(w, &v, sizeof w);
	uint64_t t = 0;
	for (int k = 0; k < 2; k++)     /* bytes to 16-bit lanes, then add those */
		t += (w[k] & 0x00FF00FF00FF00FFull) + ((w[k] >> 8) & 0x00FF00FF00FF00FFull);
	return (unsigned long)((t * 0x0001000100010001ull) >> 48);
}

/* Scan s[0..n), a run of bytes between two quotes (or a chunk's edge),
 * outside quotes if `outside`.  libcsv's default trimming drops blanks
 * (space, tab) at the start and end of unquoted fields and after a closing
 * quote, and skips them before an opening quote: each such run of blanks
 * has one next to a separator, a quote or the chunk's edge (which may be
 * either), so those are looked for.  Blanks inside a value ("Turkistan
 * Region") are kept by both.  One pass, sixteen bytes at a time. */
static void scan_run(const char *s, size_t n, int outside, struct cs_scan *sc, struct seps z)
{
	if (outside && n && (is_blank(s[0], z) || is_blank(s[n - 1], z)))
		sc->blanks = 1;
	outside = outside && !sc->blanks;
	if (n < 18) {
		for (size_t i = 0; i < n; i++) {
			sc->newlines += s[i] == '\n';
			if (cs_is_odd(s[i]))
				sc->not_ascii = 1;
			if (outside && i > 0 && i + 1 < n && is_blank(s[i], z) &&
			    (is_sep(s[i - 1], z) || is_sep(s[i + 1], z)))
				sc->blanks = 1;
		}
		return;
	}
	/* Vectors over s[1 .. n - 1), so that each byte's neighbours are in
	 * the run; the last one overlaps those before it. */
	v16 odd = { 0 }, edge = { 0 };
	size_t i = 1;
	while (i < n - 1) {
		size_t m = (n - 1 - i) / 16;
		if (m > 127)
			m = 127;        /* newlines per byte lane stay < 128 */
		size_t end = i + 16 * m;
		v16 cnt = { 0 };
		if (m == 0) {           /* the overlapping last vector */
			static const v16 lane = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };
			size_t j = n - 17;
			v16 x = load16(s + j), b = load16(s + j - 1), a = load16(s + j + 1);
			cnt -= (x == '\n') & (lane >= (signed char)(i - j));   /* not counted yet */
			odd |= x < 1;   /* >= 0x80 or NUL */
			if (outside)
				edge |= blank16(x, z) & (near_sep16(b, z) | near_sep16(a, z));
			end = n - 1;
		} else if (outside) {
			for (; i < end; i += 16) {
				v16 x = load16(s + i), b = load16(s + i - 1), a = load16(s + i + 1);
				cnt -= x == '\n';
				odd |= x < 1;   /* >= 0x80 or NUL */
				edge |= blank16(x, z) & (near_sep16(b, z) | near_sep16(a, z));
			}
		} else {
			for (; i < end; i += 16) {
				v16 x = load16(s + i);
				cnt -= x == '\n';
				odd |= x < 1;   /* >= 0x80 or NUL */
			}
		}
		sc->newlines += lane_sum(cnt);
		i = end;
	}
	if (any16(odd))
		sc->not_ascii = 1;
	if (any16(edge))
		sc->blanks = 1;
	/* the first and last bytes (blanks there were seen above) */
	sc->newlines += (s[0] == '\n') + (s[n - 1] == '\n');
	if (cs_is_odd(s[0]) || cs_is_odd(s[n - 1]))
		sc->not_ascii = 1;
}

/* Is there a CR followed by something else than LF in s[0..n) (its last
 * byte aside)?  Every chunk of a CRLF file comes here, and has none.
 * Lanes count the CRs without an LF after them (subtracting 0 or -1, as
 * scan_run() counts newlines: GCC makes a blend of an OR of masks), in
 * blocks of at most 255 vectors so that no lane wraps round to 0. */
static int any_lone_cr(const char *s, size_t n)
{
	size_t i = 0;
	while (i + 17 <= n) {
		size_t m = (n - 1 - i) / 16;
		if (m > 255)
			m = 255;
		v16 cnt = { 0 };
		for (size_t end = i + 16 * m; i < end; i += 16) {
			v16 x = load16(s + i), a = load16(s + i + 1);
			cnt -= (a == '\n') > (x == '\r');   /* lanes of 0 or -1: 0 > -1 */
		}
		if (any16(cnt))
			return 1;
	}
	for (; i + 1 < n; i++)
		if (s[i] == '\r' && s[i + 1] != '\n')
			return 1;
	return 0;
}

/* Note that record `rec` holds a line end inside quotes (flags stay
 * ascending, each once); 0 or -1 when out of memory. */
static int add_flag(struct cs_reader *r, unsigned long rec)
{
	size_t at = r->nflag;
	while (at > 0 && r->flag[at - 1] > rec)
		at--;
	if (at > 0 && r->flag[at - 1] == rec)
		return 0;
	if (r->nflag == r->flag_cap) {
		size_t cap = r->flag_cap ? 2 * r->flag_cap : 64;
		unsigned long *f = realloc(r->flag, cap * sizeof *f);
		if (!f)
			return -1;
		r->flag = f, r->flag_cap = cap;
	}
	memmove(r->flag + at + 1, r->flag + at, (r->nflag - at) * sizeof *r->flag);
	r->flag[at] = rec;
	r->nflag++;
	return 0;
}

/* The chunk s[0..n) has a CR (or follows one): count the CRs that end a
 * line on their own and flag the records that hold one inside quotes.
 * inq and rec are the quoting and the newlines outside quotes at the
 * chunk's start, cr_before whether the bytes before ended with a CR.  Lone
 * CRs are rare (old Mac files), so after a vectorised count finds none
 * (CRLF files) nothing more is done.  0 or -1 when out of memory. */
static __attribute__((noinline)) int prescan_cr(struct cs_reader *r, const char *s, size_t n,
						int inq, unsigned long rec, int cr_before,
						struct cs_scan *sc)
{
	if (n == 0)
		return 0;
	r->cr_pending = s[n - 1] == '\r';
	int first = cr_before && s[0] != '\n';     /* the CR before ended a line */
	if (!first && !any_lone_cr(s, n))
		return 0;
	unsigned long lone = 0;
	if (first) {
		lone++;
		if (inq && add_flag(r, rec + 1) != 0)
			return -1;
	}
	for (size_t i = 0; i + 1 < n; i++) {
		if (s[i] == '"') {
			inq = !inq;
		} else if (s[i] == '\n' && !inq) {
			rec++;
		} else if (s[i] == '\r' && s[i + 1] != '\n') {
			lone++;
			if (inq && add_flag(r, rec + 1) != 0)
				return -1;
		}
	}
	sc->lone_cr = lone;
	return 0;
}

int cs_reader_prescan(struct cs_reader *r, const char *s, size_t n, struct cs_scan *sc)
{
	struct seps z = { r->delim, r->blank2 };
	int inq0 = r->inq, cr_before = r->cr_pending;
	unsigned long rec0 = r->scanned_nl;
	size_t pos = 0;
	while (pos < n) {
		const char *q = memchr(s + pos, '"', n - pos);
		size_t end = q ? (size_t)(q - s) : n;
		unsigned long before = sc->newlines;
		scan_run(s + pos, end - pos, !r->inq, sc, z);
		unsigned long k = sc->newlines - before;
		if (!r->inq) {
			r->scanned_nl += k;
		} else if (k && add_flag(r, r->scanned_nl + 1) != 0) {
			return -1;
		}
		if (!q)
			break;
		r->inq = !r->inq;
		pos = end + 1;
	}
	/* glibc's memchr is faster than a test in scan_run()'s loops */
	if (cr_before || memchr(s, '\r', n))
		return prescan_cr(r, s, n, inq0, rec0, cr_before, sc);
	r->cr_pending = 0;
	return 0;
}
