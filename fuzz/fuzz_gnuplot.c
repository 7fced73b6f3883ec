/* fuzz_gnuplot.c - libFuzzer target: the gnuplot quoter and script writer
 * (plots/gnuplot.c).
 *
 * Input: one selector byte (a length limit for cs_gp_clean), then text
 * (up to its first NUL, as the writer reads it).
 * Invariants: quoting succeeds exactly when the text is valid UTF-8; the
 * quoted text is one single-quoted string, quotes doubled inside, without
 * control characters (C0, DEL, C1), and unquotes to the text with each
 * control character replaced by a space; cleaning with a limit keeps at
 * most that many characters; and a script with the text as title, tic
 * label and label is, line by line, balanced single-quoted strings with
 * no backquote or double quote outside them, no line starting with '!'
 * and no control character anywhere, and its tic label has every '%' doubled. */
#include "fuzz_util.h"
#include "plots/gnuplot.h"

/* One UTF-8 character at s: its length and code point (the text is valid). */
static size_t next_cp(const unsigned char *s, uint32_t *cp)
{
	if (s[0] < 0x80) { *cp = s[0]; return 1; }
	if (s[0] < 0xE0) { *cp = (s[0] & 0x1Fu) << 6 | (s[1] & 0x3Fu); return 2; }
	if (s[0] < 0xF0) { *cp = (s[0] & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu); return 3; }
	*cp = (s[0] & 0x07u) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 | (s[3] & 0x3Fu);
	return 4;
}

static int control(uint32_t cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

/* No control character in s except, if lines, LF. */
static void no_controls(const char *s, int lines)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; u[i];) {
		uint32_t cp;
		size_t k = next_cp(u + i, &cp);
		FUZZ_CHECK(!control(cp) || (lines && cp == '\n'));
		i += k;
	}
}

/* Every line: single-quoted strings with '' inside, closed on the line;
 * outside them no backquote or double quote, and no line that starts
 * with '!' (a shell command). */
static void script_ok(const char *s)
{
	int inq = 0, bol = 1;
	for (const char *p = s; *p; p++) {
		if (*p == '\n') {
			FUZZ_CHECK(!inq);
			bol = 1;
			continue;
		}
		if (bol && *p != ' ' && *p != '\t') {
			FUZZ_CHECK(*p != '!');
			bol = 0;
		}
		if (*p == '\'') {
			if (inq && p[1] == '\'') {
				p++;
				continue;
			}
			inq = !inq;
			continue;
		}
		if (!inq)
			FUZZ_CHECK(*p != '`' && *p != '"');
	}
	FUZZ_CHECK(!inq);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	size_t max_chars = data[0] % 8;      /* 0: no limit */
	char *s = malloc(size);
	FUZZ_CHECK(s);
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	size_t len = strlen(s);
	int valid = cs_utf8_valid(s, len);

	char *q = NULL;
	int st = cs_gp_quote_str(s, &q);
	FUZZ_CHECK((st == CS_PLOT_OK) == valid);
	if (st == CS_PLOT_OK) {
		size_t n = strlen(q);
		FUZZ_CHECK(n >= 2 && q[0] == '\'' && q[n - 1] == '\'');
		no_controls(q, 0);
		/* unquote and compare with the text, controls as spaces */
		char *want = malloc(len + 1), *got = malloc(n);
		FUZZ_CHECK(want && got);
		size_t w = 0, g = 0;
		for (size_t i = 0; i < len;) {
			uint32_t cp;
			size_t k = next_cp((const unsigned char *)s + i, &cp);
			if (control(cp))
				want[w++] = ' ';
			else
				memcpy(want + w, s + i, k), w += k;
			i += k;
		}
		for (size_t i = 1; i + 1 < n; i++) {
			if (q[i] == '\'') {
				FUZZ_CHECK(q[i + 1] == '\'' && i + 2 < n);
				i++;
			}
			got[g++] = q[i];
		}
		FUZZ_CHECK(g == w && memcmp(got, want, w) == 0);
		free(want);
		free(got);
		free(q);

		char *c = NULL;
		FUZZ_CHECK(cs_gp_clean(s, max_chars, &c) == CS_PLOT_OK);
		size_t chars = 0;
		for (size_t i = 0; c[i];) {
			uint32_t cp;
			i += next_cp((const unsigned char *)c + i, &cp);
			chars++;
		}
		FUZZ_CHECK(max_chars == 0 || chars <= max_chars);
		free(c);
	} else {
		FUZZ_CHECK(q == NULL);
	}

	/* a script with the text in every place text can go */
	char *script = NULL;
	size_t ssize = 0;
	FILE *fp = open_memstream(&script, &ssize);
	FUZZ_CHECK(fp);
	struct cs_gp gp;
	cs_gp_init(&gp, fp);
	struct cs_gp_out out = { CS_GP_PNG, "fig.png" };
	cs_gp_preamble(&gp, &out, 800, 600);
	cs_gp_title(&gp, s);
	cs_gp_axis_label(&gp, "y", s);
	cs_gp_label(&gp, s, "at graph %d, graph %d", 0, 1);
	cs_gp_tics_begin(&gp, "x");
	cs_gp_tic(&gp, s, 1, max_chars);
	cs_gp_tic(&gp, "plain", 2, 0);
	cs_gp_tics_end(&gp, "nomirror");
	cs_gp_block_begin(&gp, "data");
	double row[2] = { 1.5, -2 };
	cs_gp_block_row(&gp, row, 2);
	cs_gp_block_end(&gp);
	int fst = cs_gp_finish(&gp);
	FUZZ_CHECK(fclose(fp) == 0);
	FUZZ_CHECK((fst == CS_PLOT_OK) == valid);
	if (fst == CS_PLOT_OK) {
		no_controls(script, 1);
		script_ok(script);
		/* the tic label: every '%' doubled */
		const char *t = strstr(script, "set xtics (");
		FUZZ_CHECK(t);
		t = strchr(t, '\'');     /* after " \" and a new line */
		FUZZ_CHECK(t);
		for (t++; !(t[0] == '\'' && t[1] != '\''); t++) {
			if (t[0] == '\'') {
				t++;
				continue;
			}
			if (t[0] == '%') {
				FUZZ_CHECK(t[1] == '%');
				t++;
			}
		}
	}
	free(script);
	free(s);
	return 0;
}
