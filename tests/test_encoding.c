/* test_encoding.c - tests of cli/core/encoding.c: names, byte-order marks,
 * the streaming converter (every chunk boundary), invalid input with its
 * offset and line, and the guess of an 8-bit Cyrillic encoding.  Encoded
 * samples are made from UTF-8 by iconv itself. */
#include "test_util.h"
#include "cli/core/encoding.h"
#include "cli/core/values.h"

#include <iconv.h>

/* s in encoding `to` (an iconv name) into buf; its length. */
static size_t encode(const char *to, const char *s, char *buf, size_t size)
{
	iconv_t cd = iconv_open(to, "UTF-8");
	assert_true(cd != (iconv_t)-1);
	char *ip = (char *)s, *op = buf;
	size_t il = strlen(s), ol = size;
	assert_true(iconv(cd, &ip, &il, &op, &ol) != (size_t)-1);
	iconv_close(cd);
	return size - ol;
}

struct result {
	int st;
	char out[4096];
	size_t len;
	struct cs_conv_pos pos;
};

/* Convert in[0..len) from enc, cut at the offsets cuts[0..ncut). */
static void convert(const char *enc, const char *in, size_t len, const size_t *cuts, size_t ncut,
		    struct result *r)
{
	struct cs_conv *c;
	assert_int_equal(cs_conv_open(&c, enc), CS_CONV_OK);
	r->len = 0;
	r->st = CS_CONV_OK;
	size_t at = 0;
	const char *out;
	size_t n;
	for (size_t k = 0; k <= ncut && !r->st; k++) {
		size_t to = k < ncut ? cuts[k] : len;
		r->st = cs_conv_feed(c, in + at, to - at, &out, &n);
		assert_true(r->len + n <= sizeof r->out);
		memcpy(r->out + r->len, out, n);
		r->len += n;
		at = to;
	}
	if (!r->st) {
		r->st = cs_conv_finish(c, &out, &n);
		memcpy(r->out + r->len, out, n);
		r->len += n;
	}
	r->pos = *cs_conv_pos(c);
	/* an error sticks */
	if (r->st) {
		assert_int_equal(cs_conv_feed(c, "a", 1, &out, &n), r->st);
		assert_int_equal(n, 0);
		assert_int_equal(cs_conv_finish(c, &out, &n), r->st);
	}
	cs_conv_close(c);
}

/* The same result whole, cut once anywhere, cut twice anywhere (short
 * inputs) and one byte at a time. */
static void convert_all_ways(const char *enc, const char *in, size_t len, struct result *whole)
{
	static struct result r;
	convert(enc, in, len, NULL, 0, whole);
	size_t cuts[4096];
	for (size_t i = 0; i <= len; i++) {
		convert(enc, in, len, &i, 1, &r);
		assert_int_equal(r.st, whole->st);
		assert_int_equal(r.len, whole->len);
		assert_memory_equal(r.out, whole->out, r.len);
		assert_int_equal(r.pos.offset, whole->pos.offset);
		assert_int_equal(r.pos.line, whole->pos.line);
	}
	for (size_t i = 0; len <= 40 && i <= len; i++)
		for (size_t j = i; j <= len; j++) {
			size_t two[2] = { i, j };
			convert(enc, in, len, two, 2, &r);
			assert_int_equal(r.st, whole->st);
			assert_int_equal(r.len, whole->len);
			assert_memory_equal(r.out, whole->out, r.len);
			assert_int_equal(r.pos.offset, whole->pos.offset);
		}
	assert_true(len <= sizeof cuts / sizeof *cuts);
	for (size_t i = 0; i < len; i++)
		cuts[i] = i;
	convert(enc, in, len, cuts, len, &r);
	assert_int_equal(r.st, whole->st);
	assert_int_equal(r.len, whole->len);
	assert_memory_equal(r.out, whole->out, r.len);
	assert_int_equal(r.pos.offset, whole->pos.offset);
	assert_int_equal(r.pos.line, whole->pos.line);
}

static size_t lines(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += s[i] == '\n';
	return n;
}

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(cs_enc_name("windows-1251"), "windows-1251");
	assert_string_equal(cs_enc_name("CP1251"), "windows-1251");
	assert_string_equal(cs_enc_name("Win_1251"), "windows-1251");
	assert_string_equal(cs_enc_name("KOI8R"), "koi8-r");
	assert_string_equal(cs_enc_name("ISO-8859-5"), "iso-8859-5");
	assert_string_equal(cs_enc_name("UTF-16"), "utf-16");
	assert_string_equal(cs_enc_name("utf16le"), "utf-16le");
	assert_string_equal(cs_enc_name("UTF-16BE"), "utf-16be");
	assert_string_equal(cs_enc_name("utf8"), "utf-8");
	assert_string_equal(cs_enc_name("RK1048"), "kz-1048");
	assert_string_equal(cs_enc_name("latin1"), "iso-8859-1");
	assert_string_equal(cs_enc_describe("windows-1251"), "Cyrillic, Windows");
	assert_string_equal(cs_enc_describe("nope"), "");
	const char *bad[] = { "", "-", "cp1250", "utf-32", "ascii", "windows", "1251",
			      "windows-1251-windows-1251-windows-1251-x" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_null(cs_enc_name(bad[i]));
	/* every name listed opens */
	char list[512];
	snprintf(list, sizeof list, "%s", cs_enc_names());
	size_t n = 0;
	for (char *t = strtok(list, ", "); t; t = strtok(NULL, ", "), n++) {
		struct cs_conv *c;
		assert_string_equal(cs_enc_name(t), t);
		assert_int_equal(cs_conv_open(&c, t), CS_CONV_OK);
		cs_conv_close(c);
	}
	assert_int_equal(n, 13);
	struct cs_conv *c = (struct cs_conv *)1;
	assert_int_equal(cs_conv_open(&c, "ebcdic"), CS_CONV_UNKNOWN);
	assert_null(c);

	struct cs_err err = { 0 };
	const char *canon = NULL;
	assert_int_equal(cs_enc_check("CP1251", &canon, "tab", &err), 0);
	assert_string_equal(canon, "windows-1251");
	assert_int_equal(cs_enc_check("cp1250", &canon, "tab", &err), CS_EXIT_USAGE);
	assert_string_equal(err.msg, "invalid --encoding 'cp1250': the encodings are utf-8, utf-16, utf-16le, "
			    "utf-16be, windows-1251, koi8-r, koi8-u, cp866, iso-8859-5, kz-1048, pt154, "
			    "windows-1252, iso-8859-1");
}

static void test_bom(void **state)
{
	(void)state;
	size_t n = 9;
	assert_string_equal(cs_enc_bom("\xEF\xBB\xBF" "a", 4, &n), "utf-8");
	assert_int_equal(n, 3);
	assert_string_equal(cs_enc_bom("\xFF\xFE" "a", 3, &n), "utf-16le");
	assert_int_equal(n, 2);
	assert_string_equal(cs_enc_bom("\xFE\xFF", 2, &n), "utf-16be");
	assert_int_equal(n, 2);
	assert_null(cs_enc_bom("\xEF\xBB", 2, &n));
	assert_int_equal(n, 0);
	assert_null(cs_enc_bom("", 0, NULL));
	assert_null(cs_enc_bom("\xFF", 1, NULL));
	assert_null(cs_enc_bom("id,a", 4, NULL));
}

static const char text_ru[] = "Дата;Регион;Сумма\r\n18.06.2023;г. Алматы;23 000,50\n"
			      "01.01.2024;ЁЛКИ «Ёж» — №5;1,5\n\nПоследняя строка";
static const char text_kk[] = "Күні;Аудан;Сомасы\nҚазақстан;Өскемен;ӘҒҚҢӨҰҮҺІ әғқңөұүһі\n";
static const char text_wide[] = "Дата,Имя\n2023-06-18,Ақжол 😀 €\r\n2024-01-01,𝔸𝔹\n";

static void roundtrip(const char *enc, const char *iconv_name, const char *text, const char *prefix)
{
	char in[2048];
	size_t p = strlen(prefix);
	memcpy(in, prefix, p);
	size_t len = p + encode(iconv_name, text, in + p, sizeof in - p);
	static struct result r;
	convert_all_ways(enc, in, len, &r);
	assert_int_equal(r.st, CS_CONV_OK);
	assert_int_equal(r.len, strlen(text));
	assert_memory_equal(r.out, text, r.len);
	assert_int_equal(lines(r.out, r.len), lines(text, strlen(text)));
	assert_int_equal(r.pos.offset, len);
}

static void test_convert(void **state)
{
	(void)state;
	roundtrip("windows-1251", "CP1251", text_ru, "");
	roundtrip("koi8-r", "KOI8-R", "Дата;Регион\nЁлка;ёж\n", "");
	roundtrip("cp866", "CP866", "Дата;Регион\nЁлка;ёж\n", "");
	roundtrip("iso-8859-5", "ISO-8859-5", "Дата;Регион\nЁлка;ёж №1\n", "");
	roundtrip("kz-1048", "RK1048", text_kk, "");
	roundtrip("pt154", "PT154", text_kk, "");
	roundtrip("utf-16le", "UTF-16LE", text_ru, "");
	roundtrip("utf-16le", "UTF-16LE", text_wide, "\xFF\xFE");   /* surrogate pairs, mark dropped */
	roundtrip("utf-16be", "UTF-16BE", text_wide, "");
	roundtrip("utf-16be", "UTF-16BE", text_kk, "\xFE\xFF");
	roundtrip("utf-16", "UTF-16LE", text_wide, "\xFF\xFE");
	roundtrip("utf-16", "UTF-16BE", text_wide, "\xFE\xFF");
	roundtrip("utf-8", "UTF-8", text_wide, "");
	roundtrip("utf-8", "UTF-8", text_wide, "\xEF\xBB\xBF");
	roundtrip("windows-1252", "CP1252", "Société;Müller €\n", "");
	roundtrip("iso-8859-1", "ISO-8859-1", "Société;Müller\n", "");

	/* a mark only once: a second U+FEFF, or one after text, stays */
	static struct result r;
	convert("utf-8", "\xEF\xBB\xBF\xEF\xBB\xBF" "a", 7, NULL, 0, &r);
	assert_int_equal(r.len, 4);
	assert_memory_equal(r.out, "\xEF\xBB\xBF" "a", 4);
	/* the utf-16 converter tells which byte order it found */
	struct cs_conv *c;
	const char *out;
	size_t n;
	assert_int_equal(cs_conv_open(&c, "utf-16"), CS_CONV_OK);
	assert_string_equal(cs_conv_encoding(c), "utf-16");
	assert_int_equal(cs_conv_feed(c, "\xFE\xFF\x00" "a", 4, &out, &n), CS_CONV_OK);
	assert_string_equal(cs_conv_encoding(c), "utf-16be");
	assert_int_equal(n, 1);
	cs_conv_close(c);
}

static void test_empty_and_mark_only(void **state)
{
	(void)state;
	static struct result r;
	const char *encs[] = { "utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1251", "koi8-r" };
	for (size_t i = 0; i < sizeof encs / sizeof *encs; i++) {
		convert_all_ways(encs[i], "", 0, &r);
		assert_int_equal(r.st, CS_CONV_OK);
		assert_int_equal(r.len, 0);
	}
	convert_all_ways("utf-8", "\xEF\xBB\xBF", 3, &r);
	assert_int_equal(r.st, CS_CONV_OK);
	assert_int_equal(r.len, 0);
	const char *u16[] = { "utf-16", "utf-16le" };
	for (size_t i = 0; i < 2; i++) {
		convert_all_ways(u16[i], "\xFF\xFE", 2, &r);
		assert_int_equal(r.st, CS_CONV_OK);
		assert_int_equal(r.len, 0);
	}
	convert_all_ways("utf-16", "\xFE\xFF", 2, &r);
	assert_int_equal(r.st, CS_CONV_OK);
	assert_int_equal(r.len, 0);
	assert_int_equal(r.pos.offset, 2);   /* the mark was read (fuzz/fuzz_conv.c) */
}

static void expect_error(const char *enc, const char *in, size_t len, int st, uint64_t offset, uint64_t line,
			 const char *before, unsigned char byte0)
{
	static struct result r;
	convert_all_ways(enc, in, len, &r);
	assert_int_equal(r.st, st);
	assert_int_equal(r.pos.offset, offset);
	assert_int_equal(r.pos.line, line);
	if (r.pos.nbytes)
		assert_int_equal(r.pos.bytes[0], byte0);
	/* the text before the problem was handed out (when converted whole) */
	assert_int_equal(r.len, strlen(before));
	assert_memory_equal(r.out, before, r.len);
}

static void test_invalid(void **state)
{
	(void)state;
	/* 0x98 is the one byte Windows-1251 leaves undefined */
	char in[256];
	size_t n = encode("CP1251", "а;б\nв;г\nд", in, sizeof in);
	in[n++] = (char)0x98;
	in[n++] = 'x';
	expect_error("windows-1251", in, n, CS_CONV_INVALID, n - 2, 3, "а;б\nв;г\nд", 0x98);
	/* UTF-16LE: a lone low surrogate on line 2, a high one followed by a
	 * letter, a high one at the end, an odd byte at the end */
	expect_error("utf-16le", "a\0\n\0b\0\x00\xDC" "c\0", 10, CS_CONV_INVALID, 6, 2, "a\nb", 0x00);
	expect_error("utf-16le", "a\0\x3D\xD8" "c\0", 6, CS_CONV_INVALID, 2, 1, "a", 0x3D);
	expect_error("utf-16le", "a\0\r\0\n\0\x3D\xD8", 8, CS_CONV_TRUNCATED, 6, 2, "a\r\n", 0x3D);
	expect_error("utf-16le", "\xFF\xFE" "a\0b", 5, CS_CONV_TRUNCATED, 4, 1, "a", 'b');
	expect_error("utf-16be", "\0a\xDC\x00", 4, CS_CONV_INVALID, 2, 1, "a", 0xDC);
	/* "utf-16" wants its mark */
	expect_error("utf-16", "a\0b\0", 4, CS_CONV_NO_BOM, 0, 1, "", 'a');
	expect_error("utf-16", "\xFF", 1, CS_CONV_TRUNCATED, 0, 1, "", 0xFF);
	expect_error("utf-16", "\xFF\xFE" "a", 3, CS_CONV_TRUNCATED, 2, 1, "", 'a');
	/* UTF-8: a stray byte, a surrogate, an overlong form, a cut character */
	expect_error("utf-8", "ok\n\xD0\x94\xFF", 6, CS_CONV_INVALID, 5, 2, "ok\nД", 0xFF);
	expect_error("utf-8", "\xED\xA0\x80", 3, CS_CONV_INVALID, 0, 1, "", 0xED);
	expect_error("utf-8", "a\xC0\xAF", 3, CS_CONV_INVALID, 1, 1, "a", 0xC0);
	expect_error("utf-8", "ab\n\xE2\x82", 5, CS_CONV_TRUNCATED, 3, 2, "ab\n", 0xE2);
	/* beyond U+10FFFF: glibc's iconv lets F4 B4 through; the converter
	 * does not (fuzz/fuzz_conv.c) */
	expect_error("utf-8", "a\xF4\xB4\xB4\xB4", 5, CS_CONV_INVALID, 1, 1, "a", 0xF4);
	expect_error("utf-8", "a\xF4\x90", 3, CS_CONV_INVALID, 1, 1, "a", 0xF4);
	expect_error("utf-8", "a\xF4\x8F", 3, CS_CONV_TRUNCATED, 1, 1, "a", 0xF4);
	expect_error("utf-8", "\xE0\x80", 2, CS_CONV_INVALID, 0, 1, "", 0xE0);
	expect_error("utf-8", "\xFF", 1, CS_CONV_INVALID, 0, 1, "", 0xFF);
	/* text after an error is never converted */
	static struct result r;
	size_t cut = 2;
	convert("utf-8", "a\xFF" "bcd", 5, &cut, 1, &r);
	assert_int_equal(r.st, CS_CONV_INVALID);
	assert_int_equal(r.len, 1);
	assert_string_equal(cs_conv_status_text(CS_CONV_INVALID), "is not a character in the encoding");
}

/* Long input: the output grows past its first buffer, and lines count. */
static void test_long(void **state)
{
	(void)state;
	size_t rows = 5000;
	char *text = malloc(rows * 40 + 1), *in = malloc(rows * 80);
	assert_non_null(text);
	assert_non_null(in);
	size_t t = 0;
	for (size_t i = 0; i < rows; i++)
		t += (size_t)sprintf(text + t, "%zu;Қазақстан 😀;ё\r\n", i);
	size_t n = encode("UTF-16LE", text, in, rows * 80);
	struct cs_conv *c;
	assert_int_equal(cs_conv_open(&c, "utf-16le"), CS_CONV_OK);
	char *got = malloc(t + 1);
	size_t g = 0, at = 0, step = 1;
	while (at < n) {
		size_t k = n - at < step ? n - at : step;
		const char *out;
		size_t m;
		assert_int_equal(cs_conv_feed(c, in + at, k, &out, &m), CS_CONV_OK);
		assert_true(g + m <= t);
		memcpy(got + g, out, m);
		g += m;
		at += k;
		step = step * 3 + 1;   /* 1, 4, 13, ... odd and even chunks */
	}
	const char *out;
	size_t m;
	assert_int_equal(cs_conv_finish(c, &out, &m), CS_CONV_OK);
	assert_int_equal(g + m, t);
	assert_memory_equal(got, text, t);
	assert_int_equal(cs_conv_pos(c)->line, rows + 1);
	cs_conv_close(c);
	free(text), free(in), free(got);
}

static const char *sniff_as(const char *iconv_name, const char *text)
{
	char buf[1024];
	size_t n = encode(iconv_name, text, buf, sizeof buf);
	return cs_enc_sniff(buf, n);
}

/* Headers as spreadsheets in Kazakhstan write them. */
static const char *const headers[] = {
	"ФИО;Дата;Сумма;Регион;Статус", "ФИО", "ИИН", "Дата рождения", "дата", "Дата",
	"Номер дела,Дата поступления,Сумма иска", "Аудан;Облыс", "ДатаРождения;НомерИИН", "регион",
	"сумма", "статус дела", "Ф.И.О.", "кол-во", "Город", "г. Алматы", "ОБЛАСТЬ", "ИИН;ФИО;Телефон",
	"Пол", "Возраст", "Жалоба", "дата;регион;сумма;статус", "вид нарушения", "тип", "суд", "орган",
	"иск", "пол", "год", "id;Дата;Регион;Сумма, тг", "Отчёт;Объём;Её",
};

static void expect_sniff(const char *iconv_name, const char *text, const char *want)
{
	char buf[1024];
	size_t n = encode(iconv_name, text, buf, sizeof buf);
	/* bytes that happen to be valid UTF-8 (тип in CP866 is U+2A2F) are
	 * UTF-8: never sniffed */
	if (cs_utf8_valid(buf, n))
		want = NULL;
	const char *g = cs_enc_sniff(buf, n);
	if (!want) {
		assert_null(g);
		return;
	}
	if (!g || strcmp(g, want) != 0)
		print_error("'%s' in %s sniffed as %s\n", text, iconv_name, g ? g : "NULL");
	assert_non_null(g);
	assert_string_equal(g, want);
}

static void test_sniff_cyrillic(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof headers / sizeof *headers; i++) {
		expect_sniff("CP1251", headers[i], "windows-1251");
		expect_sniff("KOI8-R", headers[i], "koi8-r");
		expect_sniff("CP866", headers[i], "cp866");
		expect_sniff("ISO-8859-5", headers[i], "iso-8859-5");
	}
	/* Kazakh letters pick the Kazakh code page */
	expect_sniff("RK1048", "Күні;Аудан;Өтініш;Қала", "kz-1048");
	expect_sniff("RK1048", "Дата;Регион", "windows-1251");   /* the same bytes */
	assert_string_equal(cs_enc_describe(sniff_as("CP1251", "Дата")), "Cyrillic, Windows");
}

static void test_sniff_other(void **state)
{
	(void)state;
	/* UTF-8, also cut inside a character, is not for sniffing */
	assert_null(cs_enc_sniff("Дата;Регион", strlen("Дата;Регион")));
	assert_null(cs_enc_sniff("Дата;Регион", strlen("Дата;Регион") - 1));
	assert_null(cs_enc_sniff("a,b,€", strlen("a,b,€") - 2));
	assert_null(cs_enc_sniff("", 0));
	assert_null(cs_enc_sniff("id,date,amount", 14));
	/* UTF-8 Cyrillic with one stray byte does not read as Windows-1251 */
	char buf[64];
	snprintf(buf, sizeof buf, "Дата;Регион\xFF;Сумма");
	assert_null(cs_enc_sniff(buf, strlen(buf)));
	/* accented Latin text is no Cyrillic, whatever its bytes */
	assert_null(sniff_as("CP1252", "Société;Müller;Çava;Ålesund"));
	assert_null(sniff_as("ISO-8859-1", "Société Générale;Zürich"));
	/* a lone Cyrillic letter is too little */
	assert_null(sniff_as("CP1251", "id;x;№;ы"));
	/* bytes that are no text */
	unsigned char noise[256];
	for (size_t i = 0; i < sizeof noise; i++)
		noise[i] = (unsigned char)(i * 167 + 13);
	assert_null(cs_enc_sniff(noise, sizeof noise));
	/* UTF-16 without a mark */
	char u[64];
	size_t n = encode("UTF-16LE", "id,дата,amount", u, sizeof u);
	assert_string_equal(cs_enc_sniff(u, n), "utf-16le");
	n = encode("UTF-16BE", "id,date", u, sizeof u);
	assert_string_equal(cs_enc_sniff(u, n), "utf-16be");
	assert_null(cs_enc_sniff("a\0", 2));   /* one code unit is too little */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_convert),
		cmocka_unit_test(test_empty_and_mark_only),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_long),
		cmocka_unit_test(test_sniff_cyrillic),
		cmocka_unit_test(test_sniff_other),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
