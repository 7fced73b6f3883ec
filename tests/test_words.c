/* test_words.c - tests of cli/core/words.c: true/false words in English,
 * Russian and Kazakh, case-insensitive in any locale, and the user's lists
 * of --true / --false. */
#include "test_util.h"
#include "cli/core/words.h"
#include "cli/core/values.h"

#include <locale.h>

static int parse(const struct cs_bool_words *w, const char *s)
{
	return cs_bool_words_parse(w, s, strlen(s));
}

static void test_builtin(void **state)
{
	(void)state;
	struct cs_bool_words w;
	cs_bool_words_default(&w);
	const char *yes[] = { "1", "true", "TRUE", "Yes", "y", "T", " t ", "\ttrue", "да", "Да", "ДА",
			      "истина", "ИСТИНА", "иә", "Иә", "ИӘ", "ақиқат", "АҚИҚАТ", "Ақиқат",
			      "\xC2\xA0" "да" "\xC2\xA0" };
	const char *no[] = { "0", "false", "No", "N", "f", "F ", "нет", "Нет", "НЕТ", "ложь", "ЛОЖЬ",
			     "жоқ", "Жоқ", "ЖОҚ", "жалған", "ЖАЛҒАН" };
	const char *missing[] = { "", " ", "\t", " \t " };
	const char *bad[] = { "2", "maybe", "yes!", "ja", "truee", "-1", "1.0", "д", "даа", "ие",
			      "жок", "жалган", "иа", "нет.", "не т", "\xC2\xA0", "\xFF" };
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
		assert_int_equal(parse(&w, yes[i]), 1);
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		assert_int_equal(parse(&w, no[i]), 0);
	for (size_t i = 0; i < sizeof missing / sizeof *missing; i++)
		assert_int_equal(parse(&w, missing[i]), -1);
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(parse(&w, bad[i]), -2);
	/* a long value is no word, whatever its prefix */
	char longv[200];
	memset(longv, 'y', sizeof longv);
	assert_int_equal(cs_bool_words_parse(&w, longv, sizeof longv), -2);
	/* a NUL inside is part of the value (found by fuzz/fuzz_textin.c) */
	assert_int_equal(cs_bool_words_parse(&w, "1\0" "00", 4), -2);
	assert_int_equal(cs_bool_words_parse(&w, "да\0", 5), -2);
	/* only len bytes count */
	assert_int_equal(cs_bool_words_parse(&w, "нетто", 6), 0);
}

/* The English words give what cs_parse_bool gives (it keeps its list). */
static void test_same_as_parse_bool(void **state)
{
	(void)state;
	struct cs_bool_words w;
	cs_bool_words_default(&w);
	const char *v[] = { "1", "0", "true", "False", "YES", "no", "y", "N", "t", "F", "", " ", "x", "2",
			    " true ", "yes!" };
	for (size_t i = 0; i < sizeof v / sizeof *v; i++)
		assert_int_equal(parse(&w, v[i]), cs_parse_bool(v[i], strlen(v[i])));
	assert_int_equal(cs_parse_bool("да", strlen("да")), -2);   /* unchanged */
}

static void test_locale_free(void **state)
{
	(void)state;
	struct cs_bool_words w;
	cs_bool_words_default(&w);
	const char *locs[] = { "kk_KZ.UTF-8", "ru_RU.UTF-8", "C.UTF-8" };
	for (size_t i = 0; i < 3; i++) {
		if (!setlocale(LC_ALL, locs[i]))
			continue;
		assert_int_equal(parse(&w, "ЖОҚ"), 0);
		assert_int_equal(parse(&w, "ИӘ"), 1);
	}
	setlocale(LC_ALL, "C");
}

static void test_custom(void **state)
{
	(void)state;
	struct cs_bool_words w;
	struct cs_err err = { 0 };
	assert_int_equal(cs_bool_words_set(&w, "обжаловано, Appealed", "не обжаловано,NOT APPEALED", "funnel",
					   &err), 0);
	assert_int_equal(parse(&w, "Обжаловано"), 1);
	assert_int_equal(parse(&w, " APPEALED "), 1);
	assert_int_equal(parse(&w, "НЕ ОБЖАЛОВАНО"), 0);
	assert_int_equal(parse(&w, "not appealed"), 0);
	assert_int_equal(parse(&w, "да"), -2);      /* the lists were replaced */
	assert_int_equal(parse(&w, "1"), -2);
	assert_int_equal(parse(&w, ""), -1);
	/* one side only: the other keeps the built-in list */
	assert_int_equal(cs_bool_words_set(&w, "ok", NULL, "funnel", &err), 0);
	assert_int_equal(parse(&w, "OK"), 1);
	assert_int_equal(parse(&w, "yes"), -2);
	assert_int_equal(parse(&w, "жоқ"), 0);
	assert_int_equal(cs_bool_words_set(&w, NULL, NULL, "funnel", &err), 0);
	assert_int_equal(parse(&w, "иә"), 1);
	char buf[256];
	assert_string_equal(cs_bool_words_list(&w, 1, buf, sizeof buf), "1, true, yes, y, t, да, истина, иә, ақиқат");
	assert_string_equal(cs_bool_words_list(&w, 0, buf, 12), "0, false...");
	assert_string_equal(cs_bool_words_list(&w, 0, buf, 4), "...");
	assert_string_equal(cs_bool_words_list(&w, 0, buf, 3), "");
	/* words are kept folded: a message shows them in lower case */
	assert_int_equal(cs_bool_words_set(&w, "ДА", "НЕТ", "funnel", &err), 0);
	assert_string_equal(cs_bool_words_list(&w, 1, buf, sizeof buf), "да");
}

static void test_refusals(void **state)
{
	(void)state;
	struct cs_bool_words w;
	struct cs_err err;
	struct {
		const char *t, *f, *msg;
	} bad[] = {
		{ "да,,иә", NULL, "invalid --true 'да,,иә': an empty word" },
		{ "", NULL, "invalid --true '': an empty word" },
		{ NULL, "нет,", "invalid --false 'нет,': an empty word" },
		{ NULL, " , ", "an empty word" },
		{ "a\xFF", NULL, "invalid --true 'a\\xFF': the words are not valid UTF-8" },
		{ "да", "ДА", "the word 'да' is both true and false" },
		{ "n", NULL, "the word 'n' is both true and false" },   /* with the built-in false list */
		{ NULL, "Иә", "the word 'иә' is both true and false" },
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", NULL, "has more than 63 bytes" },
		{ "a,b,c,d,e,f,g,h,i,j,k,l,m,n2,o,p,q,r,s,t2,u,v,w,x,y2,z,aa,ab,ac,ad,ae,af,ag", NULL, "at most 32 words" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		memset(&err, 0, sizeof err);
		assert_int_equal(cs_bool_words_set(&w, bad[i].t, bad[i].f, "funnel", &err), CS_EXIT_USAGE);
		assert_int_equal(err.code, CS_EXIT_USAGE);
		if (!strstr(err.msg, bad[i].msg))
			print_error("message: %s\n", err.msg);
		assert_non_null(strstr(err.msg, bad[i].msg));
	}
	/* 32 words and 63 bytes are fine */
	assert_int_equal(cs_bool_words_set(&w, "a,b,c,d,e,f,g,h,i,j,k,l,m,n2,o,p,q,r,s,t2,u,v,w,x,y2,z,aa,ab,ac,ad,ae,af",
					   "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "funnel", &err), 0);
	assert_int_equal(parse(&w, "AF"), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin),
		cmocka_unit_test(test_same_as_parse_bool),
		cmocka_unit_test(test_locale_free),
		cmocka_unit_test(test_custom),
		cmocka_unit_test(test_refusals),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
