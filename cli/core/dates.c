/* dates.c - ISO dates and month/year buckets (see dates.h). */
#include "cli/core/dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cs_bucket_spec(const char *spec, char **col, enum cs_bucket *bucket)
{
	const char *colon = strrchr(spec, ':');
	size_t len = strlen(spec);
	*col = NULL;
	*bucket = CS_BUCKET_NONE;
	if (colon) {
		if (strcmp(colon + 1, "month") == 0)
			*bucket = CS_BUCKET_MONTH;
		else if (strcmp(colon + 1, "year") == 0)
			*bucket = CS_BUCKET_YEAR;
		else
			return -1;
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

static int days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

int cs_date_parse(const char *s, size_t len, int *y, int *m, int *d)
{
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len != 10 || s[4] != '-' || s[7] != '-' ||
	    digits(s, 4, y) || digits(s + 5, 2, m) || digits(s + 8, 2, d))
		return CS_DATE_FORM;
	if (*m < 1 || *m > 12 || *d < 1 || *d > days_in_month(*y, *m))
		return CS_DATE_NO_SUCH_DAY;
	return CS_DATE_OK;
}

long cs_bucket_index(enum cs_bucket b, int y, int m)
{
	return b == CS_BUCKET_YEAR ? (long)y : 12L * y + (m - 1);
}

void cs_bucket_label(enum cs_bucket b, long i, char *buf, size_t size)
{
	if (b == CS_BUCKET_YEAR)
		snprintf(buf, size, "%04ld", i);
	else
		snprintf(buf, size, "%04ld-%02ld", i / 12, i % 12 + 1);
}

const char *cs_bucket_name(enum cs_bucket b)
{
	return b == CS_BUCKET_MONTH ? "month" : b == CS_BUCKET_YEAR ? "year" : "";
}
