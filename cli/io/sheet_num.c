/* sheet_num.c - numbers, dates and times of spreadsheet cells as text
 * (sheet_impl.h).  Nothing here depends on the locale. */
#include "cli/io/sheet_impl.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

size_t cs_num_text(double v, char *buf)
{
	buf[0] = '\0';
	if (!isfinite(v))
		return 0;
	if (v == 0) {           /* also -0 */
		strcpy(buf, "0");
		return 1;
	}
	if (v > -1e15 && v < 1e15 && v == (double)(long long)v) {
		/* a whole number of at most 15 digits is exact: no rounding,
		 * and ids, counts and serials are most numbers in case data */
		char tmp[24];
		size_t k = sizeof tmp;
		unsigned long long u = (unsigned long long)(v < 0 ? -v : v);
		do
			tmp[--k] = (char)('0' + u % 10);
		while ((u /= 10) > 0);
		if (v < 0)
			tmp[--k] = '-';
		memcpy(buf, tmp + k, sizeof tmp - k);
		buf[sizeof tmp - k] = '\0';
		return sizeof tmp - k;
	}
	/* 15 significant digits, correctly rounded by printf; the decimal
	 * point is whatever LC_NUMERIC says, so only digits are taken. */
	char tmp[64];
	snprintf(tmp, sizeof tmp, "%.14e", v);
	char dig[16];
	int k = 0, e = 0, eneg = 0;
	const char *p = tmp;
	while (*p && *p != 'e') {
		if (*p >= '0' && *p <= '9' && k < 15)
			dig[k++] = *p;
		p++;
	}
	if (*p == 'e') {
		p++;
		eneg = *p == '-';
		if (*p == '-' || *p == '+')
			p++;
		while (*p >= '0' && *p <= '9')
			e = e * 10 + (*p++ - '0');
	}
	if (eneg)
		e = -e;
	while (k > 1 && dig[k - 1] == '0')
		k--;
	char *o = buf;
	if (v < 0)
		*o++ = '-';
	if (e > 20 || e < -10) {
		/* too long as plain digits: 1.5e+25, 1e-11 */
		*o++ = dig[0];
		if (k > 1) {
			*o++ = '.';
			memcpy(o, dig + 1, (size_t)k - 1);
			o += k - 1;
		}
		o += sprintf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
	} else if (e >= 0) {
		for (int i = 0; i <= e; i++)
			*o++ = i < k ? dig[i] : '0';
		if (k > e + 1) {
			*o++ = '.';
			memcpy(o, dig + e + 1, (size_t)(k - e - 1));
			o += k - e - 1;
		}
	} else {
		*o++ = '0';
		*o++ = '.';
		for (int i = 0; i < -e - 1; i++)
			*o++ = '0';
		memcpy(o, dig, (size_t)k);
		o += k;
	}
	*o = '\0';
	return (size_t)(o - buf);
}

int cs_numfmt_builtin(unsigned long id)
{
	if ((id >= 14 && id <= 17) || id == 22)
		return CS_FMT_DATE;
	if ((id >= 18 && id <= 21) || id == 45 || id == 47)
		return CS_FMT_TIME;
	if (id == 46)
		return CS_FMT_ELAPSED;
	/* the East Asian built-in dates (ECMA-376 part 1, 18.8.30) */
	if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58))
		return CS_FMT_DATE;
	if (id <= 13 || (id >= 37 && id <= 44) || id == 48 || id == 49)
		return CS_FMT_NUMBER;
	return -1;
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int starts_ci(const char *s, const char *word)
{
	for (; *word; s++, word++)
		if (lower((unsigned char)*s) != *word)
			return 0;
	return 1;
}

/* Date and time tokens are the letters y d m h s outside quoted text,
 * escapes and brackets (colours, conditions, locales); [h] [mm] [ss] are
 * elapsed time; m is minutes after h or before s, else the month; e is
 * the era year unless it is the exponent of 0.0E+00. */
enum cs_numfmt cs_numfmt_code(const char *code)
{
	char tok[256];
	size_t nt = 0;
	int elapsed = 0, ampm = 0;
	for (const char *p = code; *p; p++) {
		int c = lower((unsigned char)*p);
		if (c == '"') {
			while (p[1] && p[1] != '"')
				p++;
			if (p[1])
				p++;
		} else if (c == '\\' || c == '_' || c == '*') {
			if (p[1])
				p++;
		} else if (c == '[') {
			const char *q = p + 1;
			int t = lower((unsigned char)*q);
			while (*q && lower((unsigned char)*q) == t)
				q++;
			if ((t == 'h' || t == 'm' || t == 's') && *q == ']') {
				elapsed = 1;
				if (nt < sizeof tok)
					tok[nt++] = (char)t;
			}
			while (*q && *q != ']')
				q++;
			p = *q ? q : q - 1;
		} else if (starts_ci(p, "general")) {
			p += 6;
		} else if (starts_ci(p, "am/pm")) {
			ampm = 1, p += 4;
		} else if (starts_ci(p, "a/p")) {
			ampm = 1, p += 2;
		} else if (c == 'e' && (p[1] == '+' || p[1] == '-')) {
			p++;
		} else if (c == 'y' || c == 'd' || c == 'm' || c == 'h' || c == 's' || c == 'e') {
			if (nt < sizeof tok && (nt == 0 || tok[nt - 1] != (c == 'e' ? 'y' : c)))
				tok[nt++] = (char)(c == 'e' ? 'y' : c);
		}
	}
	int date = 0, time = ampm;
	for (size_t i = 0; i < nt; i++) {
		if (tok[i] == 'y' || tok[i] == 'd')
			date = 1;
		else if (tok[i] == 'h' || tok[i] == 's')
			time = 1;
		else if ((i > 0 && tok[i - 1] == 'h') || (i + 1 < nt && tok[i + 1] == 's'))
			time = 1;
		else
			date = 1;
	}
	if (date)
		return CS_FMT_DATE;
	if (time)
		return elapsed ? CS_FMT_ELAPSED : CS_FMT_TIME;
	return CS_FMT_NUMBER;
}

/* Days since 1970-01-01 -> y, m, d (proleptic Gregorian). */
static void civil(long z, long *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

#define DAY_MS 86400000.0
/* 1899-12-30 and 1904-01-01 as days since 1970-01-01 */
#define EPOCH_1900 (-25569L)
#define EPOCH_1904 (-24107L)

size_t cs_serial_date(double serial, int date1904, char *buf)
{
	buf[0] = '\0';
	if (!(serial >= 0) || serial > 3e6)
		return 0;
	/* to the millisecond first, so that 45000.99999999999 (float noise
	 * for 45001) is the next day */
	long days = (long)floor(floor(serial * DAY_MS + 0.5) / DAY_MS);
	long y;
	int m, d;
	if (!date1904 && days == 0)
		y = 1900, m = 1, d = 0;            /* Excel shows 1900-01-00 */
	else if (!date1904 && days == 60)
		y = 1900, m = 2, d = 29;           /* Lotus 1-2-3's leap day, kept by Excel */
	else
		civil((date1904 ? EPOCH_1904 : EPOCH_1900) + days + (!date1904 && days < 60), &y, &m, &d);
	if (y > 9999)
		return 0;
	char tmp[48];
	snprintf(tmp, sizeof tmp, "%04ld-%02d-%02d", y, m, d);
	memcpy(buf, tmp, 11);
	return 10;
}

static size_t hms(long long secs, char *buf, size_t size)
{
	int k = snprintf(buf, size, "%02lld:%02d:%02d", secs / 3600, (int)(secs / 60 % 60), (int)(secs % 60));
	return k > 0 && (size_t)k < size ? (size_t)k : 0;
}

size_t cs_serial_time(double serial, int elapsed, char *buf, size_t size)
{
	buf[0] = '\0';
	if (!(serial >= 0) || serial > 3e6)
		return 0;
	long long secs = (long long)floor(serial * 86400.0 + 0.5);
	if (!elapsed)
		secs %= 86400;
	return hms(secs, buf, size);
}

static int digits(const char *p, int n)
{
	for (int i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return 1;
}

size_t cs_odf_date(const char *v, char *buf)
{
	buf[0] = '\0';
	if (!(digits(v, 4) && v[4] == '-' && digits(v + 5, 2) && v[7] == '-' && digits(v + 8, 2) &&
	      (v[10] == '\0' || v[10] == 'T')))
		return 0;
	memcpy(buf, v, 10);
	buf[10] = '\0';
	return 10;
}

/* PnDTnHnMn.nS: a number and its unit letter; n is at most 9 digits. */
static const char *duration_part(const char *p, char unit, double *sum, double scale)
{
	const char *q = p;
	double n = 0;
	int nd = 0;
	while (*q >= '0' && *q <= '9' && nd < 10)
		n = n * 10 + (*q++ - '0'), nd++;
	if (unit == 'S' && *q == '.') {
		double f = 0.1;
		for (q++; *q >= '0' && *q <= '9'; q++, f /= 10)
			n += (*q - '0') * f;
	}
	if (nd == 0 || nd > 9 || *q != unit)
		return p;
	*sum += n * scale;
	return q + 1;
}

size_t cs_odf_time(const char *v, char *buf, size_t size)
{
	buf[0] = '\0';
	if (*v != 'P')
		return 0;
	double secs = 0;
	const char *p = duration_part(v + 1, 'D', &secs, 86400);
	if (*p == 'T') {
		p++;
		p = duration_part(p, 'H', &secs, 3600);
		p = duration_part(p, 'M', &secs, 60);
		p = duration_part(p, 'S', &secs, 1);
	}
	if (*p != '\0')
		return 0;
	return hms((long long)floor(secs + 0.5), buf, size);
}
