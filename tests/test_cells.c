/* test_cells.c - tests of cli/frame/cells.c (counts, exposures, yes/no
 * words and dates read as the user says they are written, with the
 * messages that name FILE:LINE:FIELD and what would read the value) and of
 * cs_amt_cell() in cli/frame/money.c (amounts with --decimal, --thousands
 * and a currency mark that must match --currency).
 *
 * Expected values are written out by hand from the definitions in
 * cells.h and money.h; the messages are the exact texts a user sees after
 * "casestat: ". */
#include "test_util.h"
#include "cli/frame/cells.h"
#include "cli/frame/money.h"
#include "analysis/money.h"

#include <stdint.h>

/* One cell of a CSV row, at line 12, field 3 of data.csv. */
struct one {
	const char *value[1];
	size_t len[1];
	unsigned long vline[1];
	int vfield[1];
	struct cs_row row;
};

static const struct cs_row *cell(struct one *o, const char *s)
{
	o->value[0] = s;
	o->len[0] = strlen(s);
	o->vline[0] = 12;
	o->vfield[0] = 3;
	o->row.line = 12;
	o->row.value = o->value;
	o->row.len = o->len;
	o->row.vline = o->vline;
	o->row.vfield = o->vfield;
	o->row.sheet = NULL;
	return &o->row;
}

/* Settings compiled as a command would: cs_cells_ready must accept them. */
static void ready(struct cs_cells *c, char decimal, enum cs_money_sep thousands, const char *truthy,
		  const char *falsy, const char *date_format)
{
	cs_cells_init(c);
	c->decimal = decimal;
	c->thousands = thousands;
	c->truthy = truthy;
	c->falsy = falsy;
	c->date_format = date_format;
	struct cs_err err = { 0 };
	int rc = cs_cells_ready(c, "prop", &err);
	if (rc != 0)
		fail_msg("cs_cells_ready: %d %s", rc, err.msg);
}

static const char *WHOLE = "a whole number (0 or more)";
static const char *EXPO = "an exposure (a number, 0 or more)";

/* cs_cell_count: returns want_rc; for 1, the value is want. */
static void count_is(const struct cs_cells *c, const char *s, int64_t max, int want_rc, int64_t want)
{
	struct one o;
	struct cs_err err = { 0 };
	int64_t v = -77;
	int rc = cs_cell_count(c, cell(&o, s), 0, "n", "data.csv", max, WHOLE, &v, &err);
	if (rc != want_rc || (rc == 1 && v != want) || (rc == 0 && v != -77))
		fail_msg("count '%s': rc %d, value %lld; expected rc %d, value %lld (%s)", s, rc, (long long)v,
			 want_rc, (long long)want, err.msg);
	if (rc < 0 && err.code != CS_EXIT_DATA)
		fail_msg("count '%s': error code %d", s, err.code);
}

static void real_is(const struct cs_cells *c, const char *s, int want_rc, double want)
{
	struct one o;
	struct cs_err err = { 0 };
	double v = -77.0;
	int rc = cs_cell_real(c, cell(&o, s), 0, "exposure", "data.csv", EXPO, &v, &err);
	if (rc != want_rc || (rc == 1 && v != want) || (rc == 0 && v != -77.0))
		fail_msg("real '%s': rc %d, value %.17g; expected rc %d, value %.17g (%s)", s, rc, v, want_rc, want,
			 err.msg);
}

static void bool_is(const struct cs_cells *c, const char *s, int want_rc, int want)
{
	struct one o;
	struct cs_err err = { 0 };
	int v = -77;
	int rc = cs_cell_bool(c, cell(&o, s), 0, "ok", "data.csv", &v, &err);
	if (rc != want_rc || (rc == 1 && v != want) || (rc != 1 && v != -77))
		fail_msg("bool '%s': rc %d, value %d; expected rc %d, value %d (%s)", s, rc, v, want_rc, want, err.msg);
}

static void date_is(const struct cs_cells *c, const char *s, int want_rc, int wy, int wm, int wd)
{
	struct one o;
	struct cs_err err = { 0 };
	int y = -1, m = -1, d = -1;
	int rc = cs_cell_date(c, cell(&o, s), 0, "date", "data.csv", &y, &m, &d, &err);
	if (rc != want_rc || (rc == 1 && (y != wy || m != wm || d != wd)))
		fail_msg("date '%s': rc %d, %d-%d-%d; expected rc %d, %d-%d-%d (%s)", s, rc, y, m, d, want_rc, wy, wm,
			 wd, err.msg);
}

/* The message of a value that does not read. */
static const char *count_err(const struct cs_cells *c, const char *s, struct cs_err *err)
{
	struct one o;
	int64_t v;
	memset(err, 0, sizeof *err);
	assert_int_equal(cs_cell_count(c, cell(&o, s), 0, "n", "data.csv", 1000000, WHOLE, &v, err), -1);
	assert_int_equal(err->code, CS_EXIT_DATA);
	return err->msg;
}

static const char *real_err(const struct cs_cells *c, const char *s, struct cs_err *err)
{
	struct one o;
	double v;
	memset(err, 0, sizeof *err);
	assert_int_equal(cs_cell_real(c, cell(&o, s), 0, "exposure", "data.csv", EXPO, &v, err), -1);
	assert_int_equal(err->code, CS_EXIT_DATA);
	return err->msg;
}

static const char *bool_err(const struct cs_cells *c, const char *s, struct cs_err *err)
{
	struct one o;
	int v;
	memset(err, 0, sizeof *err);
	assert_int_equal(cs_cell_bool(c, cell(&o, s), 0, "ok", "data.csv", &v, err), -1);
	assert_int_equal(err->code, CS_EXIT_DATA);
	return err->msg;
}

static const char *date_err(const struct cs_cells *c, const char *s, struct cs_err *err)
{
	struct one o;
	int y, m, d;
	memset(err, 0, sizeof *err);
	assert_int_equal(cs_cell_date(c, cell(&o, s), 0, "date", "data.csv", &y, &m, &d, err), -1);
	assert_int_equal(err->code, CS_EXIT_DATA);
	return err->msg;
}

/* --- cs_cells_init / cs_cells_ready ---------------------------------- */

static void test_ready_defaults(void **state)
{
	(void)state;
	struct cs_cells c;
	cs_cells_init(&c);
	assert_int_equal(c.decimal, '.');
	assert_int_equal(c.thousands, CS_SEP_NONE);
	assert_null(c.truthy);
	assert_null(c.falsy);
	assert_null(c.date_format);
	assert_int_equal(c.fold, 0);
	struct cs_err err = { 0 };
	assert_int_equal(cs_cells_ready(&c, "prop", &err), 0);
	assert_int_equal(c.syntax.decimal, '.');
	assert_int_equal(c.syntax.thousands, CS_SEP_NONE);
	/* the built-in words */
	char yes[200], no[200];
	cs_cells_words(&c, yes, sizeof yes, no, sizeof no);
	assert_string_equal(yes, "1, true, yes, y, t, да, истина, иә, ақиқат");
	assert_string_equal(no, "0, false, no, n, f, нет, ложь, жоқ, жалған");
}

static void test_ready_conflicts(void **state)
{
	(void)state;
	struct cs_cells c;
	struct cs_err err = { 0 };
	/* --decimal , --thousands , : both ',' */
	cs_cells_init(&c);
	c.decimal = ',';
	c.thousands = CS_SEP_COMMA;
	assert_int_equal(cs_cells_ready(&c, "amounts", &err), CS_EXIT_USAGE);
	assert_int_equal(err.code, CS_EXIT_USAGE);
	assert_string_equal(err.msg, "--decimal ',' and --thousands ',' cannot go together: the decimal separator and"
			    " the thousands separator are both ','");
	/* --thousands . with the default decimal point */
	memset(&err, 0, sizeof err);
	cs_cells_init(&c);
	c.thousands = CS_SEP_POINT;
	assert_int_equal(cs_cells_ready(&c, "amounts", &err), CS_EXIT_USAGE);
	assert_string_equal(err.msg, "--decimal '.' and --thousands '.' cannot go together: the decimal separator and"
			    " the thousands separator are both '.'");
	/* the pairs that go together */
	const struct { char d; enum cs_money_sep t; } fine[] = {
		{ '.', CS_SEP_NONE }, { '.', CS_SEP_SPACE }, { '.', CS_SEP_COMMA },
		{ ',', CS_SEP_NONE }, { ',', CS_SEP_SPACE }, { ',', CS_SEP_POINT },
	};
	for (size_t i = 0; i < sizeof fine / sizeof *fine; i++) {
		cs_cells_init(&c);
		c.decimal = fine[i].d;
		c.thousands = fine[i].t;
		memset(&err, 0, sizeof err);
		assert_int_equal(cs_cells_ready(&c, "amounts", &err), 0);
		assert_int_equal(c.syntax.decimal, fine[i].d);
		assert_int_equal(c.syntax.thousands, fine[i].t);
	}
}

static void test_ready_words_and_dates(void **state)
{
	(void)state;
	struct cs_cells c;
	struct cs_err err = { 0 };
	/* a word in both lists */
	cs_cells_init(&c);
	c.truthy = "да,иә";
	c.falsy = "нет,ДА";
	assert_int_equal(cs_cells_ready(&c, "prop", &err), CS_EXIT_USAGE);
	assert_non_null(strstr(err.msg, "--true"));
	assert_non_null(strstr(err.msg, "--false"));
	/* an empty word */
	memset(&err, 0, sizeof err);
	cs_cells_init(&c);
	c.truthy = "да,,иә";
	assert_int_equal(cs_cells_ready(&c, "prop", &err), CS_EXIT_USAGE);
	assert_non_null(strstr(err.msg, "--true"));
	/* a bad --date-format */
	memset(&err, 0, sizeof err);
	cs_cells_init(&c);
	c.date_format = "%d.%m";
	assert_int_equal(cs_cells_ready(&c, "tab", &err), CS_EXIT_USAGE);
	/* good ones compile */
	memset(&err, 0, sizeof err);
	cs_cells_init(&c);
	c.truthy = "обжаловано, Appealed";
	c.falsy = "не обжаловано";
	c.date_format = "%d.%m.%Y";
	assert_int_equal(cs_cells_ready(&c, "prop", &err), 0);
	char yes[200], no[200];
	cs_cells_words(&c, yes, sizeof yes, no, sizeof no);
	assert_string_equal(yes, "обжаловано, appealed");
	assert_string_equal(no, "не обжаловано");
}

/* --- cs_cell_count ---------------------------------------------------- */

static void test_count(void **state)
{
	(void)state;
	struct cs_cells c;
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, NULL);
	count_is(&c, "7000", 1000000, 1, 7000);
	count_is(&c, "0", 1000000, 1, 0);
	count_is(&c, " 12 ", 1000000, 1, 12);
	count_is(&c, "", 1000000, 0, 0);
	count_is(&c, "   ", 1000000, 0, 0);
	count_is(&c, "\t", 1000000, 0, 0);
	count_is(&c, "7 000", 1000000, -1, 0);
	count_is(&c, "7,000", 1000000, -1, 0);
	count_is(&c, "-1", 1000000, -1, 0);
	count_is(&c, "1.5", 1000000, -1, 0);
	count_is(&c, "12", 10, -1, 0);
	count_is(&c, "10", 10, 1, 10);
	count_is(&c, "abc", 1000000, -1, 0);

	ready(&c, '.', CS_SEP_SPACE, NULL, NULL, NULL);
	count_is(&c, "7 000", 1000000, 1, 7000);
	count_is(&c, "1 234 567", 10000000, 1, 1234567);
	count_is(&c, "1\xC2\xA0" "234", 10000, 1, 1234);          /* a no-break space */
	count_is(&c, "7000", 1000000, 1, 7000);
	count_is(&c, "70 00", 1000000, -1, 0);
	count_is(&c, "7 000.5", 1000000, -1, 0);                  /* not whole */
	count_is(&c, "7 000.0", 1000000, 1, 7000);                /* whole, written with decimals */
	count_is(&c, "1 234 567", 1000000, -1, 0);                /* over max */
	count_is(&c, "-7 000", 1000000, -1, 0);

	ready(&c, '.', CS_SEP_COMMA, NULL, NULL, NULL);
	count_is(&c, "7,000", 1000000, 1, 7000);
	count_is(&c, "7,00", 1000000, -1, 0);

	ready(&c, ',', CS_SEP_POINT, NULL, NULL, NULL);
	count_is(&c, "1.234.567", 10000000, 1, 1234567);
	count_is(&c, "7,5", 1000000, -1, 0);
	count_is(&c, "7.000,00", 1000000, 1, 7000);
}

static void test_count_messages(void **state)
{
	(void)state;
	struct cs_cells c;
	struct cs_err err;
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, NULL);
	assert_string_equal(count_err(&c, "7 000", &err),
			    "data.csv:12:3: column 'n' has '7 000', which is not a whole number (0 or more); it reads as one with --thousands ' '");
	assert_string_equal(count_err(&c, "7,000", &err),
			    "data.csv:12:3: column 'n' has '7,000', which is not a whole number (0 or more); it reads as one with --decimal ',' or with --thousands ','");
	assert_string_equal(count_err(&c, "-3", &err),
			    "data.csv:12:3: column 'n' has '-3', which is not a whole number (0 or more)");
	/* the value is shown as messages show data: a control character escaped */
	assert_string_equal(count_err(&c, "3\n", &err),
			    "data.csv:12:3: column 'n' has '3\\n', which is not a whole number (0 or more)");
	/* with a decimal comma, points between thousands are suggested */
	ready(&c, ',', CS_SEP_NONE, NULL, NULL, NULL);
	assert_string_equal(count_err(&c, "1.234.567", &err),
			    "data.csv:12:3: column 'n' has '1.234.567', which is not a whole number (0 or more); it reads as one with --thousands '.'");
}

/* --- cs_cell_real ----------------------------------------------------- */

static void test_real(void **state)
{
	(void)state;
	struct cs_cells c;
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, NULL);
	real_is(&c, "1000.5", 1, 1000.5);
	real_is(&c, " 2.25\t", 1, 2.25);
	real_is(&c, "0", 1, 0.0);
	real_is(&c, "", 0, 0);
	real_is(&c, "  ", 0, 0);
	real_is(&c, "1000,5", -1, 0);
	real_is(&c, "-1", -1, 0);
	real_is(&c, "1 000", -1, 0);
	/* -0 is 0, not negative zero */
	{
		struct one o;
		struct cs_err err = { 0 };
		double v = 5;
		assert_int_equal(cs_cell_real(&c, cell(&o, "-0"), 0, "exposure", "data.csv", EXPO, &v, &err), 1);
		assert_true(v == 0.0 && !signbit(v));
	}

	ready(&c, ',', CS_SEP_NONE, NULL, NULL, NULL);
	real_is(&c, "1000,5", 1, 1000.5);
	real_is(&c, "0,25", 1, 0.25);
	real_is(&c, "12", 1, 12.0);
	real_is(&c, "1000.5", -1, 0);

	ready(&c, ',', CS_SEP_SPACE, NULL, NULL, NULL);
	real_is(&c, "23 000,50", 1, 23000.5);
	real_is(&c, "1 234 567,25", 1, 1234567.25);
	real_is(&c, "1\xC2\xA0" "000,5", 1, 1000.5);
	real_is(&c, "23 00,50", -1, 0);

	ready(&c, ',', CS_SEP_POINT, NULL, NULL, NULL);
	real_is(&c, "23.000,50", 1, 23000.5);
	real_is(&c, "1.234.567", 1, 1234567.0);

	ready(&c, '.', CS_SEP_COMMA, NULL, NULL, NULL);
	real_is(&c, "1,234.5", 1, 1234.5);
	real_is(&c, "1,234,567", 1, 1234567.0);
}

static void test_real_messages(void **state)
{
	(void)state;
	struct cs_cells c;
	struct cs_err err;
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, NULL);
	assert_string_equal(real_err(&c, "1000,5", &err),
			    "data.csv:12:3: column 'exposure' has '1000,5', which is not an exposure (a number, 0 or more); it reads as one with --decimal ','");
	assert_string_equal(real_err(&c, "23 000", &err),
			    "data.csv:12:3: column 'exposure' has '23 000', which is not an exposure (a number, 0 or more); it reads as one with --thousands ' '");
	/* a number that reads, but is negative: no hint */
	assert_string_equal(real_err(&c, "-2.5", &err),
			    "data.csv:12:3: column 'exposure' has '-2.5', which is not an exposure (a number, 0 or"
			    " more)");
	ready(&c, ',', CS_SEP_NONE, NULL, NULL, NULL);
	assert_string_equal(real_err(&c, "23 000,50", &err),
			    "data.csv:12:3: column 'exposure' has '23 000,50', which is not an exposure (a number, 0 or more); it reads as one with --thousands ' '");
}

/* --- cs_cell_bool ----------------------------------------------------- */

static void test_bool_builtin(void **state)
{
	(void)state;
	struct cs_cells c;
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, NULL);
	const char *yes[] = { "да", "Да ", "ДА", "иә", "ИӘ", "ИСТИНА", "ақиқат", "1", "TRUE", "yes", " y", "T" };
	const char *no[] = { "нет", "Нет", "жоқ", "ЖОҚ", "ЛОЖЬ", "жалған", "0", "False", "NO", "n", "f " };
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
		bool_is(&c, yes[i], 1, 1);
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		bool_is(&c, no[i], 1, 0);
	bool_is(&c, "", 0, 0);
	bool_is(&c, "  ", 0, 0);
	bool_is(&c, "может", -1, 0);
	bool_is(&c, "даа", -1, 0);
	bool_is(&c, "2", -1, 0);
}

static void test_bool_custom(void **state)
{
	(void)state;
	struct cs_cells c;
	/* --true and --false replace the lists */
	ready(&c, '.', CS_SEP_NONE, "обжаловано,appealed", "не обжаловано", NULL);
	bool_is(&c, "Обжаловано", 1, 1);
	bool_is(&c, "APPEALED ", 1, 1);
	bool_is(&c, "не обжаловано", 1, 0);
	bool_is(&c, "да", -1, 0);
	bool_is(&c, "1", -1, 0);
	bool_is(&c, "нет", -1, 0);
	bool_is(&c, "", 0, 0);
	/* --true alone replaces only the true list */
	ready(&c, '.', CS_SEP_NONE, "да", NULL, NULL);
	bool_is(&c, "ДА", 1, 1);
	bool_is(&c, "yes", -1, 0);
	bool_is(&c, "нет", 1, 0);
	bool_is(&c, "0", 1, 0);
}

static void test_bool_messages(void **state)
{
	(void)state;
	struct cs_cells c;
	struct cs_err err;
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, NULL);
	assert_string_equal(bool_err(&c, "может", &err),
			    "data.csv:12:3: column 'ok' has 'может', which is neither true (1, true, yes, y, t, да,"
			    " истина, иә, ақиқат) nor false (0, false, no, n, f, нет, ложь, жоқ, жалған); name the"
			    " words with --true and --false");
	/* with words of the user's, no hint to name them */
	ready(&c, '.', CS_SEP_NONE, "да,иә", "нет,жоқ", NULL);
	assert_string_equal(bool_err(&c, "ИСТИНА", &err),
			    "data.csv:12:3: column 'ok' has 'ИСТИНА', which is neither true (да, иә) nor false"
			    " (нет, жоқ)");
	ready(&c, '.', CS_SEP_NONE, NULL, "нет", NULL);
	assert_string_equal(bool_err(&c, "no", &err),
			    "data.csv:12:3: column 'ok' has 'no', which is neither true (1, true, yes, y, t, да,"
			    " истина, иә, ақиқат) nor false (нет)");
}

/* --- cs_cell_date ----------------------------------------------------- */

static void test_date(void **state)
{
	(void)state;
	struct cs_cells c;
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, NULL);
	date_is(&c, "2023-06-18", 1, 2023, 6, 18);
	date_is(&c, "2023-06-18 14:30:00", 1, 2023, 6, 18);
	date_is(&c, "2023-06-18T14:30", 1, 2023, 6, 18);
	date_is(&c, "2024-02-29", 1, 2024, 2, 29);
	date_is(&c, "", 0, 0, 0, 0);
	date_is(&c, "  ", 0, 0, 0, 0);
	date_is(&c, "18.06.2023", -1, 0, 0, 0);
	date_is(&c, "2023-02-29", -1, 0, 0, 0);

	ready(&c, '.', CS_SEP_NONE, NULL, NULL, "%d.%m.%Y");
	date_is(&c, "18.06.2023", 1, 2023, 6, 18);
	date_is(&c, "1.7.2023", 1, 2023, 7, 1);
	date_is(&c, "18.06.2023 14:30", 1, 2023, 6, 18);
	date_is(&c, "2023-06-18", -1, 0, 0, 0);
	date_is(&c, "", 0, 0, 0, 0);

	ready(&c, '.', CS_SEP_NONE, NULL, NULL, "%m/%d/%Y");
	date_is(&c, "06/07/2023", 1, 2023, 6, 7);
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, "%d/%m/%Y");
	date_is(&c, "06/07/2023", 1, 2023, 7, 6);
}

static void test_date_messages(void **state)
{
	(void)state;
	struct cs_cells c;
	struct cs_err err;
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, NULL);
	assert_string_equal(date_err(&c, "18.06.2023", &err),
			    "data.csv:12:3: column 'date' has '18.06.2023', which is not a date in the form YYYY-MM-DD"
			    " (e.g. 2023-07-09); it reads as a date with --date-format '%d.%m.%Y'");
	assert_string_equal(date_err(&c, "06/18/2023", &err),
			    "data.csv:12:3: column 'date' has '06/18/2023', which is not a date in the form YYYY-MM-DD"
			    " (e.g. 2023-07-09); it reads as a date with --date-format '%m/%d/%Y'");
	/* both day first and month first: never guessed */
	assert_string_equal(date_err(&c, "06/07/2023", &err),
			    "data.csv:12:3: column 'date' has '06/07/2023', which is not a date in the form YYYY-MM-DD"
			    " (e.g. 2023-07-09); it could be day/month or month/day: say which with --date-format"
			    " '%d/%m/%Y' or '%m/%d/%Y'");
	/* dates with points are written day first: that one is suggested */
	assert_string_equal(date_err(&c, "06.07.2023", &err),
			    "data.csv:12:3: column 'date' has '06.07.2023', which is not a date in the form YYYY-MM-DD"
			    " (e.g. 2023-07-09); it reads as a date with --date-format '%d.%m.%Y'");
	assert_string_equal(date_err(&c, "soon", &err),
			    "data.csv:12:3: column 'date' has 'soon', which is not a date in the form YYYY-MM-DD"
			    " (e.g. 2023-07-09); for other forms give --date-format (e.g. '%d.%m.%Y')");
	assert_string_equal(date_err(&c, "2023-02-30", &err),
			    "data.csv:12:3: column 'date' has '2023-02-30', which is not a day of the calendar");
	assert_string_equal(date_err(&c, "2023-06-18 25:00", &err),
			    "data.csv:12:3: column 'date' has '2023-06-18 25:00', which has a time of day that does"
			    " not exist");
	/* with a --date-format: the form asked for, and what would read it */
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, "%d.%m.%Y");
	assert_string_equal(date_err(&c, "soon", &err),
			    "data.csv:12:3: column 'date' has 'soon', which is not a date in the form %d.%m.%Y");
	assert_string_equal(date_err(&c, "06/18/2023", &err),
			    "data.csv:12:3: column 'date' has '06/18/2023', which is not a date in the form %d.%m.%Y;"
			    " it reads as a date with --date-format '%m/%d/%Y'");
	assert_string_equal(date_err(&c, "31.06.2023", &err),
			    "data.csv:12:3: column 'date' has '31.06.2023', which is not a day of the calendar");
}

/* --- cs_amt_cell ------------------------------------------------------ */

static void amt_is(const struct cs_cells *c, const struct cs_amt_opts *m, const char *s, int want_rc,
		   int64_t want, int want_dec)
{
	struct one o;
	struct cs_err err = { 0 };
	int64_t v = -77;
	int dec = -1;
	int rc = cs_amt_cell(c, m, cell(&o, s), 0, "amount", "data.csv", &v, &dec, &err);
	if (rc != want_rc || (rc == 1 && (v != want || dec != want_dec)))
		fail_msg("amount '%s': rc %d, value %lld, decimals %d; expected rc %d, %lld, %d (%s)", s, rc,
			 (long long)v, dec, want_rc, (long long)want, want_dec, err.msg);
}

static const char *amt_err(const struct cs_cells *c, const struct cs_amt_opts *m, const char *s,
			   struct cs_err *err)
{
	struct one o;
	int64_t v;
	int dec;
	memset(err, 0, sizeof *err);
	assert_int_equal(cs_amt_cell(c, m, cell(&o, s), 0, "amount", "data.csv", &v, &dec, err), -1);
	assert_int_equal(err->code, CS_EXIT_DATA);
	return err->msg;
}

#define S CS_MONEY_SCALE

static void test_amount_separators(void **state)
{
	(void)state;
	struct cs_cells c;
	struct cs_amt_opts m;
	cs_amt_opts_init(&m);
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, NULL);
	amt_is(&c, &m, "23000.50", 1, 230005000, 2);
	amt_is(&c, &m, "", 0, 0, 0);
	amt_is(&c, &m, "23 000.50", -1, 0, 0);
	ready(&c, ',', CS_SEP_SPACE, NULL, NULL, NULL);
	amt_is(&c, &m, "23 000,50", 1, 230005000, 2);
	amt_is(&c, &m, "500", 1, 500 * S, 0);
	amt_is(&c, &m, "-1 500,5", 1, -15005000, 1);
	amt_is(&c, &m, "23000.50", -1, 0, 0);
	ready(&c, ',', CS_SEP_POINT, NULL, NULL, NULL);
	amt_is(&c, &m, "23.000,50", 1, 230005000, 2);
	amt_is(&c, &m, "1.234.567", 1, (int64_t)1234567 * S, 0);
	ready(&c, '.', CS_SEP_COMMA, NULL, NULL, NULL);
	amt_is(&c, &m, "23,000.50", 1, 230005000, 2);
}

static void test_amount_currency(void **state)
{
	(void)state;
	struct cs_cells c;
	struct cs_amt_opts m;
	cs_amt_opts_init(&m);
	m.currency = "KZT";
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, NULL);
	amt_is(&c, &m, "23000 ₸", 1, 23000 * S, 0);
	amt_is(&c, &m, "500 тг.", 1, 500 * S, 0);
	amt_is(&c, &m, "500тг", 1, 500 * S, 0);
	amt_is(&c, &m, "KZT 40.5", 1, 405000, 1);
	amt_is(&c, &m, "12 тенге", 1, 12 * S, 0);
	amt_is(&c, &m, "23000", 1, 23000 * S, 0);
	ready(&c, ',', CS_SEP_SPACE, NULL, NULL, NULL);
	amt_is(&c, &m, "23 000,50 ₸", 1, 230005000, 2);
	amt_is(&c, &m, "1 500 тг.", 1, 1500 * S, 0);
	/* --currency in lower case names the same currency */
	m.currency = "kzt";
	amt_is(&c, &m, "23 000 ₸", 1, 23000 * S, 0);
}

static void test_amount_currency_messages(void **state)
{
	(void)state;
	struct cs_cells c;
	struct cs_amt_opts m;
	struct cs_err err;
	cs_amt_opts_init(&m);
	ready(&c, '.', CS_SEP_NONE, NULL, NULL, NULL);
	/* no --currency: a mark is refused, and the message says how to accept it */
	assert_string_equal(amt_err(&c, &m, "$12", &err),
			    "data.csv:12:3: column 'amount' has '$12', an amount in USD: if every amount is in USD,"
			    " say so with --currency USD");
	assert_string_equal(amt_err(&c, &m, "23000 ₸", &err),
			    "data.csv:12:3: column 'amount' has '23000 ₸', an amount in KZT: if every amount is in"
			    " KZT, say so with --currency KZT");
	/* another currency than --currency's */
	m.currency = "KZT";
	assert_string_equal(amt_err(&c, &m, "$12", &err),
			    "data.csv:12:3: column 'amount' has '$12', an amount in USD, but --currency is KZT:"
			    " currencies are never mixed");
	assert_string_equal(amt_err(&c, &m, "1 500 руб.", &err),
			    "data.csv:12:3: column 'amount' has '1 500 руб.', an amount in RUB, but --currency is"
			    " KZT: currencies are never mixed");
	/* a --currency casestat does not know */
	m.currency = "XYZ";
	assert_string_equal(amt_err(&c, &m, "5 ₸", &err),
			    "data.csv:12:3: column 'amount' has '5 ₸', an amount in KZT, but --currency is XYZ (not a"
			    " currency casestat knows by its signs): currencies are never mixed");
	/* marks on both sides */
	m.currency = "KZT";
	assert_string_equal(amt_err(&c, &m, "₸ 5 ₸", &err),
			    "data.csv:12:3: column 'amount' has '₸ 5 ₸', which is not an amount with one currency"
			    " mark before or after it");
	/* the right mark on a number the settings do not read: the number's problem */
	assert_string_equal(amt_err(&c, &m, "23 000 ₸", &err),
			    "data.csv:12:3: column 'amount' has '23 000 ₸', which is not an amount written with the decimal point and no thousands separator; it reads as one with --thousands ' '");
	/* with a decimal comma the explanation speaks of commas */
	ready(&c, ',', CS_SEP_NONE, NULL, NULL, NULL);
	assert_string_equal(amt_err(&c, &m, "23 000,50", &err),
			    "data.csv:12:3: column 'amount' has '23 000,50', which is not an amount written with the decimal comma and no thousands separator; it reads as one with --thousands ' '");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ready_defaults),
		cmocka_unit_test(test_ready_conflicts),
		cmocka_unit_test(test_ready_words_and_dates),
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_count_messages),
		cmocka_unit_test(test_real),
		cmocka_unit_test(test_real_messages),
		cmocka_unit_test(test_bool_builtin),
		cmocka_unit_test(test_bool_custom),
		cmocka_unit_test(test_bool_messages),
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_date_messages),
		cmocka_unit_test(test_amount_separators),
		cmocka_unit_test(test_amount_currency),
		cmocka_unit_test(test_amount_currency_messages),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
