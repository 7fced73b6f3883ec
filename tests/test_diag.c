/* test_diag.c - tests of cli/core/diag.c: message text from data. */
#include "test_util.h"
#include "cli/core/diag.h"

static const char *show(const char *s, size_t size)
{
	static char buf[256];
	assert_true(size <= sizeof buf);
	return cs_msg_text(buf, size, s, strlen(s));
}

static void test_msg_text(void **state)
{
	(void)state;
	assert_string_equal(show("plain", 64), "plain");
	assert_string_equal(show("", 64), "");
	assert_string_equal(show("Иванова, Қазақ", 64), "Иванова, Қазақ");
	/* controls cannot break the line or drive the terminal */
	assert_string_equal(show("a\nb\r\tc", 64), "a\\nb\\r\\tc");
	assert_string_equal(show("\x1b]0;pwned\x07" "x\x7f", 64), "\\x1B]0;pwned\\x07x\\x7F");
	/* bytes that are not UTF-8: stray continuation, overlong, surrogate, cut */
	assert_string_equal(show("a\x80" "b\xC0\xAF\xED\xA0\x80\xE2\x82", 64),
			    "a\\x80b\\xC0\\xAF\\xED\\xA0\\x80\\xE2\\x82");
	/* C1 controls and invisible characters: a header name "\uFEFFid" from a
	 * file with two byte-order marks must not look like "id" */
	assert_string_equal(show("\xC2\x9B" "2J", 64), "\\u009B2J");
	assert_string_equal(show("\xEF\xBB\xBFid", 64), "\\uFEFFid");
	assert_string_equal(show("a\xE2\x80\xAE" "cba\xE2\x80\x8B\xE2\x80\xA8", 64), "a\\u202Ecba\\u200B\\u2028");
	assert_string_equal(show("\xC2\xA0\xC2\xAB\xE2\x80\x94\xF0\x9F\x98\x80", 64), "\xC2\xA0«—😀");
	/* cut to fit, at a character boundary, with "..." */
	assert_string_equal(show("abcdefghij", 8), "abcd...");
	assert_string_equal(show("ДДДДДД", 10), "ДДД...");
	assert_string_equal(show("\n\n\n\n", 8), "\\n\\n...");
	/* NUL bytes in the middle are shown too (len, not strlen) */
	char buf[32];
	assert_string_equal(cs_msg_text(buf, sizeof buf, "a\0b", 3), "a\\x00b");
}

static void test_cut_message(void **state)
{
	(void)state;
	/* a message longer than the buffer ends at a character boundary */
	char big[2000];
	size_t n = 0;
	big[n++] = 'x';
	while (n + 2 < sizeof big) {
		memcpy(big + n, "Д", 2);
		n += 2;
	}
	big[n] = '\0';
	for (int shift = 0; shift < 2; shift++) {
		struct cs_err e;
		cs_err_set(&e, CS_EXIT_DATA, "%s", big + shift);
		size_t len = strlen(e.msg);
		assert_true(len >= sizeof e.msg - 8 && len < sizeof e.msg);
		/* "..." follows the last whole character */
		assert_string_equal(e.msg + len - 3, "...");
		assert_true((unsigned char)e.msg[len - 4] == 0x94);
		assert_true((unsigned char)e.msg[len - 5] == 0xD0);
	}
}

/* Text quoted in a message cannot drive the terminal: control characters,
 * invisible code points and invalid bytes are shown escaped, the file name
 * too. */
static void test_message_is_clean(void **state)
{
	(void)state;
	struct cs_err e;
	cs_err_at(&e, CS_EXIT_DATA, "a\tb.csv", 3, 2, "column 'x' has '%s'", "\x1b[31mred\xff\u200b");
	assert_string_equal(e.msg, "a\\tb.csv:3:2: column 'x' has '\\x1B[31mred\\xFF\\u200B'");
	assert_int_equal(e.code, CS_EXIT_DATA);
	cs_err_usage(&e, "prop", "bad '%s'", "\n");
	assert_string_equal(e.msg, "bad '\\n'");
	/* what is clean stays as it is: Cyrillic, and escapes already made */
	cs_err_set(&e, CS_EXIT_DATA, "Шымкент \\x1B");
	assert_string_equal(e.msg, "Шымкент \\x1B");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_msg_text),
		cmocka_unit_test(test_cut_message),
		cmocka_unit_test(test_message_is_clean),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
