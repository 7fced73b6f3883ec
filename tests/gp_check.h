/* gp_check.h - checks of gnuplot script text shared by the plots tests.
 *
 * gp_check_script() asserts the invariants of plots/gnuplot.h on a whole
 * script: outside single-quoted strings and comments there is no
 * backquote, double quote, '@', system/load/print/pipe, no line starts
 * with '!' and every line starts with a command we write; datablock lines
 * are numbers only, starting with the index. */
#ifndef CS_GP_CHECK_H
#define CS_GP_CHECK_H

#include "test_util.h"
#include "plots/gnuplot.h"

#include <ctype.h>

/* The script with every single-quoted string replaced by Q and comments
 * dropped (a new string, caller frees).  Fails on an unterminated string. */
static inline char *gp_strip(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;
	assert_non_null(out);
	while (*s) {
		if (*s == '\'') {
			s++;
			for (;;) {
				if (!*s)
					fail_msg("unterminated single-quoted string");
				if (*s == '\'' && s[1] == '\'') {
					s += 2;
					continue;
				}
				if (*s == '\'')
					break;
				if (*s == '\n')
					fail_msg("newline inside a string");
				s++;
			}
			s++;
			*o++ = 'Q';
		} else if (*s == '#') {
			while (*s && *s != '\n')
				s++;
		} else {
			*o++ = *s++;
		}
	}
	*o = '\0';
	return out;
}

static inline int gp_starts(const char *line, const char *word)
{
	return strncmp(line, word, strlen(word)) == 0;
}

static inline void gp_check_script(const char *script)
{
	char *bare = gp_strip(script);
	static const char *const banned[] = { "`", "\"", "@", "system", "load", "print", "|", "<<<", "pipe",
					      "shell", "cd ", "call", "save", "exit" };
	for (size_t i = 0; i < sizeof banned / sizeof banned[0]; i++)
		if (strstr(bare, banned[i]))
			fail_msg("script has '%s' outside strings:\n%s", banned[i], script);
	int in_block = 0;
	for (char *line = bare; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		if (in_block) {
			if (strcmp(line, CS_GP_EOD) == 0) {
				in_block = 0;
			} else {
				if (!isdigit((unsigned char)line[0]))
					fail_msg("datablock line does not start with the index: '%s'", line);
				for (const char *c = line; *c; c++)
					if (!strchr("0123456789.eE+- NaN", *c))
						fail_msg("datablock line is not numbers only: '%s'", line);
			}
		} else if (line[0] == '$') {
			if (!strstr(line, "<< " CS_GP_EOD))
				fail_msg("datablock without our terminator: '%s'", line);
			in_block = 1;
		} else if (!(line[0] == '\0' || gp_starts(line, "set ") || gp_starts(line, "unset ") ||
			     gp_starts(line, "if (!exists(Q)) cs_output = Q") || gp_starts(line, "plot ") ||
			     gp_starts(line, "    Q ") || gp_starts(line, "     $"))) {
			fail_msg("unexpected script line: '%s'", line);
		}
		if (line[0] == '!' || (line[0] == ' ' && strchr(line, '!') && !strstr(line, "!exists")))
			fail_msg("shell escape: '%s'", line);
		line = nl ? nl + 1 : NULL;
	}
	if (in_block)
		fail_msg("unterminated datablock");
	free(bare);
}

/* Run a chart writer into a string (caller frees); asserts status st. */
#define GP_RENDER_TO_STRING(call_with_fp, expect_st, out) do { \
	char *buf_ = NULL; size_t size_ = 0; \
	FILE *fp = open_memstream(&buf_, &size_); \
	assert_non_null(fp); \
	int st_ = (call_with_fp); \
	fclose(fp); \
	assert_int_equal(st_, (expect_st)); \
	(out) = buf_; \
} while (0)

#endif
