/* test_fold.c - tests of cli/core/fold.c: locale-free case folding of Latin
 * and Cyrillic (with Kazakh letters) and the label keys of --fold. */
#include "test_util.h"
#include "cli/core/fold.h"

#include <locale.h>
#include <wctype.h>

static const char *key(const char *s)
{
	static char buf[256];
	assert_true(cs_fold_key(s, strlen(s), buf, sizeof buf) >= 0);
	return buf;
}

static void test_kazakh_and_russian(void **state)
{
	(void)state;
	assert_string_equal(key("ӘҒҚҢӨҰҮҺІ"), "әғқңөұүһі");
	assert_string_equal(key("әғқңөұүһі"), "әғқңөұүһі");
	assert_string_equal(key("ҚАЗАҚСТАН"), "қазақстан");
	assert_string_equal(key("Қазақстан"), "қазақстан");
	assert_string_equal(key("ЁЛКА Ёлка"), "ёлка ёлка");
	assert_string_equal(key("ШЫМКЕНТ"), "шымкент");
	assert_string_equal(key("АЛМАТЫ ОБЛЫСЫ"), "алматы облысы");
	assert_string_equal(key("Almaty"), "almaty");
	assert_string_equal(key("ÀÉÎÕÜ×ß"), "àéîõü×ß");   /* × is no letter, ß has no capital here */
	assert_string_equal(key("ŞĞİÖÜÄÑŪ"), "şğiöüäñū");  /* Kazakh in Latin letters */
	assert_string_equal(key("ΑΒΓ 123 ₸"), "ΑΒΓ 123 ₸");  /* Greek and signs untouched */
}

static void test_blanks(void **state)
{
	(void)state;
	assert_string_equal(key("  Алматы\t"), "алматы");
	assert_string_equal(key("\xC2\xA0" "Алматы" "\xE2\x80\xAF"), "алматы");   /* U+00A0, U+202F */
	assert_string_equal(key("\xE3\x80\x80" "x" "\xE2\x80\x89"), "x");         /* U+3000, U+2009 */
	assert_string_equal(key("Алматы  облысы"), "алматы  облысы");              /* inner blanks stay */
	assert_string_equal(key(""), "");
	assert_string_equal(key(" \t\xC2\xA0 "), "");
	/* a zero-width space is not a blank: labels that differ by one stay different */
	assert_string_equal(key("\xE2\x80\x8B" "x"), "\xE2\x80\x8B" "x");
}

static void test_invalid_bytes(void **state)
{
	(void)state;
	char buf[16];
	/* invalid UTF-8 is copied, never folded or dropped */
	assert_int_equal(cs_fold_key("A\xFF\xD0", 3, buf, sizeof buf), 3);
	assert_memory_equal(buf, "a\xFF\xD0", 4);
	assert_int_equal(cs_fold_key(" \xC0\xA0 ", 4, buf, sizeof buf), 2);   /* overlong: not a blank */
	assert_memory_equal(buf, "\xC0\xA0", 3);
	/* trailing continuation bytes that are not a blank stay */
	assert_int_equal(cs_fold_key("x\xA0", 2, buf, sizeof buf), 2);
	/* the length is respected */
	assert_int_equal(cs_fold_key("ABCD", 2, buf, sizeof buf), 2);
	assert_string_equal(buf, "ab");
}

static void test_size(void **state)
{
	(void)state;
	char buf[8];
	assert_int_equal(cs_fold_key("АБВ", 6, buf, 7), 6);
	assert_string_equal(buf, "абв");
	assert_int_equal(cs_fold_key("АБВ", 6, buf, 6), -1);
	assert_int_equal(cs_fold_key("x", 1, buf, 1), -1);
	assert_int_equal(cs_fold_key("", 0, buf, 1), 0);
}

/* cs_fold_equal agrees with comparing keys, for every pair of these. */
static void test_equal(void **state)
{
	(void)state;
	const char *v[] = { "Алматы", "алматы", " АЛМАТЫ\t", "Алматы ", "Алмат", "Алматыы", "", " ", "a", "A",
			    "\xC2\xA0" "a", "b", "İ", "i", "I", "x\xFF", "X\xFF", "x\xFE", "да", "Да ", "ДА", "дa" };
	size_t n = sizeof v / sizeof *v, equal = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < n; j++) {
			char k[64];
			int kl = cs_fold_key(v[j], strlen(v[j]), k, sizeof k);
			assert_true(kl >= 0);
			int want = strcmp(key(v[i]), k) == 0;
			assert_int_equal(cs_fold_equal(v[i], strlen(v[i]), k, (size_t)kl), want);
			equal += want;
		}
	assert_true(equal > n + 20);   /* the pairs are not all different */
	assert_false(cs_fold_equal("дa", strlen("дa"), "да", strlen("да")));    /* Latin a is not Cyrillic а */
}

static size_t utf8_len(uint32_t c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/* The oracle: towlower() in C.UTF-8 (glibc's Unicode tables) over the
 * folded ranges, identity elsewhere; the locale is set only here. */
static void test_against_towlower(void **state)
{
	(void)state;
	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		skip();
	size_t lower = 0;
	for (uint32_t c = 0; c <= 0x10FFFF; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		uint32_t f = cs_fold_cp(c);
		int in_range = c < 0x180 || (c >= 0x400 && c <= 0x52F);
		uint32_t want = in_range ? (uint32_t)towlower((wint_t)c) : c;
		if (f != want)
			print_error("U+%04X folds to U+%04X, towlower gives U+%04X\n", c, f, want);
		assert_int_equal(f, want);
		assert_int_equal(cs_fold_cp(f), f);
		assert_true(utf8_len(f) <= utf8_len(c));
		lower += f != c;
	}
	setlocale(LC_CTYPE, "C");
	assert_true(lower > 250);   /* 268 letters have a lower case here */
}

/* Nothing depends on the locale: the same keys under a Turkish-style or
 * comma-decimal locale when one is installed. */
static void test_locale_free(void **state)
{
	(void)state;
	const char *locs[] = { "tr_TR.UTF-8", "kk_KZ.UTF-8", "ru_RU.UTF-8" };
	int any = 0;
	for (size_t i = 0; i < 3; i++) {
		if (!setlocale(LC_ALL, locs[i]))
			continue;
		any = 1;
		assert_string_equal(key("IİÄ Қ"), "iiä қ");
	}
	setlocale(LC_ALL, "C");
	if (!any)
		skip();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kazakh_and_russian),
		cmocka_unit_test(test_blanks),
		cmocka_unit_test(test_invalid_bytes),
		cmocka_unit_test(test_size),
		cmocka_unit_test(test_equal),
		cmocka_unit_test(test_against_towlower),
		cmocka_unit_test(test_locale_free),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
