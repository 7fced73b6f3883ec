/* diag.c - formatting and printing of error messages (see diag.h). */
#include "cli/core/diag.h"

#include <stdarg.h>
#include <string.h>

/* Does s[0..n) begin with a valid UTF-8 character of two bytes or more?
 * Returns its length, or 0. */
static size_t utf8_char(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t k;
	unsigned lo = 0x80, hi = 0xBF;
	if (c >= 0xC2 && c <= 0xDF) k = 2;
	else if (c >= 0xE0 && c <= 0xEF) k = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
	else if (c >= 0xF0 && c <= 0xF4) k = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
	else return 0;
	if (n < k || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < k; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return k;
}

/* Code points a message shows as \uXXXX: C1 controls (terminals obey some),
 * and invisible ones that make two names look alike or reorder the line:
 * zero-width and bidirectional marks, embeddings, overrides and isolates,
 * line and paragraph separators, the byte-order mark. */
static int invisible(unsigned cp)
{
	return (cp >= 0x80 && cp <= 0x9F) || cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) ||
	       (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF;
}

const char *cs_msg_text(char *buf, size_t size, const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t used = 0, i = 0;
	while (i < len) {
		char rep[8];
		size_t k = 1, n;
		unsigned c = s[i];
		if (c == '\n' || c == '\r' || c == '\t') {
			n = (size_t)snprintf(rep, sizeof rep, "\\%c", c == '\n' ? 'n' : c == '\r' ? 'r' : 't');
		} else if (c < 0x20 || c == 0x7F) {
			n = (size_t)snprintf(rep, sizeof rep, "\\x%02X", c);
		} else if (c < 0x80) {
			rep[0] = (char)c, n = 1;
		} else if ((k = utf8_char(s + i, len - i)) > 0) {
			unsigned cp = k == 2 ? (c & 0x1Fu) << 6 | (s[i + 1] & 0x3Fu)
				    : k == 3 ? (c & 0x0Fu) << 12 | (s[i + 1] & 0x3Fu) << 6 | (s[i + 2] & 0x3Fu)
				    : 0x10000;
			if (invisible(cp))
				n = (size_t)snprintf(rep, sizeof rep, "\\u%04X", cp);
			else
				memcpy(rep, s + i, k), n = k;
		} else {
			k = 1;
			n = (size_t)snprintf(rep, sizeof rep, "\\x%02X", c);
		}
		/* keep room for "..." and the NUL */
		if (used + n + 4 > size) {
			memcpy(buf + used, "...", 3);
			used += 3;
			break;
		}
		memcpy(buf + used, rep, n);
		used += n;
		i += k;
	}
	buf[used] = '\0';
	return buf;
}

/* A message cut by the size of its buffer ends at a character boundary. */
static void cut_utf8(char *msg, size_t len)
{
	size_t start = len;
	while (start > 0 && len - start < 4 && ((unsigned char)msg[start - 1] & 0xC0) == 0x80)
		start--;
	if (start > 0 && (unsigned char)msg[start - 1] >= 0xC0) {
		start--;
		if (utf8_char((const unsigned char *)msg + start, len - start) == 0)
			msg[start] = '\0';
	}
}

/* Every message, whatever text from files or arguments it quotes, reaches
 * the terminal without control characters or invalid UTF-8 (an escape
 * sequence in a CSV cell must not drive the user's terminal). */
static void vformat(struct cs_err *e, const char *file, unsigned long line, int col,
		    const char *fmt, va_list ap)
{
	char raw[sizeof e->msg];
	size_t used = 0;
	if (file) {
		int k;
		if (line && col)
			k = snprintf(raw, sizeof raw, "%s:%lu:%d: ", file, line, col);
		else if (line)
			k = snprintf(raw, sizeof raw, "%s:%lu: ", file, line);
		else
			k = snprintf(raw, sizeof raw, "%s: ", file);
		used = k < 0 ? 0 : (size_t)k < sizeof raw ? (size_t)k : sizeof raw - 1;
	}
	int k = vsnprintf(raw + used, sizeof raw - used, fmt, ap);
	if (k >= 0 && (size_t)k >= sizeof raw - used)
		cut_utf8(raw, strlen(raw));
	cs_msg_text(e->msg, sizeof e->msg, raw, strlen(raw));
}

int cs_err_at(struct cs_err *e, int code, const char *file, unsigned long line,
	      int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vformat(e, file, line, col, fmt, ap);
	va_end(ap);
	e->code = code;
	return code;
}

int cs_err_set(struct cs_err *e, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vformat(e, NULL, 0, 0, fmt, ap);
	va_end(ap);
	e->code = code;
	return code;
}

void cs_err_append(struct cs_err *e, const char *text)
{
	size_t j = strlen(e->msg), n = strlen(text);
	if (j + n >= sizeof e->msg) {
		n = sizeof e->msg - 1 - j;
		while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(e->msg + j, text, n);
	e->msg[j + n] = '\0';
}

int cs_err_usage(struct cs_err *e, const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vformat(e, NULL, 0, 0, fmt, ap);
	va_end(ap);
	e->code = CS_EXIT_USAGE;
	e->cmd = cmd;
	return CS_EXIT_USAGE;
}

void cs_err_print(const struct cs_err *e)
{
	fprintf(stderr, "casestat: %s\n", e->msg);
	if (e->code == CS_EXIT_USAGE) {
		if (e->cmd)
			fprintf(stderr, "Try 'casestat %s --help' for more information.\n", e->cmd);
		else
			fprintf(stderr, "Try 'casestat --help' for more information.\n");
	}
}


static void say(const char *kind, const char *fmt, va_list ap)
{
	struct cs_err e;
	vformat(&e, NULL, 0, 0, fmt, ap);
	fprintf(stderr, "casestat: %s: %s\n", kind, e.msg);
}

void cs_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say("warning", fmt, ap);
	va_end(ap);
}

void cs_note(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say("note", fmt, ap);
	va_end(ap);
}
