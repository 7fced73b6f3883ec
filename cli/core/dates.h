/* dates.h - ISO calendar dates (YYYY-MM-DD) and the month and year buckets
 * of `tab --by COL:month` and `--by COL:year` (counts over time).
 *
 * Only the extended ISO 8601 calendar form is read: four-digit year 0000 to
 * 9999, two-digit month and day, a real day of that month in the proleptic
 * Gregorian calendar (2024-02-29 yes, 2023-02-29 no).  Other forms
 * (09.07.2023, 2023-7-9, 2023/07/09, a time after the date) are refused,
 * so that day and month are never guessed.  ASCII blanks around the date
 * are ignored, as around numbers.  Nothing here allocates except
 * cs_bucket_spec(). */
#ifndef CS_DATES_H
#define CS_DATES_H

#include <stddef.h>

enum cs_bucket {
	CS_BUCKET_NONE = 0,   /* the values themselves are the categories */
	CS_BUCKET_MONTH,      /* YYYY-MM */
	CS_BUCKET_YEAR        /* YYYY */
};

/* Split a --by spec: "COL" (no bucket), "COL:month" or "COL:year".
 * *col receives a new string (caller frees).  Returns 0; -1 when the text
 * after the last ':' is neither month nor year (then *col is NULL); -2 when
 * out of memory or the column name is empty. */
int cs_bucket_spec(const char *spec, char **col, enum cs_bucket *bucket);

enum { CS_DATE_OK = 0, CS_DATE_FORM = -1, CS_DATE_NO_SUCH_DAY = -2 };
/* Read s[0..len) as YYYY-MM-DD.  Returns CS_DATE_OK with *y, *m, *d set;
 * CS_DATE_FORM if the text is not in that form; CS_DATE_NO_SUCH_DAY for a
 * month outside 1..12 or a day the month does not have. */
int cs_date_parse(const char *s, size_t len, int *y, int *m, int *d);

/* The bucket of a date as a number that counts buckets: months since
 * 0000-01 (12 y + m - 1), or the year.  Consecutive buckets differ by 1. */
long cs_bucket_index(enum cs_bucket b, int y, int m);
/* The label of bucket index i: "2023-07" or "2023" (size >= 8). */
void cs_bucket_label(enum cs_bucket b, long i, char *buf, size_t size);
/* "month" or "year" (or "" for none). */
const char *cs_bucket_name(enum cs_bucket b);

#endif
