/* dates.h - dates as written, and the buckets of counts over time
 * (`tab --by COL:year|quarter|month|week|day`).
 *
 * By default a date is the extended ISO 8601 calendar form YYYY-MM-DD:
 * four-digit year 0000 to 9999, two-digit month and day, a real day of
 * that month in the proleptic Gregorian calendar (2024-02-29 yes,
 * 2023-02-29 no).  cs_date_read() also takes an ISO date-time
 * (2023-06-18 14:30:00, 2023-06-18T14:30:00Z, 2023-06-18T14:30,
 * 2023-06-18T14:30:00.5+05:00) and keeps the date as written (an offset
 * does not move it to another day).  Other forms are read only with a
 * --date-format (struct cs_datefmt): 18.06.2023 is %d.%m.%Y, 06/18/2023
 * %m/%d/%Y; a form that could be two dates (06/07/2023) is never
 * guessed.  ASCII blanks around a date are ignored, as around numbers.
 *
 * Two-digit years (%y) follow POSIX strptime: 69-99 are 1969-1999 and
 * 00-68 are 2000-2068, whatever today's date is (results must not depend
 * on the day they are computed).  Dates of birth before 1969 written with
 * two digits come out a century late: use four-digit years for them.
 *
 * Nothing here allocates except cs_bucket_spec(). */
#ifndef CS_DATES_H
#define CS_DATES_H

#include <stddef.h>
#include "cli/core/diag.h"

enum cs_bucket {
	CS_BUCKET_NONE = 0,   /* the values themselves are the categories */
	CS_BUCKET_MONTH,      /* 2023-06 */
	CS_BUCKET_YEAR,       /* 2023 */
	CS_BUCKET_QUARTER,    /* 2023-Q2 */
	CS_BUCKET_WEEK,       /* 2023-W24: ISO 8601 week, with the ISO week-year */
	CS_BUCKET_DAY         /* 2023-06-18 */
};

/* Split a --by spec: "COL" (no bucket) or "COL:B" with B one of year,
 * quarter, month, week, day.  *col receives a new string (caller frees).
 * Returns 0; -1 when the text after the last ':' is none of those (then
 * *col is NULL); -2 when out of memory or the column name is empty. */
int cs_bucket_spec(const char *spec, char **col, enum cs_bucket *bucket);

enum { CS_DATE_OK = 0, CS_DATE_FORM = -1, CS_DATE_NO_SUCH_DAY = -2, CS_DATE_NO_SUCH_TIME = -3 };
/* Read s[0..len) as YYYY-MM-DD (nothing after it).  Returns CS_DATE_OK
 * with *y, *m, *d set; CS_DATE_FORM if the text is not in that form;
 * CS_DATE_NO_SUCH_DAY for a month outside 1..12 or a day the month does
 * not have. */
int cs_date_parse(const char *s, size_t len, int *y, int *m, int *d);

/* A --date-format: %d, %m and %Y (or %y) once each, in any order, with
 * one of '.', '/', '-' or ' ' between them or nothing: %d.%m.%Y,
 * %d/%m/%Y, %m/%d/%Y, %Y-%m-%d, %d.%m.%y, %Y%m%d ... */
struct cs_datefmt {
	char field[3];        /* 'd', 'm', 'Y' or 'y' in order */
	char sep[2];          /* between field 0 and 1, 1 and 2; '\0' for none */
};

/* Check and compile a --date-format.  0, or CS_EXIT_USAGE with a message
 * in err (cmd is the command for the hint). */
int cs_datefmt_parse(const char *spec, struct cs_datefmt *f, const char *cmd, struct cs_err *err);

/* Read the date of s[0..len) in format f (NULL: ISO), optionally followed
 * by a time: 'T' or a blank, H:MM or HH:MM, then :SS, a fraction of a
 * second after '.' or ',', and Z or an offset (+05:00, +0500, +05) as
 * ISO 8601 writes them.  With f, %d and %m take one or two digits where
 * separators are on both sides (or the text ends), otherwise two; %Y takes
 * four and %y two.  Returns CS_DATE_OK with the date
 * in *y, *m, *d, CS_DATE_FORM, CS_DATE_NO_SUCH_DAY, or CS_DATE_NO_SUCH_TIME
 * for a time out of range (25:00, 14:60). */
int cs_date_read(const struct cs_datefmt *f, const char *s, size_t len, int *y, int *m, int *d);

/* For a message about a value that is not an ISO date: the --date-format
 * that reads it when only one of the usual ones does ("%d.%m.%Y" for
 * 18.06.2023, "%m/%d/%Y" for 06/18/2023), or NULL (06/07/2023 could be
 * either: never guessed). */
const char *cs_date_suggest(const char *s, size_t len);

/* The bucket of a date as a number that counts buckets: the year; 4 y +
 * quarter - 1; 12 y + m - 1; ISO weeks since the week of 1970-01-01; days
 * since 1970-01-01.  Consecutive buckets differ by 1. */
long cs_bucket_index(enum cs_bucket b, int y, int m, int d);
#define CS_BUCKET_LABEL 16   /* buffer size for any label */
/* The label of bucket index i: "2023", "2023-Q2", "2023-06", "2023-W24",
 * "2023-06-18" (size >= CS_BUCKET_LABEL). */
void cs_bucket_label(enum cs_bucket b, long i, char *buf, size_t size);
/* The index of a label cs_bucket_label() writes: 0 with *i set, or -1
 * for any other text. */
int cs_bucket_parse(enum cs_bucket b, const char *label, long *i);
/* "year", "quarter", "month", "week", "day" (or "" for none). */
const char *cs_bucket_name(enum cs_bucket b);

/* Days since 1970-01-01 of a date (negative before). */
long cs_date_days(int y, int m, int d);
/* The date of a day count of cs_date_days(). */
void cs_date_from_days(long days, int *y, int *m, int *d);

#endif
