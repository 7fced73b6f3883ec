/* fuzz_dates.c - libFuzzer target: dates as written and their buckets
 * (cli/core/dates.c).
 *
 * Input: a selector byte (ISO, one of the usual --date-formats, or the
 * text itself as a --date-format), then the text.
 * Invariants: the status is one of the four; a date read is a real day
 * (month 1-12, day within the month, year 0-9999); written back in the
 * format with zero padding it reads to the same date; a plain ISO date
 * reads as cs_date_parse reads it; a suggested format reads the text;
 * for every bucket the next day's index is the same or one more, and the
 * week label is glibc's strftime %G-W%V (years 1900-2200); day indexes
 * come back to the same date.  A format that compiles reads a date it
 * wrote itself. */
#include "fuzz_util.h"
#include "cli/core/dates.h"

#include <time.h>

static const char *const formats[] = { "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%d", "%d.%m.%y", "%Y%m%d",
				       "%y%m%d", "%d %m %Y" };

static int dim(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : days[m - 1];
}

/* Write y-m-d in format f (zero-padded). */
static void write_date(const struct cs_datefmt *f, int y, int m, int d, char *buf)
{
	size_t j = 0;
	for (int k = 0; k < 3; k++) {
		char c = f->field[k];
		j += (size_t)(c == 'Y' ? sprintf(buf + j, "%04d", y) : c == 'y' ? sprintf(buf + j, "%02d", y % 100) :
			      sprintf(buf + j, "%02d", c == 'd' ? d : m));
		if (k < 2 && f->sep[k])
			buf[j++] = f->sep[k];
	}
	buf[j] = '\0';
}

static void check_buckets(int y, int m, int d)
{
	long z = cs_date_days(y, m, d);
	int yy, mm, dd;
	cs_date_from_days(z, &yy, &mm, &dd);
	FUZZ_CHECK(yy == y && mm == m && dd == d);
	cs_date_from_days(z + 1, &yy, &mm, &dd);
	for (int b = CS_BUCKET_MONTH; b <= CS_BUCKET_DAY; b++) {
		long i = cs_bucket_index((enum cs_bucket)b, y, m, d);
		long next = cs_bucket_index((enum cs_bucket)b, yy, mm, dd);
		FUZZ_CHECK(next == i || next == i + 1);
		char label[CS_BUCKET_LABEL];
		cs_bucket_label((enum cs_bucket)b, i, label, sizeof label);
		FUZZ_CHECK(strlen(label) >= 4 && strlen(label) < CS_BUCKET_LABEL - 1);
	}
	FUZZ_CHECK(cs_bucket_index(CS_BUCKET_DAY, yy, mm, dd) == z + 1);
	if (y >= 1900 && y <= 2200) {
		struct tm tm = { 0 }, out;
		tm.tm_year = y - 1900, tm.tm_mon = m - 1, tm.tm_mday = d, tm.tm_hour = 12;
		time_t t = timegm(&tm);
		gmtime_r(&t, &out);
		char want[16], got[CS_BUCKET_LABEL];
		strftime(want, sizeof want, "%G-W%V", &out);
		cs_bucket_label(CS_BUCKET_WEEK, cs_bucket_index(CS_BUCKET_WEEK, y, m, d), got, sizeof got);
		FUZZ_CHECK(strcmp(want, got) == 0);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	size_t len = size - 1;
	char *s = malloc(len ? len : 1);
	FUZZ_CHECK(s);
	memcpy(s, data + 1, len);
	size_t sel = data[0] % (2 + sizeof formats / sizeof *formats);
	struct cs_datefmt f;
	struct cs_err err;
	if (sel == 1) {
		/* the text as a format: compiled, it reads what it writes */
		char *spec = strndup(s, len);
		FUZZ_CHECK(spec);
		if (cs_datefmt_parse(spec, &f, "tab", &err) == 0) {
			char buf[32];
			int y, m, d;
			write_date(&f, 2023, 6, 8, buf);
			FUZZ_CHECK(cs_date_read(&f, buf, strlen(buf), &y, &m, &d) == CS_DATE_OK);
			FUZZ_CHECK(y == 2023 && m == 6 && d == 8);
		} else {
			fuzz_check_error(CS_EXIT_USAGE, &err);
		}
		free(spec);
		free(s);
		return 0;
	}
	const struct cs_datefmt *fp = NULL;
	if (sel >= 2) {
		FUZZ_CHECK(cs_datefmt_parse(formats[sel - 2], &f, "tab", &err) == 0);
		fp = &f;
	}
	int y = -1, m = -1, d = -1;
	int rc = cs_date_read(fp, s, len, &y, &m, &d);
	FUZZ_CHECK(rc == CS_DATE_OK || rc == CS_DATE_FORM || rc == CS_DATE_NO_SUCH_DAY || rc == CS_DATE_NO_SUCH_TIME);
	if (rc == CS_DATE_OK) {
		FUZZ_CHECK(y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m));
		char buf[32];
		int y2, m2, d2;
		if (fp)
			write_date(fp, y, m, d, buf);
		else
			sprintf(buf, "%04d-%02d-%02d", y, m, d);
		FUZZ_CHECK(cs_date_read(fp, buf, strlen(buf), &y2, &m2, &d2) == CS_DATE_OK);
		FUZZ_CHECK(y2 == y && m2 == m && d2 == d);
		check_buckets(y, m, d);
	}
	if (!fp) {
		int y3, m3, d3;
		int p = cs_date_parse(s, len, &y3, &m3, &d3);
		if (p == CS_DATE_OK)
			FUZZ_CHECK(rc == CS_DATE_OK && y3 == y && m3 == m && d3 == d);
		if (rc == CS_DATE_FORM)
			FUZZ_CHECK(p == CS_DATE_FORM);
		const char *g = cs_date_suggest(s, len);
		if (g) {
			FUZZ_CHECK(cs_datefmt_parse(g, &f, "tab", &err) == 0);
			FUZZ_CHECK(cs_date_read(&f, s, len, &y3, &m3, &d3) == CS_DATE_OK);
		}
	}
	free(s);
	return 0;
}
