/* test_labels.c - tests of cli/frame/labels.c: the spellings recorded per
 * thread and merged, the warning (without --fold) and note (with --fold)
 * about a --success or --where VALUE, the warning about group labels that
 * differ only by letter case or blanks, and the renaming of folded groups
 * to the spelling most rows have (of those with as many, the first in
 * byte order).
 *
 * What labels.c prints goes to standard error; each test catches it in a
 * temporary file (tmpfile(), so no name is shared with other runs) and
 * compares the exact text. */
#include "test_util.h"
#include "cli/frame/labels.h"
#include "cli/core/fold.h"
#include "cli/core/groups.h"

#include <stdint.h>
#include <unistd.h>

/* ---- standard error caught ------------------------------------------- */

static FILE *caught;
static int saved_stderr = -1;
static char text[16384];

static void catch_begin(void)
{
	fflush(stderr);
	caught = tmpfile();
	assert_non_null(caught);
	saved_stderr = dup(2);
	assert_true(saved_stderr >= 0);
	assert_true(dup2(fileno(caught), 2) == 2);
}

/* What was written to standard error since catch_begin(). */
static const char *catch_end(void)
{
	fflush(stderr);
	assert_true(dup2(saved_stderr, 2) == 2);
	close(saved_stderr);
	saved_stderr = -1;
	rewind(caught);
	size_t n = fread(text, 1, sizeof text - 1, caught);
	text[n] = '\0';
	fclose(caught);
	caught = NULL;
	return text;
}

/* Teardown: standard error back where it was, should a check have failed
 * while it was caught (cmocka prints the failure after this). */
static int restore(void **state)
{
	(void)state;
	if (saved_stderr >= 0) {
		fflush(stderr);
		dup2(saved_stderr, 2);
		close(saved_stderr);
		saved_stderr = -1;
	}
	if (caught) {
		fclose(caught);
		caught = NULL;
	}
	return 0;
}

/* ---- helpers ---------------------------------------------------------- */

static void add(struct cs_spellings *s, unsigned tag, const char *v, int times)
{
	for (int i = 0; i < times; i++)
		assert_int_equal(cs_spellings_add(s, tag, v, strlen(v)), 0);
}

/* Rows recorded for tag and spelling v (0 when none). */
static int64_t rows_of(const struct cs_spellings *s, unsigned tag, const char *v)
{
	char k[256];
	size_t len = strlen(v);
	assert_true(len + 1 < sizeof k);
	k[0] = (char)(tag + 1);
	memcpy(k + 1, v, len);
	long i = cs_groups_find(&s->g, k, len + 1);
	return i < 0 ? 0 : *(const int64_t *)cs_groups_value(&s->g, (size_t)i);
}

/* A group labelled label with `rows` rows (its value: an int64_t count). */
static void group(struct cs_groups *g, const char *label, int64_t rows)
{
	int64_t *v = cs_groups_get(g, label, strlen(label));
	assert_non_null(v);
	*v += rows;
}

/* A group keyed as the reader keys it with --fold: by the folded label. */
static void folded_group(struct cs_groups *g, const char *label, int64_t rows)
{
	char k[256];
	int n = cs_fold_key(label, strlen(label), k, sizeof k);
	assert_true(n >= 0);
	int64_t *v = cs_groups_get(g, k, (size_t)n);
	assert_non_null(v);
	*v += rows;
}

static int64_t value_rows(const void *value)
{
	return *(const int64_t *)value;
}

/* The rows of the group labelled label, or -1 when there is none. */
static int64_t group_rows(const struct cs_groups *g, const char *label)
{
	long i = cs_groups_find(g, label, strlen(label));
	return i < 0 ? -1 : *(const int64_t *)cs_groups_value(g, (size_t)i);
}

/* ---- spellings -------------------------------------------------------- */

static void test_spellings_add_merge(void **state)
{
	(void)state;
	struct cs_spellings a, b;
	cs_spellings_init(&a);
	cs_spellings_init(&b);
	add(&a, CS_SPELL_MATCH, "Да", 2);
	add(&a, CS_SPELL_MATCH, "ДА", 1);
	add(&a, CS_SPELL_WHERE, "Да", 1);      /* another tag: another count */
	add(&a, CS_SPELL_LABEL, "Алматы ", 3);
	assert_int_equal(a.g.n, 4);
	assert_int_equal(rows_of(&a, CS_SPELL_MATCH, "Да"), 2);
	assert_int_equal(rows_of(&a, CS_SPELL_MATCH, "ДА"), 1);
	assert_int_equal(rows_of(&a, CS_SPELL_WHERE, "Да"), 1);
	assert_int_equal(rows_of(&a, CS_SPELL_WHERE + 1, "Да"), 0);
	assert_int_equal(rows_of(&a, CS_SPELL_LABEL, "Алматы "), 3);
	assert_int_equal(rows_of(&a, CS_SPELL_LABEL, "Алматы"), 0);   /* blanks count */
	/* a long spelling (past the 256-byte buffer) */
	char longv[600];
	memset(longv, 'x', sizeof longv - 1);
	longv[sizeof longv - 1] = '\0';
	add(&a, CS_SPELL_LABEL, longv, 2);
	assert_int_equal(rows_of(&a, CS_SPELL_LABEL, "x"), 0);
	assert_int_equal(a.g.n, 5);

	add(&b, CS_SPELL_MATCH, "Да", 5);
	add(&b, CS_SPELL_MATCH, "да ", 1);
	add(&b, CS_SPELL_WHERE + 7, "x", 1);
	assert_int_equal(cs_spellings_merge(&a, &b), 0);
	assert_int_equal(a.g.n, 7);
	assert_int_equal(rows_of(&a, CS_SPELL_MATCH, "Да"), 7);
	assert_int_equal(rows_of(&a, CS_SPELL_MATCH, "ДА"), 1);
	assert_int_equal(rows_of(&a, CS_SPELL_MATCH, "да "), 1);
	assert_int_equal(rows_of(&a, CS_SPELL_WHERE, "Да"), 1);
	assert_int_equal(rows_of(&a, CS_SPELL_WHERE + 7, "x"), 1);
	/* b is left as it was */
	assert_int_equal(b.g.n, 3);
	assert_int_equal(rows_of(&b, CS_SPELL_MATCH, "Да"), 5);
	cs_spellings_free(&a);
	cs_spellings_free(&b);
}

/* ---- cs_labels_report_value ------------------------------------------ */

static void test_report_success_warning(void **state)
{
	(void)state;
	struct cs_spellings s;
	cs_spellings_init(&s);
	add(&s, CS_SPELL_MATCH, "Да", 2);
	add(&s, CS_SPELL_MATCH, "да ", 1);
	add(&s, CS_SPELL_MATCH, "ДА", 1);
	add(&s, CS_SPELL_WHERE, "Алматы", 9);   /* another tag: not named */
	catch_begin();
	cs_labels_report_value(&s, CS_SPELL_MATCH, "--success жалоба=да", "жалоба", "да", 0);
	/* spellings in byte order, each with its rows, and the total */
	assert_string_equal(catch_end(),
			    "casestat: warning: --success жалоба=да: 4 rows of column 'жалоба' have 'ДА' (1 row),"
			    " 'Да' (2 rows) and 'да ' (1 row), which differ from 'да' only by letter case or by"
			    " blanks before or after, and were counted as not 'да'; --fold counts them as 'да'\n");
	cs_spellings_free(&s);
}

static void test_report_success_one_row(void **state)
{
	(void)state;
	struct cs_spellings s;
	cs_spellings_init(&s);
	add(&s, CS_SPELL_MATCH, "YES", 1);
	catch_begin();
	cs_labels_report_value(&s, CS_SPELL_MATCH, "--success outcome=yes", "outcome", "yes", 0);
	assert_string_equal(catch_end(),
			    "casestat: warning: --success outcome=yes: 1 row of column 'outcome' has 'YES' (1 row),"
			    " which differs from 'yes' only by letter case or by blanks before or after, and was"
			    " counted as not 'yes'; --fold counts it as 'yes'\n");
	cs_spellings_free(&s);
}

static void test_report_where(void **state)
{
	(void)state;
	struct cs_spellings s;
	cs_spellings_init(&s);
	add(&s, CS_SPELL_WHERE + 1, "Алматы", 4);
	add(&s, CS_SPELL_WHERE + 1, "Алматы ", 1);
	add(&s, CS_SPELL_WHERE, "Yes", 3);      /* the first --where: not this one's */
	add(&s, CS_SPELL_MATCH, "АЛМАТЫ", 3);
	catch_begin();
	cs_labels_report_value(&s, CS_SPELL_WHERE + 1, "--where город=алматы", "город", "алматы", 0);
	assert_string_equal(catch_end(),
			    "casestat: warning: --where город=алматы: 5 rows of column 'город' have 'Алматы' (4 rows)"
			    " and 'Алматы ' (1 row), which differ from 'алматы' only by letter case or by blanks"
			    " before or after, and were left out; --fold keeps them\n");
	/* one row, singular */
	cs_spellings_free(&s);
	cs_spellings_init(&s);
	add(&s, CS_SPELL_WHERE, " Yes", 1);
	catch_begin();
	cs_labels_report_value(&s, CS_SPELL_WHERE, "--where ok=yes", "ok", "yes", 0);
	assert_string_equal(catch_end(),
			    "casestat: warning: --where ok=yes: 1 row of column 'ok' has ' Yes' (1 row), which"
			    " differs from 'yes' only by letter case or by blanks before or after, and was left out;"
			    " --fold keeps it\n");
	cs_spellings_free(&s);
}

static void test_report_fold_note(void **state)
{
	(void)state;
	struct cs_spellings s;
	cs_spellings_init(&s);
	add(&s, CS_SPELL_MATCH, "Да", 2);
	add(&s, CS_SPELL_MATCH, "ДА", 1);
	catch_begin();
	cs_labels_report_value(&s, CS_SPELL_MATCH, "--success жалоба=да", "жалоба", "да", 1);
	assert_string_equal(catch_end(),
			    "casestat: note: --fold: --success жалоба=да also matched 'ДА' (1 row) and 'Да' (2 rows)"
			    " in column 'жалоба'\n");
	cs_spellings_free(&s);
}

static void test_report_nothing(void **state)
{
	(void)state;
	struct cs_spellings s;
	cs_spellings_init(&s);
	catch_begin();
	cs_labels_report_value(&s, CS_SPELL_MATCH, "--success a=b", "a", "b", 0);
	cs_labels_report_value(&s, CS_SPELL_WHERE, "--where a=b", "a", "b", 1);
	add(&s, CS_SPELL_WHERE, "B", 1);
	cs_labels_report_value(&s, CS_SPELL_MATCH, "--success a=b", "a", "b", 0);
	cs_labels_report_value(&s, CS_SPELL_WHERE + 1, "--where a=b", "a", "b", 0);
	assert_string_equal(catch_end(), "");
	cs_spellings_free(&s);
}

static void test_report_many(void **state)
{
	(void)state;
	struct cs_spellings s;
	cs_spellings_init(&s);
	/* eight spellings of "ab": six are named, with the rows of all eight */
	const char *v[] = { "AB", "Ab", "aB", "AB ", " ab", "ab ", "Ab ", " AB" };
	for (int i = 0; i < 8; i++)
		add(&s, CS_SPELL_MATCH, v[i], i + 1);
	catch_begin();
	cs_labels_report_value(&s, CS_SPELL_MATCH, "--success c=ab", "c", "ab", 0);
	assert_string_equal(catch_end(),
			    "casestat: warning: --success c=ab: 36 rows of column 'c' have ' AB' (8 rows), ' ab'"
			    " (5 rows), 'AB' (1 row), 'AB ' (4 rows), 'Ab' (2 rows), 'Ab ' (7 rows) and 2 more, which"
			    " differ from 'ab' only by letter case or by blanks before or after, and were counted as"
			    " not 'ab'; --fold counts them as 'ab'\n");
	cs_spellings_free(&s);
}

/* ---- cs_labels_check_groups ------------------------------------------ */

static void test_check_groups_warning(void **state)
{
	(void)state;
	struct cs_groups g;
	cs_groups_init(&g, sizeof(int64_t));
	group(&g, "Астана", 3);
	group(&g, "алматы", 1);
	group(&g, "Алматы", 5);
	group(&g, "Шымкент", 2);
	group(&g, "Алматы ", 2);
	catch_begin();
	assert_int_equal(cs_labels_check_groups(&g, value_rows, "город"), 0);
	assert_string_equal(catch_end(),
			    "casestat: warning: column 'город' has labels that differ only by letter case or by"
			    " blanks before or after, counted as different groups: 'Алматы' (5 rows), 'Алматы '"
			    " (2 rows) and 'алматы' (1 row); --fold counts them as one\n");
	/* the groups stay as they were */
	assert_int_equal(g.n, 5);
	assert_int_equal(group_rows(&g, "Алматы"), 5);
	assert_int_equal(group_rows(&g, "алматы"), 1);
	cs_groups_free(&g);
}

static void test_check_groups_quiet(void **state)
{
	(void)state;
	struct cs_groups g;
	cs_groups_init(&g, sizeof(int64_t));
	catch_begin();
	assert_int_equal(cs_labels_check_groups(&g, value_rows, "c"), 0);      /* no group */
	group(&g, "A", 1);
	assert_int_equal(cs_labels_check_groups(&g, value_rows, "c"), 0);      /* one */
	group(&g, "B", 1);
	group(&g, "Алматы", 1);
	group(&g, "Алматы-2", 1);
	group(&g, "Алма ты", 1);                  /* a blank inside is a different label */
	assert_int_equal(cs_labels_check_groups(&g, value_rows, "c"), 0);
	assert_string_equal(catch_end(), "");
	cs_groups_free(&g);
}

static void test_check_groups_two_sets(void **state)
{
	(void)state;
	struct cs_groups g;
	cs_groups_init(&g, sizeof(int64_t));
	group(&g, "yes", 1);
	group(&g, "Yes", 10);
	group(&g, "no", 4);
	group(&g, " NO", 1);
	group(&g, "maybe", 2);
	catch_begin();
	assert_int_equal(cs_labels_check_groups(&g, value_rows, "answer"), 0);
	/* sets in the order of their folded label, labels in byte order */
	assert_string_equal(catch_end(),
			    "casestat: warning: column 'answer' has labels that differ only by letter case or by"
			    " blanks before or after, counted as different groups: ' NO' (1 row) and 'no' (4 rows);"
			    " --fold counts them as one\n"
			    "casestat: warning: column 'answer' has labels that differ only by letter case or by"
			    " blanks before or after, counted as different groups: 'Yes' (10 rows) and 'yes' (1 row);"
			    " --fold counts them as one\n");
	cs_groups_free(&g);
}

static void test_check_groups_many_sets(void **state)
{
	(void)state;
	struct cs_groups g;
	cs_groups_init(&g, sizeof(int64_t));
	/* eight sets a/A ... h/H: six warnings, then how many more */
	for (char ch = 'a'; ch <= 'h'; ch++) {
		char lo[2] = { ch, 0 }, up[2] = { (char)(ch - 'a' + 'A'), 0 };
		group(&g, lo, 1);
		group(&g, up, 2);
	}
	catch_begin();
	assert_int_equal(cs_labels_check_groups(&g, value_rows, "c"), 0);
	const char *out = catch_end();
	int lines = 0;
	for (const char *p = out; (p = strchr(p, '\n')) != NULL; p++)
		lines++;
	assert_int_equal(lines, 7);
	assert_non_null(strstr(out, "counted as different groups: 'A' (2 rows) and 'a' (1 row);"));
	assert_non_null(strstr(out, "counted as different groups: 'F' (2 rows) and 'f' (1 row);"));
	assert_null(strstr(out, "'G' (2 rows)"));
	assert_non_null(strstr(out, "casestat: warning: column 'c': 2 more sets of labels differ only by letter case"
				    " or by blanks before or after\n"));
	cs_groups_free(&g);
}

/* ---- cs_labels_fold_groups ------------------------------------------- */

static void test_fold_most_rows(void **state)
{
	(void)state;
	struct cs_groups g;
	struct cs_spellings s;
	cs_groups_init(&g, sizeof(int64_t));
	cs_spellings_init(&s);
	/* the reader's work: groups by folded label, spellings with rows */
	folded_group(&g, "алматы", 1);
	folded_group(&g, "Алматы", 5);
	folded_group(&g, "Алматы ", 2);
	folded_group(&g, "Астана", 3);
	add(&s, CS_SPELL_LABEL, "алматы", 1);
	add(&s, CS_SPELL_LABEL, "Алматы", 5);
	add(&s, CS_SPELL_LABEL, "Алматы ", 2);
	add(&s, CS_SPELL_LABEL, "Астана", 3);
	assert_int_equal(g.n, 2);
	catch_begin();
	assert_int_equal(cs_labels_fold_groups(&g, &s, "город"), 0);
	assert_string_equal(catch_end(),
			    "casestat: note: --fold: column 'город': 'Алматы' (8 rows in all) takes in 'Алматы '"
			    " (2 rows) and 'алматы' (1 row)\n");
	/* renamed to the spelling with most rows, found by it, values kept */
	assert_int_equal(g.n, 2);
	assert_int_equal(group_rows(&g, "Алматы"), 8);
	assert_int_equal(group_rows(&g, "Астана"), 3);
	assert_int_equal(group_rows(&g, "алматы"), -1);
	assert_int_equal(group_rows(&g, "астана"), -1);
	size_t *order = cs_groups_sorted(&g);
	assert_non_null(order);
	assert_string_equal(g.key[order[0]], "Алматы");
	assert_int_equal(g.keylen[order[0]], strlen("Алматы"));
	assert_string_equal(g.key[order[1]], "Астана");
	free(order);
	cs_spellings_free(&s);
	cs_groups_free(&g);
}

static void test_fold_lower_case_wins(void **state)
{
	(void)state;
	struct cs_groups g;
	struct cs_spellings s;
	cs_groups_init(&g, sizeof(int64_t));
	cs_spellings_init(&s);
	/* the most rows, not the first in byte order, when counts differ */
	folded_group(&g, "ALMATY", 4);
	add(&s, CS_SPELL_LABEL, "ALMATY", 1);
	add(&s, CS_SPELL_LABEL, "Almaty", 1);
	add(&s, CS_SPELL_LABEL, "almaty", 2);
	catch_begin();
	assert_int_equal(cs_labels_fold_groups(&g, &s, "city"), 0);
	assert_string_equal(catch_end(),
			    "casestat: note: --fold: column 'city': 'almaty' (4 rows in all) takes in 'ALMATY'"
			    " (1 row) and 'Almaty' (1 row)\n");
	assert_int_equal(group_rows(&g, "almaty"), 4);
	cs_spellings_free(&s);
	cs_groups_free(&g);
}

static void test_fold_tie(void **state)
{
	(void)state;
	struct cs_groups g;
	struct cs_spellings s;
	cs_groups_init(&g, sizeof(int64_t));
	cs_spellings_init(&s);
	/* as many rows: the first in byte order ('A' 0x41 < 'a' 0x61; 'А' D0 90 < 'а' D0 B0) */
	folded_group(&g, "almaty", 4);
	folded_group(&g, "алматы", 2);
	folded_group(&g, "b", 2);
	add(&s, CS_SPELL_LABEL, "almaty", 2);
	add(&s, CS_SPELL_LABEL, "Almaty", 2);
	add(&s, CS_SPELL_LABEL, "алматы", 1);
	add(&s, CS_SPELL_LABEL, "Алматы", 1);
	add(&s, CS_SPELL_LABEL, "b ", 1);
	add(&s, CS_SPELL_LABEL, "B", 1);
	catch_begin();
	assert_int_equal(cs_labels_fold_groups(&g, &s, "city"), 0);
	assert_string_equal(catch_end(),
			    "casestat: note: --fold: column 'city': 'Almaty' (4 rows in all) takes in 'almaty'"
			    " (2 rows)\n"
			    "casestat: note: --fold: column 'city': 'B' (2 rows in all) takes in 'b ' (1 row)\n"
			    "casestat: note: --fold: column 'city': 'Алматы' (2 rows in all) takes in 'алматы'"
			    " (1 row)\n");
	assert_int_equal(group_rows(&g, "Almaty"), 4);
	assert_int_equal(group_rows(&g, "Алматы"), 2);
	assert_int_equal(group_rows(&g, "B"), 2);
	/* the same, whatever order the spellings were recorded in */
	cs_spellings_free(&s);
	cs_groups_free(&g);
	cs_groups_init(&g, sizeof(int64_t));
	cs_spellings_init(&s);
	folded_group(&g, "almaty", 4);
	add(&s, CS_SPELL_LABEL, "Almaty", 2);
	add(&s, CS_SPELL_LABEL, "almaty", 2);
	catch_begin();
	assert_int_equal(cs_labels_fold_groups(&g, &s, "city"), 0);
	catch_end();
	assert_int_equal(group_rows(&g, "Almaty"), 4);
	assert_int_equal(group_rows(&g, "almaty"), -1);
	cs_spellings_free(&s);
	cs_groups_free(&g);
}

static void test_fold_single_spelling(void **state)
{
	(void)state;
	struct cs_groups g;
	struct cs_spellings s;
	cs_groups_init(&g, sizeof(int64_t));
	cs_spellings_init(&s);
	folded_group(&g, "Астана", 3);
	folded_group(&g, "Kostanay", 1);
	add(&s, CS_SPELL_LABEL, "Астана", 3);
	add(&s, CS_SPELL_LABEL, "Kostanay", 1);
	/* spellings of other tags (a --success VALUE) do not name groups */
	add(&s, CS_SPELL_MATCH, "АСТАНА", 50);
	add(&s, CS_SPELL_WHERE, "KOSTANAY", 50);
	catch_begin();
	assert_int_equal(cs_labels_fold_groups(&g, &s, "город"), 0);
	/* one spelling each: renamed back to it, nothing to note */
	assert_string_equal(catch_end(), "");
	assert_int_equal(group_rows(&g, "Астана"), 3);
	assert_int_equal(group_rows(&g, "Kostanay"), 1);
	assert_int_equal(group_rows(&g, "АСТАНА"), -1);
	assert_int_equal(group_rows(&g, "astana"), -1);
	cs_spellings_free(&s);
	cs_groups_free(&g);
}

static void test_fold_unspelled(void **state)
{
	(void)state;
	struct cs_groups g;
	struct cs_spellings s;
	cs_groups_init(&g, sizeof(int64_t));
	cs_spellings_init(&s);
	folded_group(&g, "x", 2);
	/* a spelling of no group (a row the command did not group) is passed over */
	add(&s, CS_SPELL_LABEL, "Y", 4);
	catch_begin();
	assert_int_equal(cs_labels_fold_groups(&g, &s, "c"), 0);
	assert_string_equal(catch_end(), "");
	assert_int_equal(g.n, 1);
	assert_int_equal(group_rows(&g, "x"), 2);
	assert_int_equal(group_rows(&g, "Y"), -1);
	/* no spellings at all, no groups at all */
	struct cs_spellings none;
	cs_spellings_init(&none);
	assert_int_equal(cs_labels_fold_groups(&g, &none, "c"), 0);
	assert_int_equal(group_rows(&g, "x"), 2);
	struct cs_groups empty;
	cs_groups_init(&empty, sizeof(int64_t));
	assert_int_equal(cs_labels_fold_groups(&empty, &s, "c"), 0);
	assert_int_equal(empty.n, 0);
	cs_groups_free(&empty);
	cs_spellings_free(&none);
	cs_spellings_free(&s);
	cs_groups_free(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(test_spellings_add_merge, restore),
		cmocka_unit_test_teardown(test_report_success_warning, restore),
		cmocka_unit_test_teardown(test_report_success_one_row, restore),
		cmocka_unit_test_teardown(test_report_where, restore),
		cmocka_unit_test_teardown(test_report_fold_note, restore),
		cmocka_unit_test_teardown(test_report_nothing, restore),
		cmocka_unit_test_teardown(test_report_many, restore),
		cmocka_unit_test_teardown(test_check_groups_warning, restore),
		cmocka_unit_test_teardown(test_check_groups_quiet, restore),
		cmocka_unit_test_teardown(test_check_groups_two_sets, restore),
		cmocka_unit_test_teardown(test_check_groups_many_sets, restore),
		cmocka_unit_test_teardown(test_fold_most_rows, restore),
		cmocka_unit_test_teardown(test_fold_lower_case_wins, restore),
		cmocka_unit_test_teardown(test_fold_tie, restore),
		cmocka_unit_test_teardown(test_fold_single_spelling, restore),
		cmocka_unit_test_teardown(test_fold_unspelled, restore),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
