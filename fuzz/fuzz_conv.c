/* fuzz_conv.c - libFuzzer target: the streaming converter and the
 * encoding guess (cli/core/encoding.c).
 *
 * Input: an encoding byte (one of cs_enc_names()), a chunking byte, then
 * the bytes to convert.
 * Invariants: the input fed in chunks of 0-7 bytes (chosen from the
 * chunking byte) gives the same status, output and stop position as the
 * whole input at once; the output is valid UTF-8 and, when the whole input
 * converts, equals iconv's own conversion of it (less a leading U+FEFF);
 * the newlines of the output are the LF code units of the input before
 * the stop, and the stop's line is 1 + those; an 8-bit guess of
 * cs_enc_sniff() is for bytes that are not UTF-8 and that convert in it. */
#include "fuzz_util.h"
#include "cli/core/encoding.h"

#include <iconv.h>

static const char *const names[] = {
	"utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1251", "koi8-r", "koi8-u", "cp866",
	"iso-8859-5", "kz-1048", "pt154", "windows-1252", "iso-8859-1",
};
static const char *const iconv_names[] = {
	"UTF-8", NULL, "UTF-16LE", "UTF-16BE", "CP1251", "KOI8-R", "KOI8-U", "CP866",
	"ISO-8859-5", "RK1048", "PT154", "CP1252", "ISO-8859-1",
};

struct run {
	int st;
	char *out;
	size_t len;
	struct cs_conv_pos pos;
	const char *from;
};

static void append(struct run *r, const char *p, size_t n)
{
	r->out = realloc(r->out, r->len + n + 1);
	FUZZ_CHECK(r->out);
	memcpy(r->out + r->len, p, n);
	r->len += n;
}

static void convert(const char *name, const uint8_t *in, size_t len, unsigned seed, struct run *r)
{
	struct cs_conv *c;
	FUZZ_CHECK(cs_conv_open(&c, name) == CS_CONV_OK);
	memset(r, 0, sizeof *r);
	const char *out;
	size_t n, at = 0;
	while (!r->st && at < len) {
		size_t k = seed ? (seed = seed * 1103515245u + 12345u, (seed >> 16) % 8) : len;
		if (k > len - at)
			k = len - at;
		r->st = cs_conv_feed(c, in + at, k, &out, &n);
		append(r, out, n);
		at += k;
	}
	if (!r->st) {
		r->st = cs_conv_finish(c, &out, &n);
		append(r, out, n);
	}
	r->pos = *cs_conv_pos(c);
	r->from = cs_conv_encoding(c);
	cs_conv_close(c);
}

/* LF code units of in[0..len) in encoding `from`. */
static size_t input_lines(const char *from, const uint8_t *in, size_t len)
{
	size_t n = 0;
	if (strcmp(from, "utf-16le") == 0 || strcmp(from, "utf-16be") == 0) {
		int le = from[6] == 'l';
		for (size_t i = 0; i + 1 < len; i += 2)
			n += in[i + !le] == 0x0A && in[i + le] == 0;
	} else {
		for (size_t i = 0; i < len; i++)
			n += in[i] == 0x0A;
	}
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	size_t e = data[0] % (sizeof names / sizeof *names);
	unsigned seed = data[1] | 1u;
	const uint8_t *in = data + 2;
	size_t len = size - 2;

	struct run whole, chunked;
	convert(names[e], in, len, 0, &whole);
	convert(names[e], in, len, seed, &chunked);
	FUZZ_CHECK(whole.st == chunked.st);
	FUZZ_CHECK(whole.len == chunked.len && (!whole.len || memcmp(whole.out, chunked.out, whole.len) == 0));
	FUZZ_CHECK(whole.pos.offset == chunked.pos.offset && whole.pos.line == chunked.pos.line);
	FUZZ_CHECK(whole.st == CS_CONV_OK || whole.st == CS_CONV_INVALID || whole.st == CS_CONV_TRUNCATED ||
		   whole.st == CS_CONV_NO_BOM);
	FUZZ_CHECK(cs_utf8_valid(whole.out ? whole.out : "", whole.len));
	FUZZ_CHECK(whole.pos.offset <= len);
	if (whole.st == CS_CONV_OK)
		FUZZ_CHECK(whole.pos.offset == len);

	/* newlines: the input's before the stop are the output's */
	size_t out_lines = 0;
	for (size_t i = 0; i < whole.len; i++)
		out_lines += whole.out[i] == '\n';
	FUZZ_CHECK(input_lines(whole.from, in, (size_t)whole.pos.offset) == out_lines);
	FUZZ_CHECK(whole.pos.line == out_lines + 1);

	/* iconv on the whole input agrees */
	const char *in_name = iconv_names[e];
	if (!in_name)
		in_name = strcmp(whole.from, "utf-16le") == 0 ? "UTF-16LE" :
			  strcmp(whole.from, "utf-16be") == 0 ? "UTF-16BE" : NULL;
	if (whole.st == CS_CONV_OK && in_name) {
		iconv_t cd = iconv_open("UTF-8", in_name);
		FUZZ_CHECK(cd != (iconv_t)-1);
		size_t cap = 4 * len + 16;
		char *buf = malloc(cap), *ip = (char *)in, *op = buf;
		size_t il = len, ol = cap;
		FUZZ_CHECK(buf && iconv(cd, &ip, &il, &op, &ol) != (size_t)-1);
		iconv_close(cd);
		size_t n = cap - ol, skip = n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
		FUZZ_CHECK(n - skip == whole.len && memcmp(buf + skip, whole.out ? whole.out : "", whole.len) == 0);
		free(buf);
	}

	/* the guess */
	const char *g = cs_enc_sniff(in, len);
	if (g && strncmp(g, "utf-16", 6) != 0) {
		FUZZ_CHECK(!cs_utf8_valid((const char *)in, len < 65536 ? len : 65536));
		struct run r;
		convert(g, in, len < 65536 ? len : 65536, 0, &r);
		FUZZ_CHECK(r.st == CS_CONV_OK);
		free(r.out);
	}
	free(whole.out);
	free(chunked.out);
	return 0;
}
