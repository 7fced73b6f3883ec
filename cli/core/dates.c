/* dates.c - dates as written and buckets of counts over time (see
 * dates.h). */
#include "cli/core/dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const bucket_names[] = { "", "month", "year", "quarter", "week", "day" };

int cs_bucket_spec(const char *spec, char **col, enum cs_bucket *bucket)
{
	const char *colon = strrchr(spec, ':');
	size_t len = strlen(spec);
	*col = NULL;
	*bucket = CS_BUCKET_NONE;
	if (colon) {
		size_t b;
		for (b = 1; b < sizeof bucket_names / sizeof *bucket_names; b++)
			if (strcmp(colon + 1, bucket_names[b]) == 0)
				break;
		if (b == sizeof bucket_names / sizeof *bucket_names)
			return -1;
		*bucket = (enum cs_bucket)b;
		len = (size_t)(colon - spec);
	}
	if (len == 0)
		return -2;
	*col = strndup(spec, len);
	return *col ? 0 : -2;
}

static int digits(const char *s, int n, int *v)
{
	*v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		*v = *v * 10 + (s[i] - '0');
	}
	return 0;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

static void trim(const char **s, size_t *len)
{
	while (*len && (**s == ' ' || **s == '\t'))
		(*s)++, (*len)--;
	while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'))
		(*len)--;
}

int cs_date_parse(const char *s, size_t len, int *y, int *m, int *d)
{
	trim(&s, &len);
	if (len != 10 || s[4] != '-' || s[7] != '-' ||
	    digits(s, 4, y) || digits(s + 5, 2, m) || digits(s + 8, 2, d))
		return CS_DATE_FORM;
	if (*m < 1 || *m > 12 || *d < 1 || *d > days_in_month(*y, *m))
		return CS_DATE_NO_SUCH_DAY;
	return CS_DATE_OK;
}

/* ---- formats ---------------------------------------------------------- */

int cs_datefmt_parse(const char *spec, struct cs_datefmt *f, const char *cmd, struct cs_err *err)
{
	struct cs_datefmt g = { { 0 }, { 0 } };
	const char *p = spec;
	int n = 0, seen_d = 0, seen_m = 0, seen_y = 0;
	char shown[CS_MSG_TEXT];
	const char *why = NULL;
	while (*p && !why) {
		if (n == 3) {
			why = "it has something after its three fields";
			break;
		}
		if (n > 0) {
			/* between two fields: one separator or none */
			if (*p == '.' || *p == '/' || *p == '-' || *p == ' ')
				g.sep[n - 1] = *p++;
		}
		if (p[0] != '%' || !p[1]) {
			why = "write %d, %m and %Y (or %y) with '.', '/', '-' or ' ' between them";
			break;
		}
		char c = p[1];
		if (c == 'd' && !seen_d++)
			g.field[n++] = c;
		else if (c == 'm' && !seen_m++)
			g.field[n++] = c;
		else if ((c == 'Y' || c == 'y') && !seen_y++)
			g.field[n++] = c;
		else if (c == 'd' || c == 'm' || c == 'Y' || c == 'y')
			why = "a field is there twice";
		else
			why = "only %d, %m, %Y and %y are read (a time after the date is read without "
			      "a format)";
		p += 2;
	}
	if (!why && n < 3)
		why = "it needs %d, %m and %Y (or %y), each once";
	if (why)
		return cs_err_usage(err, cmd, "invalid --date-format '%s': %s (e.g. %%d.%%m.%%Y for 18.06.2023)",
				    cs_msg_text(shown, sizeof shown, spec, strlen(spec)), why);
	*f = g;
	return 0;
}

/* Digits at *p (min to max of them, fewer than end): the value, or -1. */
static int number(const char **p, const char *end, int min, int max)
{
	int v = 0, n = 0;
	while (*p + n < end && n < max && is_digit((*p)[n]))
		v = v * 10 + ((*p)[n] - '0'), n++;
	if (n < min)
		return -1;
	*p += n;
	return v;
}

/* A time after the date, t[0..end): CS_DATE_OK, CS_DATE_FORM or
 * CS_DATE_NO_SUCH_TIME.  min_hour is the fewest digits of the hour. */
static int time_part(const char *p, const char *end, int min_hour)
{
	if (p == end)
		return CS_DATE_OK;
	if (*p != 'T' && *p != ' ')
		return CS_DATE_FORM;
	p++;
	int h = number(&p, end, min_hour, 2), mi = -1, sec = 0;
	if (h < 0 || p == end || *p++ != ':' || (mi = number(&p, end, 2, 2)) < 0)
		return CS_DATE_FORM;
	if (p < end && *p == ':') {
		p++;
		if ((sec = number(&p, end, 2, 2)) < 0)
			return CS_DATE_FORM;
		if (p < end && (*p == '.' || *p == ',')) {
			p++;
			if (p == end || !is_digit(*p))
				return CS_DATE_FORM;
			while (p < end && is_digit(*p))
				p++;
		}
	}
	int zh = 0, zm = 0;
	if (p < end && *p == 'Z') {
		p++;
	} else if (p < end && (*p == '+' || *p == '-')) {
		p++;
		if ((zh = number(&p, end, 2, 2)) < 0)
			return CS_DATE_FORM;
		if (p < end && *p == ':')
			p++;
		if (p < end && (zm = number(&p, end, 2, 2)) < 0)
			return CS_DATE_FORM;
	}
	if (p != end)
		return CS_DATE_FORM;
	if (h > 23 || mi > 59 || sec > 60 || zh > 23 || zm > 59)
		return CS_DATE_NO_SUCH_TIME;
	return CS_DATE_OK;
}

int cs_date_read(const struct cs_datefmt *f, const char *s, size_t len, int *y, int *m, int *d)
{
	trim(&s, &len);
	const char *p = s, *end = s + len;
	int v[3];
	if (!f) {
		if (len < 10 || s[4] != '-' || s[7] != '-' || digits(s, 4, &v[0]) || digits(s + 5, 2, &v[1]) ||
		    digits(s + 8, 2, &v[2]))
			return CS_DATE_FORM;
		*y = v[0], *m = v[1], *d = v[2];
		p += 10;
	} else {
		int year = -1, two = 0;
		for (int k = 0; k < 3; k++) {
			char c = f->field[k];
			/* a field with another right before or after it has its full width */
			int fixed = (k < 2 && !f->sep[k]) || (k > 0 && !f->sep[k - 1]);
			int lo = c == 'Y' ? 4 : c == 'y' || fixed ? 2 : 1, hi = c == 'Y' ? 4 : 2;
			int x = number(&p, end, lo, hi);
			if (x < 0)
				return CS_DATE_FORM;
			if (c == 'd') *d = x;
			else if (c == 'm') *m = x;
			else year = x, two = c == 'y';
			if (k < 2 && f->sep[k] && (p == end || *p++ != f->sep[k]))
				return CS_DATE_FORM;
		}
		/* POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068 */
		*y = two ? (year >= 69 ? 1900 + year : 2000 + year) : year;
		/* a digit right after the last field: the field was longer */
		if (p < end && is_digit(*p))
			return CS_DATE_FORM;
	}
	int t = time_part(p, end, f ? 1 : 2);
	if (t == CS_DATE_FORM)
		return t;
	if (*m < 1 || *m > 12 || *d < 1 || *d > days_in_month(*y, *m))
		return CS_DATE_NO_SUCH_DAY;
	return t;
}

const char *cs_date_suggest(const char *s, size_t len)
{
	static const char *const formats[] = { "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y",
					       "%Y/%m/%d", "%Y.%m.%d", "%d/%m/%y", "%m/%d/%y" };
	const char *found = NULL;
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
		struct cs_datefmt f;
		struct cs_err err;
		int y, m, d;
		if (cs_datefmt_parse(formats[i], &f, NULL, &err) != 0)
			continue;
		if (cs_date_read(&f, s, len, &y, &m, &d) != CS_DATE_OK)
			continue;
		if (found)
			return NULL;     /* two readings: not ours to choose */
		found = formats[i];
	}
	return found;
}

/* ---- the calendar ----------------------------------------------------- */

static long floor_div(long a, long b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

/* Days from civil (proleptic Gregorian), in 400-year eras of 146097
 * days counted from 0000-03-01. */
long cs_date_days(int y, int m, int d)
{
	long yy = (long)y - (m <= 2);
	long era = floor_div(yy, 400);
	long yoe = yy - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void cs_date_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = floor_div(z, 146097);
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* ISO weeks start on Monday; 1970-01-01 was a Thursday, so the week of
 * day z is floor((z + 3) / 7) and week i's Thursday is day 7 i. */
long cs_bucket_index(enum cs_bucket b, int y, int m, int d)
{
	switch (b) {
	case CS_BUCKET_YEAR: return y;
	case CS_BUCKET_QUARTER: return 4L * y + (m - 1) / 3;
	case CS_BUCKET_WEEK: return floor_div(cs_date_days(y, m, d) + 3, 7);
	case CS_BUCKET_DAY: return cs_date_days(y, m, d);
	default: return 12L * y + (m - 1);
	}
}

/* Digits of 0 <= v < 10^w, w of them with leading zeros: what "%0*ld"
 * writes, without printf, for every row of a derived key. */
static char *put_digits(char *p, long v, int w)
{
	for (int k = w - 1; k >= 0; k--, v /= 10)
		p[k] = (char)('0' + v % 10);
	return p + w;
}

/* "YYYY" SEP A [ "-DD" ], A of aw digits, for a year of four digits; 0
 * when the label is not of that form and printf writes it. */
static int put_label(char *buf, size_t size, long y, const char *sep, long a, int aw, long d)
{
	if (y < 0 || y > 9999 || size < CS_BUCKET_LABEL)
		return 0;
	char *p = put_digits(buf, y, 4);
	if (sep) {
		memcpy(p, sep, strlen(sep));
		p = put_digits(p + strlen(sep), a, aw);
	}
	if (d > 0) {
		*p++ = '-';
		p = put_digits(p, d, 2);
	}
	*p = '\0';
	return 1;
}

void cs_bucket_label(enum cs_bucket b, long i, char *buf, size_t size)
{
	int y, m, d;
	long q, yy;
	switch (b) {
	case CS_BUCKET_YEAR:
		if (!put_label(buf, size, i, NULL, 0, 0, 0))
			snprintf(buf, size, "%04ld", i);
		break;
	case CS_BUCKET_QUARTER:
		yy = floor_div(i, 4), q = i - 4 * yy + 1;
		if (!put_label(buf, size, yy, "-Q", q, 1, 0))
			snprintf(buf, size, "%04ld-Q%ld", yy, q);
		break;
	case CS_BUCKET_WEEK:
		/* the week belongs to the year of its Thursday */
		cs_date_from_days(7 * i, &y, &m, &d);
		q = (7 * i - cs_date_days(y, 1, 1)) / 7 + 1;
		if (!put_label(buf, size, y, "-W", q, 2, 0))
			snprintf(buf, size, "%04d-W%02ld", y, q);
		break;
	case CS_BUCKET_DAY:
		cs_date_from_days(i, &y, &m, &d);
		if (!put_label(buf, size, y, "-", m, 2, d))
			snprintf(buf, size, "%04d-%02d-%02d", y, m, d);
		break;
	default:
		yy = floor_div(i, 12), q = i - 12 * yy + 1;
		if (!put_label(buf, size, yy, "-", q, 2, 0))
			snprintf(buf, size, "%04ld-%02ld", yy, q);
	}
}

static long ceil_div(long a, long b)
{
	return -floor_div(-a, b);
}

int cs_bucket_parse(enum cs_bucket b, const char *s, long *i)
{
	int y = 0, m = 1, d = 1, w = 0, q = 0, n = 0;
	long idx;
	switch (b) {
	case CS_BUCKET_YEAR:
		if (sscanf(s, "%4d%n", &y, &n) != 1)
			return -1;
		idx = y;
		break;
	case CS_BUCKET_QUARTER:
		if (sscanf(s, "%4d-Q%1d%n", &y, &q, &n) != 2 || q < 1 || q > 4)
			return -1;
		idx = cs_bucket_index(b, y, 3 * q - 2, 1);
		break;
	case CS_BUCKET_WEEK:
		/* the week whose Thursday (a multiple of 7 days) is its (w-1)th week from January 1 */
		if (sscanf(s, "%4d-W%2d%n", &y, &w, &n) != 2 || w < 1 || w > 53)
			return -1;
		idx = ceil_div(cs_date_days(y, 1, 1) + 7L * (w - 1), 7);
		break;
	case CS_BUCKET_DAY:
		if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
			return -1;
		idx = cs_bucket_index(b, y, m, d);
		break;
	case CS_BUCKET_MONTH:
		if (sscanf(s, "%4d-%2d%n", &y, &m, &n) != 2 || m < 1 || m > 12)
			return -1;
		idx = cs_bucket_index(b, y, m, 1);
		break;
	default:
		return -1;
	}
	/* only the labels cs_bucket_label writes */
	char again[CS_BUCKET_LABEL];
	cs_bucket_label(b, idx, again, sizeof again);
	if (strcmp(again, s) != 0)
		return -1;
	*i = idx;
	return 0;
}

const char *cs_bucket_name(enum cs_bucket b)
{
	return (unsigned)b < sizeof bucket_names / sizeof *bucket_names ? bucket_names[b] : "";
}
